//! A response in progress, kept as people answer: at once in this browser,
//! and a moment later on the server, sealed (`crate::seal`) so that the same
//! invitation finishes it on another device. Whichever draft is newest is
//! the one people find again; a response sent and no newer draft, the
//! response. In this browser, a draft is kept under its invitation: on a
//! shared computer, another collective answering the same survey starts
//! from nothing, and a draft sent is gone.

use std::time::Duration;

use leptos::prelude::*;
use portal_core::survey::{Answers, DraftSave, InvitationView, Survey, reached};
use serde::{Deserialize, Serialize};

/// What a draft holds, in this browser and sealed on the server alike.
#[derive(Serialize, Deserialize)]
struct Draft {
    /// When it was written, in milliseconds since the epoch.
    at: f64,
    answers: Answers,
}

/// The server is sent the draft this long after the last change.
const QUIET: Duration = Duration::from_millis(1200);

/// Where this browser keeps the draft of an invitation: under a digest of
/// its secret (FNV-1a), so that the key itself opens nothing.
fn local_key(survey: i64, secret: &str) -> String {
    let digest = secret
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("portal.survey.{survey}.{digest:016x}")
}

fn local(survey: i64, secret: &str) -> Option<Draft> {
    let json = crate::browser::local_get(&local_key(survey, secret))?;
    crate::json::from_str(&json)
}

async fn from_server(secret: &str, sealed: &str) -> Option<Draft> {
    let json = crate::seal::open(secret, sealed).await?;
    crate::json::from_str(&json)
}

/// The answers to start from on opening an invitation.
pub async fn starting_answers(secret: &str, view: &InvitationView) -> Answers {
    let server = match &view.draft {
        Some(sealed) => from_server(secret, sealed).await,
        None => None,
    };
    // Before drafts were kept per invitation, one key held a survey's,
    // whoever wrote it: never read, it goes.
    crate::browser::local_remove(&format!("portal.survey.{}", view.survey));
    let newest = [local(view.survey, secret), server]
        .into_iter()
        .flatten()
        .max_by(|a, b| a.at.total_cmp(&b.at));
    match newest {
        Some(draft) => draft.answers,
        None => view.answers.clone().unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::local_key;

    #[test]
    fn each_invitation_has_its_own_key_which_does_not_hold_its_secret() {
        let one = local_key(3, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB");
        let other = local_key(3, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AC");
        assert_ne!(one, other);
        assert!(one.starts_with("portal.survey.3."));
        assert!(!one.contains("ABCD"));
        assert_eq!(one, local_key(3, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB"));
    }
}

/// Where the saving of the draft on the server stands.
#[derive(Clone, Copy, PartialEq)]
pub enum Saved {
    /// Nothing changed yet.
    Nothing,
    /// On the server: another device finds it.
    Everywhere,
    /// In this browser only (offline, or no Web Crypto here).
    HereOnly,
}

/// Keeps the draft of the survey opened: in this browser at each change,
/// on the server once the answers are quiet for a moment.
#[derive(Clone, Copy)]
pub struct Keeper {
    /// Where the draft of the invitation opened is kept (`local_key`).
    key: StoredValue<String>,
    /// Bumped at each change: a save waiting for a quiet moment goes only if
    /// nothing changed since.
    changes: StoredValue<u64>,
    pub saved: RwSignal<Saved>,
}

impl Keeper {
    pub fn new() -> Self {
        Keeper {
            key: StoredValue::new(String::new()),
            changes: StoredValue::new(0),
            saved: RwSignal::new(Saved::Nothing),
        }
    }

    /// Keeps the drafts of the invitation `secret` to `survey` from now on.
    pub fn start(self, survey: i64, secret: &str) {
        self.key.set_value(local_key(survey, secret));
        self.changes.update_value(|n| *n += 1);
        self.saved.set(Saved::Nothing);
    }

    pub fn keep(self, secret: String, survey: &Survey, answers: Answers) {
        let draft = Draft {
            at: js_sys::Date::now(),
            answers,
        };
        let Some(json) = crate::json::to_string(&draft) else {
            return;
        };
        crate::browser::local_set(&self.key.get_value(), &json);
        let reached = reached(survey, &draft.answers);
        self.changes.update_value(|n| *n += 1);
        let change = self.changes.get_value();
        set_timeout(
            move || {
                if self.changes.get_value() != change {
                    return;
                }
                leptos::task::spawn_local(async move {
                    let sent = match crate::seal::seal(&secret, &json).await {
                        Some(sealed) => {
                            let save = DraftSave {
                                secret,
                                sealed,
                                reached,
                            };
                            crate::api::survey_save_draft(&save).await.is_ok()
                        }
                        None => false,
                    };
                    if self.changes.get_value() == change {
                        self.saved.set(if sent {
                            Saved::Everywhere
                        } else {
                            Saved::HereOnly
                        });
                    }
                });
            },
            QUIET,
        );
    }

    /// The response was sent: the draft goes (the server deleted its copy),
    /// and a save still waiting is called off.
    pub fn forget(self) {
        self.changes.update_value(|n| *n += 1);
        crate::browser::local_remove(&self.key.get_value());
        self.saved.set(Saved::Nothing);
    }
}
