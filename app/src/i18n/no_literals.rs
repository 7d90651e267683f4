//! No component writes user-visible text itself: every text is a message of the catalogs, and
//! every message id the code names exists in English. A source scan, run by `cargo test`.
//!
//! What counts as text: in a `view!`, a string literal that is a child node, or the value of
//! an attribute people read (`title`, `placeholder`, `aria-label`, `alt`, …), if it has a
//! letter; anywhere in the scanned code, a literal that reads like a phrase (a capitalised word
//! followed by more words). Not text: message ids, CSS classes, paths, codes, and whatever a
//! line marks with `// i18n: not text` (with the reason), such as the endonyms of languages.
//! Code after `#[cfg(test)]` is not scanned.

use std::path::{Path, PathBuf};

/// The user interface: every file here must speak through the catalogs.
const UI_DIRS: [&str; 2] = ["src/pages", "src/components"];
const UI_FILES: [&str; 2] = ["src/app.rs", "src/browser.rs"];
/// Attributes whose value people read (or hear).
const READ_ATTRIBUTES: [&str; 8] = [
    "title",
    "placeholder",
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "aria-valuetext",
    "alt",
    "label",
];
/// Calls whose string argument is a message id.
const ID_CALLS: [&str; 6] = [
    "t!(",
    "tr(",
    "text(",
    "Message::new(",
    "tr_in(",
    "rich_text(",
];

struct Literal {
    line: usize,
    value: String,
    /// The code before the literal on its line.
    before: String,
    /// The code just before the literal, across lines.
    context: String,
    in_view: bool,
}

/// The string literals of `source` up to `#[cfg(test)]`, with where they stand.
fn literals(source: &str) -> Vec<Literal> {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let (mut i, mut line, mut depth) = (0, 1, 0usize);
    let mut views: Vec<usize> = Vec::new();
    let mut line_start = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                line_start = i + 1;
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            '\'' => {
                // A char literal ('x', '\n', '\u{..}'); a lifetime has no closing quote.
                if next == Some('\\') {
                    if let Some(end) = (i + 2..chars.len().min(i + 12)).find(|&j| chars[j] == '\'')
                    {
                        i = end + 1;
                        continue;
                    }
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                    continue;
                }
            }
            'r' if matches!(next, Some('"') | Some('#'))
                && (i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '_') =>
            {
                let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
                if chars.get(i + 1 + hashes) == Some(&'"') {
                    let start = i + 2 + hashes;
                    let closing: String = std::iter::once('"')
                        .chain("#".repeat(hashes).chars())
                        .collect();
                    let rest: String = chars[start..].iter().collect();
                    let end = rest
                        .find(&closing)
                        .map_or(chars.len(), |e| start + rest[..e].chars().count());
                    let value: String = chars[start..end.min(chars.len())].iter().collect();
                    let lines = value.matches('\n').count();
                    found.push(literal(
                        &chars,
                        i,
                        line_start,
                        line,
                        value,
                        !views.is_empty(),
                    ));
                    line += lines;
                    i = end + closing.chars().count();
                    continue;
                }
            }
            '"' => {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && chars[j] != '"' {
                    if chars[j] == '\\' {
                        j += 1;
                    }
                    j += 1;
                }
                let value: String = chars[start..j.min(chars.len())].iter().collect();
                let lines = value.matches('\n').count();
                found.push(literal(
                    &chars,
                    i,
                    line_start,
                    line,
                    value,
                    !views.is_empty(),
                ));
                line += lines;
                i = j + 1;
                continue;
            }
            '{' => {
                let head: String = chars[i.saturating_sub(8)..i].iter().collect();
                if head.trim_end().ends_with("view!") {
                    views.push(depth);
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if views.last() == Some(&depth) {
                    views.pop();
                }
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// The literal `value` that starts at `at`, on `line`.
fn literal(
    chars: &[char],
    at: usize,
    line_start: usize,
    line: usize,
    value: String,
    in_view: bool,
) -> Literal {
    Literal {
        line,
        before: chars[line_start..at].iter().collect(),
        context: chars[at.saturating_sub(80)..at].iter().collect(),
        value,
        in_view,
    }
}

fn has_letter(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// A capitalised word followed by more words: "Send the request", "Country: choose".
fn reads_like_a_phrase(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 2
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words[0].chars().skip(1).any(char::is_lowercase)
        && words[1..].iter().any(|w| w.chars().any(char::is_lowercase))
}

fn marked_not_text(source_line: &str) -> bool {
    source_line.contains("// i18n: not text")
}

fn is_id_argument(before: &str) -> bool {
    let before = before.trim_end();
    ID_CALLS.iter().any(|call| before.ends_with(call))
        || (before.ends_with(',') && before.contains("tr_in("))
}

/// What a literal is, if it is user-visible text.
fn problem(literal: &Literal) -> Option<&'static str> {
    if is_id_argument(&literal.context) {
        return None;
    }
    let before = literal.before.trim_end();
    let after = literal.context.trim_end();
    if literal.in_view {
        if let Some(attribute) = before.strip_suffix('=') {
            let name = attribute
                .rsplit(|c: char| c.is_whitespace() || c == '<')
                .next()
                .unwrap_or_default();
            if READ_ATTRIBUTES.contains(&name) && has_letter(&literal.value) {
                return Some("an attribute people read");
            }
            return None;
        }
        let child = before.ends_with('>')
            || before.ends_with('}')
            || (before.is_empty()
                && (after.ends_with('>') || after.ends_with('}') || after.ends_with('"')));
        if child && has_letter(&literal.value) {
            return Some("text in a view");
        }
        // `{move || if ok { "Yes" } else { "No" }}`
        let word = literal.value.chars().next().is_some_and(char::is_uppercase)
            && literal.value.chars().skip(1).any(char::is_lowercase);
        if before.ends_with('{') && word {
            return Some("a word in a view");
        }
    }
    reads_like_a_phrase(&literal.value).then_some("a phrase")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable source directory")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn ui_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in UI_DIRS {
        rust_files(&root.join(dir), &mut files);
    }
    files.extend(UI_FILES.iter().map(|f| root.join(f)));
    files.sort();
    files
}

#[test]
fn no_component_writes_user_visible_text_itself() {
    let mut problems = Vec::new();
    for file in ui_files() {
        let source = std::fs::read_to_string(&file).expect("readable source file");
        let lines: Vec<&str> = source.lines().collect();
        for literal in literals(&source) {
            let Some(what) = problem(&literal) else {
                continue;
            };
            if lines
                .get(literal.line - 1)
                .is_some_and(|l| marked_not_text(l))
            {
                continue;
            }
            problems.push(format!(
                "{}:{}: {what}: {:?}",
                file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap_or(&file)
                    .display(),
                literal.line,
                literal.value
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} texts outside the catalogs (make them messages in app/locales/en/*.ftl and use t!/tr):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_message_id_named_in_the_code_exists_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../server/src"), &mut files);
    let english = super::embedded::catalog(crate::domain::Language::English);
    let mut missing = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("readable source file");
        for literal in literals(&source) {
            let is_id = literal
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && literal.value.contains('-');
            if is_id_argument(&literal.context) && is_id && !english.has(&literal.value) {
                missing.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    literal.line,
                    literal.value
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "message ids not in English:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scanner_finds_texts_and_leaves_ids_classes_and_marked_lines_alone() {
    let source = r##"
        fn page() -> impl IntoView {
            let label = "Send the request";
            let id = tr("traces-send");
            view! {
                <p class="hint wide">"Hello"</p>
                <input placeholder="Name" aria-label=t!("x-name") value="DE" />
                <span>{t!("x-ok")}</span>
                <b>{move || if ok { "Yes" } else { "No" }}</b>
            }
        }
        #[cfg(test)]
        mod tests { const T: &str = "Not scanned at all"; }
    "##;
    let found: Vec<(String, &str)> = literals(source)
        .iter()
        .filter_map(|l| problem(l).map(|p| (l.value.clone(), p)))
        .collect();
    let values: Vec<&str> = found.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(
        values,
        ["Send the request", "Hello", "Name", "Yes", "No"],
        "{found:?}"
    );
}

#[test]
fn every_english_message_is_used_by_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("../server/src"), &mut files);
    let mut named = std::collections::BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("readable source file");
        named.extend(literals(&source).into_iter().map(|l| l.value));
    }
    let unused: Vec<String> = super::embedded::files(crate::domain::Language::English)
        .flat_map(|(file, text)| {
            text.lines()
                .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
                .filter(|id| !id.is_empty() && !id.starts_with(['#', ' ', '-']))
                // Country names are named by code: `country-{code}`.
                .filter(|id| !id.starts_with("country-"))
                .filter(|id| !named.contains(*id))
                .map(move |id| format!("{file}: {id}"))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code uses (remove them, or use them):\n{}",
        unused.join("\n")
    );
}
