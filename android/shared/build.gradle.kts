// Pure Kotlin on the JVM: the effect handlers' logic that the Android app compiles too (see
// app/build.gradle.kts), tested here without Android. `cargo xtask test` compiles and runs the
// same sources with kotlinc, reading the Kotlin, JNA and coroutines versions from
// gradle/libs.versions.toml.
plugins {
    alias(libs.plugins.kotlin.jvm)
}

kotlin {
    jvmToolchain(17)
    // The bindings `cargo xtask bindings` generates, WITHOUT uniffi's Android setting
    // (`android = true`): the Android flavour's cleaner uses android.os.Build and
    // android.system.SystemCleaner (and androidx.annotation), which do not exist on a plain
    // JVM, so it neither compiles nor loads here. This flavour picks java.lang.ref.Cleaner, or
    // JNA's cleaner. The app generates its own Android flavour (app/build.gradle.kts).
    sourceSets["main"].kotlin.srcDir("src/generated/kotlin")
}

dependencies {
    // uniffi's generated Kotlin loads libponte_ffi through JNA: the plain jar here; the app
    // takes the `@aar` flavour of the same artifact.
    implementation(libs.jna)
    implementation(libs.kotlinx.coroutines.core)
    testImplementation(libs.kotlin.test.junit)
    testImplementation(libs.junit)
}

tasks.test {
    // The library built by `cargo build -p ponte-ffi`.
    systemProperty("jna.library.path", rootProject.projectDir.resolve("../target/debug").absolutePath)
}
