//! A button that asks before acting: it opens a modal dialog saying what
//! will happen, with the action and "cancel" (Escape cancels too, and the
//! focus goes back to the button, as the browser's dialog does).

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn ConfirmButton(
    /// A unique name, for the dialog's ids.
    name: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// The dialog's button that acts.
    #[prop(into)]
    confirm: Signal<String>,
    on_confirm: Callback<()>,
    #[prop(default = "button secondary")] class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    let open = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let act = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        on_confirm.run(());
    };
    let title_id = format!("{name}-title");
    let text_id = format!("{name}-text");
    view! {
        <button type="button" class=class id=format!("{name}-button") aria-haspopup="dialog" on:click=open>{label}</button>
        <dialog node_ref=dialog class="confirm" aria-labelledby=title_id.clone() aria-describedby=text_id.clone()>
            <h2 id=title_id.clone()>{title}</h2>
            <p id=text_id.clone()>{text}</p>
            <form method="dialog" class="actions">
                <button type="button" class="button primary" on:click=act>{confirm}</button>
                <button type="submit" class="button secondary" autofocus=true>{move || i18n.t("common-cancel")}</button>
            </form>
        </dialog>
    }
}
