//! The authorisation matrix: every server function (and the CSV exports) × every kind of
//! caller, each cell with its expected answer written out in [`MATRIX`]. An allowed cell is
//! checked for the scope of what it answers (only the caller's own requests, only requests the
//! caller may decide, only the caller's instance); a refused cell for its exact `ApiError` kind
//! and for leaving every table as it was. A server function the matrix does not list fails
//! [`the_matrix_lists_every_server_function`].
//!
//! Both instances are served by the same server: a function of an instance takes the instance
//! as an argument, and the `training/*` functions always act on training. So "a session of the
//! other instance" is a browser of one instance calling the other's functions: the production
//! Commission on training (an ordinary registrant there) and the trainer persona on production
//! (nobody there: demo accounts are not logged in on production). There is no second server on
//! which training functions could be missing.

use crate::eulogin::PASSWORD;
use crate::helpers::{authority, control_body, operator, spawn_app_with, TestApp};
use app::api::training::DEMO_PASSWORD;
use app::domain::Instance;
use serde_json::{json, Value};
use server::clock::Clock;
use server::store::traces::{insert_organisation, NewOrganisation, NewRequest};
use server::store::{accounts, approvals as approvals_store, traces as traces_store};
use std::collections::{BTreeMap, BTreeSet};

/// What a cell expects: 200, or a refusal with its status and `ApiError` kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    Ok,
    Refused(u16, &'static str),
}

const OK: Expect = Expect::Ok;
/// A bulk decision names each request it could not decide (all or nothing), as field errors.
const E400: Expect = Expect::Refused(400, "validation");
const E401: Expect = Expect::Refused(401, "unauthenticated");
const E403: Expect = Expect::Refused(403, "forbidden");
/// Out of the caller's scope, or someone else's: answered as if it did not exist.
const E404: Expect = Expect::Refused(404, "not_found");
/// The one-kind-of-role rule: an authority or control body person creates no operator.
const E409: Expect = Expect::Refused(409, "conflict");

/// The kinds of caller, in the order of the matrix's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    /// No session.
    Anonymous,
    /// An EU Login account without any TRACES role.
    NoRole,
    /// A member (not Administrator) of an importer.
    Operator,
    /// The Administrator of that importer.
    OrgAdmin,
    /// A member of an organic control body certifying in Poland.
    ControlBody,
    /// A member of a Polish Border Control Post.
    BorderPost,
    /// A member (and Administrator) of the Polish Central Competent Authority.
    CcaPoland,
    /// A member of the German one: a decider, but not for Polish requests.
    CcaGermany,
    /// The Commission of production.
    Commission,
    /// The production Commission's account calling the training instance's functions.
    CommissionOnTraining,
    /// The importer persona of the training demo (no post).
    Trainee,
    /// The Commission persona of the training demo: Commission on training and a trainer.
    Trainer,
    /// The trainer persona's session calling the production instance's functions.
    TrainerOnProduction,
}

const CALLERS: [Who; 13] = [
    Who::Anonymous,
    Who::NoRole,
    Who::Operator,
    Who::OrgAdmin,
    Who::ControlBody,
    Who::BorderPost,
    Who::CcaPoland,
    Who::CcaGermany,
    Who::Commission,
    Who::CommissionOnTraining,
    Who::Trainee,
    Who::Trainer,
    Who::TrainerOnProduction,
];

/// Every server function (the two CSV exports, plain GET routes, too) × every caller, in the
/// order of [`CALLERS`]. Rows run top to bottom for each caller; the rows that end or replace
/// the session come last. Where a function acts on "the" request, each caller has a copy of it
/// of its own (see [`Targets`]), so that what one caller is allowed to do never changes what
/// the next one is asked.
#[rustfmt::skip]
const MATRIX: &[(&str, &str, [Expect; 13])] = &[
    //                                                  anon  none  oper  admin cb    bcp   ccaPL ccaDE comm  comm→T trainee trainer tr→prod
    ("system_status", "",                              [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("i18n/translations", "",                          [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("set_language", "",                               [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    // Public by design (README, "Mail"); with SMTP it lists only the demo's mail (mail.rs).
    ("mailbox_list", "",                               [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/captcha", "",                            [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/password_strength", "",                  [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/me", "",                                 [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/sign_up", "",                            [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/password_link", "",                      [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    // The e-mailed token is the authority here, not the session.
    ("eulogin/check_link", "",                         [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/set_password", "",                       [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/confirm_email", "",                      [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    // EU Login is shared by both instances: a persona is a logged-in account everywhere.
    // The demo's people are shared by the whole training room: their details stay as seeded.
    ("eulogin/update_profile", "",                     [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    E409,   E409,   E409]),
    ("eulogin/request_email_change", "",               [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    E409,   E409,   E409]),
    ("training/info", "",                              [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("traces/me", "",                                  [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/search_operators", "",                    [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/search_authorities", "",                  [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/search_control_bodies", "",               [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/operator_duplicates", "",                 [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/request_authorisation", "",               [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/create_operator", "",                     [E401, OK,   OK,   OK,   E409, E409, E409, E409, OK,   OK,    OK,     OK,     E401]),
    ("traces/my_requests", "",                         [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/cancel_request", "someone else's",        [E401, E404, E404, E404, E404, E404, E404, E404, E404, E404,  E404,   E404,   E401]),
    ("traces/cancel_request", "own",                   [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("traces/preferences", "",                         [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("approvals/counts", "",                           [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("approvals/queue", "",                            [E401, E403, E403, OK,   E403, E403, OK,   OK,   OK,   E403,  E403,   OK,     E401]),
    ("approvals/export/queue.csv", "",                 [E401, E403, E403, OK,   E403, E403, OK,   OK,   OK,   E403,  E403,   OK,     E401]),
    ("approvals/export/decisions.csv", "",             [E401, E403, E403, OK,   E403, E403, OK,   OK,   OK,   E403,  E403,   OK,     E401]),
    ("approvals/detail", "",                           [E401, E404, E404, OK,   E404, E404, OK,   E404, OK,   E404,  E404,   OK,     E401]),
    ("approvals/decide", "",                           [E401, E404, E404, OK,   E404, E404, OK,   E404, OK,   E404,  E404,   OK,     E401]),
    ("approvals/decide_many", "",                      [E401, E400, E400, OK,   E400, E400, OK,   E400, OK,   E400,  E400,   OK,     E401]),
    ("approvals/set_admin", "",                        [E401, E404, E404, OK,   E404, E404, OK,   E404, OK,   E404,  E404,   OK,     E401]),
    ("approvals/notifications", "",                    [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("approvals/notifications_read", "",               [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     E401]),
    ("eulogin/change_password", "",                    [E401, OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    E409,   E409,   E409]),
    // Trainers only; the training functions take no instance: the trainer's session resets
    // training from whichever instance's page it comes.
    ("training/reset", "",                             [E401, E403, E403, E403, E403, E403, E403, E403, E403, E403,  E403,   OK,     OK  ]),
    ("eulogin/login", "",                              [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    // "Log in as" a persona needs no password: personas are nobody on production.
    ("training/log_in_as", "",                         [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
    ("eulogin/logout", "",                             [OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,   OK,    OK,     OK,     OK  ]),
];

/// Routes of the matrix that are not server functions.
const PLAIN_ROUTES: [&str; 2] = [
    "approvals/export/queue.csv",
    "approvals/export/decisions.csv",
];

/// The endpoints of every `#[server(endpoint = …)]` in `app/src/api/*.rs`.
fn declared_in_sources() -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/api");
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("app/src/api") {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("#[server]"),
            "{}: a server function without an endpoint name",
            path.display()
        );
        for (at, _) in text.match_indices("#[server(") {
            let attribute = &text[at..at + text[at..].find(")]").expect("attribute's end")];
            let start = attribute
                .find("endpoint = \"")
                .unwrap_or_else(|| panic!("{}: no endpoint in {attribute}", path.display()))
                + "endpoint = \"".len();
            let end = start + attribute[start..].find('"').unwrap();
            found.insert(attribute[start..end].to_owned());
        }
    }
    found
}

#[test]
fn the_matrix_lists_every_server_function() {
    let in_matrix: BTreeSet<String> = MATRIX
        .iter()
        .map(|(endpoint, _, _)| endpoint.to_string())
        .filter(|endpoint| !PLAIN_ROUTES.contains(&endpoint.as_str()))
        .collect();
    let registered: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| {
            path.strip_prefix("/api/")
                .unwrap_or_else(|| panic!("a server function outside /api: {path}"))
                .to_owned()
        })
        .collect();
    // Only a read is answered on a GET: a GET skips the same-origin check, and a Lax session
    // cookie goes along with another site's link.
    let not_post: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(_, method)| method.as_str() != "POST")
        .map(|(path, _)| path)
        .collect();
    assert_eq!(not_post, ["/api/i18n/translations"]);
    let declared = declared_in_sources();
    assert_eq!(declared.len(), 38, "{declared:?}");
    assert_eq!(
        declared, registered,
        "sources and the server's registry disagree"
    );
    let missing: Vec<&String> = registered.difference(&in_matrix).collect();
    assert!(
        missing.is_empty(),
        "server functions without a row in the authorisation matrix: {missing:?}"
    );
    let stale: Vec<&String> = in_matrix.difference(&registered).collect();
    assert!(stale.is_empty(), "rows for no server function: {stale:?}");
    // Each row once (a variant makes a second row of the same function).
    let rows: BTreeSet<(&str, &str)> = MATRIX.iter().map(|(e, v, _)| (*e, *v)).collect();
    assert_eq!(rows.len(), MATRIX.len());
}

/// Who may decide what, as the README's table says: the oracle the answers are checked with.
#[derive(Clone, Debug, Default)]
struct Scope {
    commission: bool,
    /// Central Competent Authority of this country: every non-CCA request of the country.
    cca: Option<&'static str>,
    /// Administrator of these organisations.
    admin_of: Vec<i64>,
}

impl Scope {
    fn is_decider(&self) -> bool {
        self.commission || self.cca.is_some() || !self.admin_of.is_empty()
    }

    fn covers(&self, me: Option<i64>, facts: &Facts) -> bool {
        Some(facts.account) != me
            && (self.commission
                || self.admin_of.contains(&facts.organisation)
                || (!facts.cca && self.cca == Some(facts.country.as_str())))
    }
}

/// A request as the database has it.
#[derive(Debug)]
struct Facts {
    instance: String,
    account: i64,
    organisation: i64,
    country: String,
    cca: bool,
}

enum Login {
    Nobody,
    /// The account's e-mail and a password.
    Password(String, &'static str),
    Persona(&'static str),
}

/// What each caller acts on, on the instance it calls.
struct Targets {
    /// A pending request to join the importer (production) or a demo operator (training):
    /// read by `detail`, then decided by `decide`.
    decide: i64,
    /// Another such request, for `decide_many`.
    bulk: i64,
    /// A valid post without the Administrator flag in the same organisation, for `set_admin`.
    admin: i64,
    /// An organisation of the caller's kind to ask for a post at.
    request_post: i64,
    /// An account with a set-password link (username, token).
    link: (String, String),
    /// An account with an e-mail change link (account id, token, new address).
    moving: (i64, String, String),
}

struct Caller {
    who: Who,
    index: usize,
    /// The instance whose functions it calls.
    instance: Instance,
    login: Login,
    account: Option<i64>,
    /// The address the caller uses in forms (for nobody: an account to log in to).
    email: String,
    password: &'static str,
    /// `traces/me`'s role kind at the start.
    kind: Option<&'static str>,
    scope: Scope,
    trainer: bool,
    targets: Targets,
}

struct World {
    app: TestApp,
    callers: Vec<Caller>,
    /// A pending request nobody decides, per instance: `cancel_request` by others.
    victim_production: i64,
    victim_training: i64,
    operator_a: i64,
    /// Commission on both instances, not a caller: it reads what the callers left.
    observer: String,
}

impl World {
    fn victim(&self, instance: Instance) -> i64 {
        match instance {
            Instance::Production => self.victim_production,
            Instance::Training => self.victim_training,
        }
    }

    async fn facts(&self, id: i64) -> Option<Facts> {
        let mut conn = self.app.store.connection().await.unwrap();
        sqlx::query_as::<_, (String, i64, i64, String, bool)>(
            "SELECT r.instance, r.account_id, r.organisation_id, r.country,
                    o.authority_role IS 'CCA'
             FROM role_requests r JOIN organisations o ON o.id = r.organisation_id
             WHERE r.id = ?",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
        .unwrap()
        .map(|(instance, account, organisation, country, cca)| Facts {
            instance,
            account,
            organisation,
            country,
            cca,
        })
    }

    async fn scalar(&self, sql: &str, id: i64) -> Option<String> {
        let mut conn = self.app.store.connection().await.unwrap();
        sqlx::query_scalar::<_, Option<String>>(sql)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await
            .unwrap()
            .flatten()
    }

    async fn organisation_instance(&self, id: i64) -> Option<String> {
        self.scalar("SELECT instance FROM organisations WHERE id = ?", id)
            .await
    }
}

/// The form of "create a new operator", like the importer of the world.
fn operator_input(name: &str, eori: &str) -> Value {
    json!({
        "name": name, "country": "PL", "address": "ul. Prosta 2", "city": "Łódź",
        "postcode": "90-001", "section": "ORGANIC_OPERATOR", "activity": "IMPORTER",
        "phone": "+48 42 000 00 00", "fax": "", "email": "", "website": "", "eori": eori
    })
}

/// Seeding the way the import and the command line do: straight into the store.
struct Seed<'a> {
    app: &'a TestApp,
    now: i64,
    password_hash: String,
}

impl Seed<'_> {
    async fn organisation(&self, instance: Instance, organisation: NewOrganisation) -> i64 {
        let mut conn = self.app.store.connection().await.unwrap();
        insert_organisation(&mut conn, instance, &organisation, self.now)
            .await
            .unwrap()
    }

    /// An EU Login account `<username>@example.org`, with PASSWORD or without a password.
    async fn account(&self, username: &str, with_password: bool) -> (i64, String) {
        let email = format!("{username}@example.org");
        let mut conn = self.app.store.connection().await.unwrap();
        let id = accounts::insert_account(
            &mut conn,
            &accounts::NewAccount {
                username,
                first_name: "Maria",
                last_name: "Nowak",
                email: &email,
                email_normalized: &email,
                email_language: "en",
                ui_language: "en",
            },
            self.now,
        )
        .await
        .unwrap();
        if with_password {
            accounts::set_password_hash(&mut conn, id, &self.password_hash, self.now)
                .await
                .unwrap();
        }
        (id, email)
    }

    /// A link token of `purpose` for the account; the token itself, as the e-mail has it.
    async fn token(&self, account: i64, purpose: &str, new_email: Option<&str>) -> String {
        let token = server::secrets::random_token();
        let mut conn = self.app.store.connection().await.unwrap();
        accounts::insert_token(
            &mut conn,
            account,
            purpose,
            &server::secrets::token_hash(&token),
            new_email,
            self.now,
            self.now + 3600,
        )
        .await
        .unwrap();
        token
    }

    /// A request of `account` for a post at the organisation (in its own country); pending,
    /// or valid with or without the Administrator flag.
    async fn request(
        &self,
        instance: Instance,
        account: i64,
        organisation: i64,
        valid: Option<bool>,
    ) -> i64 {
        let mut conn = self.app.store.connection().await.unwrap();
        let (kind, country): (String, String) =
            sqlx::query_as("SELECT kind, country FROM organisations WHERE id = ?")
                .bind(organisation)
                .fetch_one(&mut *conn)
                .await
                .unwrap();
        let kind = traces_store::kind_from_code(&kind).unwrap();
        let submission = traces_store::insert_submission(
            &mut conn,
            instance,
            account,
            &format!("seed-{account}-{organisation}"),
            self.now,
        )
        .await
        .unwrap();
        let id = traces_store::insert_request(
            &mut conn,
            &NewRequest {
                instance,
                account_id: account,
                organisation_id: organisation,
                country: &country,
                role_kind: kind,
                additional_info: "",
                contact_email: "seed@example.org",
                contact_phone: None,
                submission_id: submission,
            },
            self.now,
        )
        .await
        .unwrap();
        if let Some(admin) = valid {
            assert!(approvals_store::record_decision(
                &mut conn, id, "valid", None, admin, account, self.now
            )
            .await
            .unwrap());
        }
        traces_store::set_role_kind(&mut conn, instance, account, Some(kind), self.now)
            .await
            .unwrap();
        id
    }

    /// A persona's account id and e-mail.
    async fn persona(&self, key: &str) -> (i64, String) {
        let mut conn = self.app.store.connection().await.unwrap();
        sqlx::query_as(
            "SELECT a.id, a.email FROM training_personas p JOIN accounts a ON a.id = p.account_id
             WHERE p.key = ?",
        )
        .bind(key)
        .fetch_one(&mut *conn)
        .await
        .unwrap()
    }
}

async fn world() -> World {
    let app = spawn_app_with(|config| config.training_demo = true).await;
    let p = Instance::Production;
    let t = Instance::Training;
    let seed = Seed {
        app: &app,
        now: app.clock.now(),
        password_hash: server::secrets::hash_password(PASSWORD).unwrap(),
    };
    let operator_a = seed
        .organisation(p, operator("Alpha Bio Import", "PL", "PL1111111"))
        .await;
    let operator_b = seed
        .organisation(p, operator("Beta Organic Trade", "PL", "PL2222222"))
        .await;
    let body_pl = seed
        .organisation(
            p,
            control_body("Fictional Kontrola Eko", "PL-EKO-101", "PL"),
        )
        .await;
    let other_body_pl = seed
        .organisation(
            p,
            control_body("Fictional Certyfikacja Bio", "PL-EKO-102", "PL"),
        )
        .await;
    let bcp_pl = seed
        .organisation(p, authority("Fictional Port BCP Gdańsk", "PL", "BCP"))
        .await;
    let bcp_de = seed
        .organisation(p, authority("Fictional Port BCP Hamburg", "DE", "BCP"))
        .await;
    let cca_pl = seed
        .organisation(
            p,
            authority("Fictional Inspectorate of Poland", "PL", "CCA"),
        )
        .await;
    let cca_de = seed
        .organisation(p, authority("Fictional Federal Office", "DE", "CCA"))
        .await;
    // Two demo operators nobody of the demo asked to join.
    let (training_x, training_y): (i64, i64) = {
        let mut conn = app.store.connection().await.unwrap();
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM organisations WHERE instance = 'training' AND kind = 'operator'
               AND status = 'valid'
               AND id NOT IN (SELECT organisation_id FROM role_requests)
             ORDER BY id LIMIT 2",
        )
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        (ids[0], ids[1])
    };

    let (_, visitor_email) = seed.account("visitor", true).await;
    let (_, observer_email) = seed.account("observer", true).await;
    for instance in [p, t] {
        server::admin::create_commission_user(&app.store, instance, &observer_email, seed.now)
            .await
            .unwrap();
    }
    let (importer, importer_email) = seed.persona("importer").await;
    let (trainer, trainer_email) = seed.persona("commission").await;

    let (victim_p, _) = seed.account("victim-production", false).await;
    let victim_production = seed.request(p, victim_p, operator_a, None).await;
    let (victim_t, _) = seed.account("victim-training", false).await;
    let victim_training = seed.request(t, victim_t, training_x, None).await;

    let mut callers = Vec::new();
    for (index, who) in CALLERS.into_iter().enumerate() {
        let instance = match who {
            Who::CommissionOnTraining | Who::Trainee | Who::Trainer => t,
            _ => p,
        };
        let mut scope = Scope::default();
        let (login, account, email, password, kind, request_post) = match who {
            Who::Anonymous => (
                Login::Nobody,
                None,
                visitor_email.clone(),
                PASSWORD,
                None,
                operator_b,
            ),
            Who::Trainee => (
                Login::Persona("importer"),
                Some(importer),
                importer_email.clone(),
                DEMO_PASSWORD,
                None,
                training_y,
            ),
            Who::Trainer | Who::TrainerOnProduction => {
                scope.commission = who == Who::Trainer;
                (
                    Login::Persona("commission"),
                    Some(trainer),
                    trainer_email.clone(),
                    DEMO_PASSWORD,
                    None,
                    if who == Who::Trainer {
                        training_y
                    } else {
                        operator_b
                    },
                )
            }
            Who::CommissionOnTraining => {
                // The same account as the Commission's column, created there.
                let commission: &Caller = callers
                    .iter()
                    .find(|c: &&Caller| c.who == Who::Commission)
                    .unwrap();
                (
                    Login::Password(commission.email.clone(), PASSWORD),
                    commission.account,
                    commission.email.clone(),
                    PASSWORD,
                    None,
                    training_y,
                )
            }
            _ => {
                let (id, email) = seed.account(&format!("caller{index}"), true).await;
                let (kind, post, request_post) = match who {
                    Who::NoRole => (None, None, operator_b),
                    Who::Operator => (Some("OPERATOR"), Some((operator_a, false)), operator_b),
                    Who::OrgAdmin => {
                        scope.admin_of = vec![operator_a];
                        (Some("OPERATOR"), Some((operator_a, true)), operator_b)
                    }
                    Who::ControlBody => {
                        (Some("CONTROL_BODY"), Some((body_pl, false)), other_body_pl)
                    }
                    Who::BorderPost => (Some("AUTHORITY"), Some((bcp_pl, false)), bcp_de),
                    Who::CcaPoland => {
                        scope.cca = Some("PL");
                        scope.admin_of = vec![cca_pl];
                        (Some("AUTHORITY"), Some((cca_pl, true)), bcp_de)
                    }
                    Who::CcaGermany => {
                        scope.cca = Some("DE");
                        scope.admin_of = vec![cca_de];
                        (Some("AUTHORITY"), Some((cca_de, true)), bcp_pl)
                    }
                    Who::Commission => {
                        scope.commission = true;
                        server::admin::create_commission_user(&app.store, p, &email, seed.now)
                            .await
                            .unwrap();
                        (None, None, operator_b)
                    }
                    _ => unreachable!(),
                };
                if let Some((organisation, admin)) = post {
                    seed.request(p, id, organisation, Some(admin)).await;
                }
                (
                    Login::Password(email.clone(), PASSWORD),
                    Some(id),
                    email,
                    PASSWORD,
                    kind,
                    request_post,
                )
            }
        };
        // The caller's own copies of what the approval functions act on.
        let organisation = if instance == t {
            training_x
        } else {
            operator_a
        };
        let mut copies = Vec::new();
        for (n, valid) in [(0, None), (1, None), (2, Some(false))] {
            let (id, _) = seed.account(&format!("copy{index}-{n}"), false).await;
            copies.push(seed.request(instance, id, organisation, valid).await);
        }
        let (link_account, _) = seed.account(&format!("link{index}"), false).await;
        let link_token = seed.token(link_account, "set_password", None).await;
        let (moving, _) = seed.account(&format!("moving{index}"), true).await;
        let moved = format!("moved{index}@example.org");
        let moving_token = seed.token(moving, "confirm_email", Some(&moved)).await;
        callers.push(Caller {
            who,
            index,
            instance,
            login,
            account,
            email,
            password,
            kind,
            trainer: matches!(who, Who::Trainer | Who::TrainerOnProduction),
            scope,
            targets: Targets {
                decide: copies[0],
                bulk: copies[1],
                admin: copies[2],
                request_post,
                link: (format!("link{index}"), link_token),
                moving: (moving, moving_token, moved),
            },
        });
    }
    World {
        app,
        callers,
        victim_production,
        victim_training,
        operator_a,
        observer: observer_email,
    }
}

/// A browser-like client of the test server, with its own cookies.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

enum Call {
    Json(String, Value),
    Form(String, Vec<(&'static str, &'static str)>),
    Get(String),
}

async fn send(app: &TestApp, client: &reqwest::Client, call: &Call) -> (u16, Value) {
    let request = match call {
        Call::Json(endpoint, body) => client.post(app.url(&format!("/api/{endpoint}"))).json(body),
        Call::Form(endpoint, form) => client.post(app.url(&format!("/api/{endpoint}"))).form(form),
        Call::Get(path) => client.get(app.url(path)),
    };
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// A new browser with the caller's session (none for nobody).
async fn log_in(w: &World, login: &Login) -> reqwest::Client {
    let client = browser();
    let call = match login {
        Login::Nobody => return client,
        Login::Password(email, password) => Call::Json(
            "eulogin/login".into(),
            json!({ "email": email, "password": password }),
        ),
        Login::Persona(key) => Call::Json("training/log_in_as".into(), json!({ "persona": key })),
    };
    let (status, body) = send(&w.app, &client, &call).await;
    assert_eq!(status, 200, "the login of the row's browser: {body}");
    client
}

/// Each table's rows, as text: a refused call must leave every one as it was. Left out: what
/// changes without any call (the idle timer of sessions, the mail worker's delivery columns).
async fn fingerprint(app: &TestApp) -> Vec<String> {
    const VOLATILE: &[(&str, &str)] = &[
        ("sessions", "last_seen_at"),
        ("outbox", "attempts"),
        ("outbox", "next_attempt_at"),
        ("outbox", "last_error"),
        ("outbox", "delivered_via"),
        ("outbox", "delivered_at"),
    ];
    let mut conn = app.store.connection().await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%' ORDER BY name",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .bind(&table)
                .fetch_all(&mut *conn)
                .await
                .unwrap();
        let row = columns
            .iter()
            .filter(|c| !VOLATILE.contains(&(table.as_str(), c.as_str())))
            .map(|c| format!("quote(\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || ',' || ");
        let rows: Option<String> = sqlx::query_scalar(&format!(
            "SELECT group_concat(row, '|') FROM (SELECT {row} AS row FROM \"{table}\" ORDER BY 1)"
        ))
        .fetch_one(&mut *conn)
        .await
        .unwrap();
        out.push(format!("{table}: {}", rows.unwrap_or_default()));
    }
    out
}

/// The first table that differs, shortened.
fn difference(before: &[String], after: &[String]) -> Option<String> {
    before
        .iter()
        .zip(after)
        .find(|(b, a)| b != a)
        .map(|(b, _)| b.split(':').next().unwrap_or_default().to_owned())
        .or_else(|| (before.len() != after.len()).then(|| "the list of tables".to_owned()))
}

/// Unread notifications per account.
async fn unread(app: &TestApp) -> BTreeMap<i64, i64> {
    let mut conn = app.store.connection().await.unwrap();
    sqlx::query_as::<_, (i64, i64)>(
        "SELECT account_id, COUNT(*) FROM notifications WHERE read_at IS NULL GROUP BY account_id",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap()
    .into_iter()
    .collect()
}

/// What one browser remembers during its row.
#[derive(Default)]
struct RowState {
    /// The request the caller's `request_authorisation` made.
    own_request: Option<i64>,
}

/// The call of a cell: the caller's own payload, valid, so that an answer is about who calls.
async fn call_for(w: &World, c: &Caller, endpoint: &str, variant: &str, state: &RowState) -> Call {
    let i = c.index;
    let instance = c.instance.slug();
    let t = &c.targets;
    let body = match endpoint {
        "set_language" => return Call::Form(endpoint.into(), vec![("code", "en")]),
        "system_status" | "eulogin/captcha" => return Call::Form(endpoint.into(), vec![]),
        "i18n/translations" => return Call::Get("/api/i18n/translations?code=de".into()),
        "approvals/export/queue.csv" | "approvals/export/decisions.csv" => {
            return Call::Get(format!("/api/{endpoint}?instance={instance}"))
        }
        "mailbox_list" => json!({ "to": null }),
        "eulogin/password_strength" => json!({ "password": PASSWORD }),
        "eulogin/me" | "eulogin/logout" | "training/info" | "training/reset" => json!({}),
        "eulogin/sign_up" => {
            let (id, code) = w.app.captcha().await;
            let email = format!("signup{i}@example.org");
            json!({ "input": {
                "username": format!("signup{i}"), "first_name": "Anna", "last_name": "Smith",
                "email": email, "email_confirm": email, "email_language": "en",
                "captcha_id": id, "captcha_answer": code, "privacy_accepted": true
            }})
        }
        "eulogin/password_link" => {
            let (id, code) = w.app.captcha().await;
            json!({ "email": c.email, "captcha_id": id, "captcha_answer": code })
        }
        "eulogin/check_link" => json!({ "token": t.link.1 }),
        "eulogin/set_password" => {
            json!({ "token": t.link.1, "password": PASSWORD, "confirmation": PASSWORD })
        }
        "eulogin/confirm_email" => json!({ "token": t.moving.1 }),
        "eulogin/update_profile" => json!({ "input": {
            "first_name": "Matrix", "last_name": "Caller", "email_language": "en", "ui_language": "en"
        }}),
        "eulogin/request_email_change" => {
            let new = format!("changed{i}@example.org");
            json!({ "new_email": new, "confirmation": new })
        }
        "eulogin/change_password" => {
            json!({ "current": c.password, "password": c.password, "confirmation": c.password })
        }
        "eulogin/login" => json!({ "email": c.email, "password": c.password }),
        "training/log_in_as" => json!({ "persona": "importer" }),
        "traces/me" | "traces/my_requests" | "approvals/counts" | "approvals/notifications" => {
            json!({ "instance": instance })
        }
        "traces/search_operators" => json!({ "instance": instance, "country": null,
            "section": null, "activity": null, "name": "", "after": null, "limit": 50 }),
        "traces/search_authorities" => json!({ "instance": instance, "country": null,
            "role": null, "name": "", "after": null, "limit": 50 }),
        "traces/search_control_bodies" => json!({ "instance": instance, "country": null,
            "name": "", "after": null, "limit": 50 }),
        "traces/operator_duplicates" => json!({ "instance": instance,
            "input": operator_input("Alpha Bio Import", "PL1111111") }),
        "traces/request_authorisation" => json!({ "instance": instance, "input": {
            "posts": [{ "organisation_id": t.request_post }], "additional_info": "",
            "contact_email": c.email, "contact_phone": "",
            "idempotency_key": format!("matrix-request-{i}") }}),
        "traces/create_operator" => json!({ "instance": instance,
            "input": operator_input(&format!("Matrix Eko Import {i}"), &format!("PL7700{i:03}")),
            "contact_email": c.email, "contact_phone": "", "additional_info": "",
            "idempotency_key": format!("matrix-create-{i}") }),
        "traces/cancel_request" => {
            let id = match variant {
                "own" => state.own_request.unwrap_or(w.victim(c.instance)),
                _ => w.victim(c.instance),
            };
            json!({ "instance": instance, "id": id })
        }
        "traces/preferences" => json!({ "instance": instance, "preferences": {
            "time_zone": "Europe/Warsaw", "notify_in_app": true, "notify_email": true,
            "notify_decisions": true, "notify_new_requests": true } }),
        "approvals/queue" => {
            json!({ "instance": instance, "filter": {}, "after": null, "limit": 100 })
        }
        "approvals/detail" => json!({ "instance": instance, "id": t.decide }),
        "approvals/decide" => json!({ "instance": instance, "id": t.decide,
            "decision": { "decision": "accept" } }),
        "approvals/decide_many" => json!({ "instance": instance, "ids": [t.bulk],
            "decision": { "decision": "reject", "reason": "Not a member of this organisation" } }),
        "approvals/set_admin" => json!({ "instance": instance, "id": t.admin, "admin": true }),
        "approvals/notifications_read" => {
            json!({ "instance": instance, "up_to": 1_000_000_000_i64 })
        }
        other => panic!("no call for {other}: add one with the row"),
    };
    Call::Json(endpoint.into(), body)
}

/// The ids of a JSON list (or of the `items` of a page).
fn ids_of(list: &Value, at: &str) -> Vec<i64> {
    let list = if list.is_array() {
        list
    } else {
        &list["items"]
    };
    list.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.pointer(at).and_then(Value::as_i64))
                .collect()
        })
        .unwrap_or_default()
}

/// RFC 4180 records (quoted cells may hold commas and quotes).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut cell));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => cell.push(c),
        }
    }
    records
}

/// What an allowed answer must (and must not) contain: problems found, if any.
async fn check_allowed(
    w: &World,
    c: &Caller,
    client: &reqwest::Client,
    endpoint: &str,
    variant: &str,
    body: &Value,
    state: &mut RowState,
) -> Vec<String> {
    let mut problems = Vec::new();
    macro_rules! expect {
        ($ok:expr, $what:expr $(,)?) => {
            if !$ok {
                problems.push($what)
            }
        };
    }
    let t = &c.targets;
    let home = c.instance.slug();
    // Requests listed to the caller: on its instance, and each one the caller's or in scope.
    let scoped_requests = |ids: Vec<i64>, own_only: bool| async move {
        let mut wrong = Vec::new();
        for id in ids {
            match w.facts(id).await {
                Some(f) if f.instance != home => wrong.push(format!("{id} of {}", f.instance)),
                Some(f) if own_only && Some(f.account) != c.account => {
                    wrong.push(format!("{id} of account {}", f.account))
                }
                Some(f) if !own_only && !c.scope.covers(c.account, &f) => {
                    wrong.push(format!("{id} out of scope ({f:?})"))
                }
                None => wrong.push(format!("{id} unknown")),
                _ => {}
            }
        }
        wrong
    };
    match endpoint {
        "system_status" => expect!(
            body["version"] == env!("CARGO_PKG_VERSION"),
            format!("{body}"),
        ),
        "i18n/translations" => expect!(
            serde_json::from_value::<app::i18n::Compiled>(body.clone())
                .is_ok_and(|compiled| compiled.has("error-internal")),
            "not the German messages".into(),
        ),
        "set_language" => expect!(body == "en", format!("{body}")),
        "mailbox_list" => expect!(body.is_array(), format!("{body}")),
        "eulogin/captcha" => expect!(
            body["image"]
                .as_str()
                .is_some_and(|i| i.starts_with("data:image/svg+xml")),
            format!("{body}"),
        ),
        "eulogin/password_strength" => expect!(body["acceptable"] == true, format!("{body}")),
        "eulogin/me" => {
            let expected = match c.login {
                Login::Nobody => Value::Null,
                _ => json!(c.email),
            };
            let got = if body.is_null() {
                Value::Null
            } else {
                body["email"].clone()
            };
            expect!(got == expected, format!("{body}, expected {expected}"));
        }
        "eulogin/sign_up" => expect!(
            body["email"] == format!("signup{}@example.org", c.index),
            format!("{body}"),
        ),
        "eulogin/password_link" | "eulogin/change_password" => {
            expect!(body.is_null(), format!("{body}"))
        }
        "eulogin/check_link" => expect!(
            body["username"] == t.link.0 && body["purpose"] == "SetPassword",
            format!("{body}"),
        ),
        "eulogin/set_password" => {
            let mut conn = w.app.store.connection().await.unwrap();
            let set: Option<String> =
                sqlx::query_scalar("SELECT password_hash FROM accounts WHERE username = ?")
                    .bind(&t.link.0)
                    .fetch_one(&mut *conn)
                    .await
                    .unwrap();
            expect!(set.is_some(), "the link's account has no password".into());
        }
        "eulogin/confirm_email" => {
            let email = w
                .scalar("SELECT email FROM accounts WHERE id = ?", t.moving.0)
                .await;
            expect!(
                email.as_deref() == Some(&t.moving.2),
                format!("the address is {email:?}"),
            );
        }
        "eulogin/update_profile" => expect!(
            body["email"] == c.email && body["first_name"] == "Matrix",
            format!("{body}"),
        ),
        "eulogin/request_email_change" => {
            let account = c.account.unwrap_or_default();
            let new_email = w
                .scalar(
                    "SELECT new_email FROM email_tokens WHERE account_id = ?
                       AND purpose = 'confirm_email' ORDER BY id DESC LIMIT 1",
                    account,
                )
                .await;
            expect!(
                new_email == Some(format!("changed{}@example.org", c.index)),
                format!("the caller's link is for {new_email:?}"),
            );
        }
        "training/info" => expect!(
            body["trainer"] == c.trainer
                && body["personas"].as_array().is_some_and(|p| p.len() == 6),
            format!("{body}"),
        ),
        "traces/me" => expect!(
            body["role_kind"] == json!(c.kind),
            format!("{body}, expected {:?}", c.kind),
        ),
        "traces/search_operators"
        | "traces/search_authorities"
        | "traces/search_control_bodies"
        | "traces/operator_duplicates" => {
            let path = if endpoint == "traces/operator_duplicates" {
                "/organisation/id"
            } else {
                "/id"
            };
            let ids = ids_of(body, path);
            // Production's importer has a likely duplicate there; training has none of it.
            let nonempty =
                endpoint != "traces/operator_duplicates" || c.instance == Instance::Production;
            expect!(
                !nonempty || !ids.is_empty(),
                format!("nothing found: {body}")
            );
            for id in ids {
                let instance = w.organisation_instance(id).await;
                expect!(
                    instance.as_deref() == Some(home),
                    format!("organisation {id} of {instance:?}"),
                );
            }
            if endpoint == "traces/operator_duplicates" && c.instance == Instance::Production {
                expect!(
                    ids_of(body, path).contains(&w.operator_a),
                    format!("the importer is not a duplicate: {body}"),
                );
            }
        }
        "traces/request_authorisation" => {
            let ids = ids_of(body, "/id");
            expect!(ids.len() == 1, format!("{body}"));
            problems.extend(scoped_requests(ids.clone(), true).await);
            state.own_request = ids.first().copied();
        }
        "traces/create_operator" => {
            let id = body["request"]["id"].as_i64().unwrap_or_default();
            problems.extend(scoped_requests(vec![id], true).await);
            let organisation = body["organisation"]["id"].as_i64().unwrap_or_default();
            let instance = w.organisation_instance(organisation).await;
            expect!(
                body["organisation"]["status"] == "new" && instance.as_deref() == Some(home),
                format!("{body} on {instance:?}"),
            );
        }
        "traces/my_requests" => {
            let ids = ids_of(body, "/id");
            expect!(
                state.own_request.is_some_and(|own| ids.contains(&own)),
                format!("the caller's request is not listed: {body}"),
            );
            problems.extend(scoped_requests(ids, true).await);
        }
        "traces/cancel_request" => expect!(
            variant == "own"
                && body["status"] == "cancelled"
                && body["id"].as_i64() == state.own_request,
            format!("{body}"),
        ),
        "traces/preferences" => {
            let mut conn = w.app.store.connection().await.unwrap();
            let zone: Option<String> = sqlx::query_scalar(
                "SELECT time_zone FROM traces_users WHERE instance = ? AND account_id = ?",
            )
            .bind(home)
            .bind(c.account)
            .fetch_optional(&mut *conn)
            .await
            .unwrap();
            expect!(
                body["time_zone"] == "Europe/Warsaw" && zone.as_deref() == Some("Europe/Warsaw"),
                format!("{body}, stored {zone:?}"),
            );
        }
        "approvals/counts" => expect!(
            body["decider"] == c.scope.is_decider() && body["commission"] == c.scope.commission,
            format!("{body}"),
        ),
        "approvals/queue" | "approvals/export/queue.csv" | "approvals/export/decisions.csv" => {
            let ids: Vec<i64> = match body {
                Value::String(csv) => {
                    let records = csv_records(csv);
                    let column = if endpoint.ends_with("decisions.csv") {
                        4
                    } else {
                        0
                    };
                    records
                        .iter()
                        .skip(1)
                        .filter_map(|r| r.get(column).and_then(|id| id.parse().ok()))
                        .collect()
                }
                page => ids_of(page, "/id"),
            };
            if !endpoint.ends_with("decisions.csv") {
                let copy = w.facts(t.decide).await.unwrap();
                let listed = ids.contains(&t.decide);
                expect!(
                    listed == c.scope.covers(c.account, &copy),
                    format!("the caller's copy listed: {listed}"),
                );
            }
            problems.extend(scoped_requests(ids, false).await);
        }
        "approvals/detail" => {
            expect!(body["row"]["id"] == t.decide, format!("{body}"));
            // The other instance's request of the same id space: not found here.
            let other = match c.instance {
                Instance::Production => w.victim_training,
                Instance::Training => w.victim_production,
            };
            let (status, answer) = send(
                &w.app,
                client,
                &Call::Json(endpoint.into(), json!({ "instance": home, "id": other })),
            )
            .await;
            expect!(
                status == 404,
                format!("the other instance's request {other}: {status} {answer}"),
            );
        }
        "approvals/decide" => expect!(body["row"]["status"] == "valid", format!("{body}")),
        "approvals/decide_many" => expect!(
            ids_of(&body["decided"], "/id") == [t.bulk]
                && body["decided"][0]["status"] == "rejected",
            format!("{body}"),
        ),
        "approvals/set_admin" => expect!(body["admin"] == true, format!("{body}")),
        "approvals/notifications" => {
            let notes = body.as_array().cloned().unwrap_or_default();
            for note in notes {
                let id = note["id"].as_i64().unwrap_or_default();
                let mut conn = w.app.store.connection().await.unwrap();
                let (account, instance): (i64, String) =
                    sqlx::query_as("SELECT account_id, instance FROM notifications WHERE id = ?")
                        .bind(id)
                        .fetch_one(&mut *conn)
                        .await
                        .unwrap();
                drop(conn);
                expect!(
                    Some(account) == c.account && instance == home,
                    format!("notification {id} of account {account} on {instance}"),
                );
                // Told of new requests they may decide, and of decisions on their own.
                let request = note["request_id"].as_i64().unwrap_or_default();
                let facts = w.facts(request).await;
                let fits = facts.is_some_and(|f| match note["event"].as_str() {
                    Some("new_request") => c.scope.covers(c.account, &f),
                    Some("decided") => Some(f.account) == c.account,
                    _ => false,
                });
                expect!(fits, format!("notification {note} is not for the caller"));
            }
        }
        "approvals/notifications_read" => {
            expect!(body["unread_notifications"] == 0, format!("{body}"),)
        }
        "training/reset" => expect!(
            body["organisations"].as_u64().is_some_and(|n| n > 0),
            format!("{body}"),
        ),
        "eulogin/login" => expect!(body["email"] == c.email, format!("{body}")),
        "training/log_in_as" => expect!(body["username"] == "demo-importer", format!("{body}"),),
        "eulogin/logout" => {
            let (_, me) = send(&w.app, client, &Call::Json("eulogin/me".into(), json!({}))).await;
            expect!(me.is_null(), format!("still logged in: {me}"));
        }
        other => panic!("no check for {other}: add one with the row"),
    }
    problems
}

/// After the approval rows of a caller: what the Commission sees of the caller's copies.
async fn observe(w: &World, c: &Caller, expected: &dyn Fn(&str) -> Expect) -> Vec<String> {
    let observer = log_in(w, &Login::Password(w.observer.clone(), PASSWORD)).await;
    let t = &c.targets;
    let mut problems = Vec::new();
    let allowed = |endpoint: &str| expected(endpoint) == Expect::Ok;
    for (id, want, what) in [
        (
            t.decide,
            if allowed("approvals/decide") {
                "valid"
            } else {
                "pending"
            },
            "/row/status",
        ),
        (
            t.bulk,
            if allowed("approvals/decide_many") {
                "rejected"
            } else {
                "pending"
            },
            "/row/status",
        ),
        (w.victim(c.instance), "pending", "/row/status"),
    ] {
        let (status, body) = send(
            &w.app,
            &observer,
            &Call::Json(
                "approvals/detail".into(),
                json!({ "instance": c.instance.slug(), "id": id }),
            ),
        )
        .await;
        if status != 200 || body.pointer(what) != Some(&json!(want)) {
            problems.push(format!(
                "request {id} seen by the Commission: {status} {body}, expected {want}"
            ));
        }
    }
    let (_, body) = send(
        &w.app,
        &observer,
        &Call::Json(
            "approvals/detail".into(),
            json!({ "instance": c.instance.slug(), "id": t.admin }),
        ),
    )
    .await;
    if body["admin"] != allowed("approvals/set_admin") {
        problems.push(format!("post {} seen by the Commission: {body}", t.admin));
    }
    problems
}

/// 41 rows (38 server functions, `cancel_request` on someone else's and on one's own request,
/// the 2 CSV exports) × 13 callers: 533 cells.
#[tokio::test]
async fn authorisation_matrix_every_server_function_by_every_kind_of_caller() {
    let w = world().await;
    let mut wrong = Vec::new();
    let mut cells = 0;
    for (column, c) in w.callers.iter().enumerate() {
        let client = log_in(&w, &c.login).await;
        let mut state = RowState::default();
        for (endpoint, variant, expected) in MATRIX {
            let expected = expected[column];
            let call = call_for(&w, c, endpoint, variant, &state).await;
            let before = fingerprint(&w.app).await;
            let unread_before = unread(&w.app).await;
            let (status, body) = send(&w.app, &client, &call).await;
            cells += 1;
            let cell = format!("{endpoint} {variant} by {:?}", c.who);
            match expected {
                Expect::Ok if status == 200 => {
                    for problem in
                        check_allowed(&w, c, &client, endpoint, variant, &body, &mut state).await
                    {
                        wrong.push(format!("{cell}: {problem}"));
                    }
                    if *endpoint == "approvals/notifications_read" {
                        let mut after = unread(&w.app).await;
                        let mut before = unread_before;
                        if let Some(me) = c.account {
                            after.remove(&me);
                            before.remove(&me);
                        }
                        if after != before {
                            wrong.push(format!("{cell}: read someone else's notifications"));
                        }
                    }
                }
                Expect::Ok => wrong.push(format!("{cell}: {status} {body}, expected 200")),
                Expect::Refused(code, kind) => {
                    if status != code || body["kind"] != kind {
                        wrong.push(format!("{cell}: {status} {body}, expected {code} {kind}"));
                    }
                    if let Some(table) = difference(&before, &fingerprint(&w.app).await) {
                        wrong.push(format!("{cell}: refused, yet {table} changed"));
                    }
                }
            }
            if *endpoint == "approvals/set_admin" {
                let row = |endpoint: &str| {
                    MATRIX
                        .iter()
                        .find(|(e, _, _)| *e == endpoint)
                        .map(|(_, _, expected)| expected[column])
                        .unwrap()
                };
                for problem in observe(&w, c, &row).await {
                    wrong.push(format!("after {:?}: {problem}", c.who));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {cells} cells wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert_eq!(cells, MATRIX.len() * CALLERS.len());
    assert_eq!(cells, 41 * 13);
}
