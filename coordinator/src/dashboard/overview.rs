//! The first page after signing in: what needs the account's attention today, per role. A
//! tutor sees the people waiting for an answer and the week's appointments (from the diaries
//! their people share and their own items); an operator sees the services of their territory
//! and the facts the published lessons cite not checked for a year, the open reports and the
//! outdated translations; an administrator
//! sees the organisation's accounts and the latest entries of the audit log.

use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use jiff::civil::Date;
use maud::{html, Markup};
use ponte_wire::sync::{RecordKind, SharedRecord};
use sqlx::{AnyPool, Row};

use super::scrolling;
use super::services::{category_key, internal, service_name};
use super::session::Signed;
use super::{args, locale, page, rome, t, when};
use crate::auth::{Account, Role};
use crate::people;
use crate::state::AppState;
use crate::{content, keys};

/// The longest list a section shows; the rest is counted, with a link to its page.
const SHOWN: usize = 10;

/// A service whose information was last checked before this many days ago is due a check.
const CHECK_EVERY_DAYS: i64 = 365;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new().route("/", get(index))
}

async fn index(State(state): State<Arc<AppState>>, headers: HeaderMap, signed: Signed) -> Response {
    let l = locale(&headers);
    let today = jiff::Timestamp::now().to_zoned(rome().clone()).date();
    let body = match signed.account.role {
        Role::Tutor => tutor_overview(&state.pool, l, &signed.account, today).await,
        Role::Operator => operator_overview(&state.pool, l, &signed.account, today).await,
        Role::Admin => admin_overview(&state.pool, l, &signed.account).await,
    };
    let body = match body {
        Ok(body) => body,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let title = t(l, "dashboard-title", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

/// "And 3 more", linking to the page that lists them all.
fn more(l: &str, total: usize, href: &str) -> Markup {
    html! {
        @if total > SHOWN {
            p {
                a href=(href) {
                    (t(l, "overview-more", Some(&args(&[("count", (total - SHOWN).into())]))))
                }
            }
        }
    }
}

/// A question a person sent their tutor, not answered yet.
struct Waiting {
    beneficiary_id: String,
    nickname: String,
    text: String,
    language: String,
    asked_at: i64,
}

/// The open questions of the tutor's people, the longest waiting first.
async fn waiting(pool: &AnyPool, tutor: &Account) -> Result<Vec<Waiting>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT b.id, b.nickname, q.text, q.language, q.created_at FROM tutor_question q
         JOIN beneficiary b ON b.id = q.beneficiary_id
         WHERE b.tutor_id = $1 AND b.erased_at IS NULL AND q.answered_at IS NULL
         ORDER BY q.created_at, q.id",
    )
    .bind(&tutor.id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Waiting {
                beneficiary_id: r.try_get("id")?,
                nickname: r.try_get("nickname")?,
                text: r.try_get("text")?,
                language: r.try_get("language")?,
                asked_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// A dated event of one of the tutor's people: a meeting in the diary they share, or the
/// tutor's own referral or meeting.
#[derive(Debug)]
struct Appointment {
    beneficiary_id: String,
    nickname: String,
    kind: RecordKind,
    at: i64,
    what: String,
}

/// When a record takes place, in milliseconds: a diary meeting's `at` is a moment (the phone's
/// milliseconds), a tutor's item's `at` is Rome's local time as the form's `datetime-local`
/// gives it (`2026-12-03T10:00`).
fn appointment_time(record: &SharedRecord) -> Option<i64> {
    let at = &record.fields.get("at")?.value;
    match record.kind {
        RecordKind::DiaryMeeting => at.as_i64(),
        RecordKind::Referral | RecordKind::TutorMeeting => {
            let local: jiff::civil::DateTime = at.as_str()?.parse().ok()?;
            let zoned = local.to_zoned(rome().clone()).ok()?;
            Some(zoned.timestamp().as_millisecond())
        }
        _ => None,
    }
}

/// The tutor's people's appointments from `from` to before `to` (milliseconds), soonest first.
async fn appointments(
    pool: &AnyPool,
    tutor: &Account,
    from: i64,
    to: i64,
) -> Result<Vec<Appointment>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT b.id, b.nickname, r.body FROM shared_record r
         JOIN beneficiary b ON b.id = r.beneficiary_id
         WHERE b.tutor_id = $1 AND b.erased_at IS NULL
           AND r.kind IN ('diary_meeting', 'referral', 'tutor_meeting')",
    )
    .bind(&tutor.id)
    .fetch_all(pool)
    .await?;
    let mut found = Vec::new();
    for row in &rows {
        let body: String = row.try_get("body")?;
        let Ok(record) = serde_json::from_str::<SharedRecord>(&body) else {
            continue;
        };
        if record.is_deleted() {
            continue;
        }
        let Some(at) = appointment_time(&record).filter(|at| (from..to).contains(at)) else {
            continue;
        };
        let what = ["title", "topics", "place"]
            .iter()
            .find_map(|field| record.text(field).filter(|t| !t.trim().is_empty()))
            .unwrap_or_default()
            .to_owned();
        found.push(Appointment {
            beneficiary_id: row.try_get("id")?,
            nickname: row.try_get("nickname")?,
            kind: record.kind,
            at,
            what,
        });
    }
    found.sort_by(|a, b| (a.at, &a.nickname).cmp(&(b.at, &b.nickname)));
    Ok(found)
}

/// Monday 00:00 of `today`'s week and the Monday after, in Rome, as milliseconds.
fn week_of(today: Date) -> (i64, i64) {
    let monday = today
        .checked_sub(jiff::Span::new().days(today.weekday().to_monday_zero_offset()))
        .unwrap_or(today);
    let start = |day: Date| {
        day.to_zoned(rome().clone())
            .map(|z| z.timestamp().as_millisecond())
            .unwrap_or(0)
    };
    let next = monday
        .checked_add(jiff::Span::new().days(7))
        .unwrap_or(monday);
    (start(monday), start(next))
}

fn record_label(l: &str, kind: RecordKind) -> String {
    t(
        l,
        &format!("record-{}", kind.as_str().replace('_', "-")),
        None,
    )
}

async fn tutor_overview(
    pool: &AnyPool,
    l: &str,
    tutor: &Account,
    today: Date,
) -> Result<Markup, sqlx::Error> {
    let waiting = waiting(pool, tutor).await?;
    let (monday, next_monday) = week_of(today);
    let week = appointments(pool, tutor, monday, next_monday).await?;
    Ok(html! {
        section #waiting {
            h2 { (t(l, "overview-waiting", None)) }
            @if waiting.is_empty() {
                p { (t(l, "overview-waiting-none", None)) }
            } @else {
                (scrolling(&t(l, "overview-waiting", None), html! {
                table {
                    tr {
                        th { (t(l, "beneficiary-nickname", None)) }
                        th { (t(l, "overview-question", None)) }
                        th { (t(l, "overview-asked", None)) }
                    }
                    @for q in &waiting {
                        tr {
                            td { a href={ "/beneficiaries/" (q.beneficiary_id) "#questions-title" } { (q.nickname) } }
                            td lang=(q.language) dir="auto" { (q.text) }
                            td { (when(l, q.asked_at)) }
                        }
                    }
                }
                }))
            }
        }
        section #week {
            h2 { (t(l, "overview-week", None)) }
            @if week.is_empty() {
                p { (t(l, "overview-week-none", None)) }
            } @else {
                (scrolling(&t(l, "overview-week", None), html! {
                table {
                    tr {
                        th { (t(l, "overview-when", None)) }
                        th { (t(l, "beneficiary-nickname", None)) }
                        th { (t(l, "overview-what", None)) }
                    }
                    @for a in &week {
                        tr.appointment {
                            td { (when(l, a.at)) }
                            td { a href={ "/beneficiaries/" (a.beneficiary_id) } { (a.nickname) } }
                            td { (record_label(l, a.kind)) @if !a.what.is_empty() { " · " (a.what) } }
                        }
                    }
                }
                }))
            }
        }
    })
}

/// The date a service was last checked, when it was checked less than a year before `today`;
/// `Err` with the date (or none) when it is due a check.
fn checked_recently(last_verified: Option<&str>, today: Date) -> Result<Date, Option<Date>> {
    let checked = last_verified.and_then(|d| d.parse::<Date>().ok());
    let due = today
        .checked_sub(jiff::Span::new().days(CHECK_EVERY_DAYS))
        .unwrap_or(today);
    match checked {
        Some(date) if date > due => Ok(date),
        other => Err(other),
    }
}

/// The languages whose text was written from an older version of the source text.
fn outdated_languages<'a>(
    version: u32,
    texts: impl Iterator<Item = (&'a str, u32)>,
) -> Vec<&'a str> {
    texts
        .filter(|(_, source_version)| *source_version < version)
        .map(|(language, _)| language)
        .collect()
}

async fn operator_overview(
    pool: &AnyPool,
    l: &str,
    operator: &Account,
    today: Date,
) -> Result<Markup, sqlx::Error> {
    let region: Option<String> =
        sqlx::query_scalar("SELECT region FROM organisation WHERE id = $1")
            .bind(&operator.organisation_id)
            .fetch_optional(pool)
            .await?;
    let services = content::services(pool, region.as_deref()).await?;
    let mut unchecked: Vec<_> = services
        .iter()
        .filter_map(|s| {
            checked_recently(s.last_verified.as_deref(), today)
                .err()
                .map(|date| (date, s))
        })
        .collect();
    // Never checked first, then the longest unchecked.
    unchecked.sort_by(|(a, x), (b, y)| (a, &x.id).cmp(&(b, &y.id)));
    let due_day = today
        .checked_sub(jiff::Span::new().days(CHECK_EVERY_DAYS))
        .unwrap_or(today)
        .to_string();
    let latest = content::latest_pack(pool).await?;
    let courses = match super::lessons::published(latest.as_ref(), &keys::signing_key(pool).await?)
    {
        Some((courses, _)) => courses,
        None => Vec::new(),
    };
    let mut sources_due = ponte_wire::lessons::sources_due(&courses, &due_day);
    sources_due.sort_by(|a, b| (&a.2.checked, a.0, a.1).cmp(&(&b.2.checked, b.0, b.1)));
    let course_title = |id: &str| {
        courses
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.title.get(l).or_else(|| c.title.get("it")))
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    };
    let reports = people::open_reports(pool).await?;
    let report_services = content::services(pool, None).await?;
    let guides = content::stored_guides(pool).await?;
    // (link, name, what it is, languages)
    let mut outdated: Vec<(String, String, String, Vec<&str>)> = Vec::new();
    for s in &services {
        let languages = outdated_languages(
            s.version,
            s.texts
                .iter()
                .map(|x| (x.language.as_str(), x.source_version)),
        );
        if !languages.is_empty() {
            outdated.push((
                format!("/services/{}", s.id),
                service_name(s, l).to_owned(),
                t(l, "overview-a-service", None),
                languages,
            ));
        }
    }
    for stored in &guides {
        let guide = &stored.guide;
        if guide.region.is_some() && guide.region != region {
            continue;
        }
        let languages = outdated_languages(
            guide.version,
            guide
                .texts
                .iter()
                .map(|x| (x.language.as_str(), x.source_version)),
        );
        if !languages.is_empty() {
            let title = guide
                .texts
                .iter()
                .find(|x| x.language == l)
                .or_else(|| {
                    guide
                        .texts
                        .iter()
                        .find(|x| x.language == guide.source_language)
                })
                .map(|x| x.title.clone())
                .unwrap_or_else(|| guide.id.clone());
            outdated.push((
                format!("/guides/{}", guide.id),
                title,
                t(l, "overview-a-guide", None),
                languages,
            ));
        }
    }
    Ok(html! {
        section #unchecked {
            h2 { (t(l, "overview-unchecked", None)) }
            @if unchecked.is_empty() {
                p { (t(l, "overview-unchecked-none", None)) }
            } @else {
                p { (t(l, "overview-unchecked-count", Some(&args(&[("count", unchecked.len().into())])))) }
                (scrolling(&t(l, "overview-unchecked", None), html! {
                table {
                    tr {
                        th { (t(l, "dashboard-name", None)) }
                        th { (t(l, "dashboard-categories", None)) }
                        th { (t(l, "overview-last-checked", None)) }
                    }
                    @for (date, s) in unchecked.iter().take(SHOWN) {
                        @let categories: Vec<String> = s.categories.iter().map(|c| t(l, &category_key(*c), None)).collect();
                        tr {
                            td { a href={ "/services/" (s.id) } { (service_name(s, l)) } }
                            td { (categories.join(", ")) }
                            td {
                                @match date {
                                    Some(date) => (date.to_string()),
                                    None => (t(l, "overview-never-checked", None)),
                                }
                            }
                        }
                    }
                }
                }))
                (more(l, unchecked.len(), "/services"))
            }
        }
        section #sources-due {
            h2 { (t(l, "overview-sources-due", None)) }
            @if sources_due.is_empty() {
                p { (t(l, "overview-sources-due-none", None)) }
            } @else {
                p { (t(l, "overview-sources-due-count", Some(&args(&[("count", sources_due.len().into())])))) }
                (scrolling(&t(l, "overview-sources-due", None), html! {
                table {
                    tr {
                        th { (t(l, "overview-course", None)) }
                        th { (t(l, "overview-source", None)) }
                        th { (t(l, "overview-last-checked", None)) }
                    }
                    @for (course, _, source) in sources_due.iter().take(SHOWN) {
                        tr {
                            td { a href="/lessons" { (course_title(course)) } }
                            td { a href=(source.url) rel="noopener" { (source.reference) } }
                            td {
                                @if source.checked.is_empty() {
                                    (t(l, "overview-never-checked", None))
                                } @else {
                                    (source.checked)
                                }
                            }
                        }
                    }
                }
                }))
                (more(l, sources_due.len(), "/lessons"))
            }
        }
        section #open-reports {
            h2 { (t(l, "overview-reports", None)) }
            @if reports.is_empty() {
                p { (t(l, "report-none", None)) }
            } @else {
                (scrolling(&t(l, "overview-reports", None), html! {
                table {
                    tr {
                        th { (t(l, "report-service", None)) }
                        th { (t(l, "report-kind", None)) }
                        th { (t(l, "report-date", None)) }
                    }
                    @for report in reports.iter().take(SHOWN) {
                        @let name = report_services
                            .iter()
                            .find(|s| s.id == report.service_id)
                            .map(|s| service_name(s, l))
                            .unwrap_or(&report.service_id);
                        tr {
                            td { a href={ "/reports#report-" (report.id) } { (name) } }
                            td { (t(l, &format!("report-kind-{}", report.kind.replace('_', "-")), None)) }
                            td { (when(l, report.created_at)) }
                        }
                    }
                }
                }))
                (more(l, reports.len(), "/reports"))
            }
        }
        section #outdated {
            h2 { (t(l, "overview-outdated", None)) }
            @if outdated.is_empty() {
                p { (t(l, "overview-outdated-none", None)) }
            } @else {
                (scrolling(&t(l, "overview-outdated", None), html! {
                table {
                    tr {
                        th { (t(l, "dashboard-name", None)) }
                        th { (t(l, "overview-kind", None)) }
                        th { (t(l, "overview-languages", None)) }
                    }
                    @for (href, name, kind, languages) in &outdated {
                        tr {
                            td { a href=(href) { (name) } }
                            td { (kind) }
                            td { (languages.join(", ")) }
                        }
                    }
                }
                }))
            }
        }
    })
}

/// How many audit entries the overview shows.
const AUDIT_SHOWN: i64 = 10;

async fn admin_overview(pool: &AnyPool, l: &str, admin: &Account) -> Result<Markup, sqlx::Error> {
    let accounts = crate::auth::accounts(pool, &admin.organisation_id).await?;
    let entries = crate::audit::audit_log(pool, AUDIT_SHOWN).await?;
    Ok(html! {
        section #accounts {
            h2 { (t(l, "nav-accounts", None)) }
            (scrolling(&t(l, "nav-accounts", None), html! {
            table {
                tr {
                    th { (t(l, "overview-username", None)) }
                    th { (t(l, "account-role", None)) }
                }
                @for account in &accounts {
                    tr {
                        td { (account.username) }
                        td { (t(l, &format!("role-{}", account.role.as_str()), None)) }
                    }
                }
            }
            }))
            p { a href="/accounts" { (t(l, "overview-manage-accounts", None)) } }
        }
        section #latest-audit {
            h2 { (t(l, "overview-audit", None)) }
            (scrolling(&t(l, "overview-audit", None), html! {
            table {
                tr {
                    th { (t(l, "audit-when", None)) }
                    th { (t(l, "audit-who", None)) }
                    th { (t(l, "audit-action", None)) }
                    th { (t(l, "audit-target", None)) }
                }
                @for entry in &entries {
                    tr {
                        td { (when(l, entry.at)) }
                        td { (entry.who) }
                        td { (super::beneficiaries::labelled(l, "audit-action", &entry.action)) }
                        td { (entry.target) }
                    }
                }
            }
            }))
            p { a href="/audit" { (t(l, "overview-all-audit", None)) } }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_runs_from_monday_to_monday_in_rome() {
        // Thursday 3 December 2026: the week starts on Monday 30 November at 00:00 in Rome,
        // 23:00 UTC the day before.
        let (from, to) = week_of(jiff::civil::date(2026, 12, 3));
        let utc = |s: &str| s.parse::<jiff::Timestamp>().unwrap().as_millisecond();
        assert_eq!(from, utc("2026-11-29T23:00:00Z"));
        assert_eq!(to, utc("2026-12-06T23:00:00Z"));
        // A Monday is its own week's start; the week of the clock change is an hour shorter.
        let (from, to) = week_of(jiff::civil::date(2026, 3, 23));
        assert_eq!(from, utc("2026-03-22T23:00:00Z"));
        assert_eq!(to - from, (7 * 24 - 1) * 3600 * 1000);
    }

    #[test]
    fn a_service_is_due_a_check_a_year_after_the_last() {
        let today = jiff::civil::date(2026, 12, 3);
        assert!(checked_recently(Some("2026-01-10"), today).is_ok());
        assert_eq!(
            checked_recently(Some("2025-12-01"), today),
            Err(Some(jiff::civil::date(2025, 12, 1)))
        );
        assert_eq!(checked_recently(None, today), Err(None));
        assert_eq!(checked_recently(Some("not a date"), today), Err(None));
    }

    #[tokio::test]
    async fn an_operator_sees_the_lesson_facts_due_for_a_check() {
        use ponte_wire::lessons::{Course, Source, Step};
        for db in crate::testdb::databases().await {
            let pool = &db.pool;
            crate::testdb::people(pool).await;
            let operator = crate::auth::accounts(pool, "org-a")
                .await
                .unwrap()
                .into_iter()
                .find(|a| a.username == "operator")
                .unwrap();
            let today = jiff::civil::date(2026, 12, 3);
            let section_of = |page: &str| {
                let start = page.find("id=\"sources-due\"").expect("the section");
                page[start..start + page[start..].find("</section>").unwrap()].to_owned()
            };
            // Nothing published yet: nothing due.
            let page = operator_overview(pool, "en", &operator, today)
                .await
                .unwrap();
            assert!(section_of(&page.into_string()).contains("Every fact"));

            let mut course: Course = serde_json::from_str(include_str!(
                "../../../core/tests/fixtures/mini-course.json"
            ))
            .unwrap();
            let source = |reference: &str, checked: &str| Source {
                reference: reference.into(),
                url: "https://www.inail.it/".into(),
                checked: checked.into(),
            };
            course.sources = [
                (
                    "old".to_owned(),
                    source("art. 67 DPR 1124/1965", "2025-11-30"),
                ),
                (
                    "fresh".to_owned(),
                    source("L. 205/2017, c. 910", "2026-06-01"),
                ),
                ("never".to_owned(), source("INPS – NASpI", "")),
            ]
            .into();
            if let Step::Explain { cite, .. } = &mut course.lessons[0].steps[0] {
                cite.claims = vec!["law".into()];
                cite.sources = vec!["old".into(), "fresh".into(), "never".into()];
            }
            let key = keys::signing_key(pool).await.unwrap();
            let curriculum = ponte_wire::pack::Curriculum {
                courses: vec![course],
            };
            let bytes = ponte_wire::pack::build(
                "digital-skills",
                1,
                &curriculum,
                &Default::default(),
                &key,
                false,
            );
            content::publish_pack(pool, "digital-skills", 1, &bytes)
                .await
                .unwrap();
            let page = operator_overview(pool, "en", &operator, today)
                .await
                .unwrap();
            let due = section_of(&page.into_string());
            assert!(due.contains("sources the lessons cite are due"), "{due}");
            assert_eq!(due.matches("<tr><td>").count(), 2, "{due}");
            assert!(
                due.contains("art. 67 DPR 1124/1965") && due.contains("2025-11-30"),
                "{due}"
            );
            // Never checked: listed first, and said in words.
            let never = due.find("INPS – NASpI").expect("the source never checked");
            assert!(never < due.find("art. 67").unwrap(), "{due}");
            assert!(due[never..].contains("<td>Never</td>"), "{due}");
            assert!(!due.contains("L. 205/2017"), "checked this year: {due}");
            db.drop_database().await;
        }
    }

    fn dated(kind: RecordKind, at: serde_json::Value) -> SharedRecord {
        SharedRecord {
            kind,
            id: "r1".into(),
            fields: [(
                "at".to_owned(),
                ponte_wire::sync::Stamped {
                    value: at,
                    at: Default::default(),
                },
            )]
            .into(),
            deleted: None,
        }
    }

    #[test]
    fn an_items_local_time_and_a_diary_moment_are_both_read() {
        let utc = |s: &str| s.parse::<jiff::Timestamp>().unwrap().as_millisecond();
        let local = serde_json::json!("2026-12-03T10:00");
        // 10:00 in Rome in December is 09:00 UTC; in July, 08:00 UTC.
        assert_eq!(
            appointment_time(&dated(RecordKind::Referral, local.clone())),
            Some(utc("2026-12-03T09:00:00Z"))
        );
        assert_eq!(
            appointment_time(&dated(
                RecordKind::TutorMeeting,
                serde_json::json!("2026-07-03T10:00")
            )),
            Some(utc("2026-07-03T08:00:00Z"))
        );
        let moment = serde_json::json!(1_796_288_400_000_i64);
        assert_eq!(
            appointment_time(&dated(RecordKind::DiaryMeeting, moment)),
            Some(1_796_288_400_000)
        );
        // A note has no appointment, and an unreadable time is none.
        assert_eq!(appointment_time(&dated(RecordKind::TutorNote, local)), None);
        assert_eq!(
            appointment_time(&dated(RecordKind::Referral, serde_json::json!("soon"))),
            None
        );
    }
}
