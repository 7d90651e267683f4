//! `/mailbox`: the built-in mailbox. On a server without SMTP every e-mail is listed here, so
//! sign-up links can be followed on demo and test servers; with SMTP only the mail to the
//! training demo's addresses, so trainers can show the e-mail step without a real inbox.

use crate::api::mailbox::{list_mailbox, MailboxMessage};
use crate::components::format_time;
use crate::domain::utc::iso_time;
use crate::t;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

#[component]
pub fn Mailbox() -> impl IntoView {
    let query = use_query_map();
    let to = Memo::new(move |_| {
        query
            .with(|q| q.get("to"))
            .map(|to| to.trim().to_owned())
            .filter(|to| !to.is_empty())
    });
    let messages = LocalResource::new(move || list_mailbox(to.get()));

    let listing = move || {
        messages.get().map(|result| {
            result.map(|list| {
                if list.is_empty() {
                    Either::Left(view! { <p>{t!("mailbox-empty")}</p> })
                } else {
                    Either::Right(view! {
                        <ul class="mailbox-list">
                            {list
                                .into_iter()
                                .map(|message| view! { <MailboxItem message /> })
                                .collect_view()}
                        </ul>
                    })
                }
            })
        })
    };

    view! {
        <section class="mailbox">
            <h1>{t!("mailbox-title")}</h1>
            <p class="lead">{t!("mailbox-lead")} " " {t!("mailbox-lead-open")}</p>
            <Form method="GET" action="/mailbox" attr:class="mailbox-filter">
                <label for="mailbox-to">{t!("mailbox-recipient")}</label>
                <input
                    id="mailbox-to"
                    name="to"
                    type="email"
                    autocomplete="off"
                    prop:value=move || to.get().unwrap_or_default()
                />
                <button type="submit" class="button">{t!("mailbox-show-recipient")}</button>
                {move || {
                    to.get()
                        .map(|_| view! { <a href="/mailbox">{t!("mailbox-show-all")}</a> })
                }}
            </Form>
            <button type="button" class="button" on:click=move |_| messages.refetch()>
                {t!("mailbox-check")}
            </button>
            <Transition fallback=|| view! { <p>{t!("mailbox-loading")}</p> }>
                <ErrorBoundary fallback=|errors| {
                    view! {
                        <p class="mailbox-error" role="alert">
                            {move || {
                                errors
                                    .get()
                                    .into_iter()
                                    .map(|(_, err)| err.to_string())
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            }}
                        </p>
                    }
                }>{listing}</ErrorBoundary>
            </Transition>
        </section>
    }
}

/// One message: its subject opens the body, whose web addresses are links.
#[component]
fn MailboxItem(message: MailboxMessage) -> impl IntoView {
    let open = RwSignal::new(false);
    let body_id = format!("mailbox-body-{}", message.id);
    let at = message.created_at;
    // In UTC, as the e-mails write times; in the reader's language.
    let (iso, shown) = (iso_time(at), move || format_time(at, "UTC"));
    let body = split_links(&message.body)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => EitherOf3::A(text.to_owned()),
            Segment::Link(url) => {
                EitherOf3::B(view! { <a href=url.to_owned()>{url.to_owned()}</a> })
            }
            Segment::Break => EitherOf3::C(view! { <br /> }),
        })
        .collect_view();

    view! {
        <li class="mailbox-item">
            <h2 class="mailbox-subject">
                <button
                    type="button"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=body_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {message.subject}
                </button>
            </h2>
            <p class="mailbox-meta">
                {t!("mailbox-to")} " " {message.to} " · " <time datetime=iso>{shown}</time>
            </p>
            <div id=body_id class="mailbox-body" hidden=move || !open.get()>
                {body}
            </div>
        </li>
    }
}

/// A piece of a plain-text body, rendered as text, never as HTML.
#[derive(Debug, PartialEq, Eq)]
enum Segment<'a> {
    Text(&'a str),
    Link(&'a str),
    Break,
}

/// Cuts `text` into text, line breaks and `http(s)://` links. A link ends at white space or
/// at a character that cannot be in a URL; punctuation right after it (a full stop ending the
/// sentence, a closing bracket around it) stays text.
fn split_links(text: &str) -> Vec<Segment<'_>> {
    let mut segments = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            segments.push(Segment::Break);
        }
        split_line(line.strip_suffix('\r').unwrap_or(line), &mut segments);
    }
    segments
}

fn split_line<'a>(mut line: &'a str, segments: &mut Vec<Segment<'a>>) {
    while let Some(start) = find_link_start(line) {
        let rest = &line[start..];
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`'))
            .unwrap_or(rest.len());
        let url = trim_trailing_punctuation(&rest[..end]);
        let scheme_len = if url.starts_with("https://") { 8 } else { 7 };
        if url.len() == scheme_len {
            // "https://" alone is no link; keep it as text and look further.
            segments.push(Segment::Text(&line[..start + scheme_len]));
            line = &line[start + scheme_len..];
            continue;
        }
        if start > 0 {
            segments.push(Segment::Text(&line[..start]));
        }
        segments.push(Segment::Link(url));
        line = &line[start + url.len()..];
    }
    if !line.is_empty() {
        segments.push(Segment::Text(line));
    }
}

/// Where the next `http://` or `https://` starts, not in the middle of a word ("xhttp://").
fn find_link_start(line: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = line[from..].find("http") {
        let start = from + found;
        let rest = &line[start..];
        let at_word_start = line[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if at_word_start && (rest.starts_with("https://") || rest.starts_with("http://")) {
            return Some(start);
        }
        from = start + "http".len();
    }
    None
}

fn trim_trailing_punctuation(url: &str) -> &str {
    let mut url = url;
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']);
        // A closing bracket belongs to the URL only if the URL opened it (Wikipedia-style).
        let trimmed = match trimmed.chars().last() {
            Some(close @ (')' | ']')) => {
                let open = if close == ')' { '(' } else { '[' };
                let opens = trimmed.matches(open).count();
                let closes = trimmed.matches(close).count();
                if closes > opens {
                    &trimmed[..trimmed.len() - 1]
                } else {
                    trimmed
                }
            }
            _ => trimmed,
        };
        if trimmed.len() == url.len() {
            return url;
        }
        url = trimmed;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::{Break, Link, Text};

    #[test]
    fn web_addresses_become_links_and_the_rest_stays_text() {
        let cases: &[(&str, &[Segment])] = &[
            ("no links here", &[Text("no links here")]),
            ("https://x.eu/a?b=1", &[Link("https://x.eu/a?b=1")]),
            (
                "Open https://traces.example/eulogin/link?token=abc to continue.",
                &[
                    Text("Open "),
                    Link("https://traces.example/eulogin/link?token=abc"),
                    Text(" to continue."),
                ],
            ),
            (
                "See http://a.eu/x. Then (https://b.eu/y), done",
                &[
                    Text("See "),
                    Link("http://a.eu/x"),
                    Text(". Then ("),
                    Link("https://b.eu/y"),
                    Text("), done"),
                ],
            ),
            (
                "https://en.wikipedia.org/wiki/Rust_(language)!",
                &[
                    Link("https://en.wikipedia.org/wiki/Rust_(language)"),
                    Text("!"),
                ],
            ),
            (
                "<https://a.eu/x>",
                &[Text("<"), Link("https://a.eu/x"), Text(">")],
            ),
            (
                "ftp://a.eu and xhttps://a.eu",
                &[Text("ftp://a.eu and xhttps://a.eu")],
            ),
            ("https:// alone", &[Text("https://"), Text(" alone")]),
        ];
        for (input, expected) in cases {
            assert_eq!(split_links(input), *expected, "{input}");
        }
    }

    #[test]
    fn line_breaks_are_kept() {
        assert_eq!(
            split_links("Hello,\r\n\nhttps://a.eu\nBye"),
            [
                Text("Hello,"),
                Break,
                Break,
                Link("https://a.eu"),
                Break,
                Text("Bye")
            ]
        );
    }

    #[test]
    fn markup_in_a_body_is_text_not_html() {
        let body = "<script>alert(1)</script> javascript:alert(1)";
        assert!(split_links(body)
            .iter()
            .all(|segment| matches!(segment, Text(_))));
    }
}
