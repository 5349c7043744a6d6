//! The offer and its rollout progress, fetched once from the API and shared
//! by every page (limits in texts, the wizard's rules, the home page chart).

use leptos::prelude::*;
use portal_core::{Offer, OfferView, Site};

use crate::api::ApiError;

#[derive(Clone, Copy)]
pub struct OfferState(LocalResource<Result<OfferView, ApiError>>);

pub fn provide_offer() {
    provide_context(OfferState(LocalResource::new(crate::api::offer)));
}

/// The offer with its progress, once loaded; `Some(Err)` when it failed.
pub fn use_offer_view() -> Signal<Option<Result<OfferView, ApiError>>> {
    let OfferState(resource) = expect_context::<OfferState>();
    Signal::derive(move || resource.get())
}

/// The configured offer; the built-in defaults until it is loaded.
pub fn use_offer() -> Signal<Offer> {
    let view = use_offer_view();
    Signal::derive(move || {
        view.get()
            .and_then(Result::ok)
            .map(|v| v.offer)
            .unwrap_or_default()
    })
}

/// The publisher, links and retention periods; the built-in defaults until
/// they are loaded.
pub fn use_site() -> Signal<Site> {
    let view = use_offer_view();
    Signal::derive(move || {
        view.get()
            .and_then(Result::ok)
            .map(|v| v.site)
            .unwrap_or_default()
    })
}

/// The figures the public pages quote, as message arguments: the limits of
/// the offer (`$storage`, `$accounts`) and `$survey_threshold`.
pub fn limit_args(offer: &Offer) -> [(&'static str, crate::i18n::Arg<'static>); 3] {
    [
        ("storage", offer.storage_gb.into()),
        ("accounts", offer.max_accounts.into()),
        (
            "survey_threshold",
            portal_core::survey::ANONYMITY_THRESHOLD.into(),
        ),
    ]
}
