//! Who may do what: every role against every dashboard route, with each denial proven, and
//! the protections of signing in (CSRF, failed-login limit, sign-out).

use axum::http::StatusCode;

use crate::auth::Role;
use crate::testdb::{databases, password, people, Client};

/// A route, how to call it, and the roles that may. `{b}` is a beneficiary of `tutor`, `{r}`
/// an open report, `{user}` the signed-in user name (`q-{user}` is an open question of `{b}`
/// for each account).
struct Route {
    method: &'static str,
    path: &'static str,
    fields: &'static [(&'static str, &'static str)],
    /// A file for a multipart upload: field name and which file.
    upload: Option<(&'static str, Upload)>,
    allowed: &'static [&'static str],
}

#[derive(Clone, Copy)]
enum Upload {
    Services,
    Course,
    Map,
    Image,
}

impl Upload {
    fn bytes(self) -> Vec<u8> {
        match self {
            Upload::Services => b"id,organisation,categories,lat,lon,name_it\nbo-new,Comune,work,44.49,11.34,Sportello nuovo\n".to_vec(),
            Upload::Course => std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures/mini-course.json")).unwrap(),
            Upload::Map => ponte_wire::mappack::synthetic_pmtiles(
                ponte_wire::mappack::MapBounds { south: 44.42, west: 11.23, north: 44.56, east: 11.43 },
                10,
                14,
                100,
            ),
            Upload::Image => ponte_wire::guides::SAMPLE_PNG.to_vec(),
        }
    }
}

const CONTENT: &[&str] = &["admin", "operator", "admin-b"];

const EVERYONE: &[&str] = &["admin", "operator", "tutor", "tutor2", "admin-b"];

fn routes() -> Vec<Route> {
    let r = |method, path, fields, allowed| Route {
        method,
        path,
        fields,
        upload: None,
        allowed,
    };
    vec![
        r("GET", "/", &[], EVERYONE),
        r(
            "GET",
            "/beneficiaries",
            &[],
            &["admin", "tutor", "tutor2", "admin-b"],
        ),
        r(
            "POST",
            "/beneficiaries",
            &[
                ("nickname", "Sam"),
                ("languages", "so"),
                ("tutor", "{tutor}"),
            ],
            &["admin", "tutor", "tutor2"],
        ),
        r("GET", "/beneficiaries/{b}", &[], &["admin", "tutor"]),
        r("POST", "/beneficiaries/{b}/code", &[], &["admin", "tutor"]),
        r(
            "POST",
            "/beneficiaries/{b}/items",
            &[("kind", "tutor_note"), ("title", "Call me")],
            &["admin", "tutor"],
        ),
        r(
            "POST",
            "/beneficiaries/{b}/items/{i}",
            &[("title", "Call me at 10")],
            &["admin", "tutor"],
        ),
        r(
            "POST",
            "/beneficiaries/{b}/items/{d}/delete",
            &[],
            &["admin", "tutor"],
        ),
        r(
            "POST",
            "/beneficiaries/{b}/questions/q-{user}/answer",
            &[("answer", "Go on Monday")],
            &["admin", "tutor"],
        ),
        r(
            "POST",
            "/beneficiaries/{b}/devices/nodevice/revoke",
            &[],
            &[],
        ),
        r("GET", "/services", &[], EVERYONE),
        r("GET", "/services/bo-1", &[], EVERYONE),
        r("GET", "/map/services.geojson", &[], EVERYONE),
        r("POST", "/services/bo-1", &[], CONTENT),
        r("GET", "/services/import", &[], CONTENT),
        Route {
            method: "POST",
            path: "/services/import/file",
            fields: &[
                ("format", "csv"),
                ("region", "bologna"),
                ("city", "Bologna"),
            ],
            upload: Some(("file", Upload::Services)),
            allowed: CONTENT,
        },
        // An upload waits for its account's confirmation: another account's, or one gone,
        // is not found (see `allowed_status`); the whole path is tested in `dashboard::intake`.
        r("GET", "/services/import/none", &[], CONTENT),
        r("POST", "/services/import/none", &[], CONTENT),
        r("POST", "/services/import/none/confirm", &[], CONTENT),
        r("POST", "/services/import/none/cancel", &[], CONTENT),
        r("POST", "/services/import/none/geocode", &[], CONTENT),
        r("GET", "/services/import/none/refused.csv", &[], CONTENT),
        r("POST", "/services/bo-2/delete", &[], CONTENT),
        r("GET", "/guides", &[], EVERYONE),
        r("GET", "/guides/g-pub", &[], EVERYONE),
        r("GET", "/guides/g-script", &[], EVERYONE),
        r("GET", "/guides/new", &[], CONTENT),
        r(
            "POST",
            "/guides",
            &[("id", "new-{user}"), ("title_it", "Nuova guida")],
            CONTENT,
        ),
        r("POST", "/guides/g-pub", &[("position", "12")], CONTENT),
        r("POST", "/guides/preview", &[("body_it", "Testo")], CONTENT),
        r("POST", "/guides/g-pub/unpublish", &[], CONTENT),
        r("POST", "/guides/g-pub/publish", &[], CONTENT),
        Route {
            method: "POST",
            path: "/guides/g-pub/image",
            fields: &[("image_alt", "Una foto")],
            upload: Some(("image", Upload::Image)),
            allowed: CONTENT,
        },
        r("POST", "/guides/g-pub/image/remove", &[], CONTENT),
        r("GET", "/guides/g-script/public", &[], CONTENT),
        r(
            "POST",
            "/guides/script-{user}/public",
            &[("confirm", "yes")],
            CONTENT,
        ),
        r("GET", "/reports", &[], CONTENT),
        r("POST", "/reports/{r}/dismiss", &[], CONTENT),
        r("GET", "/lessons", &[], CONTENT),
        Route {
            method: "POST",
            path: "/lessons",
            fields: &[],
            upload: Some(("courses", Upload::Course)),
            allowed: CONTENT,
        },
        r("GET", "/maps", &[], CONTENT),
        Route {
            method: "POST",
            path: "/maps",
            fields: &[],
            upload: Some(("map", Upload::Map)),
            allowed: CONTENT,
        },
        r("GET", "/outcomes", &[], CONTENT),
        r("GET", "/accounts", &[], &["admin", "admin-b"]),
        r(
            "POST",
            "/accounts",
            &[
                ("username", "new-{user}"),
                ("role", "tutor"),
                ("password", "a long new password"),
            ],
            &["admin", "admin-b"],
        ),
        r("GET", "/audit", &[], &["admin", "admin-b"]),
        // Last: a new password ends the account's own sessions.
        r(
            "POST",
            "/accounts/{user}/password",
            &[("password", "another long password")],
            &["admin", "admin-b"],
        ),
        // Signing out is a form too (after a new password, the session is already gone).
        r("POST", "/logout", &[], EVERYONE),
    ]
}

fn allowed_status(route: &Route) -> &'static [StatusCode] {
    match route.method {
        _ if route.path.starts_with("/services/import/none") => &[StatusCode::NOT_FOUND],
        "GET" => &[StatusCode::OK],
        // A form that worked redirects or shows its result; what an earlier allowed account
        // already deleted or dismissed is a 404.
        _ if route.path.contains("delete") || route.path.contains("dismiss") => {
            &[StatusCode::SEE_OTHER, StatusCode::OK, StatusCode::NOT_FOUND]
        }
        _ => &[StatusCode::SEE_OTHER, StatusCode::OK],
    }
}

/// Everything a denied request could have changed, as one number.
async fn footprint(pool: &sqlx::AnyPool) -> i64 {
    sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM shared_record) + (SELECT CAST(coalesce(sum(seq), 0) AS BIGINT) FROM shared_record)
              + (SELECT count(*) FROM beneficiary)
              + (SELECT count(*) FROM pairing_code) + (SELECT count(*) FROM device WHERE revoked_at IS NOT NULL)
              + (SELECT count(*) FROM content_change) + (SELECT count(*) FROM lesson_pack)
              + (SELECT count(*) FROM map_pack) + (SELECT count(*) FROM map_chunk)
              + (SELECT count(*) FROM account) + (SELECT count(*) FROM session WHERE account_id IN (SELECT id FROM account WHERE username LIKE 'new-%'))
              + (SELECT count(*) FROM session) + (SELECT count(*) FROM audit)
              + (SELECT count(*) FROM service_report WHERE status = 'open')
              + (SELECT count(*) FROM tutor_question WHERE answered_at IS NOT NULL)
              + (SELECT count(*) FROM guide) + (SELECT count(*) FROM guide WHERE published = 1)
              + (SELECT count(*) FROM guide WHERE visibility = 'public')
              + (SELECT CAST(coalesce(sum(length(body)), 0) AS BIGINT) FROM guide)",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

/// What the routes act on: a beneficiary of `tutor` with two items, two services, guides, an
/// open report, an open question per account.
struct Seeded {
    tutor: crate::auth::Account,
    beneficiary: String,
    items: Vec<String>,
}

impl Seeded {
    fn resolve(&self, path: &str) -> String {
        path.replace("{b}", &self.beneficiary)
            .replace("{r}", "rep-1")
            .replace("{i}", &self.items[0])
            .replace("{d}", &self.items[1])
    }

    /// A route's form fields for `user`.
    fn fields(&self, route: &Route, user: &str) -> Vec<(&'static str, String)> {
        route
            .fields
            .iter()
            .map(|(k, v)| {
                (
                    *k,
                    v.replace("{tutor}", &self.tutor.id).replace("{user}", user),
                )
            })
            .collect()
    }
}

async fn seed(pool: &sqlx::AnyPool) -> Seeded {
    let tutor = crate::auth::accounts(pool, "org-a")
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.role == Role::Tutor && a.username == "tutor")
        .unwrap();
    let b = crate::people::add_beneficiary(pool, &tutor, "Amina", "ar", None)
        .await
        .unwrap();
    // A tutor's item to change and one to delete.
    let mut items = Vec::new();
    for title in ["Bring your CV", "Meet on Friday"] {
        let item = crate::people::add_item(
            pool,
            &tutor,
            &b.id,
            ponte_wire::sync::RecordKind::TutorNote,
            &[("title", title.to_owned())],
        )
        .await
        .unwrap();
        items.push(item.id);
    }
    crate::content::upsert_services(
        pool,
        &[
            crate::content::tests::service("bo-1", "bologna", "Sportello uno"),
            crate::content::tests::service("bo-2", "bologna", "Sportello due"),
        ],
    )
    .await
    .unwrap();
    // A public guide, a script, and a script per account to turn into a public guide.
    let guide = |id: &str, visibility| ponte_wire::guides::GuideRecord {
        id: id.into(),
        version: 1,
        region: None,
        parent: None,
        position: 0,
        visibility,
        last_checked: None,
        sources: vec![],
        image: None,
        source_language: "it".into(),
        texts: vec![ponte_wire::guides::GuideText {
            language: "it".into(),
            title: format!("Guida {id}"),
            body: "Testo.".into(),
            provenance: ponte_wire::Provenance::Original,
            source_version: 1,
            image_alt: String::new(),
        }],
    };
    let mut guides = vec![
        guide("g-pub", ponte_wire::guides::Visibility::Public),
        guide("g-script", ponte_wire::guides::Visibility::Operators),
    ];
    for user in EVERYONE {
        guides.push(guide(
            &format!("script-{user}"),
            ponte_wire::guides::Visibility::Operators,
        ));
    }
    crate::content::upsert_guides(pool, &guides).await.unwrap();
    sqlx::query("INSERT INTO service_report (id, service_id, kind, comment, status, created_at) VALUES ('rep-1', 'bo-1', 'wrong_hours', '', 'open', 0)")
        .execute(pool)
        .await
        .unwrap();
    // An open question from the person for each account to answer.
    for user in EVERYONE {
        sqlx::query("INSERT INTO tutor_question (id, beneficiary_id, text, language, created_at) VALUES ($1, $2, 'Dove?', 'it', 0)")
            .bind(format!("q-{user}"))
            .bind(&b.id)
            .execute(pool)
            .await
            .unwrap();
    }
    Seeded {
        tutor,
        beneficiary: b.id,
        items,
    }
}

#[tokio::test]
async fn every_role_against_every_route() {
    for db in databases().await {
        let pool = &db.pool;
        people(pool).await;
        let seeded = seed(pool).await;
        let resolve = |path: &str| seeded.resolve(path);
        // Not signed in: every route sends to the login page and changes nothing.
        let anonymous = Client::new(pool, false);
        for route in routes() {
            let path = resolve(route.path);
            let answer = match route.method {
                "GET" => anonymous.get(&path).await,
                _ => anonymous.post_form(&path, route.fields).await,
            };
            assert_eq!(
                answer.status,
                StatusCode::SEE_OTHER,
                "anonymous {} {path}",
                route.method
            );
            assert_eq!(answer.headers["location"], "/login");
        }
        for user in EVERYONE {
            let mut client = Client::new(pool, false);
            let signed = client.sign_in(user, &password(user)).await;
            assert_eq!(signed.status, StatusCode::SEE_OTHER, "{user} signs in");
            for route in routes() {
                let path = resolve(route.path).replace("{user}", user);
                let items_before = footprint(pool).await;
                let fields = seeded.fields(&route, user);
                let fields: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let answer = match (route.method, route.upload) {
                    ("GET", _) => client.get(&path).await,
                    (_, Some((name, upload))) => {
                        let bytes = upload.bytes();
                        client
                            .post_multipart(&path, &fields, &[(name, "upload", &bytes)])
                            .await
                    }
                    _ => client.post_form(&path, &fields).await,
                };
                // Another organisation's administrator cannot give a beneficiary to our tutor:
                // the form's tutor is not one of theirs (400, nothing added).
                let cross_organisation =
                    *user == "admin-b" && route.path == "/beneficiaries" && route.method == "POST";
                if cross_organisation {
                    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
                } else if route.allowed.contains(user) {
                    assert!(
                        allowed_status(&route).contains(&answer.status),
                        "{user} may {} {path}: got {}",
                        route.method,
                        answer.status
                    );
                } else {
                    assert!(
                        answer.status == StatusCode::FORBIDDEN
                            || (route.path.contains("nodevice")
                                && answer.status == StatusCode::NOT_FOUND
                                && route.allowed.is_empty()
                                && ["admin", "tutor"].contains(user)),
                        "{user} may not {} {path}: got {}",
                        route.method,
                        answer.status
                    );
                    let items_after = footprint(pool).await;
                    assert_eq!(items_before, items_after, "a denial changes nothing");
                }
            }
        }
        db.drop_database().await;
    }
}

/// The dashboard's POST routes as its routers declare them (`dashboard/*.rs`), with their
/// parameters (`/guides/{id}/image`).
fn declared_post_routes() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/dashboard");
    let mut declared = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        // Each `.route("path", handlers)` up to the next route or function.
        for declaration in source.split(".route(").skip(1) {
            let declaration = declaration.split("\nfn ").next().unwrap();
            let Some(path) = declaration.split('"').nth(1) else {
                continue;
            };
            if declaration.contains("post(") {
                declared.push(path.to_owned());
            }
        }
    }
    declared
}

/// `path` (from the table, `{b}` and the like still in it) is an instance of `declared`.
fn matches(declared: &str, path: &str) -> bool {
    let (declared, path): (Vec<&str>, Vec<&str>) =
        (declared.split('/').collect(), path.split('/').collect());
    declared.len() == path.len()
        && declared
            .iter()
            .zip(&path)
            .all(|(d, p)| d.starts_with('{') || d == p)
}

#[test]
fn the_route_table_has_every_post_route_the_dashboard_declares() {
    let declared = declared_post_routes();
    assert!(declared.len() >= 25, "found only {declared:?}");
    let table = routes();
    // The login form has no session: its cookie nonce is checked by `LoginForm`, and tested in
    // `forms_without_the_session_token_change_nothing`.
    for route in declared.iter().filter(|r| *r != "/login") {
        assert!(
            table
                .iter()
                .any(|r| r.method == "POST" && matches(route, r.path)),
            "POST {route} is not in access_tests::routes()"
        );
    }
}

/// Posts `route`'s form (or upload) to `path`, with the client's token if it has one.
async fn post(
    client: &Client,
    route: &Route,
    path: &str,
    fields: &[(&str, &str)],
) -> crate::testdb::Answer {
    match route.upload {
        Some((name, upload)) => {
            let bytes = upload.bytes();
            client
                .post_multipart(path, fields, &[(name, "upload", &bytes)])
                .await
        }
        None => client.post_form(path, fields).await,
    }
}

/// Every POST route of the table refuses a form whose CSRF token is forged or missing, with the
/// catalogue's 403 page, before anything changes; the same form with the token is let through.
#[tokio::test]
async fn every_post_route_refuses_a_missing_or_forged_token() {
    for db in databases().await {
        let pool = &db.pool;
        people(pool).await;
        let seeded = seed(pool).await;
        let refusal = maud::html! { (crate::dashboard::t("it", "error-csrf", None)) }.into_string();
        for route in routes().iter().filter(|r| r.method == "POST") {
            // An account that may post it (the check comes before the role's anyway).
            let user = route.allowed.first().copied().unwrap_or("admin");
            let path = seeded.resolve(route.path).replace("{user}", user);
            let fields = seeded.fields(route, user);
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let mut client = Client::new(pool, false);
            let signed = client.sign_in(user, &password(user)).await;
            let token = client.csrf.clone().unwrap_or_else(|| {
                panic!(
                    "{user} signs in before POST {path}: {} {}",
                    signed.status, signed.body
                )
            });
            for (case, csrf) in [("forged", Some("forged".to_owned())), ("missing", None)] {
                client.csrf = csrf;
                let before = footprint(pool).await;
                let answer = post(&client, route, &path, &fields).await;
                assert_eq!(
                    answer.status,
                    StatusCode::FORBIDDEN,
                    "{case} token: POST {path} as {user}"
                );
                assert!(
                    answer.body.contains(&refusal),
                    "{case} token: POST {path} says why: {}",
                    answer.body
                );
                assert_eq!(
                    footprint(pool).await,
                    before,
                    "{case} token: POST {path} changed something"
                );
            }
            // The refusal was the token's: with it, the same form gets past the check.
            client.csrf = Some(token);
            let answer = post(&client, route, &path, &fields).await;
            assert_ne!(
                answer.status,
                StatusCode::FORBIDDEN,
                "POST {path} as {user}"
            );
            // A new password ends the account's sessions: the next routes sign in again.
            if route.path.ends_with("/password") {
                crate::auth::reset_password(pool, None, user, &password(user))
                    .await
                    .unwrap();
            }
        }
        db.drop_database().await;
    }
}

#[tokio::test]
async fn forms_without_the_session_token_change_nothing() {
    for db in databases().await {
        let pool = &db.pool;
        people(pool).await;
        let mut client = Client::new(pool, false);
        client.sign_in("tutor", &password("tutor")).await;
        let answer = client
            .post_form(
                "/beneficiaries",
                &[("csrf", "forged"), ("nickname", "Sam"), ("languages", "so")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN);
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM beneficiary")
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(count, 0);
        // Bad input: a clear 400, nothing added.
        for (nickname, languages) in [("", "ar"), ("Sam", ""), ("Sam", "Arabic!")] {
            let answer = client
                .post_form(
                    "/beneficiaries",
                    &[("nickname", nickname), ("languages", languages)],
                )
                .await;
            assert_eq!(
                answer.status,
                StatusCode::BAD_REQUEST,
                "{nickname:?} {languages:?}"
            );
            assert!(answer.body.contains("class=\"error\""));
        }
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM beneficiary")
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(count, 0);
        // A login form posted without its cookie nonce is refused.
        let anonymous = Client::new(pool, false);
        let forged = anonymous
            .post_form(
                "/login",
                &[
                    ("login", "x"),
                    ("username", "tutor"),
                    ("password", &password("tutor")),
                ],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        // Signing out ends the session.
        let cookie = client.cookie.clone();
        assert_eq!(
            client.post_form("/logout", &[]).await.status,
            StatusCode::SEE_OTHER
        );
        let mut stale = Client::new(pool, false);
        stale.cookie = cookie;
        assert_eq!(stale.get("/").await.status, StatusCode::SEE_OTHER);
        db.drop_database().await;
    }
}

#[tokio::test]
async fn guessing_passwords_is_slowed_down_and_audited_logins_work() {
    for db in databases().await {
        let pool = &db.pool;
        people(pool).await;
        for attempt in 0..crate::auth::MAX_FAILURES {
            let mut client = Client::new(pool, false);
            let answer = client.sign_in("tutor", "wrong password").await;
            assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
            assert!(client.csrf.is_none());
        }
        // Now even the right password waits.
        let mut client = Client::new(pool, false);
        let answer = client.sign_in("tutor", &password("tutor")).await;
        assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
        // Other accounts are not locked out; unknown names get the same answer as wrong ones.
        let mut other = Client::new(pool, false);
        assert_eq!(
            other
                .sign_in("operator", &password("operator"))
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let mut nobody = Client::new(pool, false);
        assert_eq!(
            nobody.sign_in("nobody", "whatever123").await.status,
            StatusCode::UNAUTHORIZED
        );
        // An administrator's reset lifts the limit.
        crate::auth::reset_password(pool, None, "tutor", "a brand new password")
            .await
            .unwrap();
        let mut again = Client::new(pool, false);
        assert_eq!(
            again.sign_in("tutor", "a brand new password").await.status,
            StatusCode::SEE_OTHER
        );
        let logins: i64 = sqlx::query_scalar("SELECT count(*) FROM audit WHERE action = 'login'")
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(logins, 2);
        // Session cookies cannot be read by scripts or sent cross-site.
        let mut client = Client::new(pool, false);
        let answer = client.sign_in("admin", &password("admin")).await;
        let cookie = answer.headers["set-cookie"].to_str().unwrap();
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.contains("Secure"),
            "{cookie}"
        );
        db.drop_database().await;
    }
}

/// Text an operator or a phone controls, as an attacker would write it.
const HOSTILE: &str = "<script>alert(1)</script>\"'&";

/// `body` shows [`HOSTILE`] as text: escaped, never as markup.
fn assert_escaped(body: &str, place: &str) {
    assert!(
        !body.contains("<script>alert(1)") && !body.contains("</script>\"'&"),
        "{place} shows the text as markup: {body}"
    );
    // Templates leave `'` as it is (attributes are in double quotes); hand escaping wrote it as
    // `&#39;`.
    let escaped = maud::html! { (HOSTILE) }.into_string();
    assert_eq!(escaped, "&lt;script&gt;alert(1)&lt;/script&gt;&quot;'&amp;");
    assert!(
        body.contains(&escaped) || body.contains(&escaped.replace('\'', "&#39;")),
        "{place} does not show the text escaped: {body}"
    );
}

/// A service's name, a beneficiary's name, an item the phone shares, a tutor's item, a
/// guide's title, a report's text and an account's name, each holding markup and quotes, are
/// shown escaped on every page that shows them.
#[tokio::test]
async fn what_operators_and_phones_write_is_shown_escaped() {
    for db in databases().await {
        let pool = &db.pool;
        people(pool).await;
        let seeded = seed(pool).await;
        let hostile_service = crate::content::tests::service("bo-x", "bologna", HOSTILE);
        crate::content::upsert_services(pool, &[hostile_service])
            .await
            .unwrap();
        let b = crate::people::add_beneficiary(pool, &seeded.tutor, HOSTILE, "ar", None)
            .await
            .unwrap();
        crate::people::add_item(
            pool,
            &seeded.tutor,
            &b.id,
            ponte_wire::sync::RecordKind::TutorNote,
            &[("title", HOSTILE.to_owned())],
        )
        .await
        .unwrap();
        // A diary meeting the person's phone shares.
        let stamp = crate::people::server_tick();
        let shared = ponte_wire::sync::SharedRecord {
            kind: ponte_wire::sync::RecordKind::DiaryMeeting,
            id: "diary-x".into(),
            fields: [("title", HOSTILE), ("place", HOSTILE)]
                .into_iter()
                .map(|(name, value)| {
                    (
                        name.to_owned(),
                        ponte_wire::sync::Stamped {
                            value: serde_json::Value::String(value.to_owned()),
                            at: stamp,
                        },
                    )
                })
                .collect(),
            deleted: None,
        };
        let mut conn = pool.acquire().await.unwrap();
        crate::people::store_record(&mut conn, &b.id, &shared)
            .await
            .unwrap();
        drop(conn);
        let mut guide = crate::content::stored_guide(pool, "g-pub")
            .await
            .unwrap()
            .unwrap()
            .guide;
        guide.version += 1;
        guide.texts[0].title = HOSTILE.into();
        crate::content::upsert_guides(pool, &[guide]).await.unwrap();
        sqlx::query("INSERT INTO service_report (id, service_id, kind, comment, status, created_at) VALUES ('rep-x', 'bo-x', 'wrong_hours', $1, 'open', 0)")
            .bind(HOSTILE)
            .execute(pool)
            .await
            .unwrap();
        // The tutor signs in, then the account's name is changed behind the form's checks
        // (which would refuse it): the page must still not trust it.
        let mut tutor = Client::new(pool, false);
        tutor.sign_in("tutor", &password("tutor")).await;
        let mut admin = Client::new(pool, false);
        admin.sign_in("admin", &password("admin")).await;
        let mut renamed = Client::new(pool, false);
        renamed.sign_in("tutor2", &password("tutor2")).await;
        sqlx::query("UPDATE account SET username = $1 WHERE username = 'tutor2'")
            .bind(HOSTILE)
            .execute(pool)
            .await
            .unwrap();
        let b_page = format!("/beneficiaries/{}", b.id);
        for (client, path, what) in [
            (&admin, "/services", "a service's name"),
            (&admin, "/services/bo-x", "a service's name"),
            (&tutor, "/beneficiaries", "a beneficiary's name"),
            (&tutor, b_page.as_str(), "a beneficiary's name and items"),
            (&admin, "/guides", "a guide's title"),
            (&admin, "/guides/g-pub", "a guide's title"),
            (&admin, "/reports", "a report's text"),
            (&admin, "/accounts", "an account's name"),
            (&renamed, "/", "the signed-in account's name"),
        ] {
            let answer = client.get(path).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}");
            assert_escaped(&answer.body, &format!("{path} ({what})"));
        }
        db.drop_database().await;
    }
}
