// The Android side of Ponte. `shared` is pure Kotlin (JVM): the generated bindings and the app
// logic, tested on a plain JVM by `cargo xtask test`. Run `cargo xtask bindings` before a
// Gradle build so that `shared/src/generated` exists.
pluginManagement {
    repositories {
        gradlePluginPortal()
        google()
        mavenCentral()
    }
}

dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "ponte"
include(":shared")
