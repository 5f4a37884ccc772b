//! Signing in and out, and the `Signed` extractor every page uses.

use std::sync::Arc;

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::html;

use super::forms::{CsrfForm, LoginForm};
use super::{failure, locale, page, t};
use crate::auth::{self, Account, LoginError};
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "ponte_session";
/// Double-submit token for the login form, which has no session yet.
pub const LOGIN_COOKIE: &str = "ponte_login";

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
}

/// The signed-in account. Pages that take it redirect to the login page without one.
pub struct Signed {
    pub account: Account,
    /// The name of the account's organisation, shown on every page.
    pub organisation_name: String,
    pub csrf: String,
    token: String,
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.to_owned())
}

impl FromRequestParts<Arc<AppState>> for Signed {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let to_login = || Redirect::to("/login").into_response();
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(to_login());
        };
        match auth::session(&state.pool, &token).await {
            Ok(Some((account, csrf, organisation_name))) => Ok(Signed {
                account,
                organisation_name,
                csrf,
                token,
            }),
            Ok(None) => Err(to_login()),
            Err(error) => {
                tracing::error!(%error, "session lookup");
                Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
            }
        }
    }
}

fn cookie_attributes(state: &AppState) -> &'static str {
    // The demo runs on plain http://127.0.0.1; everywhere else the dashboard is behind TLS.
    if state.demo {
        "HttpOnly; SameSite=Strict; Path=/"
    } else {
        "HttpOnly; SameSite=Strict; Path=/; Secure"
    }
}

/// The login form, with a fresh nonce in its hidden field and in the login cookie.
pub(super) fn login_page(
    state: &AppState,
    l: &str,
    status: StatusCode,
    message: Option<&str>,
) -> Response {
    let nonce = auth::random_token(18);
    let body = html! {
        @if let Some(message) = message {
            p.error role="alert" { (message) }
        }
        form method="post" action="/login" {
            input type="hidden" name="login" value=(nonce);
            label {
                (t(l, "login-username", None))
                input type="text" name="username" id="username" autocomplete="username" required;
            }
            label {
                (t(l, "login-password", None))
                input type="password" name="password" id="password" autocomplete="current-password" required;
            }
            button type="submit" id="login" { (t(l, "login-submit", None)) }
        }
    };
    let title = t(l, "login-title", None);
    let mut response = (status, page(state, l, None, &title, body)).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        format!("{LOGIN_COOKIE}={nonce}; {}", cookie_attributes(state))
            .parse()
            .expect("a valid cookie"),
    );
    response
}

async fn login_form(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    login_page(&state, locale(&headers), StatusCode::OK, None)
}

async fn login(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    LoginForm(form): LoginForm,
) -> Response {
    let l = locale(&headers);
    let username = form.get("username").map(|u| u.trim()).unwrap_or("");
    let password = form.get("password").map(String::as_str).unwrap_or("");
    match auth::login(&state.pool, username, password).await {
        Ok(Ok(session)) => {
            let mut response = Redirect::to("/").into_response();
            response.headers_mut().append(
                header::SET_COOKIE,
                format!(
                    "{SESSION_COOKIE}={}; Max-Age={}; {}",
                    session.token,
                    auth::SESSION_MS / 1000,
                    cookie_attributes(&state)
                )
                .parse()
                .expect("a valid cookie"),
            );
            response
        }
        Ok(Err(LoginError::Wrong)) => login_page(
            &state,
            l,
            StatusCode::UNAUTHORIZED,
            Some(&t(l, "login-wrong", None)),
        ),
        Ok(Err(LoginError::TooMany)) => login_page(
            &state,
            l,
            StatusCode::TOO_MANY_REQUESTS,
            Some(&t(l, "login-too-many", None)),
        ),
        Err(error) => {
            tracing::error!(%error, "login");
            failure(
                &state,
                l,
                None,
                StatusCode::INTERNAL_SERVER_ERROR,
                &t(l, "error-internal", None),
            )
        }
    }
}

async fn logout(State(state): State<Arc<AppState>>, CsrfForm { signed, .. }: CsrfForm) -> Response {
    if let Err(error) = auth::logout(&state.pool, &signed.token).await {
        tracing::error!(%error, "logout");
    }
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        format!(
            "{SESSION_COOKIE}=; Max-Age=0; {}",
            cookie_attributes(&state)
        )
        .parse()
        .expect("a valid cookie"),
    );
    response
}
