//! The services' screens: list and search with filters, the map, a service's detail with its contact actions, reporting wrong information.
//!
//! Not built yet: every route here shows `Screen::NotBuiltYet`.

use super::route::Route;
use super::{App, Effect, Screen};
use crate::error::Result;
use crate::i18n::Localized;

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ServicesScreen {
    /// Replaced by the real screens.
    Placeholder,
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ServicesEvent {
    /// Replaced by the real events.
    Placeholder,
}

pub(super) fn view(_app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    Ok(super::not_built(route, chain))
}

pub(super) fn handle(_app: &App, _event: ServicesEvent) -> Result<Vec<Effect>> {
    Ok(Vec::new())
}

pub(super) async fn run(_app: &App, _task: super::Task) -> Result<Vec<Effect>> {
    Ok(Vec::new())
}
