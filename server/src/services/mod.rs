//! Implementations of the service traits declared in `app::api`, one file per feature.

mod preferences;
mod system;

use crate::store::Store;
use app::api::Services;
use std::sync::Arc;

pub use preferences::CookiePreferences;
pub use system::StoreSystemService;

/// All services, wired to one store.
pub fn build(store: Store, test_mode: bool, secure_cookies: bool) -> Services {
    Services {
        system: Arc::new(StoreSystemService::new(store, test_mode)),
        preferences: Arc::new(CookiePreferences::new(secure_cookies)),
    }
}
