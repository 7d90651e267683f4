//! `EuLoginService`: sign-up, e-mailed links, login, sessions and the account page.

use crate::captcha;
use crate::clock::SharedClock;
use crate::mail::templates::{self, Rendered};
use crate::mail::{Outbox, OutgoingMail};
use crate::rate_limit::FailureLimiter;
use crate::secrets;
use crate::sessions;
use crate::store::accounts::{self, AccountRow, NewAccount, TokenRow};
use crate::store::Store;
use app::api::eulogin::{
    Captcha, CurrentUser, EuLoginService, LinkInfo, LinkPurpose, ProfileInput, SignUpDone,
    Strength, LINK_VALID_MINUTES,
};
use app::api::{ApiError, FieldError};
use app::domain::signup::field;
use app::domain::{
    check_new_password, Email, Language, NamePart, PasswordError, PersonName, SignUpInput,
};
use app::i18n::Message;
use sqlx::SqliteConnection;

/// Failed logins before an account locks, and for how long.
pub const LOCK_AFTER_FAILURES: i64 = 5;
pub const LOCK_SECONDS: i64 = 15 * 60;
/// Failed logins from one address within a window, whatever the accounts.
pub const ADDRESS_FAILURES: u32 = 20;
pub const ADDRESS_WINDOW_SECONDS: i64 = 15 * 60;
const LINK_VALID_SECONDS: i64 = LINK_VALID_MINUTES as i64 * 60;

const PURPOSE_SET_PASSWORD: &str = "set_password";
const PURPOSE_CONFIRM_EMAIL: &str = "confirm_email";

pub struct EuLogin {
    store: Store,
    clock: SharedClock,
    outbox: Outbox,
    public_url: String,
    secure_cookies: bool,
    test_mode: bool,
    login_failures: FailureLimiter,
}

impl EuLogin {
    pub fn new(
        store: Store,
        clock: SharedClock,
        outbox: Outbox,
        public_url: String,
        secure_cookies: bool,
        test_mode: bool,
    ) -> Self {
        Self {
            store,
            clock,
            outbox,
            public_url,
            secure_cookies,
            test_mode,
            login_failures: FailureLimiter::new(ADDRESS_FAILURES, ADDRESS_WINDOW_SECONDS),
        }
    }

    fn now(&self) -> i64 {
        self.clock.now()
    }

    fn link(&self, page: &str, token: &str) -> String {
        format!("{}/eulogin/{page}?token={token}", self.public_url)
    }

    /// The logged-in account and its session hash, or `Unauthenticated`.
    async fn require_account(
        &self,
        conn: &mut SqliteConnection,
    ) -> Result<(AccountRow, String), ApiError> {
        self.session_account(conn)
            .await?
            .ok_or(ApiError::Unauthenticated)
    }

    /// The logged-in person's account, when its details are theirs to change. The training
    /// demo's people are shared by everyone in the room (anyone may "log in as" them): one
    /// trainee renaming the Commission, or changing its e-mail or password, would change it for
    /// all until the next reset.
    async fn require_own_account(
        &self,
        conn: &mut SqliteConnection,
    ) -> Result<(AccountRow, String), ApiError> {
        let (account, session) = self.require_account(conn).await?;
        own_details(&account)?;
        Ok((account, session))
    }

    async fn session_account(
        &self,
        conn: &mut SqliteConnection,
    ) -> Result<Option<(AccountRow, String)>, ApiError> {
        sessions::current_account(conn, self.now(), self.secure_cookies).await
    }

    async fn queue_mail(
        &self,
        conn: &mut SqliteConnection,
        to: &str,
        mail: Rendered,
        now: i64,
    ) -> Result<(), ApiError> {
        let mail = OutgoingMail {
            to: to.to_owned(),
            subject: mail.subject,
            body: mail.body,
        };
        crate::store::outbox::enqueue_mail(conn, &mail, now)
            .await
            .map_err(internal)?;
        Ok(())
    }

    /// A new set-password link for an account, superseding older ones, with its e-mail.
    async fn send_password_link(
        &self,
        conn: &mut SqliteConnection,
        account: &AccountRow,
        now: i64,
    ) -> Result<(), ApiError> {
        let token = secrets::random_token();
        accounts::insert_token(
            conn,
            account.id,
            PURPOSE_SET_PASSWORD,
            &secrets::token_hash(&token),
            None,
            now,
            now + LINK_VALID_SECONDS,
        )
        .await
        .map_err(internal)?;
        let lang = language(&account.email_language);
        let link = self.link("password", &token);
        let mail = if account.password_hash.is_none() {
            templates::set_password(
                lang,
                &account.first_name,
                &account.username,
                &link,
                LINK_VALID_MINUTES,
            )
        } else {
            templates::reset_password(lang, &account.first_name, &link, LINK_VALID_MINUTES)
        };
        self.queue_mail(conn, &account.email, mail, now).await
    }

    async fn check_captcha(&self, id: &str, answer: &str, now: i64) -> Result<(), ApiError> {
        let mut conn = self.store.connection().await.map_err(internal)?;
        captcha::consume(&mut conn, id, answer, now)
            .await
            .map_err(internal)?
            .map_err(|problem| ApiError::field(field::CAPTCHA, problem))
    }

    /// The link's token row, or the reason it no longer works.
    async fn usable_token(
        &self,
        conn: &mut SqliteConnection,
        token: &str,
    ) -> Result<TokenRow, ApiError> {
        let not_valid = || ApiError::NotFound(Message::new("error-link-not-valid"));
        if !secrets::looks_like_token(token) {
            return Err(not_valid());
        }
        let row = accounts::token_by_hash(conn, &secrets::token_hash(token))
            .await
            .map_err(internal)?
            .ok_or_else(not_valid)?;
        if row.used_at.is_some() {
            return Err(ApiError::Conflict(Message::new("error-link-used")));
        }
        if row.superseded_at.is_some() {
            return Err(ApiError::Conflict(Message::new("error-link-superseded")));
        }
        if self.now() >= row.expires_at {
            return Err(ApiError::Conflict(
                Message::new("error-link-expired").with("minutes", LINK_VALID_MINUTES),
            ));
        }
        Ok(row)
    }

    /// Length rules, then zxcvbn with the person's own details as known words.
    fn judge_password(password: &str, account: Option<&AccountRow>) -> Strength {
        let inputs: Vec<&str> = account
            .map(|a| {
                vec![
                    a.username.as_str(),
                    a.first_name.as_str(),
                    a.last_name.as_str(),
                    a.email.as_str(),
                ]
            })
            .unwrap_or_default();
        // zxcvbn's time grows with length; past the maximum the length rule refuses anyway.
        let judged: String = password.chars().take(app::domain::PASSWORD_MAX).collect();
        let entropy = zxcvbn::zxcvbn(&judged, &inputs);
        let score = u8::from(entropy.score());
        let long_enough = password.chars().count() >= app::domain::PASSWORD_MIN;
        let hint = entropy.feedback().and_then(|feedback| {
            feedback.warning().map(warning_message).or_else(|| {
                feedback
                    .suggestions()
                    .first()
                    .copied()
                    .map(suggestion_message)
            })
        });
        let hint = if !long_enough {
            Some(
                Message::new("error-password-too-short-hint")
                    .with("min", app::domain::PASSWORD_MIN),
            )
        } else {
            hint
        };
        Strength {
            score,
            acceptable: score >= 3 && long_enough,
            hint,
        }
    }

    /// All rules for a new password, as field errors of the form.
    fn validate_new_password(
        password: &str,
        confirmation: &str,
        account: &AccountRow,
    ) -> Result<(), ApiError> {
        check_new_password(password, confirmation).map_err(|err| {
            let field = if err == PasswordError::Mismatch {
                "confirmation"
            } else {
                "password"
            };
            ApiError::field(field, err)
        })?;
        let strength = Self::judge_password(password, Some(account));
        if !strength.acceptable {
            return Err(ApiError::field(
                "password",
                PasswordError::Weak(strength.hint),
            ));
        }
        Ok(())
    }
}

/// Refuses to change the details of a person of the training demo (see `require_own_account`):
/// whether logged in as them or through a password link sent to the demo mailbox.
fn own_details(account: &AccountRow) -> Result<(), ApiError> {
    if account.demo {
        return Err(ApiError::Conflict(Message::new("error-demo-person-shared")));
    }
    Ok(())
}

fn internal(err: sqlx::Error) -> ApiError {
    super::storage_error("EU Login", err)
}

fn broken(what: impl std::fmt::Display) -> ApiError {
    super::internal_error("EU Login", what)
}

/// zxcvbn's warning as a message of the catalogs (the crate words them in English only).
fn warning_message(warning: zxcvbn::feedback::Warning) -> Message {
    use zxcvbn::feedback::Warning as W;
    Message::new(match warning {
        W::StraightRowsOfKeysAreEasyToGuess => "error-password-straight-rows",
        W::ShortKeyboardPatternsAreEasyToGuess => "error-password-short-keyboard-patterns",
        W::RepeatsLikeAaaAreEasyToGuess => "error-password-repeats-aaa",
        W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "error-password-repeats-abcabc",
        W::ThisIsATop10Password => "error-password-top-10",
        W::ThisIsATop100Password => "error-password-top-100",
        W::ThisIsACommonPassword => "error-password-common",
        W::ThisIsSimilarToACommonlyUsedPassword => "error-password-similar-to-common",
        W::SequencesLikeAbcAreEasyToGuess => "error-password-sequences",
        W::RecentYearsAreEasyToGuess => "error-password-recent-years",
        W::AWordByItselfIsEasyToGuess => "error-password-single-word",
        W::DatesAreOftenEasyToGuess => "error-password-dates",
        W::NamesAndSurnamesByThemselvesAreEasyToGuess => "error-password-names-by-themselves",
        W::CommonNamesAndSurnamesAreEasyToGuess => "error-password-common-names",
    })
}

/// zxcvbn's suggestion as a message of the catalogs.
fn suggestion_message(suggestion: zxcvbn::feedback::Suggestion) -> Message {
    use zxcvbn::feedback::Suggestion as S;
    Message::new(match suggestion {
        S::UseAFewWordsAvoidCommonPhrases => "error-password-use-a-few-words",
        S::NoNeedForSymbolsDigitsOrUppercaseLetters => "error-password-no-need-for-symbols",
        S::AddAnotherWordOrTwo => "error-password-add-a-word",
        S::CapitalizationDoesntHelpVeryMuch => "error-password-capitalization",
        S::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "error-password-all-uppercase",
        S::ReversedWordsArentMuchHarderToGuess => "error-password-reversed-words",
        S::PredictableSubstitutionsDontHelpVeryMuch => "error-password-substitutions",
        S::UseALongerKeyboardPatternWithMoreTurns => "error-password-longer-keyboard-pattern",
        S::AvoidRepeatedWordsAndCharacters => "error-password-avoid-repeats",
        S::AvoidSequences => "error-password-avoid-sequences",
        S::AvoidRecentYears => "error-password-avoid-recent-years",
        S::AvoidYearsThatAreAssociatedWithYou => "error-password-avoid-your-years",
        S::AvoidDatesAndYearsThatAreAssociatedWithYou => "error-password-avoid-your-dates",
    })
}

fn language(code: &str) -> Language {
    Language::parse(code).unwrap_or_default()
}

pub(crate) fn current_user(account: &AccountRow) -> CurrentUser {
    CurrentUser {
        username: account.username.clone(),
        first_name: account.first_name.clone(),
        last_name: account.last_name.clone(),
        email: account.email.clone(),
        email_language: language(&account.email_language),
        ui_language: language(&account.ui_language),
        shared_demo_person: account.demo,
    }
}

async fn hash_password(password: String) -> Result<String, ApiError> {
    crate::passwords::hash(password).await.map_err(broken)
}

async fn verify_password(password: String, stored: String) -> Result<bool, ApiError> {
    crate::passwords::verify(password, stored)
        .await
        .map_err(broken)
}

#[async_trait::async_trait]
impl EuLoginService for EuLogin {
    async fn new_captcha(&self) -> Result<Captcha, ApiError> {
        let mut conn = self.store.connection().await.map_err(internal)?;
        captcha::create(&mut conn, self.now(), self.test_mode)
            .await
            .map_err(internal)
    }

    async fn sign_up(&self, input: SignUpInput) -> Result<SignUpDone, ApiError> {
        let signup = input.parse().map_err(ApiError::Validation)?;
        let now = self.now();
        // Used up before anything else, in its own statement: a failure further on must not
        // give the same picture another try.
        self.check_captcha(&signup.captcha_id, &signup.captcha_answer, now)
            .await?;

        let mut tx = self.store.begin_write().await.map_err(internal)?;
        if accounts::username_exists(&mut tx, signup.username.as_str())
            .await
            .map_err(internal)?
        {
            return Err(ApiError::field(
                field::USERNAME,
                Message::new("error-username-taken").with("username", signup.username.as_str()),
            ));
        }
        let normalized = signup.email.normalized();
        if let Some(existing) = accounts::account_by_email(&mut tx, &normalized)
            .await
            .map_err(internal)?
        {
            // Answer as for a new address; the owner gets a link to (re)set the password.
            self.send_password_link(&mut tx, &existing, now).await?;
        } else {
            let ui_language = Language::default();
            let id = accounts::insert_account(
                &mut tx,
                &NewAccount {
                    username: signup.username.as_str(),
                    first_name: signup.first_name.as_str(),
                    last_name: signup.last_name.as_str(),
                    email: signup.email.as_str(),
                    email_normalized: &normalized,
                    email_language: signup.email_language.code(),
                    ui_language: ui_language.code(),
                },
                now,
            )
            .await
            .map_err(internal)?;
            let account = accounts::account_by_id(&mut tx, id)
                .await
                .map_err(internal)?
                .ok_or(ApiError::Internal)?;
            self.send_password_link(&mut tx, &account, now).await?;
        }
        tx.commit().await.map_err(internal)?;
        self.outbox.wake();
        Ok(SignUpDone {
            email: signup.email.to_string(),
        })
    }

    async fn request_password_link(
        &self,
        email: String,
        captcha_id: String,
        captcha_answer: String,
    ) -> Result<(), ApiError> {
        let email = Email::parse(&email, "label-email").map_err(|e| ApiError::field("email", e))?;
        if captcha_answer.trim().is_empty() {
            return Err(ApiError::field(
                field::CAPTCHA,
                Message::new("error-captcha-empty"),
            ));
        }
        let now = self.now();
        self.check_captcha(&captcha_id, &captcha_answer, now)
            .await?;
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        if let Some(account) = accounts::account_by_email(&mut tx, &email.normalized())
            .await
            .map_err(internal)?
        {
            self.send_password_link(&mut tx, &account, now).await?;
        }
        tx.commit().await.map_err(internal)?;
        self.outbox.wake();
        Ok(())
    }

    async fn check_link(&self, token: String) -> Result<LinkInfo, ApiError> {
        let mut conn = self.store.connection().await.map_err(internal)?;
        let row = self.usable_token(&mut conn, &token).await?;
        let account = accounts::account_by_id(&mut conn, row.account_id)
            .await
            .map_err(internal)?
            .ok_or(ApiError::Internal)?;
        own_details(&account)?;
        Ok(LinkInfo {
            purpose: if row.purpose == PURPOSE_CONFIRM_EMAIL {
                LinkPurpose::ConfirmEmail
            } else {
                LinkPurpose::SetPassword
            },
            username: account.username,
            first_name: account.first_name,
            new_email: row.new_email,
        })
    }

    async fn password_strength(&self, password: String) -> Result<Strength, ApiError> {
        if password.chars().count() > app::domain::PASSWORD_MAX {
            return Ok(Strength {
                score: 0,
                acceptable: false,
                hint: Some(PasswordError::TooLong.into()),
            });
        }
        let mut conn = self.store.connection().await.map_err(internal)?;
        let account = self
            .session_account(&mut conn)
            .await?
            .map(|(account, _)| account);
        Ok(Self::judge_password(&password, account.as_ref()))
    }

    async fn set_password(
        &self,
        token: String,
        password: String,
        confirmation: String,
    ) -> Result<(), ApiError> {
        let mut conn = self.store.connection().await.map_err(internal)?;
        let row = self.usable_token(&mut conn, &token).await?;
        if row.purpose != PURPOSE_SET_PASSWORD {
            return Err(ApiError::BadRequest(Message::new(
                "error-link-not-for-password",
            )));
        }
        let account = accounts::account_by_id(&mut conn, row.account_id)
            .await
            .map_err(internal)?
            .ok_or(ApiError::Internal)?;
        drop(conn);
        own_details(&account)?;
        Self::validate_new_password(&password, &confirmation, &account)?;
        let hash = hash_password(password).await?;

        let now = self.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        if !accounts::use_token(&mut tx, row.id, now)
            .await
            .map_err(internal)?
        {
            // Used, superseded or expired since it was checked: say which.
            let mut conn = self.store.connection().await.map_err(internal)?;
            drop(tx);
            return Err(self
                .usable_token(&mut conn, &token)
                .await
                .err()
                .unwrap_or(ApiError::Internal));
        }
        accounts::set_password_hash(&mut tx, account.id, &hash, now)
            .await
            .map_err(internal)?;
        accounts::delete_other_sessions(&mut tx, account.id, None)
            .await
            .map_err(internal)?;
        if account.password_hash.is_some() {
            let mail = templates::password_changed_notice(
                language(&account.email_language),
                &account.first_name,
            );
            self.queue_mail(&mut tx, &account.email, mail, now).await?;
        }
        tx.commit().await.map_err(internal)?;
        self.outbox.wake();
        Ok(())
    }

    async fn confirm_email(&self, token: String) -> Result<(), ApiError> {
        let now = self.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let row = self.usable_token(&mut tx, &token).await?;
        let new_email = match (&row.purpose[..], row.new_email.as_deref()) {
            (PURPOSE_CONFIRM_EMAIL, Some(new_email)) => new_email.to_owned(),
            _ => {
                return Err(ApiError::BadRequest(Message::new(
                    "error-link-not-for-email",
                )))
            }
        };
        let new_email = Email::parse(&new_email, "label-new-email").map_err(broken)?;
        // Production posts requested since the link was sent: the address would expose them
        // now. The link stays unused, so it works once they are cancelled.
        if let Some(refusal) =
            crate::training::email_change_refused(&mut tx, row.account_id, new_email.as_str())
                .await
                .map_err(internal)?
        {
            return Err(ApiError::Conflict(refusal));
        }
        if accounts::email_exists(&mut tx, &new_email.normalized())
            .await
            .map_err(internal)?
        {
            return Err(ApiError::Conflict(Message::new("error-email-now-taken")));
        }
        let account = accounts::account_by_id(&mut tx, row.account_id)
            .await
            .map_err(internal)?
            .ok_or(ApiError::Internal)?;
        if !accounts::use_token(&mut tx, row.id, now)
            .await
            .map_err(internal)?
        {
            return Err(ApiError::Conflict(Message::new(
                "error-link-used-meanwhile",
            )));
        }
        accounts::update_email(
            &mut tx,
            account.id,
            new_email.as_str(),
            &new_email.normalized(),
            now,
        )
        .await
        .map_err(internal)?;
        let notice = templates::email_changed_notice(
            language(&account.email_language),
            &account.first_name,
            new_email.as_str(),
        );
        self.queue_mail(&mut tx, &account.email, notice, now)
            .await?;
        tx.commit().await.map_err(internal)?;
        self.outbox.wake();
        Ok(())
    }

    async fn login(&self, email: String, password: String) -> Result<CurrentUser, ApiError> {
        let ip = sessions::client_ip()?;
        let now = self.now();
        self.login_failures
            .check(ip, now)
            .map_err(|retry_after_seconds| ApiError::RateLimited {
                retry_after_seconds,
            })?;
        let email = Email::parse(&email, "label-email").map_err(|e| ApiError::field("email", e))?;
        if password.is_empty() {
            return Err(ApiError::field(
                "password",
                Message::new("error-login-password-empty"),
            ));
        }
        if password.chars().count() > app::domain::PASSWORD_MAX {
            self.login_failures.record_failure(ip, now);
            return Err(ApiError::LoginFailed);
        }

        let mut conn = self.store.connection().await.map_err(internal)?;
        let account = accounts::account_by_email(&mut conn, &email.normalized())
            .await
            .map_err(internal)?;
        drop(conn);
        // Every path verifies one hash, so the time taken tells nothing about the address.
        let stored = account
            .as_ref()
            .and_then(|a| a.password_hash.clone())
            .unwrap_or_else(|| secrets::dummy_hash().to_owned());
        let matches = verify_password(password, stored).await?;
        let now = self.now();
        let locked = account
            .as_ref()
            .and_then(|a| a.locked_until)
            .is_some_and(|until| now < until);

        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let account = match account {
            Some(account) if matches && !locked && account.password_hash.is_some() => account,
            other => {
                if let Some(account) = other.filter(|_| !locked) {
                    accounts::record_failed_login(
                        &mut tx,
                        account.id,
                        LOCK_AFTER_FAILURES,
                        now + LOCK_SECONDS,
                    )
                    .await
                    .map_err(internal)?;
                }
                tx.commit().await.map_err(internal)?;
                self.login_failures.record_failure(ip, now);
                return Err(ApiError::LoginFailed);
            }
        };
        accounts::record_successful_login(&mut tx, account.id)
            .await
            .map_err(internal)?;
        let session_id = sessions::replace(&mut tx, account.id, now, self.secure_cookies).await?;
        tx.commit().await.map_err(internal)?;
        sessions::start(&session_id, self.secure_cookies)?;
        Ok(current_user(&account))
    }

    async fn logout(&self) -> Result<(), ApiError> {
        if let Some(id) = sessions::session_id(self.secure_cookies)? {
            let mut conn = self.store.connection().await.map_err(internal)?;
            accounts::delete_session(&mut conn, &secrets::token_hash(&id))
                .await
                .map_err(internal)?;
        }
        sessions::clear(self.secure_cookies)
    }

    async fn current_user(&self) -> Result<Option<CurrentUser>, ApiError> {
        let mut conn = self.store.connection().await.map_err(internal)?;
        Ok(self
            .session_account(&mut conn)
            .await?
            .map(|(account, _)| current_user(&account)))
    }

    async fn update_profile(&self, input: ProfileInput) -> Result<CurrentUser, ApiError> {
        let mut errors = Vec::new();
        let first = PersonName::parse(&input.first_name, NamePart::First)
            .map_err(|e| errors.push(FieldError::new(field::FIRST_NAME, e)));
        let last = PersonName::parse(&input.last_name, NamePart::Last)
            .map_err(|e| errors.push(FieldError::new(field::LAST_NAME, e)));
        let email_language = Language::parse(&input.email_language).map_err(|e| {
            errors.push(FieldError::new(
                field::EMAIL_LANGUAGE,
                e.message_for("label-email-language"),
            ))
        });
        let ui_language = Language::parse(&input.ui_language).map_err(|e| {
            errors.push(FieldError::new(
                "ui_language",
                e.message_for("label-interface-language"),
            ))
        });
        let (Ok(first), Ok(last), Ok(email_language), Ok(ui_language)) =
            (first, last, email_language, ui_language)
        else {
            return Err(ApiError::Validation(errors));
        };
        let now = self.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let (account, _) = self.require_own_account(&mut tx).await?;
        accounts::update_profile(
            &mut tx,
            account.id,
            first.as_str(),
            last.as_str(),
            email_language.code(),
            ui_language.code(),
            now,
        )
        .await
        .map_err(internal)?;
        let updated = accounts::account_by_id(&mut tx, account.id)
            .await
            .map_err(internal)?
            .ok_or(ApiError::Internal)?;
        tx.commit().await.map_err(internal)?;
        Ok(current_user(&updated))
    }

    async fn change_password(
        &self,
        current: String,
        password: String,
        confirmation: String,
    ) -> Result<(), ApiError> {
        let mut conn = self.store.connection().await.map_err(internal)?;
        let (account, session_hash) = self.require_own_account(&mut conn).await?;
        drop(conn);
        let stored = account
            .password_hash
            .clone()
            .unwrap_or_else(|| secrets::dummy_hash().to_owned());
        if current.is_empty()
            || current.chars().count() > app::domain::PASSWORD_MAX
            || !verify_password(current, stored).await?
        {
            return Err(ApiError::field("current", PasswordError::WrongCurrent));
        }
        Self::validate_new_password(&password, &confirmation, &account)?;
        let hash = hash_password(password).await?;
        let now = self.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        accounts::set_password_hash(&mut tx, account.id, &hash, now)
            .await
            .map_err(internal)?;
        accounts::delete_other_sessions(&mut tx, account.id, Some(&session_hash))
            .await
            .map_err(internal)?;
        let notice = templates::password_changed_notice(
            language(&account.email_language),
            &account.first_name,
        );
        self.queue_mail(&mut tx, &account.email, notice, now)
            .await?;
        tx.commit().await.map_err(internal)?;
        self.outbox.wake();
        Ok(())
    }

    async fn request_email_change(
        &self,
        new_email: String,
        confirmation: String,
    ) -> Result<(), ApiError> {
        let new_email = Email::parse(&new_email, "label-new-email")
            .map_err(|e| ApiError::field("new_email", e))?;
        new_email.confirm(&confirmation).map_err(|_| {
            ApiError::field("confirmation", Message::new("error-new-email-confirmation"))
        })?;
        let now = self.now();
        let mut tx = self.store.begin_write().await.map_err(internal)?;
        let (account, _) = self.require_own_account(&mut tx).await?;
        if new_email.normalized() == account.email.to_ascii_lowercase() {
            return Err(ApiError::field(
                "new_email",
                Message::new("error-new-email-unchanged"),
            ));
        }
        if let Some(refusal) =
            crate::training::email_change_refused(&mut tx, account.id, new_email.as_str())
                .await
                .map_err(internal)?
        {
            return Err(ApiError::field("new_email", refusal));
        }
        // An address of another account gets no mail and the answer does not say so.
        if !accounts::email_exists(&mut tx, &new_email.normalized())
            .await
            .map_err(internal)?
        {
            let token = secrets::random_token();
            accounts::insert_token(
                &mut tx,
                account.id,
                PURPOSE_CONFIRM_EMAIL,
                &secrets::token_hash(&token),
                Some(new_email.as_str()),
                now,
                now + LINK_VALID_SECONDS,
            )
            .await
            .map_err(internal)?;
            let mail = templates::confirm_new_email(
                language(&account.email_language),
                &account.first_name,
                &self.link("email", &token),
                LINK_VALID_MINUTES,
            );
            self.queue_mail(&mut tx, new_email.as_str(), mail, now)
                .await?;
        }
        tx.commit().await.map_err(internal)?;
        self.outbox.wake();
        Ok(())
    }
}
