//! The contract: real answers of every route of the API, successes and
//! errors, checked against `/api/openapi.json` — the operation exists, the
//! status is documented, and the JSON body matches the documented schema.
//! Every documented operation must have been exercised.

mod support;

use std::collections::BTreeSet;

use serde_json::{Value, json};
use support::{Server, json, open_phase, reviewer, submit, valid_application};

/// Checks `value` against an OpenAPI 3.1 schema (the subset utoipa writes:
/// `$ref`, `type` (one or several), `enum`, `properties`, `required`,
/// `items`, `oneOf`/`anyOf`/`allOf`).
fn validate(value: &Value, schema: &Value, doc: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/components/schemas/");
        let target = &doc["components"]["schemas"][name];
        assert!(!target.is_null(), "dangling $ref {reference}");
        return validate(value, target, doc, at, errors);
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for part in all {
            validate(value, part, doc, at, errors);
        }
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            let fits = options.iter().any(|option| {
                let mut inner = Vec::new();
                validate(value, option, doc, at, &mut inner);
                inner.is_empty()
            });
            if !fits {
                errors.push(format!("{at}: {value} fits none of {key}"));
            }
        }
    }
    if let Some(kind) = schema.get("type") {
        let kinds: Vec<&str> = match kind {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let fits = kinds.iter().any(|kind| match *kind {
            "null" => value.is_null(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => true,
        });
        if !fits {
            errors.push(format!("{at}: {value} is not {kinds:?}"));
            return;
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        errors.push(format!("{at}: {value} is not one of {allowed:?}"));
    }
    if let Some(object) = value.as_object() {
        for required in schema["required"].as_array().into_iter().flatten() {
            let key = required.as_str().unwrap_or_default();
            if !object.contains_key(key) {
                errors.push(format!("{at}: `{key}` is missing"));
            }
        }
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (key, inner) in object {
                if let Some(property) = properties.get(key) {
                    validate(inner, property, doc, &format!("{at}.{key}"), errors);
                }
            }
        }
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for (index, item) in list.iter().enumerate() {
            validate(item, items, doc, &format!("{at}[{index}]"), errors);
        }
    }
}

struct Contract {
    server: Server,
    doc: Value,
    token: String,
    seen: BTreeSet<(String, String)>,
}

impl Contract {
    /// Sends a request and checks its answer against the document; returns
    /// the status and the JSON body (Null when not JSON).
    async fn call(
        &mut self,
        method: &str,
        template: &str,
        path: &str,
        body: Option<Value>,
        token: Option<&str>,
    ) -> (u16, Value) {
        let url = format!("{}{path}", self.server.url);
        let client = self.server.client();
        let mut request = match method {
            "get" => client.get(url),
            "post" => client.post(url),
            "put" => client.put(url),
            other => panic!("{other}"),
        };
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        // Most answers carry personal data or need a credential: none is
        // kept by a browser or a proxy.
        assert_eq!(
            response
                .headers()
                .get("cache-control")
                .map(|v| v.as_bytes()),
            Some(&b"no-store"[..]),
            "{method} {path} {status}: not `Cache-Control: no-store`"
        );
        let is_json = response.headers().get("content-type").is_some_and(|v| {
            v.to_str()
                .unwrap_or_default()
                .starts_with("application/json")
        });
        let body: Value = if is_json {
            response.json().await.unwrap()
        } else {
            Value::Null
        };

        let operation = &self.doc["paths"][template][method];
        assert!(
            operation.is_object(),
            "{method} {template} is not documented"
        );
        let documented = &operation["responses"][status.to_string()];
        assert!(
            documented.is_object(),
            "{method} {template}: status {status} is not documented ({body})"
        );
        if is_json {
            let schema = &documented["content"]["application/json"]["schema"];
            assert!(
                !schema.is_null(),
                "{method} {template} {status}: no documented body"
            );
            let mut errors = Vec::new();
            validate(&body, schema, &self.doc, "body", &mut errors);
            assert!(
                errors.is_empty(),
                "{method} {template} {status}: {errors:#?}"
            );
        }
        self.seen.insert((method.to_owned(), template.to_owned()));
        (status, body)
    }
}

fn survey_definition() -> Value {
    serde_json::from_str(include_str!("../surveys/end-of-phase.json")).unwrap()
}

#[tokio::test]
async fn every_route_answers_as_documented() {
    let server = Server::start_with_config(Some("[limits]\nlookup_burst = 1000\n")).await;
    let doc: Value = json(server.get("/api/openapi.json").await).await;
    let token = reviewer(&server, "Contrat").await;
    // The checker itself catches a wrong body.
    let mut errors = Vec::new();
    let schema = json!({ "$ref": "#/components/schemas/StatusView" });
    validate(
        &json!({ "reference": 1, "status": "lost" }),
        &schema,
        &doc,
        "body",
        &mut errors,
    );
    assert!(errors.iter().any(|e| e.contains("reference")), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains("`history` is missing")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.contains("lost")), "{errors:?}");

    let mut c = Contract {
        server,
        doc,
        token: token.clone(),
        seen: BTreeSet::new(),
    };
    let t = Some(token.as_str());

    // Service and public routes.
    assert_eq!(
        c.call("get", "/api/health", "/api/health", None, None)
            .await
            .0,
        200
    );
    assert_eq!(
        c.call("get", "/api/offer", "/api/offer", None, None)
            .await
            .0,
        200
    );
    let (status, created) = c
        .call(
            "post",
            "/api/applications",
            "/api/applications",
            Some(valid_application()),
            None,
        )
        .await;
    assert_eq!(status, 201);
    let (reference, secret) = (
        created["reference"].as_str().unwrap().to_owned(),
        created["secret"].as_str().unwrap().to_owned(),
    );
    let mut company = valid_application();
    company["structure"]["kind"] = json!("company");
    assert_eq!(
        c.call(
            "post",
            "/api/applications",
            "/api/applications",
            Some(company),
            None
        )
        .await
        .0,
        422
    );
    let mut invalid = valid_application();
    invalid["contact"]["email"] = json!("nope");
    assert_eq!(
        c.call(
            "post",
            "/api/applications",
            "/api/applications",
            Some(invalid),
            None
        )
        .await
        .0,
        422
    );
    assert_eq!(
        c.call(
            "post",
            "/api/applications",
            "/api/applications",
            Some(json!({"x": 1})),
            None
        )
        .await
        .0,
        400
    );
    let query = json!({ "reference": reference, "secret": secret });
    assert_eq!(
        c.call(
            "post",
            "/api/applications/status",
            "/api/applications/status",
            Some(query.clone()),
            None
        )
        .await
        .0,
        200
    );
    let wrong =
        json!({ "reference": reference, "secret": "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB" });
    assert_eq!(
        c.call(
            "post",
            "/api/applications/status",
            "/api/applications/status",
            Some(wrong),
            None
        )
        .await
        .0,
        404
    );

    // The reviewers' side.
    assert_eq!(
        c.call("get", "/api/review/session", "/api/review/session", None, t)
            .await
            .0,
        200
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/session",
            "/api/review/session",
            None,
            Some("fsr_wrong")
        )
        .await
        .0,
        401
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/applications",
            "/api/review/applications?status=received",
            None,
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/applications",
            "/api/review/applications?colour=red",
            None,
            t
        )
        .await
        .0,
        400
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/applications",
            "/api/review/applications?from=yesterday",
            None,
            t
        )
        .await
        .0,
        422
    );
    let detail = format!("/api/review/applications/{reference}");
    assert_eq!(
        c.call(
            "get",
            "/api/review/applications/{reference}",
            &detail,
            None,
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/applications/{reference}",
            "/api/review/applications/FS-2222-2222",
            None,
            t
        )
        .await
        .0,
        404
    );
    let decision = format!("{detail}/decision");
    let accept = json!({ "decision": "accept", "phase": 1 });
    assert_eq!(
        c.call(
            "post",
            "/api/review/applications/{reference}/decision",
            &decision,
            Some(accept.clone()),
            t
        )
        .await
        .0,
        409
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/applications/{reference}/decision",
            &decision,
            Some(json!({ "decision": "accept", "phase": 99 })),
            t
        )
        .await
        .0,
        422
    );
    assert_eq!(
        c.call("get", "/api/review/phases", "/api/review/phases", None, t)
            .await
            .0,
        200
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/phases/{number}",
            "/api/review/phases/1",
            Some(json!({ "open": true })),
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/phases/{number}",
            "/api/review/phases/99",
            Some(json!({ "open": true })),
            t
        )
        .await
        .0,
        404
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/applications/{reference}/decision",
            &decision,
            Some(accept),
            t
        )
        .await
        .0,
        200
    );
    let notes = format!("{detail}/notes");
    assert_eq!(
        c.call(
            "post",
            "/api/review/applications/{reference}/notes",
            &notes,
            Some(json!({ "body": "Vu." })),
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/applications/{reference}/notes",
            &notes,
            Some(json!({ "body": " " })),
            t
        )
        .await
        .0,
        422
    );
    let (other, _) = submit(&c.server, |_| {}).await;
    let bulk = json!({ "references": [other, "FS-2222-2222"], "decision": { "decision": "waitlist", "phase": 2 } });
    assert_eq!(
        c.call(
            "post",
            "/api/review/bulk",
            "/api/review/bulk",
            Some(bulk),
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/bulk",
            "/api/review/bulk",
            Some(json!({ "references": [], "decision": { "decision": "review" } })),
            t
        )
        .await
        .0,
        422
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/export.csv",
            "/api/review/export.csv",
            None,
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/export.ods",
            "/api/review/export.ods?lang=en",
            None,
            t
        )
        .await
        .0,
        200
    );

    // Surveys.
    assert_eq!(
        c.call(
            "get",
            "/api/review/surveys/template",
            "/api/review/surveys/template",
            None,
            t
        )
        .await
        .0,
        200
    );
    let input = json!({ "definition": survey_definition(), "phases": [1] });
    let (status, survey) = c
        .call(
            "post",
            "/api/review/surveys",
            "/api/review/surveys",
            Some(input.clone()),
            t,
        )
        .await;
    assert_eq!(status, 201);
    let id = survey["summary"]["id"].as_i64().unwrap();
    assert_eq!(
        c.call(
            "post",
            "/api/review/surveys",
            "/api/review/surveys",
            Some(json!({ "definition": survey_definition(), "phases": [] })),
            t
        )
        .await
        .0,
        422
    );
    assert_eq!(
        c.call("get", "/api/review/surveys", "/api/review/surveys", None, t)
            .await
            .0,
        200
    );
    let one = format!("/api/review/surveys/{id}");
    assert_eq!(
        c.call("get", "/api/review/surveys/{id}", &one, None, t)
            .await
            .0,
        200
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/surveys/{id}",
            "/api/review/surveys/999",
            None,
            t
        )
        .await
        .0,
        404
    );
    assert_eq!(
        c.call(
            "put",
            "/api/review/surveys/{id}",
            &one,
            Some(input.clone()),
            t
        )
        .await
        .0,
        200
    );
    let state = format!("{one}/state");
    assert_eq!(
        c.call(
            "post",
            "/api/review/surveys/{id}/state",
            &state,
            Some(json!({ "state": "draft" })),
            t
        )
        .await
        .0,
        422
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/surveys/{id}/state",
            &state,
            Some(json!({ "state": "open" })),
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call("put", "/api/review/surveys/{id}", &one, Some(input), t)
            .await
            .0,
        409
    );
    let (_, status_view) = c
        .call(
            "post",
            "/api/applications/status",
            "/api/applications/status",
            Some(query.clone()),
            None,
        )
        .await;
    let invitation = status_view["invitations"][0]["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        c.call(
            "post",
            "/api/surveys/invitation",
            "/api/surveys/invitation",
            Some(json!({ "secret": invitation })),
            None
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "post",
            "/api/surveys/invitation",
            "/api/surveys/invitation",
            Some(json!({ "secret": "nope" })),
            None
        )
        .await
        .0,
        404
    );
    let answers = json!({ "secret": invitation, "answers": { "getting_started": 4, "apps_used": ["files"], "recommend": 8 } });
    assert_eq!(
        c.call(
            "post",
            "/api/surveys/response",
            "/api/surveys/response",
            Some(answers.clone()),
            None
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "post",
            "/api/surveys/response",
            "/api/surveys/response",
            Some(json!({ "secret": invitation, "answers": {} })),
            None
        )
        .await
        .0,
        422
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/surveys/{id}/results",
            &format!("{one}/results"),
            None,
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/surveys/{id}/responses.csv",
            &format!("{one}/responses.csv"),
            None,
            t
        )
        .await
        .0,
        409,
        "one response to an anonymous survey is withheld (the CSV itself is tested in surveys.rs)"
    );
    assert_eq!(
        c.call(
            "get",
            "/api/review/surveys/{id}/responses.ods",
            &format!("{one}/responses.ods"),
            None,
            t
        )
        .await
        .0,
        409
    );
    assert_eq!(
        c.call(
            "post",
            "/api/review/surveys/{id}/state",
            &state,
            Some(json!({ "state": "closed" })),
            t
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            "post",
            "/api/surveys/response",
            "/api/surveys/response",
            Some(answers),
            None
        )
        .await
        .0,
        409
    );

    // Withdrawal last: it erases.
    assert_eq!(
        c.call(
            "post",
            "/api/applications/withdraw",
            "/api/applications/withdraw",
            Some(query),
            None
        )
        .await
        .0,
        200
    );
    open_phase(&c.server, &c.token, 1).await;

    // Every documented operation was exercised.
    let documented: BTreeSet<(String, String)> = c.doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, operations)| {
            operations
                .as_object()
                .unwrap()
                .keys()
                .map(move |method| (method.clone(), path.clone()))
        })
        .collect();
    let missed: Vec<_> = documented.difference(&c.seen).collect();
    assert!(missed.is_empty(), "never exercised: {missed:?}");
}
