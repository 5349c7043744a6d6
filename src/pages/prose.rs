//! Pages made of text only (eligibility, about): a list
//! of blocks naming their messages. Every message gets the offer's limits as
//! arguments, so texts can quote them.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::Alternatives;
use crate::i18n::use_i18n;
use crate::offer::{limit_args, use_offer};

pub enum Block {
    Lead(&'static str),
    H2(&'static str),
    P(&'static str),
    List(&'static [&'static str]),
    Steps(&'static [&'static str]),
    /// A call to action: (message, path).
    Link(&'static str, &'static str),
    /// Where to turn instead, with their links.
    Elsewhere,
}

#[component]
pub fn Prose(title: &'static str, blocks: &'static [Block]) -> impl IntoView {
    let i18n = use_i18n();
    let offer = use_offer();
    let t = move |id: &'static str| move || offer.with(|offer| i18n.t_args(id, limit_args(offer)));
    let items = |ids: &'static [&'static str]| {
        ids.iter()
            .map(|id| view! { <li>{t(id)}</li> })
            .collect_view()
    };
    let body = blocks
        .iter()
        .map(|block| match block {
            Block::Lead(id) => view! { <p class="lead">{t(id)}</p> }.into_any(),
            Block::H2(id) => view! { <h2>{t(id)}</h2> }.into_any(),
            Block::P(id) => view! { <p>{t(id)}</p> }.into_any(),
            Block::List(ids) => view! { <ul class="bullets">{items(ids)}</ul> }.into_any(),
            Block::Steps(ids) => view! { <ol class="bullets">{items(ids)}</ol> }.into_any(),
            Block::Link(id, path) => view! {
                <p class="actions"><A href=*path attr:class="button primary">{t(id)}</A></p>
            }
            .into_any(),
            Block::Elsewhere => view! { <Alternatives/> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="wrap page narrow prose">
            <h1>{t(title)}</h1>
            {body}
        </div>
    }
}

use Block::*;

#[component]
pub fn WhoCanApply() -> impl IntoView {
    const BLOCKS: &[Block] = &[
        Lead("elig-lead"),
        H2("elig-yes-title"),
        List(&[
            "elig-yes-association",
            "elig-yes-foundation",
            "elig-yes-union",
            "elig-yes-club",
            "elig-yes-informal",
        ]),
        H2("elig-conditions-title"),
        List(&["elig-conditions-french", "elig-conditions-size"]),
        H2("elig-case-title"),
        P("elig-case-p1"),
        H2("elig-no-title"),
        List(&[
            "elig-no-company",
            "elig-no-school",
            "elig-no-administration",
            "elig-no-individual",
        ]),
        P("elig-no-why"),
        H2("elig-alternatives-title"),
        Elsewhere,
        H2("elig-identifiers-title"),
        P("elig-identifiers-p1"),
        P("elig-identifiers-p2"),
        H2("elig-selection-title"),
        P("elig-selection-p1"),
        P("elig-selection-p2"),
        Link("home-cta", "/apply"),
    ];
    view! { <Prose title="elig-title" blocks=BLOCKS/> }
}

#[component]
pub fn About() -> impl IntoView {
    const BLOCKS: &[Block] = &[
        Lead("about-lead"),
        P("about-p1"),
        P("about-p2"),
        H2("about-steps-title"),
        Steps(&["about-step1", "about-step2", "about-step3", "about-step4"]),
        H2("about-phases-title"),
        P("about-phases-p1"),
        P("about-phases-p2"),
        H2("about-funding-title"),
        P("about-funding-p1"),
    ];
    view! { <Prose title="about-title" blocks=BLOCKS/> }
}
