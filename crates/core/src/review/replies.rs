//! Reply templates: messages the coordinators keep for each decision (and
//! for the message form), in each language, with placeholders the form
//! fills in (`{structure}`, `{phase}`) before the reviewer edits and sends.

use serde::{Deserialize, Serialize};

use super::{DecisionKind, check_message_text};
use crate::application::{Lines, has_control};
use crate::{Code, Locale, Problem, RefusalReason};

/// The longest title of a template, in characters.
pub const REPLY_TITLE_MAX: usize = 80;

/// The most templates the team may keep.
pub const REPLIES_MAX: usize = 200;

/// What a template may hold between braces.
pub const PLACEHOLDERS: [&str; 2] = ["structure", "phase"];

/// A saved reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReplyTemplate {
    pub id: i64,
    pub reply: NewReply,
}

/// A reply to save: its use, its language, its title and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewReply {
    /// The decision whose form offers it; none for the message form.
    #[serde(default)]
    pub decision: Option<DecisionKind>,
    /// For a refusal: the reason it answers (none: any reason).
    #[serde(default)]
    pub reason: Option<RefusalReason>,
    pub locale: Locale,
    /// 1 to [`REPLY_TITLE_MAX`] characters, on one line.
    pub title: String,
    /// Up to `MESSAGE_MAX` characters; `{structure}` and `{phase}` are
    /// replaced when the template is chosen.
    pub body: String,
}

impl NewReply {
    /// Every problem of the reply, at its field.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            out.push(Problem::new("title", Code::Required));
        } else if has_control(title, Lines::One) {
            out.push(Problem::new("title", Code::ControlCharacters));
        } else if title.chars().count() > REPLY_TITLE_MAX {
            out.push(Problem::new("title", Code::TooLong).with("max", REPLY_TITLE_MAX));
        }
        if let Some(problem) = check_message_text("body", &self.body, true) {
            out.push(problem);
        } else if let Some(unknown) = placeholders(&self.body).find(|p| !PLACEHOLDERS.contains(p)) {
            out.push(Problem::new("body", Code::UnknownPlaceholder).with("placeholder", unknown));
        }
        if self.reason.is_some() && self.decision != Some(DecisionKind::Refuse) {
            out.push(Problem::new("reason", Code::InvalidValue));
        }
        out
    }

    /// Whether the form of a decision of `kind` (none: the message form)
    /// with refusal reason `reason`, to an applicant reading `locale`,
    /// offers it.
    pub fn offered(
        &self,
        kind: Option<DecisionKind>,
        reason: Option<RefusalReason>,
        locale: Locale,
    ) -> bool {
        self.decision == kind
            && self.locale == locale
            && (self.reason.is_none() || self.reason == reason)
    }
}

/// The names between braces in `text`.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|after| after.split_once('}').map(|(name, _)| name))
}

/// `body` with its placeholders replaced: the structure's name, and the
/// phase when one is known (left as written otherwise, for the reviewer to
/// complete).
pub fn fill_reply(body: &str, structure: &str, phase: Option<u32>) -> String {
    let body = body.replace("{structure}", structure);
    match phase {
        Some(phase) => body.replace("{phase}", &phase.to_string()),
        None => body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(decision: Option<DecisionKind>, body: &str) -> NewReply {
        NewReply {
            decision,
            reason: None,
            locale: Locale::Fr,
            title: "Bienvenue".into(),
            body: body.into(),
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let body = "Bonjour {structure}, vous êtes dans la phase {phase}.";
        assert_eq!(
            fill_reply(body, "Les Amis du Vélo", Some(2)),
            "Bonjour Les Amis du Vélo, vous êtes dans la phase 2."
        );
        assert_eq!(
            fill_reply(body, "ACME", None),
            "Bonjour ACME, vous êtes dans la phase {phase}."
        );
    }

    #[test]
    fn a_reply_is_checked_field_by_field() {
        assert!(
            reply(Some(DecisionKind::Accept), "Bonjour {structure}")
                .problems()
                .is_empty()
        );
        let codes = |r: NewReply| -> Vec<(String, Code)> {
            r.problems()
                .into_iter()
                .map(|p| (p.field, p.code))
                .collect()
        };
        assert_eq!(
            codes(reply(None, "Bonjour {nom}")),
            [("body".to_owned(), Code::UnknownPlaceholder)]
        );
        let mut bad = reply(Some(DecisionKind::Accept), " ");
        bad.title = "a\nb".into();
        bad.reason = Some(RefusalReason::Duplicate);
        assert_eq!(
            codes(bad),
            [
                ("title".to_owned(), Code::ControlCharacters),
                ("body".to_owned(), Code::Required),
                ("reason".to_owned(), Code::InvalidValue)
            ]
        );
    }

    #[test]
    fn a_form_offers_the_replies_of_its_decision_reason_and_language() {
        let mut refusal = reply(Some(DecisionKind::Refuse), "Non");
        assert!(refusal.offered(Some(DecisionKind::Refuse), None, Locale::Fr));
        assert!(refusal.offered(
            Some(DecisionKind::Refuse),
            Some(RefusalReason::Duplicate),
            Locale::Fr
        ));
        assert!(!refusal.offered(Some(DecisionKind::Refuse), None, Locale::En));
        refusal.reason = Some(RefusalReason::OutOfScope);
        assert!(!refusal.offered(
            Some(DecisionKind::Refuse),
            Some(RefusalReason::Duplicate),
            Locale::Fr
        ));
        assert!(refusal.offered(
            Some(DecisionKind::Refuse),
            Some(RefusalReason::OutOfScope),
            Locale::Fr
        ));
        assert!(!reply(None, "x").offered(Some(DecisionKind::Accept), None, Locale::Fr));
        assert!(reply(None, "x").offered(None, None, Locale::Fr));
    }
}
