//! Finding services: near me, in a map viewport, by text in the person's languages; details of
//! one service. Every text comes back with the language it is actually in.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Arc;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

use super::hours::{OpenState, OpenStatus};
use super::{Audience, Category, Contact, Provenance, Services};
use crate::error::{Error, Result};
use crate::store::Store;

/// What narrows a query. The default lets everything through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceFilter {
    /// Any of these categories; empty for all.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub categories: Vec<Category>,
    /// Someone at the desk speaks this language.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub spoken_language: Option<String>,
    /// For this audience (services for everyone always qualify).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub audience: Option<Audience>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub free_only: bool,
    /// Only services open at the query's moment.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub open_only: bool,
}

/// A point on the map, in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

/// A rectangle of the map, in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Bounds {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

/// A service in a list or on the map.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceSummary {
    pub id: String,
    pub name: String,
    /// The language `name` is in: the first of the person's languages that has it, else the
    /// source language.
    pub name_language: String,
    pub categories: Vec<Category>,
    pub address: String,
    pub city: String,
    /// `None`: the service has no map position (found by search and in lists, never on the
    /// map or by distance).
    pub position: Option<GeoPoint>,
    /// Metres from the query's point, when it had one and the service has a position.
    pub distance_m: Option<f64>,
    /// At the query's moment; `None` when the hours are not known.
    pub open: Option<OpenState>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceHit {
    pub service: ServiceSummary,
    /// The language the words matched in.
    pub matched_language: String,
}

/// A service's texts in the language chosen for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShownText {
    pub language: String,
    pub name: String,
    pub description: String,
    pub eligibility: String,
    pub how_to: String,
    pub provenance: Provenance,
    /// Translated from an older version of the source: the app says it may be out of date.
    pub outdated: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ServiceDetails {
    pub id: String,
    pub organisation: String,
    pub categories: Vec<Category>,
    pub address: String,
    pub city: String,
    pub region: String,
    /// `None`: the service has no map position.
    pub position: Option<GeoPoint>,
    pub opening_hours: Option<String>,
    pub open: Option<OpenState>,
    pub contacts: Vec<Contact>,
    pub languages_spoken: Vec<String>,
    pub audiences: Vec<Audience>,
    pub free: Option<bool>,
    pub wheelchair: Option<bool>,
    pub last_verified: Option<String>,
    pub source: String,
    /// What the licence of the data's source asks to show beside it; empty when nothing.
    pub attribution: String,
    pub text: ShownText,
    /// Every language the service has texts in.
    pub available_languages: Vec<String>,
    pub favourite: bool,
}

/// Mean Earth radius, metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;
const METRES_PER_DEGREE: f64 = 111_320.0;
/// Search scores at most this many texts matching in their name, and as many matching anywhere,
/// in the index's order. Each is a page or two to read (its language, its place): the number
/// bounds a search's time, and is what keeps frequent words under the goal.
const SEARCH_CANDIDATES: usize = 300;
/// When the index holds more matches than a search scores, this many of the services nearest
/// the person are checked directly, so the nearest matches are never missed.
const NEARBY_CHECKED: usize = 60;
/// A typed word standing for more whole words than this is left to FTS5's prefix query.
const MAX_WORDS_PER_PREFIX: usize = 48;
/// A match in a service's name counts this many times one in its description or eligibility.
const NAME_WEIGHT: f64 = 5.0;

/// Great-circle distance (haversine), metres.
pub(crate) fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().asin()
}

fn categories_from_bits(bits: i64) -> Vec<Category> {
    Category::ALL
        .into_iter()
        .filter(|c| bits & i64::from(c.bit()) != 0)
        .collect()
}

/// The filter as SQL conditions, with their parameters. `flags` is the alias of the table whose `category_bits`,
/// `audience_bits` and `free` are tested: `p` (the map index) where the query walks it, so
/// a service that does not pass is never read.
fn filter_sql(filter: &ServiceFilter, flags: &str, params: &mut Vec<Value>) -> String {
    let mut sql = String::new();
    if !filter.categories.is_empty() {
        let bits = filter.categories.iter().fold(0u32, |acc, c| acc | c.bit());
        params.push(Value::Integer(bits.into()));
        let _ = write!(sql, " AND ({flags}.category_bits & ?{}) != 0", params.len());
    }
    if let Some(audience) = filter.audience {
        params.push(Value::Integer(
            (audience.bit() | Audience::Everyone.bit()).into(),
        ));
        // A service that names no audience (an import whose file says nothing of it) is
        // for everyone: hiding it from every filtered list would lose it.
        let _ = write!(
            sql,
            " AND (({flags}.audience_bits & ?{}) != 0 OR {flags}.audience_bits = 0)",
            params.len()
        );
    }
    if let Some(language) = &filter.spoken_language {
        params.push(Value::Text(format!(",{language},")));
        let _ = write!(sql, " AND instr(s.languages_spoken, ?{}) > 0", params.len());
    }
    if filter.free_only {
        let _ = write!(sql, " AND {flags}.free = 1");
    }
    sql
}

/// A service row as lists need it.
struct Row {
    n: i64,
    id: String,
    category_bits: i64,
    address: String,
    city: String,
    /// Latitude and longitude; `None` without a map position.
    position: Option<(f64, f64)>,
    hours: Option<String>,
}

/// Both coordinates of a row, or none (the table allows nothing else).
fn position_of(lat: Option<f64>, lon: Option<f64>) -> Option<(f64, f64)> {
    lat.zip(lon)
}

const ROW_COLUMNS: &str =
    "s.n, s.id, s.category_bits, s.address, s.city, s.lat, s.lon, s.opening_hours";

fn read_rows(conn: &Connection, sql: &str, params: &[Value]) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params_from_iter(params.iter()), |r| {
        Ok(Row {
            n: r.get(0)?,
            id: r.get(1)?,
            category_bits: r.get(2)?,
            address: r.get(3)?,
            city: r.get(4)?,
            position: position_of(r.get(5)?, r.get(6)?),
            hours: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The typed words as an FTS5 query, each the whole indexed words it begins (`("pigneto" OR
/// "pignolo")`), which FTS5 reads lazily, rather than a prefix (`"pign"*`), whose postings FTS5
/// merges in full before the first match. A word that begins no indexed word is taken for a
/// typing mistake: the indexed words one or two edits away stand for it ("permeso" → "permesso");
/// with none, or too many words, it stays a prefix query. `None` when nothing was typed.
fn whole_word_query(
    store: &Store,
    conn: &Connection,
    words: &[&str],
    folded: &[String],
) -> Result<Option<String>> {
    if words.is_empty() {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT term FROM service_search_term WHERE term >= ?1 AND term < ?2 LIMIT ?3",
    )?;
    let mut parts = Vec::with_capacity(words.len());
    for (&word, folded) in words.iter().zip(folded) {
        let beyond = format!("{folded}{}", char::MAX);
        let terms = stmt
            .query_map(
                rusqlite::params![folded, beyond, MAX_WORDS_PER_PREFIX as i64 + 1],
                |r| r.get::<_, String>(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let terms = if terms.is_empty() {
            vocabulary(store, conn)?.near(folded, MAX_WORDS_PER_PREFIX)
        } else {
            terms
        };
        parts.push(if terms.is_empty() || terms.len() > MAX_WORDS_PER_PREFIX {
            format!("{}*", crate::fts::quoted(word))
        } else {
            let alternatives: Vec<String> = terms.iter().map(|t| crate::fts::quoted(t)).collect();
            format!("({})", alternatives.join(" OR "))
        });
    }
    Ok(Some(parts.join(" AND ")))
}

/// The services index's words for typo correction, made from `service_search_term` once per
/// content version and kept: at 100,000 services in 12 languages that is a few hundred
/// thousand words, read and built in a fraction of a second, once after each sync.
static VOCABULARY: crate::typos::VocabularyCache = crate::typos::VocabularyCache::new();

fn vocabulary(store: &Store, conn: &Connection) -> Result<Arc<crate::typos::Vocabulary>> {
    // In the table's key order, which is the byte order the set needs.
    VOCABULARY.get(
        store,
        conn,
        "SELECT term FROM service_search_term ORDER BY term",
    )
}

/// One service's best matching text so far.
struct Candidate {
    /// A search near a point matched a service without a position: it ranks after every placed
    /// one, having no distance to weigh.
    unplaced: bool,
    in_name: bool,
    /// Where the text's language stands in the person's chain; earlier is better.
    chain_rank: usize,
    /// Of the name in that language: the typed words are more of a short name.
    name_length: i64,
    distance_m: Option<f64>,
    language: String,
}

impl Candidate {
    fn better_match_than(&self, other: &Candidate) -> bool {
        (self.in_name, std::cmp::Reverse(self.chain_rank))
            > (other.in_name, std::cmp::Reverse(other.chain_rank))
    }

    /// Where the words matched, weighed against distance: 5 km away halves a match's weight.
    fn score(&self) -> f64 {
        let weight = if self.in_name { NAME_WEIGHT } else { 1.0 };
        weight / (1.0 + self.distance_m.unwrap_or(0.0) / 5_000.0)
    }
}

/// The map index's rows inside a box whose north, south, east and west edges are the four
/// parameters after the first `first`.
fn in_box_sql(first: usize) -> String {
    format!(
        "p.min_lat <= ?{} AND p.max_lat >= ?{} AND p.min_lon <= ?{} AND p.max_lon >= ?{}",
        first + 1,
        first + 2,
        first + 3,
        first + 4
    )
}

/// North, south, east and west of the box holding the circle of `reach` metres around a point.
fn box_around(lat: f64, lon: f64, reach: f64) -> [Value; 4] {
    let dlat = reach / METRES_PER_DEGREE;
    let dlon = reach / (METRES_PER_DEGREE * lat.to_radians().cos().max(0.01));
    [lat + dlat, lat - dlat, lon + dlon, lon - dlon].map(Value::Real)
}

/// Where a language stands in the person's chain; earlier is better, absent is last.
fn chain_rank(chain: &[String], language: &str) -> usize {
    chain
        .iter()
        .position(|l| l == language)
        .unwrap_or(usize::MAX)
}

fn keep_better(best: &mut HashMap<i64, Candidate>, n: i64, found: Candidate) {
    match best.entry(n) {
        std::collections::hash_map::Entry::Occupied(mut kept) => {
            if found.better_match_than(kept.get()) {
                kept.insert(found);
            }
        }
        std::collections::hash_map::Entry::Vacant(slot) => {
            slot.insert(found);
        }
    }
}

/// The services nearest `point` (at most NEARBY_CHECKED, within 16 km) that pass the filter and
/// whose texts in the chain hold every typed word, matched as the index matches them: each
/// folded word begins a word of the text.
fn nearby_matches(
    conn: &Connection,
    (lat, lon): (f64, f64),
    filter: &ServiceFilter,
    chain: &[String],
    words: &[String],
) -> Result<Vec<(i64, Candidate)>> {
    let mut params = Vec::new();
    let filters = filter_sql(filter, "p", &mut params);
    // The spoken-language filter reads the service row; the others are in the map index.
    let join = if filter.spoken_language.is_some() {
        " JOIN service s ON s.n = p.n"
    } else {
        ""
    };
    let first = params.len();
    let sql = format!(
        "SELECT p.n, p.min_lat, p.min_lon FROM service_place p{join} WHERE {}{filters}",
        in_box_sql(first)
    );
    let mut reach = 1_000.0;
    let mut nearest = loop {
        let mut p = params.clone();
        p.extend(box_around(lat, lon, reach));
        let mut stmt = conn.prepare_cached(&sql)?;
        let found: Vec<(i64, f64)> = stmt
            .query_map(params_from_iter(p.iter()), |r| {
                Ok((r.get(0)?, distance_m(lat, lon, r.get(1)?, r.get(2)?)))
            })?
            .filter(|found| found.as_ref().is_ok_and(|(_, d)| *d <= reach))
            .collect::<rusqlite::Result<_>>()?;
        if found.len() >= NEARBY_CHECKED || reach >= 16_000.0 {
            break found;
        }
        reach *= 2.0;
    };
    nearest.sort_by(|a, b| a.1.total_cmp(&b.1));
    nearest.truncate(NEARBY_CHECKED);
    if nearest.is_empty() {
        return Ok(Vec::new());
    }
    let distances: HashMap<i64, f64> = nearest.into_iter().collect();
    let ns: Vec<i64> = distances.keys().copied().collect();
    let mut stmt = conn.prepare_cached(
        "SELECT service_n, language, name, description, eligibility FROM service_text
         WHERE service_n IN (SELECT value FROM json_each(?1)) AND language IN (SELECT value FROM json_each(?2))",
    )?;
    let mut rows = stmt.query(rusqlite::params![
        serde_json::to_string(&ns).unwrap_or_default(),
        serde_json::to_string(chain).unwrap_or_default()
    ])?;
    // Folding keeps separators as they are, so a folded text splits into the folded words.
    let holds_every_word = |texts: &[&str]| {
        words.iter().all(|w| {
            texts
                .iter()
                .any(|t| crate::fts::words(t).any(|found| found.starts_with(w.as_str())))
        })
    };
    let mut matches = Vec::new();
    while let Some(row) = rows.next()? {
        let (n, language, name): (i64, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?);
        let folded_name = crate::fts::fold_like_index(&name);
        let in_name = holds_every_word(&[&folded_name]);
        let elsewhere = || -> rusqlite::Result<bool> {
            let description = crate::fts::fold_like_index(row.get_ref(3)?.as_str()?);
            let eligibility = crate::fts::fold_like_index(row.get_ref(4)?.as_str()?);
            Ok(holds_every_word(&[
                &folded_name,
                &description,
                &eligibility,
            ]))
        };
        if in_name || elsewhere()? {
            let candidate = Candidate {
                unplaced: false,
                in_name,
                chain_rank: chain_rank(chain, &language),
                name_length: name.chars().count() as i64,
                distance_m: distances.get(&n).copied(),
                language,
            };
            matches.push((n, candidate));
        }
    }
    Ok(matches)
}

/// The name of each service in the first language of the chain that has one.
fn names(
    conn: &Connection,
    ns: &[i64],
    languages: &[String],
) -> Result<HashMap<i64, (String, String)>> {
    let mut found: HashMap<i64, (String, String)> = HashMap::with_capacity(ns.len());
    if ns.is_empty() {
        return Ok(found);
    }
    let chain = crate::i18n::content_lookup(languages);
    // Only the chain's names are taken out of each row's JSON, by SQLite, then the source
    // language's; the statement depends on the chain's length only, so it stays cached.
    let columns: String = (0..chain.len())
        .map(|i| format!(", json_extract(names, ?{})", i + 2))
        .collect();
    let sql = format!(
        "SELECT n, source_language, json_extract(names, '$.\"' || source_language || '\"'){columns}
         FROM service WHERE n IN (SELECT value FROM json_each(?1))"
    );
    let mut params: Vec<Value> = vec![Value::Text(serde_json::to_string(ns).unwrap_or_default())];
    params.extend(chain.iter().map(|l| Value::Text(format!("$.\"{l}\""))));
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params_from_iter(params.iter()))?;
    while let Some(row) = rows.next()? {
        let n: i64 = row.get(0)?;
        // The first language of the chain that has a name; else the source language's, so a
        // service with no text in the person's languages still shows.
        let mut chosen = None;
        for (i, language) in chain.iter().enumerate() {
            if let Some(name) = row.get::<_, Option<String>>(i + 3)? {
                chosen = Some((name, language.clone()));
                break;
            }
        }
        if chosen.is_none() {
            if let Some(name) = row.get::<_, Option<String>>(2)? {
                chosen = Some((name, row.get(1)?));
            }
        }
        if let Some(chosen) = chosen {
            found.insert(n, chosen);
        }
    }
    Ok(found)
}

impl Services {
    fn open_state(&self, row: &Row, at: crate::time::Timestamp) -> Option<OpenState> {
        self.hours_of(row.hours.as_deref(), &row.city)
            .map(|h| h.state_at(at))
    }

    /// Builds summaries, keeping only open services when asked.
    fn summaries(
        &self,
        conn: &Connection,
        rows: Vec<(Row, Option<f64>)>,
        filter: &ServiceFilter,
        languages: &[String],
        at: crate::time::Timestamp,
        limit: usize,
    ) -> Result<Vec<ServiceSummary>> {
        let mut kept = Vec::with_capacity(limit.min(rows.len()));
        for (row, distance) in rows {
            if kept.len() >= limit {
                break;
            }
            let open = self.open_state(&row, at);
            if filter.open_only && open.as_ref().is_none_or(|o| o.status != OpenStatus::Open) {
                continue;
            }
            kept.push((row, distance, open));
        }
        let ns: Vec<i64> = kept.iter().map(|(r, _, _)| r.n).collect();
        let mut names = names(conn, &ns, languages)?;
        Ok(kept
            .into_iter()
            .map(|(row, distance_m, open)| {
                let (name, name_language) = names.remove(&row.n).unwrap_or_default();
                ServiceSummary {
                    id: row.id,
                    name,
                    name_language,
                    categories: categories_from_bits(row.category_bits),
                    address: row.address,
                    city: row.city,
                    position: row.position.map(|(lat, lon)| GeoPoint { lat, lon }),
                    distance_m,
                    open,
                }
            })
            .collect())
    }

    /// The nearest services within `radius_m` of a point, nearest first, at most `limit`,
    /// with their distance. `at` is the moment for open/closed (usually now).
    // The exported API's shape (each argument a plain value across uniffi).
    #[allow(clippy::too_many_arguments)]
    pub fn near(
        &self,
        lat: f64,
        lon: f64,
        radius_m: f64,
        limit: u32,
        filter: &ServiceFilter,
        languages: &[String],
        at: crate::time::Timestamp,
    ) -> Result<Vec<ServiceSummary>> {
        check_point(lat, lon)?;
        if !(radius_m.is_finite() && radius_m > 0.0) {
            return Err(Error::invalid(
                crate::fields::QueryField::Radius,
                crate::error::InvalidReason::OutOfRange,
            ));
        }
        let limit = limit as usize;
        self.store.read(|conn| {
            let mut params = Vec::new();
            let filters = filter_sql(filter, "p", &mut params);
            let first = params.len();
            let sql = format!(
                "SELECT {ROW_COLUMNS} FROM service_place p JOIN service s ON s.n = p.n
                 WHERE {}{filters}",
                in_box_sql(first)
            );
            // Grow the circle until it holds enough services or reaches the radius: in a city
            // the first small one usually does. Each next reach is estimated from the density
            // of matching services found so far, so a selective filter does not overshoot into
            // thousands of candidates.
            let mut reach = radius_m.min(800.0);
            loop {
                let mut p = params.clone();
                p.extend(box_around(lat, lon, reach));
                // Every row of the map index has a position.
                let mut rows: Vec<(Row, Option<f64>)> = read_rows(conn, &sql, &p)?
                    .into_iter()
                    .filter_map(|row| {
                        let (row_lat, row_lon) = row.position?;
                        let d = distance_m(lat, lon, row_lat, row_lon);
                        (d <= reach).then_some((row, Some(d)))
                    })
                    .collect();
                rows.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal));
                let candidates = rows.len();
                let found = self.summaries(conn, rows, filter, languages, at, limit)?;
                if found.len() >= limit || reach >= radius_m {
                    return Ok(found);
                }
                // Matches grow with the area: aim for half again what is needed.
                let factor = if found.is_empty() {
                    if candidates == 0 {
                        3.0
                    } else {
                        2.0
                    }
                } else {
                    (1.5 * limit as f64 / found.len() as f64)
                        .sqrt()
                        .clamp(1.3, 4.0)
                };
                reach = (reach * factor).min(radius_m);
            }
        })
    }

    /// The services inside a map rectangle, at most `limit`.
    pub fn viewport(
        &self,
        bounds: Bounds,
        limit: u32,
        filter: &ServiceFilter,
        languages: &[String],
        at: crate::time::Timestamp,
    ) -> Result<Vec<ServiceSummary>> {
        check_point(bounds.south, bounds.west)?;
        check_point(bounds.north, bounds.east)?;
        self.store.read(|conn| {
            let mut params = Vec::new();
            let filters = filter_sql(filter, "p", &mut params);
            let first = params.len();
            let sql = format!(
                "SELECT {ROW_COLUMNS} FROM service_place p JOIN service s ON s.n = p.n
                 WHERE {}{filters} LIMIT ?{}",
                in_box_sql(first),
                first + 5
            );
            params.extend([bounds.north, bounds.south, bounds.east, bounds.west].map(Value::Real));
            // Open-only needs room to drop closed services.
            let fetch = if filter.open_only {
                limit.saturating_mul(4)
            } else {
                limit
            };
            params.push(Value::Integer(fetch.into()));
            let rows = read_rows(conn, &sql, &params)?
                .into_iter()
                .map(|r| (r, None))
                .collect();
            self.summaries(conn, rows, filter, languages, at, limit as usize)
        })
    }

    /// The viewport as a GeoJSON FeatureCollection, ready for a map layer.
    pub fn viewport_geojson(
        &self,
        bounds: Bounds,
        limit: u32,
        filter: &ServiceFilter,
        languages: &[String],
        at: crate::time::Timestamp,
    ) -> Result<String> {
        let services = self.viewport(bounds, limit, filter, languages, at)?;
        Ok(to_geojson(&services))
    }

    /// Searches the person's languages and the source language; accents and case folded, every
    /// word a prefix. Ranked by where the words matched (in the name weighs five times more than
    /// in the description) and, given a point, by distance; then shorter names first. A service
    /// that matches in two languages appears once, with the language that matched best (in the
    /// name, then earlier in the person's chain).
    pub fn search(
        &self,
        text: &str,
        languages: &[String],
        near: Option<(f64, f64)>,
        filter: &ServiceFilter,
        limit: u32,
    ) -> Result<Vec<ServiceHit>> {
        self.search_at(text, languages, near, filter, limit, crate::time::now())
    }

    pub fn search_at(
        &self,
        text: &str,
        languages: &[String],
        near: Option<(f64, f64)>,
        filter: &ServiceFilter,
        limit: u32,
        at: crate::time::Timestamp,
    ) -> Result<Vec<ServiceHit>> {
        if let Some((lat, lon)) = near {
            check_point(lat, lon)?;
        }
        let chain = crate::i18n::content_lookup(languages);
        self.store.read(|conn| {
            let words = crate::fts::query_words(text);
            let folded: Vec<String> = words
                .iter()
                .map(|w| crate::fts::fold_like_index(w))
                .collect();
            let Some(query) = whole_word_query(&self.store, conn, &words, &folded)? else {
                return Ok(Vec::new());
            };
            // Two passes over the index, each stopping at SEARCH_CANDIDATES texts: matches in
            // the name, then matches anywhere. The filters are applied in the same statement, so
            // every candidate is one the person can be shown.
            let mut params = vec![Value::Text(String::new())];
            let filters = filter_sql(filter, "s", &mut params);
            // The languages as bound parameters, one each (an IN list the planner reads as
            // it would literals), never written into the statement.
            let chain_list = chain
                .iter()
                .map(|language| {
                    params.push(Value::Text(language.clone()));
                    format!("?{}", params.len())
                })
                .collect::<Vec<_>>()
                .join(",");
            let sql = format!(
                "SELECT t.service_n, t.language, length(t.name), s.lat, s.lon
                 FROM service_search JOIN service_text t ON t.t = service_search.rowid
                     JOIN service s INDEXED BY service_point_and_flags ON s.n = t.service_n
                 WHERE service_search MATCH ?1 AND t.language IN ({chain_list}){filters}
                 LIMIT {SEARCH_CANDIDATES}"
            );
            let mut best: HashMap<i64, Candidate> = HashMap::new();
            let mut more_than_scored = false;
            for (in_name, fts) in [(true, format!("{{name}} : ({query})")), (false, query)] {
                params[0] = Value::Text(fts);
                let mut stmt = conn.prepare_cached(&sql)?;
                let mut rows = stmt.query(params_from_iter(params.iter()))?;
                let mut scored = 0;
                while let Some(row) = rows.next()? {
                    scored += 1;
                    let language: String = row.get(1)?;
                    let position = position_of(row.get(3)?, row.get(4)?);
                    let found = Candidate {
                        unplaced: near.is_some() && position.is_none(),
                        in_name,
                        chain_rank: chain_rank(&chain, &language),
                        name_length: row.get(2)?,
                        distance_m: near
                            .zip(position)
                            .map(|((plat, plon), (lat, lon))| distance_m(plat, plon, lat, lon)),
                        language,
                    };
                    keep_better(&mut best, row.get(0)?, found);
                }
                more_than_scored |= scored == SEARCH_CANDIDATES;
            }
            // The index had more matches than were scored, in its own order: the services
            // nearest the person are checked here, so the nearest matches are never missed.
            if let (true, Some((lat, lon))) = (more_than_scored, near) {
                for (n, found) in nearby_matches(conn, (lat, lon), filter, &chain, &folded)? {
                    keep_better(&mut best, n, found);
                }
            }
            let mut ranked: Vec<(i64, Candidate)> = best.into_iter().collect();
            ranked.sort_by(|(an, a), (bn, b)| {
                a.unplaced
                    .cmp(&b.unplaced)
                    .then(b.score().total_cmp(&a.score()))
                    .then(a.name_length.cmp(&b.name_length))
                    .then(an.cmp(bn))
            });
            // Open-only needs room to drop closed services.
            let keep = if filter.open_only {
                limit as usize * 4
            } else {
                limit as usize
            };
            ranked.truncate(keep);
            if ranked.is_empty() {
                return Ok(Vec::new());
            }
            let list = ranked
                .iter()
                .map(|(n, _)| n.to_string())
                .collect::<Vec<_>>()
                .join(",");
            let mut rows: HashMap<i64, Row> = read_rows(
                conn,
                &format!("SELECT {ROW_COLUMNS} FROM service s WHERE s.n IN ({list})"),
                &[],
            )?
            .into_iter()
            .map(|row| (row.n, row))
            .collect();
            let mut matched: HashMap<String, String> = HashMap::with_capacity(ranked.len());
            let ordered: Vec<(Row, Option<f64>)> = ranked
                .into_iter()
                .filter_map(|(n, candidate)| {
                    let row = rows.remove(&n)?;
                    matched.insert(row.id.clone(), candidate.language);
                    Some((row, candidate.distance_m))
                })
                .collect();
            let summaries = self.summaries(conn, ordered, filter, languages, at, limit as usize)?;
            Ok(summaries
                .into_iter()
                .map(|service| {
                    let matched_language = matched.remove(&service.id).unwrap_or_default();
                    ServiceHit {
                        service,
                        matched_language,
                    }
                })
                .collect())
        })
    }

    /// Everything about one service, its texts in the first of `languages` that has them.
    pub fn service(
        &self,
        id: &str,
        languages: &[String],
        at: Option<crate::time::Timestamp>,
    ) -> Result<ServiceDetails> {
        self.store.read(|conn| {
            let head = conn
                .query_row(
                    "SELECT n, organisation, category_bits, audience_bits, address, city, region, lat, lon, opening_hours,
                            contacts, languages_spoken, free, wheelchair, last_verified, source, source_language, version,
                            EXISTS (SELECT 1 FROM service_favourite f WHERE f.service_id = s.id), attribution
                     FROM service s WHERE id = ?1",
                    [id],
                    |r| {
                        Ok((
                            Row {
                                n: r.get(0)?,
                                id: id.to_owned(),
                                category_bits: r.get(2)?,
                                address: r.get(4)?,
                                city: r.get(5)?,
                                position: position_of(r.get(7)?, r.get(8)?),
                                hours: r.get(9)?,
                            },
                            (r.get::<_, String>(1)?, r.get::<_, i64>(3)?, r.get::<_, String>(6)?, r.get::<_, String>(19)?),
                            (r.get::<_, String>(10)?, r.get::<_, String>(11)?, r.get(12)?, r.get(13)?, r.get(14)?, r.get::<_, String>(15)?),
                            (r.get::<_, String>(16)?, r.get::<_, u32>(17)?, r.get::<_, bool>(18)?),
                        ))
                    },
                )
                .optional()?
                .ok_or_else(|| Error::not_found("service", id))?;
            let (row, (organisation, audience_bits, region, attribution), (contacts, spoken, free, wheelchair, last_verified, source), (source_language, version, favourite)) = head;
            let mut texts: Vec<ShownText> = conn
                .prepare_cached(
                    "SELECT language, name, description, eligibility, how_to, provenance, source_version FROM service_text WHERE service_n = ?1",
                )?
                .query_map([row.n], |r| {
                    let provenance: String = r.get(5)?;
                    let source_version: u32 = r.get(6)?;
                    let provenance = Provenance::from_code(&provenance).unwrap_or(Provenance::Machine);
                    Ok(ShownText {
                        language: r.get(0)?,
                        name: r.get(1)?,
                        description: r.get(2)?,
                        eligibility: r.get(3)?,
                        how_to: r.get(4)?,
                        provenance,
                        outdated: provenance != Provenance::Original && source_version < version,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            texts.sort_by(|a, b| a.language.cmp(&b.language));
            let available_languages = texts.iter().map(|t| t.language.clone()).collect();
            let chain = crate::i18n::content_lookup(languages);
            let chosen = chain
                .iter()
                .find_map(|l| texts.iter().position(|t| t.language == *l))
                .or_else(|| texts.iter().position(|t| t.language == source_language))
                .unwrap_or(0);
            if texts.is_empty() {
                return Err(Error::Damaged(format!("service {id} has no text")));
            }
            let text = texts.swap_remove(chosen);
            let contacts: Vec<Contact> = serde_json::from_str(&contacts).map_err(|e| Error::Damaged(e.to_string()))?;
            let open = at.and_then(|at| self.open_state(&row, at));
            Ok(ServiceDetails {
                id: row.id,
                organisation,
                categories: categories_from_bits(row.category_bits),
                address: row.address,
                city: row.city,
                region,
                position: row.position.map(|(lat, lon)| GeoPoint { lat, lon }),
                opening_hours: row.hours,
                open,
                contacts,
                languages_spoken: spoken.split(',').filter(|l| !l.is_empty()).map(str::to_owned).collect(),
                audiences: Audience::ALL.into_iter().filter(|a| audience_bits & i64::from(a.bit()) != 0).collect(),
                free,
                wheelchair,
                last_verified,
                source,
                attribution,
                text,
                available_languages,
                favourite,
            })
        })
    }

    /// The services without a map position that pass the filter, at most `limit`, by their
    /// name in their source language: a list shows them after every placed service, with no
    /// distance (they are never on the map nor in [`Services::near`]).
    pub fn without_position(
        &self,
        filter: &ServiceFilter,
        languages: &[String],
        at: crate::time::Timestamp,
        limit: u32,
    ) -> Result<Vec<ServiceSummary>> {
        self.store.read(|conn| {
            let mut params = Vec::new();
            let filters = filter_sql(filter, "s", &mut params);
            // Open-only needs room to drop closed services.
            let fetch = if filter.open_only {
                limit.saturating_mul(4)
            } else {
                limit
            };
            params.push(Value::Integer(fetch.into()));
            let sql = format!(
                "SELECT {ROW_COLUMNS} FROM service s INDEXED BY service_without_position
                 WHERE s.lat IS NULL{filters}
                 ORDER BY json_extract(s.names, '$.\"' || s.source_language || '\"'), s.n
                 LIMIT ?{}",
                params.len()
            );
            let rows = read_rows(conn, &sql, &params)?
                .into_iter()
                .map(|r| (r, None))
                .collect();
            self.summaries(conn, rows, filter, languages, at, limit as usize)
        })
    }

    /// Summaries of the services with these ids, in that order; ids no longer on the phone are
    /// left out.
    pub(super) fn summaries_of(
        &self,
        ids: &[String],
        languages: &[String],
        at: crate::time::Timestamp,
    ) -> Result<Vec<ServiceSummary>> {
        self.store.read(|conn| {
            let mut rows = Vec::with_capacity(ids.len());
            for id in ids {
                rows.extend(read_rows(
                    conn,
                    &format!("SELECT {ROW_COLUMNS} FROM service s WHERE s.id = ?1"),
                    &[Value::Text(id.clone())],
                )?);
            }
            let rows = rows.into_iter().map(|r| (r, None)).collect();
            self.summaries(
                conn,
                rows,
                &ServiceFilter::default(),
                languages,
                at,
                ids.len(),
            )
        })
    }
}

fn check_point(lat: f64, lon: f64) -> Result<()> {
    if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
        return Err(Error::invalid(
            crate::fields::QueryField::Latitude,
            crate::error::InvalidReason::OutOfRange,
        ));
    }
    if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
        return Err(Error::invalid(
            crate::fields::QueryField::Longitude,
            crate::error::InvalidReason::OutOfRange,
        ));
    }
    Ok(())
}

fn to_geojson(services: &[ServiceSummary]) -> String {
    // Written straight from borrowed structs: a tree of `serde_json::Value`s for 500 features
    // took longer than the query that found them.
    #[derive(serde::Serialize)]
    struct Collection<'a> {
        r#type: &'static str,
        features: Vec<Feature<'a>>,
    }
    #[derive(serde::Serialize)]
    struct Feature<'a> {
        r#type: &'static str,
        id: &'a str,
        geometry: Point,
        properties: Properties<'a>,
    }
    #[derive(serde::Serialize)]
    struct Point {
        r#type: &'static str,
        coordinates: [f64; 2],
    }
    #[derive(serde::Serialize)]
    struct Properties<'a> {
        name: &'a str,
        language: &'a str,
        categories: Vec<&'static str>,
        icon: Option<&'static str>,
        open: Option<&'static str>,
    }
    let collection = Collection {
        r#type: "FeatureCollection",
        // A service without a position is no pin.
        features: services
            .iter()
            .filter_map(|s| Some((s, s.position?)))
            .map(|(s, at)| Feature {
                r#type: "Feature",
                id: &s.id,
                geometry: Point {
                    r#type: "Point",
                    coordinates: [at.lon, at.lat],
                },
                properties: Properties {
                    name: &s.name,
                    language: &s.name_language,
                    categories: s.categories.iter().map(|c| c.code()).collect(),
                    icon: s.categories.first().map(|c| c.icon()),
                    open: s.open.as_ref().map(|o| match o.status {
                        OpenStatus::Open => "open",
                        OpenStatus::Closed => "closed",
                        OpenStatus::Unknown => "unknown",
                    }),
                },
            })
            .collect(),
    };
    serde_json::to_string(&collection).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use ponte_wire::{ContentChange, ServiceRecord, ServiceText};

    /// Monday 23 November 2026, 10:00 in Rome.
    const MONDAY_10: crate::time::Timestamp =
        crate::time::Timestamp::from_millis(1_795_424_400_000);

    fn langs(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| (*s).to_owned()).collect()
    }

    fn bologna(services: &Services) {
        let mut cpi = record(
            "bo-cpi",
            44.4965,
            11.3440,
            Category::Work,
            "Centro per l'impiego",
        );
        cpi.texts
            .push(text("ar", "مركز التوظيف", Provenance::Machine));
        cpi.texts
            .push(text("fr", "Centre pour l'emploi", Provenance::Reviewed));
        cpi.languages_spoken = vec!["it".into(), "fr".into()];
        let mut school = record(
            "bo-school",
            44.5000,
            11.3500,
            Category::ItalianCourses,
            "Scuola di italiano Penny Wirton",
        );
        school
            .texts
            .push(text("ar", "مدرسة اللغة الإيطالية", Provenance::Reviewed));
        school.free = Some(true);
        school.audiences = vec![Audience::Refugees];
        let mut clinic = record(
            "bo-clinic",
            44.4800,
            11.3300,
            Category::Health,
            "Ambulatorio Sokos",
        );
        clinic.opening_hours = Some("Mo-Fr 15:00-18:00; PH off".into());
        clinic.free = Some(false);
        let far = record(
            "bo-far",
            44.6000,
            11.5000,
            Category::Work,
            "Sportello lavoro Budrio",
        );
        let mut sunday = record(
            "bo-sunday",
            44.4939,
            11.3431,
            Category::Food,
            "Mensa della domenica",
        );
        sunday.opening_hours = Some("Su 12:00-14:00".into());
        upsert(services, vec![cpi, school, clinic, far, sunday]);
    }

    /// A service whose source gave no position: found by search and in its category's list,
    /// never near me, in a viewport or among the map's pins; it keeps its attribution.
    #[test]
    fn a_service_without_a_position_is_found_by_search_and_lists_never_on_the_map() {
        let (_dir, services) = services();
        bologna(&services);
        let mut library = record(
            "bo-library",
            0.0,
            0.0,
            Category::Work,
            "Sportello lavoro in biblioteca",
        );
        (library.lat, library.lon) = (None, None);
        library.attribution = "Comune di Bologna, CC BY 4.0".into();
        let mut pantry = record("bo-pantry", 0.0, 0.0, Category::Food, "Emporio solidale");
        (pantry.lat, pantry.lon) = (None, None);
        upsert(&services, vec![library, pantry]);
        let everything = ServiceFilter::default();
        let (lat, lon) = PIAZZA;
        let near = services
            .near(lat, lon, 50_000.0, 100, &everything, &[], MONDAY_10)
            .unwrap();
        assert_eq!(near.len(), 5, "the placed ones only");
        let world = Bounds {
            south: -90.0,
            west: -180.0,
            north: 90.0,
            east: 180.0,
        };
        let shown = services
            .viewport(world, 100, &everything, &[], MONDAY_10)
            .unwrap();
        assert!(shown.len() == 5 && shown.iter().all(|s| s.position.is_some()));
        // Among the map's pins neither, even when handed one (the favourites' list has them).
        let unplaced = services
            .without_position(&everything, &[], MONDAY_10, 10)
            .unwrap();
        let ids: Vec<&str> = unplaced.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["bo-pantry", "bo-library"], "by name");
        assert!(unplaced
            .iter()
            .all(|s| s.position.is_none() && s.distance_m.is_none()));
        let pins: serde_json::Value =
            serde_json::from_str(&to_geojson(&[shown.clone(), unplaced].concat())).unwrap();
        assert_eq!(pins["features"].as_array().unwrap().len(), 5);

        let work = ServiceFilter {
            categories: vec![Category::Work],
            ..Default::default()
        };
        let listed = services
            .without_position(&work, &[], MONDAY_10, 10)
            .unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].id, "bo-library");

        // Search finds it; near a point it comes after every placed match, with no distance.
        let hits = services
            .search_at("sportello", &[], Some(PIAZZA), &everything, 10, MONDAY_10)
            .unwrap();
        let ids: Vec<&str> = hits.iter().map(|h| h.service.id.as_str()).collect();
        assert_eq!(ids, ["bo-far", "bo-library"]);
        assert_eq!(hits[1].service.distance_m, None);
        let anywhere = services
            .search_at("biblioteca", &[], None, &everything, 10, MONDAY_10)
            .unwrap();
        assert_eq!(anywhere[0].service.id, "bo-library");

        let details = services.service("bo-library", &[], None).unwrap();
        assert_eq!(details.position, None);
        assert_eq!(details.attribution, "Comune di Bologna, CC BY 4.0");

        // A placed service that loses its position leaves the map, and comes back to it.
        let mut cpi = record(
            "bo-cpi",
            44.4965,
            11.3440,
            Category::Work,
            "Centro per l'impiego",
        );
        (cpi.lat, cpi.lon) = (None, None);
        upsert(&services, vec![cpi.clone()]);
        let shown = services
            .viewport(world, 100, &everything, &[], MONDAY_10)
            .unwrap();
        assert!(shown.iter().all(|s| s.id != "bo-cpi"));
        (cpi.lat, cpi.lon) = (Some(44.4965), Some(11.3440));
        upsert(&services, vec![cpi]);
        let near = services
            .near(lat, lon, 1_000.0, 10, &everything, &[], MONDAY_10)
            .unwrap();
        assert!(near.iter().any(|s| s.id == "bo-cpi"));
    }

    #[test]
    fn near_me_sorts_by_distance_and_respects_radius_and_limit() {
        let (_dir, services) = services();
        bologna(&services);
        let (lat, lon) = PIAZZA;
        let near = services
            .near(
                lat,
                lon,
                3_000.0,
                10,
                &ServiceFilter::default(),
                &langs(&["ar"]),
                MONDAY_10,
            )
            .unwrap();
        let ids: Vec<&str> = near.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["bo-sunday", "bo-cpi", "bo-school", "bo-clinic"]);
        let d: Vec<f64> = near.iter().map(|s| s.distance_m.unwrap()).collect();
        assert!(d.windows(2).all(|w| w[0] <= w[1]));
        assert!((d[1] - distance_m(lat, lon, 44.4965, 11.3440)).abs() < 0.01);
        assert!(d[1] > 250.0 && d[1] < 350.0, "{}", d[1]);
        // Names in Arabic where there is Arabic, else Italian, each saying which.
        assert_eq!(
            (near[1].name.as_str(), near[1].name_language.as_str()),
            ("مركز التوظيف", "ar")
        );
        assert_eq!(near[0].name_language, "it");
        let two = services
            .near(
                lat,
                lon,
                3_000.0,
                2,
                &ServiceFilter::default(),
                &[],
                MONDAY_10,
            )
            .unwrap();
        assert_eq!(two.len(), 2);
        let all = services
            .near(
                lat,
                lon,
                50_000.0,
                10,
                &ServiceFilter::default(),
                &[],
                MONDAY_10,
            )
            .unwrap();
        assert_eq!(all.last().unwrap().id, "bo-far");
    }

    #[test]
    fn a_service_that_names_no_audience_is_found_by_every_audience() {
        let (_dir, services) = services();
        let mut open = record("bo-open", 44.4949, 11.3426, Category::Food, "Mensa");
        open.audiences = Vec::new();
        let mut women = record(
            "bo-women",
            44.4950,
            11.3427,
            Category::Food,
            "Casa delle donne",
        );
        women.audiences = vec![Audience::Women];
        upsert(&services, vec![open, women]);
        let (lat, lon) = PIAZZA;
        for (audience, expected) in [
            (Audience::Refugees, vec!["bo-open"]),
            (Audience::Women, vec!["bo-open", "bo-women"]),
        ] {
            let filter = ServiceFilter {
                audience: Some(audience),
                ..Default::default()
            };
            let mut ids: Vec<String> = services
                .near(lat, lon, 50_000.0, 10, &filter, &[], MONDAY_10)
                .unwrap()
                .into_iter()
                .map(|s| s.id)
                .collect();
            ids.sort();
            assert_eq!(ids, expected, "{audience:?}");
        }
    }

    #[test]
    fn near_me_combines_with_every_filter() {
        let (_dir, services) = services();
        bologna(&services);
        let (lat, lon) = PIAZZA;
        let ids = |filter: ServiceFilter| -> Vec<String> {
            services
                .near(lat, lon, 50_000.0, 10, &filter, &[], MONDAY_10)
                .unwrap()
                .into_iter()
                .map(|s| s.id)
                .collect()
        };
        assert_eq!(
            ids(ServiceFilter {
                categories: vec![Category::Work],
                ..Default::default()
            }),
            ["bo-cpi", "bo-far"]
        );
        assert_eq!(
            ids(ServiceFilter {
                spoken_language: Some("fr".into()),
                ..Default::default()
            }),
            ["bo-cpi"]
        );
        // Refugees see services for refugees and for everyone; women see no refugee-only service.
        assert_eq!(
            ids(ServiceFilter {
                audience: Some(Audience::Refugees),
                ..Default::default()
            })
            .len(),
            5
        );
        assert!(!ids(ServiceFilter {
            audience: Some(Audience::Women),
            ..Default::default()
        })
        .contains(&"bo-school".to_owned()));
        assert!(!ids(ServiceFilter {
            free_only: true,
            ..Default::default()
        })
        .contains(&"bo-clinic".to_owned()));
        // At 10:00 on a Monday the clinic (afternoons) and the Sunday canteen are closed.
        assert_eq!(
            ids(ServiceFilter {
                open_only: true,
                ..Default::default()
            }),
            ["bo-cpi", "bo-school", "bo-far"]
        );
        let open = ServiceFilter {
            open_only: true,
            categories: vec![Category::Work],
            ..Default::default()
        };
        assert_eq!(ids(open), ["bo-cpi", "bo-far"]);
    }

    #[test]
    fn an_edited_service_moves_between_filters() {
        let (_dir, services) = services();
        let (lat, lon) = PIAZZA;
        let work = ServiceFilter {
            categories: vec![Category::Work],
            ..Default::default()
        };
        let health = ServiceFilter {
            categories: vec![Category::Health],
            ..Default::default()
        };
        let found = |filter: &ServiceFilter| {
            services
                .near(lat, lon, 5_000.0, 10, filter, &[], MONDAY_10)
                .unwrap()
                .len()
        };
        let mut record = record("bo-x", lat, lon, Category::Work, "Sportello");
        services
            .apply_changes(&[ponte_wire::ContentChange::UpsertService {
                service: record.clone(),
            }])
            .unwrap();
        assert_eq!((found(&work), found(&health)), (1, 0));
        record.categories = vec![Category::Health];
        record.version += 1;
        services
            .apply_changes(&[ponte_wire::ContentChange::UpsertService { service: record }])
            .unwrap();
        assert_eq!((found(&work), found(&health)), (0, 1));
    }

    #[test]
    fn bad_points_are_refused() {
        let (_dir, services) = services();
        assert!(
            matches!(services.near(91.0, 0.0, 10.0, 1, &Default::default(), &[], crate::time::Timestamp::from_millis(0)), Err(Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(crate::fields::QueryField::Latitude))
        );
        assert!(
            matches!(services.near(0.0, 0.0, -1.0, 1, &Default::default(), &[], crate::time::Timestamp::from_millis(0)), Err(Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(crate::fields::QueryField::Radius))
        );
    }

    #[test]
    fn search_in_arabic_and_italian_without_duplicates() {
        let (_dir, services) = services();
        bologna(&services);
        let hits = services
            .search_at(
                "مدرسة",
                &langs(&["ar"]),
                None,
                &Default::default(),
                10,
                MONDAY_10,
            )
            .unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(
            (
                hits[0].service.id.as_str(),
                hits[0].matched_language.as_str()
            ),
            ("bo-school", "ar")
        );
        // Accents and case folded, prefixes match: "scuo ital" finds the school in Italian.
        let hits = services
            .search_at(
                "SCUO itàl",
                &langs(&["ar"]),
                None,
                &Default::default(),
                10,
                MONDAY_10,
            )
            .unwrap();
        assert_eq!((hits.len(), hits[0].matched_language.as_str()), (1, "it"));
        assert_eq!(
            hits[0].service.name_language, "ar",
            "shown in the person's language"
        );
        // "centr" matches the employment centre in French and Italian: one hit.
        let hits = services
            .search_at(
                "centr",
                &langs(&["fr"]),
                None,
                &Default::default(),
                10,
                MONDAY_10,
            )
            .unwrap();
        assert_eq!(hits.iter().filter(|h| h.service.id == "bo-cpi").count(), 1);
        // Languages the person does not read are not searched.
        assert!(services
            .search_at(
                "centre",
                &langs(&["ar"]),
                None,
                &Default::default(),
                10,
                MONDAY_10
            )
            .unwrap()
            .is_empty());
    }

    #[test]
    fn search_in_scripts_with_combining_marks() {
        let (_dir, services) = services();
        let mut r = record("bo-health", 44.49, 11.34, Category::Health, "Ambulatorio");
        r.texts.push(text("bn", "স্বাস্থ্য কেন্দ্র", Provenance::Machine));
        r.texts.push(text("ti", "ክሊኒክ ጥዕና", Provenance::Machine));
        upsert(&services, vec![r]);
        for (query, language) in [("স্বাস্থ্য", "bn"), ("স্বা", "bn"), ("ጥዕና", "ti")]
        {
            let hits = services
                .search_at(
                    query,
                    &langs(&[language]),
                    None,
                    &Default::default(),
                    5,
                    MONDAY_10,
                )
                .unwrap();
            assert_eq!(hits.len(), 1, "{query}");
            assert_eq!(hits[0].matched_language, language);
        }
    }

    #[test]
    fn search_ranks_nearer_services_first() {
        let (_dir, services) = services();
        bologna(&services);
        let hits = services
            .search_at(
                "sportello lavoro",
                &[],
                Some(PIAZZA),
                &Default::default(),
                10,
                MONDAY_10,
            )
            .unwrap();
        assert_eq!(hits[0].service.id, "bo-far");
        let mut near_twin = record(
            "bo-twin",
            44.4940,
            11.3432,
            Category::Work,
            "Sportello lavoro Centro",
        );
        near_twin.texts[0].description = "Sportello".into();
        upsert(&services, vec![near_twin]);
        let hits = services
            .search_at(
                "sportello lavoro",
                &[],
                Some(PIAZZA),
                &Default::default(),
                10,
                MONDAY_10,
            )
            .unwrap();
        assert_eq!(hits[0].service.id, "bo-twin");
        assert!(hits[0].service.distance_m.unwrap() < 50.0);
        let filtered = ServiceFilter {
            categories: vec![Category::Health],
            ..Default::default()
        };
        assert!(services
            .search_at("sportello", &[], None, &filtered, 10, MONDAY_10)
            .unwrap()
            .is_empty());
    }

    fn search(services: &Services, text: &str, near: Option<(f64, f64)>) -> Vec<String> {
        services
            .search_at(text, &[], near, &Default::default(), 100, MONDAY_10)
            .unwrap()
            .into_iter()
            .map(|hit| hit.service.id)
            .collect()
    }

    fn indexed_words(services: &Services) -> std::collections::HashSet<String> {
        services
            .store
            .read(|c| {
                let mut stmt = c.prepare("SELECT term FROM service_search_term")?;
                let terms = stmt
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok(terms)
            })
            .unwrap()
    }

    /// A typed word is looked up in the index's words after folding it as FTS5 does; a word
    /// folded differently would silently fall back to the slow prefix query. Every word of the
    /// shipped territory and of a synthetic one in twelve languages folds to a word the index
    /// holds.
    #[test]
    fn typed_words_fold_as_the_index_folds_them() {
        let (_dir, services) = services();
        let mut records: Vec<ServiceRecord> =
            ponte_wire::synthetic::territory(300, &ponte_wire::synthetic::LANGUAGES, 3).collect();
        let territory = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/territory");
        for (region, city) in [
            ("bologna", "Bologna"),
            ("roma", "Roma"),
            ("palermo", "Palermo"),
        ] {
            let csv = std::fs::read(format!("{territory}/{region}.csv")).unwrap();
            let options = ponte_wire::import::ImportOptions::for_region(region, city);
            records.extend(ponte_wire::import::from_csv(&csv, &options).unwrap());
        }
        upsert(&services, records.clone());
        let indexed = indexed_words(&services);
        let mut checked = 0;
        for text in records.iter().flat_map(|r| &r.texts) {
            for field in [&text.name, &text.description, &text.eligibility] {
                for word in crate::fts::words(field) {
                    let folded = crate::fts::fold_like_index(word);
                    assert!(
                        indexed.contains(&folded),
                        "{word:?} ({}) folds to {folded:?}, not an indexed word",
                        text.language
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000, "{checked} words checked");
        // And a word typed with accents and capitals finds what the index holds without them.
        let hits = search(&services, "BALLARÒ", None);
        assert!(!hits.is_empty());
    }

    #[test]
    fn a_short_prefix_of_many_words_still_finds_them_all() {
        let (_dir, services) = services();
        // Sixty names whose second word begins "zq": more words than a prefix is expanded to.
        let records = (0..60u8)
            .map(|i| {
                let word = format!("zq{}{}", (b'a' + i / 26) as char, (b'a' + i % 26) as char);
                let lat = 44.49 + f64::from(i) * 0.001;
                record(
                    &format!("bo-{word}"),
                    lat,
                    11.34,
                    Category::Work,
                    &format!("Sportello {word}"),
                )
            })
            .collect();
        upsert(&services, records);
        const { assert!(60 > MAX_WORDS_PER_PREFIX) };
        assert_eq!(search(&services, "zq", None).len(), 60);
        assert_eq!(search(&services, "sportello zq", None).len(), 60);
        assert_eq!(search(&services, "zqb", None).len(), 26);
        assert_eq!(search(&services, "zqbc", None), ["bo-zqbc"]);
        assert!(search(&services, "zqz", None).is_empty());
    }

    #[test]
    fn a_match_in_the_name_ranks_before_one_in_the_description() {
        let (_dir, services) = services();
        let (lat, lon) = PIAZZA;
        let in_name = record(
            "bo-tailor",
            lat + 0.002,
            lon,
            Category::Work,
            "Laboratorio sartoria",
        );
        let mut in_description = record(
            "bo-astalli",
            lat + 0.001,
            lon,
            Category::Work,
            "Centro Astalli",
        );
        in_description.texts[0].description = "Un laboratorio di sartoria".into();
        upsert(&services, vec![in_name, in_description]);
        assert_eq!(
            search(&services, "sartoria", Some(PIAZZA)),
            ["bo-tailor", "bo-astalli"]
        );
        assert_eq!(
            search(&services, "sartoria", None),
            ["bo-tailor", "bo-astalli"]
        );
        // Far enough away, the match in the name weighs less than the one next door: 5 km
        // halves a match's weight, and a name counts five times.
        let mut far = record(
            "bo-tailor",
            lat + 0.3,
            lon,
            Category::Work,
            "Laboratorio sartoria",
        );
        far.version = 2;
        upsert(&services, vec![far]);
        assert_eq!(
            search(&services, "sartoria", Some(PIAZZA)),
            ["bo-astalli", "bo-tailor"]
        );
    }

    #[test]
    fn with_more_matches_than_scored_the_nearest_are_still_found() {
        let (_dir, services) = services();
        // More matching services in Torino than a search scores, listed first in the index...
        let far: Vec<ServiceRecord> = (0..SEARCH_CANDIDATES + 20)
            .map(|i| {
                let mut r = record(
                    &format!("to-{i}"),
                    45.07 + i as f64 * 0.0001,
                    7.68,
                    Category::Work,
                    &format!("Sportello lavoro {i}"),
                );
                r.texts[0].description = "Orientamento al lavoro".into();
                r
            })
            .collect();
        upsert(&services, far);
        // ...then two in Bologna: one with the words in its name, one in its description.
        let (lat, lon) = PIAZZA;
        let by_name = record(
            "bo-name",
            lat + 0.01,
            lon,
            Category::Work,
            "Sportello Lavoro",
        );
        let mut by_description =
            record("bo-desc", lat, lon, Category::Work, "Centro per l'impiego");
        by_description.texts[0].description = "Uno sportello per chi cerca lavoro".into();
        upsert(&services, vec![by_name, by_description]);
        let hits = services
            .search_at(
                "sportello lavor",
                &langs(&["fr"]),
                Some(PIAZZA),
                &Default::default(),
                3,
                MONDAY_10,
            )
            .unwrap();
        let found: Vec<(&str, &str)> = hits
            .iter()
            .map(|h| (h.service.id.as_str(), h.matched_language.as_str()))
            .collect();
        // The name match 1 km away outweighs the description match next door.
        assert_eq!(found[..2], [("bo-name", "it"), ("bo-desc", "it")]);
        assert!(found[2].0.starts_with("to-"));
        // The filters hold for the services checked nearby too.
        let health = ServiceFilter {
            categories: vec![Category::Health],
            ..Default::default()
        };
        assert!(services
            .search_at("sportello lavor", &[], Some(PIAZZA), &health, 3, MONDAY_10)
            .unwrap()
            .is_empty());
    }

    /// Parsed hours are shared between services with the same expression, but not between
    /// cities: each has its own patron saint's day.
    #[test]
    fn shared_hours_keep_each_citys_holidays() {
        let (_dir, services) = services();
        let hours = "Mo-Su 09:00-18:00; PH off";
        let mut bologna = record("bo-a", 44.49, 11.34, Category::Work, "Sportello");
        bologna.opening_hours = Some(hours.into());
        let mut roma = record("rm-a", 41.90, 12.49, Category::Work, "Sportello");
        (roma.city, roma.region, roma.opening_hours) =
            ("Roma".into(), "roma".into(), Some(hours.into()));
        upsert(&services, vec![bologna, roma]);
        // Monday 29 June 2026, 10:00 in Rome: Saints Peter and Paul, Rome's patron saints.
        let patron_day = crate::time::Timestamp::from_millis(1_782_720_000_000);
        let status = |id: &str| {
            services
                .service(id, &[], Some(patron_day))
                .unwrap()
                .open
                .unwrap()
                .status
        };
        assert_eq!(status("bo-a"), OpenStatus::Open);
        assert_eq!(status("rm-a"), OpenStatus::Closed);
        let mut both = services
            .search_at("sportello", &[], None, &Default::default(), 5, patron_day)
            .unwrap();
        both.sort_by(|a, b| a.service.id.cmp(&b.service.id));
        let states: Vec<OpenStatus> = both
            .iter()
            .map(|h| h.service.open.as_ref().unwrap().status)
            .collect();
        assert_eq!(states, [OpenStatus::Open, OpenStatus::Closed]);
    }

    #[test]
    fn a_typing_mistake_finds_what_was_meant() {
        let (_dir, services) = services();
        let mut legal = record(
            "bo-legal",
            44.49,
            11.34,
            Category::LegalAid,
            "Avvocato di strada",
        );
        legal.texts[0].description = "Aiuto per il permesso di soggiorno".into();
        let canteen = record("bo-mensa", 44.50, 11.35, Category::Food, "Mensa Caritas");
        upsert(&services, vec![legal, canteen]);
        for (typed, expected) in [
            ("permeso", "bo-legal"),
            ("avvocatto", "bo-legal"),
            ("mensaa", "bo-mensa"),
            // A swap of two letters, and two mistakes in a long word.
            ("mnesa caritas", "bo-mensa"),
            ("sogiorrno", "bo-legal"),
        ] {
            assert_eq!(search(&services, typed, None), [expected], "{typed}");
        }
        // Too far from any word, or too short to correct: nothing.
        assert!(search(&services, "mxnxa", None).is_empty());
        assert!(search(&services, "avv strda x", None).is_empty());
        // A word that begins an indexed word is not corrected: "mens" finds the canteen only.
        assert_eq!(search(&services, "mens", None), ["bo-mensa"]);
        // The words follow the content: a service added later is found with a mistake too.
        let school = record(
            "bo-school2",
            44.51,
            11.36,
            Category::Education,
            "Scuola di italiano",
        );
        upsert(&services, vec![school]);
        assert_eq!(search(&services, "itaGliano", None), ["bo-school2"]);
    }

    #[test]
    fn the_searched_words_follow_edits_and_deletions() {
        let (_dir, services) = services();
        let (lat, lon) = PIAZZA;
        upsert(
            &services,
            vec![record(
                "bo-one",
                lat,
                lon,
                Category::Work,
                "Sportello Navile",
            )],
        );
        assert_eq!(search(&services, "navi", None), ["bo-one"]);
        let mut renamed = record("bo-one", lat, lon, Category::Work, "Sportello Bolognina");
        renamed.version = 2;
        upsert(&services, vec![renamed]);
        assert!(search(&services, "navi", None).is_empty());
        assert_eq!(search(&services, "bologn", None), ["bo-one"]);
        let words = indexed_words(&services);
        assert!(words.contains("bolognina") && !words.contains("navile"));
        services
            .apply_changes(&[ContentChange::DeleteService {
                id: "bo-one".into(),
            }])
            .unwrap();
        assert!(search(&services, "bologn", None).is_empty());
        assert!(indexed_words(&services).is_empty());
    }

    #[test]
    fn viewport_and_geojson() {
        let (_dir, services) = services();
        bologna(&services);
        let bounds = Bounds {
            south: 44.47,
            west: 11.32,
            north: 44.51,
            east: 11.36,
        };
        let inside = services
            .viewport(bounds, 100, &Default::default(), &[], MONDAY_10)
            .unwrap();
        assert_eq!(inside.len(), 4);
        assert!(inside.iter().all(|s| s.id != "bo-far"));
        let json: serde_json::Value = serde_json::from_str(
            &services
                .viewport_geojson(bounds, 100, &Default::default(), &[], MONDAY_10)
                .unwrap(),
        )
        .unwrap();
        assert_eq!(json["type"], "FeatureCollection");
        let feature = json["features"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "bo-cpi")
            .unwrap();
        assert_eq!(feature["geometry"]["coordinates"][0], 11.3440);
        assert_eq!(feature["properties"]["icon"], "work");
        assert_eq!(feature["properties"]["open"], "open");
    }

    #[test]
    fn details_say_which_language_and_whether_outdated() {
        let (_dir, services) = services();
        let mut r = record("bo-x", 44.49, 11.34, Category::LegalAid, "Sportello legale");
        r.version = 2;
        r.texts[0].source_version = 2;
        r.texts.push(ServiceText {
            source_version: 1,
            ..text("fr", "Guichet juridique", Provenance::Reviewed)
        });
        upsert(&services, vec![r]);
        let fr = services
            .service("bo-x", &langs(&["fr"]), Some(MONDAY_10))
            .unwrap();
        assert_eq!((fr.text.language.as_str(), fr.text.outdated), ("fr", true));
        assert_eq!(fr.available_languages, ["fr", "it"]);
        assert_eq!(fr.open.unwrap().status, OpenStatus::Open);
        let ti = services.service("bo-x", &langs(&["ti"]), None).unwrap();
        assert_eq!((ti.text.language.as_str(), ti.text.outdated), ("it", false));
        assert!(matches!(
            services.service("nope", &[], None),
            Err(Error::NotFound { .. })
        ));
    }

    #[test]
    fn calls_without_languages_use_the_chain_set_on_the_store() {
        let (_dir, services) = services();
        let mut r = record("bo-x", 44.49, 11.34, Category::LegalAid, "Sportello legale");
        r.texts
            .push(text("fr", "Guichet juridique", Provenance::Reviewed));
        upsert(&services, vec![r]);
        let store = services.store.clone();
        let name = |languages: Option<Vec<String>>| {
            services
                .service("bo-x", &store.chain_or(languages), None)
                .unwrap()
                .text
                .name
        };
        assert_eq!(name(None), "Sportello legale", "English, then Italian");
        store.set_languages(langs(&["fr", "en", "it"]));
        assert_eq!(name(None), "Guichet juridique");
        // A chain given for one call overrides the store's, for that call only.
        assert_eq!(name(Some(langs(&["it"]))), "Sportello legale");
        assert_eq!(name(None), "Guichet juridique");
    }
}
