// swift-tools-version:5.9
// The Ponte core for iOS: the Rust library as an XCFramework, and the Swift bindings that
// `cargo xtask bindings` generates into Sources/PonteCore/Generated.
// Build the XCFramework first with `ios/build-xcframework.sh` (on a Mac with Xcode).
import PackageDescription

let package = Package(
    name: "PonteCore",
    platforms: [.iOS(.v15), .macOS(.v12)],
    products: [
        .library(name: "PonteCore", targets: ["PonteCore"]),
    ],
    targets: [
        .binaryTarget(name: "PonteCoreFFI", path: "PonteCoreFFI.xcframework"),
        .target(name: "PonteCore", dependencies: ["PonteCoreFFI"], path: "Sources/PonteCore"),
    ]
)
