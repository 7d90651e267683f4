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
    #[error("{0} is an address of the training demo ({domain}): its mail stays in the demo mailbox, which anyone can read, so anyone could take the account over with a password link. A Commission user of production needs their own address: the person changes the account's e-mail on the EU Login account page first, then run this command with the new address", domain = crate::training::world::DEMO_DOMAIN)]
    DemoAddress(String),
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
    // One write transaction: an e-mail change confirmed meanwhile is either seen here or sees
    // the Commission role (`training::email_change_refused`).
    let mut tx = store.begin_write().await.map_err(storage)?;
    let account = accounts::account_by_email(&mut tx, &email.normalized())
        .await
        .map_err(storage)?
        .ok_or_else(|| AdminError::NoAccount(email.as_str().to_owned()))?;
    // The rule of the production request forms (`training::posts_refused`); on training a
    // demo address is fine.
    if crate::training::posts_refused(instance, &account.email).is_some() {
        return Err(AdminError::DemoAddress(account.email));
    }
    let added = grant_commission(&mut tx, instance, account.id, now)
        .await
        .map_err(|_| AdminError::Storage)?;
    tx.commit().await.map_err(storage)?;
    Ok(if added {
        Granted::Now
    } else {
        Granted::Already
    })
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
