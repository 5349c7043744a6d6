//! A response in progress, kept as people answer: at once in this browser,
//! and a moment later on the server, sealed (`crate::seal`) so that the same
//! invitation finishes it on another device. Whichever draft is newest is
//! the one people find again; a response sent and no newer draft, the
//! response.

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

fn local_key(survey: i64) -> String {
    format!("portal.survey.{survey}")
}

fn local(survey: i64) -> Option<Draft> {
    let json = crate::browser::local_get(&local_key(survey))?;
    serde_json::from_str(&json).ok()
}

async fn from_server(secret: &str, sealed: &str) -> Option<Draft> {
    let json = crate::seal::open(secret, sealed).await?;
    serde_json::from_str(&json).ok()
}

/// The answers to start from on opening an invitation.
pub async fn starting_answers(secret: &str, view: &InvitationView) -> Answers {
    let server = match &view.draft {
        Some(sealed) => from_server(secret, sealed).await,
        None => None,
    };
    let newest = [local(view.survey), server]
        .into_iter()
        .flatten()
        .max_by(|a, b| a.at.total_cmp(&b.at));
    match newest {
        Some(draft) => draft.answers,
        None => view.answers.clone().unwrap_or_default(),
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
    survey: StoredValue<i64>,
    /// Bumped at each change: a save waiting for a quiet moment goes only if
    /// nothing changed since.
    changes: StoredValue<u64>,
    pub saved: RwSignal<Saved>,
}

impl Keeper {
    pub fn new() -> Self {
        Keeper {
            survey: StoredValue::new(0),
            changes: StoredValue::new(0),
            saved: RwSignal::new(Saved::Nothing),
        }
    }

    /// Keeps the drafts of `survey` from now on.
    pub fn start(self, survey: i64) {
        self.survey.set_value(survey);
        self.changes.update_value(|n| *n += 1);
        self.saved.set(Saved::Nothing);
    }

    pub fn keep(self, secret: String, survey: &Survey, answers: Answers) {
        let draft = Draft {
            at: js_sys::Date::now(),
            answers,
        };
        let Ok(json) = serde_json::to_string(&draft) else {
            return;
        };
        crate::browser::local_set(&local_key(self.survey.get_value()), &json);
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
        crate::browser::local_remove(&local_key(self.survey.get_value()));
        self.saved.set(Saved::Nothing);
    }
}
