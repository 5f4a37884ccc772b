//! The app core: the phone's behaviour, which both apps render (see DESIGN.md, "The app
//! core"). The shells send what the person does as events, draw the view models they get
//! back, and perform the effects asked of them; everything here is tested without a device.
//!
//! This module grows screen by screen; today it holds the routes and deep links, the
//! navigation stack that survives a kill, and the app's persistent settings.

// Used by the `App` object that the next commits build on them.
#[allow(dead_code)]
pub mod navigation;
/// The offline city map: download, verification, atomic replacement, and its screen state.
pub mod map;
pub mod route;
#[allow(dead_code)]
pub(crate) mod settings;

pub use route::{FirstRunStep, Route};
