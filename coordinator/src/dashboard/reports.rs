//! The inbox of reports of wrong information sent from the phones: each one is fixed (by
//! saving the service with the report's id, which resolves it) or dismissed.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::html;

use super::beneficiaries::people_failure;
use super::forms::CsrfForm;
use super::scrolling;
use super::services::{internal, service_name};
use super::session::Signed;
use super::{csrf_field, forbidden, locale, page, t, when};
use crate::content;
use crate::error::PeopleError;
use crate::people;
use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/reports", get(inbox))
        .route("/reports/{id}/dismiss", post(dismiss))
}

async fn inbox(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let (reports, services) = match (
        people::open_reports(&state.pool).await,
        content::services(&state.pool, None).await,
    ) {
        (Ok(r), Ok(s)) => (r, s),
        (Err(e), _) | (_, Err(e)) => return internal(&state, l, &signed, e),
    };
    let body = html! {
        @for (flag, key) in [
            ("resolved", "report-resolved"),
            ("dismissed", "report-dismissed"),
        ] {
            @if query.contains_key(flag) {
                p.ok role="status" { (t(l, key, None)) }
            }
        }
        @if reports.is_empty() {
            p { (t(l, "report-none", None)) }
        } @else {
            (scrolling(&t(l, "nav-reports", None), html! {
            table #reports {
                tr {
                    th { (t(l, "report-service", None)) }
                    th { (t(l, "report-kind", None)) }
                    th { (t(l, "report-comment", None)) }
                    th { (t(l, "report-date", None)) }
                    th {}
                }
                @for report in &reports {
                    @let name = services
                        .iter()
                        .find(|s| s.id == report.service_id)
                        .map(|s| service_name(s, l))
                        .unwrap_or(&report.service_id);
                    tr id={ "report-" (report.id) } {
                        td { (name) }
                        td { (t(l, &format!("report-kind-{}", report.kind.replace('_', "-")), None)) }
                        td { (report.comment) }
                        td { (when(l, report.created_at)) }
                        td {
                            a href={ "/services/" (report.service_id) "?report=" (report.id) } {
                                (t(l, "report-fix", None))
                            }
                            " "
                            form method="post" style="display:inline" action={ "/reports/" (report.id) "/dismiss" } {
                                (csrf_field(&signed))
                                button type="submit" { (t(l, "report-dismiss", None)) }
                            }
                        }
                    }
                }
            }
            }))
        }
    };
    let title = t(l, "nav-reports", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

async fn dismiss(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let closed = async {
        let mut tx = crate::db::begin_write(&state.pool).await?;
        people::close_report(&mut tx, &signed.account, &id, "dismissed").await?;
        tx.commit().await?;
        Ok::<(), PeopleError>(())
    }
    .await;
    match closed {
        Ok(()) => Redirect::to("/reports?dismissed=1").into_response(),
        Err(e) => people_failure(&state, l, &signed, e),
    }
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::signed_in;
    use crate::content;
    use crate::testdb::{databases, people};
    use axum::http::StatusCode;

    async fn report(pool: &sqlx::AnyPool, id: &str, service: &str) {
        sqlx::query("INSERT INTO service_report (id, service_id, kind, comment, status, created_at) VALUES ($1, $2, 'wrong_hours', 'Closed on <Friday>', 'open', $3)")
            .bind(id)
            .bind(service)
            .bind(crate::db::now_ms())
            .execute(pool)
            .await
            .unwrap();
    }

    async fn status(pool: &sqlx::AnyPool, id: &str) -> String {
        sqlx::query_scalar("SELECT status FROM service_report WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn a_report_from_a_phone_is_fixed_or_dismissed_from_the_inbox() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            content::upsert_services(
                pool,
                &[crate::content::tests::service(
                    "bo-1",
                    "bologna",
                    "Sportello lavoro",
                )],
            )
            .await
            .unwrap();
            report(pool, "rep-1", "bo-1").await;
            report(pool, "rep-2", "bo-1").await;
            let tutor = signed_in(pool, "tutor").await;
            assert_eq!(tutor.get("/reports").await.status, StatusCode::FORBIDDEN);
            assert_eq!(
                tutor.post_form("/reports/rep-2/dismiss", &[]).await.status,
                StatusCode::FORBIDDEN
            );

            let operator = signed_in(pool, "operator").await;
            let inbox = operator.get("/reports").await;
            assert_eq!(inbox.status, StatusCode::OK);
            assert!(inbox.body.contains("id=\"report-rep-1\""));
            assert!(inbox.body.contains("Sportello lavoro"));
            assert!(inbox.body.contains("Closed on &lt;Friday&gt;"));
            assert!(inbox.body.contains("/services/bo-1?report=rep-1"));
            // The kind comes from the catalogue, not as its code.
            assert!(!inbox.body.contains(">wrong_hours<"));

            let form = operator.get("/services/bo-1?report=rep-1").await;
            assert_eq!(
                crate::testdb::hidden(&form.body, "report").as_deref(),
                Some("rep-1")
            );
            let saved = operator
                .post_form(
                    "/services/bo-1",
                    &[("report", "rep-1"), ("opening_hours", "Mo-Th 09:00-13:00")],
                )
                .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
            assert_eq!(status(pool, "rep-1").await, "resolved");
            assert_eq!(
                content::service(pool, "bo-1")
                    .await
                    .unwrap()
                    .unwrap()
                    .opening_hours
                    .as_deref(),
                Some("Mo-Th 09:00-13:00")
            );
            // A report already closed cannot be resolved again, and nothing changes.
            let again = operator
                .post_form(
                    "/services/bo-1",
                    &[("report", "rep-1"), ("opening_hours", "Mo 09:00-10:00")],
                )
                .await;
            assert_eq!(again.status, StatusCode::NOT_FOUND);
            assert_eq!(
                content::service(pool, "bo-1")
                    .await
                    .unwrap()
                    .unwrap()
                    .opening_hours
                    .as_deref(),
                Some("Mo-Th 09:00-13:00")
            );

            let dismissed = operator.post_form("/reports/rep-2/dismiss", &[]).await;
            assert_eq!(dismissed.status, StatusCode::SEE_OTHER);
            assert_eq!(status(pool, "rep-2").await, "dismissed");
            assert_eq!(
                operator
                    .post_form("/reports/rep-2/dismiss", &[])
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
            let inbox = operator.get("/reports").await;
            assert!(!inbox.body.contains("id=\"report-rep-"));
            let log = crate::audit::audit_log(pool, 10).await.unwrap();
            assert!(log.iter().any(|e| e.action == "report.resolved"));
            assert!(log.iter().any(|e| e.action == "report.dismissed"));
            db.drop_database().await;
        }
    }
}
