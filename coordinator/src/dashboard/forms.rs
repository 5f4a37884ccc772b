//! The only way a dashboard handler reads a posted form: extractors that check the form's CSRF
//! token (or, for the login form, its cookie nonce) before the handler runs. A handler that
//! takes `CsrfForm` or `CsrfUpload` cannot see an unchecked form; a test
//! (`forms::tests::handlers_read_forms_only_through_the_checking_extractors`) fails if a
//! handler module reads `Form` or `Multipart` itself.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{FromRequest, FromRequestParts, Multipart, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Form;

use super::session::{cookie, login_page, Signed, LOGIN_COOKIE};
use super::{failure, locale, t};
use crate::state::AppState;

/// A urlencoded form posted by the signed-in account, its `csrf` field already checked.
pub struct CsrfForm {
    pub signed: Signed,
    pub form: HashMap<String, String>,
}

/// A multipart form (file uploads) posted by the signed-in account, its `csrf` field already
/// checked. No file larger than `MAX_FILE_BYTES` is kept: see [`read_upload`].
pub struct CsrfUpload<const MAX_FILE_BYTES: usize = { usize::MAX }> {
    pub signed: Signed,
    pub upload: Upload,
}

/// The login form, its `login` field already matched against the login cookie's nonce (the
/// double-submit check for a form that has no session yet).
pub struct LoginForm(pub HashMap<String, String>);

/// A multipart form's text fields and files (field name, file name, bytes), and the fields
/// whose file was larger than the reader's limit.
pub struct Upload {
    pub fields: HashMap<String, String>,
    pub files: Vec<(String, String, Vec<u8>)>,
    pub too_large: Vec<String>,
}

/// The form's token matches the session's, or the 403 page to answer.
fn check(
    state: &AppState,
    l: &str,
    signed: &Signed,
    fields: &HashMap<String, String>,
) -> Result<(), Response> {
    match fields.get("csrf") {
        Some(token) if constant_time_eq(token.as_bytes(), signed.csrf.as_bytes()) => Ok(()),
        _ => Err(failure(
            state,
            l,
            Some(signed),
            StatusCode::FORBIDDEN,
            &t(l, "error-csrf", None),
        )),
    }
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl FromRequest<Arc<AppState>> for CsrfForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &Arc<AppState>) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let signed = Signed::from_request_parts(&mut parts, state).await?;
        let l = locale(&parts.headers);
        let Form(form) =
            Form::<HashMap<String, String>>::from_request(Request::from_parts(parts, body), state)
                .await
                .map_err(IntoResponse::into_response)?;
        check(state, l, &signed, &form)?;
        Ok(CsrfForm { signed, form })
    }
}

impl<const MAX_FILE_BYTES: usize> FromRequest<Arc<AppState>> for CsrfUpload<MAX_FILE_BYTES> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &Arc<AppState>) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let signed = Signed::from_request_parts(&mut parts, state).await?;
        let l = locale(&parts.headers);
        // Browsers may send the token after the file, so the whole form is read first.
        let upload = match Multipart::from_request(Request::from_parts(parts, body), state).await {
            Ok(multipart) => read_upload(multipart, MAX_FILE_BYTES).await,
            Err(e) => Err(e.body_text()),
        };
        let upload = match upload {
            Ok(upload) => upload,
            Err(e) => {
                // The reader's explanation, in its English, after the catalogue's sentence.
                let message = format!("{} ({e})", t(l, "error-bad-upload", None));
                return Err(failure(
                    state,
                    l,
                    Some(&signed),
                    StatusCode::BAD_REQUEST,
                    &message,
                ));
            }
        };
        check(state, l, &signed, &upload.fields)?;
        Ok(CsrfUpload { signed, upload })
    }
}

impl FromRequest<Arc<AppState>> for LoginForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &Arc<AppState>) -> Result<Self, Response> {
        let l = locale(request.headers());
        let nonce = cookie(request.headers(), LOGIN_COOKIE);
        let Form(form) = Form::<HashMap<String, String>>::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let nonce_ok = match (nonce, form.get("login")) {
            (Some(cookie), Some(field)) => constant_time_eq(cookie.as_bytes(), field.as_bytes()),
            _ => false,
        };
        if !nonce_ok {
            return Err(login_page(
                state,
                l,
                StatusCode::FORBIDDEN,
                Some(&t(l, "error-csrf", None)),
            ));
        }
        Ok(LoginForm(form))
    }
}

/// A multipart form's fields and files, keeping no file larger than `max_file_bytes`: the rest
/// of such a file is read and dropped (so the fields after it, which browsers send after the
/// file, still come back to the form) and its field is named in `too_large`.
async fn read_upload(mut multipart: Multipart, max_file_bytes: usize) -> Result<Upload, String> {
    let mut upload = Upload {
        fields: HashMap::new(),
        files: Vec::new(),
        too_large: Vec::new(),
    };
    while let Some(mut field) = multipart.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or("").to_owned();
        match field.file_name().map(str::to_owned) {
            Some(file_name) => {
                let mut bytes = Vec::new();
                let mut too_large = false;
                while let Some(chunk) = field.chunk().await.map_err(|e| e.body_text())? {
                    too_large |= bytes.len() + chunk.len() > max_file_bytes;
                    if !too_large {
                        bytes.extend_from_slice(&chunk);
                    }
                }
                if too_large {
                    upload.too_large.push(name);
                } else if !file_name.is_empty() || !bytes.is_empty() {
                    // A file input left empty still sends a part, with no name and no bytes.
                    upload.files.push((name, file_name, bytes));
                }
            }
            None => {
                let text = field.text().await.map_err(|e| e.body_text())?;
                upload.fields.insert(name, text);
            }
        }
    }
    Ok(upload)
}

#[cfg(test)]
mod tests {
    /// The words (whole identifiers) that read a request body without the token check.
    const UNCHECKED: &[&str] = &["Form", "RawForm", "Multipart", "MultipartRejection"];

    /// Whole-identifier occurrences of `word` in `source` (so `CsrfForm` is not `Form`).
    fn uses(source: &str, word: &str) -> usize {
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        source
            .match_indices(word)
            .filter(|(at, _)| {
                let before = source[..*at].chars().next_back();
                let after = source[at + word.len()..].chars().next();
                !before.is_some_and(ident) && !after.is_some_and(ident)
            })
            .count()
    }

    #[test]
    fn the_source_check_sees_what_it_looks_for() {
        assert_eq!(uses("Form(form): Form<HashMap<String, String>>", "Form"), 2);
        assert_eq!(uses("use axum::{Form, Router};", "Form"), 1);
        assert_eq!(uses("CsrfForm { signed, form }: CsrfForm", "Form"), 0);
        assert_eq!(uses("multipart: Result<Multipart, X>", "Multipart"), 1);
        assert_eq!(uses("fn multipart() -> FormData", "Multipart"), 0);
    }

    /// Every handler module of the dashboard reads forms only through this module's
    /// extractors, so the next handler cannot forget the CSRF check.
    #[test]
    fn handlers_read_forms_only_through_the_checking_extractors() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/dashboard");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("rs")
                || path.file_name().and_then(|n| n.to_str()) == Some("forms.rs")
            {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for word in UNCHECKED {
                assert_eq!(
                    uses(&source, word),
                    0,
                    "{} uses {word}: take CsrfForm or CsrfUpload (dashboard/forms.rs) instead",
                    path.display()
                );
            }
            checked += 1;
        }
        assert!(checked >= 10, "only {checked} modules found in {dir}");
    }
}
