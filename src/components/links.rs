//! Links to the places outside the site that it names (the help forum, the
//! CHATONS hosts, paid Nextcloud hosts), from the configuration: nothing is
//! shown for a place it leaves empty.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::offer::use_site;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Forum,
    Chatons,
    PaidHosts,
}

impl Place {
    fn text_id(self) -> &'static str {
        match self {
            Place::Forum => "link-forum",
            Place::Chatons => "link-chatons",
            Place::PaidHosts => "link-paid-hosts",
        }
    }
}

/// A link to `place`, named by its message.
#[component]
pub fn PlaceLink(place: Place) -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    move || {
        let links = site.get().links;
        let href = match place {
            Place::Forum => links.forum,
            Place::Chatons => links.chatons,
            Place::PaidHosts => links.paid_hosts,
        };
        (!href.is_empty()).then(|| view! { <a href=href>{i18n.t(place.text_id())}</a> })
    }
}

/// Where a structure the offer does not suit can turn: paid Nextcloud hosts
/// and the CHATONS, each with its link.
#[component]
pub fn Alternatives() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="bullets">
            <li>{move || i18n.t("alternative-paid")} " " <PlaceLink place=Place::PaidHosts/></li>
            <li>{move || i18n.t("alternative-chatons")} " " <PlaceLink place=Place::Chatons/></li>
        </ul>
    }
}
