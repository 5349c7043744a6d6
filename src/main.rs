//! The public site: the offer, the FAQ, the pre-registration wizard, the
//! status page and the feedback surveys. Split (as index.html builds it), it
//! starts with the home page's code and French texts, and the other pages come in
//! chunks (`lazy`); otherwise it is one bundle with every text.

fn main() {
    #[cfg(feature = "split")]
    portal::launch(
        portal::app::App,
        portal::i18n::Texts {
            fr: portal::i18n::SITE_TEXTS.fr,
            en: &[],
        },
        Some(portal::lazy::fetch_texts),
    );
    #[cfg(not(feature = "split"))]
    portal::launch(portal::app::App, portal::i18n::ALL_TEXTS, None);
}
