//! The training instance's demo world: loaded on the first start and by every reset, in one
//! transaction that replaces all training data. Production data is never read or written here
//! (every statement names the training instance), and the EU Login accounts people created
//! during a session are kept: the two instances share them.

pub mod world;

use crate::directory::{self, ImportError};
use crate::store::approvals::{self as approvals_store, NewAuditEntry, ScopeFacts};
use crate::store::traces::{self as traces_store, kind_from_code, NewRequest};
use crate::store::training::{self as store, DemoAccount};
use crate::store::Store;
use app::api::approvals::AuditAction;
use app::api::training::DEMO_PASSWORD;
use app::domain::Instance;
use app::i18n::Message;
use std::collections::HashMap;
use world::{Outcome, DEMO_DOMAIN, PEOPLE, PERSONAS, REQUESTS};

const TRAINING: Instance = Instance::Training;

#[derive(Debug, thiserror::Error)]
pub enum TrainingError {
    #[error("the demo directory is not valid: {0}")]
    Directory(#[from] ImportError),
    #[error("the demo world is not consistent: {0}")]
    World(String),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
    #[error("cannot hash the demo password")]
    Hash,
}

/// What a reset left behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seeded {
    pub organisations: i64,
    pub requests: i64,
    /// Real EU Login accounts that had training data: kept, their training data replaced.
    pub accounts_kept: i64,
}

/// The demo password's hash, computed once per process (argon2id is slow on purpose).
async fn demo_password_hash() -> Result<String, TrainingError> {
    static HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    HASH.get_or_try_init(|| async {
        crate::passwords::hash(DEMO_PASSWORD.to_owned())
            .await
            .map_err(|_| TrainingError::Hash)
    })
    .await
    .cloned()
}

pub fn demo_email(mailbox: &str) -> String {
    format!("{mailbox}@{DEMO_DOMAIN}")
}

/// Whether an address belongs to the demo world (mail to it stays in the built-in mailbox).
pub fn is_demo_address(address: &str) -> bool {
    address
        .rsplit_once('@')
        .is_some_and(|(_, domain)| domain.eq_ignore_ascii_case(DEMO_DOMAIN))
}

/// Why an account with this address may not request posts on the instance, if it may not.
///
/// Mail to the demo domain stays in the built-in mailbox, which anyone can read: anyone can ask
/// for such an account's password link there and take the account over. That is harmless on
/// training (the point of the demo) but must never hand over a production post, so production
/// refuses every request of such an account. EU Login accounts are shared by both instances,
/// which is why the address, not the instance the account was made on, decides.
pub fn posts_refused(instance: Instance, email: &str) -> Option<Message> {
    (instance == Instance::Production && is_demo_address(email))
        .then(|| Message::new("error-demo-address-production").with("domain", DEMO_DOMAIN))
}

/// Why the account may not move to this new address, if it may not: an address of the demo
/// domain would expose what the account holds or awaits on production (a pending or valid
/// request, the Commission role) to whoever reads the demo mailbox. Trainees with nothing on
/// production may move to a demo address. Called on the request and again on the confirmation,
/// in the caller's write transaction: posts requested in between are seen.
pub async fn email_change_refused(
    conn: &mut sqlx::SqliteConnection,
    account_id: i64,
    new_email: &str,
) -> Result<Option<Message>, sqlx::Error> {
    if !is_demo_address(new_email) {
        return Ok(None);
    }
    let production = Instance::Production;
    let holds = traces_store::open_role_kind(conn, production, account_id)
        .await?
        .is_some()
        || approvals_store::scope(conn, production, account_id)
            .await?
            .commission;
    Ok(holds.then(|| Message::new("error-new-email-demo-address").with("domain", DEMO_DOMAIN)))
}

/// On the first start: the demo world, unless the training instance already holds data
/// (imported by `server directory import`, say), which is never overwritten unasked.
pub async fn seed_if_new(store: &Store, now: i64) -> Result<Option<Seeded>, TrainingError> {
    let mut conn = store.connection().await?;
    if !store::never_seeded(&mut conn).await? {
        return Ok(None);
    }
    drop(conn);
    reset(store, None, now).await.map(Some)
}

/// Replaces all training data with the demo world, in one transaction: a concurrent reset
/// waits for this one, and a concurrent request lands either before (and is wiped) or after.
pub async fn reset(store: &Store, by: Option<i64>, now: i64) -> Result<Seeded, TrainingError> {
    // Checked with the rules of user input before anything is touched.
    let organisations = directory::parse_file(world::ORGANISATIONS_CSV)?;
    let hash = demo_password_hash().await?;
    let mut tx = store.begin_write().await?;
    let accounts_kept = store::real_accounts_with_training_data(&mut tx).await?;
    store::wipe(&mut tx, DEMO_DOMAIN).await?;

    // People: the personas, then the people behind the other requests.
    let mut people: HashMap<&str, i64> = HashMap::new();
    for (position, persona) in PERSONAS.iter().enumerate() {
        let existing = store::persona_account(&mut tx, persona.key).await?;
        let email = demo_email(persona.person.mailbox);
        let id = store::upsert_demo_account(
            &mut tx,
            existing,
            &DemoAccount {
                username: persona.person.username,
                first_name: persona.person.first_name,
                last_name: persona.person.last_name,
                email: &email,
                language: persona.person.language,
                password_hash: &hash,
            },
            now,
        )
        .await?;
        store::set_persona(&mut tx, persona.key, id, position as i64).await?;
        people.insert(persona.key, id);
    }
    for person in PEOPLE {
        let email = demo_email(person.mailbox);
        let id = store::upsert_demo_account(
            &mut tx,
            None,
            &DemoAccount {
                username: person.username,
                first_name: person.first_name,
                last_name: person.last_name,
                email: &email,
                language: person.language,
                password_hash: &hash,
            },
            now,
        )
        .await?;
        people.insert(person.username, id);
    }
    let commission = people["commission"];
    approvals_store::add_commission_member(&mut tx, TRAINING, commission, now).await?;
    store::add_trainer(&mut tx, commission, now).await?;

    directory::insert_all(&mut tx, TRAINING, &organisations, now).await?;
    let directory: HashMap<String, (i64, String, String)> = store::organisations_by_name(&mut tx)
        .await?
        .into_iter()
        .map(|(id, name, country, kind)| (name, (id, country, kind)))
        .collect();

    for (index, request) in REQUESTS.iter().enumerate() {
        let who = *people
            .get(request.who)
            .ok_or_else(|| TrainingError::World(format!("nobody called {}", request.who)))?;
        let (organisation_id, home, kind) =
            directory.get(request.organisation).ok_or_else(|| {
                TrainingError::World(format!("no organisation “{}”", request.organisation))
            })?;
        let kind = kind_from_code(kind)
            .ok_or_else(|| TrainingError::World(format!("unknown kind {kind}")))?;
        let country = request.country.unwrap_or(home);
        let created = now - request.days_ago * 86_400;
        let submission = traces_store::insert_submission(
            &mut tx,
            TRAINING,
            who,
            &format!("demo-world-{index}"),
            created,
        )
        .await?;
        let id = traces_store::insert_request(
            &mut tx,
            &NewRequest {
                instance: TRAINING,
                account_id: who,
                organisation_id: *organisation_id,
                country,
                role_kind: kind,
                additional_info: request.additional_info,
                contact_email: &demo_email_of(request.who),
                contact_phone: None,
                submission_id: submission,
            },
            created,
        )
        .await?;
        traces_store::set_role_kind(&mut tx, TRAINING, who, Some(kind), created).await?;
        audit(
            &mut tx,
            Some(who),
            AuditAction::RequestCreated,
            id,
            *organisation_id,
            who,
            (None, Some("pending")),
            None,
            created,
        )
        .await?;
        let decided = created + 3 * 3600;
        match request.outcome {
            Outcome::Pending => {
                // The deciders find it in their notifications, as if it had just arrived.
                let facts = ScopeFacts {
                    requester: who,
                    organisation_id: *organisation_id,
                    country,
                    cca: false,
                };
                for decider in approvals_store::deciders(&mut tx, TRAINING, facts).await? {
                    approvals_store::notify(
                        &mut tx,
                        TRAINING,
                        decider.account_id,
                        "new_request",
                        id,
                        created,
                    )
                    .await?;
                }
            }
            Outcome::AcceptedBy(by) => {
                let by = people[by];
                let first =
                    approvals_store::other_valid_members(&mut tx, *organisation_id, id).await? == 0;
                approvals_store::record_decision(&mut tx, id, "valid", None, first, by, decided)
                    .await?;
                audit(
                    &mut tx,
                    Some(by),
                    AuditAction::RequestAccepted,
                    id,
                    *organisation_id,
                    who,
                    (Some("pending"), Some("valid")),
                    None,
                    decided,
                )
                .await?;
                if first {
                    audit(
                        &mut tx,
                        Some(by),
                        AuditAction::AdminGranted,
                        id,
                        *organisation_id,
                        who,
                        (Some("no"), Some("yes")),
                        None,
                        decided,
                    )
                    .await?;
                }
            }
            Outcome::RejectedBy(by, reason) => {
                let by = people[by];
                approvals_store::record_decision(
                    &mut tx,
                    id,
                    "rejected",
                    Some(reason),
                    false,
                    by,
                    decided,
                )
                .await?;
                audit(
                    &mut tx,
                    Some(by),
                    AuditAction::RequestRejected,
                    id,
                    *organisation_id,
                    who,
                    (Some("pending"), Some("rejected")),
                    Some(reason),
                    decided,
                )
                .await?;
            }
        }
    }
    let seeded = Seeded {
        organisations: organisations.len() as i64,
        requests: REQUESTS.len() as i64,
        accounts_kept,
    };
    store::record_reset(&mut tx, by, seeded.organisations, seeded.requests, now).await?;
    tx.commit().await?;
    Ok(seeded)
}

fn demo_email_of(who: &str) -> String {
    PERSONAS
        .iter()
        .find(|p| p.key == who)
        .map(|p| demo_email(p.person.mailbox))
        .or_else(|| {
            PEOPLE
                .iter()
                .find(|p| p.username == who)
                .map(|p| demo_email(p.mailbox))
        })
        .unwrap_or_else(|| demo_email("unknown"))
}

#[allow(clippy::too_many_arguments)]
async fn audit(
    conn: &mut sqlx::SqliteConnection,
    actor: Option<i64>,
    action: AuditAction,
    request_id: i64,
    organisation_id: i64,
    subject: i64,
    (from, to): (Option<&str>, Option<&str>),
    detail: Option<&str>,
    at: i64,
) -> Result<(), sqlx::Error> {
    approvals_store::audit(
        conn,
        &NewAuditEntry {
            instance: TRAINING,
            actor,
            action: action.code(),
            request_id: Some(request_id),
            organisation_id: Some(organisation_id),
            subject: Some(subject),
            from_state: from,
            to_state: to,
            detail,
        },
        at,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_demo_directory_passes_the_rules_of_user_input_and_is_big_enough() {
        let rows = directory::parse_file(world::ORGANISATIONS_CSV).expect("valid demo directory");
        let kinds = |kind: &str| {
            rows.iter()
                .filter(|r| r.organisation.kind == kind)
                .collect::<Vec<_>>()
        };
        let operators = kinds("operator");
        assert!(operators.len() >= 60, "{} operators", operators.len());
        let countries: HashSet<&str> = operators
            .iter()
            .map(|r| r.organisation.country.as_str())
            .collect();
        assert!(countries.len() >= 12, "{countries:?}");
        assert!(kinds("control_body").len() >= 15);
        // A Border Control Post and a Central Competent Authority for every EU member state
        // with operators in the demo.
        let eu = [
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
            "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
        ];
        for country in countries.iter().filter(|c| eu.contains(c)) {
            for role in ["BCP", "CCA"] {
                assert!(
                    kinds("authority")
                        .iter()
                        .any(|r| r.organisation.country == *country
                            && r.organisation.authority_role == role),
                    "{role} of {country}"
                );
            }
        }
    }

    #[test]
    fn the_demo_directory_contains_every_organisation_of_the_browser_tests_fixture() {
        // The browser tests search the training instance for these; a fixture row missing
        // here means `scripts/make-demo-world.py` was not re-run.
        let fixture = include_str!("../../../end2end/fixtures/organisations.csv");
        let demo: HashSet<String> = directory::parse_file(world::ORGANISATIONS_CSV)
            .unwrap()
            .into_iter()
            .map(|r| r.organisation.name)
            .collect();
        for row in directory::parse_file(fixture).unwrap() {
            assert!(
                demo.contains(&row.organisation.name),
                "{} is in the fixture but not in the demo world: run scripts/make-demo-world.py",
                row.organisation.name
            );
        }
    }

    #[test]
    fn every_demo_request_names_someone_and_an_organisation_of_the_directory() {
        let rows = directory::parse_file(world::ORGANISATIONS_CSV).unwrap();
        let names: HashSet<&str> = rows.iter().map(|r| r.organisation.name.as_str()).collect();
        for request in REQUESTS {
            assert!(
                names.contains(request.organisation),
                "{}",
                request.organisation
            );
            assert!(
                PERSONAS.iter().any(|p| p.key == request.who)
                    || PEOPLE.iter().any(|p| p.username == request.who),
                "{}",
                request.who
            );
        }
        assert!(is_demo_address(&demo_email("ines.laurent")));
        assert!(!is_demo_address("ines@example.org"));
    }

    #[test]
    fn demo_addresses_request_posts_on_training_only() {
        let (production, training) = (Instance::Production, Instance::Training);
        let cases = [
            (production, "trainee1@demo.traces-training.example", true),
            (production, "Trainee1@DEMO.Traces-Training.example", true),
            (production, "anna@example.org", false),
            // Exactly the addresses whose mail stays in the mailbox (`is_demo_address`).
            (production, "anna@x.demo.traces-training.example", false),
            (
                production,
                "demo.traces-training.example@example.org",
                false,
            ),
            (training, "trainee1@demo.traces-training.example", false),
            (training, "anna@example.org", false),
        ];
        for (instance, email, refused) in cases {
            let answer = posts_refused(instance, email);
            assert_eq!(answer.is_some(), refused, "{instance:?} {email}");
            if let Some(message) = answer {
                assert!(message.to_string().contains(DEMO_DOMAIN), "{message}");
            }
        }
    }
}
