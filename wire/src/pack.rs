//! Content packs: a versioned curriculum document plus its media, each addressed by its SHA-256,
//! listed in a manifest signed with the coordinator's Ed25519 key. A pack is one file that can
//! travel phone to phone (Bluetooth, a chat app): the phone trusts the signature, not the sender.

use std::collections::BTreeMap;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, Verifier};
pub use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::lessons::Course;

pub const FORMAT: &str = "ponte-pack/1";

/// Read without `deny_unknown_fields` (as the manifest): a phone reads a pack a newer
/// coordinator signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaEntry {
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

/// What the signature covers. Read without `deny_unknown_fields`: the signature, not the shape,
/// says it is genuine, and a phone updates months after the coordinator that signs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub id: String,
    pub version: u32,
    pub document_sha256: String,
    pub media: Vec<MediaEntry>,
    /// Which key signed it (the start of the public key's SHA-256).
    pub key_id: String,
    /// Signed with the demo key, which is public: never for real beneficiaries.
    pub demo: bool,
}

/// The curriculum a pack carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Curriculum {
    pub courses: Vec<Course>,
}

/// The file as it travels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PackFile<M> {
    /// The manifest when written; its JSON text as it came when read (see [`signed_manifest`]).
    manifest: M,
    /// Ed25519 signature of the manifest's JSON, base64.
    signature: String,
    /// The curriculum's JSON text, exactly the bytes that `document_sha256` hashes.
    document: String,
    /// Media by path, base64.
    #[serde(default)]
    media: BTreeMap<String, String>,
}

/// A pack whose signature and hashes were checked.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedPack {
    pub manifest: Manifest,
    pub curriculum: Curriculum,
    pub media: BTreeMap<String, Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("not a Ponte pack: {0}")]
    Malformed(String),
    #[error("signed by a key this phone does not trust ({0})")]
    UntrustedKey(String),
    #[error("the signature does not match: the pack was changed after signing")]
    BadSignature,
    #[error("{0} does not match its hash: the pack was changed after signing")]
    HashMismatch(String),
}

/// The SHA-256 of `bytes` in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The id of a public key: the first 16 hex digits of its SHA-256.
pub fn key_id(key: &VerifyingKey) -> String {
    sha256_hex(key.as_bytes())[..16].to_owned()
}

/// Reads a public key written as base64 (32 bytes).
pub fn public_key_from_base64(text: &str) -> Result<VerifyingKey, PackError> {
    let bytes = BASE64
        .decode(text.trim())
        .map_err(|e| PackError::Malformed(format!("public key: {e}")))?;
    let bytes: [u8; 32] = bytes
        .try_into()
        .map_err(|_| PackError::Malformed("public key: not 32 bytes".into()))?;
    VerifyingKey::from_bytes(&bytes).map_err(|e| PackError::Malformed(format!("public key: {e}")))
}

/// Reads a signing key written as base64 (its 32-byte seed).
pub fn signing_key_from_base64(text: &str) -> Result<SigningKey, PackError> {
    let bytes = BASE64
        .decode(text.trim())
        .map_err(|e| PackError::Malformed(format!("signing key: {e}")))?;
    let seed: [u8; 32] = bytes
        .try_into()
        .map_err(|_| PackError::Malformed("signing key: not 32 bytes".into()))?;
    Ok(SigningKey::from_bytes(&seed))
}

pub fn public_key_to_base64(key: &VerifyingKey) -> String {
    BASE64.encode(key.as_bytes())
}

/// The Ed25519 signature of `signed` by `key`, base64: what every signed file of the
/// coordinator carries (lesson packs, map pack manifests).
pub fn sign(signed: &[u8], key: &SigningKey) -> String {
    BASE64.encode(key.sign(signed).to_bytes())
}

/// The one signature check of every signed file: `signature` (base64) is the signature of
/// `signed` by the trusted key whose id is `key_id`.
pub fn check_signature(
    signed: &[u8],
    signature: &str,
    key_id_of_signer: &str,
    trusted: &[VerifyingKey],
) -> Result<(), PackError> {
    let key = trusted
        .iter()
        .find(|k| key_id(k) == key_id_of_signer)
        .ok_or_else(|| PackError::UntrustedKey(key_id_of_signer.to_owned()))?;
    let signature = BASE64
        .decode(signature)
        .map_err(|_| PackError::BadSignature)?;
    let signature = Signature::from_slice(&signature).map_err(|_| PackError::BadSignature)?;
    key.verify(signed, &signature)
        .map_err(|_| PackError::BadSignature)
}

/// A signed manifest read as it came: parsed (fields it does not know are ignored), its format
/// checked (`check` gives whether the format is known, and the signer's key id), and its
/// signature verified over its JSON text exactly as it travelled, so a field added by a newer
/// signer is covered too, and nothing can be slipped in beside the signed ones. A manifest
/// with only the fields known here may also have been reformatted after signing (spaces,
/// order): it is checked as the builder wrote it.
pub(crate) fn signed_manifest<M: serde::de::DeserializeOwned + Serialize>(
    raw: &serde_json::value::RawValue,
    signature: &str,
    trusted: &[VerifyingKey],
    check: impl Fn(&M) -> (bool, &String),
) -> Result<M, PackError> {
    let manifest: M =
        serde_json::from_str(raw.get()).map_err(|e| PackError::Malformed(e.to_string()))?;
    let (known_format, key_id_of_signer) = check(&manifest);
    if !known_format {
        let format = serde_json::from_str::<serde_json::Value>(raw.get())
            .ok()
            .and_then(|v| v.get("format").cloned())
            .unwrap_or_default();
        return Err(PackError::Malformed(format!("format {format}")));
    }
    match check_signature(raw.get().as_bytes(), signature, key_id_of_signer, trusted) {
        Err(PackError::BadSignature) => {
            // Only when nothing of it was left unread: what is used is then exactly what the
            // signer wrote.
            let read = serde_json::to_value(&manifest).ok();
            let came = serde_json::from_str::<serde_json::Value>(raw.get()).ok();
            if read.is_none() || read != came {
                return Err(PackError::BadSignature);
            }
            let again =
                serde_json::to_vec(&manifest).map_err(|e| PackError::Malformed(e.to_string()))?;
            check_signature(&again, signature, key_id_of_signer, trusted)?;
        }
        other => other?,
    }
    Ok(manifest)
}

/// Builds and signs a pack.
pub fn build(
    id: &str,
    version: u32,
    curriculum: &Curriculum,
    media: &BTreeMap<String, Vec<u8>>,
    key: &SigningKey,
    demo: bool,
) -> Vec<u8> {
    let document = serde_json::to_string(curriculum).expect("a curriculum serializes");
    let manifest = Manifest {
        format: FORMAT.into(),
        id: id.into(),
        version,
        document_sha256: sha256_hex(document.as_bytes()),
        media: media
            .iter()
            .map(|(path, bytes)| MediaEntry {
                path: path.clone(),
                sha256: sha256_hex(bytes),
                size: bytes.len() as u64,
            })
            .collect(),
        key_id: key_id(&key.verifying_key()),
        demo,
    };
    let signed = serde_json::to_vec(&manifest).expect("a manifest serializes");
    let signature = sign(&signed, key);
    let file = PackFile {
        manifest,
        signature,
        document,
        media: media
            .iter()
            .map(|(p, b)| (p.clone(), BASE64.encode(b)))
            .collect(),
    };
    serde_json::to_vec(&file).expect("a pack serializes")
}

/// Opens a pack, refusing it unless a trusted key signed it and every hash matches.
pub fn verify(bytes: &[u8], trusted: &[VerifyingKey]) -> Result<VerifiedPack, PackError> {
    let file: PackFile<Box<serde_json::value::RawValue>> =
        serde_json::from_slice(bytes).map_err(|e| PackError::Malformed(e.to_string()))?;
    let manifest: Manifest =
        signed_manifest(&file.manifest, &file.signature, trusted, |m: &Manifest| {
            (m.format == FORMAT, &m.key_id)
        })?;
    if sha256_hex(file.document.as_bytes()) != manifest.document_sha256 {
        return Err(PackError::HashMismatch("the document".into()));
    }
    let mut media = BTreeMap::new();
    for entry in &manifest.media {
        let encoded = file
            .media
            .get(&entry.path)
            .ok_or_else(|| PackError::HashMismatch(entry.path.clone()))?;
        let bytes = BASE64
            .decode(encoded)
            .map_err(|_| PackError::HashMismatch(entry.path.clone()))?;
        if sha256_hex(&bytes) != entry.sha256 {
            return Err(PackError::HashMismatch(entry.path.clone()));
        }
        media.insert(entry.path.clone(), bytes);
    }
    if file.media.len() != manifest.media.len() {
        return Err(PackError::HashMismatch("the media list".into()));
    }
    let curriculum: Curriculum =
        serde_json::from_str(&file.document).map_err(|e| PackError::Malformed(e.to_string()))?;
    Ok(VerifiedPack {
        manifest,
        curriculum,
        media,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn curriculum() -> Curriculum {
        Curriculum {
            courses: Vec::new(),
        }
    }

    #[test]
    fn the_manifest_is_verified_as_it_travelled_and_nothing_can_be_added_beside_it() {
        let bytes = build(
            "digital-skills",
            3,
            &curriculum(),
            &BTreeMap::new(),
            &key(1),
            false,
        );
        // Pretty-printed, keys in another order: checked as the builder wrote it, it opens.
        let mut file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let pretty = serde_json::to_vec_pretty(&file).unwrap();
        assert_eq!(
            verify(&pretty, &[key(1).verifying_key()])
                .unwrap()
                .manifest
                .version,
            3
        );
        // A field slipped into the manifest after signing, even one this build ignores: refused.
        file["manifest"]["demo_override"] = true.into();
        let added = serde_json::to_vec(&file).unwrap();
        assert_eq!(
            verify(&added, &[key(1).verifying_key()]),
            Err(PackError::BadSignature)
        );
    }

    #[test]
    fn a_signed_pack_opens_and_a_tampered_one_does_not() {
        let media = BTreeMap::from([("media/a.png".to_owned(), vec![1, 2, 3])]);
        let bytes = build("digital-skills", 3, &curriculum(), &media, &key(1), false);
        let pack = verify(&bytes, &[key(1).verifying_key()]).unwrap();
        assert_eq!(
            (pack.manifest.version, pack.media["media/a.png"].as_slice()),
            (3, &[1u8, 2, 3][..])
        );

        assert!(matches!(
            verify(&bytes, &[key(2).verifying_key()]),
            Err(PackError::UntrustedKey(_))
        ));

        let mut file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        file["manifest"]["version"] = 4.into();
        let changed = serde_json::to_vec(&file).unwrap();
        assert_eq!(
            verify(&changed, &[key(1).verifying_key()]),
            Err(PackError::BadSignature)
        );

        let mut file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        file["document"] = r#"{"courses":[]} "#.into();
        let changed = serde_json::to_vec(&file).unwrap();
        assert_eq!(
            verify(&changed, &[key(1).verifying_key()]),
            Err(PackError::HashMismatch("the document".into()))
        );

        let mut file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        file["media"]["media/a.png"] = BASE64.encode([9, 9, 9]).into();
        let changed = serde_json::to_vec(&file).unwrap();
        assert_eq!(
            verify(&changed, &[key(1).verifying_key()]),
            Err(PackError::HashMismatch("media/a.png".into()))
        );

        assert!(matches!(
            verify(b"not json", &[key(1).verifying_key()]),
            Err(PackError::Malformed(_))
        ));
    }

    #[test]
    fn keys_round_trip_through_base64() {
        let k = key(5).verifying_key();
        assert_eq!(
            public_key_from_base64(&public_key_to_base64(&k)).unwrap(),
            k
        );
        assert!(public_key_from_base64("short").is_err());
    }
}
