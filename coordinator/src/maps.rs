//! Offline city maps: one PMTiles v3 file per region, published by an operator, described by a
//! manifest signed with the coordinator's key (the one that signs the lesson packs), and
//! served to paired phones with HTTP range requests so an interrupted download resumes.
//!
//! The file is kept in the database in chunks of [`CHUNK`] bytes (`map_chunk`), so every
//! coordinator sharing a PostgreSQL database serves it, and a range is read from the chunks
//! it covers, never the whole file. Only the newest version of a region is kept.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use ponte_wire::mappack::{self, MapManifest, PmtilesError, SignedMapManifest};
use ponte_wire::pack;
use sqlx::{AnyPool, Row};

use crate::api::{internal, refuse};
use crate::keys;
use crate::state::AppState;

/// The size of the pieces the file is stored in.
pub const CHUNK: usize = 1 << 20;

/// The largest map file an operator may upload.
pub const MAX_BYTES: usize = 256 << 20;

/// A published map: its signed manifest and what the download needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub version: i64,
    pub sha256: String,
    pub size: u64,
    pub signed: SignedMapManifest,
    pub published_at: i64,
}

impl Published {
    /// The manifest, read back (the coordinator wrote it; it is not verified here).
    pub fn manifest(&self) -> Option<MapManifest> {
        serde_json::from_str(&self.signed.manifest).ok()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{0}")]
    Pmtiles(#[from] PmtilesError),
    #[error("the file is larger than {MAX_BYTES} bytes")]
    TooLarge,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Checks `bytes` as a PMTiles v3 file, signs its manifest (bounds and zoom range read from
/// its header) and publishes it as the region's next version, in one transaction with the
/// audit entry; older versions of the region are removed.
pub async fn publish(
    pool: &AnyPool,
    by: Option<&str>,
    region: &str,
    bytes: &[u8],
) -> Result<MapManifest, PublishError> {
    if bytes.len() > MAX_BYTES {
        return Err(PublishError::TooLarge);
    }
    let header = mappack::read_header(bytes, bytes.len() as u64)?;
    let key = keys::signing_key(pool).await?;
    let mut tx = crate::db::begin_write(pool).await?;
    let highest: Option<i64> =
        sqlx::query_scalar("SELECT max(version) FROM map_pack WHERE region = $1")
            .bind(region)
            .fetch_one(&mut *tx)
            .await?;
    let version = highest.unwrap_or(0) + 1;
    let sha256 = pack::sha256_hex(bytes);
    let signed = mappack::sign_manifest(
        &MapManifest {
            format: mappack::FORMAT.into(),
            region: region.into(),
            version: u32::try_from(version).unwrap_or(u32::MAX),
            sha256: sha256.clone(),
            size: bytes.len() as u64,
            bounds: header.bounds,
            min_zoom: header.min_zoom,
            max_zoom: header.max_zoom,
            key_id: String::new(),
            demo: keys::is_demo_key(&key),
        },
        &key,
    );
    sqlx::query("DELETE FROM map_chunk WHERE region = $1")
        .bind(region)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM map_pack WHERE region = $1")
        .bind(region)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO map_pack (region, version, sha256, size, manifest, signature, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(region)
    .bind(version)
    .bind(&sha256)
    .bind(bytes.len() as i64)
    .bind(&signed.manifest)
    .bind(&signed.signature)
    .bind(crate::db::now_ms())
    .execute(&mut *tx)
    .await?;
    for (seq, chunk) in bytes.chunks(CHUNK).enumerate() {
        sqlx::query("INSERT INTO map_chunk (region, version, seq, bytes) VALUES ($1, $2, $3, $4)")
            .bind(region)
            .bind(version)
            .bind(seq as i64)
            .bind(chunk.to_vec())
            .execute(&mut *tx)
            .await?;
    }
    crate::audit::audit(
        &mut tx,
        by,
        "maps.publish",
        region,
        &format!(
            "version {version}, {} bytes, sha256 {sha256}, zoom {}-{}",
            bytes.len(),
            header.min_zoom,
            header.max_zoom
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(mappack::verify_manifest(&signed, &[key.verifying_key()])
        .expect("a manifest just signed verifies"))
}

/// The region's published map, if any.
pub async fn published(pool: &AnyPool, region: &str) -> Result<Option<Published>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT version, sha256, size, manifest, signature, published_at FROM map_pack
         WHERE region = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(region)
    .fetch_optional(pool)
    .await?;
    row.map(|r| {
        Ok(Published {
            version: r.try_get("version")?,
            sha256: r.try_get("sha256")?,
            size: r.try_get::<i64, _>("size")? as u64,
            signed: SignedMapManifest {
                manifest: r.try_get("manifest")?,
                signature: r.try_get("signature")?,
            },
            published_at: r.try_get("published_at")?,
        })
    })
    .transpose()
}

/// Bytes `start..end` of a version's file, from the chunks that hold them.
pub async fn read(
    pool: &AnyPool,
    region: &str,
    version: i64,
    start: u64,
    end: u64,
) -> Result<Vec<u8>, sqlx::Error> {
    if start >= end {
        return Ok(Vec::new());
    }
    let (first, last) = (start / CHUNK as u64, (end - 1) / CHUNK as u64);
    let rows = sqlx::query(
        "SELECT seq, bytes FROM map_chunk WHERE region = $1 AND version = $2 AND seq >= $3 AND seq <= $4 ORDER BY seq",
    )
    .bind(region)
    .bind(version)
    .bind(first as i64)
    .bind(last as i64)
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity((end - start) as usize);
    for row in rows {
        let seq: i64 = row.try_get("seq")?;
        let bytes: Vec<u8> = row.try_get("bytes")?;
        let chunk_start = seq as u64 * CHUNK as u64;
        let from = start.saturating_sub(chunk_start) as usize;
        let to = ((end - chunk_start) as usize).min(bytes.len());
        if from < to {
            out.extend_from_slice(&bytes[from..to]);
        }
    }
    if out.len() as u64 != end - start {
        // The version was replaced while it was read.
        return Err(sqlx::Error::RowNotFound);
    }
    Ok(out)
}

/// The phone routes (merged outside the API's compression: ranges are of the file's own
/// bytes).
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/maps/{region}/manifest", get(manifest))
        .route("/api/v1/maps/{region}/pack", get(pack_file))
}

/// The region's published map, or the answer to give instead (bad region, no map).
async fn published_or_refuse(state: &AppState, region: &str) -> Result<Published, Response> {
    crate::api::check_region(region)?;
    match published(&state.pool, region).await {
        Ok(Some(map)) => Ok(map),
        Ok(None) => Err(refuse(
            StatusCode::NOT_FOUND,
            "no-map",
            "no map has been published for this region",
        )),
        Err(e) => Err(internal(e)),
    }
}

async fn manifest(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(region): Path<String>,
) -> Response {
    if let Err(response) = crate::api::device(&state, &headers).await {
        return response;
    }
    match published_or_refuse(&state, &region).await {
        Ok(map) => Json(map.signed).into_response(),
        Err(response) => response,
    }
}

/// What a `Range` header asks for, against a file of `size` bytes.
#[derive(Debug, PartialEq, Eq)]
enum Wanted {
    All,
    /// `start..end`, end exclusive.
    Part(u64, u64),
    Unsatisfiable,
}

/// One byte range (`bytes=a-b`, `bytes=a-`, `bytes=-n`); anything else (several ranges,
/// another unit, a range outside the file) cannot be satisfied.
fn wanted(range: Option<&str>, size: u64) -> Wanted {
    let Some(range) = range else {
        return Wanted::All;
    };
    let Some(spec) = range.trim().strip_prefix("bytes=") else {
        return Wanted::Unsatisfiable;
    };
    let Some((first, last)) = spec.trim().split_once('-') else {
        return Wanted::Unsatisfiable;
    };
    let number = |s: &str| -> Option<u64> {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (start, end) = match (first.trim().is_empty(), last.trim().is_empty()) {
        // The last n bytes.
        (true, false) => match number(last) {
            Some(0) | None => return Wanted::Unsatisfiable,
            Some(n) => (size.saturating_sub(n), size),
        },
        (false, true) => match number(first) {
            Some(start) => (start, size),
            None => return Wanted::Unsatisfiable,
        },
        (false, false) => match (number(first), number(last)) {
            (Some(start), Some(last)) if start <= last => (start, (last + 1).min(size)),
            _ => return Wanted::Unsatisfiable,
        },
        (true, true) => return Wanted::Unsatisfiable,
    };
    if start >= size {
        return Wanted::Unsatisfiable;
    }
    Wanted::Part(start, end)
}

/// The file, whole or one byte range of it (206), chunk by chunk from the database.
/// `If-Range` with another ETag (the phone holds part of an older version) gets the whole
/// new file; `If-None-Match` with the current ETag gets 304.
async fn pack_file(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(region): Path<String>,
) -> Response {
    if let Err(response) = crate::api::device(&state, &headers).await {
        return response;
    }
    let map = match published_or_refuse(&state, &region).await {
        Ok(map) => map,
        Err(response) => return response,
    };
    serve_pack(&state, &headers, region, &map)
}

/// The published file `map` of `region`, whole or the byte range `headers` ask for: the phones'
/// download and the dashboard's map (which reads tiles by range) answer the same.
pub fn serve_pack(
    state: &AppState,
    headers: &HeaderMap,
    region: String,
    map: &Published,
) -> Response {
    let etag = format!("\"{}\"", map.sha256);
    let header_text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if header_text(header::IF_NONE_MATCH) == Some(etag.as_str()) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let range = match header_text(header::IF_RANGE) {
        Some(validator) if validator != etag => None,
        _ => header_text(header::RANGE),
    };
    let (status, start, end) = match wanted(range, map.size) {
        Wanted::All => (StatusCode::OK, 0, map.size),
        Wanted::Part(start, end) => (StatusCode::PARTIAL_CONTENT, start, end),
        Wanted::Unsatisfiable => {
            let mut response = refuse(
                StatusCode::RANGE_NOT_SATISFIABLE,
                "bad-range",
                "one range of bytes inside the file, as bytes=start-end, bytes=start- or bytes=-length",
            );
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_RANGE,
                format!("bytes */{}", map.size)
                    .parse()
                    .expect("valid header"),
            );
            headers.insert(
                header::ACCEPT_RANGES,
                "bytes".parse().expect("valid header"),
            );
            headers.insert(header::ETAG, etag.parse().expect("valid header"));
            return response;
        }
    };
    let pool = state.pool.clone();
    let version = map.version;
    // One chunk at a time: a large map never sits whole in the server's memory.
    let body = futures_util::stream::try_unfold(start, move |at| {
        let (pool, region) = (pool.clone(), region.clone());
        async move {
            if at >= end {
                return Ok::<_, sqlx::Error>(None);
            }
            let until = ((at / CHUNK as u64 + 1) * CHUNK as u64).min(end);
            let bytes = read(&pool, &region, version, at, until).await?;
            Ok(Some((bytes, until)))
        }
    });
    let mut response = Response::new(Body::from_stream(body));
    *response.status_mut() = status;
    let out = response.headers_mut();
    out.insert(
        header::CONTENT_TYPE,
        mappack::CONTENT_TYPE.parse().expect("valid header"),
    );
    out.insert(header::CONTENT_LENGTH, (end - start).into());
    out.insert(
        header::ACCEPT_RANGES,
        "bytes".parse().expect("valid header"),
    );
    out.insert(header::ETAG, etag.parse().expect("valid header"));
    out.insert(
        "x-map-version",
        map.version.to_string().parse().expect("valid header"),
    );
    if status == StatusCode::PARTIAL_CONTENT {
        out.insert(
            header::CONTENT_RANGE,
            format!("bytes {start}-{}/{}", end - 1, map.size)
                .parse()
                .expect("valid header"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdb::databases;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use ponte_wire::mappack::MapBounds;
    use tower::ServiceExt;

    pub const BOLOGNA: MapBounds = MapBounds {
        south: 44.42,
        west: 11.23,
        north: 44.56,
        east: 11.43,
    };

    #[test]
    fn ranges_are_read_as_the_http_rules_say() {
        assert_eq!(wanted(None, 100), Wanted::All);
        assert_eq!(wanted(Some("bytes=0-9"), 100), Wanted::Part(0, 10));
        assert_eq!(wanted(Some("bytes=90-"), 100), Wanted::Part(90, 100));
        assert_eq!(wanted(Some("bytes=-10"), 100), Wanted::Part(90, 100));
        assert_eq!(wanted(Some("bytes=-1000"), 100), Wanted::Part(0, 100));
        assert_eq!(wanted(Some("bytes=50-1000"), 100), Wanted::Part(50, 100));
        for bad in [
            "bytes=100-",
            "bytes=10-5",
            "bytes=-0",
            "bytes=-",
            "bytes=0-1,5-6",
            "items=0-1",
            "bytes=a-b",
        ] {
            assert_eq!(wanted(Some(bad), 100), Wanted::Unsatisfiable, "{bad}");
        }
    }

    async fn paired_token(pool: &AnyPool) -> String {
        crate::testdb::people(pool).await;
        let tutor = crate::auth::accounts(pool, "org-a")
            .await
            .unwrap()
            .into_iter()
            .find(|a| a.username == "tutor")
            .unwrap();
        let amina = crate::people::add_beneficiary(pool, &tutor, "Amina", "ar", None)
            .await
            .unwrap();
        let code = crate::people::create_pairing_code(pool, &tutor, &amina.id)
            .await
            .unwrap();
        match crate::sharing::pair(pool, &code.code, "phone")
            .await
            .unwrap()
        {
            Ok(paired) => paired.device_token,
            Err(_) => panic!("paired"),
        }
    }

    async fn get(
        app: &Router,
        uri: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = app
            .clone()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let (parts, body) = response.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes().to_vec();
        (parts.status, parts.headers, bytes)
    }

    #[tokio::test]
    async fn a_published_map_is_signed_and_served_whole_or_by_range() {
        for db in databases().await {
            let pool = &db.pool;
            let token = paired_token(pool).await;
            let app = crate::app::router(Arc::new(AppState::new(pool.clone(), false)));
            let bearer = format!("Bearer {token}");
            let auth = [("authorization", bearer.as_str())];
            let (status, _, _) = get(&app, "/api/v1/maps/bologna/manifest", &auth).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "nothing published yet");

            // Larger than one chunk, so ranges cross chunk boundaries.
            let file = mappack::synthetic_pmtiles(BOLOGNA, 10, 15, CHUNK + CHUNK / 2);
            let first = publish(pool, None, "bologna", &file).await.unwrap();
            assert_eq!(first.version, 1);
            let manifest = publish(pool, None, "bologna", &file).await.unwrap();
            assert_eq!(
                (manifest.version, manifest.min_zoom, manifest.max_zoom),
                (2, 10, 15),
                "{}",
                db.url
            );
            assert!((manifest.bounds.north - 44.56).abs() < 1e-7);

            // Without a device token: refused.
            for path in ["manifest", "pack"] {
                let (status, _, _) = get(&app, &format!("/api/v1/maps/bologna/{path}"), &[]).await;
                assert_eq!(status, StatusCode::UNAUTHORIZED);
            }
            let (status, _, body) = get(&app, "/api/v1/maps/bologna/manifest", &auth).await;
            assert_eq!(status, StatusCode::OK);
            // As the API document says.
            let doc: serde_json::Value = serde_json::from_str(crate::openapi::DOCUMENT).unwrap();
            let check = |name: &str, value: &serde_json::Value| {
                use crate::openapi::check;
                let problems = check::validate(&doc, check::schema(&doc, name), value, "");
                assert!(problems.is_empty(), "{name}: {problems:?}");
            };
            check("SignedMapManifest", &serde_json::from_slice(&body).unwrap());
            let signed: SignedMapManifest = serde_json::from_slice(&body).unwrap();
            check(
                "MapManifest",
                &serde_json::from_str(&signed.manifest).unwrap(),
            );
            let key = keys::signing_key(pool).await.unwrap().verifying_key();
            let verified = mappack::verify_manifest(&signed, &[key]).unwrap();
            assert_eq!(verified, manifest);
            assert_eq!(verified.sha256, pack::sha256_hex(&file));
            assert_eq!(
                get(&app, "/api/v1/maps/Bologna/manifest", &auth).await.0,
                StatusCode::BAD_REQUEST
            );
            assert_eq!(
                get(&app, "/api/v1/maps/roma/manifest", &auth).await.0,
                StatusCode::NOT_FOUND
            );

            // The whole file, never compressed.
            let etag = format!("\"{}\"", manifest.sha256);
            let (status, headers, body) = get(
                &app,
                "/api/v1/maps/bologna/pack",
                &[auth[0], ("accept-encoding", "gzip")],
            )
            .await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(body, file);
            assert_eq!(headers["etag"], etag.as_str());
            assert_eq!(headers["accept-ranges"], "bytes");
            assert!(headers.get("content-encoding").is_none());
            // A range across a chunk boundary: exactly those bytes.
            let (from, to) = (CHUNK as u64 - 10, CHUNK as u64 + 20);
            let range = format!("bytes={from}-{to}");
            let (status, headers, body) = get(
                &app,
                "/api/v1/maps/bologna/pack",
                &[auth[0], ("range", &range)],
            )
            .await;
            assert_eq!(status, StatusCode::PARTIAL_CONTENT);
            assert_eq!(body, &file[from as usize..=to as usize]);
            assert_eq!(
                headers["content-range"],
                format!("bytes {from}-{to}/{}", file.len()).as_str()
            );
            // Resuming from the middle to the end.
            let (status, _, body) = get(
                &app,
                "/api/v1/maps/bologna/pack",
                &[auth[0], ("range", "bytes=1000-"), ("if-range", &etag)],
            )
            .await;
            assert_eq!(status, StatusCode::PARTIAL_CONTENT);
            assert_eq!(body, &file[1000..]);
            // Part of another version: the whole current file.
            let (status, _, body) = get(
                &app,
                "/api/v1/maps/bologna/pack",
                &[auth[0], ("range", "bytes=1000-"), ("if-range", "\"old\"")],
            )
            .await;
            assert_eq!((status, body.len()), (StatusCode::OK, file.len()));
            // Outside the file, or not one range: 416 with the size.
            let past = format!("bytes={}-", file.len());
            for bad in [past.as_str(), "bytes=5-2", "bytes=0-1,4-5"] {
                let (status, headers, _) = get(
                    &app,
                    "/api/v1/maps/bologna/pack",
                    &[auth[0], ("range", bad)],
                )
                .await;
                assert_eq!(status, StatusCode::RANGE_NOT_SATISFIABLE, "{bad}");
                assert_eq!(
                    headers["content-range"],
                    format!("bytes */{}", file.len()).as_str()
                );
            }
            let (status, _, _) = get(
                &app,
                "/api/v1/maps/bologna/pack",
                &[auth[0], ("if-none-match", &etag)],
            )
            .await;
            assert_eq!(status, StatusCode::NOT_MODIFIED);

            // Only the newest version is kept.
            let versions: i64 = sqlx::query_scalar("SELECT count(DISTINCT version) FROM map_chunk")
                .fetch_one(pool)
                .await
                .unwrap();
            assert_eq!(versions, 1);
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert_eq!(log.iter().filter(|e| e.action == "maps.publish").count(), 2);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_file_that_is_not_a_pmtiles_v3_map_is_refused_and_nothing_changes() {
        for db in databases().await {
            let pool = &db.pool;
            let mut v2 = mappack::synthetic_pmtiles(BOLOGNA, 10, 15, 100);
            v2[7] = 2;
            for (bytes, expected) in [
                (b"PK\x03\x04 zip".to_vec(), PmtilesError::NotPmtiles),
                (v2, PmtilesError::Version(2)),
            ] {
                match publish(pool, None, "bologna", &bytes).await {
                    Err(PublishError::Pmtiles(e)) => assert_eq!(e, expected),
                    other => panic!("{other:?}"),
                }
            }
            assert!(published(pool, "bologna").await.unwrap().is_none());
            db.drop_database().await;
        }
    }
}
