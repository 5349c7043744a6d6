//! Code a page draws with only once it is needed (a request found, a
//! survey opened): in a chunk of its own when the app is split, asked for
//! once, beside the data it will draw, so that the page's first form comes
//! without it.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

/// How the code is fetched: the chunk's function (`lazy`), or the function
/// itself in an app built in one piece. `None` if it could not come.
pub type FetchCode<D> = fn() -> Pin<Box<dyn Future<Output = Option<D>>>>;

pub struct Later<D: Send + Sync + 'static> {
    /// The code, once it is there (reactive).
    pub draw: RwSignal<Option<D>>,
    asked: RwSignal<bool>,
    fetch: FetchCode<D>,
}

impl<D: Send + Sync + 'static> Clone for Later<D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<D: Send + Sync + 'static> Copy for Later<D> {}

impl<D: Copy + Send + Sync + 'static> Later<D> {
    pub fn new(fetch: FetchCode<D>) -> Self {
        Later {
            draw: RwSignal::new(None),
            asked: RwSignal::new(false),
            fetch,
        }
    }

    pub fn ready(self) -> bool {
        self.draw.with_untracked(Option::is_some)
    }

    /// Fetches the code unless it is there or on its way: `arrived` once it
    /// is there, `missing` if it could not come (it can be asked again).
    pub fn fetch(self, arrived: impl FnOnce() + 'static, missing: impl FnOnce() + 'static) {
        if self.asked.get_untracked() {
            return;
        }
        self.asked.set(true);
        leptos::task::spawn_local(async move {
            match (self.fetch)().await {
                Some(draw) => {
                    self.draw.set(Some(draw));
                    arrived();
                }
                None => {
                    self.asked.set(false);
                    missing();
                }
            }
        });
    }
}
