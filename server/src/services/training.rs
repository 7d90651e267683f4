//! `TrainingService`: the personas of the training welcome page, "log in as", and the reset
//! of the training instance (trainers only).

use crate::clock::SharedClock;
use crate::directory::ImportError;
use crate::sessions;
use crate::store::accounts;
use crate::store::training as store;
use crate::store::Store;
use crate::training::{self, world::PERSONAS, TrainingError};
use app::api::eulogin::CurrentUser;
use app::api::training::{Persona, ResetDone, TrainingPage, TrainingService};
use app::api::ApiError;
use app::domain::Instance;
use app::i18n::Message;

pub struct Training {
    store: Store,
    clock: SharedClock,
    secure_cookies: bool,
}

impl Training {
    pub fn new(store: Store, clock: SharedClock, secure_cookies: bool) -> Self {
        Self {
            store,
            clock,
            secure_cookies,
        }
    }

    /// The logged-in account, as the training instance sees it.
    async fn account_id(&self) -> Result<Option<i64>, ApiError> {
        let mut conn = self.store.connection().await.map_err(internal)?;
        Ok(sessions::current_account_on(
            &mut conn,
            Instance::Training,
            self.clock.now(),
            self.secure_cookies,
        )
        .await?
        .map(|(account, _)| account.id))
    }
}

fn internal(err: sqlx::Error) -> ApiError {
    super::storage_error("training", err)
}

fn broken(what: impl std::fmt::Display) -> ApiError {
    super::internal_error("training", what)
}

#[async_trait::async_trait]
impl TrainingService for Training {
    async fn info(&self) -> Result<TrainingPage, ApiError> {
        let me = self.account_id().await?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        let rows = store::personas(&mut conn).await.map_err(internal)?;
        let personas = rows
            .into_iter()
            .filter_map(|row| {
                let spec = PERSONAS.iter().find(|p| p.key == row.key)?;
                Some(Persona {
                    key: row.key,
                    name: format!("{} {}", row.first_name, row.last_name),
                    email: row.email,
                    role: Message::new(spec.role),
                    description: Message::new(spec.description),
                })
            })
            .collect();
        let trainer = match me {
            Some(id) => store::is_trainer(&mut conn, id).await.map_err(internal)?,
            None => false,
        };
        Ok(TrainingPage {
            personas,
            trainer,
            last_reset_at: store::last_reset(&mut conn).await.map_err(internal)?,
        })
    }

    async fn log_in_as(&self, persona: String) -> Result<CurrentUser, ApiError> {
        let now = self.clock.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let account = match store::persona_account(&mut tx, persona.trim())
            .await
            .map_err(internal)?
        {
            Some(id) => accounts::account_by_id(&mut tx, id)
                .await
                .map_err(internal)?
                .filter(|account| account.demo),
            None => None,
        }
        .ok_or_else(|| ApiError::NotFound(Message::new("error-persona-unknown")))?;
        // As at every login: a new session id.
        let session_id = sessions::replace(&mut tx, account.id, now, self.secure_cookies).await?;
        tx.commit().await.map_err(internal)?;
        sessions::start(&session_id, self.secure_cookies)?;
        Ok(super::eulogin::current_user(&account))
    }

    async fn reset(&self) -> Result<ResetDone, ApiError> {
        let me = self.account_id().await?.ok_or(ApiError::Unauthenticated)?;
        let mut conn = self.store.connection().await.map_err(internal)?;
        if !store::is_trainer(&mut conn, me).await.map_err(internal)? {
            return Err(ApiError::Forbidden);
        }
        drop(conn);
        let started = std::time::Instant::now();
        let seeded = training::reset(&self.store, Some(me), self.clock.now())
            .await
            .map_err(|err| match err {
                TrainingError::Query(source)
                | TrainingError::Directory(ImportError::Query(source)) => internal(source),
                other => broken(other),
            })?;
        Ok(ResetDone {
            organisations: seeded.organisations as u32,
            requests: seeded.requests as u32,
            accounts_kept: seeded.accounts_kept as u32,
            took_ms: started.elapsed().as_millis().min(u128::from(u32::MAX)) as u32,
        })
    }
}
