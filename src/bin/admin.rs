//! The reviewers' area, under `/admin`: a bundle of its own, so that the
//! public site's visitors never download it.

fn main() {
    portal::launch(portal::app::Admin);
}
