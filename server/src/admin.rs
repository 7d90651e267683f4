//! `server admin …`: grants made from the server's command line, where there is nobody yet to
//! grant them in the browser (the first Commission user of an instance, trainers).

use crate::services::grant_commission;
use crate::store::{accounts, Store};
use app::domain::{Email, Instance};

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("{0}")]
    Email(String),
    #[error("there is no EU Login account with the e-mail address {0}: the person signs up first (\"Create an account\" and the e-mailed link), then run this command again")]
    NoAccount(String),
    #[error("the database could not be read or written; see the log above")]
    Storage,
}

/// What `create-commission-user` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Granted {
    Now,
    Already,
}

/// Makes the EU Login account with this e-mail a Commission user of the instance.
pub async fn create_commission_user(
    store: &Store,
    instance: Instance,
    email: &str,
    now: i64,
) -> Result<Granted, AdminError> {
    let email = Email::parse(email, "label-email").map_err(|e| AdminError::Email(e.to_string()))?;
    let mut conn = store.connection().await.map_err(storage)?;
    let account = accounts::account_by_email(&mut conn, &email.normalized())
        .await
        .map_err(storage)?
        .ok_or_else(|| AdminError::NoAccount(email.as_str().to_owned()))?;
    drop(conn);
    match grant_commission(store, instance, account.id, now).await {
        Ok(true) => Ok(Granted::Now),
        Ok(false) => Ok(Granted::Already),
        Err(_) => Err(AdminError::Storage),
    }
}

/// Gives the EU Login account with this e-mail the trainer role (training instance only).
pub async fn grant_trainer(store: &Store, email: &str, now: i64) -> Result<Granted, AdminError> {
    let email = Email::parse(email, "label-email").map_err(|e| AdminError::Email(e.to_string()))?;
    let mut tx = store.begin_write().await.map_err(storage)?;
    let account = accounts::account_by_email(&mut tx, &email.normalized())
        .await
        .map_err(storage)?
        .ok_or_else(|| AdminError::NoAccount(email.as_str().to_owned()))?;
    let added = crate::store::training::add_trainer(&mut tx, account.id, now)
        .await
        .map_err(storage)?;
    tx.commit().await.map_err(storage)?;
    Ok(if added {
        Granted::Now
    } else {
        Granted::Already
    })
}

fn storage(err: sqlx::Error) -> AdminError {
    tracing::error!(%err, "admin: storage failure");
    AdminError::Storage
}
