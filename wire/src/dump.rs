//! The first-run content dump: a territory's services as the coordinator had them at a cursor,
//! and the lesson pack, in one file signed with the coordinator's key. The app ships it, so a
//! new install works offline from its first launch and then syncs forward from that cursor.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ed25519_dalek::Signer;
use serde::{Deserialize, Serialize};

use crate::glossary::GlossaryConcept;
use crate::guides::GuideRecord;
use crate::pack::{key_id, sha256_hex, PackError, SigningKey, VerifyingKey};
use crate::ServiceRecord;

pub const FORMAT: &str = "ponte-dump/1";

/// What the signature covers. Read without `deny_unknown_fields`: the signature, not the shape,
/// says it is genuine, and an app ships a dump for months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DumpManifest {
    pub format: String,
    pub region: String,
    /// The content cursor the services are current at.
    pub cursor: u64,
    pub services_sha256: String,
    /// SHA-256 of the lesson pack's bytes, when the dump carries one.
    pub pack_sha256: Option<String>,
    pub key_id: String,
    pub demo: bool,
    /// SHA-256 of the guides' JSON text, when the dump carries guides. Left out of the JSON
    /// when there are none, so a dump without guides is signed exactly as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guides_sha256: Option<String>,
    /// SHA-256 of the glossary's JSON text, when the dump carries one; left out as the guides'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glossary_sha256: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct DumpFile<M> {
    /// The manifest when written; its JSON text as it came when read.
    manifest: M,
    signature: String,
    /// The services' JSON text, exactly the bytes `services_sha256` hashes.
    services: String,
    /// The lesson pack (itself signed), base64.
    #[serde(default)]
    pack: Option<String>,
    /// The region's and the national public guides' JSON text, exactly the bytes
    /// `guides_sha256` hashes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    guides: Option<String>,
    /// The glossary's concepts' JSON text, exactly the bytes `glossary_sha256` hashes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    glossary: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedDump {
    pub manifest: DumpManifest,
    pub services: Vec<ServiceRecord>,
    pub pack: Option<Vec<u8>>,
    pub guides: Vec<GuideRecord>,
    pub glossary: Vec<GlossaryConcept>,
}

/// What a dump carries besides the lesson pack.
#[derive(Debug, Clone, Copy, Default)]
pub struct Content<'a> {
    pub services: &'a [ServiceRecord],
    /// The region's and the national public guides.
    pub guides: &'a [GuideRecord],
    /// The glossary of synonyms, in the dump's languages.
    pub glossary: &'a [GlossaryConcept],
}

pub fn build(
    region: &str,
    cursor: u64,
    services: &[ServiceRecord],
    pack: Option<&[u8]>,
    key: &SigningKey,
    demo: bool,
) -> Vec<u8> {
    let content = Content {
        services,
        ..Content::default()
    };
    build_with(region, cursor, content, pack, key, demo)
}

/// [`build`] with guides and the glossary besides the services.
pub fn build_with(
    region: &str,
    cursor: u64,
    content: Content<'_>,
    pack: Option<&[u8]>,
    key: &SigningKey,
    demo: bool,
) -> Vec<u8> {
    let services = serde_json::to_string(content.services).expect("services serialize");
    let guides = (!content.guides.is_empty())
        .then(|| serde_json::to_string(content.guides).expect("guides serialize"));
    let glossary = (!content.glossary.is_empty())
        .then(|| serde_json::to_string(content.glossary).expect("a glossary serializes"));
    let manifest = DumpManifest {
        format: FORMAT.into(),
        region: region.into(),
        cursor,
        services_sha256: sha256_hex(services.as_bytes()),
        pack_sha256: pack.map(sha256_hex),
        key_id: key_id(&key.verifying_key()),
        demo,
        guides_sha256: guides.as_deref().map(|g| sha256_hex(g.as_bytes())),
        glossary_sha256: glossary.as_deref().map(|g| sha256_hex(g.as_bytes())),
    };
    let signed = serde_json::to_vec(&manifest).expect("a manifest serializes");
    let file = DumpFile {
        signature: BASE64.encode(key.sign(&signed).to_bytes()),
        manifest,
        services,
        pack: pack.map(|p| BASE64.encode(p)),
        guides,
        glossary,
    };
    serde_json::to_vec(&file).expect("a dump serializes")
}

/// A part a dump may carry (the guides, the glossary): its JSON text checked against its hash
/// in the manifest and read; none when neither is there, refused when one is without the other.
fn optional_part<T: serde::de::DeserializeOwned>(
    text: &Option<String>,
    hash: &Option<String>,
    what: &str,
) -> Result<Vec<T>, PackError> {
    match (text, hash) {
        (Some(text), Some(hash)) if &sha256_hex(text.as_bytes()) == hash => {
            serde_json::from_str(text).map_err(|e| PackError::Malformed(e.to_string()))
        }
        (None, None) => Ok(Vec::new()),
        _ => Err(PackError::HashMismatch(what.into())),
    }
}

/// Opens a dump, refusing it unless a trusted key signed it and the hashes match.
pub fn verify(bytes: &[u8], trusted: &[VerifyingKey]) -> Result<VerifiedDump, PackError> {
    let file: DumpFile<Box<serde_json::value::RawValue>> =
        serde_json::from_slice(bytes).map_err(|e| PackError::Malformed(e.to_string()))?;
    let manifest: DumpManifest = crate::pack::signed_manifest(
        &file.manifest,
        &file.signature,
        trusted,
        |m: &DumpManifest| (m.format == FORMAT, &m.key_id),
    )?;
    if sha256_hex(file.services.as_bytes()) != manifest.services_sha256 {
        return Err(PackError::HashMismatch("the services".into()));
    }
    let pack = match (&file.pack, &manifest.pack_sha256) {
        (Some(encoded), Some(hash)) => {
            let bytes = BASE64
                .decode(encoded)
                .map_err(|_| PackError::HashMismatch("the lesson pack".into()))?;
            if &sha256_hex(&bytes) != hash {
                return Err(PackError::HashMismatch("the lesson pack".into()));
            }
            Some(bytes)
        }
        (None, None) => None,
        _ => return Err(PackError::HashMismatch("the lesson pack".into())),
    };
    let guides: Vec<GuideRecord> =
        optional_part(&file.guides, &manifest.guides_sha256, "the guides")?;
    let glossary: Vec<GlossaryConcept> =
        optional_part(&file.glossary, &manifest.glossary_sha256, "the glossary")?;
    let services: Vec<ServiceRecord> =
        serde_json::from_str(&file.services).map_err(|e| PackError::Malformed(e.to_string()))?;
    Ok(VerifiedDump {
        manifest,
        services,
        pack,
        guides,
        glossary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guides_and_the_glossary_travel_signed_and_a_dump_without_them_is_signed_as_before() {
        let key = SigningKey::from_bytes(&[4; 32]);
        let guide: GuideRecord = serde_json::from_str(
            r#"{"id":"cf","version":1,"source_language":"it","texts":[{"language":"it","title":"CF","body":"Testo.","provenance":"original","source_version":1}]}"#,
        )
        .unwrap();
        let concept: GlossaryConcept =
            serde_json::from_str(r#"{"id":"tax-code","terms":{"it":["codice fiscale"]}}"#).unwrap();
        let content = Content {
            guides: std::slice::from_ref(&guide),
            glossary: std::slice::from_ref(&concept),
            ..Content::default()
        };
        let with = build_with("bologna", 1, content, None, &key, false);
        let dump = verify(&with, &[key.verifying_key()]).unwrap();
        assert_eq!(dump.guides, [guide]);
        assert_eq!(dump.glossary, [concept]);
        // Without guides, no trace of them: the bytes an older phone reads.
        let without = build("bologna", 1, &[], None, &key, false);
        assert!(!String::from_utf8(without.clone())
            .unwrap()
            .contains("guides"));
        assert!(!String::from_utf8(without.clone())
            .unwrap()
            .contains("glossary"));
        let opened = verify(&without, &[key.verifying_key()]).unwrap();
        assert!(opened.guides.is_empty() && opened.glossary.is_empty());
        // Guides changed after signing: refused.
        let tampered = String::from_utf8(with.clone())
            .unwrap()
            .replace("Testo.", "Falso.");
        assert!(matches!(
            verify(tampered.as_bytes(), &[key.verifying_key()]),
            Err(PackError::HashMismatch(ref what)) if what == "the guides"
        ));
        // A term added to the glossary after signing: refused.
        let tampered = String::from_utf8(with.clone())
            .unwrap()
            .replace("codice fiscale", "codice falso");
        assert!(matches!(
            verify(tampered.as_bytes(), &[key.verifying_key()]),
            Err(PackError::HashMismatch(ref what)) if what == "the glossary"
        ));
    }

    #[test]
    fn a_dump_a_newer_coordinator_signed_with_fields_unknown_here_opens_and_stays_covered() {
        let key = SigningKey::from_bytes(&[4; 32]);
        let manifest = serde_json::json!({
            "format": FORMAT, "region": "bologna", "cursor": 9,
            "services_sha256": sha256_hex(b"[]"), "pack_sha256": null,
            "key_id": key_id(&key.verifying_key()), "demo": false,
            "delta_from": 7
        })
        .to_string();
        let signature = BASE64.encode(key.sign(manifest.as_bytes()).to_bytes());
        let file = |manifest: &str| {
            format!(
                r#"{{"manifest":{manifest},"signature":"{signature}","services":"[]","maps":"later"}}"#
            )
        };
        let dump = verify(file(&manifest).as_bytes(), &[key.verifying_key()]).unwrap();
        assert_eq!((dump.manifest.cursor, dump.services.len()), (9, 0));
        // The field this build does not know is still signed: changing it is refused.
        let changed = manifest.replace("\"delta_from\":7", "\"delta_from\":8");
        assert_ne!(changed, manifest);
        assert!(matches!(
            verify(file(&changed).as_bytes(), &[key.verifying_key()]),
            Err(PackError::BadSignature)
        ));
        // A format this build does not know is named.
        let other = manifest.replace(FORMAT, "ponte-dump/2");
        assert!(matches!(
            verify(file(&other).as_bytes(), &[key.verifying_key()]),
            Err(PackError::Malformed(ref m)) if m.contains("ponte-dump/2")
        ));
    }

    #[test]
    fn a_signed_dump_opens_and_a_changed_one_does_not() {
        let key = SigningKey::from_bytes(&[4; 32]);
        let other = SigningKey::from_bytes(&[5; 32]);
        let bytes = build("bologna", 42, &[], Some(b"pack"), &key, true);
        let dump = verify(&bytes, &[key.verifying_key()]).unwrap();
        assert_eq!(
            (dump.manifest.cursor, dump.pack.as_deref()),
            (42, Some(&b"pack"[..]))
        );
        assert!(matches!(
            verify(&bytes, &[other.verifying_key()]),
            Err(PackError::UntrustedKey(_))
        ));
        let text = String::from_utf8(bytes).unwrap();
        let changed = text.replace("\"cursor\":42", "\"cursor\":43");
        assert!(matches!(
            verify(changed.as_bytes(), &[key.verifying_key()]),
            Err(PackError::BadSignature)
        ));
        let changed = text.replace("\"services\":\"[]\"", "\"services\":\"[ ]\"");
        assert!(matches!(
            verify(changed.as_bytes(), &[key.verifying_key()]),
            Err(PackError::HashMismatch(_))
        ));
    }
}
