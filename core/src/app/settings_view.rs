//! The settings: languages, city, data saver, notifications, export, erase, unpair.
//!
//! Not built yet: every route here shows `Screen::NotBuiltYet`.

use super::route::Route;
use super::{App, Effect, Screen};
use crate::error::Result;
use crate::i18n::Localized;

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SettingsScreen {
    /// Replaced by the real screens.
    Placeholder,
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SettingsEvent {
    /// Replaced by the real events.
    Placeholder,
}

pub(super) fn view(_app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    Ok(super::not_built(route, chain))
}

pub(super) fn handle(_app: &App, _event: SettingsEvent) -> Result<Vec<Effect>> {
    Ok(Vec::new())
}
