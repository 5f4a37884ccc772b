//! OpenStreetMap objects as services, alike from Overpass JSON and from Overpass Turbo's
//! GeoJSON: the tags → categories and audiences table, and the tags → fields reading both
//! importers share, so the same place from either export becomes the same service
//! (`osm-node-123`).

use std::collections::BTreeMap;

use crate::content::{Audience, Category, Problem};

use super::{err, Fields, ImportOptions, RowError};

/// An OpenStreetMap object's tags, each value as text.
pub type Tags = BTreeMap<String, String>;

/// What OpenStreetMap's licence asks to show beside its data, unless the importer gives one.
pub const OSM_ATTRIBUTION: &str = "© OpenStreetMap contributors, ODbL";

/// Tags an object must have (each with one of the values; `*`: any value) or must not have.
pub type TagTest = &'static [(&'static str, &'static [&'static str])];

/// One row of the tags → categories table: an object that has every tag of `tags` and none
/// of `unless` is in these categories and for these audiences. Every row that matches adds
/// its own, so a shelter for refugees is `housing` (the shelter) for `refugees` and
/// `asylum_seekers` (the `social_facility:for`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TagRule {
    pub tags: TagTest,
    pub unless: TagTest,
    pub categories: &'static [Category],
    pub audiences: &'static [Audience],
}

const fn rule(
    tags: TagTest,
    unless: TagTest,
    categories: &'static [Category],
    audiences: &'static [Audience],
) -> TagRule {
    TagRule {
        tags,
        unless,
        categories,
        audiences,
    }
}

const INTERNET: &[&str] = &["terminal", "wlan", "wired", "yes"];

/// The table, in the order the README lists it (a test checks the README against it).
pub const TAG_RULES: &[TagRule] = {
    use Audience::*;
    use Category::*;
    &[
        rule(&[("office", &["employment_agency"])], &[], &[Work], &[]),
        rule(
            &[("social_facility:for", &["unemployed"])],
            &[],
            &[JobOrientation],
            &[],
        ),
        rule(
            &[("amenity", &["language_school"])],
            &[],
            &[ItalianCourses],
            &[],
        ),
        rule(&[("lawyer", &["legal_aid"])], &[], &[LegalAid], &[]),
        rule(
            &[("social_facility", &["legal_aid"])],
            &[],
            &[LegalAid],
            &[],
        ),
        // The Questura's immigration office: residence permits are "immigration documents".
        rule(
            &[
                ("office", &["government"]),
                ("government", &["immigration"]),
            ],
            &[],
            &[LegalAid],
            &[],
        ),
        rule(
            &[("amenity", &["hospital", "clinic", "doctors"])],
            &[],
            &[Health],
            &[],
        ),
        rule(
            &[("healthcare", &["*"])],
            &[("healthcare", &["psychotherapist", "counselling"])],
            &[Health],
            &[],
        ),
        rule(
            &[("healthcare", &["psychotherapist", "counselling"])],
            &[],
            &[MentalHealth],
            &[],
        ),
        rule(
            &[("social_facility:for", &["mental_health"])],
            &[],
            &[MentalHealth],
            &[],
        ),
        rule(
            &[("social_facility", &["food_bank", "soup_kitchen"])],
            &[],
            &[Food],
            &[],
        ),
        rule(
            &[("social_facility", &["shelter", "group_home", "outreach"])],
            &[],
            &[Housing],
            &[],
        ),
        // A day centre or a street unit for homeless people is about a roof; their soup
        // kitchen is food, not housing.
        rule(
            &[("social_facility:for", &["homeless"])],
            &[("social_facility", &["food_bank", "soup_kitchen"])],
            &[Housing],
            &[],
        ),
        rule(
            &[("social_facility:for", &["refugee"])],
            &[],
            &[],
            &[Refugees, AsylumSeekers],
        ),
        // Ponte's people are all migrants: a service for migrants is for all of them.
        rule(
            &[("social_facility:for", &["migrant"])],
            &[],
            &[],
            &[Everyone],
        ),
        rule(
            &[("social_facility:for", &["woman"])],
            &[],
            &[WomensSupport],
            &[Women],
        ),
        rule(
            &[("social_facility:for", &["child", "juvenile"])],
            &[],
            &[ChildrenFamilies],
            &[Minors],
        ),
        rule(&[("amenity", &["library"])], &[], &[Education], &[]),
        // Public computers or wifi, free: a library where one can fill in a form online. One
        // that charges for it (`internet_access:fee=yes`) is not "free internet".
        rule(
            &[("amenity", &["library"]), ("internet_access", INTERNET)],
            &[("internet_access:fee", &["yes"])],
            &[DigitalHelp],
            &[],
        ),
        rule(&[("amenity", &["internet_cafe"])], &[], &[DigitalHelp], &[]),
        rule(
            &[("amenity", &["school", "college"])],
            &[],
            &[Education],
            &[],
        ),
        rule(
            &[("amenity", &["bank", "money_transfer"])],
            &[],
            &[Banking],
            &[],
        ),
    ]
};

/// Whether the object has one of these values of the tag; a value list (`refugee;migrant`)
/// has each of its values.
fn has(tags: &Tags, key: &str, values: &[&str]) -> bool {
    tags.get(key).is_some_and(|value| {
        value
            .split(';')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .any(|v| values.iter().any(|wanted| *wanted == "*" || *wanted == v))
    })
}

impl TagRule {
    pub fn matches(&self, tags: &Tags) -> bool {
        self.tags.iter().all(|(key, values)| has(tags, key, values))
            && !self
                .unless
                .iter()
                .any(|(key, values)| has(tags, key, values))
    }
}

/// The categories and audiences the table gives an object's tags, each once, in the table's
/// order.
pub fn categories_and_audiences(tags: &Tags) -> (Vec<Category>, Vec<Audience>) {
    let mut categories = Vec::new();
    let mut audiences = Vec::new();
    for rule in TAG_RULES.iter().filter(|rule| rule.matches(tags)) {
        for category in rule.categories {
            if !categories.contains(category) {
                categories.push(*category);
            }
        }
        for audience in rule.audiences {
            if !audiences.contains(audience) {
                audiences.push(*audience);
            }
        }
    }
    (categories, audiences)
}

/// Where an OpenStreetMap object is: a position or none.
pub struct Position {
    pub lat: String,
    pub lon: String,
}

/// The service fields of an OpenStreetMap object (`kind` node, way or relation, its number,
/// its tags): the same for Overpass JSON and GeoJSON. Tags Ponte does not read are ignored.
/// Categories: a `ponte:category` tag as it is, else the table's, else the importer's
/// ([`ImportOptions::categories`]); with none, the object is refused
/// ([`Problem::OsmKindUnknown`]).
pub fn osm_fields(
    row: usize,
    kind: &str,
    number: &str,
    position: Option<Position>,
    tags: &Tags,
    options: &ImportOptions,
) -> Result<Fields, RowError> {
    let tag = |k: &str| tags.get(k).map(|v| v.trim()).unwrap_or("").to_owned();
    let first = |keys: &[&str]| {
        keys.iter()
            .map(|k| tag(k))
            .find(|v| !v.is_empty())
            .unwrap_or_default()
    };
    let (table_categories, audiences) = categories_and_audiences(tags);
    let categories = match tag("ponte:category") {
        given if !given.is_empty() => given,
        _ if !table_categories.is_empty() => codes(table_categories.iter().map(|c| c.code())),
        _ if !options.categories.is_empty() => codes(options.categories.iter().map(|c| c.code())),
        _ => return Err(err(row, "categories", Problem::OsmKindUnknown)),
    };
    let mut fields = Fields::new();
    fields.insert("id".into(), format!("osm-{kind}-{number}"));
    if let Some(Position { lat, lon }) = position {
        fields.insert("lat".into(), lat);
        fields.insert("lon".into(), lon);
    }
    fields.insert("categories".into(), categories);
    fields.insert(
        "audiences".into(),
        codes(audiences.iter().map(|a| a.code())),
    );
    // The operator tag says who runs it; else the importer's; else the place's own name.
    let organisation = match tag("operator") {
        o if !o.is_empty() => o,
        _ if !options.organisation.is_empty() => options.organisation.clone(),
        _ => first(&["name", &format!("name:{}", options.source_language)]),
    };
    fields.insert("organisation".into(), organisation);
    let street = [tag("addr:street"), tag("addr:housenumber")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    fields.insert("address".into(), street);
    fields.insert("city".into(), tag("addr:city"));
    fields.insert("opening_hours".into(), tag("opening_hours"));
    fields.insert("phone".into(), first(&["contact:phone", "phone"]));
    fields.insert("whatsapp".into(), tag("contact:whatsapp"));
    fields.insert("email".into(), first(&["contact:email", "email"]));
    fields.insert("web".into(), first(&["contact:website", "website"]));
    // `limited` and the like say neither yes nor no.
    let yes_no = |value: &str, yes: &str, no: &str| match value {
        v if v == yes => "yes".to_owned(),
        v if v == no => "no".to_owned(),
        _ => String::new(),
    };
    fields.insert("wheelchair".into(), yes_no(&tag("wheelchair"), "yes", "no"));
    fields.insert("free".into(), yes_no(&tag("fee"), "no", "yes"));
    fields.insert(
        "last_verified".into(),
        first(&["check_date", "survey:date"]),
    );
    fields.insert("source".into(), "© OpenStreetMap contributors".into());
    if options.attribution.is_empty() {
        fields.insert("attribution".into(), OSM_ATTRIBUTION.into());
    }
    let source_language = &options.source_language;
    fields.insert(
        format!("name_{source_language}"),
        first(&["name", &format!("name:{source_language}")]),
    );
    fields.insert(format!("description_{source_language}"), tag("description"));
    for (key, value) in tags {
        if let Some(language) = key
            .strip_prefix("name:")
            .filter(|l| l != source_language && crate::content::is_language_tag(l))
        {
            fields.insert(format!("name_{language}"), value.clone());
            // Names in other languages are written by people in OpenStreetMap.
            fields.insert(format!("provenance_{language}"), "reviewed".into());
        }
    }
    Ok(fields)
}

fn codes<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    codes.collect::<Vec<_>>().join(";")
}

/// An OpenStreetMap id as Overpass Turbo writes it (`node/123`, `way/7`, `relation/9`): its
/// kind and number.
pub fn parse_osm_id(id: &str) -> Option<(&str, &str)> {
    let (kind, number) = id.split_once('/')?;
    (["node", "way", "relation"].contains(&kind)
        && !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit()))
    .then_some((kind, number))
}

/// Where a GeoJSON geometry of an OpenStreetMap object is. A Point is its own position; a way
/// or a relation exported as a LineString, a Polygon or a Multi… geometry is placed at the mean
/// of its vertices (of the outer rings only, for areas, each ring's closing vertex counted once):
/// not the true centroid, and outside a very concave shape, but within a building or a block
/// of where the place is, which is what a pin needs. `None`: no vertex with two numbers.
pub fn geometry_position(geometry: &serde_json::Value) -> Option<Position> {
    use serde_json::Value;
    if geometry.get("type").and_then(Value::as_str) == Some("Point") {
        let coordinates = geometry.get("coordinates")?.as_array()?;
        return Some(Position {
            lon: super::value_to_text(coordinates.first()?),
            lat: super::value_to_text(coordinates.get(1)?),
        });
    }
    let mut vertices = Vec::new();
    outer_vertices(geometry, &mut vertices);
    if vertices.is_empty() {
        return None;
    }
    let n = vertices.len() as f64;
    let (lon, lat) = vertices
        .iter()
        .fold((0.0, 0.0), |(x, y), (lon, lat)| (x + lon / n, y + lat / n));
    Some(Position {
        lat: format!("{lat:.7}"),
        lon: format!("{lon:.7}"),
    })
}

fn outer_vertices(geometry: &serde_json::Value, into: &mut Vec<(f64, f64)>) {
    use serde_json::Value;
    let vertex = |v: &Value| -> Option<(f64, f64)> {
        let pair = v.as_array()?;
        Some((pair.first()?.as_f64()?, pair.get(1)?.as_f64()?))
    };
    let line = |v: &Value| -> Vec<(f64, f64)> {
        v.as_array()
            .map(|points| points.iter().filter_map(vertex).collect())
            .unwrap_or_default()
    };
    let ring = |v: &Value| -> Vec<(f64, f64)> {
        let mut points = line(v);
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        points
    };
    let coordinates = geometry.get("coordinates");
    let parts = || coordinates.and_then(Value::as_array).into_iter().flatten();
    match geometry.get("type").and_then(Value::as_str) {
        Some("Point") => into.extend(coordinates.and_then(vertex)),
        Some("MultiPoint" | "LineString") => into.extend(coordinates.map(line).unwrap_or_default()),
        Some("MultiLineString") => parts().for_each(|part| into.extend(line(part))),
        Some("Polygon") => {
            into.extend(
                coordinates
                    .and_then(|c| c.get(0))
                    .map(ring)
                    .unwrap_or_default(),
            );
        }
        Some("MultiPolygon") => parts().for_each(|polygon| {
            into.extend(polygon.get(0).map(ring).unwrap_or_default());
        }),
        Some("GeometryCollection") => {
            for part in geometry
                .get("geometries")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                outer_vertices(part, into);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(pairs: &[(&str, &str)]) -> Tags {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// A row of the table as the README writes it.
    fn readme_line(rule: &TagRule) -> String {
        let test = |test: TagTest| {
            test.iter()
                .map(|(key, values)| format!("`{key}={}`", values.join("\\|")))
                .collect::<Vec<_>>()
                .join(" + ")
        };
        let mut tags = test(rule.tags);
        if !rule.unless.is_empty() {
            tags = format!("{tags}, not {}", test(rule.unless));
        }
        let list = |codes: Vec<&str>| {
            codes
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let cell = |text: String| {
            if text.is_empty() {
                " |".to_owned()
            } else {
                format!(" {text} |")
            }
        };
        format!(
            "| {tags} |{}{}",
            cell(list(rule.categories.iter().map(|c| c.code()).collect())),
            cell(list(rule.audiences.iter().map(|a| a.code()).collect()))
        )
    }

    #[test]
    fn the_readme_lists_exactly_the_tag_table() {
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
        let section = readme
            .split_once("#### OpenStreetMap tags → Ponte categories")
            .expect("the README's section")
            .1;
        let listed: Vec<&str> = section
            .lines()
            .skip_while(|line| !line.starts_with('|'))
            .take_while(|line| line.starts_with('|'))
            .skip(2) // the header and its rule
            .collect();
        let table: Vec<String> = TAG_RULES.iter().map(readme_line).collect();
        assert_eq!(listed, table);
    }

    #[test]
    fn every_row_of_the_table_gives_its_categories_and_audiences() {
        for rule in TAG_RULES {
            // The row's tags, each with its last value (`*`: some value).
            let object: Tags = rule
                .tags
                .iter()
                .map(|(key, values)| {
                    let value = values.last().unwrap().replace('*', "centre");
                    (key.to_string(), value)
                })
                .collect();
            let (categories, audiences) = categories_and_audiences(&object);
            assert!(
                rule.categories.iter().all(|c| categories.contains(c))
                    && rule.audiences.iter().all(|a| audiences.contains(a)),
                "{rule:?}: {categories:?} {audiences:?}"
            );
        }
    }

    #[test]
    fn the_choices_of_the_table() {
        use Audience::*;
        use Category::*;
        let of = |pairs: &[(&str, &str)]| categories_and_audiences(&tags(pairs));
        // Libraries: digital help only with public computers or wifi that are not paid.
        assert_eq!(of(&[("amenity", "library")]), (vec![Education], vec![]));
        for access in ["terminal", "wlan", "wired", "yes"] {
            assert_eq!(
                of(&[("amenity", "library"), ("internet_access", access)]).0,
                [Education, DigitalHelp]
            );
        }
        assert_eq!(
            of(&[
                ("amenity", "library"),
                ("internet_access", "wlan"),
                ("internet_access:fee", "yes")
            ])
            .0,
            [Education]
        );
        assert_eq!(
            of(&[("amenity", "library"), ("internet_access", "no")]).0,
            [Education]
        );
        // A list of values has each of them; each row adds its own.
        assert_eq!(
            of(&[
                ("amenity", "social_facility"),
                ("social_facility", "shelter"),
                ("social_facility:for", "refugee; woman")
            ]),
            (
                vec![Housing, WomensSupport],
                vec![Refugees, AsylumSeekers, Women]
            )
        );
        assert_eq!(
            of(&[
                ("social_facility", "soup_kitchen"),
                ("social_facility:for", "homeless")
            ])
            .0,
            [Food]
        );
        assert_eq!(
            of(&[
                ("social_facility", "day_care"),
                ("social_facility:for", "homeless")
            ])
            .0,
            [Housing]
        );
        assert_eq!(of(&[("healthcare", "counselling")]).0, [MentalHealth]);
        assert_eq!(of(&[("healthcare", "dentist")]).0, [Health]);
        assert_eq!(
            of(&[("amenity", "clinic"), ("healthcare", "clinic")]).0,
            [Health],
            "each category once"
        );
        assert_eq!(
            of(&[("social_facility:for", "refugee")]),
            (vec![], vec![Refugees, AsylumSeekers]),
            "an audience alone is no kind of service"
        );
        assert_eq!(
            of(&[("leisure", "park"), ("amenity", "")]),
            (vec![], vec![])
        );
    }

    #[test]
    fn ids_and_positions_as_overpass_turbo_writes_them() {
        assert_eq!(parse_osm_id("node/123"), Some(("node", "123")));
        assert_eq!(parse_osm_id("relation/9"), Some(("relation", "9")));
        for not in ["node/", "node/12a", "area/3600000001", "ve-1", "way/-7"] {
            assert_eq!(parse_osm_id(not), None, "{not}");
        }
        let at = |geometry: &str| {
            geometry_position(&serde_json::from_str(geometry).unwrap()).map(|p| (p.lat, p.lon))
        };
        // A closed ring: its closing vertex is counted once (else the mean leans towards it).
        assert_eq!(
            at(
                r#"{"type":"Polygon","coordinates":[[[7.0,45.0],[7.2,45.0],[7.2,45.2],[7.0,45.2],[7.0,45.0]],
                [[7.05,45.05],[7.06,45.05],[7.06,45.06],[7.05,45.05]]]}"#
            ),
            Some(("45.1000000".into(), "7.1000000".into())),
            "the hole is not counted"
        );
        assert_eq!(
            at(
                r#"{"type":"MultiPolygon","coordinates":[[[[8,44],[8.2,44],[8.2,44.2],[8,44]]],[[[8.6,44.6],[8.8,44.6],[8.8,44.8],[8.6,44.6]]]]}"#
            ),
            Some(("44.3666667".into(), "8.4333333".into()))
        );
        assert_eq!(
            at(r#"{"type":"LineString","coordinates":[[7.6,45.0],[7.7,45.1]]}"#),
            Some(("45.0500000".into(), "7.6500000".into()))
        );
        assert_eq!(
            at(r#"{"type":"Point","coordinates":[7.68,45.07]}"#),
            Some(("45.07".into(), "7.68".into())),
            "a point as written"
        );
        assert_eq!(
            at(
                r#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[7,45]},{"type":"Point","coordinates":[8,46]}]}"#
            ),
            Some(("45.5000000".into(), "7.5000000".into()))
        );
        for empty in [
            r#"{"type":"Polygon","coordinates":[]}"#,
            r#"{"type":"Polygon"}"#,
            r#"{"type":"LineString","coordinates":[["a","b"]]}"#,
            r#"{"type":"Point"}"#,
            r#"{"type":"Circle","coordinates":[7,45]}"#,
        ] {
            assert_eq!(at(empty), None, "{empty}");
        }
    }
}
