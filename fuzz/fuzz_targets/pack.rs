//! A lesson pack as the phone installs it (`Lessons::install_pack` before it writes): verified
//! against the trusted key, then its curriculum checked against the content rules. Each input
//! is tried as it came (the envelope, the signature check) and re-signed after mutation (the
//! curriculum, the media), since a mutated pack otherwise never gets past its signature.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_fuzz::Encoding;
use ponte_wire::{lessons, pack};

fn install(bytes: &[u8]) {
    let trusted = ponte_fuzz::trusted();
    if let Ok(verified) = pack::verify(bytes, &trusted) {
        let _ = lessons::validate_courses(&verified.curriculum.courses, &|path| {
            verified.media.contains_key(path)
        });
    }
}

fuzz_target!(|data: &[u8]| {
    install(data);
    if let Some(resigned) = ponte_fuzz::resign(
        data,
        &[("document", "document_sha256", Encoding::Text)],
        true,
    ) {
        install(&resigned);
    }
});
