//! What every request handler shares: the database, whether this is the demo, the
//! operators' uploaded files waiting for their confirmation and the map's tile source.

use sqlx::AnyPool;

use crate::dashboard::PendingImports;

pub struct AppState {
    pub pool: AnyPool,
    /// The demo: every page says its data is invented and its key public.
    pub demo: bool,
    pub imports: PendingImports,
    /// The dashboard map's raster tiles when the region has no published city map
    /// (`PONTE_TILE_URL`, with `{z}/{x}/{y}`); none: the services as a list only.
    pub tile_url: Option<String>,
}

impl AppState {
    pub fn new(pool: AnyPool, demo: bool) -> AppState {
        AppState {
            pool,
            demo,
            imports: PendingImports::default(),
            tile_url: None,
        }
    }

    /// The configured raster tile URL; an empty one counts as none.
    pub fn with_tile_url(mut self, tile_url: Option<String>) -> AppState {
        self.tile_url = tile_url
            .map(|url| url.trim().to_owned())
            .filter(|url| !url.is_empty());
        self
    }
}
