//! What travels between the phone and the coordinator, defined once and used by both sides:
//! the content records (services, and later lessons), their changes, and the importers that turn
//! CSV, GeoJSON and OpenStreetMap data into records.

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();

mod compat;
pub mod content;
pub mod dump;
pub mod glossary;
pub mod guides;
pub mod import;
pub mod lessons;
pub mod mappack;
pub mod pack;
pub mod problem;
pub mod sync;
#[cfg(feature = "synthetic")]
pub mod synthetic;

pub use content::*;
