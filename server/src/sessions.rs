//! The session cookie and the client address, read from the request a server function
//! answers (leptos_axum puts its `Parts` in context) and written through `ResponseOptions`.

use crate::store::accounts::{self, AccountRow};
use crate::store::DbFailure;
use app::api::ApiError;
use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;
use std::net::{IpAddr, SocketAddr};

/// A session ends after this long without a request…
pub const IDLE_SECONDS: i64 = 60 * 60;
/// …and after this long in any case.
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;

/// Over https the cookie gets the `__Host-` prefix: Secure, Path=/ and no Domain, enforced by
/// the browser.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-traces_session"
    } else {
        "traces_session"
    }
}

fn parts() -> Result<Parts, ApiError> {
    use_context::<Parts>().ok_or_else(|| {
        tracing::error!("no request parts in context");
        ApiError::Internal
    })
}

/// The session id the browser sent, if any.
pub fn session_id(secure: bool) -> Result<Option<String>, ApiError> {
    let parts = parts()?;
    let name = cookie_name(secure);
    Ok(parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
        .filter(|value| crate::secrets::looks_like_token(value)))
}

/// The address of the client, for per-address limits. Behind a reverse proxy this is the
/// proxy's; the deployment issue decides whether to trust `X-Forwarded-For`.
pub fn client_ip() -> Result<IpAddr, ApiError> {
    let parts = parts()?;
    Ok(parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0])))
}

fn set_cookie(value: String) -> Result<(), ApiError> {
    let response = use_context::<ResponseOptions>().ok_or(ApiError::Internal)?;
    let value = HeaderValue::from_str(&value).map_err(|_| ApiError::Internal)?;
    response.append_header(header::SET_COOKIE, value);
    Ok(())
}

pub fn start(id: &str, secure: bool) -> Result<(), ApiError> {
    let secure_attr = if secure { "; Secure" } else { "" };
    set_cookie(format!(
        "{}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={ABSOLUTE_SECONDS}{secure_attr}",
        cookie_name(secure)
    ))
}

pub fn clear(secure: bool) -> Result<(), ApiError> {
    let secure_attr = if secure { "; Secure" } else { "" };
    set_cookie(format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure_attr}",
        cookie_name(secure)
    ))
}

/// The account of the request's session and the session's hash, if the browser sent a session
/// cookie that is still valid at `now`. Ends sessions that are idle or too old, and refreshes
/// the idle timer at most once a minute. Every service that needs the logged-in person calls
/// this one function.
pub(crate) async fn current_account(
    conn: &mut sqlx::SqliteConnection,
    now: i64,
    secure: bool,
) -> Result<Option<(AccountRow, String)>, ApiError> {
    let Some(id) = session_id(secure)? else {
        return Ok(None);
    };
    let id_hash = crate::secrets::token_hash(&id);
    let Some(accounts::SessionRow {
        account,
        session_created_at: created_at,
        session_last_seen_at: last_seen_at,
    }) = accounts::session_with_account(conn, &id_hash)
        .await
        .map_err(storage)?
    else {
        return Ok(None);
    };
    if now - last_seen_at >= IDLE_SECONDS || now - created_at >= ABSOLUTE_SECONDS {
        if let Err(err) = accounts::delete_session(conn, &id_hash).await {
            // Ended all the same: the row is read as ended until a later visit deletes it.
            bookkeeping(conn, err)?;
        }
        return Ok(None);
    }
    // One write a minute is enough to keep the idle timer honest.
    if now - last_seen_at >= 60 {
        if let Err(err) = accounts::touch_session(conn, &id_hash, now).await {
            // The next request tries again.
            bookkeeping(conn, err)?;
        }
    }
    Ok(Some((account, id_hash)))
}

/// [`current_account`] as an instance sees it: the demo people of the training instance are
/// nobody on production, so a persona's session never acts there.
pub(crate) async fn current_account_on(
    conn: &mut sqlx::SqliteConnection,
    instance: app::domain::Instance,
    now: i64,
    secure: bool,
) -> Result<Option<(AccountRow, String)>, ApiError> {
    Ok(current_account(conn, now, secure)
        .await?
        .filter(|(account, _)| !account.demo || instance.is_training()))
}

/// The id of the person logged in on `instance`, or `Unauthenticated`: what every service of an
/// instance asks first.
pub(crate) async fn logged_in(
    store: &crate::store::Store,
    instance: app::domain::Instance,
    now: i64,
    secure: bool,
) -> Result<i64, ApiError> {
    let mut conn = store.connection().await.map_err(storage)?;
    current_account_on(&mut conn, instance, now, secure)
        .await?
        .map(|(account, _)| account.id)
        .ok_or(ApiError::Unauthenticated)
}

/// Opens a session for `account_id` on the caller's transaction, ending the one the browser
/// came with: a session id planted before a login is worth nothing after it. Returns the new
/// id, for [`start`] once the transaction is committed.
pub(crate) async fn replace(
    conn: &mut sqlx::SqliteConnection,
    account_id: i64,
    now: i64,
    secure: bool,
) -> Result<String, ApiError> {
    if let Some(old) = session_id(secure)? {
        accounts::delete_session(conn, &crate::secrets::token_hash(&old))
            .await
            .map_err(storage)?;
    }
    let session_id = crate::secrets::random_token();
    accounts::insert_session(
        conn,
        &crate::secrets::token_hash(&session_id),
        account_id,
        now,
    )
    .await
    .map_err(storage)?;
    Ok(session_id)
}

/// A write that only keeps sessions tidy, made while a person reads: when the storage takes
/// no writes (disk full, read-only), the page is still shown, so reading works while saving
/// cannot. Inside a write transaction the error stands: SQLite may have rolled the whole
/// transaction back, and what follows must not run as if it had not.
fn bookkeeping(conn: &sqlx::SqliteConnection, err: sqlx::Error) -> Result<(), ApiError> {
    use sqlx::Connection;
    match DbFailure::from(err) {
        DbFailure::Storage { fault, source } if !conn.is_in_transaction() => {
            tracing::warn!(%fault, err = %source, "sessions: session not updated, the storage takes no writes");
            Ok(())
        }
        DbFailure::Storage { source, .. } | DbFailure::Other(source) => Err(storage(source)),
    }
}

fn storage(err: sqlx::Error) -> ApiError {
    crate::services::storage_error("sessions", err)
}
