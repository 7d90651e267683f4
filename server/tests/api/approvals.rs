//! The approval side over HTTP: who may do what (the authorisation matrix), the queue's
//! filters and keyset paging, decisions one by one and in bulk, two deciders at once, new
//! operators, the Administrator flag, notifications, the audit log and the CSV exports.

use crate::eulogin::PASSWORD;
use crate::helpers::{authority, english, operator, spawn_app, TestApp};
use app::domain::Instance;
use serde_json::{json, Value};
use server::store::traces::{insert_organisation, NewOrganisation};

/// Someone with their own browser (cookie jar).
struct Person {
    client: reqwest::Client,
    base: String,
    email: String,
}

impl Person {
    async fn call(&self, endpoint: &str, body: Value) -> (u16, Value) {
        let response = self
            .client
            .post(format!("{}/api/{endpoint}", self.base))
            .json(&body)
            .send()
            .await
            .expect("request reaches the server");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    async fn ok(&self, endpoint: &str, body: Value) -> Value {
        let (status, body) = self.call(endpoint, body).await;
        assert_eq!(status, 200, "{} {endpoint}: {body}", self.email);
        body
    }

    async fn get(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// "send authorisation request" for one post; the id of the pending request.
    async fn request_post(&self, instance: &str, organisation_id: i64) -> i64 {
        let created = self
            .ok(
                "traces/request_authorisation",
                json!({ "instance": instance, "input": {
                    "posts": [{ "organisation_id": organisation_id }],
                    "additional_info": "I handle their organic imports.",
                    "contact_email": self.email, "contact_phone": "+48 22 123 45 67",
                    "idempotency_key": format!("key-{organisation_id}-{}", self.email.len())
                }}),
            )
            .await;
        created[0]["id"].as_i64().unwrap()
    }

    async fn decide(&self, id: i64, decision: Value) -> (u16, Value) {
        self.call(
            "approvals/decide",
            json!({ "instance": "production", "id": id, "decision": decision }),
        )
        .await
    }

    async fn accept(&self, id: i64) -> Value {
        let (status, body) = self.decide(id, json!({ "decision": "accept" })).await;
        assert_eq!(status, 200, "{} accepts {id}: {body}", self.email);
        body
    }

    async fn queue(&self, filter: Value, after: Option<&str>, limit: u32) -> (u16, Value) {
        self.call(
            "approvals/queue",
            json!({ "instance": "production", "filter": filter, "after": after, "limit": limit }),
        )
        .await
    }
}

impl TestApp {
    fn anonymous(&self) -> Person {
        Person {
            client: self.second_client(),
            base: self.url(""),
            email: "anonymous".into(),
        }
    }

    /// A registered person, logged in in their own browser.
    async fn person(&self, username: &str) -> Person {
        let email = format!("{username}@example.org");
        self.registered(username, &email).await;
        let person = Person {
            client: self.second_client(),
            base: self.url(""),
            email: email.clone(),
        };
        let (status, body) = person
            .call(
                "eulogin/login",
                json!({ "email": email, "password": PASSWORD }),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        person
    }

    async fn commission(&self, username: &str, instance: Instance) -> Person {
        let person = self.person(username).await;
        let granted =
            server::admin::create_commission_user(&self.store, instance, &person.email, 0)
                .await
                .unwrap();
        assert_eq!(granted, server::admin::Granted::Now);
        person
    }

    async fn organisation(&self, instance: Instance, organisation: NewOrganisation) -> i64 {
        let mut conn = self.store.connection().await.unwrap();
        insert_organisation(&mut conn, instance, &organisation, 0)
            .await
            .unwrap()
    }

    async fn status_of(&self, id: i64) -> String {
        let mut conn = self.store.connection().await.unwrap();
        sqlx::query_scalar("SELECT status FROM role_requests WHERE id = ?")
            .bind(id)
            .fetch_one(&mut *conn)
            .await
            .unwrap()
    }

    /// Moves the server's clock on, so that requests get distinct times.
    fn tick(&self) {
        self.clock.advance(1);
    }
}

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a page: {page}"))
        .iter()
        .map(|row| row["id"].as_i64().unwrap())
        .collect()
}

/// Every kind of caller of the matrix, with a national authority of Poland holding its post
/// (accepted by the Commission), Administrators of two Polish operators and of a Polish Border
/// Control Post (accepted by the authority), and pending requests to join the first operator.
struct World {
    app: TestApp,
    anonymous: Person,
    requester: Person,
    operator_admin: Person,
    other_operator_admin: Person,
    cca_same_country: Person,
    cca_other_country: Person,
    bcp: Person,
    commission: Person,
    /// Organisations.
    operator_a: i64,
    cca_pl: i64,
    /// Pending requests to join operator A, one per person who may decide them, and the
    /// requester's own (the one everybody tries).
    pending: i64,
    pending_for_cca: i64,
    pending_for_commission: i64,
    pending_for_admin: i64,
    /// The operator Administrator's own valid post.
    admin_post: i64,
}

async fn world() -> World {
    let app = spawn_app().await;
    let p = Instance::Production;
    let operator_a = app
        .organisation(p, operator("Alpha Bio Import", "PL", "PL1111111"))
        .await;
    let operator_b = app
        .organisation(p, operator("Beta Organic Trade", "PL", "PL2222222"))
        .await;
    let cca_pl = app
        .organisation(
            p,
            authority("Fictional Inspectorate of Poland", "PL", "CCA"),
        )
        .await;
    let cca_de = app
        .organisation(p, authority("Fictional Federal Office", "DE", "CCA"))
        .await;
    let bcp_pl = app
        .organisation(p, authority("Fictional Port BCP Gdańsk", "PL", "BCP"))
        .await;

    let commission = app.commission("commission", p).await;
    let cca_same_country = app.person("ccapl").await;
    let id = cca_same_country.request_post("production", cca_pl).await;
    commission.accept(id).await;
    let cca_other_country = app.person("ccade").await;
    let id = cca_other_country.request_post("production", cca_de).await;
    commission.accept(id).await;

    let operator_admin = app.person("adminalpha").await;
    let admin_post = operator_admin.request_post("production", operator_a).await;
    cca_same_country.accept(admin_post).await;
    let other_operator_admin = app.person("adminbeta").await;
    let id = other_operator_admin
        .request_post("production", operator_b)
        .await;
    cca_same_country.accept(id).await;
    let bcp = app.person("bcpofficer").await;
    let id = bcp.request_post("production", bcp_pl).await;
    cca_same_country.accept(id).await;

    app.tick();
    let requester = app.person("requester").await;
    let pending = requester.request_post("production", operator_a).await;
    let mut others = Vec::new();
    for name in ["second", "third", "fourth"] {
        app.tick();
        let person = app.person(name).await;
        others.push(person.request_post("production", operator_a).await);
    }
    World {
        anonymous: app.anonymous(),
        app,
        requester,
        operator_admin,
        other_operator_admin,
        cca_same_country,
        cca_other_country,
        bcp,
        commission,
        operator_a,
        cca_pl,
        pending,
        pending_for_cca: others[0],
        pending_for_commission: others[1],
        pending_for_admin: others[2],
        admin_post,
    }
}

#[tokio::test]
async fn authorisation_matrix_every_function_by_every_kind_of_caller() {
    let w = world().await;
    let callers: [(&str, &Person); 8] = [
        ("anonymous", &w.anonymous),
        ("requester", &w.requester),
        ("operator admin", &w.operator_admin),
        ("other operator's admin", &w.other_operator_admin),
        ("CCA of the same country", &w.cca_same_country),
        ("CCA of another country", &w.cca_other_country),
        ("BCP", &w.bcp),
        ("Commission", &w.commission),
    ];
    // Expected answers, in the order of `callers`. "in"/"out": 200 with / without the
    // requester's request listed.
    let sees_pending = ["401", "403", "in", "out", "in", "out", "out", "in"];
    let detail = [401, 404, 200, 404, 200, 404, 404, 200];
    let decide_denied = [401, 404, 404, 404, 404, 404, 404, 404];
    let set_admin_on_admin_post = [401, 404, 404, 404, 200, 404, 404, 200];
    let logged_in_only = [401, 200, 200, 200, 200, 200, 200, 200];
    let export = [401, 403, 200, 200, 200, 200, 200, 200];

    let mut wrong = Vec::new();
    for (i, (who, caller)) in callers.iter().enumerate() {
        let (status, page) = caller.queue(json!({}), None, 100).await;
        let got = match status {
            200 if ids(&page).contains(&w.pending) => "in".to_owned(),
            200 => "out".to_owned(),
            other => other.to_string(),
        };
        if got != sees_pending[i] {
            wrong.push(format!(
                "queue by {who}: {got}, expected {}",
                sees_pending[i]
            ));
        }

        let (status, _) = caller
            .call(
                "approvals/detail",
                json!({ "instance": "production", "id": w.pending }),
            )
            .await;
        if status != detail[i] {
            wrong.push(format!("detail by {who}: {status}, expected {}", detail[i]));
        }

        // Everyone is refused on the requester's own request except those who may decide it;
        // those are checked below on requests of their own, so this one stays pending.
        if detail[i] != 200 {
            let (status, _) = caller
                .decide(w.pending, json!({ "decision": "accept" }))
                .await;
            if status != decide_denied[i] {
                wrong.push(format!(
                    "decide by {who}: {status}, expected {}",
                    decide_denied[i]
                ));
            }
            let (status, _) = caller
                .call(
                    "approvals/decide_many",
                    json!({ "instance": "production", "ids": [w.pending],
                            "decision": { "decision": "reject", "reason": "Not your organisation" } }),
                )
                .await;
            let expected = if decide_denied[i] == 401 { 401 } else { 400 };
            if status != expected {
                wrong.push(format!(
                    "decide_many by {who}: {status}, expected {expected}"
                ));
            }
        }

        if set_admin_on_admin_post[i] != 200 {
            let (status, _) = caller
                .call(
                    "approvals/set_admin",
                    json!({ "instance": "production", "id": w.admin_post, "admin": false }),
                )
                .await;
            if status != set_admin_on_admin_post[i] {
                wrong.push(format!(
                    "set_admin by {who}: {status}, expected {}",
                    set_admin_on_admin_post[i]
                ));
            }
        }

        for endpoint in ["approvals/counts", "approvals/notifications"] {
            let (status, _) = caller
                .call(endpoint, json!({ "instance": "production" }))
                .await;
            if status != logged_in_only[i] {
                wrong.push(format!(
                    "{endpoint} by {who}: {status}, expected {}",
                    logged_in_only[i]
                ));
            }
        }
        let (status, _) = caller
            .call(
                "approvals/notifications_read",
                json!({ "instance": "production", "up_to": 1_000_000 }),
            )
            .await;
        if status != logged_in_only[i] {
            wrong.push(format!("notifications_read by {who}: {status}"));
        }

        for file in ["queue.csv", "decisions.csv"] {
            let (status, body) = caller
                .get(&format!("/api/approvals/export/{file}?instance=production"))
                .await;
            if status != export[i] {
                wrong.push(format!(
                    "export {file} by {who}: {status}, expected {}",
                    export[i]
                ));
            }
            if file == "queue.csv" && status == 200 {
                let listed = body
                    .lines()
                    .any(|line| line.starts_with(&format!("{},", w.pending)));
                if listed != (sees_pending[i] == "in") {
                    wrong.push(format!("export by {who} lists the request: {listed}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(w.app.status_of(w.pending).await, "pending");
    assert_eq!(w.app.status_of(w.admin_post).await, "valid");

    // Each kind of decider that may decide does so, on a request of its own to decide.
    for (decider, id) in [
        (&w.cca_same_country, w.pending_for_cca),
        (&w.commission, w.pending_for_commission),
        (&w.operator_admin, w.pending_for_admin),
    ] {
        let detail = decider.accept(id).await;
        assert_eq!(detail["row"]["status"], "valid");
    }
    // The Administrator flag: the authority removes it, the Commission grants it back.
    for (decider, admin) in [(&w.cca_same_country, false), (&w.commission, true)] {
        let detail = decider
            .ok(
                "approvals/set_admin",
                json!({ "instance": "production", "id": w.admin_post, "admin": admin }),
            )
            .await;
        assert_eq!(detail["admin"], admin);
    }
    // Counts: only deciders get a badge.
    let counts = w
        .requester
        .ok("approvals/counts", json!({ "instance": "production" }))
        .await;
    assert_eq!(counts["decider"], false);
    let counts = w
        .commission
        .ok("approvals/counts", json!({ "instance": "production" }))
        .await;
    assert_eq!(
        (counts["decider"].clone(), counts["pending"].clone()),
        (json!(true), json!(1))
    );
}

#[tokio::test]
async fn a_central_competent_authority_is_decided_by_the_commission_and_its_administrators_only() {
    let w = world().await;
    let newcomer = w.app.person("newinspector").await;
    let id = newcomer.request_post("production", w.cca_pl).await;
    // The other national authority, the operator's administrator: not theirs to decide.
    for outsider in [&w.cca_other_country, &w.operator_admin] {
        let (status, _) = outsider.decide(id, json!({ "decision": "accept" })).await;
        assert_eq!(status, 404);
    }
    // The authority's own Administrator (its first member) decides it.
    let detail = w.cca_same_country.accept(id).await;
    assert_eq!(detail["row"]["status"], "valid");
    assert_eq!(
        detail["admin"], false,
        "only the first member becomes Administrator"
    );
}

#[tokio::test]
async fn an_administrator_no_longer_decides_once_the_organisation_is_not_valid() {
    let w = world().await;
    assert_eq!(
        w.operator_admin
            .call(
                "approvals/detail",
                json!({ "instance": "production", "id": w.pending_for_admin })
            )
            .await
            .0,
        200
    );
    // The directory import marks an organisation inactive when it leaves the register.
    let mut tx = w.app.store.begin_write().await.unwrap();
    sqlx::query("UPDATE organisations SET status = 'inactive' WHERE id = ?")
        .bind(w.operator_a)
        .execute(&mut **tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let (status, _) = w.operator_admin.queue(json!({}), None, 50).await;
    assert_eq!(
        status, 403,
        "an inactive organisation's Administrator has no queue"
    );
    let (status, _) = w
        .operator_admin
        .decide(w.pending_for_admin, json!({ "decision": "accept" }))
        .await;
    assert_eq!(status, 404);
    assert_eq!(
        w.app
            .count(&format!(
                "SELECT COUNT(*) FROM role_requests WHERE id = {} AND status = 'pending'",
                w.pending_for_admin
            ))
            .await,
        1
    );
}

#[tokio::test]
async fn two_deciders_at_once_record_exactly_one_decision() {
    let w = world().await;
    for round in 0..5 {
        let person = w.app.person(&format!("racer{round}")).await;
        let id = person.request_post("production", w.operator_a).await;
        let (a, b) = tokio::join!(
            w.cca_same_country
                .decide(id, json!({ "decision": "accept" })),
            w.commission.decide(
                id,
                json!({ "decision": "reject", "reason": "Duplicate of another request" })
            ),
        );
        let statuses = [a.0, b.0];
        assert!(
            statuses.contains(&200) && statuses.contains(&409),
            "round {round}: {a:?} {b:?}"
        );
        let loser = if a.0 == 409 { &a.1 } else { &b.1 };
        let message = english(&loser["detail"]);
        assert!(message.contains("already"), "{message}");
        assert!(
            message.contains("@example.org"),
            "names who decided: {message}"
        );
        let decisions = w
            .app
            .count(&format!(
                "SELECT COUNT(*) FROM audit_log WHERE request_id = {id}
                 AND action IN ('request_accepted', 'request_rejected')"
            ))
            .await;
        assert_eq!(decisions, 1);
    }
}

#[tokio::test]
async fn bad_decisions_get_specific_messages_and_change_nothing() {
    let w = world().await;
    let cca = &w.cca_same_country;

    // A reject without a reason, or with a useless one.
    for reason in ["", "  ", "no"] {
        let (status, body) = cca
            .decide(w.pending, json!({ "decision": "reject", "reason": reason }))
            .await;
        assert_eq!(status, 400, "{body}");
        assert_eq!(body["detail"][0]["field"], "reason", "{body}");
    }
    // Unknown, negative, and another instance's ids: not found, like a request out of scope.
    let training_cca = w
        .app
        .organisation(Instance::Training, authority("Training CCA", "PL", "CCA"))
        .await;
    let trainee = w.app.person("trainee").await;
    let training_request = trainee.request_post("training", training_cca).await;
    let audit_before = w.app.count("SELECT COUNT(*) FROM audit_log").await;
    for id in [999_999, -1, 0, training_request] {
        let (status, body) = cca.decide(id, json!({ "decision": "accept" })).await;
        assert_eq!(status, 404, "{id}: {body}");
    }
    // A malformed decision is a bad request, not a server fault.
    let (status, _) = cca.decide(w.pending, json!({ "decision": "maybe" })).await;
    assert_eq!(status, 400);
    assert_eq!(w.app.status_of(w.pending).await, "pending");
    assert_eq!(
        w.app.count("SELECT COUNT(*) FROM audit_log").await,
        audit_before
    );

    // Deciding twice: the second answer says who decided and when.
    cca.accept(w.pending).await;
    let (status, body) = w
        .commission
        .decide(
            w.pending,
            json!({ "decision": "reject", "reason": "Changed my mind" }),
        )
        .await;
    assert_eq!(status, 409);
    let message = english(&body["detail"]);
    assert!(
        message.contains("already accepted by Anna Smith (ccapl@example.org) on"),
        "{message}"
    );
    assert_eq!(w.app.status_of(w.pending).await, "valid");

    // The requester cannot cancel a decided request either.
    let (status, _) = w
        .requester
        .call(
            "traces/cancel_request",
            json!({ "instance": "production", "id": w.pending }),
        )
        .await;
    assert_eq!(status, 409);
}

#[tokio::test]
async fn bulk_decisions_are_all_or_nothing_and_name_each_problem() {
    let w = world().await;
    let cca = &w.cca_same_country;
    let many = [w.pending, w.pending_for_cca, w.pending_for_commission];
    let reject = json!({ "decision": "reject", "reason": "Please apply through your importer" });

    let (status, body) = cca
        .call(
            "approvals/decide_many",
            json!({ "instance": "production", "ids": [many[0], many[1], many[0]], "decision": reject }),
        )
        .await;
    assert_eq!(status, 400);
    assert!(
        english(&body["detail"][0]["message"]).contains("twice"),
        "{body}"
    );

    // One id out of scope: nothing at all is decided, and the error names it.
    let (status, body) = cca
        .call(
            "approvals/decide_many",
            json!({ "instance": "production", "ids": [many[0], 424_242, many[1]], "decision": reject }),
        )
        .await;
    assert_eq!(status, 400);
    let messages: Vec<String> = body["detail"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| english(&e["message"]))
        .collect();
    assert!(
        messages[0].starts_with("Nothing was decided: 1 of the 3"),
        "{messages:?}"
    );
    assert!(messages[1].contains("424242"), "{messages:?}");
    for id in many {
        assert_eq!(w.app.status_of(id).await, "pending");
    }

    let (status, _) = cca
        .call(
            "approvals/decide_many",
            json!({ "instance": "production", "ids": [], "decision": reject }),
        )
        .await;
    assert_eq!(status, 400);

    let done = cca
        .ok(
            "approvals/decide_many",
            json!({ "instance": "production", "ids": many, "decision": reject }),
        )
        .await;
    assert_eq!(done["decided"].as_array().unwrap().len(), 3);
    for id in many {
        assert_eq!(w.app.status_of(id).await, "rejected");
    }
    // The requester sees the reason on the profile.
    let mine = w
        .requester
        .ok("traces/my_requests", json!({ "instance": "production" }))
        .await;
    assert_eq!(mine[0]["status"], "rejected");
    assert_eq!(mine[0]["reason"], "Please apply through your importer");
}

#[tokio::test]
async fn the_queue_filters_sorts_and_pages_by_keyset() {
    let w = world().await;
    let c = &w.commission;
    // 4 pending to operator A from the world, plus 7 more of several kinds.
    let mut expected = vec![
        w.pending,
        w.pending_for_cca,
        w.pending_for_commission,
        w.pending_for_admin,
    ];
    for i in 0..7 {
        w.app.tick();
        let person = w.app.person(&format!("bulk{i}")).await;
        let organisation = w
            .app
            .organisation(
                Instance::Production,
                operator(&format!("Gamma Żywność {i}"), "DE", &format!("DE77{i}")),
            )
            .await;
        expected.push(person.request_post("production", organisation).await);
    }
    // Oldest first, three at a time, following `next`.
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let (status, page) = c
            .queue(json!({ "order": "oldest_first" }), after.as_deref(), 3)
            .await;
        assert_eq!(status, 200, "{page}");
        assert!(ids(&page).len() <= 3);
        seen.extend(ids(&page));
        match page["next"].as_str() {
            Some(next) => after = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen, expected);
    // Newest first is the reverse.
    let (_, page) = c.queue(json!({}), None, 100).await;
    let mut reversed = expected.clone();
    reversed.reverse();
    assert_eq!(ids(&page), reversed);

    // Filters: country, organisation name without accents, role kind, age.
    let (_, page) = c.queue(json!({ "country": "de" }), None, 100).await;
    assert_eq!(ids(&page).len(), 7);
    let (_, page) = c
        .queue(json!({ "organisation": "zywnosc 3" }), None, 100)
        .await;
    assert_eq!(ids(&page), vec![expected[7]]);
    let (_, page) = c
        .queue(json!({ "role_kind": "AUTHORITY" }), None, 100)
        .await;
    assert!(ids(&page).is_empty());
    let (_, page) = c.queue(json!({ "min_age_days": 1 }), None, 100).await;
    assert!(ids(&page).is_empty());
    w.app.clock.advance(2 * 86_400);
    // Two days on, the session has ended: log in again.
    c.ok(
        "eulogin/login",
        json!({ "email": c.email, "password": PASSWORD }),
    )
    .await;
    let (_, page) = c.queue(json!({ "min_age_days": 1 }), None, 100).await;
    assert_eq!(ids(&page).len(), expected.len());

    // The decision history lists decided requests only.
    let (_, page) = c.queue(json!({ "view": "decided" }), None, 100).await;
    assert!(!ids(&page).is_empty());
    assert!(page["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|row| row["status"] != "pending"));

    // Bad filters and a forged cursor: field errors, not a server fault.
    let (status, body) = c
        .queue(json!({ "country": "XX", "min_age_days": 99_999 }), None, 10)
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["detail"].as_array().unwrap().len(), 2, "{body}");
    let (status, body) = c.queue(json!({}), Some("bm9wZQ"), 10).await;
    assert_eq!(status, 400);
    assert_eq!(body["detail"][0]["field"], "after");
    let (status, _) = c.queue(json!({ "role_kind": "PIRATE" }), None, 10).await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_new_operator_is_validated_by_accepting_its_request_and_rejected_with_it() {
    let w = world().await;
    let input = |name: &str, eori: &str| {
        json!({
            "name": name, "country": "PL", "address": "ul. Prosta 2", "city": "Łódź",
            "postcode": "90-001", "section": "ORGANIC_OPERATOR", "activity": "IMPORTER",
            "phone": "+48 42 000 00 00", "fax": "", "email": "", "website": "", "eori": eori
        })
    };
    let mut created = Vec::new();
    for (name, eori) in [
        ("Delta Eko Import", "PL3333333"),
        ("Epsilon Eko", "PL4444444"),
    ] {
        let person = w.app.person(&name.replace(' ', "").to_lowercase()).await;
        let body = person
            .ok(
                "traces/create_operator",
                json!({ "instance": "production", "input": input(name, eori),
                        "contact_email": person.email, "contact_phone": "",
                        "additional_info": "", "idempotency_key": format!("create-{eori}") }),
            )
            .await;
        created.push((
            body["organisation"]["id"].as_i64().unwrap(),
            body["request"]["id"].as_i64().unwrap(),
        ));
    }
    let (delta, delta_request) = created[0];
    let (epsilon, epsilon_request) = created[1];

    let detail = w
        .cca_same_country
        .ok(
            "approvals/detail",
            json!({ "instance": "production", "id": delta_request }),
        )
        .await;
    assert_eq!(detail["organisation"]["status"], "new");
    assert_eq!(detail["row"]["organisation_status"], "new");

    let detail = w.cca_same_country.accept(delta_request).await;
    assert_eq!(detail["organisation"]["status"], "valid");
    assert_eq!(
        detail["admin"], true,
        "the first member is the Administrator"
    );
    let actions: Vec<&str> = detail["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "request_created",
            "operator_validated",
            "request_accepted",
            "admin_granted"
        ]
    );

    let (status, _) = w
        .cca_same_country
        .decide(
            epsilon_request,
            json!({ "decision": "reject", "reason": "This company does not exist" }),
        )
        .await;
    assert_eq!(status, 200);
    let status_of =
        |id: i64| format!("SELECT COUNT(*) FROM organisations WHERE id = {id} AND status = ");
    assert_eq!(
        w.app.count(&format!("{}'valid'", status_of(delta))).await,
        1
    );
    assert_eq!(
        w.app
            .count(&format!("{}'rejected'", status_of(epsilon)))
            .await,
        1
    );
    let _ = w.operator_a;
}

/// A notification's sentence, in English (it travels as a message id with arguments).

#[tokio::test]
async fn deciders_and_requesters_are_notified_in_the_app_and_by_mail_per_preference() {
    let w = world().await;
    let newcomer = w.app.person("newcomer").await;
    let id = newcomer.request_post("production", w.operator_a).await;

    // The operator's Administrator is told, in the app and by mail.
    let notes = w
        .operator_admin
        .ok(
            "approvals/notifications",
            json!({ "instance": "production" }),
        )
        .await;
    assert_eq!(notes[0]["event"], "new_request");
    assert_eq!(notes[0]["request_id"], id);
    assert!(english(&notes[0]["text"]).contains("Alpha Bio Import"));
    // In the recipient's e-mail language: everyone here signed up with German.
    let mail = w.app.wait_for_mail("adminalpha@example.org", 1).await;
    assert!(
        mail.iter().any(|m| m["subject"]
            .as_str()
            .unwrap()
            .contains("neuer Autorisierungsantrag")),
        "{mail:?}"
    );
    let counts = w
        .operator_admin
        .ok("approvals/counts", json!({ "instance": "production" }))
        .await;
    assert!(counts["unread_notifications"].as_u64().unwrap() >= 1);
    let newest = notes[0]["id"].as_i64().unwrap();
    let counts = w
        .operator_admin
        .ok(
            "approvals/notifications_read",
            json!({ "instance": "production", "up_to": newest }),
        )
        .await;
    assert_eq!(counts["unread_notifications"], 0);
    // Nobody is told of their own request, and outsiders are not told at all.
    let outsider = w
        .cca_other_country
        .ok(
            "approvals/notifications",
            json!({ "instance": "production" }),
        )
        .await;
    assert!(outsider
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["request_id"] != id));

    // The requester turned e-mail off: told in the app only, with the reason.
    let mut conn = w.app.store.connection().await.unwrap();
    sqlx::query("UPDATE traces_users SET notify_email = 0 WHERE account_id = (SELECT id FROM accounts WHERE email = ?)")
        .bind(&newcomer.email)
        .execute(&mut *conn)
        .await
        .unwrap();
    drop(conn);
    let mails_before = w
        .app
        .count("SELECT COUNT(*) FROM outbox WHERE to_address = 'newcomer@example.org'")
        .await;
    w.cca_same_country
        .decide(
            id,
            json!({ "decision": "reject", "reason": "Ask your manager first" }),
        )
        .await;
    let notes = newcomer
        .ok(
            "approvals/notifications",
            json!({ "instance": "production" }),
        )
        .await;
    assert_eq!(notes[0]["event"], "decided");
    assert!(english(&notes[0]["text"]).contains("rejected: Ask your manager first"));
    assert_eq!(
        w.app
            .count("SELECT COUNT(*) FROM outbox WHERE to_address = 'newcomer@example.org'")
            .await,
        mails_before
    );
    // With e-mail on (the default), the decision is mailed with its reason.
    let accepted_person = w.app.person("acceptme").await;
    let id = accepted_person
        .request_post("production", w.operator_a)
        .await;
    w.commission.accept(id).await;
    let mail = w.app.wait_for_mail("acceptme@example.org", 2).await;
    assert!(
        mail[0]["subject"].as_str().unwrap().contains("angenommen"),
        "{mail:?}"
    );
}

#[tokio::test]
async fn the_audit_log_is_append_only_and_exported_with_the_history() {
    let w = world().await;
    w.cca_same_country
        .decide(
            w.pending,
            json!({ "decision": "reject", "reason": "Wrong, the operator is, say, \"closed\"" }),
        )
        .await;
    let mut conn = w.app.store.connection().await.unwrap();
    for sql in ["UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log"] {
        let err = sqlx::query(sql).execute(&mut *conn).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{err}");
    }
    drop(conn);
    let (status, csv) = w
        .cca_same_country
        .get("/api/approvals/export/decisions.csv?instance=production")
        .await;
    assert_eq!(status, 200);
    assert!(csv.starts_with("entry,at (UTC),by,action,"), "{csv}");
    assert!(
        csv.contains("\"Wrong, the operator is, say, \"\"closed\"\"\""),
        "{csv}"
    );
    // A bad export link is a clear 400, not a server fault.
    let (status, body) = w
        .cca_same_country
        .get("/api/approvals/export/queue.csv?instance=production&view=everything")
        .await;
    assert_eq!(status, 400);
    let body: Value = serde_json::from_str(&body).unwrap();
    assert!(
        english(&body["detail"]).contains("“view=everything”"),
        "{body}"
    );
    let (status, _) = w
        .cca_same_country
        .get("/api/approvals/export/secrets.csv?instance=production")
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn the_commission_command_needs_an_account_and_is_idempotent() {
    let app = spawn_app().await;
    let missing = server::admin::create_commission_user(
        &app.store,
        Instance::Training,
        "nobody@example.org",
        0,
    )
    .await
    .unwrap_err();
    assert!(
        missing.to_string().contains("no EU Login account"),
        "{missing}"
    );
    let bad =
        server::admin::create_commission_user(&app.store, Instance::Training, "not-an-email", 0)
            .await
            .unwrap_err();
    assert!(matches!(bad, server::admin::AdminError::Email(_)));
    app.registered("boss", "boss@example.org").await;
    for expected in [server::admin::Granted::Now, server::admin::Granted::Already] {
        let granted = server::admin::create_commission_user(
            &app.store,
            Instance::Training,
            "Boss@Example.org",
            0,
        )
        .await
        .unwrap();
        assert_eq!(granted, expected);
    }
    // Commission on training only: production is untouched.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM commission_members WHERE instance = 'production'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'commission_granted'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_commission_command_refuses_a_demo_address_on_production_only() {
    let app = spawn_app().await;
    app.registered("trainer1", "trainer1@demo.traces-training.example")
        .await;
    let refused = server::admin::create_commission_user(
        &app.store,
        Instance::Production,
        "trainer1@demo.traces-training.example",
        0,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(refused, server::admin::AdminError::DemoAddress(_)),
        "{refused}"
    );
    let text = refused.to_string();
    assert!(
        text.contains("demo.traces-training.example")
            && text.contains("anyone can read")
            && text.contains("changes the account's e-mail"),
        "{text}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM commission_members").await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, 0);
    // Training is what demo addresses are for.
    let granted = server::admin::create_commission_user(
        &app.store,
        Instance::Training,
        "trainer1@demo.traces-training.example",
        0,
    )
    .await
    .unwrap();
    assert_eq!(granted, server::admin::Granted::Now);
}
