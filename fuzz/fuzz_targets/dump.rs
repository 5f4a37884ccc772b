//! The first-run content dump as the phone installs it (`Sync::install_dump` before it
//! writes): verified, then every service, guide and concept checked as the phone checks them,
//! and the lesson pack inside verified. Each input is tried as it came and re-signed after
//! mutation, so the parts behind the signature are fuzzed too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_fuzz::Encoding;
use ponte_wire::{dump, lessons, pack};

fn install(bytes: &[u8]) {
    let trusted = ponte_fuzz::trusted();
    let Ok(dump) = dump::verify(bytes, &trusted) else {
        return;
    };
    for service in &dump.services {
        let _ = service.validate();
    }
    for guide in &dump.guides {
        let _ = guide.parsed();
    }
    for concept in &dump.glossary {
        let _ = concept.validate();
    }
    if let Some(bytes) = &dump.pack {
        if let Ok(verified) = pack::verify(bytes, &trusted) {
            let _ = lessons::validate_courses(&verified.curriculum.courses, &|path| {
                verified.media.contains_key(path)
            });
        }
    }
}

fuzz_target!(|data: &[u8]| {
    install(data);
    let parts = [
        ("services", "services_sha256", Encoding::Text),
        ("pack", "pack_sha256", Encoding::Base64),
        ("guides", "guides_sha256", Encoding::Text),
        ("glossary", "glossary_sha256", Encoding::Text),
    ];
    if let Some(resigned) = ponte_fuzz::resign(data, &parts, false) {
        install(&resigned);
    }
});
