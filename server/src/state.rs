//! What every request handler can reach.

use crate::config::{Config, PublicUrl};
use crate::store::Store;
use app::api::Services;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub public_url: PublicUrl,
    pub store: Store,
    /// The services behind the server functions, handed to each call as Leptos context.
    pub services: Services,
}
