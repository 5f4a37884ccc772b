//! The offline city map of the organisation's territory: what is published, and the upload
//! of a PMTiles v3 file, checked from its header (bounds and zoom range read from it), signed
//! and published as the region's next version (see `crate::maps`).

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use ponte_wire::mappack::PmtilesError;
use sqlx::AnyPool;

use super::forms::CsrfUpload;
use super::services::internal;
use super::session::Signed;
use super::{args, csrf_field, forbidden, locale, page, t, when};
use crate::maps::{self, PublishError, Published};
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/maps", get(show).post(upload))
        // The file and the form's other fields.
        .layer(DefaultBodyLimit::max(maps::MAX_BYTES + (1 << 20)))
}

/// The territory of the account's organisation.
pub(super) async fn region_of(pool: &AnyPool, signed: &Signed) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT region FROM organisation WHERE id = $1")
        .bind(&signed.account.organisation_id)
        .fetch_one(pool)
        .await
}

fn maps_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    status: StatusCode,
    message: Markup,
    region: &str,
    published: Option<&Published>,
) -> Response {
    let body = html! {
        (message)
        @match published.and_then(|p| Some((p, p.manifest()?))) {
            Some((map, manifest)) => {
                p #map {
                    (t(l, "maps-current", Some(&args(&[
                        ("region", region.to_owned().into()),
                        ("version", map.version.into()),
                        ("bytes", map.size.into()),
                        ("min", manifest.min_zoom.into()),
                        ("max", manifest.max_zoom.into()),
                        ("when", when(l, map.published_at).into()),
                    ]))))
                }
                p.muted {
                    (t(l, "maps-bounds", Some(&args(&[
                        ("south", format!("{:.5}", manifest.bounds.south).into()),
                        ("west", format!("{:.5}", manifest.bounds.west).into()),
                        ("north", format!("{:.5}", manifest.bounds.north).into()),
                        ("east", format!("{:.5}", manifest.bounds.east).into()),
                    ]))))
                    br;
                    "SHA-256 " (map.sha256)
                }
            }
            None => p #no-map {
                (t(l, "maps-none", Some(&args(&[("region", region.to_owned().into())]))))
            },
        }
        h2 { (t(l, "maps-upload", None)) }
        p { (t(l, "maps-upload-explain", None)) }
        form method="post" action="/maps" enctype="multipart/form-data" {
            (csrf_field(signed))
            label {
                (t(l, "maps-file", None))
                input type="file" name="map" accept=".pmtiles,application/vnd.pmtiles" required;
            }
            button type="submit" #publish-map { (t(l, "maps-submit", None)) }
        }
    };
    let title = t(l, "maps-title", None);
    (status, page(state, l, Some(signed), &title, body)).into_response()
}

async fn show(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let region = match region_of(&state.pool, &signed).await {
        Ok(region) => region,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let published = match maps::published(&state.pool, &region).await {
        Ok(published) => published,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let message = html! {
        @if let Some(version) = query.get("published") {
            p.ok role="status" {
                (t(l, "maps-published", Some(&args(&[("version", version.clone().into())]))))
            }
        }
    };
    maps_page(
        &state,
        l,
        &signed,
        StatusCode::OK,
        message,
        &region,
        published.as_ref(),
    )
}

/// Why a file was refused, in the operator's language.
fn problem(l: &str, error: &PmtilesError) -> String {
    match error {
        PmtilesError::NotPmtiles => t(l, "maps-not-pmtiles", None),
        PmtilesError::Version(version) => t(
            l,
            "maps-version",
            Some(&args(&[("version", (*version).into())])),
        ),
        PmtilesError::Truncated => t(l, "maps-truncated", None),
        PmtilesError::Zoom(min, max) => t(
            l,
            "maps-zoom",
            Some(&args(&[("min", (*min).into()), ("max", (*max).into())])),
        ),
        PmtilesError::Bounds => t(l, "maps-bounds-bad", None),
    }
}

async fn upload(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    CsrfUpload { signed, upload }: CsrfUpload,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let region = match region_of(&state.pool, &signed).await {
        Ok(region) => region,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let outcome = match upload.files.iter().find(|(name, _, _)| name == "map") {
        None => Err(t(l, "maps-no-file", None)),
        Some((_, _, bytes)) => {
            match maps::publish(&state.pool, Some(&signed.account.id), &region, bytes).await {
                Ok(manifest) => Ok(manifest),
                Err(PublishError::Pmtiles(e)) => Err(problem(l, &e)),
                Err(PublishError::TooLarge) => Err(t(l, "maps-too-large", None)),
                Err(PublishError::Database(e)) => return internal(&state, l, &signed, e),
            }
        }
    };
    match outcome {
        Ok(manifest) => {
            Redirect::to(&format!("/maps?published={}", manifest.version)).into_response()
        }
        Err(problem) => {
            let published = match maps::published(&state.pool, &region).await {
                Ok(published) => published,
                Err(e) => return internal(&state, l, &signed, e),
            };
            let message = html! {
                div.error role="alert" #problems {
                    p { (t(l, "maps-refused", None)) " " (problem) }
                }
            };
            maps_page(
                &state,
                l,
                &signed,
                StatusCode::BAD_REQUEST,
                message,
                &region,
                published.as_ref(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::{multipart, signed_in};
    use super::*;
    use crate::testdb::{databases, people};
    use ponte_wire::mappack::{self, MapBounds};

    const BOLOGNA: MapBounds = MapBounds {
        south: 44.42,
        west: 11.23,
        north: 44.56,
        east: 11.43,
    };

    #[tokio::test]
    async fn an_operator_publishes_a_map_a_bad_file_is_refused_and_a_tutor_cannot() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let region: String =
                sqlx::query_scalar("SELECT region FROM organisation WHERE id = 'org-a'")
                    .fetch_one(pool)
                    .await
                    .unwrap();
            let file = mappack::synthetic_pmtiles(BOLOGNA, 10, 15, 5000);
            let tutor = signed_in(pool, "tutor").await;
            assert_eq!(tutor.get("/maps").await.status, StatusCode::FORBIDDEN);
            let answer = tutor
                .send(multipart(
                    &tutor,
                    "/maps",
                    &[],
                    &[("map", "city.pmtiles", &file)],
                ))
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN);
            assert!(maps::published(pool, &region).await.unwrap().is_none());

            let operator = signed_in(pool, "operator").await;
            let page = operator.get("/maps").await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.body.contains("id=\"no-map\""), "{}", page.body);

            // A zip file, an old PMTiles, a file cut short: each says why (in Italian, the
            // dashboard's default), nothing published.
            let mut v2 = file.clone();
            v2[7] = 2;
            for (bytes, says) in [
                (b"PK\x03\x04 a zip".to_vec(), "non è un file PMTiles"),
                (v2, "è un PMTiles versione \u{2068}2\u{2069}"),
                (file[..file.len() - 10].to_vec(), "il file è incompleto"),
            ] {
                let answer = operator
                    .send(multipart(
                        &operator,
                        "/maps",
                        &[],
                        &[("map", "city.pmtiles", &bytes)],
                    ))
                    .await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{says}");
                assert!(answer.body.contains(says), "{says}: {}", answer.body);
                assert!(maps::published(pool, &region).await.unwrap().is_none());
            }
            // Without the form's token: refused, nothing published.
            let answer = operator
                .send(multipart(
                    &operator,
                    "/maps",
                    &[("csrf", "forged")],
                    &[("map", "city.pmtiles", &file)],
                ))
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN);

            let answer = operator
                .send(multipart(
                    &operator,
                    "/maps",
                    &[],
                    &[("map", "city.pmtiles", &file)],
                ))
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            assert_eq!(answer.headers["location"], "/maps?published=1");
            let published = maps::published(pool, &region).await.unwrap().unwrap();
            let key = crate::keys::signing_key(pool)
                .await
                .unwrap()
                .verifying_key();
            let manifest = mappack::verify_manifest(&published.signed, &[key]).unwrap();
            assert_eq!(
                (
                    manifest.region.as_str(),
                    manifest.size,
                    manifest.min_zoom,
                    manifest.max_zoom
                ),
                (region.as_str(), file.len() as u64, 10, 15)
            );
            let page = operator.get("/maps?published=1").await;
            assert!(page.body.contains("id=\"map\""), "{}", page.body);
            assert!(page.body.contains(&published.sha256));
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert!(log
                .iter()
                .any(|e| e.action == "maps.publish" && e.who == "operator"));
            db.drop_database().await;
        }
    }
}
