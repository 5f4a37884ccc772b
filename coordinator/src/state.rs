//! What every request handler shares: the database and whether this is the demo.

use sqlx::AnyPool;

pub struct AppState {
    pub pool: AnyPool,
    /// The demo: every page says its data is invented and its key public.
    pub demo: bool,
}
