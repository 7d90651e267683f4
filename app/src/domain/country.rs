//! Countries: the codes of ISO 3166-1 alpha-2 with their English short names, and which are
//! member states of the European Union. Their names in the 24 languages are the messages
//! `country-XX` of `locales/<code>/countries.ftl` (`scripts/make-country-names.py`).

use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// An assigned ISO 3166-1 alpha-2 code, upper-case ("DE", "GR"). Only the codes of
/// [`CountryCode::ALL`] can be held; reserved and user-assigned codes ("EU", "XI", "XK") cannot.
///
/// Greece is `GR` as in ISO 3166-1, although EU documents (and VAT numbers) write `EL`; the
/// United Kingdom is `GB`, although EU documents write `UK`. Both aliases are refused with a
/// message that names the ISO code, so one country never has two codes in the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode([u8; 2]);

/// Why a text is not a country code; put into words by [`CountryError::message`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CountryError {
    Empty,
    Shape(String),
    Unknown(String),
    EuAlias {
        alias: &'static str,
        iso: CountryCode,
    },
}

impl CountryError {
    /// The message that explains the error (`valid-country-…` of `countries.ftl`).
    pub fn message(&self) -> Message {
        match self {
            Self::Empty => Message::new("valid-country-empty"),
            Self::Shape(input) => Message::new("valid-country-shape").with("input", input),
            Self::Unknown(input) => Message::new("valid-country-unknown").with("input", input),
            Self::EuAlias { alias, iso } => Message::new("valid-country-eu-alias")
                .with("alias", *alias)
                .with("iso", iso.as_str())
                .with("country", iso.name()),
        }
    }
}

/// The message's text: English on the server, the language in force in the browser.
impl fmt::Display for CountryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for CountryError {}

impl From<CountryError> for Message {
    fn from(error: CountryError) -> Self {
        error.message()
    }
}

impl From<&CountryError> for Message {
    fn from(error: &CountryError) -> Self {
        error.message()
    }
}

impl CountryCode {
    /// Every assigned ISO 3166-1 alpha-2 code with its English short name, sorted by code.
    /// Source: the `name` entries of the Debian `iso-codes` 4.15.0 package (`iso_3166-1.json`),
    /// which follow the ISO 3166 Maintenance Agency. Migration 0003 holds the same rows; a
    /// server test keeps the two equal.
    pub const ALL: &'static [(CountryCode, &'static str)] = &[
        (CountryCode(*b"AD"), "Andorra"),
        (CountryCode(*b"AE"), "United Arab Emirates"),
        (CountryCode(*b"AF"), "Afghanistan"),
        (CountryCode(*b"AG"), "Antigua and Barbuda"),
        (CountryCode(*b"AI"), "Anguilla"),
        (CountryCode(*b"AL"), "Albania"),
        (CountryCode(*b"AM"), "Armenia"),
        (CountryCode(*b"AO"), "Angola"),
        (CountryCode(*b"AQ"), "Antarctica"),
        (CountryCode(*b"AR"), "Argentina"),
        (CountryCode(*b"AS"), "American Samoa"),
        (CountryCode(*b"AT"), "Austria"),
        (CountryCode(*b"AU"), "Australia"),
        (CountryCode(*b"AW"), "Aruba"),
        (CountryCode(*b"AX"), "Åland Islands"),
        (CountryCode(*b"AZ"), "Azerbaijan"),
        (CountryCode(*b"BA"), "Bosnia and Herzegovina"),
        (CountryCode(*b"BB"), "Barbados"),
        (CountryCode(*b"BD"), "Bangladesh"),
        (CountryCode(*b"BE"), "Belgium"),
        (CountryCode(*b"BF"), "Burkina Faso"),
        (CountryCode(*b"BG"), "Bulgaria"),
        (CountryCode(*b"BH"), "Bahrain"),
        (CountryCode(*b"BI"), "Burundi"),
        (CountryCode(*b"BJ"), "Benin"),
        (CountryCode(*b"BL"), "Saint Barthélemy"),
        (CountryCode(*b"BM"), "Bermuda"),
        (CountryCode(*b"BN"), "Brunei Darussalam"),
        (CountryCode(*b"BO"), "Bolivia, Plurinational State of"),
        (CountryCode(*b"BQ"), "Bonaire, Sint Eustatius and Saba"),
        (CountryCode(*b"BR"), "Brazil"),
        (CountryCode(*b"BS"), "Bahamas"),
        (CountryCode(*b"BT"), "Bhutan"),
        (CountryCode(*b"BV"), "Bouvet Island"),
        (CountryCode(*b"BW"), "Botswana"),
        (CountryCode(*b"BY"), "Belarus"),
        (CountryCode(*b"BZ"), "Belize"),
        (CountryCode(*b"CA"), "Canada"),
        (CountryCode(*b"CC"), "Cocos (Keeling) Islands"),
        (CountryCode(*b"CD"), "Congo, The Democratic Republic of the"),
        (CountryCode(*b"CF"), "Central African Republic"),
        (CountryCode(*b"CG"), "Congo"),
        (CountryCode(*b"CH"), "Switzerland"),
        (CountryCode(*b"CI"), "Côte d'Ivoire"),
        (CountryCode(*b"CK"), "Cook Islands"),
        (CountryCode(*b"CL"), "Chile"),
        (CountryCode(*b"CM"), "Cameroon"),
        (CountryCode(*b"CN"), "China"),
        (CountryCode(*b"CO"), "Colombia"),
        (CountryCode(*b"CR"), "Costa Rica"),
        (CountryCode(*b"CU"), "Cuba"),
        (CountryCode(*b"CV"), "Cabo Verde"),
        (CountryCode(*b"CW"), "Curaçao"),
        (CountryCode(*b"CX"), "Christmas Island"),
        (CountryCode(*b"CY"), "Cyprus"),
        (CountryCode(*b"CZ"), "Czechia"),
        (CountryCode(*b"DE"), "Germany"),
        (CountryCode(*b"DJ"), "Djibouti"),
        (CountryCode(*b"DK"), "Denmark"),
        (CountryCode(*b"DM"), "Dominica"),
        (CountryCode(*b"DO"), "Dominican Republic"),
        (CountryCode(*b"DZ"), "Algeria"),
        (CountryCode(*b"EC"), "Ecuador"),
        (CountryCode(*b"EE"), "Estonia"),
        (CountryCode(*b"EG"), "Egypt"),
        (CountryCode(*b"EH"), "Western Sahara"),
        (CountryCode(*b"ER"), "Eritrea"),
        (CountryCode(*b"ES"), "Spain"),
        (CountryCode(*b"ET"), "Ethiopia"),
        (CountryCode(*b"FI"), "Finland"),
        (CountryCode(*b"FJ"), "Fiji"),
        (CountryCode(*b"FK"), "Falkland Islands (Malvinas)"),
        (CountryCode(*b"FM"), "Micronesia, Federated States of"),
        (CountryCode(*b"FO"), "Faroe Islands"),
        (CountryCode(*b"FR"), "France"),
        (CountryCode(*b"GA"), "Gabon"),
        (CountryCode(*b"GB"), "United Kingdom"),
        (CountryCode(*b"GD"), "Grenada"),
        (CountryCode(*b"GE"), "Georgia"),
        (CountryCode(*b"GF"), "French Guiana"),
        (CountryCode(*b"GG"), "Guernsey"),
        (CountryCode(*b"GH"), "Ghana"),
        (CountryCode(*b"GI"), "Gibraltar"),
        (CountryCode(*b"GL"), "Greenland"),
        (CountryCode(*b"GM"), "Gambia"),
        (CountryCode(*b"GN"), "Guinea"),
        (CountryCode(*b"GP"), "Guadeloupe"),
        (CountryCode(*b"GQ"), "Equatorial Guinea"),
        (CountryCode(*b"GR"), "Greece"),
        (
            CountryCode(*b"GS"),
            "South Georgia and the South Sandwich Islands",
        ),
        (CountryCode(*b"GT"), "Guatemala"),
        (CountryCode(*b"GU"), "Guam"),
        (CountryCode(*b"GW"), "Guinea-Bissau"),
        (CountryCode(*b"GY"), "Guyana"),
        (CountryCode(*b"HK"), "Hong Kong"),
        (CountryCode(*b"HM"), "Heard Island and McDonald Islands"),
        (CountryCode(*b"HN"), "Honduras"),
        (CountryCode(*b"HR"), "Croatia"),
        (CountryCode(*b"HT"), "Haiti"),
        (CountryCode(*b"HU"), "Hungary"),
        (CountryCode(*b"ID"), "Indonesia"),
        (CountryCode(*b"IE"), "Ireland"),
        (CountryCode(*b"IL"), "Israel"),
        (CountryCode(*b"IM"), "Isle of Man"),
        (CountryCode(*b"IN"), "India"),
        (CountryCode(*b"IO"), "British Indian Ocean Territory"),
        (CountryCode(*b"IQ"), "Iraq"),
        (CountryCode(*b"IR"), "Iran, Islamic Republic of"),
        (CountryCode(*b"IS"), "Iceland"),
        (CountryCode(*b"IT"), "Italy"),
        (CountryCode(*b"JE"), "Jersey"),
        (CountryCode(*b"JM"), "Jamaica"),
        (CountryCode(*b"JO"), "Jordan"),
        (CountryCode(*b"JP"), "Japan"),
        (CountryCode(*b"KE"), "Kenya"),
        (CountryCode(*b"KG"), "Kyrgyzstan"),
        (CountryCode(*b"KH"), "Cambodia"),
        (CountryCode(*b"KI"), "Kiribati"),
        (CountryCode(*b"KM"), "Comoros"),
        (CountryCode(*b"KN"), "Saint Kitts and Nevis"),
        (
            CountryCode(*b"KP"),
            "Korea, Democratic People's Republic of",
        ),
        (CountryCode(*b"KR"), "Korea, Republic of"),
        (CountryCode(*b"KW"), "Kuwait"),
        (CountryCode(*b"KY"), "Cayman Islands"),
        (CountryCode(*b"KZ"), "Kazakhstan"),
        (CountryCode(*b"LA"), "Lao People's Democratic Republic"),
        (CountryCode(*b"LB"), "Lebanon"),
        (CountryCode(*b"LC"), "Saint Lucia"),
        (CountryCode(*b"LI"), "Liechtenstein"),
        (CountryCode(*b"LK"), "Sri Lanka"),
        (CountryCode(*b"LR"), "Liberia"),
        (CountryCode(*b"LS"), "Lesotho"),
        (CountryCode(*b"LT"), "Lithuania"),
        (CountryCode(*b"LU"), "Luxembourg"),
        (CountryCode(*b"LV"), "Latvia"),
        (CountryCode(*b"LY"), "Libya"),
        (CountryCode(*b"MA"), "Morocco"),
        (CountryCode(*b"MC"), "Monaco"),
        (CountryCode(*b"MD"), "Moldova, Republic of"),
        (CountryCode(*b"ME"), "Montenegro"),
        (CountryCode(*b"MF"), "Saint Martin (French part)"),
        (CountryCode(*b"MG"), "Madagascar"),
        (CountryCode(*b"MH"), "Marshall Islands"),
        (CountryCode(*b"MK"), "North Macedonia"),
        (CountryCode(*b"ML"), "Mali"),
        (CountryCode(*b"MM"), "Myanmar"),
        (CountryCode(*b"MN"), "Mongolia"),
        (CountryCode(*b"MO"), "Macao"),
        (CountryCode(*b"MP"), "Northern Mariana Islands"),
        (CountryCode(*b"MQ"), "Martinique"),
        (CountryCode(*b"MR"), "Mauritania"),
        (CountryCode(*b"MS"), "Montserrat"),
        (CountryCode(*b"MT"), "Malta"),
        (CountryCode(*b"MU"), "Mauritius"),
        (CountryCode(*b"MV"), "Maldives"),
        (CountryCode(*b"MW"), "Malawi"),
        (CountryCode(*b"MX"), "Mexico"),
        (CountryCode(*b"MY"), "Malaysia"),
        (CountryCode(*b"MZ"), "Mozambique"),
        (CountryCode(*b"NA"), "Namibia"),
        (CountryCode(*b"NC"), "New Caledonia"),
        (CountryCode(*b"NE"), "Niger"),
        (CountryCode(*b"NF"), "Norfolk Island"),
        (CountryCode(*b"NG"), "Nigeria"),
        (CountryCode(*b"NI"), "Nicaragua"),
        (CountryCode(*b"NL"), "Netherlands"),
        (CountryCode(*b"NO"), "Norway"),
        (CountryCode(*b"NP"), "Nepal"),
        (CountryCode(*b"NR"), "Nauru"),
        (CountryCode(*b"NU"), "Niue"),
        (CountryCode(*b"NZ"), "New Zealand"),
        (CountryCode(*b"OM"), "Oman"),
        (CountryCode(*b"PA"), "Panama"),
        (CountryCode(*b"PE"), "Peru"),
        (CountryCode(*b"PF"), "French Polynesia"),
        (CountryCode(*b"PG"), "Papua New Guinea"),
        (CountryCode(*b"PH"), "Philippines"),
        (CountryCode(*b"PK"), "Pakistan"),
        (CountryCode(*b"PL"), "Poland"),
        (CountryCode(*b"PM"), "Saint Pierre and Miquelon"),
        (CountryCode(*b"PN"), "Pitcairn"),
        (CountryCode(*b"PR"), "Puerto Rico"),
        (CountryCode(*b"PS"), "Palestine, State of"),
        (CountryCode(*b"PT"), "Portugal"),
        (CountryCode(*b"PW"), "Palau"),
        (CountryCode(*b"PY"), "Paraguay"),
        (CountryCode(*b"QA"), "Qatar"),
        (CountryCode(*b"RE"), "Réunion"),
        (CountryCode(*b"RO"), "Romania"),
        (CountryCode(*b"RS"), "Serbia"),
        (CountryCode(*b"RU"), "Russian Federation"),
        (CountryCode(*b"RW"), "Rwanda"),
        (CountryCode(*b"SA"), "Saudi Arabia"),
        (CountryCode(*b"SB"), "Solomon Islands"),
        (CountryCode(*b"SC"), "Seychelles"),
        (CountryCode(*b"SD"), "Sudan"),
        (CountryCode(*b"SE"), "Sweden"),
        (CountryCode(*b"SG"), "Singapore"),
        (
            CountryCode(*b"SH"),
            "Saint Helena, Ascension and Tristan da Cunha",
        ),
        (CountryCode(*b"SI"), "Slovenia"),
        (CountryCode(*b"SJ"), "Svalbard and Jan Mayen"),
        (CountryCode(*b"SK"), "Slovakia"),
        (CountryCode(*b"SL"), "Sierra Leone"),
        (CountryCode(*b"SM"), "San Marino"),
        (CountryCode(*b"SN"), "Senegal"),
        (CountryCode(*b"SO"), "Somalia"),
        (CountryCode(*b"SR"), "Suriname"),
        (CountryCode(*b"SS"), "South Sudan"),
        (CountryCode(*b"ST"), "Sao Tome and Principe"),
        (CountryCode(*b"SV"), "El Salvador"),
        (CountryCode(*b"SX"), "Sint Maarten (Dutch part)"),
        (CountryCode(*b"SY"), "Syrian Arab Republic"),
        (CountryCode(*b"SZ"), "Eswatini"),
        (CountryCode(*b"TC"), "Turks and Caicos Islands"),
        (CountryCode(*b"TD"), "Chad"),
        (CountryCode(*b"TF"), "French Southern Territories"),
        (CountryCode(*b"TG"), "Togo"),
        (CountryCode(*b"TH"), "Thailand"),
        (CountryCode(*b"TJ"), "Tajikistan"),
        (CountryCode(*b"TK"), "Tokelau"),
        (CountryCode(*b"TL"), "Timor-Leste"),
        (CountryCode(*b"TM"), "Turkmenistan"),
        (CountryCode(*b"TN"), "Tunisia"),
        (CountryCode(*b"TO"), "Tonga"),
        (CountryCode(*b"TR"), "Türkiye"),
        (CountryCode(*b"TT"), "Trinidad and Tobago"),
        (CountryCode(*b"TV"), "Tuvalu"),
        (CountryCode(*b"TW"), "Taiwan, Province of China"),
        (CountryCode(*b"TZ"), "Tanzania, United Republic of"),
        (CountryCode(*b"UA"), "Ukraine"),
        (CountryCode(*b"UG"), "Uganda"),
        (CountryCode(*b"UM"), "United States Minor Outlying Islands"),
        (CountryCode(*b"US"), "United States"),
        (CountryCode(*b"UY"), "Uruguay"),
        (CountryCode(*b"UZ"), "Uzbekistan"),
        (CountryCode(*b"VA"), "Holy See (Vatican City State)"),
        (CountryCode(*b"VC"), "Saint Vincent and the Grenadines"),
        (CountryCode(*b"VE"), "Venezuela, Bolivarian Republic of"),
        (CountryCode(*b"VG"), "Virgin Islands, British"),
        (CountryCode(*b"VI"), "Virgin Islands, U.S."),
        (CountryCode(*b"VN"), "Viet Nam"),
        (CountryCode(*b"VU"), "Vanuatu"),
        (CountryCode(*b"WF"), "Wallis and Futuna"),
        (CountryCode(*b"WS"), "Samoa"),
        (CountryCode(*b"YE"), "Yemen"),
        (CountryCode(*b"YT"), "Mayotte"),
        (CountryCode(*b"ZA"), "South Africa"),
        (CountryCode(*b"ZM"), "Zambia"),
        (CountryCode(*b"ZW"), "Zimbabwe"),
    ];

    /// The 27 member states of the European Union (since 1 February 2020), sorted.
    pub const EU_MEMBERS: [CountryCode; 27] = [
        CountryCode(*b"AT"),
        CountryCode(*b"BE"),
        CountryCode(*b"BG"),
        CountryCode(*b"CY"),
        CountryCode(*b"CZ"),
        CountryCode(*b"DE"),
        CountryCode(*b"DK"),
        CountryCode(*b"EE"),
        CountryCode(*b"ES"),
        CountryCode(*b"FI"),
        CountryCode(*b"FR"),
        CountryCode(*b"GR"),
        CountryCode(*b"HR"),
        CountryCode(*b"HU"),
        CountryCode(*b"IE"),
        CountryCode(*b"IT"),
        CountryCode(*b"LT"),
        CountryCode(*b"LU"),
        CountryCode(*b"LV"),
        CountryCode(*b"MT"),
        CountryCode(*b"NL"),
        CountryCode(*b"PL"),
        CountryCode(*b"PT"),
        CountryCode(*b"RO"),
        CountryCode(*b"SE"),
        CountryCode(*b"SI"),
        CountryCode(*b"SK"),
    ];

    /// Parses a code as typed: surrounding white space is ignored and lower case accepted.
    pub fn parse(input: &str) -> Result<Self, CountryError> {
        let value = input.trim();
        if value.is_empty() {
            return Err(CountryError::Empty);
        }
        let &[a, b] = value.as_bytes() else {
            return Err(CountryError::Shape(super::instance::truncate_for_message(
                value,
            )));
        };
        if !a.is_ascii_alphabetic() || !b.is_ascii_alphabetic() {
            return Err(CountryError::Shape(value.to_owned()));
        }
        let code = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
        match &code {
            b"EL" => {
                return Err(CountryError::EuAlias {
                    alias: "EL",
                    iso: CountryCode(*b"GR"),
                })
            }
            b"UK" => {
                return Err(CountryError::EuAlias {
                    alias: "UK",
                    iso: CountryCode(*b"GB"),
                })
            }
            _ => {}
        }
        Self::lookup(code)
            .map(|(country, _)| country)
            .ok_or_else(|| CountryError::Unknown(value.to_ascii_uppercase()))
    }

    fn lookup(code: [u8; 2]) -> Option<(CountryCode, &'static str)> {
        Self::ALL
            .binary_search_by(|(country, _)| country.0.cmp(&code))
            .ok()
            .map(|index| Self::ALL[index])
    }

    /// The two upper-case letters.
    pub fn as_str(&self) -> &str {
        // Always ASCII: values come from `ALL` only.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The country's name in the reader's language: message `country-XX`. Pass it as a
    /// message's argument (`.with("country", code.name())`) or show it with `.text()`.
    pub fn name(self) -> Message {
        Message {
            id: Cow::Owned(format!("country-{}", self.as_str())),
            args: Vec::new(),
        }
    }

    /// The English short name ("Germany", "Korea, Republic of"), for the database, exports and
    /// logs; what users read is [`CountryCode::name`].
    pub fn english_name(self) -> &'static str {
        Self::lookup(self.0).map_or("", |(_, name)| name)
    }

    /// "Germany (DE)" in the language in force, for a code as stored; the code alone if it is
    /// not a country's. A tracked read of the language.
    pub fn name_and_code(code: &str) -> String {
        Self::parse(code).map_or_else(
            |_| code.to_owned(),
            |country| format!("{} ({country})", country.name().text()),
        )
    }

    /// Every country with its name in the language in force, sorted as that language sorts
    /// words: the lists to choose from. A tracked read of the language.
    pub fn by_name() -> Vec<(CountryCode, String)> {
        let mut countries: Vec<(CountryCode, String)> = Self::ALL
            .iter()
            .map(|(code, _)| (*code, code.name().text()))
            .collect();
        crate::i18n::sort_by_text(&mut countries, |(_, name)| name);
        countries
    }

    /// Whether the country is one of the 27 member states of the European Union.
    pub fn is_eu_member(self) -> bool {
        Self::EU_MEMBERS.binary_search(&self).is_ok()
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = CountryError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for CountryCode {
    type Error = CountryError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CountryCode> for String {
    fn from(value: CountryCode) -> Self {
        value.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Arg;

    #[test]
    fn the_table_holds_249_distinct_codes_sorted_with_names() {
        assert_eq!(CountryCode::ALL.len(), 249);
        for pair in CountryCode::ALL.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        for (code, name) in CountryCode::ALL {
            assert!(code.0.iter().all(u8::is_ascii_uppercase), "{code}");
            assert!(!name.is_empty() && name.trim() == *name, "{code}");
            assert_eq!(CountryCode::parse(code.as_str()), Ok(*code));
            assert_eq!(code.english_name(), *name);
        }
    }

    #[test]
    fn every_country_is_named_in_every_language_and_in_english_as_in_the_table() {
        use crate::domain::Language;
        for (code, name) in CountryCode::ALL {
            assert_eq!(code.name().text_in(Language::English), *name);
            for language in Language::ALL {
                let text = code.name().text_in(language);
                assert!(
                    !text.trim().is_empty() && !text.starts_with("country-"),
                    "{} has no name for {code}",
                    language.code()
                );
            }
        }
        assert_eq!(
            CountryCode::parse("DE")
                .unwrap()
                .name()
                .text_in(Language::German),
            "Deutschland"
        );
    }

    #[test]
    fn lists_are_sorted_by_the_name_and_labels_add_the_code() {
        let countries = CountryCode::by_name();
        assert_eq!(countries.len(), CountryCode::ALL.len());
        assert_eq!(countries[0].1, "Afghanistan");
        assert!(countries
            .windows(2)
            .all(|p| p[0].1.to_lowercase() <= p[1].1.to_lowercase()));
        assert_eq!(CountryCode::name_and_code("DE"), "Germany (DE)");
        assert_eq!(CountryCode::name_and_code("XK"), "XK");
    }

    #[test]
    fn exactly_the_27_member_states_are_in_the_eu() {
        assert!(CountryCode::EU_MEMBERS.windows(2).all(|p| p[0] < p[1]));
        let members: Vec<&str> = CountryCode::ALL
            .iter()
            .filter(|(code, _)| code.is_eu_member())
            .map(|(code, _)| code.as_str())
            .collect();
        assert_eq!(
            members,
            [
                "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
                "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"
            ]
        );
        for outside in ["GB", "CH", "NO", "IS", "TR", "US", "UA"] {
            assert!(
                !CountryCode::parse(outside).unwrap().is_eu_member(),
                "{outside}"
            );
        }
    }

    #[test]
    fn codes_parse_trimmed_and_in_any_case() {
        let table = [
            ("DE", "DE", "Germany"),
            (" de ", "DE", "Germany"),
            ("gR", "GR", "Greece"),
            ("\tci\n", "CI", "Côte d'Ivoire"),
            ("kr", "KR", "Korea, Republic of"),
            ("ax", "AX", "Åland Islands"),
            ("ZW", "ZW", "Zimbabwe"),
        ];
        for (input, code, name) in table {
            let country = CountryCode::parse(input).unwrap();
            assert_eq!(
                (country.as_str(), country.english_name()),
                (code, name),
                "{input:?}"
            );
        }
    }

    #[test]
    fn unassigned_malformed_and_tricky_codes_are_refused() {
        let table = [
            ("", CountryError::Empty),
            ("   ", CountryError::Empty),
            ("D", CountryError::Shape("D".into())),
            ("DEU", CountryError::Shape("DEU".into())),
            ("D1", CountryError::Shape("D1".into())),
            ("D-", CountryError::Shape("D-".into())),
            ("ＤＥ", CountryError::Shape("ＤＥ".into())),
            ("D\u{200b}E", CountryError::Shape("D\u{200b}E".into())),
            ("<b", CountryError::Shape("<b".into())),
            ("XI", CountryError::Unknown("XI".into())),
            ("xk", CountryError::Unknown("XK".into())),
            ("EU", CountryError::Unknown("EU".into())),
            ("ZZ", CountryError::Unknown("ZZ".into())),
            ("AN", CountryError::Unknown("AN".into())),
        ];
        for (input, expected) in table {
            assert_eq!(CountryCode::parse(input), Err(expected), "{input:?}");
        }
        let huge = "D".repeat(10 * 1024 * 1024);
        let err = CountryCode::parse(&huge).unwrap_err().to_string();
        assert!(err.len() < 300, "the message repeats a short prefix only");
    }

    #[test]
    fn eu_aliases_point_to_the_iso_code() {
        let greece = CountryCode::parse("el").unwrap_err().to_string();
        assert_eq!(
            greece,
            "Country: EU documents write EL, but ISO 3166-1 and TRACES use GR; choose GR (Greece)."
        );
        let uk = CountryCode::parse("UK").unwrap_err().to_string();
        assert!(uk.contains("GB (United Kingdom)"), "{uk}");
    }

    #[test]
    fn errors_are_messages_with_the_country_name_as_a_message() {
        let error = CountryCode::parse("el").unwrap_err();
        let message = Message::from(&error);
        assert_eq!(message.id, "valid-country-eu-alias");
        assert!(message
            .args
            .contains(&("country".into(), Arg::Message("country-GR".into()))));
        assert_eq!(message.text(), error.to_string());
        assert_eq!(Message::from(CountryError::Empty).id, "valid-country-empty");
    }

    #[test]
    fn every_message_names_the_field() {
        for input in ["", "D", "ZZ", "EL"] {
            let message = CountryCode::parse(input).unwrap_err().to_string();
            assert!(message.starts_with("Country: "), "{message}");
        }
    }

    #[test]
    fn codes_cross_the_wire_as_strings_and_are_checked() {
        let json = serde_json::to_string(&CountryCode::parse("fr").unwrap()).unwrap();
        assert_eq!(json, "\"FR\"");
        assert_eq!(
            serde_json::from_str::<CountryCode>("\"fr\"")
                .unwrap()
                .as_str(),
            "FR"
        );
        assert!(serde_json::from_str::<CountryCode>("\"ZZ\"").is_err());
    }
}
