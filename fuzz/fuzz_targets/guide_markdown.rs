//! A guide's Markdown body, as the coordinator checks it when a guide is saved and the phone
//! when it stores one: parsed into blocks or refused with the line and the reason; the blocks
//! travel as JSON and read back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ponte_wire::guides::{parse_body, Block, GuideRecord};

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    match parse_body(body) {
        Ok(blocks) => {
            for block in &blocks {
                let _ = block.plain_text();
            }
            let json = serde_json::to_string(&blocks).expect("blocks serialize");
            let back: Vec<Block> = serde_json::from_str(&json).expect("blocks read back");
            assert_eq!(back, blocks);
        }
        Err(error) => {
            assert!(error.line >= 1 && error.line <= body.lines().count().max(1) + 1);
        }
    }
    // The same body inside a guide, as a guide is validated whole.
    let guide = serde_json::json!({
        "id": "fuzz", "version": 1, "source_language": "it",
        "texts": [{"language": "it", "title": "Titolo", "body": body,
                   "provenance": "original", "source_version": 1}],
    });
    if let Ok(guide) = serde_json::from_value::<GuideRecord>(guide) {
        let _ = guide.validate();
    }
});
