//! The public pages whose code comes in a chunk of its own, fetched when one
//! of them is first shown: the home page stays in the main bundle, so that a
//! first visit of `/` downloads nothing else. The chunks are cut by
//! wasm-split between cargo and wasm-bindgen (`scripts/wasm-bindgen`), and
//! fetched by its loader; pages that share code share a chunk of it.
//!
//! A chunk that cannot be fetched (offline, or a new release published
//! since the page was opened) shows an error with a button that tries
//! again: the failure is not remembered, so the next attempt starts afresh.
//!
//! Not leptos_router's `LazyRoute`: its `view` gives a view, not a result,
//! so a chunk that could not be fetched can be neither told nor tried again,
//! and the page's texts (a chunk per language) would come only after it;
//! the split functions are called here, by `Split`, with the same wasm-split
//! support.

use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos::task::spawn_local;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use portal_core::{Locale, page_texts};

use crate::i18n::{self, Files, TextGroup, use_i18n};
use crate::pages;

/// A chunk could not be fetched.
#[derive(Debug, Clone, Copy)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> ChunkMissing {
        ChunkMissing
    }
}

/// A split page on its way: its chunk fetched if need be, then the page.
pub type PageFuture = Pin<Box<dyn Future<Output = Result<AnyView, ChunkMissing>>>>;

/// How a split page is drawn in a language: its texts, then its code.
pub type Load = fn(Locale) -> PageFuture;

/// One function per page, each in the chunk named first, with the texts
/// `portal_core::page_texts` names for that chunk; its body runs in it.
macro_rules! split_pages {
    ($($chunk:ident { $($load:ident / $split:ident => $page:ident,)+ })+) => {$($(
        #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $split() -> Result<AnyView, ChunkMissing> {
            Ok(view! { <pages::$page/> }.into_any())
        }

        pub fn $load(locale: Locale) -> PageFuture {
            Box::pin(async move {
                // The texts first, their groups fetched together: the
                // function in the chunk draws the page, which reads them
                // (the FAQ orders its questions by them).
                let texts = page_texts(stringify!($chunk));
                all_loaded(texts.iter().map(|group| Box::pin(load_texts(*group, locale)) as _)).await?;
                $split().await
            })
        }
    )+)+};
}

split_pages! {
    faq { faq / faq_page => Faq, }
    prose {
        about / about_page => About,
        who_can_apply / who_can_apply_page => WhoCanApply,
    }
    notice {
        privacy / privacy_page => Privacy,
        legal / legal_page => Legal,
        accessibility / accessibility_page => Accessibility,
    }
    apply { apply / apply_page => Apply, }
    wizard { apply_step / apply_step_page => ApplyStep, }
    status {
        status / status_page => Status,
        emails / emails_page => EmailChoice,
    }
    survey { survey / survey_page => AnswerSurvey, }
}

/// What the status page shows of a request found, fetched at its first
/// lookup (beside the request itself): the lookup form is drawn without it.
#[wasm_split(status_result, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn status_result() -> Result<pages::status::DrawResult, ChunkMissing> {
    Ok(pages::status::draw_result)
}

/// The survey of an opened invitation, fetched when it is opened (beside
/// the invitation itself): the form that asks for its code comes without it.
#[wasm_split(survey_form, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn survey_form() -> Result<pages::survey::DrawForm, ChunkMissing> {
    Ok(pages::survey::draw_form)
}

/// The wizard's steps, fetched while the applicant reads its front page, so
/// that "Start" opens the first step at once. A failure is left to the
/// step's page, which asks again (and says so if it cannot).
pub fn prefetch_wizard() {
    spawn_local(async {
        let _ = __wasm_split_preload_apply_step_page().await;
    });
}

/// One chunk per group of texts and language, so that a reader downloads
/// only the texts of the pages they open, in their language. The French
/// texts of the shell and the home page are in the main bundle.
macro_rules! split_texts {
    ($($chunk:ident / $split:ident => ($group:ident, $locale:ident) $texts:ident . $lang:ident,)+) => {
        $(
            #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $split() -> Result<Files, ChunkMissing> {
                Ok(i18n::$texts.$lang)
            }
        )+

        /// `group`'s files in `locale`, from their chunk.
        async fn texts_chunk(group: TextGroup, locale: Locale) -> Result<Files, ChunkMissing> {
            match (group, locale) {
                (TextGroup::Site, Locale::Fr) => Ok(i18n::SITE_TEXTS.fr),
                $((TextGroup::$group, Locale::$locale) => $split().await,)+
            }
        }
    };
}

split_texts! {
    texts_en_site / site_en => (Site, En) SITE_TEXTS.en,
    texts_fr_faq / faq_fr => (Faq, Fr) FAQ_TEXTS.fr,
    texts_en_faq / faq_en => (Faq, En) FAQ_TEXTS.en,
    texts_fr_prose / prose_fr => (Prose, Fr) PROSE_TEXTS.fr,
    texts_en_prose / prose_en => (Prose, En) PROSE_TEXTS.en,
    texts_fr_errors / errors_fr => (Errors, Fr) ERROR_TEXTS.fr,
    texts_en_errors / errors_en => (Errors, En) ERROR_TEXTS.en,
    texts_fr_apply / apply_fr => (Apply, Fr) APPLY_TEXTS.fr,
    texts_en_apply / apply_en => (Apply, En) APPLY_TEXTS.en,
    texts_fr_status / status_fr => (Status, Fr) STATUS_TEXTS.fr,
    texts_en_status / status_en => (Status, En) STATUS_TEXTS.en,
    texts_fr_survey / survey_fr => (Survey, Fr) SURVEY_TEXTS.fr,
    texts_en_survey / survey_en => (Survey, En) SURVEY_TEXTS.en,
}

/// A chunk on its way.
type ChunkFetch = Pin<Box<dyn Future<Output = Result<(), ChunkMissing>>>>;

/// Waits for every one of `loads`, run together; the first failure ends
/// the wait. (Not `futures::future::try_join_all`: its general case cost
/// the main module 0.7 kB brotli, for the three loads at most a page has.)
async fn all_loaded(loads: impl Iterator<Item = ChunkFetch>) -> Result<(), ChunkMissing> {
    let mut pending: Vec<ChunkFetch> = loads.collect();
    std::future::poll_fn(move |cx| {
        let mut i = 0;
        while i < pending.len() {
            match pending[i].as_mut().poll(cx) {
                Poll::Ready(Ok(())) => drop(pending.swap_remove(i)),
                Poll::Ready(Err(missing)) => return Poll::Ready(Err(missing)),
                Poll::Pending => i += 1,
            }
        }
        if pending.is_empty() {
            Poll::Ready(Ok(()))
        } else {
            Poll::Pending
        }
    })
    .await
}

/// `group`'s texts in `locale`, fetched once.
pub async fn load_texts(group: TextGroup, locale: Locale) -> Result<(), ChunkMissing> {
    if !i18n::group_loaded(group, locale) {
        i18n::add_texts(locale, texts_chunk(group, locale).await?);
    }
    Ok(())
}

/// [`load_texts`] for the language switch and the start (`i18n::Fetch`).
pub fn fetch_texts(group: TextGroup, locale: Locale) -> Pin<Box<dyn Future<Output = bool>>> {
    Box::pin(async move { load_texts(group, locale).await.is_ok() })
}

#[derive(Clone, Copy)]
enum Stage {
    Loading,
    Failed,
    Ready,
}

/// A split page: "loading" until its chunk has come, then the page; an
/// error with a retry if the chunk could not be fetched.
#[component]
pub fn Split(load: Load) -> impl IntoView {
    let i18n = use_i18n();
    let stage = RwSignal::new(Stage::Loading);
    let drawn = StoredValue::new_local(None::<AnyView>);
    let owner = Owner::current();
    // The page is drawn under this component, so that its signals and
    // effects go when it goes, and it finds the app's contexts.
    let fetch = move || {
        stage.set(Stage::Loading);
        let locale = i18n.locale_untracked();
        let page = async move { load(locale).await };
        let future = match &owner {
            Some(owner) => owner.with(|| ScopedFuture::new(page)),
            None => ScopedFuture::new(page),
        };
        spawn_local(async move {
            match future.await {
                Ok(view) => {
                    drawn.set_value(Some(view));
                    stage.try_set(Stage::Ready);
                    crate::browser::after_render(move || {
                        crate::boot::release();
                        crate::document::page_arrived(i18n.locale_untracked());
                    });
                }
                Err(ChunkMissing) => {
                    stage.try_set(Stage::Failed);
                    crate::browser::after_render(crate::boot::release);
                }
            }
        });
    };
    // Opened directly: the static page stays until this page is drawn.
    crate::boot::hold();
    fetch();
    move || {
        match stage.get() {
        Stage::Loading => view! {
            <div class="wrap page"><p role="status" class="loading">{i18n.t("common-loading")}</p></div>
        }
        .into_any(),
        Stage::Failed => {
            let fetch = fetch.clone();
            view! { <Missing on_retry=Callback::new(move |()| fetch())/> }.into_any()
        }
        Stage::Ready => drawn
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
    }
    }
}

/// The page's code did not come: say so, and offer to try again.
#[component]
fn Missing(on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    crate::browser::after_render(|| {
        crate::browser::focus("main h1");
    });
    view! {
        <div class="wrap page narrow">
            <h1 tabindex="-1">{move || i18n.t("chunk-missing-title")}</h1>
            <p role="alert">{move || i18n.t("chunk-missing-text")}</p>
            <p class="actions">
                <button type="button" class="button primary" on:click=move |_| on_retry.run(())>
                    {move || i18n.t("common-retry")}
                </button>
            </p>
        </div>
    }
}
