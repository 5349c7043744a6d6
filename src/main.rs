//! The public site: the offer, the FAQ, the pre-registration wizard, the
//! status page and the feedback surveys.

fn main() {
    portal::launch(portal::app::App);
}
