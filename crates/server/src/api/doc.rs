//! The OpenAPI document: what each handler declares (`utoipa::path`), and
//! what holds for every route alike, written here once rather than on each:
//! the answers of the guard and the body extractor (400, 408, 413, 415), of
//! a malformed path parameter (400), of the reviewers' sign-in (401, 429),
//! and the rule that an input object takes no field it does not name.

use serde_json::{Map, Value, json};

/// The document served at `/api/openapi.json` and printed by `openapi`.
pub fn document() -> Value {
    let (_, doc) = super::router_and_doc();
    let mut doc = serde_json::to_value(doc).unwrap_or(Value::Null);
    widen_unsigned(&mut doc);
    let inputs = input_schemas(&doc);
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for name in &inputs {
            if let Some(schema) = schemas.get_mut(name) {
                close_objects(schema);
            }
        }
    }
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            for operation in item
                .as_object_mut()
                .into_iter()
                .flat_map(|o| o.values_mut())
            {
                add_shared_answers(operation);
            }
        }
    }
    doc
}

fn error(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }
    })
}

/// A header or a query parameter is there or not: never `null` (utoipa
/// writes an optional one as "string or null").
fn not_null(operation: &mut Value) {
    let Some(parameters) = operation
        .get_mut("parameters")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for parameter in parameters {
        if let Some(types) = parameter
            .pointer_mut("/schema/type")
            .and_then(Value::as_array_mut)
        {
            types.retain(|kind| kind != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                parameter["schema"]["type"] = only;
            }
        }
        if let Some(options) = parameter
            .pointer_mut("/schema/oneOf")
            .and_then(Value::as_array_mut)
        {
            options.retain(|option| option["type"] != "null");
            if let [only] = options.as_slice() {
                let only = only.clone();
                parameter["schema"] = only;
            }
        }
    }
}

fn add_shared_answers(operation: &mut Value) {
    not_null(operation);
    let has_body = operation.get("requestBody").is_some();
    let has_path = operation["parameters"]
        .as_array()
        .is_some_and(|list| list.iter().any(|p| p["in"] == "path"));
    let has_query = operation["parameters"]
        .as_array()
        .is_some_and(|list| list.iter().any(|p| p["in"] == "query"));
    let secured = operation.get("security").is_some();
    let Some(responses) = operation
        .get_mut("responses")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let mut add = |status: &str, description: &str| {
        responses
            .entry(status.to_owned())
            .or_insert_with(|| error(description));
    };
    if has_body {
        add(
            "400",
            "`malformed_json`, or `invalid_body` naming the field of the wrong type or unknown",
        );
        add("408", "`request_timeout`: the body did not arrive in time");
        add(
            "413",
            "`payload_too_large`: the body (or its announced length) is over 64 KiB",
        );
        add(
            "415",
            "`unsupported_media_type`: the body is not `application/json`",
        );
    }
    if has_path {
        add("400", "`invalid_path`: a path parameter does not parse");
    }
    if has_query {
        add(
            "400",
            "`invalid_body` naming the unknown or malformed parameter",
        );
    }
    if secured {
        add("401", "`unauthorized`: no, wrong or revoked token");
        add(
            "429",
            "`rate_limited`: too many failed sign-ins from this client; see Retry-After",
        );
    }
}

/// The component schemas a request body leads to, directly or not.
fn input_schemas(doc: &Value) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut pending: Vec<&Value> = doc["paths"]
        .as_object()
        .into_iter()
        .flat_map(Map::values)
        .flat_map(|item| item.as_object().into_iter().flat_map(Map::values))
        .filter_map(|operation| operation.get("requestBody"))
        .collect();
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(object) => {
                if let Some(name) = object
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    && !found.iter().any(|f| f == name)
                {
                    found.push(name.to_owned());
                    if let Some(target) = doc.pointer(&format!("/components/schemas/{name}")) {
                        pending.push(target);
                    }
                }
                pending.extend(object.values());
            }
            Value::Array(list) => pending.extend(list),
            _ => {}
        }
    }
    found
}

/// utoipa writes a `u32` as `int32` from 0 (or more), whose top is 2^31 - 1: the
/// document gives its real range instead.
fn widen_unsigned(value: &mut Value) {
    match value {
        Value::Object(object) => {
            if object.get("format").and_then(Value::as_str) == Some("int32")
                && object.get("minimum").and_then(Value::as_u64).is_some()
            {
                object.insert("format".into(), "int64".into());
                object.entry("maximum").or_insert(Value::from(u32::MAX));
            }
            object.values_mut().for_each(widen_unsigned);
        }
        Value::Array(list) => list.iter_mut().for_each(widen_unsigned),
        _ => {}
    }
}

/// Every object of `schema` that names its fields takes no other (the
/// inputs are read with `deny_unknown_fields`); free maps are left open.
fn close_objects(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            if object.contains_key("properties") {
                object
                    .entry("additionalProperties")
                    .or_insert(Value::Bool(false));
            }
            for value in object.values_mut() {
                close_objects(value);
            }
        }
        Value::Array(list) => list.iter_mut().for_each(close_objects),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use portal_core::application::limits;

    /// One declaration per route (`portal_core::endpoints`): the document
    /// describes each route declared, and nothing else.
    #[test]
    fn the_document_and_the_declared_routes_are_the_same() {
        use std::collections::BTreeSet;
        let doc = document();
        let documented: BTreeSet<(String, String)> = doc["paths"]
            .as_object()
            .unwrap()
            .iter()
            .flat_map(|(path, item)| {
                item.as_object()
                    .unwrap()
                    .keys()
                    .map(move |method| (method.clone(), path.clone()))
            })
            .collect();
        let declared: BTreeSet<(String, String)> = portal_core::endpoints::ALL
            .iter()
            .map(|(method, path)| (method.as_str().to_owned(), (*path).to_owned()))
            .collect();
        assert_eq!(documented, declared);
    }

    /// Every `$ref` of the document names a schema it has.
    #[test]
    fn every_reference_resolves() {
        fn refs<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
            match value {
                Value::Object(map) => {
                    if let Some(Value::String(target)) = map.get("$ref") {
                        out.push(target);
                    }
                    map.values().for_each(|v| refs(v, out));
                }
                Value::Array(list) => list.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let doc = document();
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(found.len() > 20);
        for target in found {
            let pointer = target.trim_start_matches('#');
            assert!(doc.pointer(pointer).is_some(), "{target} does not resolve");
        }
    }

    #[test]
    fn every_input_object_is_closed_and_every_body_route_says_413_and_415() {
        let doc = document();
        let decision = &doc["components"]["schemas"]["Decision"]["oneOf"];
        for variant in decision.as_array().unwrap() {
            assert_eq!(variant["additionalProperties"], false, "{variant}");
        }
        let body_routes = doc["paths"]
            .as_object()
            .unwrap()
            .values()
            .flat_map(|item| item.as_object().unwrap().values())
            .filter(|operation| operation.get("requestBody").is_some())
            .count();
        assert!(body_routes >= 10);
        for item in doc["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                if operation.get("requestBody").is_some() {
                    for status in ["400", "408", "413", "415"] {
                        assert!(operation["responses"][status].is_object(), "{status}");
                    }
                }
            }
        }
    }

    /// The schema's bounds are literals (utoipa takes no constants): they
    /// must be the rules' own.
    #[test]
    fn the_submission_schema_has_the_bounds_of_the_rules() {
        let doc = document();
        let schemas = &doc["components"]["schemas"];
        let length = |schema: &str, field: &str| {
            let property = &schemas[schema]["properties"][field];
            (
                property["minLength"].as_u64().map(|n| n as usize),
                property["maxLength"].as_u64().map(|n| n as usize),
            )
        };
        let pair = |(min, max): (usize, usize)| (Some(min), Some(max));
        assert_eq!(length("StructureInput", "name"), pair(limits::NAME));
        assert_eq!(length("StructureInput", "purpose"), pair(limits::PURPOSE));
        assert_eq!(
            length("StructureInput", "activities"),
            pair(limits::ACTIVITIES)
        );
        assert_eq!(
            length("StructureInput", "website"),
            (None, Some(limits::WEBSITE_MAX))
        );
        assert_eq!(length("Contact", "name"), pair(limits::CONTACT_NAME));
        assert_eq!(length("Contact", "email"), (None, Some(limits::EMAIL_MAX)));
        assert_eq!(length("Contact", "role"), (None, Some(limits::ROLE_MAX)));
        assert_eq!(
            length("ApplicationInput", "motivation"),
            pair(limits::MOTIVATION)
        );
        let range = |field: &str| {
            let property = &schemas["Needs"]["properties"][field];
            (
                property["minimum"].as_u64().map(|n| n as u32),
                property["maximum"].as_u64().map(|n| n as u32),
            )
        };
        let pair = |(min, max): (u32, u32)| (Some(min), Some(max));
        assert_eq!(range("accounts"), pair(limits::ACCOUNTS));
        assert_eq!(range("storage_gb"), pair(limits::STORAGE_GB));
        use portal_core::endpoints::{Endpoint, ReadQueue};
        let queue = &doc["paths"][ReadQueue::PATH]["get"]["parameters"];
        let per_page = queue
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "per_page")
            .unwrap();
        assert_eq!(per_page["in"], "query");
        assert_eq!(
            per_page["schema"]["maximum"],
            portal_core::QueueFilter::MAX_PER_PAGE
        );
        let bulk = &schemas["BulkDecision"]["properties"]["references"];
        assert_eq!(bulk["maxItems"], portal_core::review::BULK_MAX);
        assert_eq!(bulk["minItems"], 1);
    }
}
