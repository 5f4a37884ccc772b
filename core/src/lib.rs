//! Ponte's core: the whole domain and its encrypted storage, in plain Rust with no FFI.
//!
//! One module per capability; each owns its tables (see `migrations/`) and its tests.
//! `ponte-ffi` exposes this crate to Kotlin and Swift through uniffi.

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!();

pub mod app;
pub mod diary;
pub mod error;
pub mod fields;
mod fts;
mod glossary;
pub mod guides;
pub mod i18n;
pub mod lessons;
pub mod services;
pub mod store;
pub mod sync;
pub mod time;
mod typos;

pub use error::{Error, ImportProblem, PackProblem, PonteError, Result, SyncFailure};
pub use fields::Field;
pub use store::{OpenOptions, Store, KEY_LEN};
pub use time::{Timestamp, DEFAULT_TIME_ZONE};
