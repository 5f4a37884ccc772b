//! What the fuzz targets share: the options the importers are given, and the re-signing that
//! lets a mutated pack or dump through its signature and hashes, so the readers behind them
//! (the curriculum, the services, the guides) are fuzzed too and not only the JSON envelope.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ponte_wire::import::ImportOptions;
use ponte_wire::pack::{self, SigningKey, VerifyingKey};
use serde_json::{Map, Value};

/// The key the targets sign with and trust (not a real one).
pub fn key() -> SigningKey {
    SigningKey::from_bytes(&[7; 32])
}

pub fn trusted() -> Vec<VerifyingKey> {
    vec![key().verifying_key()]
}

pub fn import_options() -> ImportOptions {
    ImportOptions::for_region("bologna", "Bologna")
}

/// A file of `{manifest, signature, …}` made genuine again after mutation: each part named in
/// `parts` (a field holding JSON text or base64, with the manifest field of its hash) is
/// hashed into the manifest, and the manifest signed with [`key`]. `None` when the input is not
/// a JSON object.
pub fn resign(data: &[u8], parts: &[(&str, &str, Encoding)], media: bool) -> Option<Vec<u8>> {
    let mut file: Map<String, Value> = serde_json::from_slice(data).ok()?;
    let mut manifest = match file.remove("manifest") {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    for (field, hash_field, encoding) in parts {
        let bytes = match (file.get(*field), encoding) {
            (Some(Value::String(text)), Encoding::Text) => Some(text.as_bytes().to_vec()),
            (Some(Value::String(text)), Encoding::Base64) => BASE64.decode(text).ok(),
            _ => None,
        };
        if let Some(bytes) = bytes {
            manifest.insert((*hash_field).into(), pack::sha256_hex(&bytes).into());
        }
    }
    if media {
        // A pack's media: each file's hash and size listed in the manifest.
        if let Some(Value::Object(files)) = file.get("media") {
            let entries: Vec<Value> = files
                .iter()
                .filter_map(|(path, encoded)| {
                    let bytes = BASE64.decode(encoded.as_str()?).ok()?;
                    Some(serde_json::json!({
                        "path": path,
                        "sha256": pack::sha256_hex(&bytes),
                        "size": bytes.len(),
                    }))
                })
                .collect();
            manifest.insert("media".into(), entries.into());
        }
    }
    manifest.insert("key_id".into(), pack::key_id(&key().verifying_key()).into());
    let manifest = Value::Object(manifest);
    let signed = serde_json::to_vec(&manifest).ok()?;
    file.insert("signature".into(), pack::sign(&signed, &key()).into());
    file.insert("manifest".into(), manifest);
    serde_json::to_vec(&file).ok()
}

#[derive(Clone, Copy)]
pub enum Encoding {
    /// JSON text, hashed as its UTF-8 bytes.
    Text,
    /// Bytes written as base64, hashed decoded.
    Base64,
}
