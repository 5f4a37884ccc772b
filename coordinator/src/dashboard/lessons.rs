//! The lesson pack: what is published, and the upload of course files (the format of
//! `content/lessons/FORMAT.md`). An upload is checked whole; when it passes, the published
//! curriculum with the uploaded courses (a course with the same id is replaced) is signed with
//! the coordinator's key and published as the next version.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use ponte_wire::lessons::{validate_courses, Course};
use ponte_wire::pack::{self, Curriculum, SigningKey};
use ponte_wire::Problem;

use super::forms::CsrfUpload;
use super::services::internal;
use super::session::Signed;
use super::{args, csrf_field, failure, forbidden, locale, page, problem_text, t};
use crate::state::AppState;
use crate::{content, keys};

/// The id of the pack the phones install.
pub const PACK_ID: &str = "digital-skills";

pub fn routes() -> Router<Arc<AppState>> {
    Router::new().route("/lessons", get(show).post(upload))
}

/// The published curriculum and its media, when the pack was signed with this coordinator's
/// key; nothing otherwise.
pub(super) fn published(
    latest: Option<&(i64, Vec<u8>)>,
    key: &SigningKey,
) -> Option<(Vec<Course>, BTreeMap<String, Vec<u8>>)> {
    let (_, bytes) = latest?;
    let verified = pack::verify(bytes, &[key.verifying_key()]).ok()?;
    Some((verified.curriculum.courses, verified.media))
}

fn lessons_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    status: StatusCode,
    message: Markup,
    latest: Option<&(i64, Vec<u8>)>,
    key: &SigningKey,
) -> Response {
    let body = html! {
        (message)
        @match latest {
            Some((version, bytes)) => p #pack {
                a href="/api/v1/lessons/pack" {
                    (t(l, "dashboard-pack", Some(&args(&[
                        ("version", (*version).into()),
                        ("bytes", bytes.len().into()),
                    ]))))
                }
            },
            None => p { (t(l, "dashboard-no-pack", None)) },
        }
        @match published(latest, key) {
            Some((courses, _)) => ul {
                @for course in &courses {
                    @let title = course
                        .title
                        .get(l)
                        .or_else(|| course.title.get("it"))
                        .map(String::as_str)
                        .unwrap_or(&course.id);
                    li {
                        (title) " "
                        span.muted {
                            "(" (course.id) ") · "
                            (t(l, "lessons-count", Some(&args(&[("count", course.lessons.len().into())]))))
                        }
                    }
                }
            },
            None if latest.is_some() => p.warn { (t(l, "lessons-other-key", None)) },
            None => {},
        }
        p.muted {
            (t(l, "lessons-key", Some(&args(&[(
                "key",
                pack::public_key_to_base64(&key.verifying_key()).into(),
            )]))))
        }
        @if keys::is_demo_key(key) {
            p.warn { (t(l, "lessons-demo-key", None)) }
        }
        h2 { (t(l, "lessons-upload", None)) }
        p { (t(l, "lessons-upload-explain", None)) }
        form method="post" action="/lessons" enctype="multipart/form-data" {
            (csrf_field(signed))
            label {
                (t(l, "lessons-files", None))
                input type="file" name="courses" accept=".json,application/json" multiple required;
            }
            button type="submit" #publish { (t(l, "lessons-submit", None)) }
        }
    };
    let title = t(l, "nav-lessons", None);
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
    let (latest, key) = match (
        content::latest_pack(&state.pool).await,
        keys::signing_key(&state.pool).await,
    ) {
        (Ok(latest), Ok(key)) => (latest, key),
        (Err(e), _) | (_, Err(e)) => return internal(&state, l, &signed, e),
    };
    let message = html! {
        @if let Some(version) = query.get("published") {
            p.ok role="status" {
                (t(l, "lessons-published", Some(&args(&[("version", version.clone().into())]))))
            }
        }
    };
    lessons_page(
        &state,
        l,
        &signed,
        StatusCode::OK,
        message,
        latest.as_ref(),
        &key,
    )
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
    let (latest, key, highest) = match (
        content::latest_pack(&state.pool).await,
        keys::signing_key(&state.pool).await,
        content::max_pack_version(&state.pool).await,
    ) {
        (Ok(latest), Ok(key), Ok(highest)) => (latest, key, highest),
        (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => return internal(&state, l, &signed, e),
    };
    // Every problem of every file, then the curriculum's.
    let mut problems: Vec<String> = Vec::new();
    let mut uploaded: Vec<Course> = Vec::new();
    for (_, file_name, bytes) in &upload.files {
        // Strictly, as the author wrote it: a field or a step kind this build does not know is
        // refused with its place (a phone would leave it out).
        match std::str::from_utf8(bytes)
            .map_err(|_| Problem::NotUtf8)
            .and_then(ponte_wire::lessons::read_course)
        {
            Ok(course) if uploaded.iter().any(|c| c.id == course.id) => problems.push(format!(
                "{file_name}: {}",
                t(
                    l,
                    "lessons-twice",
                    Some(&args(&[("course", course.id.clone().into())]))
                )
            )),
            Ok(course) => uploaded.push(course),
            Err(problem) => problems.push(format!(
                "{file_name}: {}{}",
                problem_text(l, &problem),
                problem
                    .detail()
                    .map(|detail| format!(" ({detail})"))
                    .unwrap_or_default()
            )),
        }
    }
    if upload.files.is_empty() {
        problems.push(t(l, "lessons-no-files", None));
    }
    let (mut courses, media) = published(latest.as_ref(), &key).unwrap_or_default();
    if problems.is_empty() {
        courses.retain(|c| !uploaded.iter().any(|u| u.id == c.id));
        courses.extend(uploaded.iter().cloned());
        courses.sort_by_key(|c| c.order);
        if let Err(e) = validate_courses(&courses, &|path| media.contains_key(path)) {
            problems.push(format!("{}: {}", e.field, problem_text(l, &e.problem)));
        }
    }
    if !problems.is_empty() {
        let message = html! {
            div.error role="alert" #problems {
                p { (t(l, "lessons-refused", None)) }
                ul {
                    @for problem in &problems {
                        li { (problem) }
                    }
                }
            }
        };
        return lessons_page(
            &state,
            l,
            &signed,
            StatusCode::BAD_REQUEST,
            message,
            latest.as_ref(),
            &key,
        );
    }
    let Ok(version) = u32::try_from(highest + 1) else {
        return failure(
            &state,
            l,
            Some(&signed),
            StatusCode::INTERNAL_SERVER_ERROR,
            &t(l, "error-internal", None),
        );
    };
    let bytes = pack::build(
        PACK_ID,
        version,
        &Curriculum {
            courses: courses.clone(),
        },
        &media,
        &key,
        keys::is_demo_key(&key),
    );
    let ids: Vec<&str> = uploaded.iter().map(|c| c.id.as_str()).collect();
    let detail = format!(
        "version {version}, {} bytes; uploaded {}",
        bytes.len(),
        ids.join(", ")
    );
    let done = async {
        content::publish_pack(&state.pool, PACK_ID, version, &bytes).await?;
        let mut conn = state.pool.acquire().await?;
        crate::audit::audit(
            &mut conn,
            Some(&signed.account.id),
            "lessons.publish",
            PACK_ID,
            &detail,
        )
        .await
    }
    .await;
    match done {
        Ok(()) => Redirect::to(&format!("/lessons?published={version}")).into_response(),
        Err(e) => internal(&state, l, &signed, e),
    }
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::{multipart, signed_in};
    use super::*;
    use crate::testdb::{databases, people};

    const MINI: &[u8] = include_bytes!("../../../core/tests/fixtures/mini-course.json");

    #[tokio::test]
    async fn an_invalid_course_is_refused_and_a_valid_one_is_published_signed() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let tutor = signed_in(pool, "tutor").await;
            assert_eq!(tutor.get("/lessons").await.status, StatusCode::FORBIDDEN);
            let operator = signed_in(pool, "operator").await;
            let page = operator.get("/lessons").await;
            assert_eq!(page.status, StatusCode::OK);

            // A course without English titles, and a file that is not a course.
            let mut broken: serde_json::Value = serde_json::from_slice(MINI).unwrap();
            broken["title"].as_object_mut().unwrap().remove("en");
            let broken = serde_json::to_vec(&broken).unwrap();
            let answer = operator
                .send(multipart(
                    &operator,
                    "/lessons",
                    &[],
                    &[
                        ("courses", "broken.json", &broken),
                        ("courses", "notes.json", b"{\"colour\": \"red\"}"),
                    ],
                ))
                .await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.body);
            assert!(answer.body.contains("notes.json"), "{}", answer.body);
            assert!(content::latest_pack(pool).await.unwrap().is_none());
            let answer = operator
                .send(multipart(
                    &operator,
                    "/lessons",
                    &[],
                    &[("courses", "broken.json", &broken)],
                ))
                .await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST);
            // In the operator's language (Italian by default), from the catalogue.
            assert!(
                answer.body.contains("en\u{2069} manca o è vuoto: scrivilo"),
                "{}",
                answer.body
            );
            assert!(content::latest_pack(pool).await.unwrap().is_none());
            // A step of a kind this build does not know, which a phone would leave out: the
            // author is told where it is, and nothing is published.
            let newer = std::str::from_utf8(MINI).unwrap().replacen(
                "\"kind\": \"explain\"",
                "\"kind\": \"essay\"",
                1,
            );
            let answer = operator
                .send(multipart(
                    &operator,
                    "/lessons",
                    &[],
                    &[("courses", "newer.json", newer.as_bytes())],
                ))
                .await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST);
            assert!(
                answer
                    .body
                    .contains("lessons[0].steps[0]\u{2069}: questo tipo di passo"),
                "{}",
                answer.body
            );
            assert!(content::latest_pack(pool).await.unwrap().is_none());
            let answer = tutor
                .send(multipart(
                    &tutor,
                    "/lessons",
                    &[],
                    &[("courses", "mini.json", MINI)],
                ))
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN);

            let key = keys::signing_key(pool).await.unwrap().verifying_key();
            for expected in [1, 2] {
                let answer = operator
                    .send(multipart(
                        &operator,
                        "/lessons",
                        &[],
                        &[("courses", "mini.json", MINI)],
                    ))
                    .await;
                assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
                let (version, bytes) = content::latest_pack(pool).await.unwrap().unwrap();
                assert_eq!(version, expected, "{}", db.url);
                let verified = pack::verify(&bytes, &[key]).unwrap();
                assert_eq!(verified.manifest.version, expected as u32);
                assert!(!verified.manifest.demo);
                let ids: Vec<&str> = verified
                    .curriculum
                    .courses
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect();
                assert_eq!(ids, ["mini"], "the same course replaces itself");
            }
            let page = operator.get("/lessons?published=2").await;
            assert!(page.body.contains("(mini)"), "{}", page.body);
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert!(log.iter().any(|e| e.action == "lessons.publish"));
            db.drop_database().await;
        }
    }
}
