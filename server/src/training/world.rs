//! The demo world of the training instance, as data: the directory (a CSV file checked with
//! the rules of user input when loaded), the personas, and the people and requests that make
//! the approval queue worth showing.

/// The directory: operators, control bodies and authorities of 18 countries. Written by
/// `scripts/make-demo-world.py`.
pub const ORGANISATIONS_CSV: &str = include_str!("../../demo/organisations.csv");

/// Every demo address is under this reserved domain (RFC 2606): nobody can own it, so no
/// persona can ever be someone's real account.
pub const DEMO_DOMAIN: &str = "demo.traces-training.example";

/// A demo EU Login account.
pub struct DemoPerson {
    pub username: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
    /// The part before `@DEMO_DOMAIN`.
    pub mailbox: &'static str,
    pub language: &'static str,
}

/// A persona of the training welcome page.
pub struct PersonaSpec {
    pub key: &'static str,
    pub person: DemoPerson,
    /// Message ids (`app/locales/*/training.ftl`): the page shows them in the reader's language.
    pub role: &'static str,
    pub description: &'static str,
}

/// How a demo request stands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Pending,
    /// Accepted by the persona with this key.
    AcceptedBy(&'static str),
    /// Rejected by the persona with this key, for this reason.
    RejectedBy(&'static str, &'static str),
}

/// A post somebody of the demo asked for.
pub struct DemoRequest {
    /// A persona key, or the username of one of [`PEOPLE`].
    pub who: &'static str,
    /// The organisation's exact name in the directory.
    pub organisation: &'static str,
    /// For control bodies: the certified country; otherwise the organisation's country.
    pub country: Option<&'static str>,
    pub days_ago: i64,
    pub outcome: Outcome,
    pub additional_info: &'static str,
}

pub const PERSONAS: &[PersonaSpec] = &[
    PersonaSpec {
        key: "importer",
        person: DemoPerson {
            username: "demo-importer",
            first_name: "Inès",
            last_name: "Laurent",
            mailbox: "ines.laurent",
            language: "fr",
        },
        role: "training-persona-importer-role",
        description: "training-persona-importer-description",
    },
    PersonaSpec {
        key: "inspector",
        person: DemoPerson {
            username: "demo-inspector",
            first_name: "Karl",
            last_name: "Berger",
            mailbox: "karl.berger",
            language: "de",
        },
        role: "training-persona-inspector-role",
        description: "training-persona-inspector-description",
    },
    PersonaSpec {
        key: "bcp",
        person: DemoPerson {
            username: "demo-bcp",
            first_name: "Sofia",
            last_name: "Marino",
            mailbox: "sofia.marino",
            language: "it",
        },
        role: "training-persona-bcp-role",
        description: "training-persona-bcp-description",
    },
    PersonaSpec {
        key: "cca",
        person: DemoPerson {
            username: "demo-cca",
            first_name: "Jonas",
            last_name: "Vogel",
            mailbox: "jonas.vogel",
            language: "de",
        },
        role: "training-persona-cca-role",
        description: "training-persona-cca-description",
    },
    PersonaSpec {
        key: "admin",
        person: DemoPerson {
            username: "demo-admin",
            first_name: "Eva",
            last_name: "Novak",
            mailbox: "eva.novak",
            language: "en",
        },
        role: "training-persona-admin-role",
        description: "training-persona-admin-description",
    },
    PersonaSpec {
        key: "commission",
        person: DemoPerson {
            username: "demo-commission",
            first_name: "Marta",
            last_name: "Kowalska",
            mailbox: "marta.kowalska",
            language: "pl",
        },
        role: "training-persona-commission-role",
        description: "training-persona-commission-description",
    },
];

/// The people behind the demo world's other requests (not listed as personas).
pub const PEOPLE: &[DemoPerson] = &[
    DemoPerson {
        username: "demo-lweber",
        first_name: "Lukas",
        last_name: "Weber",
        mailbox: "lukas.weber",
        language: "de",
    },
    DemoPerson {
        username: "demo-adubois",
        first_name: "Amélie",
        last_name: "Dubois",
        mailbox: "amelie.dubois",
        language: "fr",
    },
    DemoPerson {
        username: "demo-gromano",
        first_name: "Giulia",
        last_name: "Romano",
        mailbox: "giulia.romano",
        language: "it",
    },
    DemoPerson {
        username: "demo-pzielinski",
        first_name: "Piotr",
        last_name: "Zieliński",
        mailbox: "piotr.zielinski",
        language: "pl",
    },
    DemoPerson {
        username: "demo-slindqvist",
        first_name: "Sven",
        last_name: "Lindqvist",
        mailbox: "sven.lindqvist",
        language: "sv",
    },
    DemoPerson {
        username: "demo-njansen",
        first_name: "Nora",
        last_name: "Jansen",
        mailbox: "nora.jansen",
        language: "nl",
    },
    DemoPerson {
        username: "demo-palves",
        first_name: "Pedro",
        last_name: "Alves",
        mailbox: "pedro.alves",
        language: "pt",
    },
    DemoPerson {
        username: "demo-mhuber",
        first_name: "Maximilian",
        last_name: "Huber",
        mailbox: "maximilian.huber",
        language: "de",
    },
    DemoPerson {
        username: "demo-cfischer",
        first_name: "Clara",
        last_name: "Fischer",
        mailbox: "clara.fischer",
        language: "de",
    },
    DemoPerson {
        username: "demo-lgarcia",
        first_name: "Lucía",
        last_name: "García",
        mailbox: "lucia.garcia",
        language: "es",
    },
    DemoPerson {
        username: "demo-truiz",
        first_name: "Tomás",
        last_name: "Ruiz",
        mailbox: "tomas.ruiz",
        language: "es",
    },
    DemoPerson {
        username: "demo-ebyrne",
        first_name: "Emma",
        last_name: "Byrne",
        mailbox: "emma.byrne",
        language: "en",
    },
];

/// In the order they happened: a decider's own post is accepted before they decide others.
pub const REQUESTS: &[DemoRequest] = &[
    DemoRequest {
        who: "cca",
        organisation: "Fiktive Zentrale Behörde Öko",
        country: None,
        days_ago: 60,
        outcome: Outcome::AcceptedBy("commission"),
        additional_info: "Head of the organic unit.",
    },
    DemoRequest {
        who: "bcp",
        organisation: "PCF Fittizio Genova Porto",
        country: None,
        days_ago: 45,
        outcome: Outcome::AcceptedBy("commission"),
        additional_info: "Import controls at the port.",
    },
    DemoRequest {
        who: "inspector",
        organisation: "Fiktiv Kontrollstelle Öko",
        country: Some("DE"),
        days_ago: 40,
        outcome: Outcome::AcceptedBy("cca"),
        additional_info: "",
    },
    DemoRequest {
        who: "admin",
        organisation: "Fiktiv Grünwaren KG",
        country: None,
        days_ago: 30,
        outcome: Outcome::AcceptedBy("cca"),
        additional_info: "Managing director.",
    },
    DemoRequest {
        who: "demo-cfischer",
        organisation: "Fiktiv Bäckerei Sonnenkorn",
        country: None,
        days_ago: 20,
        outcome: Outcome::AcceptedBy("cca"),
        additional_info: "",
    },
    DemoRequest {
        who: "demo-lgarcia",
        organisation: "Ficticia Importación Ecológica SL",
        country: None,
        days_ago: 18,
        outcome: Outcome::AcceptedBy("commission"),
        additional_info: "Compras y calidad.",
    },
    DemoRequest {
        who: "demo-truiz",
        organisation: "Huerta Ficticia Andaluza",
        country: None,
        days_ago: 15,
        outcome: Outcome::RejectedBy(
            "commission",
            "You are not an employee of this operator: ask its manager to send the request.",
        ),
        additional_info: "",
    },
    DemoRequest {
        who: "demo-ebyrne",
        organisation: "Fictional Organic Imports Ltd",
        country: None,
        days_ago: 12,
        outcome: Outcome::RejectedBy(
            "commission",
            "Wrong organisation: search for your employer by its EORI number and request that one.",
        ),
        additional_info: "",
    },
    DemoRequest {
        who: "demo-mhuber",
        organisation: "Fiktiv Grünwaren KG",
        country: None,
        days_ago: 9,
        outcome: Outcome::Pending,
        additional_info: "New warehouse manager.",
    },
    DemoRequest {
        who: "demo-lweber",
        organisation: "Öko-Fiktiv Handel GmbH",
        country: None,
        days_ago: 7,
        outcome: Outcome::Pending,
        additional_info: "Customs declarations for organic imports.",
    },
    DemoRequest {
        who: "demo-adubois",
        organisation: "Démo Fictif Épicerie Bio",
        country: None,
        days_ago: 6,
        outcome: Outcome::Pending,
        additional_info: "",
    },
    DemoRequest {
        who: "demo-gromano",
        organisation: "Fiktiv Alpen Bio Import GmbH",
        country: None,
        days_ago: 5,
        outcome: Outcome::Pending,
        additional_info: "Qualitätssicherung.",
    },
    DemoRequest {
        who: "demo-pzielinski",
        organisation: "Fiktiv Økologisk Import ApS",
        country: None,
        days_ago: 4,
        outcome: Outcome::Pending,
        additional_info: "",
    },
    DemoRequest {
        who: "demo-slindqvist",
        organisation: "Fiktiv Ekologisk Import AB",
        country: None,
        days_ago: 3,
        outcome: Outcome::Pending,
        additional_info: "",
    },
    DemoRequest {
        who: "demo-njansen",
        organisation: "Fictief Biologische Import BV",
        country: None,
        days_ago: 2,
        outcome: Outcome::Pending,
        additional_info: "Inkoop biologische producten.",
    },
    DemoRequest {
        who: "demo-palves",
        organisation: "Fictícia Importação Biológica Lda",
        country: None,
        days_ago: 1,
        outcome: Outcome::Pending,
        additional_info: "",
    },
];
