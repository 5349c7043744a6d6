//! The tables of figures of the site and the reviewers' area: a caption
//! (visible, or for screen readers only when the heading above says the
//! same), one header cell per column, and the rows the page gives. A wide
//! table scrolls sideways on a phone instead of overflowing the page.

use leptos::prelude::*;

/// A column's header. A column of buttons or boxes has a header read by
/// screen readers only.
pub struct Column {
    pub label: String,
    pub hidden: bool,
}

impl Column {
    pub fn new(label: String) -> Column {
        Column {
            label,
            hidden: false,
        }
    }

    pub fn hidden(label: String) -> Column {
        Column {
            label,
            hidden: true,
        }
    }
}

#[component]
pub fn DataTable(
    caption: String,
    /// The caption for screen readers only.
    #[prop(optional)]
    caption_hidden: bool,
    /// The table's class (`figures`, `figures wide`, `queue`).
    class: &'static str,
    /// In a box that scrolls sideways.
    #[prop(optional)]
    scroll: bool,
    columns: Vec<Column>,
    children: Children,
) -> impl IntoView {
    let headers = columns
        .into_iter()
        .map(|column| {
            if column.hidden {
                view! { <th scope="col"><span class="visually-hidden">{column.label}</span></th> }
                    .into_any()
            } else {
                view! { <th scope="col">{column.label}</th> }.into_any()
            }
        })
        .collect_view();
    let table = view! {
        <table class=class>
            <caption class:visually-hidden=caption_hidden>{caption}</caption>
            <thead><tr>{headers}</tr></thead>
            <tbody>{children()}</tbody>
        </table>
    };
    if scroll {
        view! { <div class="table-scroll">{table}</div> }.into_any()
    } else {
        table.into_any()
    }
}
