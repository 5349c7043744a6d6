//! The contract: real answers of every route of the API, successes and
//! errors, checked against `/api/openapi.json` — the operation exists, the
//! status is documented, and the JSON body matches the documented schema.
//! Every documented operation must have been exercised.

use std::collections::BTreeSet;

use crate::support::{Server, json, open_phase, reviewer, submit, valid_application};
use serde_json::{Value, json};

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

/// A request of the table and the status it must answer with: method,
/// path, body, reviewer token.
type Row<'a> = (&'a str, String, Option<Value>, Option<&'a str>, u16);

struct Contract {
    server: Server,
    doc: Value,
    token: String,
    seen: BTreeSet<(String, String)>,
}

impl Contract {
    /// The documented path `path` is an instance of: its literal segments
    /// equal, its `{parameters}` anything; the most literal one wins
    /// (`/surveys/template` over `/surveys/{id}`).
    fn template(&self, path: &str) -> String {
        let path = path.split('?').next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').collect();
        let fits = |template: &str| -> Option<usize> {
            let parts: Vec<&str> = template.split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (part, segment) in parts.iter().zip(&segments) {
                // A parameter, after a static prefix if any (`export.{format}`).
                if let Some(open) = part.find('{') {
                    if !segment.starts_with(&part[..open]) || segment.len() == open {
                        return None;
                    }
                    continue;
                }
                if part != segment {
                    return None;
                }
                literal += 1;
            }
            Some(literal)
        };
        self.doc["paths"]
            .as_object()
            .unwrap()
            .keys()
            .filter_map(|template| fits(template).map(|literal| (literal, template.clone())))
            .max()
            .map(|(_, template)| template)
            .unwrap_or_else(|| panic!("{path} is not documented"))
    }

    /// Each request (method, path, body, token) answers with its status.
    async fn expect(&mut self, rows: Vec<Row<'_>>) {
        for (method, path, body, token, status) in rows {
            let (answered, body) = self.call(method, &path, body, token).await;
            assert_eq!(answered, status, "{method} {path}: {body}");
        }
    }

    /// Sends a request and checks its answer against the document; returns
    /// the status and the JSON body (Null when not JSON).
    async fn call(
        &mut self,
        method: &str,
        path: &str,
        body: Option<Value>,
        token: Option<&str>,
    ) -> (u16, Value) {
        let template = self.template(path);
        let template = template.as_str();
        let url = format!("{}{path}", self.server.url);
        // A redirection is an answer of its own, checked as such.
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let mut request = match method {
            "get" => client.get(url),
            "post" => client.post(url),
            "put" => client.put(url),
            "delete" => client.delete(url),
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
    serde_json::from_str(include_str!("../../surveys/end-of-phase.json")).unwrap()
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
    let p = |path: &str| path.to_owned();

    // Service and public routes.
    let (status, created) = c
        .call("post", "/api/applications", Some(valid_application()), None)
        .await;
    assert_eq!(status, 201);
    let (reference, secret) = (
        created["reference"].as_str().unwrap().to_owned(),
        created["secret"].as_str().unwrap().to_owned(),
    );
    let mut company = valid_application();
    company["structure"]["kind"] = json!("company");
    let mut invalid = valid_application();
    invalid["contact"]["email"] = json!("nope");
    let query = json!({ "reference": reference, "secret": secret });
    let wrong =
        json!({ "reference": reference, "secret": "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB" });
    c.expect(vec![
        ("get", p("/api/health"), None, None, 200),
        ("get", p("/api/offer"), None, None, 200),
        ("post", p("/api/applications"), Some(company), None, 422),
        ("post", p("/api/applications"), Some(invalid), None, 422),
        (
            "post",
            p("/api/applications"),
            Some(json!({"x": 1})),
            None,
            400,
        ),
        (
            "post",
            p("/api/applications/status"),
            Some(query.clone()),
            None,
            200,
        ),
        (
            "post",
            p("/api/applications/status"),
            Some(wrong),
            None,
            404,
        ),
    ])
    .await;

    // The reviewers' side.
    let detail = format!("/api/review/applications/{reference}");
    let (decision, notes) = (format!("{detail}/decision"), format!("{detail}/notes"));
    let accept = json!({ "decision": "accept", "phase": 1 });
    let (other, _) = submit(&c.server, |_| {}).await;
    let bulk = json!({ "references": [other, "FS-2222-2222"], "decision": { "decision": "waitlist", "phase": 2 } });
    let no_bulk = json!({ "references": [], "decision": { "decision": "review" } });
    c.expect(vec![
        ("get", p("/api/review/session"), None, t, 200),
        (
            "get",
            p("/api/review/session"),
            None,
            Some("fsr_wrong"),
            401,
        ),
        (
            "get",
            p("/api/review/applications?status=received"),
            None,
            t,
            200,
        ),
        (
            "get",
            p("/api/review/applications?colour=red"),
            None,
            t,
            400,
        ),
        (
            "get",
            p("/api/review/applications?from=yesterday"),
            None,
            t,
            422,
        ),
        ("get", detail.clone(), None, t, 200),
        (
            "get",
            p("/api/review/applications/FS-2222-2222"),
            None,
            t,
            404,
        ),
        ("post", decision.clone(), Some(accept.clone()), t, 409),
        (
            "post",
            decision.clone(),
            Some(json!({ "decision": "accept", "phase": 99 })),
            t,
            422,
        ),
        ("get", p("/api/review/phases"), None, t, 200),
        ("get", p("/api/review/dashboard"), None, t, 200),
        (
            "post",
            p("/api/review/phases/1"),
            Some(json!({ "open": true })),
            t,
            200,
        ),
        (
            "post",
            p("/api/review/phases/99"),
            Some(json!({ "open": true })),
            t,
            404,
        ),
        ("post", decision, Some(accept), t, 200),
        (
            "post",
            notes.clone(),
            Some(json!({ "body": "Vu." })),
            t,
            200,
        ),
        ("post", notes, Some(json!({ "body": " " })), t, 422),
        ("post", p("/api/review/bulk"), Some(bulk), t, 200),
        ("post", p("/api/review/bulk"), Some(no_bulk), t, 422),
        ("get", p("/api/review/export.csv"), None, t, 200),
        ("get", p("/api/review/export.ods?lang=en"), None, t, 200),
        ("get", p("/api/review/surveys/template"), None, t, 200),
    ])
    .await;

    // Sharing the work: take, labels, saved views.
    let take = format!("{detail}/take");
    let (status, labels) = c
        .call(
            "post",
            "/api/review/labels",
            Some(json!({ "name": "À rappeler", "color": "blue" })),
            t,
        )
        .await;
    assert_eq!(status, 201);
    let label = labels[0]["id"].as_u64().unwrap();
    let (status, views) = c
        .call(
            "post",
            "/api/review/views",
            Some(json!({ "name": "Les miennes", "query": "taken=mine" })),
            t,
        )
        .await;
    assert_eq!(status, 201);
    let view = views[0]["id"].as_u64().unwrap();
    let blank_label = json!({ "name": " ", "color": "blue" });
    let bad_view = json!({ "name": "Couleur", "query": "colour=red" });
    c.expect(vec![
        ("post", take.clone(), Some(json!({})), t, 200),
        ("post", take.clone(), Some(json!({ "x": 1 })), t, 400),
        ("delete", take, None, t, 200),
        ("get", p("/api/review/labels"), None, t, 200),
        ("post", p("/api/review/labels"), Some(blank_label), t, 422),
        ("put", format!("{detail}/labels/{label}"), None, t, 200),
        ("put", format!("{detail}/labels/9999"), None, t, 404),
        ("delete", format!("{detail}/labels/{label}"), None, t, 200),
        (
            "delete",
            format!("/api/review/labels/{label}"),
            None,
            t,
            200,
        ),
        ("delete", p("/api/review/labels/9999"), None, t, 404),
        ("get", p("/api/review/views"), None, t, 200),
        ("post", p("/api/review/views"), Some(bad_view), t, 422),
        ("delete", format!("/api/review/views/{view}"), None, t, 200),
        ("delete", p("/api/review/views/9999"), None, t, 404),
    ])
    .await;

    // Surveys.
    let input = json!({ "definition": survey_definition(), "phases": [1] });
    let (status, survey) = c
        .call("post", "/api/review/surveys", Some(input.clone()), t)
        .await;
    assert_eq!(status, 201);
    let id = survey["summary"]["id"].as_i64().unwrap();
    let one = format!("/api/review/surveys/{id}");
    let state = format!("{one}/state");
    let no_phase = json!({ "definition": survey_definition(), "phases": [] });
    c.expect(vec![
        ("post", p("/api/review/surveys"), Some(no_phase), t, 422),
        ("get", p("/api/review/surveys"), None, t, 200),
        ("get", one.clone(), None, t, 200),
        ("get", p("/api/review/surveys/999"), None, t, 404),
        ("put", one.clone(), Some(input.clone()), t, 200),
        (
            "post",
            state.clone(),
            Some(json!({ "state": "draft" })),
            t,
            422,
        ),
        (
            "post",
            state.clone(),
            Some(json!({ "state": "open" })),
            t,
            200,
        ),
        ("put", one.clone(), Some(input), t, 409),
    ])
    .await;
    let (_, status_view) = c
        .call(
            "post",
            "/api/applications/status",
            Some(query.clone()),
            None,
        )
        .await;
    let invitation = status_view["invitations"][0]["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let answers = json!({ "secret": invitation, "answers": { "getting_started": 4, "apps_used": ["files"], "recommend": 8 } });
    let invited = |secret: &str| Some(json!({ "secret": secret }));
    let with_message = |message: &str| {
        let mut body = query.clone();
        body["message"] = json!(message);
        Some(body)
    };
    let mut with_notify = query.clone();
    with_notify["notify"] = json!(true);
    let with_notify = Some(with_notify);
    // One response to an anonymous survey is withheld (409): the exports
    // themselves are tested in surveys.rs.
    c.expect(vec![
        (
            "post",
            p("/api/surveys/invitation"),
            invited(&invitation),
            None,
            200,
        ),
        (
            "post",
            p("/api/surveys/invitation"),
            invited("nope"),
            None,
            404,
        ),
        (
            "post",
            p("/api/surveys/draft"),
            Some(
                json!({ "secret": invitation, "sealed": "c2VhbGVk", "reached": "getting_started" }),
            ),
            None,
            204,
        ),
        (
            "post",
            p("/api/surveys/draft"),
            Some(json!({ "secret": invitation, "sealed": "c2VhbGVk", "reached": "nowhere" })),
            None,
            422,
        ),
        (
            "post",
            p("/api/surveys/response"),
            Some(answers.clone()),
            None,
            200,
        ),
        (
            "post",
            p("/api/surveys/response"),
            Some(json!({ "secret": invitation, "answers": {} })),
            None,
            422,
        ),
        ("get", format!("{one}/results"), None, t, 200),
        ("get", format!("{one}/responses.csv"), None, t, 409),
        ("get", format!("{one}/responses.ods"), None, t, 409),
        ("post", state, Some(json!({ "state": "closed" })), t, 200),
        ("post", p("/api/surveys/response"), Some(answers), None, 409),
        ("delete", one.clone(), None, t, 409),
    ])
    .await;
    // A closed survey is copied into a new draft, which can be deleted.
    let (status, copy) = c.call("post", &format!("{one}/copy"), None, t).await;
    assert_eq!(status, 201);
    let copy = format!("/api/review/surveys/{}", copy["summary"]["id"]);
    c.expect(vec![
        ("post", p("/api/review/surveys/999/copy"), None, t, 404),
        ("delete", copy.clone(), None, t, 204),
        ("delete", copy, None, t, 404),
        // An accepted request waits for no answer (the conversation itself
        // is tested in conversation.rs); an empty answer is refused first.
        (
            "post",
            p("/api/applications/answer"),
            with_message("Oui"),
            None,
            409,
        ),
        (
            "post",
            p("/api/applications/answer"),
            with_message(" "),
            None,
            422,
        ),
        (
            "post",
            format!("{detail}/messages"),
            Some(json!({ "message": "Bienvenue !" })),
            t,
            200,
        ),
        (
            "post",
            format!("{detail}/messages"),
            Some(json!({ "message": "" })),
            t,
            422,
        ),
        // Without a mail server, the e-mails stay off.
        (
            "post",
            p("/api/applications/notifications"),
            with_notify,
            None,
            200,
        ),
        // Withdrawal last: it erases.
        (
            "post",
            p("/api/applications/withdraw"),
            Some(query),
            None,
            200,
        ),
    ])
    .await;
    open_phase(&c.server, &c.token, 1).await;

    // The document itself.
    c.expect(vec![("get", p("/api/openapi.json"), None, None, 200)])
        .await;

    // Spaces: an address checked, changed; a space made by hand.
    let (_, spaced) = c
        .call("post", "/api/applications", Some(valid_application()), None)
        .await;
    let spaced = format!(
        "/api/review/applications/{}",
        spaced["reference"].as_str().unwrap()
    );
    let report = json!({ "type": "space.ready", "data": { "reference": "FS-2222-2222" } });
    c.expect(vec![
        (
            "get",
            p("/api/spaces/availability?address=amis-du-velo"),
            None,
            None,
            200,
        ),
        ("get", p("/api/spaces/availability"), None, None, 400),
        (
            "put",
            format!("{spaced}/address"),
            Some(json!({ "address": "amis-du-velo" })),
            t,
            200,
        ),
        (
            "put",
            format!("{spaced}/address"),
            Some(json!({ "address": "www" })),
            t,
            422,
        ),
        (
            "post",
            format!("{spaced}/space"),
            Some(json!({ "state": "ready" })),
            t,
            409,
        ),
        (
            "post",
            format!("{spaced}/decision"),
            Some(json!({ "decision": "accept", "phase": 1 })),
            t,
            200,
        ),
        (
            "post",
            format!("{spaced}/space"),
            Some(json!({ "state": "ready", "url": "ftp://x" })),
            t,
            422,
        ),
        (
            "post",
            format!("{spaced}/space"),
            Some(json!({ "state": "ready" })),
            t,
            200,
        ),
        ("post", p("/api/review/deliveries/resume"), None, t, 204),
        // Without [provisioning], no report is signed right.
        ("post", p("/api/spaces/reports"), Some(report), None, 401),
    ])
    .await;

    // A session: begun with the token, ended.
    let (status, signed_in) = c
        .call(
            "post",
            "/api/review/sessions",
            Some(json!({ "token": token })),
            None,
        )
        .await;
    assert_eq!(status, 201);
    let session = signed_in["credential"].as_str().unwrap().to_owned();
    let s = Some(session.as_str());
    c.expect(vec![
        (
            "post",
            p("/api/review/sessions"),
            Some(json!({ "token": "fsr_nope" })),
            None,
            401,
        ),
        ("delete", p("/api/review/sessions/current"), None, s, 204),
        ("delete", p("/api/review/sessions/current"), None, s, 401),
        ("delete", p("/api/review/sessions"), None, t, 204),
    ])
    .await;

    // The team, managed by its coordinator.
    c.expect(vec![
        ("get", p("/api/review/team"), None, t, 200),
        (
            "post",
            p("/api/review/team"),
            Some(json!({ "name": "Relecture", "role": "reviewer" })),
            t,
            201,
        ),
        (
            "post",
            p("/api/review/team"),
            Some(json!({ "name": " " })),
            t,
            422,
        ),
        (
            "put",
            p("/api/review/team/Relecture/role"),
            Some(json!({ "role": "coordinator" })),
            t,
            200,
        ),
        (
            "put",
            p("/api/review/team/Personne/role"),
            Some(json!({ "role": "reviewer" })),
            t,
            404,
        ),
        (
            "put",
            p("/api/review/team/Relecture/sso"),
            Some(json!({ "sso": "relecture@asso.example" })),
            t,
            200,
        ),
        (
            "put",
            p("/api/review/team/Relecture/sso"),
            Some(json!({ "sso": "deux mots" })),
            t,
            422,
        ),
        (
            "put",
            p("/api/review/team/Personne/sso"),
            Some(json!({ "sso": null })),
            t,
            404,
        ),
        // Without `[review.oidc]`, no single sign-on.
        ("get", p("/api/review/sso"), None, None, 404),
        (
            "get",
            p("/api/review/sso/callback?code=a&state=b"),
            None,
            None,
            404,
        ),
        ("delete", p("/api/review/team/Relecture"), None, t, 200),
        // The last coordinator stays.
        ("delete", p("/api/review/team/Contrat"), None, t, 409),
    ])
    .await;

    // Who did what, and the reply templates.
    c.expect(vec![
        ("get", p("/api/review/audit?per_page=2"), None, t, 200),
        ("get", p("/api/review/audit?action=request.decided&from=2026-01-01"), None, t, 200),
        ("get", p("/api/review/audit?per_page=0"), None, t, 422),
        ("get", p("/api/review/audit?action=flying"), None, t, 400),
        ("get", p("/api/review/audit.csv"), None, t, 200),
        ("get", p("/api/review/audit.ods?lang=en"), None, t, 200),
        ("get", p("/api/review/audit.pdf"), None, t, 400),
        ("get", format!("{detail}/trail"), None, t, 200),
        ("get", p("/api/review/applications/FS-2222-2222/trail"), None, t, 404),
        ("get", p("/api/review/replies"), None, t, 200),
        (
            "post",
            p("/api/review/replies"),
            Some(json!({ "decision": "ask", "locale": "fr", "title": "Précisions", "body": "Bonjour {structure}, pouvez-vous préciser ?" })),
            t,
            200,
        ),
        (
            "post",
            p("/api/review/replies"),
            Some(json!({ "locale": "fr", "title": "x", "body": "{nom}" })),
            t,
            422,
        ),
        (
            "put",
            p("/api/review/replies/1"),
            Some(json!({ "decision": "ask", "locale": "en", "title": "Details", "body": "Hello {structure}" })),
            t,
            200,
        ),
        (
            "put",
            p("/api/review/replies/999"),
            Some(json!({ "locale": "en", "title": "x", "body": "x" })),
            t,
            404,
        ),
        ("delete", p("/api/review/replies/1"), None, t, 200),
        ("delete", p("/api/review/replies/1"), None, t, 404),
    ])
    .await;

    // The links of the e-mails.
    let no_link = format!("/api/emails/stop?token=FS-2222-2222.{}", "0".repeat(32));
    c.expect(vec![
        (
            "post",
            p("/api/emails/confirm"),
            Some(json!({ "token": "0123abcd" })),
            None,
            404,
        ),
        (
            "post",
            p("/api/emails/confirm"),
            Some(json!({ "token": 1 })),
            None,
            400,
        ),
        ("post", no_link.clone(), None, None, 404),
        ("post", p("/api/emails/stop"), None, None, 400),
        ("get", no_link, None, None, 303),
        ("get", p("/api/emails/stop?token=<x>"), None, None, 404),
    ])
    .await;

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
