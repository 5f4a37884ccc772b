//! Offline city maps: one PMTiles v3 file per region, uploaded by an operator to the
//! coordinator, described by a manifest (region, version, the file's SHA-256 and size, its
//! bounds and zoom range) signed with the same Ed25519 key as the lesson packs and checked by
//! the same function ([`pack::check_signature`]).
//!
//! The manifest travels as the exact JSON text that was signed, next to its signature, so a
//! phone can verify it byte for byte and then read it leniently: fields a newer coordinator
//! adds are ignored, not refused.

use serde::{Deserialize, Serialize};

use crate::pack::{self, PackError, SigningKey, VerifyingKey};

pub const FORMAT: &str = "ponte-map/1";

/// The PMTiles MIME type (PMTiles v3 specification, section 1).
pub const CONTENT_TYPE: &str = "application/vnd.pmtiles";

/// A rectangle in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MapBounds {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

/// What the signature covers. Read without `deny_unknown_fields`: the signature, not the
/// shape, says the manifest is genuine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapManifest {
    pub format: String,
    pub region: String,
    /// Counts up per region with every publication.
    pub version: u32,
    /// The PMTiles file's SHA-256, lowercase hex (also the download's ETag).
    pub sha256: String,
    pub size: u64,
    pub bounds: MapBounds,
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// Which key signed it (see [`pack::key_id`]).
    pub key_id: String,
    /// Signed with the public demo key: proves nothing.
    pub demo: bool,
}

/// The manifest as served: the signed JSON text and its signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedMapManifest {
    /// The manifest's JSON, exactly the bytes the signature covers.
    pub manifest: String,
    /// Ed25519 signature of `manifest`'s bytes, base64.
    pub signature: String,
}

/// Signs a manifest with the coordinator's key (its `key_id` is set from the key).
pub fn sign_manifest(manifest: &MapManifest, key: &SigningKey) -> SignedMapManifest {
    let manifest = MapManifest {
        key_id: pack::key_id(&key.verifying_key()),
        ..manifest.clone()
    };
    let text = serde_json::to_string(&manifest).expect("a manifest serializes");
    SignedMapManifest {
        signature: pack::sign(text.as_bytes(), key),
        manifest: text,
    }
}

/// The manifest, once a trusted key's signature over its exact text is checked.
pub fn verify_manifest(
    signed: &SignedMapManifest,
    trusted: &[VerifyingKey],
) -> Result<MapManifest, PackError> {
    let manifest: MapManifest = serde_json::from_str(&signed.manifest)
        .map_err(|e| PackError::Malformed(format!("map manifest: {e}")))?;
    pack::check_signature(
        signed.manifest.as_bytes(),
        &signed.signature,
        &manifest.key_id,
        trusted,
    )?;
    if manifest.format != FORMAT {
        return Err(PackError::Malformed(format!(
            "map manifest format {:?}",
            manifest.format
        )));
    }
    Ok(manifest)
}

/// Checks a downloaded file's size and SHA-256 (lowercase hex) against its manifest.
pub fn check_file(manifest: &MapManifest, size: u64, sha256: &str) -> Result<(), PackError> {
    if size != manifest.size || sha256 != manifest.sha256 {
        return Err(PackError::HashMismatch("the map file".into()));
    }
    Ok(())
}

/// The length of a PMTiles v3 header.
pub const HEADER_LEN: usize = 127;

/// What the coordinator reads from a PMTiles v3 header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PmtilesHeader {
    pub bounds: MapBounds,
    pub min_zoom: u8,
    pub max_zoom: u8,
    pub center_zoom: u8,
    pub tile_type: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PmtilesError {
    #[error("not a PMTiles file (it does not start with \"PMTiles\")")]
    NotPmtiles,
    #[error("PMTiles version {0}: only version 3 is supported")]
    Version(u8),
    #[error("the file is cut short: its header points past its end")]
    Truncated,
    #[error("the zoom range {0}–{1} is not possible")]
    Zoom(u8, u8),
    #[error("the bounds are not a rectangle on the Earth")]
    Bounds,
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

fn degrees_at(bytes: &[u8], at: usize) -> f64 {
    f64::from(i32::from_le_bytes(
        bytes[at..at + 4].try_into().expect("4 bytes"),
    )) / 10_000_000.0
}

/// Reads and checks a PMTiles v3 header (the file's first 127 bytes, little-endian):
/// "PMTiles" and version 3, root directory, metadata, leaf directories and tile data inside
/// `file_len` bytes, a possible zoom range and bounds (positions stored as degrees × 10⁷).
pub fn read_header(bytes: &[u8], file_len: u64) -> Result<PmtilesHeader, PmtilesError> {
    if bytes.len() < 7 || &bytes[..7] != b"PMTiles" {
        return Err(PmtilesError::NotPmtiles);
    }
    if bytes.len() < HEADER_LEN {
        return Err(PmtilesError::Truncated);
    }
    if bytes[7] != 3 {
        return Err(PmtilesError::Version(bytes[7]));
    }
    // Root directory, metadata, leaf directories, tile data: (offset, length) pairs.
    for at in [8, 24, 40, 56] {
        let (offset, length) = (u64_at(bytes, at), u64_at(bytes, at + 8));
        match offset.checked_add(length) {
            Some(end) if end <= file_len => {}
            _ => return Err(PmtilesError::Truncated),
        }
    }
    let (min_zoom, max_zoom) = (bytes[100], bytes[101]);
    if min_zoom > max_zoom || max_zoom > 30 {
        return Err(PmtilesError::Zoom(min_zoom, max_zoom));
    }
    let bounds = MapBounds {
        west: degrees_at(bytes, 102),
        south: degrees_at(bytes, 106),
        east: degrees_at(bytes, 110),
        north: degrees_at(bytes, 114),
    };
    let on_earth =
        |lat: f64, lon: f64| (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
    if !on_earth(bounds.south, bounds.west)
        || !on_earth(bounds.north, bounds.east)
        || bounds.south >= bounds.north
        || bounds.west >= bounds.east
    {
        return Err(PmtilesError::Bounds);
    }
    Ok(PmtilesHeader {
        bounds,
        min_zoom,
        max_zoom,
        center_zoom: bytes[118],
        tile_type: bytes[99],
    })
}

/// A small valid PMTiles v3 archive for tests: the header, an empty root directory, `{}` as
/// metadata and `tile_bytes` bytes of (meaningless) tile data.
#[cfg(any(test, feature = "synthetic"))]
pub fn synthetic_pmtiles(
    bounds: MapBounds,
    min_zoom: u8,
    max_zoom: u8,
    tile_bytes: usize,
) -> Vec<u8> {
    let mut header = vec![0u8; HEADER_LEN];
    header[..7].copy_from_slice(b"PMTiles");
    header[7] = 3;
    let metadata = b"{}";
    let (root_offset, root_len) = (HEADER_LEN as u64, 0u64);
    let metadata_offset = root_offset + root_len;
    let data_offset = metadata_offset + metadata.len() as u64;
    let fields: [(usize, u64); 11] = [
        (8, root_offset),
        (16, root_len),
        (24, metadata_offset),
        (32, metadata.len() as u64),
        (40, data_offset),
        (48, 0),
        (56, data_offset),
        (64, tile_bytes as u64),
        (72, 0),
        (80, 0),
        (88, 0),
    ];
    for (at, value) in fields {
        header[at..at + 8].copy_from_slice(&value.to_le_bytes());
    }
    header[96] = 1; // clustered
    header[97] = 1; // internal compression: none
    header[98] = 1; // tile compression: none
    header[99] = 1; // tile type: MVT
    header[100] = min_zoom;
    header[101] = max_zoom;
    let e7 = |degrees: f64| ((degrees * 10_000_000.0).round() as i32).to_le_bytes();
    header[102..106].copy_from_slice(&e7(bounds.west));
    header[106..110].copy_from_slice(&e7(bounds.south));
    header[110..114].copy_from_slice(&e7(bounds.east));
    header[114..118].copy_from_slice(&e7(bounds.north));
    header[118] = min_zoom;
    header[119..123].copy_from_slice(&e7((bounds.west + bounds.east) / 2.0));
    header[123..127].copy_from_slice(&e7((bounds.south + bounds.north) / 2.0));
    let mut file = header;
    file.extend_from_slice(metadata);
    // Deterministic, not all zeros, so a changed byte is a changed hash.
    file.extend((0..tile_bytes).map(|i| (i.wrapping_mul(31) % 251) as u8));
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOLOGNA: MapBounds = MapBounds {
        south: 44.42,
        west: 11.23,
        north: 44.56,
        east: 11.43,
    };

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn manifest(file: &[u8]) -> MapManifest {
        MapManifest {
            format: FORMAT.into(),
            region: "bologna".into(),
            version: 2,
            sha256: pack::sha256_hex(file),
            size: file.len() as u64,
            bounds: BOLOGNA,
            min_zoom: 10,
            max_zoom: 15,
            key_id: String::new(),
            demo: false,
        }
    }

    #[test]
    fn the_header_gives_bounds_and_zooms_and_bad_files_say_why() {
        let file = synthetic_pmtiles(BOLOGNA, 10, 15, 1000);
        let header = read_header(&file, file.len() as u64).unwrap();
        assert_eq!((header.min_zoom, header.max_zoom), (10, 15));
        assert!((header.bounds.south - 44.42).abs() < 1e-7);
        assert!((header.bounds.east - 11.43).abs() < 1e-7);

        assert_eq!(
            read_header(b"PK\x03\x04 a zip file", 20),
            Err(PmtilesError::NotPmtiles)
        );
        let mut v2 = file.clone();
        v2[7] = 2;
        assert_eq!(
            read_header(&v2, v2.len() as u64),
            Err(PmtilesError::Version(2))
        );
        assert_eq!(
            read_header(&file, file.len() as u64 - 1),
            Err(PmtilesError::Truncated)
        );
        assert_eq!(read_header(&file[..60], 60), Err(PmtilesError::Truncated));
        let mut zoom = file.clone();
        zoom[100] = 16;
        assert_eq!(
            read_header(&zoom, zoom.len() as u64),
            Err(PmtilesError::Zoom(16, 15))
        );
        let flipped = synthetic_pmtiles(
            MapBounds {
                south: 44.56,
                north: 44.42,
                ..BOLOGNA
            },
            10,
            15,
            10,
        );
        assert_eq!(
            read_header(&flipped, flipped.len() as u64),
            Err(PmtilesError::Bounds)
        );
    }

    #[test]
    fn a_signed_manifest_verifies_with_the_pack_key_and_tolerates_new_fields() {
        let file = synthetic_pmtiles(BOLOGNA, 10, 15, 100);
        let signed = sign_manifest(&manifest(&file), &key(1));
        let read = verify_manifest(&signed, &[key(1).verifying_key()]).unwrap();
        assert_eq!(read.key_id, pack::key_id(&key(1).verifying_key()));
        assert_eq!(
            check_file(&read, file.len() as u64, &pack::sha256_hex(&file)),
            Ok(())
        );
        assert!(check_file(&read, file.len() as u64, &pack::sha256_hex(b"other")).is_err());

        assert!(matches!(
            verify_manifest(&signed, &[key(2).verifying_key()]),
            Err(PackError::UntrustedKey(_))
        ));
        let changed = SignedMapManifest {
            manifest: signed.manifest.replace("\"version\":2", "\"version\":3"),
            ..signed.clone()
        };
        assert_eq!(
            verify_manifest(&changed, &[key(1).verifying_key()]),
            Err(PackError::BadSignature)
        );

        // A newer coordinator's extra field, signed: read, not refused.
        let mut value: serde_json::Value = serde_json::from_str(&signed.manifest).unwrap();
        value["attribution"] = "© OpenStreetMap contributors".into();
        let text = value.to_string();
        let newer = SignedMapManifest {
            signature: pack::sign(text.as_bytes(), &key(1)),
            manifest: text,
        };
        assert_eq!(
            verify_manifest(&newer, &[key(1).verifying_key()]).unwrap(),
            read
        );
    }
}
