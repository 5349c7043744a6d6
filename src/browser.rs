//! Thin, panic-free wrappers over the browser APIs the app uses. Outside a
//! browser (native unit tests) they do nothing.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn local_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn local_set(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

pub fn local_remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn set_html_lang(lang: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Moves the keyboard focus to the first element matching `selector`, making
/// it focusable by script if it is not (headings, summaries).
pub fn focus(selector: &str) -> bool {
    let Some(element) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return false;
    };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    match element.dyn_into::<web_sys::HtmlElement>() {
        Ok(element) => {
            let _ = element.focus();
            element.scroll_into_view();
            true
        }
        Err(_) => false,
    }
}

/// The text of the first element matching `selector`, if any.
pub fn text_of(selector: &str) -> Option<String> {
    document()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .text_content()
}

/// Whether the browser has shown something of the page yet (its first
/// contentful paint).
pub fn painted() -> bool {
    web_sys::window()
        .and_then(|w| w.performance())
        .is_some_and(|p| {
            p.get_entries_by_name_with_entry_type("first-contentful-paint", "paint")
                .length()
                > 0
        })
}

/// The fragment of the current URL, without `#`.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Moves the focus `by` places among the elements `selector` names (to the
/// first one when none has it).
pub fn focus_among(selector: &str, by: i32) {
    let Some(document) = document() else {
        return;
    };
    let Ok(links) = document.query_selector_all(selector) else {
        return;
    };
    let active = document.active_element();
    let count = links.length();
    if count == 0 {
        return;
    }
    let at = (0..count).find(|&i| {
        links
            .get(i)
            .zip(active.as_ref())
            .is_some_and(|(link, active)| link.is_same_node(Some(active)))
    });
    let next = match at {
        Some(i) => (i64::from(i) + i64::from(by)).clamp(0, i64::from(count) - 1),
        None => 0,
    };
    if let Some(link) = u32::try_from(next)
        .ok()
        .and_then(|n| links.get(n))
        .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}

/// Clicks the element `selector` names, if there is one (a link, a button).
pub fn click(selector: &str) -> bool {
    document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|e| e.click())
        .is_some()
}

/// Runs `f` after the next paint, when the new view is in the DOM.
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(f);
}

/// A random identifier (UUID v4) from the browser's cryptographic generator.
pub fn random_id() -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    Some(crypto.random_uuid())
}

pub fn copy_to_clipboard(text: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().clipboard().write_text(text);
    }
}

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Offers `text` as a file download named `name`, of type `mime`.
pub fn download_text(name: &str, mime: &str, text: &str) {
    download(name, mime, &wasm_bindgen::JsValue::from_str(text));
}

/// Offers `bytes` (a spreadsheet) as a download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    download(name, mime, &js_sys::Uint8Array::from(bytes).into());
}

fn download(name: &str, mime: &str, part: &wasm_bindgen::JsValue) {
    let Some(document) = document() else { return };
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(anchor) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The text of the file chosen in the file input `selector`.
pub async fn chosen_file_text(selector: &str) -> Option<String> {
    let input = document()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

pub fn session_set(key: &str, value: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(key, value);
    }
}

/// Replaces the current URL without a navigation or a history entry, after
/// the router has recorded the navigation in progress (so that it does not
/// put the old URL back).
pub fn replace_url(url: &str) {
    let url = url.to_owned();
    after_render(move || {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    });
}

/// `https://host:port` of the page.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

pub fn session_remove(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}

/// Marks the document as starting: the app is drawn but hidden, the static
/// page shown (the style sheet's `.booting`).
pub fn set_booting(on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if on {
            root.class_list().add_1("booting")
        } else {
            root.class_list().remove_1("booting")
        };
    }
}

pub fn is_booting() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.class_list().contains("booting"))
}
