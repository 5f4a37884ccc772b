plugins {
    kotlin("jvm") version "2.2.20"
}

kotlin {
    jvmToolchain(17)
    sourceSets["main"].kotlin.srcDir("src/generated/kotlin")
}

dependencies {
    // uniffi's generated Kotlin loads libponte_ffi through JNA. Android apps use the `@aar`
    // flavour of the same artifact.
    implementation("net.java.dev.jna:jna:5.13.0")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-core:1.9.0")
    testImplementation(kotlin("test-junit"))
    testImplementation("junit:junit:4.13.2")
}

tasks.test {
    // The library built by `cargo build -p ponte-ffi`.
    systemProperty("jna.library.path", rootProject.projectDir.resolve("../target/debug").absolutePath)
}
