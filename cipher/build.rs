//! SQLCipher's build (libsqlite3-sys, feature `bundled-sqlcipher`) always asks the linker for
//! `-lcrypto`, which Android's NDK does not have and this provider does not need. An empty
//! `libcrypto.a` found first on the search path answers it with nothing, so no OpenSSL is ever
//! linked, whatever the machine has installed.
fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // An ar archive with no members.
    std::fs::write(out.join("libcrypto.a"), b"!<arch>\n").expect("OUT_DIR is writable");
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rerun-if-changed=build.rs");
}
