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
        r("POST", "/services/bo-1", &[], CONTENT),
        r("GET", "/services/import", &[], CONTENT),
        Route {
            method: "POST",
            path: "/services/import",
            fields: &[
                ("format", "csv"),
                ("region", "bologna"),
                ("city", "Bologna"),
            ],
            upload: Some(("file", Upload::Services)),
            allowed: CONTENT,
        },
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
    ]
}

fn allowed_status(route: &Route) -> &'static [StatusCode] {
    match route.method {
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

#[tokio::test]
async fn every_role_against_every_route() {
    for db in databases().await {
        let pool = &db.pool;
        people(pool).await;
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
        let resolve = |path: &str| {
            path.replace("{b}", &b.id)
                .replace("{r}", "rep-1")
                .replace("{i}", &items[0])
                .replace("{d}", &items[1])
        };
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
                let fields: Vec<(&str, String)> = route
                    .fields
                    .iter()
                    .map(|(k, v)| (*k, v.replace("{tutor}", &tutor.id).replace("{user}", user)))
                    .collect();
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
