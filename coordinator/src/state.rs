//! What every request handler shares: the database, whether this is the demo, the operators'
//! uploaded files waiting for their confirmation, the geocoder their imports may ask, and the
//! map's tile source, the devices seen and not yet written, the connections of the no-op sync.

use sqlx::AnyPool;

use crate::dashboard::PendingImports;
use crate::db::QuickReads;
use crate::geocode::Geocoder;
use crate::sharing::SeenDevices;

pub struct AppState {
    pub pool: AnyPool,
    /// The demo: every page says its data is invented and its key public.
    pub demo: bool,
    pub imports: PendingImports,
    /// The geocoder the dashboard's import may ask (`serve --geocoder-url`); none by default.
    pub geocoder: Option<Geocoder>,
    /// The dashboard map's raster tiles when the region has no published city map
    /// (`PONTE_TILE_URL`, with `{z}/{x}/{y}`); none: the services as a list only.
    pub tile_url: Option<String>,
    /// The devices seen since their last write (see [`SeenDevices`]).
    pub seen: SeenDevices,
    /// Where the no-op sync reads (see [`QuickReads`]).
    pub reads: QuickReads,
}

impl AppState {
    pub fn new(pool: AnyPool, demo: bool) -> AppState {
        AppState {
            reads: QuickReads::new(&pool),
            pool,
            demo,
            imports: PendingImports::default(),
            geocoder: None,
            tile_url: None,
            seen: SeenDevices::default(),
        }
    }

    /// The configured raster tile URL; an empty one counts as none. One that is not an
    /// http(s) address with `{z}`, `{x}` and `{y}` is refused here, at start, rather than
    /// found later as an empty map.
    pub fn with_tile_url(mut self, tile_url: Option<String>) -> Result<AppState, String> {
        let url = tile_url
            .map(|url| url.trim().to_owned())
            .filter(|url| !url.is_empty());
        if let Some(url) = &url {
            let placeholders = ["{z}", "{x}", "{y}"].iter().all(|p| url.contains(p));
            let web = url.starts_with("https://") || url.starts_with("http://");
            if !placeholders || !web {
                return Err(format!(
                    "the tile URL (--tile-url, PONTE_TILE_URL) must be an http(s) address with {{z}}, {{x}} and {{y}}, e.g. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png; got {url:?}"
                ));
            }
        }
        self.tile_url = url;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_tile_url_needs_its_placeholders_and_an_empty_one_is_none() {
        let pool = crate::db::connect("sqlite::memory:").await.unwrap();
        let with = |url: &str| AppState::new(pool.clone(), false).with_tile_url(Some(url.into()));
        let good = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
        assert_eq!(with(good).unwrap().tile_url.as_deref(), Some(good));
        assert_eq!(with("  ").unwrap().tile_url, None);
        for bad in [
            "https://tile.openstreetmap.org/{z}/{x}.png",
            "tile.openstreetmap.org/{z}/{x}/{y}.png",
        ] {
            let refused = with(bad).err().unwrap();
            assert!(refused.contains("{z}, {x} and {y}"), "{refused}");
            assert!(refused.contains(bad), "{refused}");
        }
    }
}
