//! Sharing the work between reviewers: a reviewer takes a request ("je m'en
//! occupe") and the others see who did; labels that reviewers create mark
//! requests for follow-up; saved views keep a reviewer's named filters.

use serde::{Deserialize, Serialize};

use crate::application::Lines;
use crate::closed_list::closed_list;
use crate::{Code, Problem};

closed_list! {
    /// Who holds the requests the queue shows.
    Holder {
        /// Taken by the signed-in reviewer.
        Mine = "mine",
        /// Taken by no one.
        Nobody = "nobody",
    }
}

/// `POST /api/review/applications/{reference}/take`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Take {
    /// The reviewer holding it now, to take it over knowingly; absent, the
    /// request is taken only if no one else holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub over: Option<String>,
}

closed_list! {
    /// The colours of labels, each with text that keeps AA contrast.
    LabelColor {
        Blue = "blue",
        Green = "green",
        Yellow = "yellow",
        Orange = "orange",
        Red = "red",
        Purple = "purple",
        Grey = "grey",
    }
}

/// A label reviewers put on requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Label {
    pub id: u32,
    pub name: String,
    pub color: LabelColor,
}

/// `POST /api/review/labels`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewLabel {
    /// 1 to 40 characters, unique.
    pub name: String,
    pub color: LabelColor,
}

/// The most labels there may be, and the longest name of one.
pub const LABELS_MAX: usize = 100;
pub const LABEL_NAME_MAX: usize = 40;

/// A saved view: a name for a set of filters of the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedView {
    pub id: u32,
    pub name: String,
    /// The queue's query string (`status=received&taken=nobody`), without
    /// the page.
    pub query: String,
}

/// `POST /api/review/views`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewView {
    /// 1 to 60 characters, unique among the reviewer's views.
    pub name: String,
    /// Filters of the queue as a query string, checked like the queue's.
    pub query: String,
}

/// The most views a reviewer keeps, the longest name and query of one.
pub const VIEWS_MAX: usize = 50;
pub const VIEW_NAME_MAX: usize = 60;
pub const VIEW_QUERY_MAX: usize = 1000;

/// A short name (of a label, a view): one line, 1 to `max` characters, by
/// the rule of the wizard's texts.
pub fn check_name(field: &str, name: &str, max: usize) -> Option<Problem> {
    let mut problems = Vec::new();
    crate::application::text(&mut problems, field, name, (1, max), Lines::One);
    problems.pop()
}

impl NewLabel {
    pub fn problems(&self) -> Vec<Problem> {
        check_name("name", &self.name, LABEL_NAME_MAX)
            .into_iter()
            .collect()
    }
}

impl NewView {
    /// The name's problem; the query is checked by the queue's own rules.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems: Vec<Problem> = check_name("name", &self.name, VIEW_NAME_MAX)
            .into_iter()
            .collect();
        if self.query.len() > VIEW_QUERY_MAX {
            problems.push(Problem::new("query", Code::TooLong).with("max", VIEW_QUERY_MAX));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_short_line() {
        assert_eq!(check_name("name", "  À rappeler ", LABEL_NAME_MAX), None);
        let code = |name: &str| check_name("name", name, LABEL_NAME_MAX).map(|p| p.code);
        assert_eq!(code("   "), Some(Code::Required));
        assert_eq!(code("a\nb"), Some(Code::ControlCharacters));
        assert_eq!(code(&"é".repeat(41)), Some(Code::TooLong));
        assert_eq!(code(&"é".repeat(40)), None);
    }

    #[test]
    fn a_view_query_is_bounded() {
        let view = NewView {
            name: "Mes demandes".into(),
            query: "q=".to_owned() + &"a".repeat(VIEW_QUERY_MAX),
        };
        assert_eq!(view.problems().len(), 1);
        assert_eq!(view.problems()[0].field, "query");
    }
}
