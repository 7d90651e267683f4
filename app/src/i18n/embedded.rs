//! All 24 languages, embedded at build time (`build.rs`): the server formats e-mails with them
//! and answers the browser's request for one language; native tests read them.

use super::compiled::{compile, Compiled};
use super::{Catalog, Language};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

const COUNT: usize = Language::ALL.len();
static SOURCES: [OnceLock<String>; COUNT] = [const { OnceLock::new() }; COUNT];
static CATALOGS: [OnceLock<Catalog>; COUNT] = [const { OnceLock::new() }; COUNT];
static COMPILED: [OnceLock<Compiled>; COUNT] = [const { OnceLock::new() }; COUNT];

/// The `.ftl` files of `language`: (file name, text).
pub fn files(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES
        .iter()
        .filter(move |(code, _, _)| *code == language.code())
        .map(|(_, name, text)| (*name, *text))
}

/// The language's files joined: what the browser loads.
pub fn source(language: Language) -> &'static str {
    SOURCES[language as usize].get_or_init(|| {
        let mut joined = String::new();
        for (_, text) in files(language) {
            joined.push_str(text);
            if !joined.ends_with('\n') {
                joined.push('\n');
            }
        }
        joined
    })
}

/// The language's messages, parsed once.
pub fn catalog(language: Language) -> &'static Catalog {
    CATALOGS[language as usize]
        .get_or_init(|| Catalog::parse(language, source(language).to_owned()).0)
}

/// Files only the server needs: e-mails are written on the server.
const SERVER_ONLY: [&str; 1] = ["mail.ftl"];

/// The language's messages as the browser receives them (all but the e-mails), compiled once.
pub fn compiled(language: Language) -> &'static Compiled {
    COMPILED[language as usize].get_or_init(|| {
        let browser: String = files(language)
            .filter(|(name, _)| !SERVER_ONLY.contains(name))
            .map(|(_, text)| format!("{text}\n"))
            .collect();
        compile(&browser).0
    })
}
