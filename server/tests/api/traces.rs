//! TRACES NT step 2 over HTTP: directory search, authorisation requests, a new operator, the
//! profile's requests, and the separation of the two instances.

use crate::eulogin::PASSWORD;
use crate::helpers::{authority, control_body, english, spawn_app, TestApp};
use app::domain::Instance;
use serde_json::{json, Value};
use server::store::traces::{insert_organisation, NewOrganisation};

fn operator(name: &str, country: &str, eori: &str) -> NewOrganisation {
    NewOrganisation {
        kind: "operator".into(),
        name: name.into(),
        country: country.into(),
        address: "Rue de la Loi 1".into(),
        city: "Bruxelles".into(),
        postcode: "1000".into(),
        section: "ORGANIC_OPERATOR".into(),
        // The EORI number is mandatory for importers only.
        activity: if eori.is_empty() {
            "FIRST_CONSIGNEE"
        } else {
            "IMPORTER"
        }
        .into(),
        phone: "+32 2 299 11 11".into(),
        eori: eori.into(),
        ..Default::default()
    }
}

impl TestApp {
    async fn seed(&self, instance: Instance, organisation: NewOrganisation) -> i64 {
        let mut conn = self.store.connection().await.unwrap();
        insert_organisation(&mut conn, instance, &organisation, 0)
            .await
            .unwrap()
    }

    /// A registered, logged-in person.
    async fn logged_in(&self, username: &str, email: &str) {
        self.registered(username, email).await;
        assert_eq!(self.login(email, PASSWORD).await.status(), 200);
    }

    async fn ok(&self, endpoint: &str, body: Value) -> Value {
        let response = self.call_json(endpoint, body).await;
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        assert_eq!(status, 200, "{endpoint}: {body}");
        body
    }

    async fn refused(&self, endpoint: &str, body: Value) -> (u16, Value) {
        let response = self.call_json(endpoint, body).await;
        (response.status().as_u16(), response.json().await.unwrap())
    }

    async fn request(&self, instance: &str, posts: Value, key: &str) -> reqwest::Response {
        self.call_json(
            "traces/request_authorisation",
            json!({ "instance": instance, "input": {
                "posts": posts, "additional_info": "I import for them.",
                "contact_email": "anna@example.org", "contact_phone": "+32 470 12 34 56",
                "idempotency_key": key
            }}),
        )
        .await
    }
}

fn names(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn operators_are_found_by_country_and_accent_free_name_fragment_page_by_page() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    for (i, name) in [
        "Bio Müller Import",
        "Société Bioproduits",
        "BIO Kälte",
        "Biomarkt Öster",
        "Biò Verde",
        "Bioland Trading",
        "Other Foods",
    ]
    .iter()
    .enumerate()
    {
        app.seed(
            Instance::Production,
            operator(name, "DE", &format!("DE{i}00")),
        )
        .await;
    }
    app.seed(Instance::Production, operator("Bio France", "FR", ""))
        .await;
    // Rejected operators are not offered.
    let mut rejected = operator("Bio Rejected", "DE", "");
    rejected.status = "rejected".into();
    app.seed(Instance::Production, rejected).await;

    let mut seen = Vec::new();
    let mut after = Value::Null;
    for page_number in 1..=3 {
        let page = app
            .ok(
                "traces/search_operators",
                json!({ "instance": "production", "country": "de", "section": null,
                        "activity": "IMPORTER", "name": "BIÓ", "after": after, "limit": 2 }),
            )
            .await;
        seen.extend(names(&page));
        after = page["next"].clone();
        if page_number < 3 {
            assert!(after.is_string(), "page {page_number}: {page}");
        } else {
            assert!(after.is_null(), "the last page has no next: {page}");
        }
    }
    assert_eq!(
        seen,
        [
            "BIO Kälte",
            "Bio Müller Import",
            "Biò Verde",
            "Bioland Trading",
            "Biomarkt Öster",
            "Société Bioproduits"
        ]
    );
    // A bad cursor is a field error, not a server fault.
    let (status, body) = app
        .refused(
            "traces/search_operators",
            json!({ "instance": "production", "country": null, "section": null, "activity": null,
                    "name": "", "after": "%%%", "limit": 10 }),
        )
        .await;
    assert_eq!((status, body["kind"].as_str()), (400, Some("validation")));
}

#[tokio::test]
async fn requests_for_two_operators_at_once_then_the_same_post_again_is_refused_by_name() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    let first = app
        .seed(Instance::Production, operator("Alpha Organics", "BE", ""))
        .await;
    let second = app
        .seed(Instance::Production, operator("Beta Bio", "BE", ""))
        .await;
    let response = app
        .request(
            "production",
            json!([{ "organisation_id": first }, { "organisation_id": second }]),
            "key-0000001",
        )
        .await;
    assert_eq!(response.status(), 200);
    let created: Value = response.json().await.unwrap();
    assert_eq!(created.as_array().unwrap().len(), 2);
    assert_eq!(created[0]["status"], "pending");
    assert_eq!(created[0]["country"], "BE");

    let response = app
        .request(
            "production",
            json!([{ "organisation_id": second }]),
            "key-0000002",
        )
        .await;
    assert_eq!(response.status(), 409);
    let body: Value = response.json().await.unwrap();
    assert!(english(&body["detail"]).contains("Beta Bio"), "{body}");

    // Another kind of role is refused with the one-kind message.
    let bcp = app
        .seed(
            Instance::Production,
            authority("BCP Antwerpen", "BE", "BCP"),
        )
        .await;
    let response = app
        .request(
            "production",
            json!([{ "organisation_id": bcp }]),
            "key-0000003",
        )
        .await;
    assert_eq!(response.status(), 409);
    let body: Value = response.json().await.unwrap();
    assert!(
        english(&body["detail"]).contains("each individual can only take one kind of role"),
        "{body}"
    );

    // Nothing ticked, a missing organisation: specific messages, nothing stored.
    let response = app.request("production", json!([]), "key-0000004").await;
    assert_eq!(response.status(), 400);
    let response = app
        .request(
            "production",
            json!([{ "organisation_id": 9999 }]),
            "key-0000005",
        )
        .await;
    assert_eq!(response.status(), 404);
    assert_eq!(app.count("SELECT COUNT(*) FROM role_requests").await, 2);

    let me = app
        .ok("traces/me", json!({ "instance": "production" }))
        .await;
    assert_eq!(me["role_kind"], "OPERATOR");
}

#[tokio::test]
async fn the_same_idempotency_key_twice_records_once() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    let id = app
        .seed(Instance::Production, operator("Alpha Organics", "BE", ""))
        .await;
    let posts = json!([{ "organisation_id": id }]);
    let first: Value = app
        .request("production", posts.clone(), "retry-key-1")
        .await
        .json()
        .await
        .unwrap();
    let again = app.request("production", posts, "retry-key-1").await;
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first, again);
    assert_eq!(app.count("SELECT COUNT(*) FROM role_requests").await, 1);
}

#[tokio::test]
async fn create_operator_stores_a_new_operator_and_the_pending_request_together() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    app.seed(
        Instance::Production,
        operator("Existing Importer", "DE", "DE999"),
    )
    .await;
    let input = json!({
        "name": "Müller Bio Import GmbH", "country": "DE", "address": "Hauptstraße 1",
        "city": "München", "postcode": "80331", "section": "ORGANIC_OPERATOR",
        "activity": "IMPORTER", "phone": "", "fax": "", "email": "info@mueller.example",
        "website": "", "eori": "DE123456789"
    });
    let created = app
        .ok(
            "traces/create_operator",
            json!({ "instance": "production", "input": input, "contact_email": "anna@example.org",
                    "contact_phone": "", "additional_info": "", "idempotency_key": "create-key-1" }),
        )
        .await;
    assert_eq!(created["organisation"]["status"], "new");
    assert_eq!(created["request"]["status"], "pending");
    assert_eq!(
        created["request"]["organisation_id"],
        created["organisation"]["id"]
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM organisations WHERE status = 'new' AND created_by IS NOT NULL"
        )
        .await,
        1
    );

    // The duplicate check now finds it first.
    let mut similar = input.clone();
    similar["name"] = json!("Mueller Bio Import");
    similar["eori"] = json!("DE55555");
    let duplicates = app
        .ok(
            "traces/operator_duplicates",
            json!({ "instance": "production", "input": similar }),
        )
        .await;
    assert_eq!(
        duplicates[0]["organisation"]["name"], "Müller Bio Import GmbH",
        "{duplicates}"
    );

    // An EORI number already registered is refused with the operator's name; nothing stored.
    let mut taken = input.clone();
    taken["name"] = json!("Another Name");
    taken["eori"] = json!("DE 999");
    let (status, body) = app
        .refused(
            "traces/create_operator",
            json!({ "instance": "production", "input": taken, "contact_email": "anna@example.org",
                    "contact_phone": "", "additional_info": "", "idempotency_key": "create-key-2" }),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["detail"][0]["field"], "eori");
    assert!(
        english(&body["detail"][0]["message"]).contains("Existing Importer"),
        "{body}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM role_requests").await, 1);
}

#[tokio::test]
async fn control_body_posts_are_one_certified_country_or_all_of_them() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    let kiwa = app
        .seed(
            Instance::Production,
            control_body("Kiwa BCS Öko-Garantie", "DE-OKO-001", "DE MX PE"),
        )
        .await;
    let ceres = app
        .seed(
            Instance::Production,
            control_body("CERES", "DE-OKO-006", "DE IN"),
        )
        .await;
    let page = app
        .ok(
            "traces/search_control_bodies",
            json!({ "instance": "production", "country": "PE", "name": "oko", "after": null, "limit": 10 }),
        )
        .await;
    assert_eq!(names(&page), ["Kiwa BCS Öko-Garantie"]);
    assert_eq!(
        page["items"][0]["certified_countries"],
        json!(["DE", "MX", "PE"])
    );

    let one = app
        .ok_request(
            json!([{ "organisation_id": kiwa, "country": "MX" }]),
            "cb-key-001",
        )
        .await;
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["country"], "MX");
    assert_eq!(english(&one[0]["role"]), "Organic Control Body");

    let all = app
        .ok_request(json!([{ "organisation_id": ceres }]), "cb-key-002")
        .await;
    let countries: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["country"].as_str().unwrap())
        .collect();
    assert_eq!(countries, ["DE", "IN"]);

    let response = app
        .request(
            "production",
            json!([{ "organisation_id": kiwa, "country": "FR" }]),
            "cb-key-003",
        )
        .await;
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.unwrap();
    let message = english(&body["detail"][0]["message"]);
    assert!(message.contains("does not certify in France"), "{message}");
}

impl TestApp {
    async fn ok_request(&self, posts: Value, key: &str) -> Value {
        self.ok_request_on("production", posts, key).await
    }

    async fn ok_request_on(&self, instance: &str, posts: Value, key: &str) -> Value {
        let response = self.request(instance, posts, key).await;
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        assert_eq!(status, 200, "{body}");
        body
    }
}

#[tokio::test]
async fn own_pending_requests_can_be_cancelled_and_others_are_not_found() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    let id = app
        .seed(
            Instance::Production,
            authority("BCP Antwerpen", "BE", "BCP"),
        )
        .await;
    let created = app
        .ok_request(json!([{ "organisation_id": id }]), "cancel-key-1")
        .await;
    let request_id = created[0]["id"].as_i64().unwrap();
    assert_eq!(english(&created[0]["role"]), "Border Control Post");

    // Someone else cannot cancel it, nor learn that it exists.
    let other = spawn_second_person(&app).await;
    let response = other
        .post(app.url("/api/traces/cancel_request"))
        .json(&json!({ "instance": "production", "id": request_id }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);

    let cancelled = app
        .ok(
            "traces/cancel_request",
            json!({ "instance": "production", "id": request_id }),
        )
        .await;
    assert_eq!(cancelled["status"], "cancelled");
    let (status, _) = app
        .refused(
            "traces/cancel_request",
            json!({ "instance": "production", "id": request_id }),
        )
        .await;
    assert_eq!(status, 409);
    let mine = app
        .ok("traces/my_requests", json!({ "instance": "production" }))
        .await;
    assert_eq!(mine[0]["status"], "cancelled");
    // With nothing pending, the person may choose another kind of role.
    let me = app
        .ok("traces/me", json!({ "instance": "production" }))
        .await;
    assert!(me["role_kind"].is_null(), "{me}");
}

/// Another browser, logged in as another person.
async fn spawn_second_person(app: &TestApp) -> reqwest::Client {
    let email = "bob@example.org";
    app.registered("bjones", email).await;
    let client = app.second_client();
    let response = client
        .post(app.url("/api/eulogin/login"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    client
}

#[tokio::test]
async fn training_data_is_invisible_on_production() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    let training = app
        .seed(Instance::Training, operator("Training Bio", "BE", ""))
        .await;
    let created = app
        .call_json(
            "traces/request_authorisation",
            json!({ "instance": "training", "input": {
                "posts": [{ "organisation_id": training }], "contact_email": "anna@example.org",
                "idempotency_key": "training-1" }}),
        )
        .await;
    assert_eq!(created.status(), 200);
    let page = app
        .ok(
            "traces/search_operators",
            json!({ "instance": "production", "country": null, "section": null,
                    "activity": null, "name": "training", "after": null, "limit": 10 }),
        )
        .await;
    assert!(names(&page).is_empty(), "{page}");
    let mine = app
        .ok("traces/my_requests", json!({ "instance": "production" }))
        .await;
    assert_eq!(mine, json!([]));
    let me = app
        .ok("traces/me", json!({ "instance": "production" }))
        .await;
    assert!(me["role_kind"].is_null());
    // The training organisation cannot be requested on production.
    let response = app
        .request(
            "production",
            json!([{ "organisation_id": training }]),
            "prod-key-1",
        )
        .await;
    assert_eq!(response.status(), 404);
    let mine = app
        .ok("traces/my_requests", json!({ "instance": "training" }))
        .await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
}

fn preferences(time_zone: &str, flags: [bool; 4]) -> Value {
    let [notify_in_app, notify_email, notify_decisions, notify_new_requests] = flags;
    json!({ "time_zone": time_zone, "notify_in_app": notify_in_app, "notify_email": notify_email,
            "notify_decisions": notify_decisions, "notify_new_requests": notify_new_requests })
}

#[tokio::test]
async fn preferences_are_saved_returned_and_kept_per_instance() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    // Before anything is saved: Brussels time, every event, both channels.
    let fresh = app.ok("traces/me", json!({ "instance": "training" })).await;
    assert_eq!(fresh["time_zone"], "Europe/Brussels");
    for flag in [
        "notify_in_app",
        "notify_email",
        "notify_decisions",
        "notify_new_requests",
    ] {
        assert_eq!(fresh[flag], true, "{flag}: {fresh}");
    }

    let saved = app
        .ok(
            "traces/preferences",
            json!({ "instance": "training",
                    "preferences": preferences(" America/Argentina/Buenos_Aires ", [false, true, true, false]) }),
        )
        .await;
    let expected = |me: &Value| {
        assert_eq!(me["time_zone"], "America/Argentina/Buenos_Aires", "{me}");
        assert_eq!(me["notify_in_app"], false, "{me}");
        assert_eq!(me["notify_email"], true, "{me}");
        assert_eq!(me["notify_decisions"], true, "{me}");
        assert_eq!(me["notify_new_requests"], false, "{me}");
    };
    expected(&saved);
    expected(&app.ok("traces/me", json!({ "instance": "training" })).await);

    // Saving again replaces every preference, also after a request created the person's row.
    let operator_id = app
        .seed(Instance::Training, operator("Prefs Import", "DE", "DE777"))
        .await;
    assert_eq!(
        app.request(
            "training",
            json!([{ "organisation_id": operator_id }]),
            "prefs-key-1"
        )
        .await
        .status(),
        200
    );
    let again = app
        .ok(
            "traces/preferences",
            json!({ "instance": "training", "preferences": preferences("UTC", [true, false, false, true]) }),
        )
        .await;
    assert_eq!(again["time_zone"], "UTC");
    assert_eq!(again["role_kind"], "OPERATOR");
    assert_eq!(
        (
            &again["notify_in_app"],
            &again["notify_email"],
            &again["notify_decisions"],
            &again["notify_new_requests"]
        ),
        (&json!(true), &json!(false), &json!(false), &json!(true))
    );

    // The other instance keeps its own (default) preferences.
    let production = app
        .ok("traces/me", json!({ "instance": "production" }))
        .await;
    assert_eq!(production["time_zone"], "Europe/Brussels");
    assert_eq!(production["notify_decisions"], true);
}

#[tokio::test]
async fn a_bad_time_zone_is_a_field_error_and_changes_nothing() {
    let app = spawn_app().await;
    app.logged_in("asmith", "anna@example.org").await;
    app.ok(
        "traces/preferences",
        json!({ "instance": "training", "preferences": preferences("Asia/Tokyo", [true, true, true, true]) }),
    )
    .await;
    for bad in ["Brussels", "", "Europe/Brüssel", "../../etc/passwd"] {
        let (status, body) = app
            .refused(
                "traces/preferences",
                json!({ "instance": "training", "preferences": preferences(bad, [false, false, false, false]) }),
            )
            .await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert_eq!(body["detail"][0]["field"], "time_zone", "{bad}: {body}");
        assert!(
            english(&body["detail"][0]["message"]).starts_with("Time zone:"),
            "{body}"
        );
    }
    // Nothing was saved, not even the notification choices sent with the bad zone.
    let me = app.ok("traces/me", json!({ "instance": "training" })).await;
    assert_eq!(me["time_zone"], "Asia/Tokyo");
    assert_eq!(me["notify_in_app"], true);
    assert_eq!(me["notify_decisions"], true);
    // A first-time person sending a bad zone gets no row at all.
    let second = spawn_second_person(&app).await;
    let response = second
        .post(app.url("/api/traces/preferences"))
        .json(&json!({ "instance": "production", "preferences": preferences("Nowhere", [false, false, false, false]) }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM traces_users WHERE instance = 'production'")
            .await,
        0
    );
}

#[tokio::test]
async fn anonymous_calls_are_refused() {
    let app = spawn_app().await;
    for (endpoint, body) in [
        ("traces/me", json!({ "instance": "production" })),
        ("traces/my_requests", json!({ "instance": "training" })),
        (
            "traces/search_operators",
            json!({ "instance": "production", "country": null, "section": null,
                    "activity": null, "name": "", "after": null, "limit": 10 }),
        ),
        (
            "traces/cancel_request",
            json!({ "instance": "production", "id": 1 }),
        ),
        (
            "traces/preferences",
            json!({ "instance": "production",
                    "preferences": preferences("Europe/Paris", [true, true, true, true]) }),
        ),
    ] {
        let (status, body) = app.refused(endpoint, body).await;
        assert_eq!(status, 401, "{endpoint}: {body}");
    }
    let response = app
        .request(
            "production",
            json!([{ "organisation_id": 1 }]),
            "anon-key-1",
        )
        .await;
    assert_eq!(response.status(), 401);
    assert_eq!(app.count("SELECT COUNT(*) FROM traces_users").await, 0);
}

/// Every table a refused request could have written to, counted.
async fn stored(app: &TestApp) -> [i64; 4] {
    [
        app.count("SELECT COUNT(*) FROM role_requests").await,
        app.count("SELECT COUNT(*) FROM role_request_submissions")
            .await,
        app.count("SELECT COUNT(*) FROM organisations").await,
        app.count("SELECT COUNT(*) FROM traces_users WHERE role_kind IS NOT NULL")
            .await,
    ]
}

#[tokio::test]
async fn a_demo_address_requests_no_post_on_production_and_may_on_training() {
    let app = spawn_app().await;
    // As the README tells trainees; EU Login accounts serve both instances.
    app.logged_in("trainee1", "trainee1@demo.traces-training.example")
        .await;
    let production = app
        .seed(Instance::Production, operator("Alpha Organics", "BE", ""))
        .await;
    let training = app
        .seed(Instance::Training, operator("Training Bio", "BE", ""))
        .await;
    let new_operator = |instance: &str, key: &str| {
        json!({ "instance": instance, "input": {
            "name": "Müller Bio Import GmbH", "country": "DE", "address": "Hauptstraße 1",
            "city": "München", "postcode": "80331", "section": "ORGANIC_OPERATOR",
            "activity": "FIRST_CONSIGNEE", "phone": "", "fax": "",
            "email": "info@mueller.example", "website": "",
            "eori": "" },
            "contact_email": "anna@example.org", "contact_phone": "", "additional_info": "",
            "idempotency_key": key })
    };
    let explains = |message: &Value| {
        let text = english(message);
        assert!(
            text.contains("demo.traces-training.example")
                && text.contains("anyone can read their mail in the demo mailbox")
                && text.contains("change your account's e-mail to your own address"),
            "{text}"
        );
    };

    // The role choice says so before any form.
    let me = app
        .ok("traces/me", json!({ "instance": "production" }))
        .await;
    explains(&me["requests_refused"]);
    let before = stored(&app).await;

    let response = app
        .request(
            "production",
            json!([{ "organisation_id": production }]),
            "demo-key-1",
        )
        .await;
    let (status, body) = (response.status(), response.json::<Value>().await.unwrap());
    assert_eq!((status.as_u16(), &body["kind"]), (409, &json!("conflict")));
    explains(&body["detail"]);
    let (status, body) = app
        .refused(
            "traces/create_operator",
            new_operator("production", "demo-key-2"),
        )
        .await;
    assert_eq!((status, &body["kind"]), (409, &json!("conflict")));
    explains(&body["detail"]);
    assert_eq!(stored(&app).await, before, "nothing stored");
    let mine = app
        .ok("traces/my_requests", json!({ "instance": "production" }))
        .await;
    assert_eq!(mine, json!([]));

    // Training is what the address is for: nothing changes there.
    let me = app.ok("traces/me", json!({ "instance": "training" })).await;
    assert!(me["requests_refused"].is_null(), "{me}");
    let created = app
        .ok_request_on(
            "training",
            json!([{ "organisation_id": training }]),
            "demo-key-3",
        )
        .await;
    assert_eq!(created[0]["status"], "pending");
    let created = app
        .ok(
            "traces/create_operator",
            new_operator("training", "demo-key-4"),
        )
        .await;
    assert_eq!(created["request"]["status"], "pending");

    // Another person, with an address of their own, is not affected.
    let other = spawn_second_person(&app).await;
    let response = other
        .post(app.url("/api/traces/me"))
        .json(&json!({ "instance": "production" }))
        .send()
        .await
        .unwrap();
    let me: Value = response.json().await.unwrap();
    assert!(me["requests_refused"].is_null(), "{me}");
}
