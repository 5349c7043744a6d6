//! How a page talks to the API: [`Submit`] sends what a reader asked for and
//! hands the answer to the code that sent it; [`Load`] reads what a page
//! shows, with its pending, failed (and retried) and loaded states. Neither
//! needs an effect watching for a result: the answer goes where it is used.

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::use_i18n;

/// A form's sending: one at a time for its button (`pending`), and the
/// server's answer given once to `reply`, unless the page went meanwhile.
pub struct Submit<I: 'static> {
    action: Action<I, ()>,
}

impl<I: 'static> Clone for Submit<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static> Copy for Submit<I> {}

impl<I: Clone + 'static> Submit<I> {
    pub fn new<Fu>(call: impl Fn(I) -> Fu + 'static, reply: impl Fn(Fu::Output) + 'static) -> Self
    where
        Fu: Future + 'static,
    {
        let reply = Rc::new(reply);
        // Dropped with the page: an answer arriving after it is not given.
        let alive = StoredValue::new(());
        let action = Action::new_local(move |input: &I| {
            let answer = call(input.clone());
            let reply = Rc::clone(&reply);
            async move {
                let answer = answer.await;
                if !alive.is_disposed() {
                    reply(answer);
                }
            }
        });
        Submit { action }
    }

    /// Sends `input` (a form whose second press must do nothing checks
    /// `pending` first; ticking two boxes in a row sends both).
    pub fn send(&self, input: I) {
        self.action.dispatch_local(input);
    }

    pub fn pending(&self) -> Memo<bool> {
        self.action.pending()
    }
}

/// What a page shows, read from the API: asked for at once, again with
/// [`Load::retry`], and replaced by what a later answer brings
/// ([`Load::set`]).
pub struct Load<T: Send + Sync + 'static> {
    state: RwSignal<Loading<T>>,
    fetch: StoredValue<Rc<dyn Fn()>, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Load<T> {}

/// Where a [`Load`] stands.
#[derive(Clone, PartialEq)]
pub enum Loading<T> {
    Pending,
    Failed(ApiError),
    Loaded(T),
}

impl<T> Loading<T> {
    fn value(&self) -> Option<&T> {
        match self {
            Loading::Loaded(value) => Some(value),
            _ => None,
        }
    }
}

impl<T: Clone + Send + Sync + 'static> Load<T> {
    /// Reads what `read` brings: at once, and again whenever a signal it
    /// reads before its first await changes (the address of the page).
    pub fn new<Fu>(read: impl Fn() -> Fu + 'static) -> Self
    where
        Fu: Future<Output = Result<T, ApiError>> + 'static,
    {
        Load::with(read, |_| {})
    }

    /// As [`Load::new`], and `answered` is told each answer once shown (for
    /// the page's title, its focus).
    pub fn with<Fu>(
        read: impl Fn() -> Fu + 'static,
        answered: impl Fn(&Result<T, ApiError>) + 'static,
    ) -> Self
    where
        Fu: Future<Output = Result<T, ApiError>> + 'static,
    {
        let state = RwSignal::new(Loading::Pending);
        let alive = StoredValue::new(());
        let answered = Rc::new(answered);
        // The latest reading wins: an older one arriving late is dropped.
        let round = StoredValue::new(0_u32);
        let fetch: Rc<dyn Fn()> = Rc::new(move || {
            round.update_value(|r| *r += 1);
            let this_round = round.get_value();
            state.set(Loading::Pending);
            let reading = read();
            let answered = Rc::clone(&answered);
            leptos::task::spawn_local(async move {
                let answer = reading.await;
                if alive.is_disposed() || round.get_value() != this_round {
                    return;
                }
                state.set(match &answer {
                    Ok(value) => Loading::Loaded(value.clone()),
                    Err(error) => Loading::Failed(error.clone()),
                });
                answered(&answer);
            });
        });
        let fetch = StoredValue::new_local(fetch);
        // The one effect: what the reading depends on is the page's address.
        Effect::new(move |_| {
            if let Some(fetch) = fetch.try_get_value() {
                fetch();
            }
        });
        Load { state, fetch }
    }

    /// Reads it again (after a failure, or because what it depends on
    /// changed).
    pub fn retry(&self) {
        if let Some(fetch) = self.fetch.try_get_value() {
            untrack(|| fetch());
        }
    }

    /// What a later answer brought (a decision, a label) in its place.
    pub fn set(&self, value: T) {
        self.state.set(Loading::Loaded(value));
    }

    pub fn state(&self) -> Signal<Loading<T>> {
        self.state.into()
    }

    /// `f` of the value once loaded, of none before (tracked).
    pub fn with_value<R>(&self, f: impl FnOnce(Option<&T>) -> R) -> R {
        self.state.with(|state| f(state.value()))
    }

    /// `f` of the value once loaded, of none before (not tracked).
    pub fn with_value_untracked<R>(&self, f: impl FnOnce(Option<&T>) -> R) -> R {
        self.state.with_untracked(|state| f(state.value()))
    }

    /// The value, once loaded.
    pub fn loaded(&self) -> Signal<Option<T>> {
        let state = self.state;
        Signal::derive(move || match state.get() {
            Loading::Loaded(value) => Some(value),
            _ => None,
        })
    }
}

/// A [`Load`]'s failure, if it failed: its sentence (`text` makes it) and a
/// button to try again.
#[component]
pub fn LoadFailure<T>(load: Load<T>, text: Callback<ApiError, String>) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let i18n = use_i18n();
    move || match load.state.get() {
        Loading::Failed(error) => Some(view! {
            <div role="alert" class="notice error">
                <p>{text.run(error)}</p>
                <p><button type="button" class="button secondary" on:click=move |_| load.retry()>
                    {move || i18n.t("common-retry")}
                </button></p>
            </div>
        }),
        _ => None,
    }
}
