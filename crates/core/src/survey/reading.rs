//! A definition read from JSON (a file a reviewer imports, the text they
//! paste): what does not fit comes back as a problem at its path, the way
//! `validate_survey` names fields, rather than as the parser's sentence.

use serde_path_to_error::Segment;

use super::Survey;
use crate::{Code, Problem};

/// The name between the first pair of backquotes of a parser message.
fn quoted(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let length = message[start..].find('`')?;
    Some(&message[start..start + length])
}

/// The survey `json` describes, or its first problem: `field` empty with
/// `line` and `column` when the text is not JSON, the dotted path of the
/// value otherwise (`questions.0.type`, with `value` the value refused).
pub fn read_survey(json: &str) -> Result<Survey, Problem> {
    let mut reader = serde_json::Deserializer::from_str(json);
    let error = match serde_path_to_error::deserialize::<_, Survey>(&mut reader) {
        Ok(survey) => match reader.end() {
            Ok(()) => return Ok(survey),
            Err(error) => {
                return Err(Problem::new("", Code::InvalidValue)
                    .with("line", error.line())
                    .with("column", error.column()));
            }
        },
        Err(error) => error,
    };
    let mut path: Vec<String> = error
        .path()
        .iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(index.to_string()),
            Segment::Map { key } => Some(key.clone()),
            Segment::Enum { variant } => Some(variant.clone()),
            Segment::Unknown => None,
        })
        .collect();
    let inner = error.into_inner();
    if !inner.is_data() {
        return Err(Problem::new("", Code::InvalidValue)
            .with("line", inner.line())
            .with("column", inner.column()));
    }
    let message = inner.to_string();
    let named = quoted(&message).map(str::to_owned);
    let code = if message.starts_with("missing field") {
        Code::Required
    } else if message.starts_with("unknown field") {
        Code::UnknownField
    } else {
        Code::InvalidValue
    };
    if let Some(name) = &named
        && matches!(code, Code::Required | Code::UnknownField)
        && path.last() != Some(name)
    {
        path.push(name.clone());
    }
    let problem = Problem::new(path.join("."), code)
        .with("line", inner.line())
        .with("column", inner.column());
    Err(match named {
        Some(value) if message.starts_with("unknown variant") => problem.with("value", value),
        _ => problem,
    })
}
