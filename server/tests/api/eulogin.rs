//! EU Login over HTTP: sign-up, the e-mailed link, login, lockout, CSRF.

use crate::helpers::{english, spawn_app, TestApp};
use app::domain::Instance;
use serde_json::{json, Value};
use server::store::traces::{insert_organisation, NewOrganisation};

pub const PASSWORD: &str = "correct horse battery staple 42";

impl TestApp {
    pub async fn captcha(&self) -> (String, String) {
        let captcha: Value = self
            .call_json("eulogin/captcha", json!({}))
            .await
            .json()
            .await
            .unwrap();
        (
            captcha["id"].as_str().unwrap().to_owned(),
            captcha["test_code"]
                .as_str()
                .expect("test mode gives the answer")
                .to_owned(),
        )
    }

    pub async fn sign_up(&self, username: &str, email: &str) -> reqwest::Response {
        let (id, code) = self.captcha().await;
        self.call_json(
            "eulogin/sign_up",
            json!({ "input": {
                "username": username, "first_name": "Anna", "last_name": "Smith",
                "email": email, "email_confirm": email, "email_language": "de",
                "captcha_id": id, "captcha_answer": code, "privacy_accepted": true
            }}),
        )
        .await
    }

    /// The token of the newest link mailed to `to`, once the outbox worker delivered it.
    pub async fn newest_link_token(&self, to: &str, count: usize) -> String {
        let messages = self.wait_for_mail(to, count).await;
        let body = messages[0]["body"].as_str().unwrap();
        let start = body.find("token=").expect("a link with a token") + "token=".len();
        body[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    }

    pub async fn set_password(&self, token: &str, password: &str) -> reqwest::Response {
        self.call_json(
            "eulogin/set_password",
            json!({ "token": token, "password": password, "confirmation": password }),
        )
        .await
    }

    /// `who_am_i`: the logged-in user as JSON, `null` when logged out.
    pub async fn me(&self) -> Value {
        self.call_json("eulogin/me", json!({}))
            .await
            .json()
            .await
            .unwrap()
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.call_json(
            "eulogin/login",
            json!({ "email": email, "password": password }),
        )
        .await
    }

    /// Signs up and sets the password: an account ready to log in.
    pub async fn registered(&self, username: &str, email: &str) {
        assert_eq!(self.sign_up(username, email).await.status(), 200);
        let token = self.newest_link_token(email, 1).await;
        assert_eq!(self.set_password(&token, PASSWORD).await.status(), 200);
    }
}

async fn error_of(response: reqwest::Response) -> (u16, Value) {
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn sign_up_mail_link_password_login_logout() {
    let app = spawn_app().await;
    let response = app.sign_up("asmith", "Anna.Smith@Example.org").await;
    assert_eq!(response.status(), 200);
    let done: Value = response.json().await.unwrap();
    assert_eq!(done["email"], "Anna.Smith@example.org");

    let messages = app.wait_for_mail("Anna.Smith@example.org", 1).await;
    let body = messages[0]["body"].as_str().unwrap();
    assert!(
        body.contains("asmith"),
        "the German mail names the username: {body}"
    );
    let token = app.newest_link_token("Anna.Smith@example.org", 1).await;

    // Opening the link (as a mail scanner would) uses nothing up.
    for _ in 0..2 {
        let info: Value = app
            .call_json("eulogin/check_link", json!({ "token": token }))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(info["username"], "asmith");
        assert_eq!(info["purpose"], "SetPassword");
    }
    assert_eq!(app.set_password(&token, PASSWORD).await.status(), 200);
    let (status, body) = error_of(app.set_password(&token, PASSWORD).await).await;
    assert_eq!(status, 409);
    assert!(english(&body["detail"]).contains("already used"), "{body}");

    let response = app.login("anna.smith@EXAMPLE.org", PASSWORD).await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("traces_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let me: Value = app.me().await;
    assert_eq!(me["username"], "asmith");
    assert_eq!(me["email_language"], "de");
    assert_eq!(me["shared_demo_person"], false, "their own account: {me}");

    assert_eq!(
        app.call_json("eulogin/logout", json!({})).await.status(),
        200
    );
    let me: Value = app.me().await;
    assert_eq!(me, Value::Null);
}

#[tokio::test]
async fn a_link_works_at_89_minutes_and_not_at_91() {
    let app = spawn_app().await;
    app.sign_up("early", "early@example.org").await;
    let early = app.newest_link_token("early@example.org", 1).await;
    app.sign_up("late", "late@example.org").await;
    let late = app.newest_link_token("late@example.org", 1).await;

    app.clock.advance(89 * 60);
    assert_eq!(app.set_password(&early, PASSWORD).await.status(), 200);
    app.clock.advance(2 * 60);
    let (status, body) = error_of(app.set_password(&late, PASSWORD).await).await;
    assert_eq!(status, 409);
    assert!(english(&body["detail"]).contains("expired"), "{body}");
}

#[tokio::test]
async fn only_the_newest_link_works_after_a_resend() {
    let app = spawn_app().await;
    app.sign_up("resend", "resend@example.org").await;
    let first = app.newest_link_token("resend@example.org", 1).await;
    let (id, code) = app.captcha().await;
    let response = app
        .call_json(
            "eulogin/password_link",
            json!({ "email": "RESEND@example.org", "captcha_id": id, "captcha_answer": code }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let second = app.newest_link_token("resend@example.org", 2).await;
    assert_ne!(first, second);

    let (status, body) = error_of(app.set_password(&first, PASSWORD).await).await;
    assert_eq!(status, 409);
    assert!(english(&body["detail"]).contains("newer e-mail"), "{body}");
    assert_eq!(app.set_password(&second, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn tampered_and_truncated_links_are_refused() {
    let app = spawn_app().await;
    app.sign_up("tamper", "tamper@example.org").await;
    let token = app.newest_link_token("tamper@example.org", 1).await;
    let mut tampered = token.clone();
    tampered.replace_range(0..1, if token.starts_with('A') { "B" } else { "A" });
    for bad in [
        tampered.as_str(),
        &token[..20],
        "",
        "<script>",
        &"x".repeat(5000),
    ] {
        let (status, _) = error_of(app.set_password(bad, PASSWORD).await).await;
        assert_eq!(status, 404, "{bad:.30}");
    }
    assert_eq!(app.set_password(&token, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn a_weak_or_short_password_is_refused_and_the_link_still_works() {
    let app = spawn_app().await;
    app.sign_up("weakpw", "weak@example.org").await;
    let token = app.newest_link_token("weak@example.org", 1).await;
    for weak in ["password1234", "aaaaaaaaaaaa", "weakpw123456", "short"] {
        let (status, body) = error_of(app.set_password(&token, weak).await).await;
        assert_eq!(status, 400, "{weak}");
        assert_eq!(body["detail"][0]["field"], "password", "{body}");
    }
    // The strength checker's reason travels as a message of the catalogs, so that it is shown
    // in the reader's language like the rest of the sentence.
    let (_, body) = error_of(app.set_password(&token, "password1234").await).await;
    let message = &body["detail"][0]["message"];
    assert_eq!(message["id"], "valid-password-weak-hint", "{body}");
    assert_eq!(message["args"][0][1]["t"], "message", "{body}");
    let text = english(message);
    let hint = text
        .strip_prefix("Password: this password is too easy to guess. ")
        .and_then(|rest| rest.strip_suffix(" Try a longer phrase of unrelated words."));
    assert!(hint.is_some_and(|hint| hint.ends_with('.')), "{text}");
    let mismatch = app
        .call_json(
            "eulogin/set_password",
            json!({ "token": token, "password": PASSWORD, "confirmation": "other" }),
        )
        .await;
    let (status, body) = error_of(mismatch).await;
    assert_eq!(
        (status, body["detail"][0]["field"].as_str()),
        (400, Some("confirmation"))
    );
    assert_eq!(app.set_password(&token, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn taken_usernames_are_named_but_taken_e_mails_are_not_revealed() {
    let app = spawn_app().await;
    assert_eq!(app.sign_up("first", "same@example.org").await.status(), 200);
    let (status, body) = error_of(app.sign_up("FIRST", "other@example.org").await).await;
    assert_eq!(status, 400);
    assert_eq!(body["detail"][0]["field"], "username");
    assert!(english(&body["detail"][0]["message"]).contains("already taken"));

    // Same address in another case: the same answer as for a new one, and no second account.
    let response = app.sign_up("second", "SAME@example.org").await;
    assert_eq!(response.status(), 200);
    app.wait_for_mail("same@example.org", 2).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 1);
}

#[tokio::test]
async fn a_captcha_answer_works_once() {
    let app = spawn_app().await;
    let (id, code) = app.captcha().await;
    let form = |username: &str, email: &str| {
        json!({ "input": {
            "username": username, "first_name": "Anna", "last_name": "Smith",
            "email": email, "email_confirm": email, "email_language": "en",
            "captcha_id": id, "captcha_answer": code, "privacy_accepted": true
        }})
    };
    assert_eq!(
        app.call_json("eulogin/sign_up", form("once", "once@example.org"))
            .await
            .status(),
        200
    );
    let (status, body) = error_of(
        app.call_json("eulogin/sign_up", form("twice", "twice@example.org"))
            .await,
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["detail"][0]["field"], "captcha_answer", "{body}");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 1);
}

#[tokio::test]
async fn an_invalid_form_changes_nothing_and_names_each_field() {
    let app = spawn_app().await;
    let huge = "x".repeat(30_000);
    let response = app
        .call_json(
            "eulogin/sign_up",
            json!({ "input": {
                "username": "<b>", "first_name": huge, "last_name": "GmbH 2",
                "email": "not-an-address", "email_confirm": "", "email_language": "xx",
                "captcha_id": "", "captcha_answer": "", "privacy_accepted": false
            }}),
        )
        .await;
    let (status, body) = error_of(response).await;
    assert_eq!(status, 400);
    assert_eq!(body["detail"].as_array().unwrap().len(), 8, "{body}");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 0);

    let (status, _) = error_of(
        app.call_json("eulogin/sign_up", json!({ "input": 7 }))
            .await,
    )
    .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn the_account_locks_after_five_failures_and_unlocks_by_itself() {
    let app = spawn_app().await;
    app.registered("locky", "locky@example.org").await;
    for _ in 0..5 {
        assert_eq!(
            app.login("locky@example.org", "wrong password here")
                .await
                .status(),
            401
        );
    }
    let (locked_status, locked) = error_of(app.login("locky@example.org", PASSWORD).await).await;
    assert_eq!(locked_status, 401);

    let (_, unknown) = error_of(app.login("nobody@example.org", PASSWORD).await).await;
    let (_, wrong) = error_of(app.login("locky@example.org", "another wrong one").await).await;
    assert_eq!(locked, unknown, "locked and unknown answer alike");
    assert_eq!(locked, wrong, "locked and wrong answer alike");

    app.clock.advance(15 * 60 + 1);
    assert_eq!(app.login("locky@example.org", PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn one_address_is_held_back_after_twenty_failures() {
    let app = spawn_app().await;
    for n in 0..20 {
        let status = app
            .login(&format!("guess{n}@example.org"), "some password 123")
            .await
            .status();
        assert_eq!(status, 401);
    }
    let (status, body) = error_of(app.login("guess@example.org", "some password 123").await).await;
    assert_eq!(status, 429);
    assert_eq!(body["kind"], "rate_limited");
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let app = spawn_app().await;
    app.registered("changer", "changer@example.org").await;
    let other = app.second_client();
    assert_eq!(
        app.login("changer@example.org", PASSWORD).await.status(),
        200
    );
    let response = other
        .post(app.url("/api/eulogin/login"))
        .json(&json!({ "email": "changer@example.org", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    let new_password = "a completely different phrase 7";
    let (status, body) = error_of(
        app.call_json(
            "eulogin/change_password",
            json!({ "current": "wrong", "password": new_password, "confirmation": new_password }),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, body["detail"][0]["field"].as_str()),
        (400, Some("current"))
    );
    let response = app
        .call_json(
            "eulogin/change_password",
            json!({ "current": PASSWORD, "password": new_password, "confirmation": new_password }),
        )
        .await;
    assert_eq!(response.status(), 200);

    let me: Value = app.me().await;
    assert_eq!(me["username"], "changer", "this session goes on");
    let theirs: Value = other
        .post(app.url("/api/eulogin/me"))
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(theirs, Value::Null, "the other session ended");
}

#[tokio::test]
async fn a_session_ends_after_an_idle_hour() {
    let app = spawn_app().await;
    app.registered("idler", "idler@example.org").await;
    assert_eq!(app.login("idler@example.org", PASSWORD).await.status(), 200);
    app.clock.advance(59 * 60);
    let me: Value = app.me().await;
    assert_eq!(me["username"], "idler");
    app.clock.advance(60 * 60);
    let me: Value = app.me().await;
    assert_eq!(me, Value::Null);
}

#[tokio::test]
async fn a_cross_site_call_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let (id, code) = app.captcha().await;
    let response = app
        .client
        .post(app.url("/api/eulogin/sign_up"))
        .header("origin", "https://evil.example")
        .json(&json!({ "input": {
            "username": "csrf", "first_name": "Anna", "last_name": "Smith",
            "email": "csrf@example.org", "email_confirm": "csrf@example.org", "email_language": "en",
            "captcha_id": id, "captcha_answer": code, "privacy_accepted": true
        }}))
        .send()
        .await
        .unwrap();
    let (status, body) = error_of(response).await;
    assert_eq!(status, 403);
    assert_eq!(body["kind"], "cross_site");
    assert_eq!(app.count("SELECT COUNT(*) FROM accounts").await, 0);
}

#[tokio::test]
async fn changing_the_e_mail_takes_a_confirmed_link_and_tells_the_old_address() {
    let app = spawn_app().await;
    app.registered("mover", "old@example.org").await;
    assert_eq!(app.login("old@example.org", PASSWORD).await.status(), 200);
    let response = app
        .call_json(
            "eulogin/request_email_change",
            json!({ "new_email": "new@example.org", "confirmation": "new@example.org" }),
        )
        .await;
    assert_eq!(response.status(), 200);
    let token = app.newest_link_token("new@example.org", 1).await;
    let me: Value = app.me().await;
    assert_eq!(
        me["email"], "old@example.org",
        "nothing changes before the link is followed"
    );

    assert_eq!(
        app.call_json("eulogin/confirm_email", json!({ "token": token }))
            .await
            .status(),
        200
    );
    let me: Value = app.me().await;
    assert_eq!(me["email"], "new@example.org");
    app.wait_for_mail("old@example.org", 2).await;
}

/// A Border Control Post of the instance's directory, as the import makes it.
async fn border_post(app: &TestApp, instance: Instance) -> i64 {
    let mut conn = app.store.connection().await.unwrap();
    let organisation = NewOrganisation {
        kind: "authority".into(),
        name: "BCP Antwerpen".into(),
        country: "BE".into(),
        authority_role: "BCP".into(),
        ..Default::default()
    };
    insert_organisation(&mut conn, instance, &organisation, 0)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_demo_address_is_refused_while_the_account_has_something_on_production() {
    let app = spawn_app().await;
    app.registered("mover", "old@example.org").await;
    assert_eq!(app.login("old@example.org", PASSWORD).await.status(), 200);
    let production = border_post(&app, Instance::Production).await;
    let training = border_post(&app, Instance::Training).await;
    let request = |instance: &'static str, id: i64, key: &'static str| {
        app.call_json(
            "traces/request_authorisation",
            json!({ "instance": instance, "input": {
                "posts": [{ "organisation_id": id }], "contact_email": "old@example.org",
                "idempotency_key": key }}),
        )
    };
    let change_to = |address: &'static str| {
        app.call_json(
            "eulogin/request_email_change",
            json!({ "new_email": address, "confirmation": address }),
        )
    };
    let exposes = |message: &Value| {
        let text = english(message);
        assert!(
            text.starts_with("New e-mail: ")
                && text.contains("demo.traces-training.example")
                && text.contains("anyone can read their mail in the demo mailbox")
                && text.contains("your role or pending requests on production"),
            "{text}"
        );
    };

    // Training requests are what demo addresses are for: the change may go ahead.
    assert_eq!(
        request("training", training, "training-key-1")
            .await
            .status(),
        200
    );
    assert_eq!(
        change_to("mover@demo.traces-training.example")
            .await
            .status(),
        200
    );
    let link = app
        .newest_link_token("mover@demo.traces-training.example", 1)
        .await;

    // A production request before the link is followed: the confirmation is refused, the
    // link stays unused.
    let response = request("production", production, "production-key-1").await;
    assert_eq!(response.status(), 200);
    let request_id = response.json::<Value>().await.unwrap()[0]["id"]
        .as_i64()
        .unwrap();
    let (status, body) = error_of(
        app.call_json("eulogin/confirm_email", json!({ "token": link }))
            .await,
    )
    .await;
    assert_eq!((status, &body["kind"]), (409, &json!("conflict")));
    exposes(&body["detail"]);
    assert_eq!(app.me().await["email"], "old@example.org");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM email_tokens WHERE used_at IS NOT NULL AND purpose = 'confirm_email'")
            .await,
        0
    );

    // Another demo address is refused at once, on its field, and gets no mail.
    let (status, body) = error_of(change_to("other@demo.traces-training.example").await).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["detail"][0]["field"], "new_email");
    exposes(&body["detail"][0]["message"]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM email_tokens WHERE new_email = 'other@demo.traces-training.example'")
            .await,
        0
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE to_address = 'other@demo.traces-training.example'"
        )
        .await,
        0
    );

    // Once nothing is pending or valid on production, the same link works.
    let cancelled = app
        .call_json(
            "traces/cancel_request",
            json!({ "instance": "production", "id": request_id }),
        )
        .await;
    assert_eq!(cancelled.status(), 200);
    assert_eq!(
        app.call_json("eulogin/confirm_email", json!({ "token": link }))
            .await
            .status(),
        200
    );
    assert_eq!(
        app.me().await["email"],
        "mover@demo.traces-training.example"
    );

    // A Commission user of production counts too.
    app.registered("boss", "boss@example.org").await;
    server::admin::create_commission_user(&app.store, Instance::Production, "boss@example.org", 0)
        .await
        .unwrap();
    assert_eq!(app.login("boss@example.org", PASSWORD).await.status(), 200);
    let (status, body) = error_of(change_to("boss@demo.traces-training.example").await).await;
    assert_eq!(status, 400, "{body}");
    exposes(&body["detail"][0]["message"]);
    // An address of their own is fine.
    assert_eq!(change_to("boss@elsewhere.example.org").await.status(), 200);
}
