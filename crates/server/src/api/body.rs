//! The JSON body extractor of the API: wrong content type → 415, too large →
//! 413 (from the `Content-Length` header when it says so, before anything is
//! read), not all there in time → 408, not JSON → 400 `malformed_json`, JSON
//! of the wrong shape (unknown field, wrong type, an array where an object
//! belongs) → 400 `invalid_body` naming the field. Never a 500.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use portal_core::{Code, Problem};
use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::AppState;
use crate::error::ApiError;

/// Bodies larger than this are refused with 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub struct ApiJson<T>(pub T);

/// Whether the request says its body is larger than the API takes.
pub fn announced_too_large(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok())
        .is_some_and(|length| length > MAX_BODY_BYTES as u64)
}

impl<T> FromRequest<AppState> for ApiJson<T>
where
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        if announced_too_large(req.headers()) {
            return Err(ApiError::PayloadTooLarge);
        }
        let read = Bytes::from_request(req, state);
        let bytes = tokio::time::timeout(state.body_timeout, read)
            .await
            .map_err(|_| ApiError::RequestTimeout)?
            .map_err(|rejection| {
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::PayloadTooLarge
                } else if timed_out(&rejection) {
                    // The connection went silent before the body was all there.
                    ApiError::RequestTimeout
                } else {
                    ApiError::MalformedJson
                }
            })?;
        parse(&bytes).map(ApiJson)
    }
}

/// Whether an error comes from a connection that timed out (see `serve`).
fn timed_out(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(error) = next {
        if error
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::TimedOut)
        {
            return true;
        }
        next = error.source();
    }
    false
}

/// Reads a body as `T`: first as JSON of any shape (well formed, no key
/// twice in an object), then as `T`, naming the field that does not fit.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let Strict(value) = Strict::deserialize(&mut deserializer).map_err(|err| {
        if err.is_data() {
            ApiError::InvalidBody(vec![Problem::new("", Code::DuplicateValue)])
        } else {
            ApiError::MalformedJson
        }
    })?;
    deserializer.end().map_err(|_| ApiError::MalformedJson)?;
    serde_path_to_error::deserialize(Shaped(value)).map_err(|err| {
        let path = err.path().to_string();
        // The path already ends with the unknown field's name.
        let code = if err.inner().to_string().starts_with("unknown field") {
            Code::UnknownField
        } else {
            Code::InvalidValue
        };
        let field = if path == "." { String::new() } else { path };
        ApiError::InvalidBody(vec![Problem::new(field, code)])
    })
}

/// A JSON document read by value, as JSON Schema (and so the OpenAPI
/// document) reads it: `2.0` is the integer 2; and strictly: an object
/// naming a key twice is refused, where a plain `Value` keeps the last.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

/// The largest magnitude up to which every whole `f64` is exactly one integer.
const EXACT: f64 = 9_007_199_254_740_992.0;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        if v.fract() == 0.0 && v.abs() <= EXACT {
            // Exact: |v| is at most 2^53.
            #[allow(clippy::cast_possible_truncation)]
            return Ok(Value::from(v as i64));
        }
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            list.push(item);
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Strict(value) = map.next_value()?;
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format!("duplicate key `{key}`")));
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// A JSON value read into a Rust type as its schema reads it: a struct only
/// from an object. (Serde's derive also reads a struct from an array of its
/// fields in order, `[]` for one whose fields are all optional, which the
/// OpenAPI document refuses.)
struct Shaped(Value);

impl<'de> IntoDeserializer<'de, serde_json::Error> for Shaped {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

macro_rules! strict {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            self.0.$method(visitor)
        }
    )*};
}

impl<'de> Deserializer<'de> for Shaped {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Array(items) => {
                let mut seq = SeqDeserializer::new(items.into_iter().map(Shaped));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Value::Object(object) => {
                let mut map = MapDeserializer::new(object.into_iter().map(|(k, v)| (k, Shaped(v))));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Object(_) => self.deserialize_any(visitor),
            other => Err(serde::de::Error::invalid_type(unexpected(&other), &visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    // A scalar is read by the value's own strict method: a number is no
    // string, nor a variant's index.
    strict! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_bytes deserialize_byte_buf deserialize_unit
        deserialize_identifier deserialize_ignored_any
    }

    serde::forward_to_deserialize_any! {
        unit_struct seq tuple tuple_struct map
    }
}

/// What a value is, in a type error's words.
fn unexpected(value: &Value) -> serde::de::Unexpected<'_> {
    use serde::de::Unexpected;
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(_) => Unexpected::Other("number"),
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use portal_core::ErrorCode;

    #[test]
    fn whole_floats_are_integers_and_keys_come_once() {
        let read = |text: &str| parse::<Vec<u32>>(text.as_bytes()).map_err(|e| e.code());
        assert_eq!(read("[1, 2.0, 3e2]"), Ok(vec![1, 2, 300]));
        assert_eq!(read("[2.5]"), Err(ErrorCode::InvalidBody));
        assert_eq!(read("[1e30]"), Err(ErrorCode::InvalidBody));
        assert_eq!(read("[-1.0]"), Err(ErrorCode::InvalidBody));
        assert_eq!(read("[1] x"), Err(ErrorCode::MalformedJson));
        let object = parse::<serde_json::Map<String, Value>>(br#"{"a": 1, "a": 2}"#);
        assert_eq!(object.map_err(|e| e.code()), Err(ErrorCode::InvalidBody));
        // A struct is read from an object only, at any depth.
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            n: Option<u32>,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Outer {
            inner: Option<Inner>,
            list: Option<Vec<Inner>>,
        }
        let shape = |text: &str| {
            parse::<Outer>(text.as_bytes())
                .map(|_| ())
                .map_err(|e| e.code())
        };
        assert_eq!(shape(r#"{"inner": {"n": 1}, "list": [{}]}"#), Ok(()));
        assert_eq!(shape(r#"{"inner": null}"#), Ok(()));
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        enum Kind {
            First,
        }
        let kind = |text: &str| {
            parse::<Kind>(text.as_bytes())
                .map(|_| ())
                .map_err(|e| e.code())
        };
        assert_eq!(kind(r#""First""#), Ok(()));
        assert_eq!(
            kind("0"),
            Err(ErrorCode::InvalidBody),
            "a variant's index is no name"
        );
        for wrong in [
            "[]",
            r#"{"inner": []}"#,
            r#"{"inner": [1]}"#,
            r#"{"list": [[]]}"#,
        ] {
            assert_eq!(shape(wrong), Err(ErrorCode::InvalidBody), "{wrong}");
        }
        let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
        assert_eq!(
            parse::<Value>(deep.as_bytes()).map_err(|e| e.code()),
            Err(ErrorCode::MalformedJson)
        );
    }
}
