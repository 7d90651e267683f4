//! `SystemService`: version and schema, from the store.

use crate::store::{Store, StoreError};
use app::api::system::{SystemService, SystemStatus};
use app::api::ApiError;

pub struct StoreSystemService {
    store: Store,
    test_mode: bool,
}

impl StoreSystemService {
    pub fn new(store: Store, test_mode: bool) -> Self {
        Self { store, test_mode }
    }
}

#[async_trait::async_trait]
impl SystemService for StoreSystemService {
    async fn status(&self) -> Result<SystemStatus, ApiError> {
        let schema_version = self.store.schema_version().await.map_err(|err| match err {
            StoreError::Query(err) => super::storage_error("system", err),
            other => super::internal_error("system", other),
        })?;
        Ok(SystemStatus {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version,
            test_mode: self.test_mode,
        })
    }
}
