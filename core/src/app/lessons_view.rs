//! The lessons' screens: courses, the player for every kind of step, the glossary, the certificate.
//!
//! Not built yet: every route here shows `Screen::NotBuiltYet`.

use super::route::Route;
use super::{App, Effect, Screen};
use crate::error::Result;
use crate::i18n::Localized;

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LessonsScreen {
    /// Replaced by the real screens.
    Placeholder,
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LessonsEvent {
    /// Replaced by the real events.
    Placeholder,
}

pub(super) fn view(_app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    Ok(super::not_built(route, chain))
}

pub(super) fn handle(_app: &App, _event: LessonsEvent) -> Result<Vec<Effect>> {
    Ok(Vec::new())
}
