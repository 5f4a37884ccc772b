// Pure Kotlin on the JVM: the effect handlers' logic that the Android app compiles too (see
// app/build.gradle.kts), tested here without Android. `cargo xtask test` compiles and runs the
// same sources with kotlinc, with the Kotlin, JNA and coroutines versions of
// gradle/libs.versions.toml.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.kotlin.jvm)
}

java {
    sourceCompatibility = JavaVersion.VERSION_17
    targetCompatibility = JavaVersion.VERSION_17
}

kotlin {
    // Bytecode for Java 17, compiled by whatever JDK 17+ runs Gradle (Android Studio's own
    // JDK is 21): a `jvmToolchain(17)` would fail where no JDK 17 is installed.
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
    // The bindings `cargo xtask bindings` generates, WITHOUT uniffi's Android setting
    // (`android = true`): the Android flavour's cleaner uses android.os.Build and
    // android.system.SystemCleaner (and androidx.annotation), which do not exist on a plain
    // JVM, so it neither compiles nor loads here. This flavour picks java.lang.ref.Cleaner, or
    // JNA's cleaner. The app generates its own Android flavour (app/build.gradle.kts).
    sourceSets["main"].kotlin.srcDir("src/generated/kotlin")
}

dependencies {
    // uniffi's generated Kotlin loads libponte_ffi through JNA: the plain jar here (the
    // catalogue's `jna-jvm`, the version the JVM tests run with); the app takes the `@aar`
    // flavour of the same artifact (`jna`).
    implementation(libs.jna.jvm)
    implementation(libs.kotlinx.coroutines.core)
    testImplementation(libs.kotlin.test.junit)
    testImplementation(libs.junit)
}

tasks.test {
    // The library built by `cargo build -p ponte-ffi`.
    systemProperty("jna.library.path", rootProject.projectDir.resolve("../target/debug").absolutePath)
}
