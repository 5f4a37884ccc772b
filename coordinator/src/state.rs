//! What every request handler shares: the database, whether this is the demo, and the
//! operators' uploaded files waiting for their confirmation.

use sqlx::AnyPool;

use crate::dashboard::PendingImports;

pub struct AppState {
    pub pool: AnyPool,
    /// The demo: every page says its data is invented and its key public.
    pub demo: bool,
    pub imports: PendingImports,
}

impl AppState {
    pub fn new(pool: AnyPool, demo: bool) -> AppState {
        AppState {
            pool,
            demo,
            imports: PendingImports::default(),
        }
    }
}
