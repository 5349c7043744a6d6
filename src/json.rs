//! JSON through the browser's own reader and writer (`JSON.parse`,
//! `JSON.stringify`, `Response.json()`), with `serde-wasm-bindgen` between
//! the JavaScript values and the Rust types: the app carries no JSON parser
//! or number formatter of its own (serde_json's were about 30 kB of the
//! public main module, measured 2026-12-07). The types keep their serde
//! derives, so the wire forms are those of `portal_core`, as on the server.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

/// `value` as a JavaScript value JSON can hold: plain objects for maps,
/// `null` for `None` and `()`, numbers for integers.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Option<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
}

/// A JavaScript value (parsed JSON) read as a `T`.
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value).ok()
}

/// `value` as JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    js_sys::JSON::stringify(&to_js(value)?)
        .ok()
        .map(String::from)
}

/// JSON text read as a `T`; `None` when it is not JSON or not a `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    from_js(js_sys::JSON::parse(text).ok()?)
}
