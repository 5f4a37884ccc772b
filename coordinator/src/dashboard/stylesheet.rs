//! The dashboard's one stylesheet (`assets/dashboard.css`), served by the coordinator itself
//! (no CDN). Pages link it with a hash of its content in the query, so a browser may keep it
//! for a year and still gets a changed one at once.

use std::sync::{Arc, OnceLock};

use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::state::AppState;

const CSS: &str = include_str!("../../assets/dashboard.css");
pub const PATH: &str = "/assets/dashboard.css";

pub fn routes() -> Router<Arc<AppState>> {
    Router::new().route(PATH, get(stylesheet))
}

/// The content's hash (FNV-1a, 64 bits, in hex): a version that changes with every edit.
fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let hash = CSS.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
        format!("{hash:016x}")
    })
}

/// Where pages link the stylesheet: its path and its version.
pub fn href() -> String {
    format!("{PATH}?v={}", version())
}

async fn stylesheet(headers: HeaderMap) -> Response {
    let etag = format!("\"{}\"", version());
    let cache = (header::CACHE_CONTROL, "public, max-age=31536000, immutable");
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        return (StatusCode::NOT_MODIFIED, [cache, (header::ETAG, &etag)]).into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            cache,
            (header::ETAG, &etag),
        ],
        CSS,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::signed_in;
    use crate::testdb::{databases, people, Client};
    use axum::body::Body;
    use axum::http::{header, Request, StatusCode};

    #[tokio::test]
    async fn every_page_links_the_served_stylesheet_and_says_whose_it_is() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let tutor = signed_in(pool, "tutor").await;
            let home = tutor.get("/").await;
            assert_eq!(home.status, StatusCode::OK);
            let body = &home.body;
            assert!(body.contains("<html lang=\"it\" dir=\"ltr\">"), "{body}");
            // No style of its own in the page: the one stylesheet, versioned by its content.
            assert!(!body.contains("<style"));
            let href = super::href();
            assert!(body.contains(&format!("<link rel=\"stylesheet\" href=\"{href}\">")));
            // A skip link first, then the header with Ponte and the organisation, the menu, main.
            let skip = body
                .find("<a class=\"skip-link\" href=\"#main\">Salta al contenuto principale</a>");
            let header = body.find("<header class=\"site-header\">");
            let organisation =
                body.find("<span class=\"organisation\" id=\"account-organisation\">Org A</span>");
            let menu = body.find("<nav class=\"site-nav\" aria-label=\"Menu principale\">");
            let main = body.find("<main class=\"width\" id=\"main\"");
            assert!(
                skip < header && header < organisation && organisation < menu && menu < main,
                "{body}"
            );
            assert!(skip.is_some());
            assert!(body.contains("<a class=\"brand\" href=\"/\">Ponte</a>"));
            // The role in words, not its code.
            assert!(
                body.replace(['\u{2068}', '\u{2069}'], "")
                    .contains("tutor (Tutor)"),
                "{body}"
            );
            // A tutor's menu has no operators' pages.
            assert!(!body.contains("href=\"/reports\""));
            let english = tutor
                .send(
                    Request::get("/")
                        .header("accept-language", "en")
                        .header("cookie", tutor.cookie.clone().unwrap())
                        .body(Body::empty())
                        .unwrap(),
                )
                .await;
            assert!(english.body.contains("aria-label=\"Main menu\""));
            assert!(english.body.contains(">Skip to main content</a>"));

            // Signed out: Ponte's name, no organisation, no menu.
            let login = Client::new(pool, false).get("/login").await;
            assert!(login.body.contains("class=\"brand\""));
            assert!(!login.body.contains("id=\"account-organisation\""));
            assert!(!login.body.contains("<nav"));
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_stylesheet_is_served_for_a_year_and_revalidated_by_its_version() {
        for db in databases().await {
            let client = Client::new(&db.pool, false);
            // Without signing in: the login page needs it too.
            let css = client.get(&super::href()).await;
            assert_eq!(css.status, StatusCode::OK);
            assert_eq!(css.headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
            assert_eq!(
                css.headers[header::CACHE_CONTROL],
                "public, max-age=31536000, immutable"
            );
            assert!(css.body.contains(".skip-link"));
            assert!(css.body.contains(":focus-visible"));
            let etag = css.headers[header::ETAG].to_str().unwrap().to_owned();
            assert_eq!(etag, format!("\"{}\"", super::version()));
            let again = client
                .send(
                    Request::get(super::PATH)
                        .header(header::IF_NONE_MATCH, &etag)
                        .body(Body::empty())
                        .unwrap(),
                )
                .await;
            assert_eq!(again.status, StatusCode::NOT_MODIFIED);
            assert!(again.body.is_empty());
            let stale = client
                .send(
                    Request::get(super::PATH)
                        .header(header::IF_NONE_MATCH, "\"0000\"")
                        .body(Body::empty())
                        .unwrap(),
                )
                .await;
            assert_eq!(stale.status, StatusCode::OK);
            assert_eq!(stale.body, css.body);
            db.drop_database().await;
        }
    }
}
