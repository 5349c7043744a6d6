//! The pre-registration wizard: an introduction, eight short steps (one topic
//! each), then the confirmation. Every step has its own URL, so the browser's
//! back and forward buttons work; the draft is saved in the browser as the
//! applicant types; each step is checked on "continue" with the rules of
//! `portal_core`, the same the server applies.

mod address;
mod check;
mod outcome;
mod steps;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use portal_core::{ApplicationInput, Eligibility, EligibilityAnswers, Offer, Problem, Spaces};

use crate::components::form::ErrorSummary;
use crate::i18n::use_i18n;
use crate::pages::NotFound;
use steps::Step;

const DRAFT_KEY: &str = "portal.apply.draft";
const IDEMPOTENCY_KEY: &str = "portal.apply.key";
const RECEIPT_KEY: &str = "portal.apply.receipt";
/// When the draft began (milliseconds since 1970): the server refuses a form
/// filled faster than a person can.
const STARTED_KEY: &str = "portal.apply.started";

/// What every part of the wizard shares.
#[derive(Clone, Copy)]
pub struct Wizard {
    pub draft: RwSignal<ApplicationInput>,
    pub offer: Signal<Offer>,
    /// Where the spaces live (their domain, the reserved addresses).
    pub spaces: Signal<Spaces>,
    /// The hidden field people never see and naive bots fill.
    pub trap: RwSignal<String>,
}

impl Wizard {
    pub fn verdict(&self) -> Eligibility {
        self.draft.with(|draft| {
            portal_core::eligibility(&EligibilityAnswers::from(draft), &self.offer.get())
        })
    }

    /// The first step, in form order, whose answers are not all valid.
    pub fn first_incomplete(&self) -> Option<Step> {
        let offer = self.offer.get_untracked();
        let spaces = self.spaces.get_untracked();
        self.draft.with_untracked(|draft| {
            Step::ANSWERS
                .into_iter()
                .find(|step| !step.problems(draft, &offer, &spaces).is_empty())
        })
    }

    /// Clears the draft from this browser, keeping it aside for this tab
    /// for a few minutes, so that the applicant can take it back (`undo`).
    pub fn forget(&self) {
        let kept: Vec<Option<String>> = [DRAFT_KEY, IDEMPOTENCY_KEY, STARTED_KEY]
            .iter()
            .map(|key| crate::browser::local_get(key))
            .collect();
        if let Some(json) = crate::json::to_string(&(js_sys::Date::now(), kept)) {
            crate::browser::session_set(FORGOTTEN_KEY, &json);
        }
        for key in [DRAFT_KEY, IDEMPOTENCY_KEY, STARTED_KEY] {
            crate::browser::local_remove(key);
        }
        self.draft.set(ApplicationInput::default());
    }

    /// Whether answers forgotten a moment ago can be taken back.
    pub fn can_undo(&self) -> bool {
        forgotten().is_some()
    }

    /// Takes back the answers forgotten a moment ago.
    pub fn undo(&self) {
        if let Some(kept) = forgotten() {
            for (key, value) in [DRAFT_KEY, IDEMPOTENCY_KEY, STARTED_KEY].iter().zip(kept) {
                if let Some(value) = value {
                    crate::browser::local_set(key, &value);
                }
            }
            self.draft.set(load_draft());
        }
        crate::browser::session_remove(FORGOTTEN_KEY);
    }

    /// How the form was filled: the hidden field, and the seconds since the
    /// draft began (unknown for a draft kept from before this was recorded).
    pub fn form_signals(&self) -> crate::api::FormSignals {
        let seconds = crate::browser::local_get(STARTED_KEY)
            .and_then(|started| started.parse::<f64>().ok())
            .map(|started| ((js_sys::Date::now() - started) / 1000.0).max(0.0));
        crate::api::FormSignals {
            trap: self.trap.get_untracked(),
            seconds,
        }
    }

    /// The key that makes a repeated submission of this draft harmless.
    pub fn idempotency_key(&self) -> String {
        if let Some(key) = crate::browser::local_get(IDEMPOTENCY_KEY) {
            return key;
        }
        let key =
            crate::browser::random_id().unwrap_or_else(|| format!("draft-{}", js_sys::Date::now()));
        crate::browser::local_set(IDEMPOTENCY_KEY, &key);
        key
    }
}

fn load_draft() -> ApplicationInput {
    crate::browser::local_get(DRAFT_KEY)
        .and_then(|json| crate::json::from_str(&json))
        .unwrap_or_default()
}

/// The wizard's state, for the page drawn under it: the draft (kept in the
/// browser as it changes, so that a reload, a closed tab, tomorrow's visit or
/// the next page of the wizard finds the answers where they were), the offer.
fn provide_wizard() {
    let offer = crate::offer::use_offer();
    let draft = RwSignal::new(load_draft());
    // The first answer typed (not a draft restored) starts the clock.
    Effect::new(move |previous: Option<()>| {
        draft.with(|draft| {
            if *draft == ApplicationInput::default() {
                crate::browser::local_remove(DRAFT_KEY);
            } else if let Some(json) = crate::json::to_string(draft) {
                crate::browser::local_set(DRAFT_KEY, &json);
                if previous.is_some() && crate::browser::local_get(STARTED_KEY).is_none() {
                    crate::browser::local_set(STARTED_KEY, &js_sys::Date::now().to_string());
                }
            }
        });
    });
    let site = crate::offer::use_site();
    let wizard = Wizard {
        draft,
        offer,
        spaces: Signal::derive(move || site.with(|s| s.spaces.clone())),
        trap: RwSignal::new(String::new()),
    };
    provide_context(wizard);
}

/// The wizard's front page (`/apply`). Its steps are a page of their own
/// (`ApplyStep`), in a chunk of their own when the app is split: fetched
/// while the applicant reads this one.
#[component]
pub fn Apply() -> impl IntoView {
    provide_wizard();
    #[cfg(feature = "split")]
    crate::browser::after_render(crate::lazy::prefetch_wizard);
    view! { <Intro/> }
}

/// A step of the wizard, or where it ends (`/apply/<step>`).
#[component]
pub fn ApplyStep() -> impl IntoView {
    let params = use_params_map();
    provide_wizard();
    move || match params.read().get("step").as_deref() {
        Some("done") => view! { <outcome::Done/> }.into_any(),
        Some("not-eligible") => view! { <outcome::NotEligible/> }.into_any(),
        Some(slug) => match Step::from_slug(slug) {
            Some(step) => view! { <StepPage step=step/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        },
        None => view! { <NotFound/> }.into_any(),
    }
}

pub fn use_wizard() -> Wizard {
    expect_context::<Wizard>()
}

/// The wizard's front page: what it takes, and where an earlier draft stands.
#[component]
fn Intro() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let has_draft = move || wizard.draft.with(|d| *d != ApplicationInput::default());
    let resume_href = move || {
        let step = wizard.first_incomplete().unwrap_or(Step::Check);
        format!("/apply/{}", step.slug())
    };
    view! {
        <div class="wrap page narrow">
            <h1>{move || i18n.t("apply-intro-title")}</h1>
            <Forgotten/>
            <p class="lead">{move || i18n.t("apply-intro-lead")}</p>
            <h2>{move || i18n.t("apply-intro-need-title")}</h2>
            <ul class="bullets">
                <li>{move || i18n.t("apply-intro-need-kind")}</li>
                <li>{move || i18n.t("apply-intro-need-identity")}</li>
                <li>{move || i18n.t("apply-intro-need-needs")}</li>
                <li>{move || i18n.t("apply-intro-need-contact")}</li>
                <li>{move || i18n.t("apply-intro-need-motivation")}</li>
            </ul>
            <p>{move || i18n.t("apply-intro-time")}</p>
            <p>{move || i18n.t("apply-intro-saved")}</p>
            <Show
                when=has_draft
                fallback=move || view! {
                    <p class="actions">
                        <A href="/apply/kind" attr:class="button primary">{move || i18n.t("apply-start")}</A>
                    </p>
                }
            >
                <div class="notice info">
                    <p>{move || i18n.t("apply-intro-draft-found")}</p>
                    <p class="actions">
                        <A href=resume_href attr:class="button primary">{move || i18n.t("apply-resume")}</A>
                        <ForgetDraft/>
                    </p>
                </div>
            </Show>
            <p class="small">
                {move || i18n.t("apply-intro-privacy")} " "
                <A href="/privacy">{move || i18n.t("apply-intro-privacy-link")}</A>
            </p>
        </div>
    }
}

/// Where forgotten answers wait to be taken back, and for how long.
const FORGOTTEN_KEY: &str = "portal.apply.forgotten";
const UNDO_MS: f64 = 5.0 * 60.0 * 1000.0;

/// The answers forgotten less than `UNDO_MS` ago in this tab.
fn forgotten() -> Option<Vec<Option<String>>> {
    let json = crate::browser::session_get(FORGOTTEN_KEY)?;
    let (at, kept): (f64, Vec<Option<String>>) = crate::json::from_str(&json)?;
    (js_sys::Date::now() - at < UNDO_MS).then_some(kept)
}

/// "Forget my answers": asks first, then clears the draft from this browser
/// (it can be taken back for a few minutes, from the wizard's front page).
#[component]
pub fn ForgetDraft() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let ask = move |_| {
        asking.set(true);
        crate::browser::after_render(|| {
            crate::browser::focus("#forget-question");
        });
    };
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="link-button" on:click=ask>{move || i18n.t("apply-forget")}</button>
            }
        >
            <div class="notice warning" role="group" aria-labelledby="forget-question">
                <p id="forget-question" tabindex="-1">{move || i18n.t("apply-forget-question")}</p>
                <p class="actions">
                    <button type="button" class="button danger" on:click={
                        let navigate = navigate.clone();
                        move |_| {
                            wizard.forget();
                            navigate("/apply", Default::default());
                        }
                    }>{move || i18n.t("apply-forget-confirm")}</button>
                    <button type="button" class="button secondary" on:click=move |_| asking.set(false)>
                        {move || i18n.t("apply-forget-cancel")}
                    </button>
                </p>
            </div>
        </Show>
    }
}

/// Said on the front page right after answers were forgotten.
#[component]
fn Forgotten() -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let shown = RwSignal::new(wizard.can_undo());
    move || {
        shown.get().then(|| {
            view! {
                <div class="notice info" role="status">
                    <p>
                        {i18n.t("apply-forgotten")} " "
                        <button type="button" class="link-button" on:click=move |_| {
                            wizard.undo();
                            shown.set(false);
                        }>{i18n.t("apply-forgotten-undo")}</button>
                    </p>
                </div>
            }
        })
    }
}

/// Arriving at `step` before the earlier steps are answered (a bookmark, a
/// typed address): back to the first step that needs an answer, or to the
/// page that says the structure is not eligible.
fn send_back_if_early(
    step: Step,
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + 'static,
) {
    let wizard = use_wizard();
    // Once, on arrival: later changes of the draft (a submission that
    // forgets it) must not send the applicant elsewhere.
    Effect::new(move |_| {
        let redirect = untrack(|| {
            if let Some(first) = wizard
                .first_incomplete()
                .filter(|first| first.number() < step.number())
            {
                Some(format!("/apply/{}", first.slug()))
            } else if step.number() > Step::Needs.number()
                && matches!(wizard.verdict(), Eligibility::Ineligible(_))
            {
                Some("/apply/not-eligible".to_owned())
            } else {
                None
            }
        });
        if let Some(path) = redirect {
            let options = leptos_router::NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate(&path, options);
        }
    });
}

/// Where the wizard goes once `step` is answered: the not-eligible page
/// when the answers rule the structure out, back to the check of the
/// answers when the change came from there (unless another step is left to
/// answer), the next step otherwise.
fn next_address(step: Step, wizard: Wizard, from_check: bool) -> String {
    let ineligible = matches!(wizard.verdict(), Eligibility::Ineligible(_));
    if step.decides_eligibility() && ineligible {
        "/apply/not-eligible".to_owned()
    } else if from_check && wizard.first_incomplete().is_none() {
        "/apply/check".to_owned()
    } else {
        step.next().map_or_else(
            || "/apply/check".to_owned(),
            |next| format!("/apply/{}", next.slug()),
        )
    }
}

#[component]
fn StepPage(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let navigate = use_navigate();
    let problems = RwSignal::new(Vec::<Problem>::new());
    let query = use_query_map();

    send_back_if_early(step, navigate.clone());
    let extra_checks = StoredValue::new(None::<Box<dyn Fn() -> Vec<Problem> + Send + Sync>>);
    let on_submit = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let offer = wizard.offer.get_untracked();
            let spaces = wizard.spaces.get_untracked();
            let mut found = wizard
                .draft
                .with_untracked(|draft| step.problems(draft, &offer, &spaces));
            extra_checks.with_value(|extra| {
                if let Some(extra) = extra {
                    found.extend(extra());
                }
            });
            if !found.is_empty() {
                problems.set(found);
                return;
            }
            problems.set(Vec::new());
            // Opened from the check-your-answers page: back to it.
            let from_check = query.with_untracked(|q| q.get("back").as_deref() == Some("check"));
            let next = next_address(step, wizard, from_check);
            navigate(&next, Default::default());
        }
    };

    let back_href = step.previous().map_or_else(
        || "/apply".to_owned(),
        |previous| format!("/apply/{}", previous.slug()),
    );
    if step == Step::Check {
        return view! { <check::CheckAnswers/> }.into_any();
    }

    view! {
        <div class="wrap page narrow wizard">
            <p class="back"><A href=back_href>{move || i18n.t("apply-back")}</A></p>
            <ErrorSummary problems=problems/>
            <StepHeading step=step/>
            <form novalidate=true on:submit=on_submit>
                {steps::fields(step, problems, extra_checks)}
                <div class="form-actions">
                    <button type="submit" class="button primary">{move || i18n.t("apply-continue")}</button>
                </div>
            </form>
            <div class="forget">
                <p class="small">{move || i18n.t("apply-saved-note")}</p>
                <ForgetDraft/>
            </div>
        </div>
    }
    .into_any()
}

/// The step's heading ("Step 3 of 8 — …"), and from the second step on,
/// the note that the answers so far make the request a case-by-case one.
#[component]
fn StepHeading(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let wizard = use_wizard();
    let case_by_case = move || {
        step.number() > Step::Kind.number()
            && matches!(wizard.verdict(), Eligibility::CaseByCase(_))
    };
    view! {
            <h1>
                <span class="caption">{move || step_count(i18n, step)}</span>
                <span class="visually-hidden">" — "</span>
                {move || i18n.t(step.title_id())}
            </h1>
            <Show when=case_by_case>
                <div class="notice info" role="note">
                    <p>{move || i18n.t("apply-case-by-case")}</p>
                </div>
            </Show>
    }
}

/// "Step 3 of 8".
fn step_count(i18n: crate::i18n::I18n, step: Step) -> String {
    i18n.t_args(
        "apply-step-count",
        [
            ("number", step.number().into()),
            ("total", Step::ALL.len().into()),
        ],
    )
}
