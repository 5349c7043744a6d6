//! The reviewers' area, under `/admin`: a bundle of its own, so that the
//! public site's visitors never download it. It starts with every text.

fn main() {
    portal::launch(portal::app::Admin, portal::i18n::ALL_TEXTS, None);
}
