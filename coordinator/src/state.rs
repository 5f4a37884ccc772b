//! What every request handler shares: the database, whether this is the demo, the operators'
//! uploaded files waiting for their confirmation, and the geocoder their imports may ask.

use sqlx::AnyPool;

use crate::dashboard::PendingImports;
use crate::geocode::Geocoder;

pub struct AppState {
    pub pool: AnyPool,
    /// The demo: every page says its data is invented and its key public.
    pub demo: bool,
    pub imports: PendingImports,
    /// The geocoder the dashboard's import may ask (`serve --geocoder-url`); none by default.
    pub geocoder: Option<Geocoder>,
}

impl AppState {
    pub fn new(pool: AnyPool, demo: bool) -> AppState {
        AppState {
            pool,
            demo,
            imports: PendingImports::default(),
            geocoder: None,
        }
    }
}
