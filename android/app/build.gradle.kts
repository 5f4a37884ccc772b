// The Android app: a Jetpack Compose shell over the Rust app core (issue 15).
//
// Before compiling Kotlin, `preBuild` runs three tasks defined below:
// - `cargoNdk` builds libponte_ffi.so for arm64-v8a, armeabi-v7a and x86_64 with cargo-ndk,
//   16 KB page aligned, into src/main/jniLibs (ignored by git);
// - `uniffiBindings` generates the Kotlin bindings with uniffi's Android setting into
//   build/generated/uniffi;
// - `shippedContent` writes the first-run content (signed dump, lesson pack, trusted keys)
//   into build/generated/ponteContent, packed as the app's assets under content/.
// Prerequisites (Android SDK 36, NDK r27+, cargo-ndk, the Rust targets): see android/README.md.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

// The Cargo workspace is the repository's root, the folder above android/.
val cargoWorkspace: File = rootProject.projectDir.parentFile
// The ABIs the app ships: 64- and 32-bit ARM phones, and x86_64 for the emulator. For a
// quicker debug build on one device, `-Pponte.abis=x86_64` (or arm64-v8a) builds only that one;
// a release bundle must keep all three.
val abis: List<String> = providers.gradleProperty("ponte.abis")
    .map { value -> value.split(',').map { it.trim() }.filter { it.isNotEmpty() } }
    .getOrElse(listOf("arm64-v8a", "armeabi-v7a", "x86_64"))
val appMinSdk = 24
val jniLibsDir: File = file("src/main/jniLibs")
val uniffiDir: File = layout.buildDirectory.dir("generated/uniffi").get().asFile
val contentAssetsDir: File = layout.buildDirectory.dir("generated/ponteContent").get().asFile
// The Android SDK that Android Studio wrote into local.properties, handed to cargo-ndk (which
// takes the newest NDK under its `ndk` folder) unless ANDROID_NDK_HOME or ANDROID_HOME is set.
val localSdkDir: String? = rootProject.file("local.properties")
    .takeIf { it.isFile }
    ?.let { file -> java.util.Properties().apply { file.inputStream().use { load(it) } } }
    ?.getProperty("sdk.dir")

android {
    namespace = "org.ponte.app"
    compileSdk = 36

    defaultConfig {
        applicationId = "org.ponte.app"
        minSdk = appMinSdk
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        // Only the ABIs libponte_ffi is built for: the JNA AAR carries more (x86, ...), which
        // would install on phones that then find no libponte_ffi.
        ndk { abiFilters += abis }
        // The host of the tutors' https pairing links, from gradle.properties
        // (`ponte.pairingHost`), used by the App Links intent filter of the manifest.
        manifestPlaceholders["pairingHost"] =
            providers.gradleProperty("ponte.pairingHost").getOrElse("pair.ponte.example")
    }

    buildTypes {
        release {
            // R8: shrinks and optimizes; proguard-rules.pro keeps JNA and the uniffi bindings.
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(
                getDefaultProguardFile("proguard-android-optimize.txt"),
                "proguard-rules.pro",
            )
            // No signing configuration here: sign the bundle in Android Studio (Build >
            // Generate Signed App Bundle) or with your own signingConfig (see README.md).
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
        // The bindings use java.time (Instant, Duration) and `shared` java.time.Clock:
        // native from API 26 only, desugared for minSdk 24.
        isCoreLibraryDesugaringEnabled = true
    }

    buildFeatures {
        compose = true
        buildConfig = false
    }

    sourceSets {
        getByName("main") {
            // The app does not depend on the `shared` Gradle module: that module is compiled
            // with the JVM bindings (org.ponte.core, org.ponte.ffi, org.ponte.wire), which
            // would clash with the app's Android bindings of the same classes. The app
            // compiles the shared logic's sources itself, with its own bindings.
            kotlin.srcDir(rootProject.file("shared/src/main/kotlin"))
            kotlin.srcDir(uniffiDir)
            // content/directory.dump, content/lessons.pack, content/trusted_keys.txt.
            assets.srcDir(contentAssetsDir)
        }
    }

    // An app bundle split per ABI: each phone downloads only its own libponte_ffi.
    bundle {
        abi {
            enableSplit = true
        }
    }

    packaging {
        resources {
            // Licence notes that several libraries ship at the same path (as in Android
            // Studio's Compose template).
            excludes += "/META-INF/{AL2.0,LGPL2.1}"
        }
        jniLibs {
            // Native libraries stored uncompressed and 16 KB aligned in the APK, loaded in
            // place (required for phones with 16 KB memory pages, Android 15+).
            useLegacyPackaging = false
        }
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    coreLibraryDesugaring(libs.desugar.jdk.libs)

    val composeBom = platform(libs.androidx.compose.bom)
    implementation(composeBom)
    implementation(libs.androidx.compose.ui)
    implementation(libs.androidx.compose.ui.graphics)
    implementation(libs.androidx.compose.ui.tooling.preview)
    implementation(libs.androidx.compose.foundation)
    implementation(libs.androidx.compose.material3)
    implementation(libs.androidx.compose.material.icons.core)
    debugImplementation(libs.androidx.compose.ui.tooling)

    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.core.splashscreen)
    implementation(libs.androidx.lifecycle.runtime.compose)
    implementation(libs.androidx.lifecycle.viewmodel.compose)
    implementation(libs.androidx.work.runtime.ktx)
    implementation(libs.androidx.annotation)
    // The XML themes of the window and the splash screen (res/values/themes.xml).
    implementation(libs.material)

    // Offline city maps (PMTiles) and the services' pins.
    implementation(libs.maplibre.android)
    // Pairing QR codes, without Google Play services.
    implementation(libs.zxing.android.embedded)

    // The uniffi bindings load libponte_ffi through JNA: its AAR (jna-5.17.0@aar), which
    // carries libjnidispatch.so for each Android ABI, not the desktop jar.
    implementation(variantOf(libs.jna) { artifactType("aar") })
    implementation(libs.kotlinx.coroutines.android)

    testImplementation(libs.junit)
    testImplementation(libs.kotlin.test.junit)
}

// The Rust library for each ABI, with cargo-ndk (`cargo install cargo-ndk`), from the NDK that
// Android Studio installed: cargo-ndk takes ANDROID_NDK_HOME, or the newest NDK under
// $ANDROID_HOME/ndk, or under the SDK's default location; without those variables, this task
// passes local.properties' sdk.dir as ANDROID_HOME. The `release-mobile` profile of the
// workspace's Cargo.toml (size first, LTO, stripped) keeps the default `panic = "unwind"`:
// uniffi turns a Rust panic into a Kotlin exception, which `panic = "abort"` would make a
// crash. Never set it.
val cargoNdk by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds libponte_ffi.so for ${abis.joinToString()} into src/main/jniLibs."
    workingDir = cargoWorkspace
    val targets = abis.flatMap { listOf("-t", it) }
    commandLine(
        listOf("cargo", "ndk") + targets + listOf(
            // The lowest Android API the library links against: the app's minSdk.
            "--platform", appMinSdk.toString(),
            "-o", jniLibsDir.absolutePath,
            // Only the shared library: built together with the rlib and the staticlib (the
            // crate's other types, for the bindgen and iOS) it came out 2 MB larger.
            "rustc", "--profile", "release-mobile", "-p", "ponte-ffi", "--lib", "--crate-type", "cdylib",
        ),
    )
    // 16 KB ELF segment alignment, required on Android 15+ phones with 16 KB pages (NDK r28+
    // does it by default; r27 needs the flag). RUSTFLAGS applies to the Android targets only:
    // cargo-ndk passes --target, so build scripts and proc macros built for the host are not
    // affected. Flags already in the environment are kept.
    val pageAlignment = "-C link-arg=-Wl,-z,max-page-size=16384"
    // Relocations packed in Android's format (API 23+): a megabyte less of library.
    val packedRelocations = "-C link-arg=-Wl,--pack-dyn-relocs=android"
    val existing = providers.environmentVariable("RUSTFLAGS").orNull
    environment("RUSTFLAGS", listOfNotNull(existing, pageAlignment, packedRelocations).joinToString(" "))
    val ndkFromEnvironment = listOf("ANDROID_NDK_HOME", "ANDROID_NDK_ROOT", "ANDROID_HOME", "ANDROID_SDK_ROOT")
        .any { providers.environmentVariable(it).isPresent }
    if (!ndkFromEnvironment && localSdkDir != null) {
        environment("ANDROID_HOME", localSdkDir)
    }
    outputs.dir(jniLibsDir)
    // Cargo knows what changed in the Rust sources: always ask it (a no-op build is quick).
    outputs.upToDateWhen { false }
}

// The bindings are generated from a library built for the machine running Gradle (uniffi reads
// the interface from its metadata), exactly as `cargo xtask bindings` does for the JVM.
val uniffiHostLibrary by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds libponte_ffi for this machine, to read the interface from."
    workingDir = cargoWorkspace
    commandLine("cargo", "build", "--quiet", "-p", "ponte-ffi")
    outputs.upToDateWhen { false }
}

// The app's Kotlin bindings, with uniffi's Android setting (app/uniffi-android.toml): the
// objects' cleaner is Android's SystemCleaner (API 34+; JNA's cleaner below) and the code uses
// android.os.Build. The JVM bindings of the `shared` module are generated by `cargo xtask
// bindings` WITHOUT that setting, because the Android cleaner does not load on a plain JVM;
// xtask and bindings/uniffi.toml stay as they are, this task only adds `--config`.
val uniffiBindings by tasks.registering(Exec::class) {
    group = "rust"
    description = "Generates the Android Kotlin bindings into build/generated/uniffi."
    dependsOn(uniffiHostLibrary)
    workingDir = cargoWorkspace
    val library = cargoWorkspace.resolve("target/debug/" + System.mapLibraryName("ponte_ffi"))
    commandLine(
        "cargo", "run", "--quiet", "-p", "ponte-ffi", "--bin", "uniffi-bindgen", "--",
        "generate", "--no-format",
        "--library", library.absolutePath,
        "--language", "kotlin",
        "--config", file("uniffi-android.toml").absolutePath,
        "--out-dir", uniffiDir.absolutePath,
    )
    val out = uniffiDir
    // Start clean so a type removed from the library does not linger in the bindings.
    doFirst { out.deleteRecursively() }
    outputs.dir(uniffiDir)
    outputs.upToDateWhen { false }
}

// The content a phone installs at its first run, without a connection: the services of one
// territory as a signed dump, the lessons as a signed pack, and the public key that signed
// them (the only one the app trusts). By default made from the repository's content/ by
// `cargo xtask content app`, signed with the public DEMO key (the app then says the content
// is demo data); `-Pponte.region=roma` picks another territory of content/territory.
// For the phones of a real network, pass the folder of the three files your coordinator made
// (`ponte-coordinator dump`, `cargo xtask content check --sign`, your public key):
// `-Pponte.shippedContent=/path/to/folder`. Signing keys never go into this build.
val shippedContent by tasks.registering(Exec::class) {
    group = "rust"
    description = "Writes the first-run content into build/generated/ponteContent/content."
    workingDir = cargoWorkspace
    val out = contentAssetsDir.resolve("content")
    val given = providers.gradleProperty("ponte.shippedContent").orNull
    val region = providers.gradleProperty("ponte.region").getOrElse("bologna")
    if (given != null) {
        // Copied by a plain `cp`, so one Exec task serves both cases.
        commandLine("sh", "-c", "mkdir -p \"$1\" && cp \"$2/directory.dump\" \"$2/lessons.pack\" \"$2/trusted_keys.txt\" \"$1/\"", "sh", out.absolutePath, given)
    } else {
        commandLine(
            "cargo", "xtask", "content", "app",
            "--region", region,
            "--out", out.absolutePath,
        )
    }
    outputs.dir(contentAssetsDir)
    outputs.upToDateWhen { false }
}

tasks.named("preBuild") {
    dependsOn(cargoNdk, uniffiBindings, shippedContent)
}
