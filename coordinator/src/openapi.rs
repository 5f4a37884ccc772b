//! The OpenAPI document of the sync API, served at `/api/v1/openapi.json`. Written by hand
//! from the wire types; the tests check it against the router and against real responses.

use axum::http::header;
use axum::response::IntoResponse;

pub const DOCUMENT: &str = include_str!("../openapi.json");

pub async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT)
}

/// A validator for the part of JSON Schema the document uses, so the tests can check real
/// answers against it.
#[cfg(test)]
pub mod check {
    use serde_json::Value;

    pub fn schema<'a>(doc: &'a Value, name: &str) -> &'a Value {
        doc.pointer(&format!("/components/schemas/{name}"))
            .unwrap_or_else(|| panic!("the document has no schema {name}"))
    }

    /// Problems with `value` against `schema`, as JSON pointers with a reason.
    pub fn validate(doc: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
        let mut problems = Vec::new();
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/components/schemas/");
            return validate(doc, self::schema(doc, name), value, at);
        }
        if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
            let matching = options
                .iter()
                .filter(|o| validate(doc, o, value, at).is_empty())
                .count();
            if matching != 1 {
                problems.push(format!("{at}: matches {matching} of oneOf"));
            }
            return problems;
        }
        if let Some(constant) = schema.get("const") {
            if value != constant {
                problems.push(format!("{at}: expected {constant}"));
            }
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array) {
            if !options.contains(value) {
                problems.push(format!("{at}: {value} not in enum"));
            }
        }
        if let Some(types) = schema.get("type") {
            let types: Vec<&str> = match types {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            let actual = match value {
                Value::Null => "null",
                Value::Bool(_) => "boolean",
                Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
                Value::Number(_) => "number",
                Value::String(_) => "string",
                Value::Array(_) => "array",
                Value::Object(_) => "object",
            };
            let ok = types.contains(&actual) || (actual == "integer" && types.contains(&"number"));
            if !ok {
                problems.push(format!("{at}: {actual}, expected {types:?}"));
                return problems;
            }
        }
        if let Value::Object(object) = value {
            let properties = schema.get("properties").and_then(Value::as_object);
            for required in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if !object.contains_key(required) {
                    problems.push(format!("{at}: missing {required}"));
                }
            }
            for (key, item) in object {
                let path = format!("{at}/{key}");
                match properties.and_then(|p| p.get(key)) {
                    Some(property) => problems.extend(validate(doc, property, item, &path)),
                    None => match schema.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            problems.push(format!("{path}: not in the document"))
                        }
                        Some(extra @ Value::Object(_)) => {
                            problems.extend(validate(doc, extra, item, &path))
                        }
                        _ => {}
                    },
                }
            }
        }
        if let (Value::Array(items), Some(item_schema)) = (value, schema.get("items")) {
            for (index, item) in items.iter().enumerate() {
                problems.extend(validate(doc, item_schema, item, &format!("{at}/{index}")));
            }
        }
        problems
    }
}
