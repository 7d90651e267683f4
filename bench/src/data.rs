//! The data set: organisations, EU Login accounts and pending authorisation requests, written
//! with plain SQL in large transactions into a database the server's own migrations created.
//! Deterministic: the same seed gives the same rows.

use crate::names;
use app::domain::{fold_name, CountryCode};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sqlx::{Connection, QueryBuilder, Sqlite, SqliteConnection};
use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

/// How much to create.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    pub organisations: usize,
    pub accounts: usize,
    pub requests: usize,
}

/// The password of every account (its argon2id hash is computed once).
pub const PASSWORD: &str = "bench correct horse battery staple";
/// Everything is created on this instance.
pub const INSTANCE: &str = "production";

/// Operator countries with many operators, and their weight; every other country weighs
/// `OTHER_WEIGHT`. Roughly the shape of the organic sector: a few big producers and importers.
const HEAVY_COUNTRIES: &[(&str, u32)] = &[
    ("IT", 1400),
    ("DE", 1100),
    ("FR", 1000),
    ("ES", 900),
    ("IN", 600),
    ("CN", 400),
    ("TR", 400),
    ("PL", 300),
    ("AT", 300),
    ("GR", 300),
    ("PE", 200),
    ("MX", 200),
    ("NL", 200),
    ("SE", 150),
    ("PT", 150),
    ("RO", 150),
    ("CZ", 100),
    ("DK", 100),
    ("BE", 100),
    ("HU", 100),
    ("UA", 100),
    ("EC", 100),
    ("CO", 100),
    ("US", 100),
    ("BR", 100),
];
const OTHER_WEIGHT: u32 = 10;
/// Border control posts per EU member state.
const BCPS_PER_MEMBER: usize = 15;
const CONTROL_BODIES: usize = 1000;

/// What was created, for the report and the scenarios.
pub struct DataSet {
    pub operators: usize,
    pub control_bodies: usize,
    pub authorities: usize,
    pub accounts: usize,
    pub requests: usize,
    pub control_body_countries: usize,
    /// Login e-mail of each account, by account id - 1.
    pub emails: Vec<String>,
    /// The argon2id hash every account has, made by `server::secrets::hash_password`.
    pub password_hash: String,
    pub load_time: Duration,
    pub hash_time: Duration,
}

impl DataSet {
    pub fn organisations(&self) -> usize {
        self.operators + self.control_bodies + self.authorities
    }
}

struct Organisation {
    kind: &'static str,
    name: String,
    country: &'static str,
    status: &'static str,
    activity: Option<&'static str>,
    address: Option<String>,
    city: Option<&'static str>,
    postcode: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    eori: Option<String>,
    authority_role: Option<&'static str>,
    code: Option<String>,
    certified: Vec<&'static str>,
    created_at: i64,
}

struct Account {
    username: String,
    first_name: &'static str,
    last_name: &'static str,
    email: String,
    language: &'static str,
    role_kind: &'static str,
}

struct Request {
    account_id: i64,
    organisation_id: i64,
    country: &'static str,
    role_kind: &'static str,
    info: &'static str,
    email: String,
    phone: Option<String>,
    created_at: i64,
}

/// The code of a country for as long as the program runs (`CountryCode::ALL` is static).
fn static_code(code: CountryCode) -> &'static str {
    CountryCode::ALL
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("DE", |(c, _)| c.as_str())
}

/// Operator countries with weights, for `WeightedIndex`-like picking.
fn operator_countries() -> (Vec<&'static str>, Vec<u32>) {
    let mut codes = Vec::new();
    let mut weights = Vec::new();
    for (code, _) in CountryCode::ALL {
        let code = code.as_str();
        let weight = HEAVY_COUNTRIES
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(OTHER_WEIGHT, |(_, w)| *w);
        codes.push(code);
        weights.push(weight);
    }
    (codes, weights)
}

struct Weighted {
    codes: Vec<&'static str>,
    cumulative: Vec<u32>,
}

impl Weighted {
    fn new() -> Self {
        let (codes, weights) = operator_countries();
        let cumulative = weights
            .iter()
            .scan(0, |sum, w| {
                *sum += w;
                Some(*sum)
            })
            .collect();
        Self { codes, cumulative }
    }

    fn pick<R: Rng>(&self, rng: &mut R) -> &'static str {
        let total = *self.cumulative.last().unwrap_or(&1);
        let x = rng.gen_range(0..total);
        let i = self.cumulative.partition_point(|&c| c <= x);
        self.codes[i.min(self.codes.len() - 1)]
    }
}

fn language_of(country: &str) -> &'static str {
    match country {
        "DE" | "AT" | "CH" | "LI" => "de",
        "IT" | "SM" | "VA" => "it",
        "FR" | "BE" | "LU" | "MC" => "fr",
        "ES" | "MX" | "PE" | "EC" | "CO" | "AR" | "CL" => "es",
        "PT" | "BR" => "pt",
        "PL" => "pl",
        "NL" => "nl",
        "GR" => "el",
        "RO" => "ro",
        "CZ" => "cs",
        "HU" => "hu",
        "SE" => "sv",
        "DK" => "da",
        _ => "en",
    }
}

fn phone<R: Rng>(rng: &mut R) -> String {
    format!(
        "+{} {} {}",
        rng.gen_range(30..99),
        rng.gen_range(10..999),
        rng.gen_range(100_000..9_999_999)
    )
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn generate_organisations(rng: &mut StdRng, total: usize, now: i64) -> Vec<Organisation> {
    let weighted = Weighted::new();
    let mut out = Vec::with_capacity(total);
    let two_years = 2 * 365 * 86_400;
    // A Central Competent Authority per country, border control posts in the member states.
    for (country, country_name) in CountryCode::ALL {
        out.push(Organisation {
            kind: "authority",
            name: format!("Organic Production Authority of {country_name}"),
            country: static_code(*country),
            status: "valid",
            activity: None,
            address: None,
            city: None,
            postcode: None,
            phone: None,
            email: None,
            website: None,
            eori: None,
            authority_role: Some("CCA"),
            code: None,
            certified: Vec::new(),
            created_at: now - two_years,
        });
    }
    for country in CountryCode::EU_MEMBERS {
        let words = names::words_for(country.as_str());
        for n in 0..BCPS_PER_MEMBER {
            let place = ["Port", "Airport", "Road", "Rail"][n % 4];
            out.push(Organisation {
                kind: "authority",
                name: format!(
                    "BCP {} {} {place} {}",
                    country.as_str(),
                    names::town(rng, words),
                    n + 1
                ),
                country: static_code(country),
                status: "valid",
                activity: None,
                address: None,
                city: None,
                postcode: None,
                phone: None,
                email: None,
                website: None,
                eori: None,
                authority_role: Some("BCP"),
                code: None,
                certified: Vec::new(),
                created_at: now - two_years,
            });
        }
    }
    // Control bodies: a unique code per instance, certifying in one to six countries.
    let terms = ["BIO", "ECO", "EKO", "OKO", "ORG"];
    let mut codes = HashSet::new();
    while codes.len() < CONTROL_BODIES {
        let country = weighted.pick(rng);
        let code = format!(
            "{country}-{}-{:03}",
            terms[rng.gen_range(0..terms.len())],
            rng.gen_range(1..1000)
        );
        if !codes.insert(code.clone()) {
            continue;
        }
        let words = names::words_for(country);
        let name = match rng.gen_range(0..3) {
            0 => format!("{} Control {}", names::operator_name(rng, words), code),
            1 => format!(
                "{} Certification",
                words.families.choose(rng).unwrap_or(&"")
            ),
            _ => format!(
                "{} Inspection Services",
                words.organic.choose(rng).unwrap_or(&"")
            ),
        };
        let mut certified = vec![country];
        for _ in 0..rng.gen_range(0..6) {
            let other = weighted.pick(rng);
            if !certified.contains(&other) {
                certified.push(other);
            }
        }
        out.push(Organisation {
            kind: "control_body",
            name,
            country,
            status: "valid",
            activity: None,
            address: None,
            city: None,
            postcode: None,
            phone: Some(phone(rng)),
            email: None,
            website: None,
            eori: None,
            authority_role: None,
            code: Some(code),
            certified,
            created_at: now - two_years,
        });
    }
    // Operators: the rest.
    let mut eori_serial: u64 = 100_000_000;
    while out.len() < total {
        let country = weighted.pick(rng);
        let code = CountryCode::parse(country).unwrap_or(CountryCode::ALL[0].0);
        let words = names::words_for(country);
        let name = names::operator_name(rng, words);
        let importer = code.is_eu_member() && rng.gen_bool(0.25);
        let activity = if importer {
            "IMPORTER"
        } else {
            [
                "FIRST_CONSIGNEE",
                "EXPORTER",
                "PRODUCER",
                "PRODUCER",
                "PROCESSOR",
            ][rng.gen_range(0..5)]
        };
        let eori = importer.then(|| {
            eori_serial += 1;
            format!("{country}{eori_serial}")
        });
        let status = match rng.gen_range(0..100) {
            0..=89 => "valid",
            90..=94 => "new",
            95..=96 => "rejected",
            _ => "inactive",
        };
        let slug = names::ascii_slug(&name);
        let slug = &slug[..slug.len().min(20)];
        out.push(Organisation {
            kind: "operator",
            name,
            country,
            status,
            activity: Some(activity),
            address: Some(names::street(rng, words)),
            city: Some(names::town(rng, words)),
            postcode: Some(format!("{:05}", rng.gen_range(1000..99_999))),
            phone: Some(phone(rng)),
            email: rng.gen_bool(0.7).then(|| format!("info@{slug}.example")),
            website: rng
                .gen_bool(0.3)
                .then(|| format!("https://www.{slug}.example")),
            eori,
            authority_role: None,
            code: None,
            certified: Vec::new(),
            created_at: now - rng.gen_range(0..two_years),
        });
    }
    out
}

fn generate_accounts(rng: &mut StdRng, total: usize) -> Vec<Account> {
    let weighted = Weighted::new();
    (1..=total)
        .map(|n| {
            let country = weighted.pick(rng);
            let words = names::words_for(country);
            let (first, last) = names::person(rng, words);
            let slug = format!("{}.{}", names::ascii_slug(first), names::ascii_slug(last));
            let role_kind = match rng.gen_range(0..100) {
                0..=89 => "OPERATOR",
                90..=96 => "CONTROL_BODY",
                _ => "AUTHORITY",
            };
            Account {
                username: format!("{}{n:05}", slug.replace('.', "")),
                first_name: first,
                last_name: last,
                email: format!("{slug}.{n}@example.org"),
                language: language_of(country),
                role_kind,
            }
        })
        .collect()
}

/// `per_account[i]` requests for account i + 1, each for a different post of the account's kind,
/// mostly in the account's own country for operators.
fn generate_requests(
    rng: &mut StdRng,
    accounts: &[Account],
    organisations: &[Organisation],
    total: usize,
    now: i64,
) -> Vec<Request> {
    let open = |o: &&Organisation| matches!(o.status, "valid" | "new");
    let ids_of = |kind: &str| -> Vec<usize> {
        organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| o.kind == kind && open(o))
            .map(|(i, _)| i)
            .collect()
    };
    let operators = ids_of("operator");
    let control_bodies = ids_of("control_body");
    let authorities = ids_of("authority");
    let infos = [
        "",
        "I am the quality manager.",
        "Please add me: I prepare the certificates of inspection for our shipments.",
        "Replacing my colleague who left the company.",
        "Contact person for imports.",
        "Responsible for organic certification at this site.",
    ];
    let mut out = Vec::with_capacity(total);
    let per_account = total / accounts.len().max(1);
    let extra = total % accounts.len().max(1);
    for (index, account) in accounts.iter().enumerate() {
        let wanted = per_account + usize::from(index < extra);
        let pool = match account.role_kind {
            "CONTROL_BODY" => &control_bodies,
            "AUTHORITY" => &authorities,
            _ => &operators,
        };
        let mut taken = HashSet::new();
        let phone = rng.gen_bool(0.6).then(|| phone(rng));
        while taken.len() < wanted.min(pool.len()) {
            let org_index = pool[rng.gen_range(0..pool.len())];
            let org = &organisations[org_index];
            let country = if org.kind == "control_body" {
                org.certified[rng.gen_range(0..org.certified.len())]
            } else {
                org.country
            };
            if !taken.insert((org_index, country)) {
                continue;
            }
            out.push(Request {
                account_id: index as i64 + 1,
                organisation_id: org_index as i64 + 1,
                country,
                role_kind: account.role_kind,
                info: infos[rng.gen_range(0..infos.len())],
                email: account.email.clone(),
                phone: phone.clone(),
                created_at: now - rng.gen_range(0..90 * 86_400),
            });
        }
    }
    out
}

/// Rows per multi-row INSERT: below SQLite's 32,766 bound variables for every table here.
const BATCH: usize = 1000;

/// Creates the database in `data_dir` with the server's migrations, then the data set.
pub async fn build(data_dir: &Path, sizes: Sizes) -> Result<DataSet, Box<dyn std::error::Error>> {
    let started = Instant::now();
    let hash_started = Instant::now();
    let hash = server::secrets::hash_password(PASSWORD).map_err(|e| e.to_string())?;
    let hash_time = hash_started.elapsed();

    let store = server::store::Store::open(None, data_dir).await?;
    let mut conn = store.connection().await?;
    let now = now();
    let mut rng = StdRng::seed_from_u64(2024);
    let organisations = generate_organisations(&mut rng, sizes.organisations, now);
    let accounts = generate_accounts(&mut rng, sizes.accounts);
    let requests = generate_requests(&mut rng, &accounts, &organisations, sizes.requests, now);

    insert_organisations(&mut conn, &organisations).await?;
    insert_accounts(&mut conn, &accounts, &hash, now).await?;
    insert_requests(&mut conn, &requests).await?;
    drop(conn);
    drop(store);

    let count = |kind: &str| organisations.iter().filter(|o| o.kind == kind).count();
    Ok(DataSet {
        operators: count("operator"),
        control_bodies: count("control_body"),
        authorities: count("authority"),
        accounts: accounts.len(),
        requests: requests.len(),
        control_body_countries: organisations.iter().map(|o| o.certified.len()).sum(),
        emails: accounts.into_iter().map(|a| a.email).collect(),
        password_hash: hash,
        load_time: started.elapsed(),
        hash_time,
    })
}

async fn insert_organisations(
    conn: &mut SqliteConnection,
    organisations: &[Organisation],
) -> Result<(), sqlx::Error> {
    let mut tx = conn.begin().await?;
    for (chunk_index, chunk) in organisations.chunks(BATCH).enumerate() {
        let mut query = QueryBuilder::<Sqlite>::new(
            "INSERT INTO organisations (id, instance, kind, name, name_folded, country, status, section, activity,
                 address, city, postcode, phone, email, website, eori, authority_role, code, created_at) ",
        );
        query.push_values(chunk.iter().enumerate(), |mut row, (i, o)| {
            row.push_bind((chunk_index * BATCH + i + 1) as i64)
                .push_bind(INSTANCE)
                .push_bind(o.kind)
                .push_bind(o.name.clone())
                .push_bind(fold_name(&o.name))
                .push_bind(o.country)
                .push_bind(o.status)
                .push_bind(o.activity.map(|_| "ORGANIC_OPERATOR"))
                .push_bind(o.activity)
                .push_bind(o.address.clone())
                .push_bind(o.city)
                .push_bind(o.postcode.clone())
                .push_bind(o.phone.clone())
                .push_bind(o.email.clone())
                .push_bind(o.website.clone())
                .push_bind(o.eori.clone())
                .push_bind(o.authority_role)
                .push_bind(o.code.clone())
                .push_bind(o.created_at);
        });
        query.build().execute(&mut *tx).await?;
    }
    let pairs: Vec<(i64, &str)> = organisations
        .iter()
        .enumerate()
        .flat_map(|(i, o)| o.certified.iter().map(move |c| (i as i64 + 1, *c)))
        .collect();
    for chunk in pairs.chunks(BATCH) {
        let mut query = QueryBuilder::<Sqlite>::new(
            "INSERT INTO control_body_countries (organisation_id, country) ",
        );
        query.push_values(chunk, |mut row, (id, country)| {
            row.push_bind(*id).push_bind(*country);
        });
        query.build().execute(&mut *tx).await?;
    }
    tx.commit().await
}

async fn insert_accounts(
    conn: &mut SqliteConnection,
    accounts: &[Account],
    hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let mut tx = conn.begin().await?;
    for (chunk_index, chunk) in accounts.chunks(BATCH).enumerate() {
        let mut query = QueryBuilder::<Sqlite>::new(
            "INSERT INTO accounts (id, username, first_name, last_name, email, email_normalized,
                 email_language, ui_language, password_hash, created_at, updated_at) ",
        );
        query.push_values(chunk.iter().enumerate(), |mut row, (i, a)| {
            row.push_bind((chunk_index * BATCH + i + 1) as i64)
                .push_bind(a.username.clone())
                .push_bind(a.first_name)
                .push_bind(a.last_name)
                .push_bind(a.email.clone())
                .push_bind(a.email.to_lowercase())
                .push_bind(a.language)
                .push_bind(a.language)
                .push_bind(hash)
                .push_bind(now)
                .push_bind(now);
        });
        query.build().execute(&mut *tx).await?;

        let mut query = QueryBuilder::<Sqlite>::new(
            "INSERT INTO traces_users (instance, account_id, role_kind, created_at) ",
        );
        query.push_values(chunk.iter().enumerate(), |mut row, (i, a)| {
            row.push_bind(INSTANCE)
                .push_bind((chunk_index * BATCH + i + 1) as i64)
                .push_bind(a.role_kind)
                .push_bind(now);
        });
        query.build().execute(&mut *tx).await?;
    }
    tx.commit().await
}

async fn insert_requests(
    conn: &mut SqliteConnection,
    requests: &[Request],
) -> Result<(), sqlx::Error> {
    let mut tx = conn.begin().await?;
    for (chunk_index, chunk) in requests.chunks(BATCH).enumerate() {
        let id = |i: usize| (chunk_index * BATCH + i + 1) as i64;
        // One submission per request: each was sent from its own popup.
        let mut query = QueryBuilder::<Sqlite>::new(
            "INSERT INTO role_request_submissions (id, instance, account_id, idempotency_key, created_at) ",
        );
        query.push_values(chunk.iter().enumerate(), |mut row, (i, r)| {
            row.push_bind(id(i))
                .push_bind(INSTANCE)
                .push_bind(r.account_id)
                .push_bind(format!("seed-{:010}", id(i)))
                .push_bind(r.created_at);
        });
        query.build().execute(&mut *tx).await?;

        let mut query = QueryBuilder::<Sqlite>::new(
            "INSERT INTO role_requests (id, instance, account_id, organisation_id, country, role_kind,
                 additional_info, contact_email, contact_phone, status, created_at, submission_id) ",
        );
        query.push_values(chunk.iter().enumerate(), |mut row, (i, r)| {
            row.push_bind(id(i))
                .push_bind(INSTANCE)
                .push_bind(r.account_id)
                .push_bind(r.organisation_id)
                .push_bind(r.country)
                .push_bind(r.role_kind)
                .push_bind(r.info)
                .push_bind(r.email.clone())
                .push_bind(r.phone.clone())
                .push_bind("pending")
                .push_bind(r.created_at)
                .push_bind(id(i));
        });
        query.build().execute(&mut *tx).await?;
    }
    tx.commit().await
}

/// Makes the first `n` accounts (the benchmark's logged-in workers) Commission users of the
/// instance, and returns the pending requests they may decide (everyone's but their own), by id.
pub async fn make_commission(
    data_dir: &Path,
    n: usize,
) -> Result<Vec<i64>, Box<dyn std::error::Error>> {
    let store = server::store::Store::open(None, data_dir).await?;
    let mut conn = store.connection().await?;
    for account in 1..=n as i64 {
        sqlx::query(
            "INSERT INTO commission_members (instance, account_id, created_at) VALUES (?, ?, 0)",
        )
        .bind(INSTANCE)
        .bind(account)
        .execute(&mut *conn)
        .await?;
    }
    let ids = sqlx::query_scalar(
        "SELECT id FROM role_requests WHERE instance = ? AND status = 'pending' AND account_id > ?
         ORDER BY id",
    )
    .bind(INSTANCE)
    .bind(n as i64)
    .fetch_all(&mut *conn)
    .await?;
    Ok(ids)
}

/// How many open operators `country` has, and how many of them have `fragment` in their
/// folded name: the size of the search the scenarios page through.
pub async fn search_counts(
    data_dir: &Path,
    country: &str,
    fragment: &str,
) -> Result<(i64, i64), Box<dyn std::error::Error>> {
    let store = server::store::Store::open(None, data_dir).await?;
    let mut conn = store.connection().await?;
    let sql = "SELECT count(*), count(CASE WHEN name_folded LIKE ?3 THEN 1 END) FROM organisations
         WHERE instance = ?1 AND kind = 'operator' AND status IN ('new', 'valid') AND country = ?2";
    let counts = sqlx::query_as(sql)
        .bind(INSTANCE)
        .bind(country)
        .bind(format!("%{fragment}%"))
        .fetch_one(&mut *conn)
        .await?;
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_data_set_has_what_was_asked() {
        let mut rng = StdRng::seed_from_u64(7);
        let organisations = generate_organisations(&mut rng, 3000, 1_700_000_000);
        assert_eq!(organisations.len(), 3000);
        assert!(organisations.iter().any(|o| o.kind == "authority"
            && o.authority_role == Some("CCA")
            && o.country == "IT"));
        let eoris: HashSet<_> = organisations
            .iter()
            .filter_map(|o| o.eori.as_ref())
            .collect();
        let importers = organisations
            .iter()
            .filter(|o| o.activity == Some("IMPORTER"))
            .count();
        assert_eq!(eoris.len(), importers, "EORI numbers are unique");
        let accounts = generate_accounts(&mut rng, 50);
        let requests = generate_requests(&mut rng, &accounts, &organisations, 500, 1_700_000_000);
        assert_eq!(requests.len(), 500);
        let posts: HashSet<_> = requests
            .iter()
            .map(|r| (r.account_id, r.organisation_id, r.country))
            .collect();
        assert_eq!(posts.len(), 500, "no two open requests for the same post");
        for r in &requests {
            let org = &organisations[r.organisation_id as usize - 1];
            let kind = match org.kind {
                "operator" => "OPERATOR",
                "control_body" => "CONTROL_BODY",
                _ => "AUTHORITY",
            };
            assert_eq!(kind, r.role_kind);
        }
    }
}
