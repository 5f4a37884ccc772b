// The Android side of Ponte, two modules:
// - `app`: the Android app, a Jetpack Compose shell over the Rust app core. Its Gradle build
//   compiles the Rust library for the phones' ABIs (cargo-ndk) and generates the Android flavour
//   of the uniffi bindings into app/build/generated/uniffi; see app/build.gradle.kts.
// - `shared`: pure Kotlin (JVM): the effect handlers' logic, compiled with the bindings that
//   `cargo xtask bindings` writes to shared/src/generated (JVM flavour) and tested on a plain JVM
//   by `cargo xtask test`. Run `cargo xtask bindings` before a Gradle build so that
//   `shared/src/generated` exists.
// Versions live in gradle/libs.versions.toml (Gradle finds it there by convention).
pluginManagement {
    repositories {
        google {
            content {
                includeGroupByRegex("com\\.android.*")
                includeGroupByRegex("com\\.google.*")
                includeGroupByRegex("androidx.*")
            }
        }
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "ponte"
include(":app")
include(":shared")
