//! EU Login: sign-up, the e-mailed password link, login and sessions, the account page.
//! Shared by both TRACES NT instances.

use super::ApiError;
use crate::domain::{Language, SignUpInput};
use crate::i18n::Message;
use leptos::server;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

/// A captcha challenge for the "Code" field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Captcha {
    pub id: String,
    /// `data:image/svg+xml;base64,…`, for an `<img src>`.
    pub image: String,
    /// Only with `TRACES_TEST_MODE`: the answer, for browser tests (`data-code` on the image).
    pub test_code: Option<String>,
}

/// After "Create an account".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignUpDone {
    pub email: String,
}

/// What an e-mailed link is for, shown on its confirmation page before anything is used up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkPurpose {
    SetPassword,
    ConfirmEmail,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkInfo {
    pub purpose: LinkPurpose,
    pub username: String,
    pub first_name: String,
    /// For `ConfirmEmail`: the address that will become the login.
    pub new_email: Option<String>,
}

/// zxcvbn's judgement of a password, for the strength meter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strength {
    /// 0 (very weak) to 4 (very strong); 3 and more is accepted.
    pub score: u8,
    pub acceptable: bool,
    /// A hint to make it stronger, or why it is refused.
    pub hint: Option<Message>,
}

/// The person logged in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub email_language: Language,
    pub ui_language: Language,
    /// A person of the training demo, shared by the whole room: their details stay as seeded.
    #[serde(default)]
    pub shared_demo_person: bool,
}

/// The account page's editable details.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileInput {
    pub first_name: String,
    pub last_name: String,
    pub email_language: String,
    pub ui_language: String,
}

/// The minutes an e-mailed link stays valid, as the letter says.
pub const LINK_VALID_MINUTES: u32 = 90;

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait EuLoginService: Send + Sync {
    async fn new_captcha(&self) -> Result<Captcha, ApiError>;
    async fn sign_up(&self, input: SignUpInput) -> Result<SignUpDone, ApiError>;
    async fn request_password_link(
        &self,
        email: String,
        captcha_id: String,
        captcha_answer: String,
    ) -> Result<(), ApiError>;
    async fn check_link(&self, token: String) -> Result<LinkInfo, ApiError>;
    async fn password_strength(&self, password: String) -> Result<Strength, ApiError>;
    async fn set_password(
        &self,
        token: String,
        password: String,
        confirmation: String,
    ) -> Result<(), ApiError>;
    async fn confirm_email(&self, token: String) -> Result<(), ApiError>;
    async fn login(&self, email: String, password: String) -> Result<CurrentUser, ApiError>;
    async fn logout(&self) -> Result<(), ApiError>;
    async fn current_user(&self) -> Result<Option<CurrentUser>, ApiError>;
    async fn update_profile(&self, input: ProfileInput) -> Result<CurrentUser, ApiError>;
    async fn change_password(
        &self,
        current: String,
        password: String,
        confirmation: String,
    ) -> Result<(), ApiError>;
    async fn request_email_change(
        &self,
        new_email: String,
        confirmation: String,
    ) -> Result<(), ApiError>;
}

#[cfg(feature = "ssr")]
fn eulogin() -> Result<std::sync::Arc<dyn EuLoginService>, ApiError> {
    Ok(super::services()?.eulogin)
}

/// A new captcha ("show a different code" asks again).
#[server(endpoint = "eulogin/captcha")]
pub async fn new_captcha() -> Result<Captcha, ApiError> {
    eulogin()?.new_captcha().await
}

/// "Create an account": stores the account and e-mails the link to set the password. Answers
/// the same whether or not the e-mail was already registered.
#[server(endpoint = "eulogin/sign_up", input = Json)]
pub async fn sign_up(input: SignUpInput) -> Result<SignUpDone, ApiError> {
    eulogin()?.sign_up(input).await
}

/// "Lost your password?" and "send the e-mail again": a new link, if the address is registered;
/// the answer never says whether it is.
#[server(endpoint = "eulogin/password_link", input = Json)]
pub async fn request_password_link(
    email: String,
    captcha_id: String,
    captcha_answer: String,
) -> Result<(), ApiError> {
    eulogin()?
        .request_password_link(email, captcha_id, captcha_answer)
        .await
}

/// What a link is for. Opening a link uses nothing up: mail scanners open links too.
#[server(endpoint = "eulogin/check_link", input = Json)]
pub async fn check_link(token: String) -> Result<LinkInfo, ApiError> {
    eulogin()?.check_link(token).await
}

#[server(endpoint = "eulogin/password_strength", input = Json)]
pub async fn password_strength(password: String) -> Result<Strength, ApiError> {
    eulogin()?.password_strength(password).await
}

/// Sets the password from an e-mailed link; the link is used up.
#[server(endpoint = "eulogin/set_password", input = Json)]
pub async fn set_password(
    token: String,
    password: String,
    confirmation: String,
) -> Result<(), ApiError> {
    eulogin()?.set_password(token, password, confirmation).await
}

/// Confirms a new e-mail address from the link sent to it; the link is used up.
#[server(endpoint = "eulogin/confirm_email", input = Json)]
pub async fn confirm_email(token: String) -> Result<(), ApiError> {
    eulogin()?.confirm_email(token).await
}

#[server(endpoint = "eulogin/login", input = Json)]
pub async fn login(email: String, password: String) -> Result<CurrentUser, ApiError> {
    eulogin()?.login(email, password).await
}

#[server(endpoint = "eulogin/logout", input = Json)]
pub async fn logout() -> Result<(), ApiError> {
    eulogin()?.logout().await
}

/// The person logged in, if any.
#[server(endpoint = "eulogin/me", input = Json)]
pub async fn who_am_i() -> Result<Option<CurrentUser>, ApiError> {
    eulogin()?.current_user().await
}

#[server(endpoint = "eulogin/update_profile", input = Json)]
pub async fn update_profile(input: ProfileInput) -> Result<CurrentUser, ApiError> {
    eulogin()?.update_profile(input).await
}

/// Changes the password; the current one is required and every other session ends.
#[server(endpoint = "eulogin/change_password", input = Json)]
pub async fn change_password(
    current: String,
    password: String,
    confirmation: String,
) -> Result<(), ApiError> {
    eulogin()?
        .change_password(current, password, confirmation)
        .await
}

/// Sends a confirmation link to the new address; the login changes when it is followed. An
/// address of the training demo is refused while the account holds or awaits anything on
/// production (checked again on the confirmation): anyone can read the demo's mail.
#[server(endpoint = "eulogin/request_email_change", input = Json)]
pub async fn request_email_change(new_email: String, confirmation: String) -> Result<(), ApiError> {
    eulogin()?
        .request_email_change(new_email, confirmation)
        .await
}
