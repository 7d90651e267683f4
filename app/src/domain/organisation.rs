//! Organisations of TRACES NT and the roles people take in them (step 2 of the helpdesk letter):
//! the kinds of role and the one-kind rule, the authority roles, the sections and activity
//! types of the organic chapter, the identifiers (EORI number, control body code), the
//! "Create new Operator" form, and the folding and ranking that find likely duplicates.

use super::country::CountryCode;
use super::email::Email;
use super::instance::truncate_for_message;
use super::FieldError;
use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// The `name`s of the "Create new Operator" form, also used as ids and as `FieldError::field`.
pub mod field {
    pub const NAME: &str = "name";
    pub const COUNTRY: &str = "country";
    pub const ADDRESS: &str = "address";
    pub const CITY: &str = "city";
    pub const POSTCODE: &str = "postcode";
    pub const SECTION: &str = "section";
    pub const ACTIVITY: &str = "activity";
    pub const PHONE: &str = "phone";
    pub const FAX: &str = "fax";
    pub const EMAIL: &str = "email";
    pub const WEBSITE: &str = "website";
    /// The group of phone, fax, e-mail and website, for the "at least one of" message.
    pub const CONTACT: &str = "contact";
    pub const EORI: &str = "eori";
}

/// A value that is not one of the choices of a list (role kind, section, activity type…);
/// `what` is the message id of the list's label (`label-activity-type`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChoiceError {
    Missing(&'static str),
    Unknown { what: &'static str, code: String },
}

impl ChoiceError {
    pub fn message(&self) -> Message {
        match self {
            ChoiceError::Missing(what) => {
                Message::new("valid-choice-missing").with("field", Message::new(what))
            }
            ChoiceError::Unknown { what, code } => Message::new("valid-choice-unknown")
                .with("field", Message::new(what))
                .with("code", code),
        }
    }
}

error_message!(ChoiceError);

/// An enum stored and sent as a fixed code, with `ALL` in list order, `code()`, `parse()` (case
/// and surrounding spaces ignored) and serde as the code string. `$what` is the message id of
/// the list's label, for [`ChoiceError`].
macro_rules! coded_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident as $what:literal {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every value, in the order lists show them.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The code stored in the database and sent over the wire.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            pub fn parse(code: &str) -> Result<Self, ChoiceError> {
                let code = code.trim();
                if code.is_empty() {
                    return Err(ChoiceError::Missing($what));
                }
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| value.code().eq_ignore_ascii_case(code))
                    .ok_or_else(|| ChoiceError::Unknown {
                        what: $what,
                        code: truncate_for_message(code),
                    })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl TryFrom<String> for $name {
            type Error = ChoiceError;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.code().to_owned()
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// Role kinds and the one-kind rule

coded_enum! {
    /// The kind of role a person takes in TRACES NT. "Each individual can only take one kind of
    /// role" per instance; within it, the person can hold several posts.
    pub enum RoleKind as "label-role" {
        /// Works for operators (importer, first consignee…).
        Operator = "OPERATOR",
        /// Works for an Organic Control Body or Control Authority, for one or more countries.
        ControlBody = "CONTROL_BODY",
        /// Works for an authority: Border Control Post or Central Competent Authority.
        Authority = "AUTHORITY",
    }
}

impl RoleKind {
    /// The label of the letter and of the role chooser: "Operator", "Organic Control Body",
    /// "Authority".
    pub fn label(self) -> Message {
        Message::new(match self {
            RoleKind::Operator => "label-role-kind-operator",
            RoleKind::ControlBody => "label-role-kind-control-body",
            RoleKind::Authority => "label-role-kind-authority",
        })
    }

    /// What the kind covers, as the letter explains it.
    pub fn description(self) -> Message {
        Message::new(match self {
            RoleKind::Operator => "label-role-kind-operator-description",
            RoleKind::ControlBody => "label-role-kind-control-body-description",
            RoleKind::Authority => "label-role-kind-authority-description",
        })
    }
}

/// A request for a role of another kind than the one the person already has on the instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleKindError {
    pub existing: RoleKind,
    pub requested: RoleKind,
}

impl RoleKindError {
    pub fn message(&self) -> Message {
        Message::new("valid-role-kind-other")
            .with("existing", self.existing.label())
            .with("requested", self.requested.label())
    }
}

error_message!(RoleKindError);

/// The rule "each individual can only take one kind of role": `existing` is the kind of the
/// person's pending or valid requests on the instance, if any.
pub fn check_same_kind(
    existing: Option<RoleKind>,
    requested: RoleKind,
) -> Result<(), RoleKindError> {
    match existing {
        Some(existing) if existing != requested => Err(RoleKindError {
            existing,
            requested,
        }),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// Authority roles

coded_enum! {
    /// The roles an authority takes in the organic chapter of TRACES NT.
    pub enum AuthorityRole as "label-authority-role" {
        /// Border Control Post, acting as EAOC (formerly CAFOP).
        Bcp = "BCP",
        /// Central Competent Authority, acting as OPL (formerly CAOPL).
        Cca = "CCA",
    }
}

impl AuthorityRole {
    /// "Border Control Post", "Central Competent Authority".
    pub fn name(self) -> Message {
        Message::new(match self {
            AuthorityRole::Bcp => "label-authority-role-bcp",
            AuthorityRole::Cca => "label-authority-role-cca",
        })
    }

    /// The organic role the authority acts as: "EAOC", "OPL".
    pub fn acts_as(self) -> &'static str {
        match self {
            AuthorityRole::Bcp => "EAOC",
            AuthorityRole::Cca => "OPL",
        }
    }

    /// "Endorsing Authority for Organic Certification", "Organic Production and Labelling".
    pub fn acts_as_name(self) -> Message {
        Message::new(match self {
            AuthorityRole::Bcp => "label-authority-role-bcp-acts-as",
            AuthorityRole::Cca => "label-authority-role-cca-acts-as",
        })
    }

    /// The earlier name of the role in TRACES NT: "CAFOP", "CAOPL".
    pub fn formerly(self) -> &'static str {
        match self {
            AuthorityRole::Bcp => "CAFOP",
            AuthorityRole::Cca => "CAOPL",
        }
    }

    /// The explanation of the letter: "Border Control Post: takes the role of Endorsing
    /// Authority for Organic Certification (EAOC – formerly CAFOP in TRACES NT)".
    pub fn description(self) -> Message {
        Message::new("label-authority-role-description")
            .with("role", self.name())
            .with("acts_as_name", self.acts_as_name())
            .with("acts_as", self.acts_as())
            .with("formerly", self.formerly())
    }
}

// ---------------------------------------------------------------------------------------------
// Sections and activity types

coded_enum! {
    /// A section of the operator register; the organic chapter has one.
    pub enum Section as "label-section" {
        OrganicOperator = "ORGANIC_OPERATOR",
    }
}

impl Section {
    /// "Organic operator".
    pub fn name(self) -> Message {
        Message::new(match self {
            Section::OrganicOperator => "label-section-organic-operator",
        })
    }
}

coded_enum! {
    /// What an operator does, within its section.
    pub enum ActivityType as "label-activity-type" {
        Importer = "IMPORTER",
        FirstConsignee = "FIRST_CONSIGNEE",
        Exporter = "EXPORTER",
        Producer = "PRODUCER",
        Processor = "PROCESSOR",
    }
}

impl ActivityType {
    /// "Importer", "First consignee"…
    pub fn name(self) -> Message {
        Message::new(match self {
            ActivityType::Importer => "label-activity-importer",
            ActivityType::FirstConsignee => "label-activity-first-consignee",
            ActivityType::Exporter => "label-activity-exporter",
            ActivityType::Producer => "label-activity-producer",
            ActivityType::Processor => "label-activity-processor",
        })
    }

    pub fn section(self) -> Section {
        Section::OrganicOperator
    }

    /// "The EORI number is currently only mandatory for organic importers."
    pub fn requires_eori(self) -> bool {
        self == ActivityType::Importer
    }
}

// ---------------------------------------------------------------------------------------------
// EORI number

/// An EORI number (Economic Operators Registration and Identification): the code of the issuing
/// country, or `XI` for Northern Ireland, then 1 to 15 letters or digits. Stored upper-case
/// without spaces ("DE1234567890123").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Eori(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EoriError {
    Empty,
    RequiredForImporters,
    TooLong,
    BadCharacter,
    NoCountry,
    /// The two letters that are not a country code.
    UnknownCountry(String),
    NoNumber,
}

impl EoriError {
    pub fn message(&self) -> Message {
        match self {
            EoriError::Empty => Message::new("valid-eori-empty"),
            EoriError::RequiredForImporters => Message::new("valid-eori-required-for-importers"),
            EoriError::TooLong => Message::new("valid-eori-too-long"),
            EoriError::BadCharacter => Message::new("valid-eori-bad-character"),
            EoriError::NoCountry => Message::new("valid-eori-no-country"),
            EoriError::UnknownCountry(code) => {
                Message::new("valid-eori-unknown-country").with("code", code)
            }
            EoriError::NoNumber => Message::new("valid-eori-no-number"),
        }
    }
}

error_message!(EoriError);

impl Eori {
    /// Country code and number together.
    pub const MAX: usize = 17;
    /// The prefix of EORI numbers issued for Northern Ireland (not an ISO 3166-1 code).
    pub const NORTHERN_IRELAND: &'static str = "XI";

    /// Parses a number as typed: white space anywhere is removed, letters are upper-cased.
    pub fn parse(input: &str) -> Result<Self, EoriError> {
        let mut value = String::with_capacity(Self::MAX);
        for c in input.chars().filter(|c| !c.is_whitespace()) {
            if value.len() == Self::MAX {
                return Err(EoriError::TooLong);
            }
            if !c.is_ascii_alphanumeric() {
                return Err(EoriError::BadCharacter);
            }
            value.push(c.to_ascii_uppercase());
        }
        if value.is_empty() {
            return Err(EoriError::Empty);
        }
        let prefix = value.get(..2).unwrap_or(&value);
        if prefix.len() < 2 || !prefix.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(EoriError::NoCountry);
        }
        if prefix != Self::NORTHERN_IRELAND && CountryCode::parse(prefix).is_err() {
            return Err(EoriError::UnknownCountry(prefix.to_owned()));
        }
        if value.len() == 2 {
            return Err(EoriError::NoNumber);
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two letters of the issuing country ("DE", "XI").
    pub fn country_prefix(&self) -> &str {
        &self.0[..2]
    }

    /// The issuing country; `None` for Northern Ireland (`XI`).
    pub fn country(&self) -> Option<CountryCode> {
        CountryCode::parse(self.country_prefix()).ok()
    }

    /// The part after the country code.
    pub fn number(&self) -> &str {
        &self.0[2..]
    }
}

impl fmt::Display for Eori {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Eori {
    type Error = EoriError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Eori> for String {
    fn from(value: Eori) -> Self {
        value.0
    }
}

// ---------------------------------------------------------------------------------------------
// Control body code

/// The three-letter terms ("CDE" of `AB-CDE-999`) that control body codes use to link to
/// organic production (Regulation (EU) 2018/848 and, before it, Article 58 of Regulation (EC)
/// No 889/2008): BIO (most countries), ECO (ES, RO), EKO (PL, SE, FI, LT, SI, HR), OKO and ORG
/// (GB, IE, MT). The German, Austrian, Hungarian "ÖKO" and the Danish, Norwegian "ØKO" are
/// accepted as typed and kept as OKO, so codes stay ASCII in URLs, searches and exports.
pub const ORGANIC_TERMS: [&str; 5] = ["BIO", "ECO", "EKO", "OKO", "ORG"];

/// The code of a control body or control authority, `AB-CDE-999`: the ISO code of the country
/// where the controls take place, an organic term of [`ORGANIC_TERMS`] and a reference number.
/// Stored upper-case ("DE-OKO-006", "AT-BIO-301").
///
/// The number has one to three digits: the regulation says "maximum three digits" and codes
/// such as FR-BIO-01 and BE-BIO-01 are in use; it is kept as written, so "BE-BIO-01" and
/// "BE-BIO-001" stay different codes. Spanish regional suffixes ("ES-ECO-001-AN") are not
/// accepted by this version.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ControlBodyCode(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ControlBodyCodeError {
    Empty,
    Shape,
    /// The first part, which is not a country code.
    Country(String),
    /// The middle part, which is not an organic term.
    Term(String),
    Number,
}

impl ControlBodyCodeError {
    pub fn message(&self) -> Message {
        match self {
            ControlBodyCodeError::Empty => Message::new("valid-control-body-code-empty"),
            ControlBodyCodeError::Shape => Message::new("valid-control-body-code-shape"),
            ControlBodyCodeError::Country(code) => {
                Message::new("valid-control-body-code-country").with("code", code)
            }
            ControlBodyCodeError::Term(term) => {
                Message::new("valid-control-body-code-term").with("term", term)
            }
            ControlBodyCodeError::Number => Message::new("valid-control-body-code-number"),
        }
    }
}

error_message!(ControlBodyCodeError);

impl ControlBodyCode {
    /// "AB-CDE-999" is 10 characters.
    pub const MAX: usize = 10;

    pub fn parse(input: &str) -> Result<Self, ControlBodyCodeError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(ControlBodyCodeError::Empty);
        }
        if value.chars().nth(Self::MAX).is_some() {
            return Err(ControlBodyCodeError::Shape);
        }
        let mut parts = value.split('-');
        let (Some(country), Some(term), Some(number), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(ControlBodyCodeError::Shape);
        };
        if country.len() != 2 || term.chars().count() != 3 {
            return Err(ControlBodyCodeError::Shape);
        }
        let country = CountryCode::parse(country)
            .map_err(|_| ControlBodyCodeError::Country(country.to_ascii_uppercase()))?;
        // Upper-cased by hand: `str::to_uppercase` would add its Unicode tables to the bundle.
        let term_ascii: String = term
            .chars()
            .map(|c| match c {
                'ö' | 'Ö' | 'ø' | 'Ø' => 'O',
                c => c.to_ascii_uppercase(),
            })
            .collect();
        if !ORGANIC_TERMS.contains(&term_ascii.as_str()) {
            return Err(ControlBodyCodeError::Term(term.to_ascii_uppercase()));
        }
        if number.is_empty() || number.len() > 3 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ControlBodyCodeError::Number);
        }
        Ok(Self(format!("{country}-{term_ascii}-{number}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country where the controls take place.
    pub fn country(&self) -> CountryCode {
        // Always valid: checked by `parse`.
        CountryCode::parse(&self.0[..2]).expect("a parsed control body code starts with a country")
    }

    pub fn term(&self) -> &str {
        &self.0[3..6]
    }

    pub fn number(&self) -> &str {
        &self.0[7..]
    }
}

impl fmt::Display for ControlBodyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for ControlBodyCode {
    type Error = ControlBodyCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<ControlBodyCode> for String {
    fn from(value: ControlBodyCode) -> Self {
        value.0
    }
}

// ---------------------------------------------------------------------------------------------
// Text fields of the operator form

/// Which text field a message is about; each has its own length and characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Name,
    Address,
    City,
    Postcode,
}

impl TextField {
    /// "Name", "Address", "City", "Postcode".
    pub fn label(self) -> Message {
        Message::new(match self {
            TextField::Name => "label-name",
            TextField::Address => "label-address",
            TextField::City => "label-city",
            TextField::Postcode => "label-postcode",
        })
    }

    /// The least and most characters, after white space is collapsed.
    pub fn limits(self) -> (usize, usize) {
        match self {
            TextField::Name => (2, 120),
            TextField::Address => (1, 200),
            TextField::City => (1, 100),
            TextField::Postcode => (1, 12),
        }
    }

    /// What to enter when the field is empty: "enter the city".
    fn empty_hint(self) -> Message {
        Message::new(match self {
            TextField::Name => "label-name-empty-hint",
            TextField::Address => "label-address-empty-hint",
            TextField::City => "label-city-empty-hint",
            TextField::Postcode => "label-postcode-empty-hint",
        })
    }

    /// The characters the field takes, in words: "use only letters A–Z, digits…".
    fn allowed_hint(self) -> Message {
        Message::new(match self {
            TextField::Name => "label-name-allowed-hint",
            TextField::Address => "label-address-allowed-hint",
            TextField::City => "label-city-allowed-hint",
            TextField::Postcode => "label-postcode-allowed-hint",
        })
    }

    /// Punctuation allowed besides letters, digits and spaces. `<` and `>` never are: no markup.
    fn punctuation(self) -> &'static str {
        match self {
            TextField::Name => ".,-–'’&()/+:;\"“”„«»!",
            TextField::Address => ".,-–'’&()/+:;\"“”„«»#°ºª№",
            TextField::City => ".,-–'’()/",
            TextField::Postcode => "-",
        }
    }

    fn allows(self, c: char) -> bool {
        if self == TextField::Postcode {
            return c.is_ascii_alphanumeric() || c == ' ' || c == '-';
        }
        c == ' '
            || self.punctuation().contains(c)
            || (c.is_alphabetic() && !is_styled(c))
            || c.is_ascii_digit()
            || is_combining_mark(c)
    }
}

/// Fullwidth ASCII ("ＢＩＯ") and mathematical letters ("𝐁𝐈𝐎") look like ordinary letters but
/// defeat search and duplicate detection.
fn is_styled(c: char) -> bool {
    matches!(c, '\u{ff01}'..='\u{ff5e}' | '\u{1d400}'..='\u{1d7ff}')
}

/// Combining diacritical marks, as in decomposed "e\u{301}" (é) typed on some systems.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    Empty(TextField),
    TooShort(TextField),
    TooLong(TextField),
    BadCharacter(TextField),
    NoLetterOrDigit(TextField),
}

impl TextError {
    pub fn message(&self) -> Message {
        let about = |id, field: TextField| Message::new(id).with("field", field.label());
        match *self {
            TextError::Empty(field) => {
                about("valid-text-empty", field).with("hint", field.empty_hint())
            }
            TextError::TooShort(field) => {
                about("valid-too-short", field).with("min", field.limits().0)
            }
            TextError::TooLong(field) => {
                about("valid-too-long", field).with("max", field.limits().1)
            }
            TextError::BadCharacter(field) => {
                about("valid-text-bad-character", field).with("hint", field.allowed_hint())
            }
            TextError::NoLetterOrDigit(field) => about("valid-text-no-letter-or-digit", field),
        }
    }
}

error_message!(TextError);

/// Trims, collapses runs of white space to one space and checks length and characters. Stops
/// as soon as the text is too long, so a 10 MB paste costs no 10 MB copy.
pub fn clean_text(input: &str, field: TextField) -> Result<String, TextError> {
    let (min, max) = field.limits();
    let mut value = String::new();
    let mut count = 0;
    for word in input.split_whitespace() {
        if count > 0 {
            value.push(' ');
            count += 1;
        }
        for c in word.chars() {
            count += 1;
            if count > max {
                return Err(TextError::TooLong(field));
            }
            value.push(c);
        }
    }
    if count == 0 {
        return Err(TextError::Empty(field));
    }
    if !value.chars().all(|c| field.allows(c)) {
        return Err(TextError::BadCharacter(field));
    }
    if !value
        .chars()
        .any(|c| c.is_alphabetic() || c.is_ascii_digit())
    {
        return Err(TextError::NoLetterOrDigit(field));
    }
    if count < min {
        return Err(TextError::TooShort(field));
    }
    Ok(value)
}

/// The name of an organisation, as registered: 2 to 120 characters, letters of any script,
/// digits, spaces and common punctuation; no markup or invisible characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrganisationName(String);

impl OrganisationName {
    pub fn parse(input: &str) -> Result<Self, TextError> {
        clean_text(input, TextField::Name).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form stored for search and duplicate detection: see [`fold_name`].
    pub fn folded(&self) -> String {
        fold_name(&self.0)
    }
}

impl TryFrom<String> for OrganisationName {
    type Error = TextError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<OrganisationName> for String {
    fn from(value: OrganisationName) -> Self {
        value.0
    }
}

impl fmt::Display for OrganisationName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A postcode: 1 to 12 letters, digits, spaces and hyphens, stored upper-case ("SW1A 1AA",
/// "00-950", "D02 X285").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

impl Postcode {
    pub fn parse(input: &str) -> Result<Self, TextError> {
        clean_text(input, TextField::Postcode).map(|value| Self(value.to_ascii_uppercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Postcode {
    type Error = TextError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Postcode> for String {
    fn from(value: Postcode) -> Self {
        value.0
    }
}

// ---------------------------------------------------------------------------------------------
// Contact: at least one of phone, fax, e-mail or website

/// A phone or fax number in international format: `+`, then digits with optional spaces,
/// hyphens and parentheses; 6 to 20 digits. Kept as typed, white space collapsed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

/// What is wrong with a number; each holds the message id of the field's label
/// (`label-phone`, `label-fax`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneError {
    NoPlus(&'static str),
    BadCharacter(&'static str),
    Digits(&'static str),
}

impl PhoneError {
    pub fn message(&self) -> Message {
        let about = |id, field| Message::new(id).with("field", Message::new(field));
        match *self {
            PhoneError::NoPlus(field) => about("valid-phone-no-plus", field),
            PhoneError::BadCharacter(field) => about("valid-phone-bad-character", field),
            PhoneError::Digits(field) => about("valid-phone-digits", field)
                .with("min", PhoneNumber::MIN_DIGITS)
                .with("max", PhoneNumber::MAX_DIGITS),
        }
    }
}

error_message!(PhoneError);

impl PhoneNumber {
    pub const MIN_DIGITS: usize = 6;
    pub const MAX_DIGITS: usize = 20;
    /// Digits and separators together.
    pub const MAX: usize = 40;

    /// Parses a number; `field` is the message id of the label that messages start with
    /// (`label-phone` for "Phone", `label-fax` for "Fax").
    pub fn parse(input: &str, field: &'static str) -> Result<Self, PhoneError> {
        let value = input.trim();
        let Some(rest) = value.strip_prefix('+') else {
            return Err(PhoneError::NoPlus(field));
        };
        if value.len() > Self::MAX * 4 {
            return Err(PhoneError::Digits(field));
        }
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.chars().count() > Self::MAX {
            return Err(PhoneError::Digits(field));
        }
        if !rest
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '(' | ')'))
        {
            return Err(PhoneError::BadCharacter(field));
        }
        let digits = rest.bytes().filter(u8::is_ascii_digit).count();
        if !(Self::MIN_DIGITS..=Self::MAX_DIGITS).contains(&digits) {
            return Err(PhoneError::Digits(field));
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `+` and the digits without separators, for `tel:` links and comparison. A trunk "(0)"
    /// stays in, as typed.
    pub fn compact(&self) -> String {
        let mut out = String::from("+");
        out.extend(self.0.chars().filter(char::is_ascii_digit));
        out
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = PhoneError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value, "label-phone")
    }
}

impl From<PhoneNumber> for String {
    fn from(value: PhoneNumber) -> Self {
        value.0
    }
}

/// A website: an `http://` or `https://` address, or a bare domain with an optional path
/// ("www.example.org", "example.org/en"); at most 200 characters, ASCII only.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Website(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WebsiteError {
    TooLong,
    Scheme,
    NonAscii,
    Shape,
}

impl WebsiteError {
    pub fn message(&self) -> Message {
        match self {
            WebsiteError::TooLong => Message::new("valid-too-long")
                .with("field", Message::new("label-website"))
                .with("max", Website::MAX),
            WebsiteError::Scheme => Message::new("valid-website-scheme"),
            WebsiteError::NonAscii => Message::new("valid-website-non-ascii"),
            WebsiteError::Shape => Message::new("valid-website-shape"),
        }
    }
}

error_message!(WebsiteError);

impl Website {
    pub const MAX: usize = 200;

    pub fn parse(input: &str) -> Result<Self, WebsiteError> {
        let value = input.trim();
        if value.chars().nth(Self::MAX).is_some() {
            return Err(WebsiteError::TooLong);
        }
        if value.is_empty() {
            return Err(WebsiteError::Shape);
        }
        let lower = value.to_ascii_lowercase();
        let rest = if let Some(rest) = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
        {
            rest
        } else {
            // "javascript:…", "mailto:…", "ftp://…": a scheme is letters before the first ':'
            // that are not followed by a port number.
            if let Some((before, after)) = lower.split_once(':') {
                if !before.is_empty()
                    && before.bytes().all(|b| b.is_ascii_alphabetic())
                    && !after.starts_with(|c: char| c.is_ascii_digit())
                {
                    return Err(WebsiteError::Scheme);
                }
            }
            &lower
        };
        if !rest.is_ascii() {
            return Err(WebsiteError::NonAscii);
        }
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, path) = rest.split_at(end);
        let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
        let port_ok = authority.len() == host.len()
            || (!port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
        let path_ok = path
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"<>\"'`{}|\\^".contains(&b));
        if !port_ok || !path_ok || !is_domain(host) {
            return Err(WebsiteError::Shape);
        }
        Ok(Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address for a link: `https://` is added to a bare domain.
    pub fn href(&self) -> String {
        let lower = self.0.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            self.0.clone()
        } else {
            format!("https://{}", self.0)
        }
    }
}

/// A domain like `www.example.org`: labels of letters, digits and inner hyphens, a top-level
/// domain of letters (or an `xn--` one).
fn is_domain(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    host.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels.last().is_some_and(|tld| {
            tld.len() >= 2
                && (tld.bytes().all(|b| b.is_ascii_alphabetic()) || tld.starts_with("xn--"))
        })
}

impl TryFrom<String> for Website {
    type Error = WebsiteError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Website> for String {
    fn from(value: Website) -> Self {
        value.0
    }
}

/// The ways to reach an operator; at least one is present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub phone: Option<PhoneNumber>,
    pub fax: Option<PhoneNumber>,
    pub email: Option<Email>,
    pub website: Option<Website>,
}

/// The message when none of phone, fax, e-mail or website is given.
pub const CONTACT_MISSING: Message = Message::new("valid-contact-missing");

/// The operator form rule "at least one of phone, fax, e-mail or website" (the letter: "instead
/// of the phone number you can also choose a fax, email or website"). Blank fields are absent;
/// each given one must be valid. Errors use the names of [`field`].
pub fn check_contact(
    phone: &str,
    fax: &str,
    email: &str,
    website: &str,
) -> Result<Contact, Vec<FieldError>> {
    let mut errors = Vec::new();
    fn optional<T, E>(
        input: &str,
        name: &str,
        parse: impl FnOnce(&str) -> Result<T, E>,
        errors: &mut Vec<FieldError>,
    ) -> Option<T>
    where
        Message: From<E>,
    {
        if input.trim().is_empty() {
            return None;
        }
        parse(input)
            .map_err(|e| errors.push(FieldError::new(name, e)))
            .ok()
    }
    let contact = Contact {
        phone: optional(
            phone,
            field::PHONE,
            |v| PhoneNumber::parse(v, "label-phone"),
            &mut errors,
        ),
        fax: optional(
            fax,
            field::FAX,
            |v| PhoneNumber::parse(v, "label-fax"),
            &mut errors,
        ),
        email: optional(
            email,
            field::EMAIL,
            |v| Email::parse(v, "label-email"),
            &mut errors,
        ),
        website: optional(website, field::WEBSITE, Website::parse, &mut errors),
    };
    let none_given = [phone, fax, email, website]
        .iter()
        .all(|v| v.trim().is_empty());
    if none_given {
        errors.push(FieldError::new(field::CONTACT, CONTACT_MISSING));
    }
    if errors.is_empty() {
        Ok(contact)
    } else {
        Err(errors)
    }
}

// ---------------------------------------------------------------------------------------------
// The "Create new Operator" form

/// What the "Create new Operator" form sends, as typed. `country`, `section` and `activity` are
/// codes ("DE", "ORGANIC_OPERATOR", "IMPORTER").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOperatorInput {
    pub name: String,
    pub country: String,
    pub address: String,
    pub city: String,
    pub postcode: String,
    pub section: String,
    pub activity: String,
    pub phone: String,
    pub fax: String,
    pub email: String,
    pub website: String,
    pub eori: String,
}

/// A new operator whose every field is valid. Built by [`NewOperatorInput::parse`] only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOperator {
    pub name: OrganisationName,
    pub country: CountryCode,
    /// Trimmed, white space collapsed, 1 to 200 characters.
    pub address: String,
    /// Trimmed, white space collapsed, 1 to 100 characters.
    pub city: String,
    pub postcode: Postcode,
    pub section: Section,
    pub activity: ActivityType,
    pub contact: Contact,
    /// Present for every importer.
    pub eori: Option<Eori>,
}

impl NewOperatorInput {
    /// All problems, in the order of the form: name, country, address, city, postcode,
    /// section, activity, phone, fax, e-mail, website, the contact one-of, EORI number.
    pub fn parse(&self) -> Result<NewOperator, Vec<FieldError>> {
        let mut errors = Vec::new();
        fn keep<T, E>(errors: &mut Vec<FieldError>, name: &str, result: Result<T, E>) -> Option<T>
        where
            Message: From<E>,
        {
            result
                .map_err(|e| errors.push(FieldError::new(name, e)))
                .ok()
        }
        let name = keep(
            &mut errors,
            field::NAME,
            OrganisationName::parse(&self.name),
        );
        let country = keep(
            &mut errors,
            field::COUNTRY,
            CountryCode::parse(&self.country),
        );
        let address = keep(
            &mut errors,
            field::ADDRESS,
            clean_text(&self.address, TextField::Address),
        );
        let city = keep(
            &mut errors,
            field::CITY,
            clean_text(&self.city, TextField::City),
        );
        let postcode = keep(
            &mut errors,
            field::POSTCODE,
            Postcode::parse(&self.postcode),
        );
        let section = keep(&mut errors, field::SECTION, Section::parse(&self.section));
        let activity = keep(
            &mut errors,
            field::ACTIVITY,
            ActivityType::parse(&self.activity).and_then(|activity| match section {
                Some(section) if activity.section() != section => Err(ChoiceError::Unknown {
                    what: "label-activity-type",
                    code: activity.code().to_owned(),
                }),
                _ => Ok(activity),
            }),
        );
        let contact = check_contact(&self.phone, &self.fax, &self.email, &self.website)
            .map_err(|contact_errors| errors.extend(contact_errors))
            .ok();
        let eori = if self.eori.trim().is_empty() {
            if activity.is_some_and(ActivityType::requires_eori) {
                errors.push(FieldError::new(
                    field::EORI,
                    EoriError::RequiredForImporters,
                ));
            }
            None
        } else {
            keep(&mut errors, field::EORI, Eori::parse(&self.eori))
        };
        match (
            name, country, address, city, postcode, section, activity, contact,
        ) {
            (
                Some(name),
                Some(country),
                Some(address),
                Some(city),
                Some(postcode),
                Some(section),
                Some(activity),
                Some(contact),
            ) if errors.is_empty() => Ok(NewOperator {
                name,
                country,
                address,
                city,
                postcode,
                section,
                activity,
                contact,
                eori,
            }),
            _ => Err(errors),
        }
    }

    /// The message for one field, if it has a problem: what the form shows on blur.
    pub fn problem(&self, field: &str) -> Option<String> {
        self.parse()
            .err()?
            .into_iter()
            .find(|e| e.field == field)
            .map(|e| e.message.text())
    }
}

// ---------------------------------------------------------------------------------------------
// Name folding and likely duplicates

/// Legal-form words dropped by [`fold_name`], as they read after folding ("S.à r.l." folds to
/// "sarl", "Sp. z o.o." to "sp zoo"). Space-separated to keep the table small.
const LEGAL_FORMS: &str = "ab ad ae ag aps as asa asbl bhd bt bv bvba co corp cv dd doo ead eg \
ehf ek eood epe eurl ev gaec gbr gmbh hf ike inc kft kg kk lda limited llc llp ltd ltda mbh nv \
nyrt ohg ood ou oy oyj plc pte pty pvt sa sac sae sapa sarl sas sasu sau sca scarl scea scrl sdn \
sia sl slu snc spa sprl srl srls sro uab ug vof vzw zrt";

/// Legal forms of two words (Polish partnerships and companies).
const LEGAL_FORM_PAIRS: [(&str, &str); 5] = [
    ("sp", "zoo"),
    ("sp", "j"),
    ("sp", "k"),
    ("sp", "p"),
    ("sp", "ka"),
];

/// Base letters of U+00C0..=U+017F (Latin-1 Supplement letters and Latin Extended-A), capital
/// and small, one byte per code point; `' '` for × and ÷. Ligatures and ß are spelled out by
/// `fold_char` before the table is read, so their bytes here are never used.
const LATIN_BASE: &[u8; 192] = b"aaaaaa ceeeeiiii\
dnooooo ouuuuy  \
aaaaaa ceeeeiiii\
dnooooo ouuuuy y\
aaaaaaccccccccdd\
ddeeeeeeeeeegggg\
gggghhhhiiiiiiii\
ii  jjkkklllllll\
lllnnnnnnnnnoooo\
oo  rrrrrrssssss\
ssttttttuuuuuuuu\
uuuuwwyyyzzzzzzs";

/// Appends the folded form of one character: steps 1 to 3 of [`fold_name`]. Written out
/// rather than using `char::to_lowercase`, whose Unicode tables would add some 10 KB to the
/// browser bundle.
fn fold_char(c: char, out: &mut String) {
    let folded = match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        // Combining marks: "e\u{301}" folds like "é".
        '\u{300}'..='\u{36f}' => return,
        'ß' | 'ẞ' => return out.push_str("ss"),
        'æ' | 'Æ' => return out.push_str("ae"),
        'þ' | 'Þ' => return out.push_str("th"),
        'ĳ' | 'Ĳ' => return out.push_str("ij"),
        'œ' | 'Œ' => return out.push_str("oe"),
        // Romanian comma-below letters (Latin Extended-B).
        'ș' | 'Ș' => 's',
        'ț' | 'Ț' => 't',
        '\u{c0}'..='\u{17f}' => char::from(LATIN_BASE[c as usize - 0xc0]),
        // Greek: capitals to small, tonos and dialytika dropped, final sigma as sigma.
        'Ά' | 'ά' => 'α',
        'Έ' | 'έ' => 'ε',
        'Ή' | 'ή' => 'η',
        'Ί' | 'ί' | 'Ϊ' | 'ϊ' | 'ΐ' => 'ι',
        'Ό' | 'ό' => 'ο',
        'Ύ' | 'ύ' | 'Ϋ' | 'ϋ' | 'ΰ' => 'υ',
        'Ώ' | 'ώ' => 'ω',
        'ς' => 'σ',
        'Α'..='Ω' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        // Cyrillic capitals to small.
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        c if c.is_alphabetic() => c,
        _ => ' ',
    };
    out.push(folded);
}

/// The folded form of an organisation name, stored next to the name for case- and
/// accent-insensitive search and compared to find likely duplicates. Deterministic: the same
/// input gives the same output on every platform, browser or server. The steps:
///
/// 1. Latin, Greek and Cyrillic letters are lower-cased; letters of other scripts are kept as
///    they are;
/// 2. Latin letters lose their diacritics (É→e, ł→l, ő→o, ș→s) and ligatures are spelled out
///    (ß→ss, æ→ae, œ→oe, ĳ→ij, þ→th), using a table for U+00C0–U+017F plus ș and ț; Greek
///    letters lose tonos and dialytika and final ς becomes σ; combining marks U+0300–U+036F are
///    dropped, so decomposed input folds like composed input;
/// 3. every other character that is not a letter or an ASCII digit becomes a space;
/// 4. runs of one-letter words are joined ("S. A." → "sa", "J & B" → "jb");
/// 5. legal-form words of `LEGAL_FORMS` (gmbh, ltd, sarl, bv, sa, srl, sp zoo…) are dropped,
///    unless nothing else would remain;
/// 6. the words are joined with single spaces.
///
/// German "ä" folds to "a", not "ae": "Müller" and "Mueller" differ here and are left to the
/// similarity of [`duplicate_rank`].
pub fn fold_name(name: &str) -> String {
    let mut spaced = String::with_capacity(name.len());
    for c in name.chars() {
        fold_char(c, &mut spaced);
    }
    let mut words: Vec<Cow<str>> = Vec::new();
    let mut letters = String::new();
    for word in spaced.split_whitespace() {
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => letters.push(c),
            _ => {
                if !letters.is_empty() {
                    words.push(Cow::Owned(std::mem::take(&mut letters)));
                }
                words.push(Cow::Borrowed(word));
            }
        }
    }
    if !letters.is_empty() {
        words.push(Cow::Owned(letters));
    }
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let word = words[i].as_ref();
        let pair = words.get(i + 1).map(AsRef::as_ref);
        if LEGAL_FORM_PAIRS
            .iter()
            .any(|&(first, second)| word == first && pair == Some(second))
        {
            i += 2;
            continue;
        }
        if !LEGAL_FORMS.split(' ').any(|form| form == word) {
            kept.push(word);
        }
        i += 1;
    }
    if kept.is_empty() {
        words.join(" ")
    } else {
        kept.join(" ")
    }
}

/// The characters of a candidate name that [`duplicate_rank`] looks at.
const RANK_NAME_CHARS: usize = 256;

/// Rank of a candidate with the same EORI number: above any other.
pub const RANK_SAME_EORI: u32 = 1000;
/// Rank of a candidate in the same country whose folded name is the same.
pub const RANK_SAME_NAME_AND_COUNTRY: u32 = 500;
/// Added for a candidate in the same country.
pub const RANK_SAME_COUNTRY: u32 = 10;
/// Candidates ranked at least this are shown as likely duplicates before a new operator is
/// created: a name at least 60 % similar, or 50 % similar in the same country.
pub const LIKELY_DUPLICATE: u32 = 60;

/// How likely an existing operator is the one about to be created; higher is likelier.
///
/// The rank adds: [`RANK_SAME_EORI`] when both have the same EORI number;
/// [`RANK_SAME_NAME_AND_COUNTRY`] when the folded names are equal and the country is the same;
/// the name similarity, 0 to 100 (the better of shared words and edit distance, on folded
/// names); [`RANK_SAME_COUNTRY`] for the same country. So a same EORI number always ranks
/// first, then an equal name in the same country, then similar names.
pub fn duplicate_rank(
    candidate_name: &str,
    candidate_country: CountryCode,
    candidate_eori: Option<&Eori>,
    new: &NewOperator,
) -> u32 {
    // Stored names have at most 120 characters; a longer candidate is cut, to bound the work.
    let cut = candidate_name
        .char_indices()
        .nth(RANK_NAME_CHARS)
        .map_or(candidate_name, |(end, _)| &candidate_name[..end]);
    let candidate = fold_name(cut);
    let wanted = new.name.folded();
    let same_country = candidate_country == new.country;
    let mut rank = 0;
    if candidate_eori.is_some() && candidate_eori == new.eori.as_ref() {
        rank += RANK_SAME_EORI;
    }
    if same_country && !wanted.is_empty() && candidate == wanted {
        rank += RANK_SAME_NAME_AND_COUNTRY;
    }
    rank += name_similarity(&candidate, &wanted);
    if same_country {
        rank += RANK_SAME_COUNTRY;
    }
    rank
}

/// Similarity of two folded names, 0 to 100 (100 only when equal): the better of the share of
/// words in common (of the name with more words) and the edit distance relative to the longer
/// name (first 64 characters of each). "Bio" shares one word in three with "Müller Bio Import":
/// 33; "Mueller Bio Import" is one edit away: 94.
fn name_similarity(a: &str, b: &str) -> u32 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    if a == b {
        return 100;
    }
    // Distinct words; a linear scan is enough for names of a few words and keeps a sort
    // routine out of the browser bundle.
    fn words(name: &str) -> Vec<&str> {
        let mut words: Vec<&str> = Vec::new();
        for word in name.split(' ') {
            if !words.contains(&word) {
                words.push(word);
            }
        }
        words
    }
    let (words_a, words_b) = (words(a), words(b));
    let shared = words_a.iter().filter(|w| words_b.contains(w)).count();
    let common = (100 * shared / words_a.len().max(words_b.len())) as u32;
    let chars_a: Vec<char> = a.chars().take(64).collect();
    let chars_b: Vec<char> = b.chars().take(64).collect();
    let longer = chars_a.len().max(chars_b.len());
    let distance = levenshtein(&chars_a, &chars_b);
    let edit = (100 * (longer - distance.min(longer)) / longer) as u32;
    // Equal names are 100; different ones stay below, so equality keeps its own rank.
    common.max(edit).min(99)
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEN_MB: usize = 10 * 1024 * 1024;

    fn importer() -> NewOperatorInput {
        NewOperatorInput {
            name: "Grüne Wiese Naturkost GmbH".into(),
            country: "de".into(),
            address: "Hauptstraße 1".into(),
            city: "München".into(),
            postcode: "80331".into(),
            section: "ORGANIC_OPERATOR".into(),
            activity: "IMPORTER".into(),
            phone: "+49 89 123456".into(),
            fax: String::new(),
            email: String::new(),
            website: String::new(),
            eori: "DE 1234 5678 9012 345".into(),
        }
    }

    /// An importer with an EORI number, a producer without.
    fn operator(name: &str, country: &str, eori: Option<&str>) -> NewOperator {
        NewOperatorInput {
            name: name.into(),
            country: country.into(),
            activity: if eori.is_some() {
                "IMPORTER"
            } else {
                "PRODUCER"
            }
            .into(),
            eori: eori.unwrap_or_default().into(),
            ..importer()
        }
        .parse()
        .unwrap()
    }

    // Role kinds ------------------------------------------------------------------------------

    #[test]
    fn a_person_keeps_one_kind_of_role_per_instance() {
        use RoleKind::*;
        let table = [
            (None, Operator, true),
            (None, ControlBody, true),
            (None, Authority, true),
            (Some(Operator), Operator, true),
            (Some(ControlBody), ControlBody, true),
            (Some(Authority), Authority, true),
            (Some(Operator), ControlBody, false),
            (Some(Operator), Authority, false),
            (Some(ControlBody), Operator, false),
            (Some(ControlBody), Authority, false),
            (Some(Authority), Operator, false),
            (Some(Authority), ControlBody, false),
        ];
        for (existing, requested, allowed) in table {
            assert_eq!(
                check_same_kind(existing, requested).is_ok(),
                allowed,
                "{existing:?} then {requested:?}"
            );
        }
    }

    #[test]
    fn the_one_kind_message_names_the_kind_the_person_has() {
        let message = check_same_kind(Some(RoleKind::ControlBody), RoleKind::Authority)
            .unwrap_err()
            .to_string();
        assert_eq!(
            message,
            "Role: you already have the role kind “Organic Control Body” on this instance, and each individual can only take one kind of role. You cannot request an “Authority” role; you can request more “Organic Control Body” posts."
        );
    }

    #[test]
    fn role_kinds_authority_roles_sections_and_activities_parse_from_their_codes() {
        for kind in RoleKind::ALL {
            assert_eq!(RoleKind::parse(kind.code()), Ok(*kind));
        }
        for role in AuthorityRole::ALL {
            assert_eq!(AuthorityRole::parse(role.code()), Ok(*role));
        }
        for section in Section::ALL {
            assert_eq!(Section::parse(section.code()), Ok(*section));
        }
        for activity in ActivityType::ALL {
            assert_eq!(ActivityType::parse(activity.code()), Ok(*activity));
            assert_eq!(activity.section(), Section::OrganicOperator);
        }
        assert_eq!(
            ActivityType::parse(" first_consignee "),
            Ok(ActivityType::FirstConsignee)
        );
        assert_eq!(RoleKind::parse("control_body"), Ok(RoleKind::ControlBody));
    }

    #[test]
    fn unknown_or_missing_codes_are_refused_with_the_list_named() {
        let table = [
            (
                ActivityType::parse(""),
                "Activity type: choose one from the list.",
            ),
            (
                ActivityType::parse("TRADER"),
                "Activity type: “TRADER” is not one of the choices; choose one from the list.",
            ),
            (
                ActivityType::parse("<script>alert(1)</script>"),
                "Activity type: “<script>alert(1)</script>” is not one of the choices; choose one from the list.",
            ),
        ];
        for (result, message) in table {
            assert_eq!(result.unwrap_err().to_string(), message);
        }
        assert_eq!(
            Section::parse("ORGANIC"),
            Err(ChoiceError::Unknown {
                what: "label-section",
                code: "ORGANIC".into()
            })
        );
        assert!(RoleKind::parse("IMPORTER").is_err());
        assert!(AuthorityRole::parse("EAOC").is_err());
        assert!(AuthorityRole::parse("BCP\u{200b}").is_err());
        let huge = ActivityType::parse(&"X".repeat(TEN_MB))
            .unwrap_err()
            .to_string();
        assert!(huge.len() < 200, "the message quotes a short prefix only");
    }

    #[test]
    fn the_lists_have_the_codes_and_labels_of_the_letter() {
        let kinds: Vec<_> = RoleKind::ALL
            .iter()
            .map(|k| format!("{} {} / {}", k.code(), k.label(), k.description()))
            .collect();
        assert_eq!(
            kinds,
            [
                "OPERATOR Operator / Importer, first consignee",
                "CONTROL_BODY Organic Control Body / Organic Control Body or Control Authority",
                "AUTHORITY Authority / Border Control Post or Central Competent Authority"
            ]
        );
        let activities: Vec<_> = ActivityType::ALL
            .iter()
            .map(|a| format!("{} {}", a.code(), a.name()))
            .collect();
        assert_eq!(
            activities,
            [
                "IMPORTER Importer",
                "FIRST_CONSIGNEE First consignee",
                "EXPORTER Exporter",
                "PRODUCER Producer",
                "PROCESSOR Processor"
            ]
        );
        assert_eq!(Section::OrganicOperator.name().text(), "Organic operator");
        assert_eq!(AuthorityRole::Bcp.name().text(), "Border Control Post");
        assert_eq!(
            AuthorityRole::Cca.name().text(),
            "Central Competent Authority"
        );
        assert_eq!(
            AuthorityRole::Bcp.description().text(),
            "Border Control Post: takes the role of Endorsing Authority for Organic Certification (EAOC – formerly CAFOP in TRACES NT)"
        );
        assert_eq!(
            AuthorityRole::Cca.description().text(),
            "Central Competent Authority: takes the role of Organic Production and Labelling (OPL – formerly CAOPL in TRACES NT)"
        );
    }

    #[test]
    fn coded_values_cross_the_wire_as_their_codes() {
        assert_eq!(
            serde_json::to_string(&ActivityType::FirstConsignee).unwrap(),
            "\"FIRST_CONSIGNEE\""
        );
        assert_eq!(
            serde_json::from_str::<AuthorityRole>("\"CCA\"").unwrap(),
            AuthorityRole::Cca
        );
        assert!(serde_json::from_str::<RoleKind>("\"ADMIN\"").is_err());
    }

    // EORI -------------------------------------------------------------------------------------

    #[test]
    fn eori_numbers_are_upper_cased_without_spaces() {
        let table = [
            (
                "DE1234567890123",
                "DE1234567890123",
                Some("DE"),
                "1234567890123",
            ),
            (" de 1234 5678 ", "DE12345678", Some("DE"), "12345678"),
            (
                "fr\t12345678901\n",
                "FR12345678901",
                Some("FR"),
                "12345678901",
            ),
            (
                "GB123456789000",
                "GB123456789000",
                Some("GB"),
                "123456789000",
            ),
            ("XI123456789000", "XI123456789000", None, "123456789000"),
            ("nl1", "NL1", Some("NL"), "1"),
            ("ATU12345678", "ATU12345678", Some("AT"), "U12345678"),
            (
                "IT123456789012345",
                "IT123456789012345",
                Some("IT"),
                "123456789012345",
            ),
            (
                "PL\u{a0}1234567890",
                "PL1234567890",
                Some("PL"),
                "1234567890",
            ),
        ];
        for (input, stored, country, number) in table {
            let eori = Eori::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(eori.as_str(), stored, "{input:?}");
            assert_eq!(eori.country().as_ref().map(CountryCode::as_str), country);
            assert_eq!(eori.number(), number);
        }
    }

    #[test]
    fn eori_numbers_of_the_wrong_shape_are_refused() {
        let table = [
            ("", EoriError::Empty),
            ("   ", EoriError::Empty),
            ("DE", EoriError::NoNumber),
            ("de ", EoriError::NoNumber),
            ("D", EoriError::NoCountry),
            ("1234567", EoriError::NoCountry),
            ("D1234567", EoriError::NoCountry),
            ("ZZ1234567", EoriError::UnknownCountry("ZZ".into())),
            ("EU1234567", EoriError::UnknownCountry("EU".into())),
            ("EL1234567", EoriError::UnknownCountry("EL".into())),
            ("IT1234567890123456", EoriError::TooLong),
            ("DE-123456", EoriError::BadCharacter),
            ("DE123/456", EoriError::BadCharacter),
            ("DE12345é", EoriError::BadCharacter),
            ("ＤＥ123456", EoriError::BadCharacter),
            ("DE123\u{200b}456", EoriError::BadCharacter),
            ("DE<b>1</b>", EoriError::BadCharacter),
        ];
        for (input, expected) in table {
            assert_eq!(Eori::parse(input), Err(expected), "{input:?}");
        }
        assert_eq!(Eori::parse(&"1".repeat(TEN_MB)), Err(EoriError::TooLong));
        assert_eq!(
            Eori::parse(&format!("DE1{}", " ".repeat(TEN_MB)))
                .unwrap()
                .as_str(),
            "DE1"
        );
    }

    #[test]
    fn every_eori_message_names_the_field() {
        for err in [
            EoriError::Empty,
            EoriError::RequiredForImporters,
            EoriError::TooLong,
            EoriError::BadCharacter,
            EoriError::NoCountry,
            EoriError::UnknownCountry("ZZ".into()),
            EoriError::NoNumber,
        ] {
            assert!(err.to_string().starts_with("EORI number: "), "{err}");
        }
    }

    // Control body codes -----------------------------------------------------------------------

    #[test]
    fn control_body_codes_follow_country_term_number() {
        let table = [
            ("AT-BIO-301", "AT-BIO-301", "AT", "BIO", "301"),
            (" at-bio-301 ", "AT-BIO-301", "AT", "BIO", "301"),
            ("DE-ÖKO-006", "DE-OKO-006", "DE", "OKO", "006"),
            ("de-öko-006", "DE-OKO-006", "DE", "OKO", "006"),
            ("DK-ØKO-100", "DK-OKO-100", "DK", "OKO", "100"),
            ("DE-OKO-039", "DE-OKO-039", "DE", "OKO", "039"),
            ("PL-EKO-01", "PL-EKO-01", "PL", "EKO", "01"),
            ("ES-ECO-001", "ES-ECO-001", "ES", "ECO", "001"),
            ("GB-ORG-5", "GB-ORG-5", "GB", "ORG", "5"),
            ("IN-BIO-149", "IN-BIO-149", "IN", "BIO", "149"),
        ];
        for (input, stored, country, term, number) in table {
            let code = ControlBodyCode::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(
                (
                    code.as_str(),
                    code.country().as_str(),
                    code.term(),
                    code.number()
                ),
                (stored, country, term, number),
                "{input:?}"
            );
        }
    }

    #[test]
    fn malformed_control_body_codes_are_refused() {
        use ControlBodyCodeError as E;
        let table = [
            ("", E::Empty),
            ("  ", E::Empty),
            ("ATBIO301", E::Shape),
            ("AT-BIO", E::Shape),
            ("AT-BIO-301-X", E::Shape),
            ("AT_BIO_301", E::Shape),
            ("AUT-BIO-301", E::Shape),
            ("AT-BIOS-01", E::Shape),
            ("AT-BI-301", E::Shape),
            ("AT - BIO - 301", E::Shape),
            ("ES-ECO-001-AN", E::Shape),
            ("ZZ-BIO-001", E::Country("ZZ".into())),
            ("EL-BIO-01", E::Country("EL".into())),
            ("12-BIO-001", E::Country("12".into())),
            ("AT-ABC-301", E::Term("ABC".into())),
            ("AT-BÍO-301", E::Term("BÍO".into())),
            ("AT-B\u{200b}O-301", E::Term("B\u{200b}O".into())),
            ("AT-BIO-", E::Number),
            ("AT-BIO-3011", E::Shape),
            ("A-BIO-3011", E::Shape),
            ("AT-BIO-30A", E::Number),
            ("AT-BIO-３01", E::Number),
            ("AT-BIO-<1>", E::Number),
        ];
        for (input, expected) in table {
            assert_eq!(ControlBodyCode::parse(input), Err(expected), "{input:?}");
        }
        assert_eq!(
            ControlBodyCode::parse(&"A".repeat(TEN_MB)),
            Err(ControlBodyCodeError::Shape)
        );
        for input in ["", "X", "ZZ-BIO-001", "AT-ABC-301", "AT-BIO-"] {
            let message = ControlBodyCode::parse(input).unwrap_err().to_string();
            assert!(message.starts_with("Control body code: "), "{message}");
        }
    }

    #[test]
    fn the_organic_terms_are_three_ascii_capitals() {
        for term in ORGANIC_TERMS {
            assert_eq!(term.len(), 3);
            assert!(term.bytes().all(|b| b.is_ascii_uppercase()), "{term}");
        }
    }

    // Text fields ------------------------------------------------------------------------------

    #[test]
    fn organisation_names_of_any_script_with_common_punctuation_are_accepted() {
        let table = [
            ("Grüne Wiese GmbH", "Grüne Wiese GmbH"),
            ("  Bio   Sol \t S.A.  ", "Bio Sol S.A."),
            ("Smith & Sons (Organic) Ltd.", "Smith & Sons (Organic) Ltd."),
            ("„Zorya“ LLC", "„Zorya“ LLC"),
            ("Ελληνικά Βιολογικά Α.Ε.", "Ελληνικά Βιολογικά Α.Ε."),
            ("ООО «Органик»", "ООО «Органик»"),
            ("Łódź Eko Sp. z o.o.", "Łódź Eko Sp. z o.o."),
            ("O’Neill Farm", "O’Neill Farm"),
            ("Cafe\u{301} Bio", "Cafe\u{301} Bio"),
            ("3M", "3M"),
            ("A1", "A1"),
            ("有机食品有限公司", "有机食品有限公司"),
        ];
        for (input, stored) in table {
            let name = OrganisationName::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(name.as_str(), stored);
        }
        assert!(OrganisationName::parse(&"a".repeat(120)).is_ok());
    }

    #[test]
    fn organisation_names_with_markup_tricks_or_wrong_length_are_refused() {
        use TextError::*;
        let name = TextField::Name;
        let table = [
            ("", Empty(name)),
            (" \t\n", Empty(name)),
            ("A", TooShort(name)),
            ("<script>alert(1)</script>", BadCharacter(name)),
            ("Bio <b>Sol</b>", BadCharacter(name)),
            ("Bio\u{202e}loS", BadCharacter(name)),
            ("Bio\u{200b}Sol", BadCharacter(name)),
            ("Bio\u{0}Sol", BadCharacter(name)),
            ("ＢＩＯ Sol", BadCharacter(name)),
            ("𝐁𝐈𝐎 Sol", BadCharacter(name)),
            ("Bio{Sol}", BadCharacter(name)),
            ("Bio = Sol", BadCharacter(name)),
            ("--", NoLetterOrDigit(name)),
            ("&&&", NoLetterOrDigit(name)),
        ];
        for (input, expected) in table {
            assert_eq!(OrganisationName::parse(input), Err(expected), "{input:?}");
        }
        assert_eq!(
            OrganisationName::parse(&"a".repeat(121)),
            Err(TooLong(name))
        );
        assert_eq!(
            OrganisationName::parse(&"a".repeat(TEN_MB)),
            Err(TooLong(name))
        );
        assert_eq!(
            OrganisationName::parse(&format!("Bio{}Sol", " ".repeat(TEN_MB)))
                .unwrap()
                .as_str(),
            "Bio Sol"
        );
    }

    #[test]
    fn address_city_and_postcode_have_their_own_rules() {
        use TextError::*;
        let ok = [
            (
                TextField::Address,
                "Rue de la Loi 200, bte 3",
                "Rue de la Loi 200, bte 3",
            ),
            (
                TextField::Address,
                "ul. Marszałkowska 1/5 m. 7",
                "ul. Marszałkowska 1/5 m. 7",
            ),
            (
                TextField::Address,
                "Calle Mayor Nº 5, 2°",
                "Calle Mayor Nº 5, 2°",
            ),
            (TextField::City, "Saint-Étienne", "Saint-Étienne"),
            (TextField::City, "Frankfurt (Oder)", "Frankfurt (Oder)"),
            (TextField::City, "'s-Hertogenbosch", "'s-Hertogenbosch"),
            (TextField::Postcode, "sw1a 1aa", "sw1a 1aa"),
            (TextField::Postcode, "00-950", "00-950"),
            (TextField::Postcode, "1", "1"),
        ];
        for (field, input, stored) in ok {
            assert_eq!(clean_text(input, field).as_deref(), Ok(stored), "{input:?}");
        }
        let refused = [
            (TextField::Address, "", Empty(TextField::Address)),
            (
                TextField::Address,
                "<img src=x>",
                BadCharacter(TextField::Address),
            ),
            (
                TextField::City,
                "Paris; DROP TABLE",
                BadCharacter(TextField::City),
            ),
            (TextField::City, "Paris #5", BadCharacter(TextField::City)),
            (
                TextField::Postcode,
                "75 001 PARIS CEDEX",
                TooLong(TextField::Postcode),
            ),
            (
                TextField::Postcode,
                "75001.",
                BadCharacter(TextField::Postcode),
            ),
            (
                TextField::Postcode,
                "８０３３１",
                BadCharacter(TextField::Postcode),
            ),
            (
                TextField::Postcode,
                "-",
                NoLetterOrDigit(TextField::Postcode),
            ),
        ];
        for (field, input, expected) in refused {
            assert_eq!(clean_text(input, field), Err(expected), "{input:?}");
        }
        assert_eq!(
            clean_text(&"a".repeat(201), TextField::Address),
            Err(TooLong(TextField::Address))
        );
        assert!(clean_text(&"a".repeat(200), TextField::Address).is_ok());
        assert_eq!(
            clean_text(&"a".repeat(101), TextField::City),
            Err(TooLong(TextField::City))
        );
        assert_eq!(Postcode::parse(" sw1a  1aa ").unwrap().as_str(), "SW1A 1AA");
    }

    #[test]
    fn text_messages_name_the_field_and_the_limit() {
        let table = [
            (TextError::Empty(TextField::City), "City: enter the city."),
            (
                TextError::TooShort(TextField::Name),
                "Name: use at least 2 characters.",
            ),
            (
                TextError::TooLong(TextField::Address),
                "Address: use at most 200 characters.",
            ),
            (
                TextError::BadCharacter(TextField::Postcode),
                "Postcode: use only letters A–Z, digits, spaces and hyphens (no < >, control or invisible characters).",
            ),
        ];
        for (err, message) in table {
            assert_eq!(err.to_string(), message);
        }
    }

    #[test]
    fn every_message_reads_in_english_as_the_forms_show_it() {
        let table: Vec<(Message, &str)> = vec![
            (EoriError::Empty.into(), "EORI number: enter the EORI number."),
            (EoriError::RequiredForImporters.into(), "EORI number: enter the EORI number; it is mandatory for organic importers."),
            (EoriError::TooLong.into(), "EORI number: use at most 17 characters: the two-letter country code and up to 15 letters or digits."),
            (EoriError::BadCharacter.into(), "EORI number: use only letters A–Z and digits (spaces are ignored)."),
            (EoriError::NoCountry.into(), "EORI number: start with the two-letter code of the country that issued it, like DE or FR (XI for Northern Ireland)."),
            (EoriError::UnknownCountry("ZZ".into()).into(), "EORI number: “ZZ” is not a country code; start with the code of the country that issued the number, like DE or FR (XI for Northern Ireland)."),
            (EoriError::NoNumber.into(), "EORI number: after the country code, add the 1 to 15 letters or digits of the number."),
            (ControlBodyCodeError::Empty.into(), "Control body code: enter the code, like AT-BIO-301."),
            (ControlBodyCodeError::Shape.into(), "Control body code: write it as country-term-number, like AT-BIO-301: two letters, three letters and up to three digits, separated by hyphens."),
            (ControlBodyCodeError::Country("ZZ".into()).into(), "Control body code: “ZZ” is not an ISO 3166-1 country code; start with the code of the country where the controls take place."),
            (ControlBodyCodeError::Term("ABC".into()).into(), "Control body code: “ABC” is not an organic term of control body codes; use BIO, ECO, EKO, OKO (ÖKO) or ORG."),
            (ControlBodyCodeError::Number.into(), "Control body code: end with the reference number of one to three digits, like 301."),
            (TextError::Empty(TextField::Name).into(), "Name: enter the name of the operator as registered."),
            (TextError::Empty(TextField::Address).into(), "Address: enter the street and number."),
            (TextError::Empty(TextField::Postcode).into(), "Postcode: enter the postcode."),
            (TextError::BadCharacter(TextField::Name).into(), "Name: use letters, digits, spaces and . , - ' & ( ) / + : ; \" ! only (no < >, control or invisible characters)."),
            (TextError::BadCharacter(TextField::Address).into(), "Address: use letters, digits, spaces and . , - ' & ( ) / + : ; \" # ° only (no < >, control or invisible characters)."),
            (TextError::BadCharacter(TextField::City).into(), "City: use letters, digits, spaces and . , - ' ( ) / only (no < >, control or invisible characters)."),
            (TextError::NoLetterOrDigit(TextField::City).into(), "City: must contain at least one letter or digit."),
            (TextError::TooLong(TextField::Postcode).into(), "Postcode: use at most 12 characters."),
            (PhoneError::NoPlus("label-phone").into(), "Phone: write the number in international format, starting with + and the country code, like +32 2 299 11 11."),
            (PhoneError::BadCharacter("label-fax").into(), "Fax: after the +, use only digits, spaces, hyphens and parentheses."),
            (PhoneError::Digits("label-phone").into(), "Phone: give 6 to 20 digits, country code included."),
            (WebsiteError::TooLong.into(), "Website: use at most 200 characters."),
            (WebsiteError::Scheme.into(), "Website: only http:// and https:// addresses are accepted."),
            (WebsiteError::NonAscii.into(), "Website: write the address with letters a–z, digits and - . / only; for a domain with accents, use the xn-- form your browser shows."),
            (WebsiteError::Shape.into(), "Website: enter an address like www.example.org or https://www.example.org/page."),
            (ChoiceError::Missing("label-role").into(), "Role: choose one from the list."),
            (ChoiceError::Missing("label-authority-role").into(), "Authority role: choose one from the list."),
            (ChoiceError::Missing("label-section").into(), "Section: choose one from the list."),
        ];
        for (message, english) in table {
            assert_eq!(message.text(), english, "{message:?}");
        }
    }

    // Contact ----------------------------------------------------------------------------------

    #[test]
    fn phone_numbers_are_international_with_6_to_20_digits() {
        let ok = [
            ("+32 2 299 11 11", "+32 2 299 11 11", "+3222991111"),
            ("  +49 (0)89-123456 ", "+49 (0)89-123456", "+49089123456"),
            ("+1\u{a0}202 555 0100", "+1 202 555 0100", "+12025550100"),
            ("+123456", "+123456", "+123456"),
            (
                "+12345678901234567890",
                "+12345678901234567890",
                "+12345678901234567890",
            ),
        ];
        for (input, stored, compact) in ok {
            let phone = PhoneNumber::parse(input, "label-phone")
                .unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(
                (phone.as_str(), phone.compact().as_str()),
                (stored, compact)
            );
        }
        let refused = [
            ("", PhoneError::NoPlus("label-phone")),
            ("0049 89 123456", PhoneError::NoPlus("label-fax")),
            ("089 123456", PhoneError::NoPlus("label-phone")),
            ("++49 89 123456", PhoneError::BadCharacter("label-phone")),
            (
                "+49 89 123456 ext. 5",
                PhoneError::BadCharacter("label-phone"),
            ),
            ("+49.89.123456", PhoneError::BadCharacter("label-phone")),
            ("+49 89 <b>", PhoneError::BadCharacter("label-phone")),
            ("+49 ８９ 123456", PhoneError::BadCharacter("label-phone")),
            (
                "+49\u{200b}89123456",
                PhoneError::BadCharacter("label-phone"),
            ),
            ("+12345", PhoneError::Digits("label-phone")),
            ("+123456789012345678901", PhoneError::Digits("label-phone")),
            ("+ - ( )", PhoneError::Digits("label-phone")),
        ];
        for (input, expected) in refused {
            let field = match &expected {
                PhoneError::NoPlus(f) | PhoneError::BadCharacter(f) | PhoneError::Digits(f) => *f,
            };
            assert_eq!(PhoneNumber::parse(input, field), Err(expected), "{input:?}");
        }
        assert_eq!(
            PhoneNumber::parse(&format!("+{}", "1".repeat(TEN_MB)), "label-phone"),
            Err(PhoneError::Digits("label-phone"))
        );
    }

    #[test]
    fn websites_are_http_addresses_or_bare_domains() {
        let ok = [
            ("www.example.org", "https://www.example.org"),
            (
                "example.org/en/organic?x=1#top",
                "https://example.org/en/organic?x=1#top",
            ),
            ("https://Example.ORG", "https://Example.ORG"),
            ("HTTP://example.org:8080/a", "HTTP://example.org:8080/a"),
            ("  bio-sol.co.uk  ", "https://bio-sol.co.uk"),
            ("xn--bckerei-5wa.de", "https://xn--bckerei-5wa.de"),
        ];
        for (input, href) in ok {
            let site = Website::parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(site.href(), href);
        }
        let refused = [
            ("", WebsiteError::Shape),
            ("javascript:alert(1)", WebsiteError::Scheme),
            ("JavaScript:alert(1)", WebsiteError::Scheme),
            ("mailto:info@example.org", WebsiteError::Scheme),
            ("ftp://example.org", WebsiteError::Scheme),
            ("data:text/html,<b>", WebsiteError::Scheme),
            ("bäckerei.de", WebsiteError::NonAscii),
            ("https://exаmple.org", WebsiteError::NonAscii),
            ("localhost", WebsiteError::Shape),
            ("localhost:8080", WebsiteError::Shape),
            ("example", WebsiteError::Shape),
            ("https://", WebsiteError::Shape),
            ("http://user:pw@example.org", WebsiteError::Shape),
            ("https://example.org:99999999", WebsiteError::Shape),
            ("example.org/<script>", WebsiteError::Shape),
            ("example.org/a b", WebsiteError::Shape),
            ("https://-example.org", WebsiteError::Shape),
            ("https://192.168.0.1", WebsiteError::Shape),
        ];
        for (input, expected) in refused {
            assert_eq!(Website::parse(input), Err(expected), "{input:?}");
        }
        let long = format!("example.org/{}", "a".repeat(200 - 12));
        assert!(Website::parse(&long).is_ok());
        assert_eq!(
            Website::parse(&format!("{long}a")),
            Err(WebsiteError::TooLong)
        );
        assert_eq!(
            Website::parse(&"a".repeat(TEN_MB)),
            Err(WebsiteError::TooLong)
        );
    }

    #[test]
    fn contact_needs_at_least_one_way_and_each_given_one_valid() {
        let ok = [
            ("+32 2 299 11 11", "", "", ""),
            ("", "+32 2 299 11 12", "", ""),
            ("", "", "info@example.org", ""),
            ("", "", "", "www.example.org"),
            (
                "+32 2 299 11 11",
                "+32 2 299 11 12",
                "info@example.org",
                "example.org",
            ),
        ];
        for (phone, fax, email, website) in ok {
            let contact = check_contact(phone, fax, email, website)
                .unwrap_or_else(|e| panic!("{phone:?} {fax:?} {email:?} {website:?}: {e:?}"));
            assert_eq!(contact.phone.is_some(), !phone.is_empty());
            assert_eq!(contact.fax.is_some(), !fax.is_empty());
            assert_eq!(contact.email.is_some(), !email.is_empty());
            assert_eq!(contact.website.is_some(), !website.is_empty());
        }
        let fields = |errors: Vec<FieldError>| -> Vec<String> {
            errors.into_iter().map(|e| e.field).collect()
        };
        let refused = [
            (("", "", "", ""), vec![field::CONTACT]),
            ((" ", "\t", "  ", "\n"), vec![field::CONTACT]),
            (("0123", "", "", ""), vec![field::PHONE]),
            (("", "fax", "", ""), vec![field::FAX]),
            (("", "", "info@", "www.example.org"), vec![field::EMAIL]),
            (("", "", "", "javascript:alert(1)"), vec![field::WEBSITE]),
            (
                ("x", "y", "z", "w"),
                vec![field::PHONE, field::FAX, field::EMAIL, field::WEBSITE],
            ),
        ];
        for ((phone, fax, email, website), expected) in refused {
            assert_eq!(
                fields(check_contact(phone, fax, email, website).unwrap_err()),
                expected,
                "{phone:?} {fax:?} {email:?} {website:?}"
            );
        }
        let none = check_contact("", "", "", "").unwrap_err();
        assert_eq!(
            none[0].message.text(),
            "Contact: give at least one of phone, fax, e-mail or website."
        );
        let fax = check_contact("", "12", "", "").unwrap_err();
        assert!(
            fax[0].message.text().starts_with("Fax: "),
            "{}",
            fax[0].message
        );
    }

    // The operator form ------------------------------------------------------------------------

    #[test]
    fn a_complete_importer_form_parses() {
        let operator = importer().parse().unwrap();
        assert_eq!(operator.name.as_str(), "Grüne Wiese Naturkost GmbH");
        assert_eq!(operator.country.as_str(), "DE");
        assert_eq!(operator.city, "München");
        assert_eq!(operator.activity, ActivityType::Importer);
        assert_eq!(operator.section, Section::OrganicOperator);
        assert_eq!(
            operator.eori.as_ref().map(Eori::as_str),
            Some("DE123456789012345")
        );
        assert_eq!(
            operator.contact.phone.as_ref().map(PhoneNumber::as_str),
            Some("+49 89 123456")
        );
    }

    #[test]
    fn an_empty_form_names_every_mandatory_field_in_form_order() {
        let errors = NewOperatorInput::default().parse().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                field::NAME,
                field::COUNTRY,
                field::ADDRESS,
                field::CITY,
                field::POSTCODE,
                field::SECTION,
                field::ACTIVITY,
                field::CONTACT
            ]
        );
    }

    #[test]
    fn the_eori_number_is_mandatory_for_importers_only() {
        let mut input = importer();
        input.eori = "  ".into();
        let errors = input.parse().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, field::EORI);
        assert_eq!(
            errors[0].message.text(),
            "EORI number: enter the EORI number; it is mandatory for organic importers."
        );
        for activity in ActivityType::ALL
            .iter()
            .filter(|a| **a != ActivityType::Importer)
        {
            input.activity = activity.code().into();
            let operator = input
                .parse()
                .unwrap_or_else(|e| panic!("{activity:?}: {e:?}"));
            assert_eq!(operator.eori, None);
        }
        input.activity = "EXPORTER".into();
        input.eori = "GB12".into();
        assert_eq!(
            input.parse().unwrap().eori.map(String::from).as_deref(),
            Some("GB12")
        );
        input.eori = "12345".into();
        assert_eq!(
            input.problem(field::EORI).as_deref(),
            Some(EoriError::NoCountry.to_string().as_str())
        );
    }

    #[test]
    fn each_broken_field_is_reported_alone() {
        type BreakIt = Box<dyn Fn(&mut NewOperatorInput)>;
        let cases: Vec<(&str, BreakIt)> = vec![
            (field::NAME, Box::new(|f| f.name = "<b>Bio</b>".into())),
            (field::NAME, Box::new(|f| f.name = "x".repeat(TEN_MB))),
            (field::COUNTRY, Box::new(|f| f.country = "EL".into())),
            (field::COUNTRY, Box::new(|f| f.country = String::new())),
            (field::ADDRESS, Box::new(|f| f.address = "a".repeat(201))),
            (field::CITY, Box::new(|f| f.city = " ".into())),
            (
                field::POSTCODE,
                Box::new(|f| f.postcode = "1234567890123".into()),
            ),
            (field::SECTION, Box::new(|f| f.section = "FEED".into())),
            (field::ACTIVITY, Box::new(|f| f.activity = String::new())),
            (field::PHONE, Box::new(|f| f.phone = "089 123456".into())),
            (
                field::EORI,
                Box::new(|f| f.eori = "DE12345678901234567".into()),
            ),
            (
                field::CONTACT,
                Box::new(|f| {
                    f.phone.clear();
                }),
            ),
        ];
        for (field, break_it) in cases {
            let mut input = importer();
            break_it(&mut input);
            let errors = input.parse().unwrap_err();
            assert_eq!(errors.len(), 1, "{field}: {errors:?}");
            assert_eq!(errors[0].field, field);
            assert!(input.problem(field).is_some());
        }
        assert_eq!(importer().problem(field::NAME), None);
    }

    #[test]
    fn the_form_crosses_the_wire_as_plain_strings() {
        let json = serde_json::to_string(&importer()).unwrap();
        let back: NewOperatorInput = serde_json::from_str(&json).unwrap();
        assert_eq!(back, importer());
    }

    // Folding and duplicates -------------------------------------------------------------------

    #[test]
    fn names_fold_to_lower_case_ascii_words_without_legal_forms() {
        let table = [
            ("Grüne Wiese Naturkost GmbH", "grune wiese naturkost"),
            ("GRÜNE WIESE NATURKOST", "grune wiese naturkost"),
            ("Grüne-Wiese, Naturkost G.m.b.H.", "grune wiese naturkost"),
            ("Gru\u{308}ne Wiese Naturkost", "grune wiese naturkost"),
            ("Bio Sol S.A.", "bio sol"),
            ("Bio Sol SA", "bio sol"),
            ("Bio Sol s. a.", "bio sol"),
            ("Café de l'Été SARL", "cafe de l ete"),
            ("Société Bio S.à r.l.", "societe bio"),
            ("Łódź Eko Sp. z o.o.", "lodz eko"),
            ("Łódź Eko Sp. z o. o.", "lodz eko"),
            ("Straße & Söhne GmbH & Co. KG", "strasse sohne"),
            ("Ørsted Økologi ApS", "orsted okologi"),
            ("Œuvre Bio", "oeuvre bio"),
            ("Ţara Bio S.R.L.", "tara bio"),
            ("Țara Bio SRL", "tara bio"),
            ("Şara Bio S.r.l.", "sara bio"),
            ("Dvořák Bio s.r.o.", "dvorak bio"),
            ("Őrség Bio Kft.", "orseg bio"),
            ("İstanbul Organik", "istanbul organik"),
            ("De Groene Weide B.V.", "de groene weide"),
            ("J & B Organic Ltd", "jb organic"),
            ("J&B Organic", "jb organic"),
            ("JB Organic Limited", "jb organic"),
            ("Organic 2000 Inc.", "organic 2000"),
            ("ΒΙΟ Ελλάς", "βιο ελλασ"),
            ("ΒΙΟΣ ελλας", "βιοσ ελλασ"),
            ("ЭКО Продукт ООО", "эко продукт ооо"),
            ("ÉCOLE ÀÉÎÕÜ ŁÓDŹ", "ecole aeiou lodz"),
            ("STRAẞE", "strasse"),
            ("Organic٣ Bio", "organic bio"),
            ("  ", ""),
            ("GmbH", "gmbh"),
            ("S.A.", "sa"),
            ("<b>Bio</b>", "b bio b"),
        ];
        for (input, folded) in table {
            assert_eq!(fold_name(input), folded, "{input:?}");
        }
    }

    #[test]
    fn folding_is_idempotent_and_maps_every_latin_letter_to_ascii() {
        for code in 0xc0..=0x17f_u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if c == '×' || c == '÷' {
                assert_eq!(fold_name(&format!("a{c}b")), "ab");
                continue;
            }
            let folded = fold_name(&format!("x{c}x"));
            assert!(
                folded.bytes().all(|b| b.is_ascii_lowercase()),
                "{c} (U+{code:04X}) folds to {folded:?}"
            );
        }
        for name in [
            "Grüne Wiese GmbH",
            "Bio Sol S.A.",
            "Łódź Eko Sp. z o.o.",
            "A B C",
        ] {
            let once = fold_name(name);
            assert_eq!(fold_name(&once), once, "{name}");
        }
        let huge = "Ä".repeat(TEN_MB / 2);
        assert_eq!(fold_name(&huge).len(), TEN_MB / 2);
    }

    #[test]
    fn the_same_eori_ranks_above_the_same_name_above_similar_names() {
        let new = operator("Grüne Wiese Naturkost GmbH", "DE", Some("DE123456789"));
        let de = CountryCode::parse("DE").unwrap();
        let at = CountryCode::parse("AT").unwrap();
        let eori = Eori::parse("DE123456789").unwrap();
        let other_eori = Eori::parse("DE999").unwrap();
        let candidates = [
            ("Something Else Ltd", at, Some(&eori)),
            ("GRUENE WIESE NATURKOST", de, Some(&eori)),
            ("Grune Wiese Naturkost", de, None),
            ("Grüne Wiese Naturkost G.m.b.H.", de, Some(&other_eori)),
            ("Grüne Wiese Naturkost", at, None),
            ("Grüne Wiese", de, None),
            ("Wiese Grüne Naturkost Handel", at, None),
            ("Blaue Berge Feinkost", de, None),
            ("Blaue Berge Feinkost", at, None),
        ];
        let ranks: Vec<u32> = candidates
            .iter()
            .map(|(name, country, eori)| duplicate_rank(name, *country, *eori, &new))
            .collect();
        // In the order of the table: EORI first (the same-named one above the other), then
        // equal folded names in the same country, then the same name abroad, then similar
        // names, and unrelated names last.
        assert!(ranks[1] > ranks[0], "{ranks:?}");
        assert!(ranks[0] >= RANK_SAME_EORI, "{ranks:?}");
        assert_eq!(ranks[2], ranks[3], "{ranks:?}");
        assert!(ranks[0] > ranks[2], "{ranks:?}");
        assert!(ranks[2] >= RANK_SAME_NAME_AND_COUNTRY, "{ranks:?}");
        assert!(ranks[2] > ranks[4], "{ranks:?}");
        assert!(ranks[4] > ranks[5] && ranks[5] > ranks[6], "{ranks:?}");
        assert!(ranks[6] > ranks[7], "{ranks:?}");
        assert!(ranks[7] > ranks[8], "{ranks:?}");
        for (rank, likely) in ranks
            .iter()
            .zip([true, true, true, true, true, true, true, false, false])
        {
            assert_eq!(*rank >= LIKELY_DUPLICATE, likely, "{ranks:?}");
        }
    }

    #[test]
    fn spelling_variants_are_likely_duplicates() {
        let new = operator("Müller Bio Import", "DE", None);
        let de = CountryCode::parse("DE").unwrap();
        for name in [
            "Mueller Bio Import",
            "Muller Bio-Import GmbH",
            "Bio Import Müller",
            "Müller Bio Imports",
            "MULLER BIO IMPORT KG",
        ] {
            let rank = duplicate_rank(name, de, None, &new);
            assert!(rank >= LIKELY_DUPLICATE, "{name}: {rank}");
        }
        for name in ["Schmidt Naturkost", "Bio", "GmbH"] {
            let rank = duplicate_rank(name, de, None, &new);
            assert!(rank < LIKELY_DUPLICATE, "{name}: {rank}");
        }
    }

    #[test]
    fn ranking_a_huge_candidate_name_stays_cheap() {
        let new = operator("Bio Sol", "ES", None);
        let es = CountryCode::parse("ES").unwrap();
        let huge = "bio ".repeat(TEN_MB / 4);
        let rank = duplicate_rank(&huge, es, None, &new);
        assert!(rank < RANK_SAME_NAME_AND_COUNTRY, "{rank}");
    }
}
