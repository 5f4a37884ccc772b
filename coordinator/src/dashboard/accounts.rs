//! For administrators: the organisation's accounts (add one, set a new password) and the
//! audit log of who changed what.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::html;

use super::beneficiaries::people_failure;
use super::forms::CsrfForm;
use super::scrolling;
use super::services::internal;
use super::session::Signed;
use super::{csrf_field, failure, forbidden, locale, page, t, when};
use crate::auth::{self, Role};
use crate::error::PeopleError;

use crate::state::AppState;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/accounts", get(list).post(add))
        .route("/accounts/{username}/password", post(password))
        .route("/audit", get(audit))
}

async fn list(State(state): State<Arc<AppState>>, headers: HeaderMap, signed: Signed) -> Response {
    let l = locale(&headers);
    if !signed.account.role.manages_accounts() {
        return forbidden(&state, l, &signed);
    }
    let accounts = match auth::accounts(&state.pool, &signed.account.organisation_id).await {
        Ok(accounts) => accounts,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let body = html! {
        (scrolling(&t(l, "nav-accounts", None), html! {
        table #accounts {
            tr {
                th { (t(l, "login-username", None)) }
                th { (t(l, "account-role", None)) }
                th { (t(l, "account-new-password", None)) }
            }
            @for account in &accounts {
                tr {
                    td { (account.username) }
                    td { (t(l, &format!("role-{}", account.role.as_str()), None)) }
                    td {
                        form method="post" action={ "/accounts/" (account.username) "/password" } {
                            (csrf_field(&signed))
                            input type="password" name="password" autocomplete="new-password"
                                minlength=(auth::MIN_PASSWORD) required
                                aria-label=(t(l, "account-new-password", None));
                            " "
                            button type="submit" { (t(l, "account-set-password", None)) }
                        }
                    }
                }
            }
        }
        }))
        h2 { (t(l, "account-add", None)) }
        form method="post" action="/accounts" {
            (csrf_field(&signed))
            label {
                (t(l, "login-username", None))
                input type="text" name="username" autocomplete="off" required maxlength="64";
            }
            label {
                (t(l, "account-role", None))
                select name="role" {
                    @for role in Role::ALL {
                        option value=(role.as_str()) selected[role == Role::Tutor] {
                            (t(l, &format!("role-{}", role.as_str()), None))
                        }
                    }
                }
            }
            label {
                (t(l, "login-password", None))
                input type="password" name="password" autocomplete="new-password"
                    minlength=(auth::MIN_PASSWORD) required;
            }
            p.muted { (t(l, "account-rules", None)) }
            button type="submit" #add-account { (t(l, "account-add", None)) }
        }
    };
    let title = t(l, "nav-accounts", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

async fn add(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.manages_accounts() {
        return forbidden(&state, l, &signed);
    }
    let get = |name: &str| form.get(name).map(String::as_str).unwrap_or("");
    let Some(role) = Role::parse(get("role")) else {
        return failure(
            &state,
            l,
            Some(&signed),
            StatusCode::BAD_REQUEST,
            &t(l, "account-bad-role", None),
        );
    };
    match auth::add_account(
        &state.pool,
        Some(&signed.account),
        &signed.account.organisation_id,
        get("username").trim(),
        role,
        get("password"),
    )
    .await
    {
        Ok(_) => Redirect::to("/accounts").into_response(),
        Err(e) => people_failure(&state, l, &signed, e),
    }
}

async fn password(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(username): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.manages_accounts() {
        return forbidden(&state, l, &signed);
    }
    // Only the accounts of the administrator's own organisation.
    match auth::accounts(&state.pool, &signed.account.organisation_id).await {
        Ok(accounts) if accounts.iter().any(|a| a.username == username) => {}
        Ok(_) => {
            return people_failure(
                &state,
                l,
                &signed,
                PeopleError::NotFound(format!("user {username:?}")),
            )
        }
        Err(e) => return internal(&state, l, &signed, e),
    }
    let new_password = form.get("password").map(String::as_str).unwrap_or("");
    match auth::reset_password(&state.pool, Some(&signed.account), &username, new_password).await {
        Ok(()) => Redirect::to("/accounts").into_response(),
        Err(e) => people_failure(&state, l, &signed, e),
    }
}

async fn audit(State(state): State<Arc<AppState>>, headers: HeaderMap, signed: Signed) -> Response {
    let l = locale(&headers);
    if !signed.account.role.manages_accounts() {
        return forbidden(&state, l, &signed);
    }
    let entries = match crate::audit::audit_log(&state.pool, 200).await {
        Ok(entries) => entries,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let body = html! {
        (scrolling(&t(l, "nav-audit", None), html! {
        table #audit {
            tr {
                th { (t(l, "audit-when", None)) }
                th { (t(l, "audit-who", None)) }
                th { (t(l, "audit-action", None)) }
                th { (t(l, "audit-target", None)) }
                th { (t(l, "audit-detail", None)) }
            }
            @for entry in &entries {
                tr {
                    td { (when(l, entry.at)) }
                    td { (entry.who) }
                    td { (super::beneficiaries::labelled(l, "audit-action", &entry.action)) }
                    td { (entry.target) }
                    td { (entry.detail) }
                }
            }
        }
        }))
    };
    let title = t(l, "nav-audit", None);
    page(&state, l, Some(&signed), &title, body).into_response()
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::signed_in;
    use crate::testdb::{databases, people, Client};
    use axum::http::StatusCode;

    #[tokio::test]
    async fn only_an_admin_manages_the_accounts_of_their_organisation() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            for user in ["operator", "tutor"] {
                let client = signed_in(pool, user).await;
                assert_eq!(client.get("/accounts").await.status, StatusCode::FORBIDDEN);
                assert_eq!(client.get("/audit").await.status, StatusCode::FORBIDDEN);
                let answer = client
                    .post_form(
                        "/accounts",
                        &[
                            ("username", "sneaky"),
                            ("role", "admin"),
                            ("password", "a long enough password"),
                        ],
                    )
                    .await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN);
                let answer = client
                    .post_form(
                        "/accounts/admin/password",
                        &[("password", "a long enough password")],
                    )
                    .await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN);
            }
            let admin = signed_in(pool, "admin").await;
            let list = admin.get("/accounts").await;
            assert_eq!(list.status, StatusCode::OK);
            assert!(list.body.contains("tutor2"));
            assert!(!list.body.contains("admin-b"), "another organisation's");
            assert!(list.body.contains("href=\"/audit\""));

            let added = admin
                .post_form(
                    "/accounts",
                    &[
                        ("username", "new-tutor"),
                        ("role", "tutor"),
                        ("password", "a long enough password"),
                    ],
                )
                .await;
            assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
            // Each refused in the admin's language (Italian by default), from the catalogue.
            for (bad, words) in [
                (
                    [
                        ("username", "x"),
                        ("role", "tutor"),
                        ("password", "a long enough password"),
                    ],
                    "Nome utente: da 2 a 64 lettere minuscole",
                ),
                (
                    [
                        ("username", "other"),
                        ("role", "king"),
                        ("password", "a long enough password"),
                    ],
                    "",
                ),
                (
                    [
                        ("username", "other"),
                        ("role", "tutor"),
                        ("password", "short"),
                    ],
                    "10\u{2069} caratteri",
                ),
                (
                    [
                        ("username", "new-tutor"),
                        ("role", "tutor"),
                        ("password", "a long enough password"),
                    ],
                    "new-tutor\u{2069}» è già usato",
                ),
            ] {
                let answer = admin.post_form("/accounts", &bad).await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad:?}");
                assert!(answer.body.contains(words), "{words}: {}", answer.body);
            }
            let mut newcomer = Client::new(pool, false);
            assert_eq!(
                newcomer
                    .sign_in("new-tutor", "a long enough password")
                    .await
                    .status,
                StatusCode::SEE_OTHER
            );

            let reset = admin
                .post_form(
                    "/accounts/new-tutor/password",
                    &[("password", "another long password")],
                )
                .await;
            assert_eq!(reset.status, StatusCode::SEE_OTHER);
            let mut again = Client::new(pool, false);
            assert_eq!(
                again
                    .sign_in("new-tutor", "another long password")
                    .await
                    .status,
                StatusCode::SEE_OTHER
            );
            // Not an account of this organisation.
            let answer = admin
                .post_form(
                    "/accounts/admin-b/password",
                    &[("password", "a long enough password")],
                )
                .await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND);
            let answer = admin
                .post_form(
                    "/accounts/new-tutor/password",
                    &[("csrf", "forged"), ("password", "a long enough password")],
                )
                .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN);

            let audit = admin.get("/audit").await;
            assert_eq!(audit.status, StatusCode::OK);
            assert!(audit.body.contains("Account aggiunto"));
            assert!(audit.body.contains("Password cambiata"));
            assert!(audit.body.contains("<td>admin</td>"), "who did it");
            db.drop_database().await;
        }
    }
}
