//! A collective's space: its address (the label before the host's domain,
//! `amis-du-velo` in `https://amis-du-velo.frama.space`), the rules an
//! address follows, the suggestions made from a name, where the space stands
//! once its request is accepted, and the messages exchanged with the hosting
//! side that creates it.

use serde::{Deserialize, Serialize};

use crate::closed_list::closed_list;
use crate::{Code, Locale};

/// Where the spaces live (`[spaces]` of the configuration).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Spaces {
    /// The domain every address ends with: `frama.space`.
    pub domain: String,
    /// Labels no collective may take (the host's own services).
    pub reserved: Vec<String>,
}

impl Default for Spaces {
    fn default() -> Self {
        Spaces {
            domain: "frama.space".to_owned(),
            reserved: [
                "www", "admin", "mail", "api", "status", "support", "forum", "docs", "help",
                "aide", "portail", "portal", "blog", "contact", "test", "demo", "static", "cloud",
            ]
            .map(str::to_owned)
            .to_vec(),
        }
    }
}

/// Length of an address, in characters.
pub const ADDRESS: (usize, usize) = (3, 40);

impl Spaces {
    /// The web address of the space at `label`.
    pub fn url(&self, label: &str) -> String {
        format!("https://{label}.{}", self.domain)
    }

    pub fn is_reserved(&self, label: &str) -> bool {
        self.reserved.iter().any(|r| r.eq_ignore_ascii_case(label))
    }

    /// Checks a configured `[spaces]`; every problem, for the operator.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(bad) = self.reserved.iter().find(|r| shape(r).is_err()) {
            out.push(format!(
                "spaces.reserved: {bad:?} is not a possible address"
            ));
        }
        let part_ok = |part: &str| !part.is_empty() && part.len() <= 63 && shape(part).is_ok();
        if !self.domain.contains('.') || !self.domain.split('.').all(part_ok) {
            out.push("spaces.domain must be a domain name, like frama.space".to_owned());
        }
        out
    }

    /// Whether `label` may be asked for: a problem code (with its
    /// parameters) when it may not. Taken or free is the database's to say.
    pub fn check(&self, label: &str) -> Result<(), crate::Problem> {
        let problem = |code| crate::Problem::new(crate::Field::Address, code);
        let length = label.chars().count();
        if label.is_empty() {
            Err(problem(Code::Required))
        } else if length < ADDRESS.0 {
            Err(problem(Code::TooShort).with("min", ADDRESS.0))
        } else if length > ADDRESS.1 {
            Err(problem(Code::TooLong).with("max", ADDRESS.1))
        } else if let Err(code) = shape(label) {
            Err(problem(code))
        } else if self.is_reserved(label) {
            Err(problem(Code::AddressReserved))
        } else {
            Ok(())
        }
    }

    /// A valid address made of `name` (a structure's name, or an address
    /// typed with capitals, accents or spaces): `Les Amis du Vélo` gives
    /// `amis-du-velo`. None when too little of it is left.
    pub fn suggest(&self, name: &str) -> Option<String> {
        let folded = crate::text::folded(name);
        let mut words: Vec<String> = folded
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        // An article before the name says nothing of it ("Les", "L'").
        while words.len() > 1 && ARTICLES.contains(&words[0].as_str()) {
            words.remove(0);
        }
        let mut label = String::new();
        for word in words {
            let extra = usize::from(!label.is_empty()) + word.len();
            if label.len() + extra > ADDRESS.1 {
                if label.is_empty() {
                    label = word[..ADDRESS.1].to_owned();
                }
                break;
            }
            if !label.is_empty() {
                label.push('-');
            }
            label.push_str(&word);
        }
        if self.check(&label).is_ok() {
            Some(label)
        } else if label.len() >= ADDRESS.0 && self.is_reserved(&label) {
            Some(format!("{label}-collectif"))
        } else {
            None
        }
    }

    /// Other addresses close to `label`, to offer when it is taken: each
    /// valid; which are free is the database's to say.
    pub fn alternatives(&self, label: &str) -> Vec<String> {
        let Some(base) = self.suggest(label) else {
            return Vec::new();
        };
        let room = |suffix: &str| {
            let keep = ADDRESS.1 - suffix.len();
            let cut = base[..base.len().min(keep)]
                .trim_end_matches('-')
                .to_owned();
            format!("{cut}{suffix}")
        };
        ["-asso", "-collectif", "-2", "-3", "-4", "-5", "-6"]
            .into_iter()
            .map(room)
            .filter(|candidate| candidate != &base && self.check(candidate).is_ok())
            .collect()
    }
}

const ARTICLES: &[&str] = &["le", "la", "les", "l", "the", "un", "une", "des"];

/// The characters and hyphens of a label, whatever its length.
fn shape(label: &str) -> Result<(), Code> {
    let allowed = label
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !allowed || label.starts_with('-') || label.ends_with('-') || label.get(2..4) == Some("--") {
        Err(Code::InvalidAddress)
    } else {
        Ok(())
    }
}

impl Spaces {
    /// `label` numbered from `from` on, `count` of them (`amis-du-velo-7`…),
    /// each valid: what is left to try once the alternatives are taken.
    pub fn numbered(&self, label: &str, from: u32, count: u32) -> Vec<String> {
        (from..from.saturating_add(count))
            .map(|n| {
                let suffix = format!("-{n}");
                let keep = ADDRESS.1.saturating_sub(suffix.len()).min(label.len());
                format!("{}{suffix}", label[..keep].trim_end_matches('-'))
            })
            .filter(|candidate| self.check(candidate).is_ok())
            .collect()
    }
}

closed_list! {
    /// What the availability route says of an address.
    Availability {
        /// Nobody asked for it: it may be requested.
        Available = "available",
        /// A request that is neither refused nor withdrawn holds it.
        Taken = "taken",
        /// The host keeps it for itself.
        Reserved = "reserved",
        /// It breaks the rules of an address.
        Invalid = "invalid",
    }
}

/// `GET /api/spaces/availability`: whether an address may be asked for, and
/// free ones close to it when it is taken. Never who holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressCheck {
    pub address: String,
    pub availability: Availability,
    /// Free addresses close to it (up to three), when it is taken, reserved
    /// or invalid.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

/// The address asked about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct AddressQuery {
    /// At most 200 characters.
    pub address: String,
}

closed_list! {
    /// Where an accepted request's space stands.
    SpaceState {
        /// The hosting side was asked to create it (or the host creates it
        /// by hand).
        Creating = "creating",
        /// It exists: its address works.
        Ready = "ready",
        /// The hosting side could not create it; reviewers ask again.
        Failed = "failed",
    }
}

closed_list! {
    /// What the portal tells the hosting side.
    SpaceEvent {
        /// Create the space of an accepted request.
        Requested = "space.requested",
        /// Forget it: the request was withdrawn or is reviewed again.
        Cancelled = "space.cancelled",
        /// Its address changed before the space was created.
        Updated = "space.updated",
    }
}

closed_list! {
    /// What the hosting side tells the portal.
    SpaceReport {
        Ready = "space.ready",
        Failed = "space.failed",
    }
}

/// The person the hosting side makes the first account for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FirstAccount {
    pub name: String,
    pub email: String,
}

/// The `data` of a message to the hosting side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SpaceOrder {
    /// The request's reference: the key of every later message.
    pub reference: String,
    /// The label, e.g. `amis-du-velo`.
    pub address: String,
    /// `https://amis-du-velo.frama.space`.
    pub url: String,
    /// Storage of the space, in GB.
    pub storage_gb: u32,
    /// Accounts of the space.
    pub accounts: u32,
    pub locale: Locale,
    /// For `space.requested` and `space.updated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<FirstAccount>,
}

/// A message to the hosting side (a Standard Webhooks payload).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SpaceMessage {
    #[serde(rename = "type")]
    pub kind: SpaceEvent,
    /// RFC 3339: when the event happened.
    pub timestamp: String,
    pub data: SpaceOrder,
}

/// The `data` of a report of the hosting side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SpaceOutcome {
    pub reference: String,
    /// `space.ready`: where the space is, when not at its usual address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `space.failed`: why, in a few words for the reviewers (at most 500
    /// characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A report of the hosting side, posted (signed) to the callback route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SpaceCallback {
    #[serde(rename = "type")]
    pub kind: SpaceReport,
    #[serde(default)]
    pub timestamp: Option<String>,
    pub data: SpaceOutcome,
}

closed_list! {
    /// Where a message to the hosting side stands.
    DeliveryState {
        /// Waiting to be sent, or sent again after a failure.
        Pending = "pending",
        /// The hosting side answered 2xx.
        Delivered = "delivered",
        /// Not delivered after every attempt, or answered 410.
        Failed = "failed",
        /// Dropped: the space was marked ready by hand, or the request
        /// erased, before it went.
        Dropped = "dropped",
    }
}

/// One message to the hosting side, as reviewers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryView {
    pub event: SpaceEvent,
    pub state: DeliveryState,
    /// RFC 3339: when the event happened.
    pub created_at: String,
    pub attempts: u32,
    /// RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<String>,
    /// The HTTP status of the last answer, if one came.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<u16>,
    /// What went wrong last, in a few words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A reviewer's change of a request's address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewAddress {
    pub address: String,
}

/// A reviewer's or the host's word on a space made by hand: ready (at
/// `url`, or its usual address) or failed (with a reason).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SpaceMark {
    pub state: SpaceState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Longest reason of a failure kept.
pub const REASON_MAX: usize = 500;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_become_addresses() {
        let spaces = Spaces::default();
        let cases = [
            ("Les Amis du Vélo", "amis-du-velo"),
            ("L'Atelier  —  Vélo & Co", "atelier-velo-co"),
            ("Syndicat CGT", "syndicat-cgt"),
            ("ÉCOLE 42", "ecole-42"),
            ("amis-du-velo", "amis-du-velo"),
            ("Admin", "admin-collectif"),
        ];
        for (name, label) in cases {
            assert_eq!(spaces.suggest(name).as_deref(), Some(label), "{name}");
        }
        assert_eq!(spaces.suggest("?!"), None);
        assert_eq!(spaces.suggest("AB"), None);
        assert_eq!(spaces.suggest("xn--abc").as_deref(), Some("xn-abc"));
    }

    #[test]
    fn the_rules_of_an_address() {
        let spaces = Spaces::default();
        for ok in ["abc", "amis-du-velo", "a1-b2", &"a".repeat(40)] {
            assert_eq!(spaces.check(ok), Ok(()), "{ok}");
        }
        let code = |label: &str| spaces.check(label).err().map(|p| p.code);
        assert_eq!(code(""), Some(Code::Required));
        assert_eq!(code("ab"), Some(Code::TooShort));
        assert_eq!(code(&"a".repeat(41)), Some(Code::TooLong));
        for bad in [
            "-abc", "abc-", "Abc", "a b c", "vélo", "xn--abc", "ab--c", "a.b",
        ] {
            assert_eq!(code(bad), Some(Code::InvalidAddress), "{bad}");
        }
        assert_eq!(code("www"), Some(Code::AddressReserved));
        assert_eq!(code("a--b"), None, "two hyphens further on are fine");
    }

    #[test]
    fn alternatives_are_valid_and_differ() {
        let spaces = Spaces::default();
        let alternatives = spaces.alternatives("amis-du-velo");
        assert!(alternatives.len() >= 3);
        assert!(alternatives.iter().all(|a| a != "amis-du-velo"));
        let long = "a".repeat(40);
        for alternative in spaces.alternatives(&long) {
            assert_eq!(spaces.check(&alternative), Ok(()));
        }
        let numbered = spaces.numbered(&long, 7, 200);
        assert_eq!(numbered.len(), 200);
        assert!(numbered.iter().all(|n| spaces.check(n).is_ok()));
        assert_eq!(spaces.numbered("velo", 7, 2), ["velo-7", "velo-8"]);
    }

    proptest! {
        #[test]
        fn every_suggestion_is_valid(name in "\\PC{0,80}") {
            let spaces = Spaces::default();
            if let Some(label) = spaces.suggest(&name) {
                prop_assert_eq!(spaces.check(&label), Ok(()));
                for alternative in spaces.alternatives(&label) {
                    prop_assert_eq!(spaces.check(&alternative), Ok(()));
                }
            }
        }
    }
}
