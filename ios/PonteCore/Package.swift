// swift-tools-version:5.9
// The Ponte core for iOS: the Rust library as an XCFramework (device and simulator slices, built
// by `ios/build-xcframework.sh`) and, in a target of their own, the Swift bindings that
// `cargo xtask bindings` generates into Sources/PonteCore/Generated. Nothing hand-written lives
// in this package: the app (ios/App) holds the code that uses the bindings.
//
// Tools 5.9, so the generated target compiles in the Swift 5 language mode: uniffi 0.32.2's
// Swift is not yet clean under Swift 6's strict concurrency (uniffi-rs #2448, #2458, #2929; see
// ios/README.md). The app imports it with `@preconcurrency import PonteCore` and is itself in
// the Swift 6 mode.
import PackageDescription

let package = Package(
    name: "PonteCore",
    // iOS only: the script builds the iOS device and simulator slices and nothing else.
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "PonteCore", targets: ["PonteCore"]),
    ],
    targets: [
        // The static library with the C headers and module maps of the three crates
        // (ponte_ffiFFI, ponte_coreFFI, ponte_wireFFI).
        .binaryTarget(name: "PonteCoreFFI", path: "PonteCoreFFI.xcframework"),
        // Only the generated bindings (PonteCore.swift, PonteCoreTypes.swift, PonteWire.swift).
        .target(
            name: "PonteCore",
            dependencies: ["PonteCoreFFI"],
            path: "Sources/PonteCore",
            linkerSettings: [
                // Random numbers on iOS come from SecRandomCopyBytes (the getrandom crate).
                .linkedFramework("Security"),
            ]
        ),
    ]
)
