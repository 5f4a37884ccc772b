//! The crypto provider of SQLCipher, which encrypts the phone's database, written over the
//! RustCrypto crates instead of a vendored OpenSSL (OpenSSL was a quarter of the phone library,
//! for the five functions SQLCipher uses).
//!
//! SQLCipher is built with `-DSQLCIPHER_CRYPTO_CUSTOM=ponte_sqlcipher_provider_setup` (the
//! workspace's `.cargo/config.toml`) and calls [`ponte_sqlcipher_provider_setup`] once, at its
//! first use, to fill its table of functions. The file format is SQLCipher 4's, unchanged:
//! AES-256-CBC pages without padding, HMAC-SHA1/256/512 per page, PBKDF2-HMAC for passphrases.
//! `tests/openssl_files.rs` opens databases written by SQLCipher with OpenSSL.
//!
//! On Apple platforms SQLCipher takes CommonCrypto instead (libsqlite3-sys chooses it there);
//! this crate is then linked but unused.

use std::ffi::{c_char, c_int, c_uchar, c_void};

use aes::cipher::{block_padding::NoPadding, BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use hmac::{Hmac, Mac};

const SQLITE_OK: c_int = 0;
const SQLITE_ERROR: c_int = 1;

// SQLCipher's algorithm numbers (sqlcipher.h), for HMAC and for PBKDF2 alike.
const HMAC_SHA1: c_int = 0;
const HMAC_SHA256: c_int = 1;
const HMAC_SHA512: c_int = 2;
const CIPHER_ENCRYPT: c_int = 1;
const CIPHER_DECRYPT: c_int = 0;

const KEY_SIZE: usize = 32;
const IV_SIZE: usize = 16;
const BLOCK_SIZE: usize = 16;

/// SQLCipher's `struct sqlcipher_provider`, field for field.
#[repr(C)]
pub struct SqlcipherProvider {
    init: Option<unsafe extern "C" fn() -> c_int>,
    shutdown: Option<unsafe extern "C" fn()>,
    get_provider_name: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    add_random: Option<unsafe extern "C" fn(*mut c_void, *const c_void, c_int) -> c_int>,
    random: Option<unsafe extern "C" fn(*mut c_void, *mut c_void, c_int) -> c_int>,
    hmac: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    kdf: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            c_int,
            c_int,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    cipher: Option<
        unsafe extern "C" fn(
            *mut c_void,
            c_int,
            *const c_uchar,
            c_int,
            *const c_uchar,
            *const c_uchar,
            c_int,
            *mut c_uchar,
        ) -> c_int,
    >,
    get_cipher: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    get_key_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_iv_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_block_sz: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_hmac_sz: Option<unsafe extern "C" fn(*mut c_void, c_int) -> c_int>,
    ctx_init: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    ctx_free: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    fips_status: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    get_provider_version: Option<unsafe extern "C" fn(*mut c_void) -> *const c_char>,
    next: *mut SqlcipherProvider,
}

/// The name `PRAGMA cipher_provider` reports.
pub const PROVIDER_NAME: &str = "rustcrypto";

/// Fills SQLCipher's table of crypto functions; SQLCipher calls it once.
///
/// # Safety
/// `provider` points to a `sqlcipher_provider` that SQLCipher allocated.
#[no_mangle]
pub unsafe extern "C" fn ponte_sqlcipher_provider_setup(provider: *mut SqlcipherProvider) -> c_int {
    let Some(p) = provider.as_mut() else {
        return SQLITE_ERROR;
    };
    p.init = None;
    p.shutdown = None;
    p.get_provider_name = Some(provider_name);
    p.add_random = Some(add_random);
    p.random = Some(random);
    p.hmac = Some(hmac);
    p.kdf = Some(kdf);
    p.cipher = Some(cipher);
    p.get_cipher = Some(cipher_name);
    p.get_key_sz = Some(key_size);
    p.get_iv_sz = Some(iv_size);
    p.get_block_sz = Some(block_size);
    p.get_hmac_sz = Some(hmac_size);
    p.ctx_init = Some(ctx_init);
    p.ctx_free = Some(ctx_free);
    p.fips_status = Some(fips_status);
    p.get_provider_version = Some(provider_version);
    SQLITE_OK
}

/// Keeps the provider in the linked program. SQLite's C code is the only caller of
/// [`ponte_sqlcipher_provider_setup`] and comes later on the linker's command line than the
/// Rust code, so a program that opens SQLite calls this once before (the store does, and the
/// coordinator, whose SQLite is built with SQLCipher when the workspace builds together).
pub fn ensure_linked() {
    std::hint::black_box(ponte_sqlcipher_provider_setup as *const c_void);
}

/// A byte slice from SQLCipher, or `None` for a null pointer or a negative length.
unsafe fn bytes<'a>(data: *const c_uchar, len: c_int) -> Option<&'a [u8]> {
    let len = usize::try_from(len).ok()?;
    if len == 0 {
        return Some(&[]);
    }
    (!data.is_null()).then(|| std::slice::from_raw_parts(data, len))
}

unsafe extern "C" fn provider_name(_: *mut c_void) -> *const c_char {
    c"rustcrypto".as_ptr()
}

unsafe extern "C" fn provider_version(_: *mut c_void) -> *const c_char {
    concat!("ponte-cipher ", env!("CARGO_PKG_VERSION"), "\0")
        .as_ptr()
        .cast()
}

unsafe extern "C" fn cipher_name(_: *mut c_void) -> *const c_char {
    c"AES-256-CBC".as_ptr()
}

/// The operating system's generator needs no seeding: what SQLCipher adds is not used.
unsafe extern "C" fn add_random(_: *mut c_void, _: *const c_void, _: c_int) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn random(_: *mut c_void, buffer: *mut c_void, len: c_int) -> c_int {
    let Ok(len) = usize::try_from(len) else {
        return SQLITE_ERROR;
    };
    if len == 0 {
        return SQLITE_OK;
    }
    if buffer.is_null() {
        return SQLITE_ERROR;
    }
    let out = std::slice::from_raw_parts_mut(buffer.cast::<u8>(), len);
    match getrandom::getrandom(out) {
        Ok(()) => SQLITE_OK,
        Err(_) => SQLITE_ERROR,
    }
}

fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], parts: [&[u8]; 2], out: *mut c_uchar) -> c_int {
    let Ok(mut mac) = <M as hmac::digest::KeyInit>::new_from_slice(key) else {
        return SQLITE_ERROR;
    };
    for part in parts {
        mac.update(part);
    }
    let tag = mac.finalize().into_bytes();
    // SAFETY: SQLCipher gives a buffer of get_hmac_sz bytes for this algorithm.
    unsafe { std::ptr::copy_nonoverlapping(tag.as_ptr(), out, tag.len()) };
    SQLITE_OK
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn hmac(
    _: *mut c_void,
    algorithm: c_int,
    key: *const c_uchar,
    key_len: c_int,
    input: *const c_uchar,
    input_len: c_int,
    input2: *const c_uchar,
    input2_len: c_int,
    out: *mut c_uchar,
) -> c_int {
    // As OpenSSL's provider: no first input is an error, a null second one is left out.
    if input.is_null() || out.is_null() {
        return SQLITE_ERROR;
    }
    let (Some(key), Some(input)) = (bytes(key, key_len), bytes(input, input_len)) else {
        return SQLITE_ERROR;
    };
    let input2 = if input2.is_null() {
        &[][..]
    } else {
        match bytes(input2, input2_len) {
            Some(b) => b,
            None => return SQLITE_ERROR,
        }
    };
    match algorithm {
        HMAC_SHA1 => mac::<Hmac<sha1::Sha1>>(key, [input, input2], out),
        HMAC_SHA256 => mac::<Hmac<sha2::Sha256>>(key, [input, input2], out),
        HMAC_SHA512 => mac::<Hmac<sha2::Sha512>>(key, [input, input2], out),
        _ => SQLITE_ERROR,
    }
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn kdf(
    _: *mut c_void,
    algorithm: c_int,
    pass: *const c_uchar,
    pass_len: c_int,
    salt: *const c_uchar,
    salt_len: c_int,
    rounds: c_int,
    key_len: c_int,
    key: *mut c_uchar,
) -> c_int {
    let (Some(pass), Some(salt)) = (bytes(pass, pass_len), bytes(salt, salt_len)) else {
        return SQLITE_ERROR;
    };
    let (Ok(rounds @ 1..), Ok(key_len)) = (u32::try_from(rounds), usize::try_from(key_len)) else {
        return SQLITE_ERROR;
    };
    if key.is_null() {
        return SQLITE_ERROR;
    }
    let out = std::slice::from_raw_parts_mut(key, key_len);
    match algorithm {
        HMAC_SHA1 => pbkdf2::pbkdf2_hmac::<sha1::Sha1>(pass, salt, rounds, out),
        HMAC_SHA256 => pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pass, salt, rounds, out),
        HMAC_SHA512 => pbkdf2::pbkdf2_hmac::<sha2::Sha512>(pass, salt, rounds, out),
        _ => return SQLITE_ERROR,
    }
    SQLITE_OK
}

/// AES-256-CBC without padding over whole blocks, as SQLCipher encrypts a page.
#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn cipher(
    _: *mut c_void,
    mode: c_int,
    key: *const c_uchar,
    key_len: c_int,
    iv: *const c_uchar,
    input: *const c_uchar,
    len: c_int,
    out: *mut c_uchar,
) -> c_int {
    let (Some(key), Some(iv)) = (bytes(key, key_len), bytes(iv, IV_SIZE as c_int)) else {
        return SQLITE_ERROR;
    };
    let Ok(len) = usize::try_from(len) else {
        return SQLITE_ERROR;
    };
    if key.len() != KEY_SIZE || len % BLOCK_SIZE != 0 || input.is_null() || out.is_null() {
        return SQLITE_ERROR;
    }
    // In place when SQLCipher passes one buffer; from one to the other otherwise.
    let done = if std::ptr::eq(input, out) {
        let data = std::slice::from_raw_parts_mut(out, len);
        match mode {
            CIPHER_ENCRYPT => cbc::Encryptor::<aes::Aes256>::new(key.into(), iv.into())
                .encrypt_padded_mut::<NoPadding>(data, len)
                .is_ok(),
            CIPHER_DECRYPT => cbc::Decryptor::<aes::Aes256>::new(key.into(), iv.into())
                .decrypt_padded_mut::<NoPadding>(data)
                .is_ok(),
            _ => false,
        }
    } else {
        let from = std::slice::from_raw_parts(input, len);
        let to = std::slice::from_raw_parts_mut(out, len);
        match mode {
            CIPHER_ENCRYPT => cbc::Encryptor::<aes::Aes256>::new(key.into(), iv.into())
                .encrypt_padded_b2b_mut::<NoPadding>(from, to)
                .is_ok(),
            CIPHER_DECRYPT => cbc::Decryptor::<aes::Aes256>::new(key.into(), iv.into())
                .decrypt_padded_b2b_mut::<NoPadding>(from, to)
                .is_ok(),
            _ => false,
        }
    };
    if done {
        SQLITE_OK
    } else {
        SQLITE_ERROR
    }
}

unsafe extern "C" fn key_size(_: *mut c_void) -> c_int {
    KEY_SIZE as c_int
}

unsafe extern "C" fn iv_size(_: *mut c_void) -> c_int {
    IV_SIZE as c_int
}

unsafe extern "C" fn block_size(_: *mut c_void) -> c_int {
    BLOCK_SIZE as c_int
}

unsafe extern "C" fn hmac_size(_: *mut c_void, algorithm: c_int) -> c_int {
    match algorithm {
        HMAC_SHA1 => 20,
        HMAC_SHA256 => 32,
        HMAC_SHA512 => 64,
        _ => 0,
    }
}

/// No state: every call stands alone.
unsafe extern "C" fn ctx_init(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn ctx_free(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

unsafe extern "C" fn fips_status(_: *mut c_void) -> c_int {
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn aes_256_cbc_matches_nist_sp800_38a() {
        // NIST SP 800-38A, F.2.5 (CBC-AES256.Encrypt), the first two blocks.
        let key = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        let iv = hex("000102030405060708090a0b0c0d0e0f");
        let plain = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
        let expected = hex("f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d");
        let mut out = vec![0u8; 32];
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                CIPHER_ENCRYPT,
                key.as_ptr(),
                32,
                iv.as_ptr(),
                plain.as_ptr(),
                32,
                out.as_mut_ptr(),
            )
        };
        assert_eq!((rc, &out), (SQLITE_OK, &expected));
        // Back, in place.
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                CIPHER_DECRYPT,
                key.as_ptr(),
                32,
                iv.as_ptr(),
                out.as_ptr(),
                32,
                out.as_mut_ptr(),
            )
        };
        assert_eq!((rc, &out), (SQLITE_OK, &plain));
    }

    #[test]
    fn hmac_and_pbkdf2_match_their_rfcs() {
        // RFC 4231 test case 2: key "Jefe", "what do ya want for nothing?", split in two parts.
        let mut out = [0u8; 64];
        let rc = unsafe {
            hmac(
                std::ptr::null_mut(),
                HMAC_SHA512,
                b"Jefe".as_ptr(),
                4,
                b"what do ya ".as_ptr(),
                11,
                b"want for nothing?".as_ptr(),
                17,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(out.to_vec(), hex("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"));
        let mut out = [0u8; 32];
        let rc = unsafe {
            hmac(
                std::ptr::null_mut(),
                HMAC_SHA256,
                b"Jefe".as_ptr(),
                4,
                b"what do ya want for nothing?".as_ptr(),
                28,
                std::ptr::null(),
                0,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(
            out.to_vec(),
            hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        );
        // RFC 6070: PBKDF2-HMAC-SHA1, "password", "salt", 2 iterations.
        let mut key = [0u8; 20];
        let rc = unsafe {
            kdf(
                std::ptr::null_mut(),
                HMAC_SHA1,
                b"password".as_ptr(),
                8,
                b"salt".as_ptr(),
                4,
                2,
                20,
                key.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(
            key.to_vec(),
            hex("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957")
        );
    }

    #[test]
    fn what_is_not_a_page_is_refused() {
        let key = [7u8; 32];
        let iv = [0u8; 16];
        let data = [0u8; 20];
        let mut out = [0u8; 20];
        let mut call = |len: c_int, key_len: c_int, mode: c_int| unsafe {
            cipher(
                std::ptr::null_mut(),
                mode,
                key.as_ptr(),
                key_len,
                iv.as_ptr(),
                data.as_ptr(),
                len,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(
            call(20, 32, CIPHER_ENCRYPT),
            SQLITE_ERROR,
            "not whole blocks"
        );
        assert_eq!(
            call(16, 16, CIPHER_ENCRYPT),
            SQLITE_ERROR,
            "not a 256-bit key"
        );
        assert_eq!(
            call(-16, 32, CIPHER_ENCRYPT),
            SQLITE_ERROR,
            "a negative length"
        );
        assert_eq!(call(16, 32, 7), SQLITE_ERROR, "an unknown mode");
        let mut key_out = [0u8; 32];
        let rc = unsafe {
            kdf(
                std::ptr::null_mut(),
                HMAC_SHA512,
                b"p".as_ptr(),
                1,
                b"s".as_ptr(),
                1,
                0,
                32,
                key_out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_ERROR, "no iteration");
        assert_eq!(unsafe { hmac_size(std::ptr::null_mut(), 9) }, 0);
    }
}
