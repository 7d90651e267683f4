//! The plain-text e-mails EU Login sends for TRACES NT, in the 24 official EU languages.
//!
//! This module owns every word of those e-mails: subjects, bodies and their layout. Each
//! language is one [`Texts`] table of sentences with `{name}` placeholders; the layout is
//! written once, so a change of order or wording reaches all 24 languages together and a
//! translator only ever edits data.
//!
//! Plain text, not HTML: each mail carries one link that must stay readable and copyable in
//! any client, including text-only ones, and a link shown as text cannot hide a different
//! target behind it. Lines are not hard-wrapped: wrapping would split the link and would need
//! rules for every script; mail clients wrap paragraphs themselves.
//!
//! Everything interpolated (names, username, addresses, the link) is forced onto one line
//! first: a line break in a first name must not start a line that looks like ours.

use app::domain::Language;

/// A rendered e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// One line; it becomes the `Subject` header.
    pub subject: String,
    /// Lines separated by `\n`, ending with one.
    pub body: String,
}

/// The same in every language: both halves are product names.
const SIGNATURE: &str = "EU Login – TRACES NT";

/// Where people turn when someone else changed their account.
const HELPDESK: &str = "SANTE-TRACES@ec.europa.eu";

/// After "Create an account": the link to set the first password.
pub fn set_password(
    lang: Language,
    first_name: &str,
    username: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    let t = texts(lang);
    let intro = fill(t.set_password_intro, &[("username", username)]);
    link_mail(
        t,
        t.subject_set_password,
        first_name,
        &intro,
        link,
        valid_minutes,
        t.set_password_expired,
    )
}

/// "Lost your password?": the link to choose a new password.
pub fn reset_password(
    lang: Language,
    first_name: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    let t = texts(lang);
    link_mail(
        t,
        t.subject_reset_password,
        first_name,
        t.reset_password_intro,
        link,
        valid_minutes,
        t.reset_password_expired,
    )
}

/// Sent to a NEW address to confirm an e-mail change.
pub fn confirm_new_email(
    lang: Language,
    first_name: &str,
    link: &str,
    valid_minutes: u32,
) -> Rendered {
    let t = texts(lang);
    link_mail(
        t,
        t.subject_confirm_new_email,
        first_name,
        t.confirm_new_email_intro,
        link,
        valid_minutes,
        t.confirm_new_email_expired,
    )
}

/// Sent to the OLD address after the change was confirmed.
pub fn email_changed_notice(lang: Language, first_name: &str, new_email: &str) -> Rendered {
    let t = texts(lang);
    let what = fill(t.email_changed, &[("new_email", new_email)]);
    notice(
        t,
        t.subject_email_changed,
        first_name,
        &what,
        t.email_changed_not_you,
    )
}

/// Sent after the password was changed.
pub fn password_changed_notice(lang: Language, first_name: &str) -> Rendered {
    let t = texts(lang);
    notice(
        t,
        t.subject_password_changed,
        first_name,
        t.password_changed,
        t.password_changed_not_you,
    )
}

/// The layout of every mail that carries a link: greeting, what happened, the link alone on
/// its line (so clients make it clickable and nothing sticks to it), how long it works, what to
/// do when it expired, and what to do if it was not asked for.
fn link_mail(
    t: &Texts,
    subject: &str,
    first_name: &str,
    intro: &str,
    link: &str,
    valid_minutes: u32,
    expired: &str,
) -> Rendered {
    let duration = fill(
        t.minutes.form(valid_minutes),
        &[("n", &valid_minutes.to_string())],
    );
    let validity = fill(t.link_validity, &[("duration", &duration)]);
    let greeting = fill(t.greeting, &[("first_name", first_name)]);
    let link = one_line(link);
    let validity = format!("{validity} {expired}");
    Rendered {
        subject: one_line(subject),
        body: lines(&[
            &greeting, "", intro, &link, "", &validity, t.ignore, "", SIGNATURE,
        ]),
    }
}

/// The layout of a notice: greeting, what changed, what to do if it was not the reader.
fn notice(t: &Texts, subject: &str, first_name: &str, what: &str, not_you: &str) -> Rendered {
    let greeting = fill(t.greeting, &[("first_name", first_name)]);
    let not_you = fill(not_you, &[("helpdesk", HELPDESK)]);
    Rendered {
        subject: one_line(subject),
        body: lines(&[&greeting, "", what, &not_you, "", SIGNATURE]),
    }
}

fn lines(lines: &[&str]) -> String {
    let mut body = lines.join("\n");
    body.push('\n');
    body
}

/// Replaces each `{name}` in `template` with its value, in one pass: a value is never scanned
/// again, so a first name written `{link}` stays text. An unknown `{name}` is left as it is, so
/// the tests see it.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let found = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (close, *value))
        });
        match found {
            Some((close, value)) => {
                out.push_str(&one_line(value));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A value as one line: line breaks and other controls become one space, so they can neither
/// start a line of their own nor, in a subject, a header; direction overrides are dropped so a
/// value cannot reorder the rest of its line. Names are validated before they are stored;
/// this is the last guard, for every value.
pub(crate) fn one_line(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut gap = false;
    for c in value.chars() {
        if is_direction_control(c) {
            continue;
        }
        // `is_control` covers CR, LF, tab, VT, FF and NEL; the Unicode line and paragraph
        // separators are not controls but some clients break lines at them.
        if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

/// The invisible marks that change the direction of the text around them.
fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// "{n} minutes" in the form the language needs after the number `{n}`, in the case its
/// `link_validity` sentence requires. Each variant is one plural rule (after the CLDR rules,
/// narrowed to the forms the noun really takes), so the number of forms a language must give
/// is checked by the compiler.
#[derive(Clone, Copy, Debug)]
enum Minutes {
    /// The noun does not change after a number (Hungarian, Irish).
    Invariant(&'static str),
    /// Singular for 1 only.
    One {
        one: &'static str,
        other: &'static str,
    },
    /// Singular for 0 and 1 (French).
    ZeroOrOne {
        one: &'static str,
        other: &'static str,
    },
    /// Singular for numbers ending in 1 except 11 (Latvian, Lithuanian).
    EndsInOne {
        one: &'static str,
        other: &'static str,
    },
    /// Czech and Slovak: 1; 2–4; the rest.
    CzechSlovak {
        one: &'static str,
        few: &'static str,
        many: &'static str,
    },
    /// Polish: 1; 2–4, 22–24, 32–34…; the rest (5–21, 25–31…).
    Polish {
        one: &'static str,
        few: &'static str,
        many: &'static str,
    },
    /// Croatian: 1, 21, 31…; 2–4, 22–24…; the rest.
    Croatian {
        one: &'static str,
        few: &'static str,
        many: &'static str,
    },
    /// Slovenian, by the last two digits: 1; 2; 3–4; the rest.
    Slovenian {
        one: &'static str,
        two: &'static str,
        few: &'static str,
        other: &'static str,
    },
    /// Romanian: 1; 0 and 2–19 (also 101–119…); the rest take "de".
    Romanian {
        one: &'static str,
        few: &'static str,
        other: &'static str,
    },
    /// Maltese: plural for 0 and 2–10 (by the last two digits), singular otherwise.
    Maltese {
        singular: &'static str,
        plural: &'static str,
    },
}

impl Minutes {
    fn form(self, n: u32) -> &'static str {
        let last = n % 10;
        let last_two = n % 100;
        let ends_in_one = last == 1 && last_two != 11;
        let ends_in_two_to_four = (2..=4).contains(&last) && !(12..=14).contains(&last_two);
        match self {
            Minutes::Invariant(form) => form,
            Minutes::One { one, other } => {
                if n == 1 {
                    one
                } else {
                    other
                }
            }
            Minutes::ZeroOrOne { one, other } => {
                if n <= 1 {
                    one
                } else {
                    other
                }
            }
            Minutes::EndsInOne { one, other } => {
                if ends_in_one {
                    one
                } else {
                    other
                }
            }
            Minutes::CzechSlovak { one, few, many } => match n {
                1 => one,
                2..=4 => few,
                _ => many,
            },
            Minutes::Polish { one, few, many } => {
                if n == 1 {
                    one
                } else if ends_in_two_to_four {
                    few
                } else {
                    many
                }
            }
            Minutes::Croatian { one, few, many } => {
                if ends_in_one {
                    one
                } else if ends_in_two_to_four {
                    few
                } else {
                    many
                }
            }
            Minutes::Slovenian {
                one,
                two,
                few,
                other,
            } => match last_two {
                1 => one,
                2 => two,
                3 | 4 => few,
                _ => other,
            },
            Minutes::Romanian { one, few, other } => {
                if n == 1 {
                    one
                } else if n == 0 || (1..=19).contains(&last_two) {
                    few
                } else {
                    other
                }
            }
            Minutes::Maltese { singular, plural } => {
                if n == 0 || (2..=10).contains(&last_two) {
                    plural
                } else {
                    singular
                }
            }
        }
    }
}

/// Every sentence of every mail in one language. Placeholders: `{first_name}`, `{username}`,
/// `{duration}`, `{new_email}`, `{helpdesk}`; each sentence uses the same ones in every
/// language (the tests check). The link and the signature are not in here: they are laid out
/// by the code, the same in every language.
struct Texts {
    /// Opens every mail; `{first_name}`. Names are shown as typed (nominative): the languages
    /// with a vocative get a greeting after which the nominative reads naturally.
    greeting: &'static str,

    subject_set_password: &'static str,
    /// `{username}`; ends by introducing the link on the next line.
    set_password_intro: &'static str,
    /// Follows `link_validity`, so "it" is the link.
    set_password_expired: &'static str,

    subject_reset_password: &'static str,
    reset_password_intro: &'static str,
    reset_password_expired: &'static str,

    subject_confirm_new_email: &'static str,
    confirm_new_email_intro: &'static str,
    /// The change is asked for on the account page, so a new link is too.
    confirm_new_email_expired: &'static str,

    /// `{duration}` is a `minutes` form. Counted from sending, which is what the server checks.
    link_validity: &'static str,
    minutes: Minutes,
    /// The last line of every link mail.
    ignore: &'static str,

    subject_email_changed: &'static str,
    /// `{new_email}`.
    email_changed: &'static str,
    /// `{helpdesk}`. Not "reset your password" as in the other notice: reset links now go to
    /// the new address, so only the helpdesk can help.
    email_changed_not_you: &'static str,

    subject_password_changed: &'static str,
    password_changed: &'static str,
    /// `{helpdesk}`.
    password_changed_not_you: &'static str,
}

fn texts(lang: Language) -> &'static Texts {
    match lang {
        Language::Bulgarian => &BG,
        Language::Czech => &CS,
        Language::Danish => &DA,
        Language::German => &DE,
        Language::Estonian => &ET,
        Language::Greek => &EL,
        Language::English => &EN,
        Language::Spanish => &ES,
        Language::French => &FR,
        Language::Irish => &GA,
        Language::Croatian => &HR,
        Language::Italian => &IT,
        Language::Latvian => &LV,
        Language::Lithuanian => &LT,
        Language::Hungarian => &HU,
        Language::Maltese => &MT,
        Language::Dutch => &NL,
        Language::Polish => &PL,
        Language::Portuguese => &PT,
        Language::Romanian => &RO,
        Language::Slovak => &SK,
        Language::Slovenian => &SL,
        Language::Finnish => &FI,
        Language::Swedish => &SV,
    }
}

// The tables, in the order of `Language::ALL`. Each language's own quotation marks and
// spacing rules are used (French: no-break space before `:` and `?` and inside « »). Where
// the usual greeting or polite form would depend on the reader's gender, which we do not
// know, the sentence is built so that it does not (impersonal forms in Polish, "Estimado/a").

const BG: Texts = Texts {
    greeting: "Здравейте, {first_name},",
    subject_set_password: "EU Login: задайте парола",
    set_password_intro: "За Вас беше създаден профил в EU Login с потребителско име {username}. За да го активирате, задайте парола чрез тази връзка:",
    set_password_expired: "Ако връзката е изтекла, поискайте ново съобщение от страницата за регистрация или от страницата „Забравена парола?“.",
    subject_reset_password: "EU Login: изберете нова парола",
    reset_password_intro: "Поискахте нулиране на паролата си за EU Login. Изберете нова парола чрез тази връзка:",
    reset_password_expired: "Ако връзката е изтекла, поискайте ново съобщение от страницата „Забравена парола?“.",
    subject_confirm_new_email: "EU Login: потвърдете новия си адрес на електронна поща",
    confirm_new_email_intro: "Поискахте този адрес да се използва за Вашия профил в EU Login. За да го потвърдите, отворете тази връзка:",
    confirm_new_email_expired: "Ако връзката е изтекла, поискайте ново съобщение от страницата на профила си.",
    link_validity: "Връзката може да се използва само веднъж и изтича {duration} след изпращането на това съобщение.",
    minutes: Minutes::One {
        one: "{n} минута",
        other: "{n} минути",
    },
    ignore: "Ако не сте отправяли такова искане, не обръщайте внимание на това съобщение.",
    subject_email_changed: "EU Login: адресът Ви на електронна поща е променен",
    email_changed: "Адресът на електронна поща на Вашия профил в EU Login е променен на {new_email}.",
    email_changed_not_you: "Ако промяната не е направена от Вас, незабавно се свържете с бюрото за помощ: {helpdesk}. Връзките за нулиране на паролата вече се изпращат на новия адрес.",
    subject_password_changed: "EU Login: паролата Ви е променена",
    password_changed: "Паролата на Вашия профил в EU Login е променена.",
    password_changed_not_you: "Ако промяната не е направена от Вас, незабавно нулирайте паролата си от страницата „Забравена парола?“ и се свържете с бюрото за помощ: {helpdesk}.",
};

const CS: Texts = Texts {
    greeting: "Dobrý den, {first_name},",
    subject_set_password: "EU Login: nastavte si heslo",
    set_password_intro: "Byl Vám vytvořen účet EU Login s uživatelským jménem {username}. Chcete-li jej aktivovat, nastavte si heslo pomocí tohoto odkazu:",
    set_password_expired: "Pokud jeho platnost vypršela, vyžádejte si nový e-mail na registrační stránce nebo na stránce „Zapomněli jste heslo?“.",
    subject_reset_password: "EU Login: zvolte si nové heslo",
    reset_password_intro: "Požádali jste o obnovení hesla k účtu EU Login. Nové heslo si zvolte pomocí tohoto odkazu:",
    reset_password_expired: "Pokud jeho platnost vypršela, vyžádejte si nový e-mail na stránce „Zapomněli jste heslo?“.",
    subject_confirm_new_email: "EU Login: potvrďte svou novou e-mailovou adresu",
    confirm_new_email_intro: "Požádali jste o použití této adresy pro svůj účet EU Login. Potvrďte ji otevřením tohoto odkazu:",
    confirm_new_email_expired: "Pokud jeho platnost vypršela, vyžádejte si nový e-mail na stránce svého účtu.",
    link_validity: "Odkaz funguje pouze jednou a jeho platnost vyprší {duration} po odeslání tohoto e-mailu.",
    minutes: Minutes::CzechSlovak {
        one: "{n} minutu",
        few: "{n} minuty",
        many: "{n} minut",
    },
    ignore: "Pokud jste o to nežádali, tento e-mail ignorujte.",
    subject_email_changed: "EU Login: Vaše e-mailová adresa byla změněna",
    email_changed: "E-mailová adresa Vašeho účtu EU Login byla změněna na {new_email}.",
    email_changed_not_you: "Pokud jste to nebyli Vy, ihned kontaktujte helpdesk: {helpdesk}. Odkazy pro obnovení hesla nyní chodí na novou adresu.",
    subject_password_changed: "EU Login: Vaše heslo bylo změněno",
    password_changed: "Heslo k Vašemu účtu EU Login bylo změněno.",
    password_changed_not_you: "Pokud jste to nebyli Vy, ihned si obnovte heslo na stránce „Zapomněli jste heslo?“ a kontaktujte helpdesk: {helpdesk}.",
};

const DA: Texts = Texts {
    greeting: "Kære {first_name}",
    subject_set_password: "EU Login: vælg din adgangskode",
    set_password_intro: "Der er oprettet en konto i EU Login til dig med brugernavnet {username}. Aktivér den ved at vælge din adgangskode via dette link:",
    set_password_expired: "Hvis linket er udløbet, kan du bestille en ny e-mail på tilmeldingssiden eller på siden »Glemt adgangskode?«.",
    subject_reset_password: "EU Login: vælg en ny adgangskode",
    reset_password_intro: "Du har bedt om at nulstille din adgangskode til EU Login. Vælg en ny adgangskode via dette link:",
    reset_password_expired: "Hvis linket er udløbet, kan du bestille en ny e-mail på siden »Glemt adgangskode?«.",
    subject_confirm_new_email: "EU Login: bekræft din nye e-mailadresse",
    confirm_new_email_intro: "Du har bedt om at bruge denne adresse til din konto i EU Login. Bekræft den ved at åbne dette link:",
    confirm_new_email_expired: "Hvis linket er udløbet, kan du bestille en ny e-mail på din kontoside.",
    link_validity: "Linket virker kun én gang og udløber {duration} efter, at denne e-mail blev sendt.",
    minutes: Minutes::One {
        one: "{n} minut",
        other: "{n} minutter",
    },
    ignore: "Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail.",
    subject_email_changed: "EU Login: din e-mailadresse er ændret",
    email_changed: "E-mailadressen for din konto i EU Login er ændret til {new_email}.",
    email_changed_not_you: "Hvis det ikke var dig, skal du straks kontakte helpdesken: {helpdesk}. Links til nulstilling af din adgangskode sendes nu til den nye adresse.",
    subject_password_changed: "EU Login: din adgangskode er ændret",
    password_changed: "Adgangskoden til din konto i EU Login er ændret.",
    password_changed_not_you: "Hvis det ikke var dig, skal du straks nulstille din adgangskode på siden »Glemt adgangskode?« og kontakte helpdesken: {helpdesk}.",
};

const DE: Texts = Texts {
    greeting: "Guten Tag {first_name},",
    subject_set_password: "EU Login: Passwort festlegen",
    set_password_intro: "Für Sie wurde bei EU Login ein Konto mit dem Benutzernamen {username} angelegt. Um es zu aktivieren, legen Sie über diesen Link Ihr Passwort fest:",
    set_password_expired: "Falls er abgelaufen ist, fordern Sie auf der Registrierungsseite oder auf der Seite „Passwort vergessen?“ eine neue E-Mail an.",
    subject_reset_password: "EU Login: neues Passwort festlegen",
    reset_password_intro: "Sie haben beantragt, Ihr Passwort für EU Login zurückzusetzen. Wählen Sie über diesen Link ein neues Passwort:",
    reset_password_expired: "Falls er abgelaufen ist, fordern Sie auf der Seite „Passwort vergessen?“ eine neue E-Mail an.",
    subject_confirm_new_email: "EU Login: neue E-Mail-Adresse bestätigen",
    confirm_new_email_intro: "Sie haben beantragt, diese Adresse für Ihr Konto bei EU Login zu verwenden. Um sie zu bestätigen, öffnen Sie diesen Link:",
    confirm_new_email_expired: "Falls er abgelaufen ist, fordern Sie auf Ihrer Kontoseite eine neue E-Mail an.",
    link_validity: "Der Link funktioniert nur einmal und läuft {duration} nach dem Versand dieser E-Mail ab.",
    minutes: Minutes::One {
        one: "{n} Minute",
        other: "{n} Minuten",
    },
    ignore: "Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail bitte.",
    subject_email_changed: "EU Login: Ihre E-Mail-Adresse wurde geändert",
    email_changed: "Die E-Mail-Adresse Ihres Kontos bei EU Login wurde in {new_email} geändert.",
    email_changed_not_you: "Falls Sie das nicht waren, wenden Sie sich sofort an den Helpdesk: {helpdesk}. Links zum Zurücksetzen Ihres Passworts gehen jetzt an die neue Adresse.",
    subject_password_changed: "EU Login: Ihr Passwort wurde geändert",
    password_changed: "Das Passwort Ihres Kontos bei EU Login wurde geändert.",
    password_changed_not_you: "Falls Sie das nicht waren, setzen Sie Ihr Passwort sofort auf der Seite „Passwort vergessen?“ zurück und wenden Sie sich an den Helpdesk: {helpdesk}.",
};

const ET: Texts = Texts {
    greeting: "Tere, {first_name}!",
    subject_set_password: "EU Login: määrake oma parool",
    set_password_intro: "Teile on loodud konto teenuses EU Login kasutajanimega {username}. Konto aktiveerimiseks määrake selle lingi kaudu oma parool:",
    set_password_expired: "Kui link on aegunud, tellige uus e-kiri registreerimislehelt või lehelt „Unustasite parooli?“.",
    subject_reset_password: "EU Login: valige uus parool",
    reset_password_intro: "Te palusite lähtestada oma parooli teenuses EU Login. Valige selle lingi kaudu uus parool:",
    reset_password_expired: "Kui link on aegunud, tellige uus e-kiri lehelt „Unustasite parooli?“.",
    subject_confirm_new_email: "EU Login: kinnitage oma uus e-posti aadress",
    confirm_new_email_intro: "Te palusite kasutada seda aadressi oma konto jaoks teenuses EU Login. Aadressi kinnitamiseks avage see link:",
    confirm_new_email_expired: "Kui link on aegunud, tellige uus e-kiri oma konto lehelt.",
    link_validity: "Link toimib ainult ühe korra ja aegub {duration} pärast selle e-kirja saatmist.",
    minutes: Minutes::One {
        one: "{n} minut",
        other: "{n} minutit",
    },
    ignore: "Kui Te seda ei palunud, jätke see e-kiri tähelepanuta.",
    subject_email_changed: "EU Login: Teie e-posti aadress on muudetud",
    email_changed: "Teie konto e-posti aadress teenuses EU Login on muudetud. Uus aadress on {new_email}.",
    email_changed_not_you: "Kui seda ei teinud Teie, võtke kohe ühendust kasutajatoega: {helpdesk}. Parooli lähtestamise lingid saadetakse nüüd uuele aadressile.",
    subject_password_changed: "EU Login: Teie parool on muudetud",
    password_changed: "Teie konto parool teenuses EU Login on muudetud.",
    password_changed_not_you: "Kui seda ei teinud Teie, lähtestage kohe oma parool lehel „Unustasite parooli?“ ja võtke ühendust kasutajatoega: {helpdesk}.",
};

const EL: Texts = Texts {
    greeting: "Αγαπητέ/ή {first_name},",
    subject_set_password: "EU Login: ορίστε τον κωδικό πρόσβασής σας",
    set_password_intro: "Δημιουργήθηκε για εσάς λογαριασμός EU Login με όνομα χρήστη {username}. Για να τον ενεργοποιήσετε, ορίστε τον κωδικό πρόσβασής σας μέσω αυτού του συνδέσμου:",
    set_password_expired: "Αν ο σύνδεσμος έχει λήξει, ζητήστε νέο μήνυμα από τη σελίδα εγγραφής ή από τη σελίδα «Ξεχάσατε τον κωδικό πρόσβασης;».",
    subject_reset_password: "EU Login: επιλέξτε νέο κωδικό πρόσβασης",
    reset_password_intro: "Ζητήσατε επαναφορά του κωδικού πρόσβασής σας στο EU Login. Επιλέξτε νέο κωδικό πρόσβασης μέσω αυτού του συνδέσμου:",
    reset_password_expired: "Αν ο σύνδεσμος έχει λήξει, ζητήστε νέο μήνυμα από τη σελίδα «Ξεχάσατε τον κωδικό πρόσβασης;».",
    subject_confirm_new_email: "EU Login: επιβεβαιώστε τη νέα σας διεύθυνση ηλεκτρονικού ταχυδρομείου",
    confirm_new_email_intro: "Ζητήσατε να χρησιμοποιείται αυτή η διεύθυνση για τον λογαριασμό σας στο EU Login. Για να την επιβεβαιώσετε, ανοίξτε αυτόν τον σύνδεσμο:",
    confirm_new_email_expired: "Αν ο σύνδεσμος έχει λήξει, ζητήστε νέο μήνυμα από τη σελίδα του λογαριασμού σας.",
    link_validity: "Ο σύνδεσμος λειτουργεί μόνο μία φορά και λήγει {duration} μετά την αποστολή αυτού του μηνύματος.",
    minutes: Minutes::One {
        one: "{n} λεπτό",
        other: "{n} λεπτά",
    },
    ignore: "Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα.",
    subject_email_changed: "EU Login: η διεύθυνση ηλεκτρονικού ταχυδρομείου σας άλλαξε",
    email_changed: "Η διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού σας στο EU Login άλλαξε σε {new_email}.",
    email_changed_not_you: "Αν δεν κάνατε εσείς αυτή την αλλαγή, επικοινωνήστε αμέσως με την υπηρεσία υποστήριξης: {helpdesk}. Οι σύνδεσμοι επαναφοράς του κωδικού πρόσβασης αποστέλλονται πλέον στη νέα διεύθυνση.",
    subject_password_changed: "EU Login: ο κωδικός πρόσβασής σας άλλαξε",
    password_changed: "Ο κωδικός πρόσβασης του λογαριασμού σας στο EU Login άλλαξε.",
    password_changed_not_you: "Αν δεν κάνατε εσείς αυτή την αλλαγή, επαναφέρετε αμέσως τον κωδικό πρόσβασής σας από τη σελίδα «Ξεχάσατε τον κωδικό πρόσβασης;» και επικοινωνήστε με την υπηρεσία υποστήριξης: {helpdesk}.",
};

const EN: Texts = Texts {
    greeting: "Dear {first_name},",
    subject_set_password: "EU Login: set your password",
    set_password_intro: "An EU Login account was created for you with the username {username}. To activate it, set your password with this link:",
    set_password_expired: "If it has expired, ask for a new e-mail on the sign-up page or on the “Lost your password?” page.",
    subject_reset_password: "EU Login: choose a new password",
    reset_password_intro: "You asked to reset your EU Login password. Choose a new password with this link:",
    reset_password_expired: "If it has expired, ask for a new e-mail on the “Lost your password?” page.",
    subject_confirm_new_email: "EU Login: confirm your new e-mail address",
    confirm_new_email_intro: "You asked to use this address for your EU Login account. To confirm it, open this link:",
    confirm_new_email_expired: "If it has expired, ask for a new e-mail on your account page.",
    link_validity: "The link works only once and expires {duration} after this e-mail was sent.",
    minutes: Minutes::One {
        one: "{n} minute",
        other: "{n} minutes",
    },
    ignore: "If you did not ask for this, ignore this e-mail.",
    subject_email_changed: "EU Login: your e-mail address was changed",
    email_changed: "The e-mail address of your EU Login account was changed to {new_email}.",
    email_changed_not_you: "If this was not you, contact the helpdesk at once: {helpdesk}. Links to reset your password now go to the new address.",
    subject_password_changed: "EU Login: your password was changed",
    password_changed: "The password of your EU Login account was changed.",
    password_changed_not_you: "If this was not you, reset your password at once on the “Lost your password?” page and contact the helpdesk: {helpdesk}.",
};

const ES: Texts = Texts {
    greeting: "Estimado/a {first_name}:",
    subject_set_password: "EU Login: establezca su contraseña",
    set_password_intro: "Se ha creado para usted una cuenta de EU Login con el nombre de usuario {username}. Para activarla, establezca su contraseña mediante este enlace:",
    set_password_expired: "Si ha caducado, solicite un nuevo correo electrónico en la página de registro o en la página «¿Ha olvidado su contraseña?».",
    subject_reset_password: "EU Login: elija una nueva contraseña",
    reset_password_intro: "Ha solicitado restablecer su contraseña de EU Login. Elija una nueva contraseña mediante este enlace:",
    reset_password_expired: "Si ha caducado, solicite un nuevo correo electrónico en la página «¿Ha olvidado su contraseña?».",
    subject_confirm_new_email: "EU Login: confirme su nueva dirección de correo electrónico",
    confirm_new_email_intro: "Ha solicitado utilizar esta dirección para su cuenta de EU Login. Para confirmarla, abra este enlace:",
    confirm_new_email_expired: "Si ha caducado, solicite un nuevo correo electrónico en la página de su cuenta.",
    link_validity: "El enlace solo puede utilizarse una vez y caduca {duration} después del envío de este correo electrónico.",
    minutes: Minutes::One {
        one: "{n} minuto",
        other: "{n} minutos",
    },
    ignore: "Si no ha realizado esta solicitud, ignore este correo electrónico.",
    subject_email_changed: "EU Login: se ha cambiado su dirección de correo electrónico",
    email_changed: "La dirección de correo electrónico de su cuenta de EU Login se ha cambiado a {new_email}.",
    email_changed_not_you: "Si no ha sido usted, póngase en contacto inmediatamente con el servicio de asistencia: {helpdesk}. Los enlaces para restablecer su contraseña se envían ahora a la nueva dirección.",
    subject_password_changed: "EU Login: se ha cambiado su contraseña",
    password_changed: "Se ha cambiado la contraseña de su cuenta de EU Login.",
    password_changed_not_you: "Si no ha sido usted, restablezca inmediatamente su contraseña en la página «¿Ha olvidado su contraseña?» y póngase en contacto con el servicio de asistencia: {helpdesk}.",
};

const FR: Texts = Texts {
    greeting: "Bonjour {first_name},",
    subject_set_password: "EU Login\u{a0}: définissez votre mot de passe",
    set_password_intro: "Un compte EU Login a été créé pour vous avec le nom d’utilisateur {username}. Pour l’activer, définissez votre mot de passe au moyen de ce lien\u{a0}:",
    set_password_expired: "S’il a expiré, demandez un nouveau courriel sur la page d’inscription ou sur la page «\u{a0}Mot de passe oublié\u{a0}?\u{a0}».",
    subject_reset_password: "EU Login\u{a0}: choisissez un nouveau mot de passe",
    reset_password_intro: "Vous avez demandé à réinitialiser votre mot de passe EU Login. Choisissez un nouveau mot de passe au moyen de ce lien\u{a0}:",
    reset_password_expired: "S’il a expiré, demandez un nouveau courriel sur la page «\u{a0}Mot de passe oublié\u{a0}?\u{a0}».",
    subject_confirm_new_email: "EU Login\u{a0}: confirmez votre nouvelle adresse électronique",
    confirm_new_email_intro: "Vous avez demandé à utiliser cette adresse pour votre compte EU Login. Pour la confirmer, ouvrez ce lien\u{a0}:",
    confirm_new_email_expired: "S’il a expiré, demandez un nouveau courriel sur la page de votre compte.",
    link_validity: "Ce lien ne fonctionne qu’une seule fois et expire {duration} après l’envoi de ce courriel.",
    minutes: Minutes::ZeroOrOne {
        one: "{n}\u{a0}minute",
        other: "{n}\u{a0}minutes",
    },
    ignore: "Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel.",
    subject_email_changed: "EU Login\u{a0}: votre adresse électronique a été modifiée",
    email_changed: "L’adresse électronique de votre compte EU Login a été remplacée par {new_email}.",
    email_changed_not_you: "Si vous n’êtes pas à l’origine de cette modification, contactez immédiatement le service d’assistance\u{a0}: {helpdesk}. Les liens de réinitialisation du mot de passe sont désormais envoyés à la nouvelle adresse.",
    subject_password_changed: "EU Login\u{a0}: votre mot de passe a été modifié",
    password_changed: "Le mot de passe de votre compte EU Login a été modifié.",
    password_changed_not_you: "Si vous n’êtes pas à l’origine de cette modification, réinitialisez immédiatement votre mot de passe sur la page «\u{a0}Mot de passe oublié\u{a0}?\u{a0}» et contactez le service d’assistance\u{a0}: {helpdesk}.",
};

const GA: Texts = Texts {
    greeting: "Dia duit, {first_name},",
    subject_set_password: "EU Login: socraigh do phasfhocal",
    set_password_intro: "Cruthaíodh cuntas EU Login duit leis an ainm úsáideora {username}. Chun é a ghníomhachtú, socraigh do phasfhocal tríd an nasc seo:",
    set_password_expired: "Má tá sé imithe in éag, iarr ríomhphost nua ar an leathanach clárúcháin nó ar an leathanach “Ar chaill tú do phasfhocal?”.",
    subject_reset_password: "EU Login: roghnaigh pasfhocal nua",
    reset_password_intro: "D’iarr tú do phasfhocal EU Login a athshocrú. Roghnaigh pasfhocal nua tríd an nasc seo:",
    reset_password_expired: "Má tá sé imithe in éag, iarr ríomhphost nua ar an leathanach “Ar chaill tú do phasfhocal?”.",
    subject_confirm_new_email: "EU Login: deimhnigh do sheoladh ríomhphoist nua",
    confirm_new_email_intro: "D’iarr tú an seoladh seo a úsáid do do chuntas EU Login. Chun é a dheimhniú, oscail an nasc seo:",
    confirm_new_email_expired: "Má tá sé imithe in éag, iarr ríomhphost nua ar leathanach do chuntais.",
    link_validity: "Ní oibríonn an nasc ach uair amháin, agus rachaidh sé in éag {duration} tar éis an ríomhphoist seo a sheoladh.",
    minutes: Minutes::Invariant("{n} nóiméad"),
    ignore: "Murar iarr tú é seo, déan neamhaird den ríomhphost seo.",
    subject_email_changed: "EU Login: athraíodh do sheoladh ríomhphoist",
    email_changed: "Athraíodh seoladh ríomhphoist do chuntais EU Login go {new_email}.",
    email_changed_not_you: "Mura ndearna tú féin an t-athrú seo, déan teagmháil leis an deasc chabhrach láithreach: {helpdesk}. Seoltar naisc chun do phasfhocal a athshocrú chuig an seoladh nua anois.",
    subject_password_changed: "EU Login: athraíodh do phasfhocal",
    password_changed: "Athraíodh pasfhocal do chuntais EU Login.",
    password_changed_not_you: "Mura ndearna tú féin an t-athrú seo, athshocraigh do phasfhocal láithreach ar an leathanach “Ar chaill tú do phasfhocal?” agus déan teagmháil leis an deasc chabhrach: {helpdesk}.",
};

const HR: Texts = Texts {
    greeting: "Dobar dan, {first_name},",
    subject_set_password: "EU Login: postavite lozinku",
    set_password_intro: "Za Vas je otvoren račun EU Login s korisničkim imenom {username}. Da biste ga aktivirali, postavite lozinku putem ove poveznice:",
    set_password_expired: "Ako je istekla, zatražite novu poruku na stranici za registraciju ili na stranici „Zaboravili ste lozinku?”.",
    subject_reset_password: "EU Login: odaberite novu lozinku",
    reset_password_intro: "Zatražili ste ponovno postavljanje lozinke za EU Login. Novu lozinku odaberite putem ove poveznice:",
    reset_password_expired: "Ako je istekla, zatražite novu poruku na stranici „Zaboravili ste lozinku?”.",
    subject_confirm_new_email: "EU Login: potvrdite novu adresu e-pošte",
    confirm_new_email_intro: "Zatražili ste da se ova adresa upotrebljava za Vaš račun EU Login. Da biste je potvrdili, otvorite ovu poveznicu:",
    confirm_new_email_expired: "Ako je istekla, zatražite novu poruku na stranici svojeg računa.",
    link_validity: "Poveznica se može upotrijebiti samo jednom i istječe {duration} nakon slanja ove poruke.",
    minutes: Minutes::Croatian {
        one: "{n} minutu",
        few: "{n} minute",
        many: "{n} minuta",
    },
    ignore: "Ako niste podnijeli taj zahtjev, zanemarite ovu poruku.",
    subject_email_changed: "EU Login: Vaša adresa e-pošte promijenjena je",
    email_changed: "Adresa e-pošte Vašeg računa EU Login promijenjena je u {new_email}.",
    email_changed_not_you: "Ako to niste bili Vi, odmah se obratite službi za podršku: {helpdesk}. Poveznice za ponovno postavljanje lozinke sada se šalju na novu adresu.",
    subject_password_changed: "EU Login: Vaša lozinka promijenjena je",
    password_changed: "Lozinka Vašeg računa EU Login promijenjena je.",
    password_changed_not_you: "Ako to niste bili Vi, odmah ponovno postavite lozinku na stranici „Zaboravili ste lozinku?” i obratite se službi za podršku: {helpdesk}.",
};

const IT: Texts = Texts {
    greeting: "Gentile {first_name},",
    subject_set_password: "EU Login: imposti la Sua password",
    set_password_intro: "È stato creato per Lei un account EU Login con il nome utente {username}. Per attivarlo, imposti la password tramite questo link:",
    set_password_expired: "Se è scaduto, richieda una nuova e-mail nella pagina di registrazione o nella pagina «Password dimenticata?».",
    subject_reset_password: "EU Login: scelga una nuova password",
    reset_password_intro: "Ha chiesto di reimpostare la Sua password di EU Login. Scelga una nuova password tramite questo link:",
    reset_password_expired: "Se è scaduto, richieda una nuova e-mail nella pagina «Password dimenticata?».",
    subject_confirm_new_email: "EU Login: confermi il Suo nuovo indirizzo e-mail",
    confirm_new_email_intro: "Ha chiesto di utilizzare questo indirizzo per il Suo account EU Login. Per confermarlo, apra questo link:",
    confirm_new_email_expired: "Se è scaduto, richieda una nuova e-mail nella pagina del Suo account.",
    link_validity: "Il link funziona una sola volta e scade {duration} dopo l’invio di questa e-mail.",
    minutes: Minutes::One {
        one: "{n} minuto",
        other: "{n} minuti",
    },
    ignore: "Se non ha fatto questa richiesta, ignori questa e-mail.",
    subject_email_changed: "EU Login: il Suo indirizzo e-mail è stato modificato",
    email_changed: "L’indirizzo e-mail del Suo account EU Login è stato modificato in {new_email}.",
    email_changed_not_you: "Se questa modifica non è stata effettuata da Lei, contatti immediatamente l’helpdesk: {helpdesk}. I link per reimpostare la password vengono ora inviati al nuovo indirizzo.",
    subject_password_changed: "EU Login: la Sua password è stata modificata",
    password_changed: "La password del Suo account EU Login è stata modificata.",
    password_changed_not_you: "Se questa modifica non è stata effettuata da Lei, reimposti subito la password nella pagina «Password dimenticata?» e contatti l’helpdesk: {helpdesk}.",
};

const LV: Texts = Texts {
    greeting: "Labdien, {first_name}!",
    subject_set_password: "EU Login: iestatiet paroli",
    set_password_intro: "Jums ir izveidots EU Login konts ar lietotājvārdu {username}. Lai to aktivizētu, iestatiet paroli, izmantojot šo saiti:",
    set_password_expired: "Ja saites derīgums ir beidzies, pieprasiet jaunu e-pasta vēstuli reģistrācijas lapā vai lapā “Aizmirsāt paroli?”.",
    subject_reset_password: "EU Login: izvēlieties jaunu paroli",
    reset_password_intro: "Jūs pieprasījāt atiestatīt savu EU Login paroli. Izvēlieties jaunu paroli, izmantojot šo saiti:",
    reset_password_expired: "Ja saites derīgums ir beidzies, pieprasiet jaunu e-pasta vēstuli lapā “Aizmirsāt paroli?”.",
    subject_confirm_new_email: "EU Login: apstipriniet savu jauno e-pasta adresi",
    confirm_new_email_intro: "Jūs pieprasījāt izmantot šo adresi savam EU Login kontam. Lai to apstiprinātu, atveriet šo saiti:",
    confirm_new_email_expired: "Ja saites derīgums ir beidzies, pieprasiet jaunu e-pasta vēstuli sava konta lapā.",
    link_validity: "Saiti var izmantot tikai vienreiz, un tās derīgums beidzas {duration} pēc šīs e-pasta vēstules nosūtīšanas.",
    minutes: Minutes::EndsInOne {
        one: "{n} minūti",
        other: "{n} minūtes",
    },
    ignore: "Ja šis pieprasījums nav no Jums, neņemiet vērā šo e-pasta vēstuli.",
    subject_email_changed: "EU Login: Jūsu e-pasta adrese ir mainīta",
    email_changed: "Jūsu EU Login konta e-pasta adrese ir nomainīta uz {new_email}.",
    email_changed_not_you: "Ja šīs izmaiņas neveicāt Jūs, nekavējoties sazinieties ar palīdzības dienestu: {helpdesk}. Paroles atiestatīšanas saites tagad tiek sūtītas uz jauno adresi.",
    subject_password_changed: "EU Login: Jūsu parole ir mainīta",
    password_changed: "Jūsu EU Login konta parole ir nomainīta.",
    password_changed_not_you: "Ja šīs izmaiņas neveicāt Jūs, nekavējoties atiestatiet paroli lapā “Aizmirsāt paroli?” un sazinieties ar palīdzības dienestu: {helpdesk}.",
};

const LT: Texts = Texts {
    greeting: "Laba diena, {first_name},",
    subject_set_password: "EU Login: nustatykite slaptažodį",
    set_password_intro: "Jums sukurta EU Login paskyra, kurios naudotojo vardas – {username}. Norėdami ją aktyvinti, nustatykite slaptažodį naudodamiesi šia nuoroda:",
    set_password_expired: "Jei nuorodos galiojimas baigėsi, paprašykite naujo el. laiško registracijos puslapyje arba puslapyje „Pamiršote slaptažodį?“.",
    subject_reset_password: "EU Login: pasirinkite naują slaptažodį",
    reset_password_intro: "Paprašėte atkurti savo EU Login slaptažodį. Naują slaptažodį pasirinkite naudodamiesi šia nuoroda:",
    reset_password_expired: "Jei nuorodos galiojimas baigėsi, paprašykite naujo el. laiško puslapyje „Pamiršote slaptažodį?“.",
    subject_confirm_new_email: "EU Login: patvirtinkite naują el. pašto adresą",
    confirm_new_email_intro: "Paprašėte šį adresą naudoti savo EU Login paskyrai. Norėdami jį patvirtinti, atidarykite šią nuorodą:",
    confirm_new_email_expired: "Jei nuorodos galiojimas baigėsi, paprašykite naujo el. laiško savo paskyros puslapyje.",
    link_validity: "Nuoroda veikia tik vieną kartą, o jos galiojimas baigiasi po {duration} nuo šio el. laiško išsiuntimo.",
    minutes: Minutes::EndsInOne {
        one: "{n} minutės",
        other: "{n} minučių",
    },
    ignore: "Jei to neprašėte, nekreipkite dėmesio į šį el. laišką.",
    subject_email_changed: "EU Login: Jūsų el. pašto adresas pakeistas",
    email_changed: "Jūsų EU Login paskyros el. pašto adresas pakeistas į {new_email}.",
    email_changed_not_you: "Jei to nepadarėte Jūs, nedelsdami kreipkitės į pagalbos tarnybą: {helpdesk}. Slaptažodžio atkūrimo nuorodos dabar siunčiamos nauju adresu.",
    subject_password_changed: "EU Login: Jūsų slaptažodis pakeistas",
    password_changed: "Jūsų EU Login paskyros slaptažodis pakeistas.",
    password_changed_not_you: "Jei to nepadarėte Jūs, nedelsdami atkurkite slaptažodį puslapyje „Pamiršote slaptažodį?“ ir kreipkitės į pagalbos tarnybą: {helpdesk}.",
};

const HU: Texts = Texts {
    greeting: "Kedves {first_name}!",
    subject_set_password: "EU Login: jelszó beállítása",
    set_password_intro: "Létrehoztunk Önnek egy EU Login-fiókot a következő felhasználónévvel: {username}. A fiók aktiválásához állítsa be jelszavát az alábbi linken:",
    set_password_expired: "Ha a link lejárt, kérjen új e-mailt a regisztrációs oldalon vagy az „Elfelejtette a jelszavát?” oldalon.",
    subject_reset_password: "EU Login: új jelszó választása",
    reset_password_intro: "Ön kérte EU Login-jelszava visszaállítását. Új jelszót az alábbi linken választhat:",
    reset_password_expired: "Ha a link lejárt, kérjen új e-mailt az „Elfelejtette a jelszavát?” oldalon.",
    subject_confirm_new_email: "EU Login: új e-mail-cím megerősítése",
    confirm_new_email_intro: "Ön kérte, hogy EU Login-fiókjához ezt a címet használjuk. A cím megerősítéséhez nyissa meg az alábbi linket:",
    confirm_new_email_expired: "Ha a link lejárt, kérjen új e-mailt a fiókja oldalán.",
    link_validity: "A link csak egyszer használható, és {duration} az e-mail elküldése után lejár.",
    minutes: Minutes::Invariant("{n} perccel"),
    ignore: "Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt.",
    subject_email_changed: "EU Login: megváltozott az e-mail-címe",
    email_changed: "Az Ön EU Login-fiókjának e-mail-címe a következőre változott: {new_email}.",
    email_changed_not_you: "Ha nem Ön végezte a módosítást, azonnal forduljon az ügyfélszolgálathoz: {helpdesk}. A jelszó-visszaállító linkek mostantól az új címre érkeznek.",
    subject_password_changed: "EU Login: megváltozott a jelszava",
    password_changed: "Az Ön EU Login-fiókjának jelszava megváltozott.",
    password_changed_not_you: "Ha nem Ön végezte a módosítást, azonnal állítsa vissza jelszavát az „Elfelejtette a jelszavát?” oldalon, és forduljon az ügyfélszolgálathoz: {helpdesk}.",
};

const MT: Texts = Texts {
    greeting: "Għażiż/a {first_name},",
    subject_set_password: "EU Login: stabbilixxi l-password tiegħek",
    set_password_intro: "Inħoloq għalik kont tal-EU Login bl-isem tal-utent {username}. Biex tattivah, stabbilixxi l-password tiegħek permezz ta’ din il-ħolqa:",
    set_password_expired: "Jekk il-ħolqa skadiet, itlob email ġdida mill-paġna tar-reġistrazzjoni jew mill-paġna “Insejt il-password?”.",
    subject_reset_password: "EU Login: agħżel password ġdida",
    reset_password_intro: "Tlabt li terġa’ tissettja l-password tiegħek tal-EU Login. Agħżel password ġdida permezz ta’ din il-ħolqa:",
    reset_password_expired: "Jekk il-ħolqa skadiet, itlob email ġdida mill-paġna “Insejt il-password?”.",
    subject_confirm_new_email: "EU Login: ikkonferma l-indirizz tal-email il-ġdid tiegħek",
    confirm_new_email_intro: "Tlabt li dan l-indirizz jintuża għall-kont tiegħek tal-EU Login. Biex tikkonfermah, iftaħ din il-ħolqa:",
    confirm_new_email_expired: "Jekk il-ħolqa skadiet, itlob email ġdida mill-paġna tal-kont tiegħek.",
    link_validity: "Il-ħolqa taħdem darba biss u tiskadi {duration} wara li ntbagħtet din l-email.",
    minutes: Minutes::Maltese {
        singular: "{n} minuta",
        plural: "{n} minuti",
    },
    ignore: "Jekk ma tlabtx dan, injora din l-email.",
    subject_email_changed: "EU Login: l-indirizz tal-email tiegħek inbidel",
    email_changed: "L-indirizz tal-email tal-kont tiegħek tal-EU Login inbidel għal {new_email}.",
    email_changed_not_you: "Jekk ma kontx int, ikkuntattja minnufih lis-servizz ta’ għajnuna: {helpdesk}. Il-ħoloq biex terġa’ tissettja l-password issa jintbagħtu fl-indirizz il-ġdid.",
    subject_password_changed: "EU Login: il-password tiegħek inbidlet",
    password_changed: "Il-password tal-kont tiegħek tal-EU Login inbidlet.",
    password_changed_not_you: "Jekk ma kontx int, erġa’ ssettja l-password tiegħek minnufih mill-paġna “Insejt il-password?” u kkuntattja lis-servizz ta’ għajnuna: {helpdesk}.",
};

const NL: Texts = Texts {
    greeting: "Beste {first_name},",
    subject_set_password: "EU Login: stel uw wachtwoord in",
    set_password_intro: "Er is voor u een account voor EU Login aangemaakt met de gebruikersnaam {username}. Om het account te activeren, stelt u via deze link uw wachtwoord in:",
    set_password_expired: "Is de link verlopen? Vraag dan een nieuwe e-mail aan op de registratiepagina of op de pagina ‘Wachtwoord vergeten?’.",
    subject_reset_password: "EU Login: kies een nieuw wachtwoord",
    reset_password_intro: "U hebt gevraagd uw wachtwoord voor EU Login opnieuw in te stellen. Kies via deze link een nieuw wachtwoord:",
    reset_password_expired: "Is de link verlopen? Vraag dan een nieuwe e-mail aan op de pagina ‘Wachtwoord vergeten?’.",
    subject_confirm_new_email: "EU Login: bevestig uw nieuwe e-mailadres",
    confirm_new_email_intro: "U hebt gevraagd dit adres te gebruiken voor uw account bij EU Login. Open deze link om het te bevestigen:",
    confirm_new_email_expired: "Is de link verlopen? Vraag dan een nieuwe e-mail aan op uw accountpagina.",
    link_validity: "De link werkt maar één keer en verloopt {duration} na het verzenden van deze e-mail.",
    minutes: Minutes::One {
        one: "{n} minuut",
        other: "{n} minuten",
    },
    ignore: "Hebt u hier niet om gevraagd? Negeer deze e-mail dan.",
    subject_email_changed: "EU Login: uw e-mailadres is gewijzigd",
    email_changed: "Het e-mailadres van uw account bij EU Login is gewijzigd in {new_email}.",
    email_changed_not_you: "Was u dit niet? Neem dan onmiddellijk contact op met de helpdesk: {helpdesk}. Links om uw wachtwoord opnieuw in te stellen gaan nu naar het nieuwe adres.",
    subject_password_changed: "EU Login: uw wachtwoord is gewijzigd",
    password_changed: "Het wachtwoord van uw account bij EU Login is gewijzigd.",
    password_changed_not_you: "Was u dit niet? Stel dan onmiddellijk een nieuw wachtwoord in via de pagina ‘Wachtwoord vergeten?’ en neem contact op met de helpdesk: {helpdesk}.",
};

const PL: Texts = Texts {
    greeting: "Dzień dobry, {first_name},",
    subject_set_password: "EU Login: ustawienie hasła",
    set_password_intro: "Utworzono konto EU Login z nazwą użytkownika {username}. Aby je aktywować, należy ustawić hasło za pomocą tego linku:",
    set_password_expired: "Jeśli link wygasł, można poprosić o nową wiadomość na stronie rejestracji lub na stronie „Zapomniane hasło?”.",
    subject_reset_password: "EU Login: wybór nowego hasła",
    reset_password_intro: "Otrzymaliśmy prośbę o zresetowanie hasła do konta EU Login. Nowe hasło można wybrać za pomocą tego linku:",
    reset_password_expired: "Jeśli link wygasł, można poprosić o nową wiadomość na stronie „Zapomniane hasło?”.",
    subject_confirm_new_email: "EU Login: potwierdzenie nowego adresu e-mail",
    confirm_new_email_intro: "Otrzymaliśmy prośbę o przypisanie tego adresu do konta EU Login. Aby go potwierdzić, należy otworzyć ten link:",
    confirm_new_email_expired: "Jeśli link wygasł, można poprosić o nową wiadomość na stronie konta.",
    link_validity: "Z linku można skorzystać tylko raz; jest on ważny przez {duration} od wysłania tej wiadomości.",
    minutes: Minutes::Polish {
        one: "{n} minutę",
        few: "{n} minuty",
        many: "{n} minut",
    },
    ignore: "Jeśli prośba nie pochodzi od Pani/Pana, prosimy zignorować tę wiadomość.",
    subject_email_changed: "EU Login: adres e-mail został zmieniony",
    email_changed: "Adres e-mail konta EU Login został zmieniony na {new_email}.",
    email_changed_not_you: "Jeśli zmiana nie pochodzi od Pani/Pana, prosimy niezwłocznie skontaktować się z pomocą techniczną: {helpdesk}. Linki do resetowania hasła są teraz wysyłane na nowy adres.",
    subject_password_changed: "EU Login: hasło zostało zmienione",
    password_changed: "Hasło do konta EU Login zostało zmienione.",
    password_changed_not_you: "Jeśli zmiana nie pochodzi od Pani/Pana, prosimy niezwłocznie zresetować hasło na stronie „Zapomniane hasło?” i skontaktować się z pomocą techniczną: {helpdesk}.",
};

const PT: Texts = Texts {
    greeting: "Caro(a) {first_name},",
    subject_set_password: "EU Login: defina a sua palavra-passe",
    set_password_intro: "Foi criada para si uma conta EU Login com o nome de utilizador {username}. Para a ativar, defina a sua palavra-passe através desta ligação:",
    set_password_expired: "Se tiver expirado, peça uma nova mensagem na página de registo ou na página «Esqueceu-se da palavra-passe?».",
    subject_reset_password: "EU Login: escolha uma nova palavra-passe",
    reset_password_intro: "Pediu para redefinir a sua palavra-passe EU Login. Escolha uma nova palavra-passe através desta ligação:",
    reset_password_expired: "Se tiver expirado, peça uma nova mensagem na página «Esqueceu-se da palavra-passe?».",
    subject_confirm_new_email: "EU Login: confirme o seu novo endereço de correio eletrónico",
    confirm_new_email_intro: "Pediu para utilizar este endereço na sua conta EU Login. Para o confirmar, abra esta ligação:",
    confirm_new_email_expired: "Se tiver expirado, peça uma nova mensagem na página da sua conta.",
    link_validity: "A ligação só pode ser utilizada uma vez e expira {duration} após o envio desta mensagem.",
    minutes: Minutes::One {
        one: "{n} minuto",
        other: "{n} minutos",
    },
    ignore: "Se não fez este pedido, ignore esta mensagem.",
    subject_email_changed: "EU Login: o seu endereço de correio eletrónico foi alterado",
    email_changed: "O endereço de correio eletrónico da sua conta EU Login foi alterado para {new_email}.",
    email_changed_not_you: "Se não fez esta alteração, contacte imediatamente o serviço de assistência: {helpdesk}. As ligações para redefinir a palavra-passe são agora enviadas para o novo endereço.",
    subject_password_changed: "EU Login: a sua palavra-passe foi alterada",
    password_changed: "A palavra-passe da sua conta EU Login foi alterada.",
    password_changed_not_you: "Se não fez esta alteração, redefina imediatamente a sua palavra-passe na página «Esqueceu-se da palavra-passe?» e contacte o serviço de assistência: {helpdesk}.",
};

const RO: Texts = Texts {
    greeting: "Bună ziua, {first_name},",
    subject_set_password: "EU Login: setați-vă parola",
    set_password_intro: "A fost creat pentru dumneavoastră un cont EU Login cu numele de utilizator {username}. Pentru a-l activa, setați-vă parola folosind acest link:",
    set_password_expired: "Dacă linkul a expirat, solicitați un nou e-mail pe pagina de înregistrare sau pe pagina „Ați uitat parola?”.",
    subject_reset_password: "EU Login: alegeți o parolă nouă",
    reset_password_intro: "Ați solicitat resetarea parolei EU Login. Alegeți o parolă nouă folosind acest link:",
    reset_password_expired: "Dacă linkul a expirat, solicitați un nou e-mail pe pagina „Ați uitat parola?”.",
    subject_confirm_new_email: "EU Login: confirmați noua adresă de e-mail",
    confirm_new_email_intro: "Ați solicitat utilizarea acestei adrese pentru contul dumneavoastră EU Login. Pentru a o confirma, deschideți acest link:",
    confirm_new_email_expired: "Dacă linkul a expirat, solicitați un nou e-mail pe pagina contului dumneavoastră.",
    link_validity: "Linkul funcționează o singură dată și expiră la {duration} după trimiterea acestui e-mail.",
    minutes: Minutes::Romanian {
        one: "{n} minut",
        few: "{n} minute",
        other: "{n} de minute",
    },
    ignore: "Dacă nu ați solicitat acest lucru, ignorați acest e-mail.",
    subject_email_changed: "EU Login: adresa dumneavoastră de e-mail a fost modificată",
    email_changed: "Adresa de e-mail a contului dumneavoastră EU Login a fost modificată în {new_email}.",
    email_changed_not_you: "Dacă nu dumneavoastră ați făcut această modificare, contactați imediat serviciul de asistență: {helpdesk}. Linkurile pentru resetarea parolei sunt trimise acum la noua adresă.",
    subject_password_changed: "EU Login: parola dumneavoastră a fost modificată",
    password_changed: "Parola contului dumneavoastră EU Login a fost modificată.",
    password_changed_not_you: "Dacă nu dumneavoastră ați făcut această modificare, resetați imediat parola pe pagina „Ați uitat parola?” și contactați serviciul de asistență: {helpdesk}.",
};

const SK: Texts = Texts {
    greeting: "Dobrý deň, {first_name},",
    subject_set_password: "EU Login: nastavte si heslo",
    set_password_intro: "Bol Vám vytvorený účet EU Login s používateľským menom {username}. Ak ho chcete aktivovať, nastavte si heslo pomocou tohto odkazu:",
    set_password_expired: "Ak jeho platnosť uplynula, vyžiadajte si nový e-mail na registračnej stránke alebo na stránke „Zabudli ste heslo?“.",
    subject_reset_password: "EU Login: zvoľte si nové heslo",
    reset_password_intro: "Požiadali ste o obnovenie hesla k účtu EU Login. Nové heslo si zvoľte pomocou tohto odkazu:",
    reset_password_expired: "Ak jeho platnosť uplynula, vyžiadajte si nový e-mail na stránke „Zabudli ste heslo?“.",
    subject_confirm_new_email: "EU Login: potvrďte svoju novú e-mailovú adresu",
    confirm_new_email_intro: "Požiadali ste o použitie tejto adresy pre svoj účet EU Login. Potvrďte ju otvorením tohto odkazu:",
    confirm_new_email_expired: "Ak jeho platnosť uplynula, vyžiadajte si nový e-mail na stránke svojho účtu.",
    link_validity: "Odkaz funguje iba raz a jeho platnosť uplynie {duration} po odoslaní tohto e-mailu.",
    minutes: Minutes::CzechSlovak {
        one: "{n} minútu",
        few: "{n} minúty",
        many: "{n} minút",
    },
    ignore: "Ak ste o to nežiadali, tento e-mail ignorujte.",
    subject_email_changed: "EU Login: Vaša e-mailová adresa bola zmenená",
    email_changed: "E-mailová adresa Vášho účtu EU Login bola zmenená na {new_email}.",
    email_changed_not_you: "Ak ste to neboli Vy, ihneď kontaktujte helpdesk: {helpdesk}. Odkazy na obnovenie hesla sa teraz posielajú na novú adresu.",
    subject_password_changed: "EU Login: Vaše heslo bolo zmenené",
    password_changed: "Heslo k Vášmu účtu EU Login bolo zmenené.",
    password_changed_not_you: "Ak ste to neboli Vy, ihneď si obnovte heslo na stránke „Zabudli ste heslo?“ a kontaktujte helpdesk: {helpdesk}.",
};

const SL: Texts = Texts {
    greeting: "Pozdravljeni, {first_name},",
    subject_set_password: "EU Login: nastavite geslo",
    set_password_intro: "Za vas je bil ustvarjen račun EU Login z uporabniškim imenom {username}. Da ga aktivirate, nastavite geslo prek te povezave:",
    set_password_expired: "Če je povezava potekla, zahtevajte novo e-poštno sporočilo na strani za registracijo ali na strani »Ste pozabili geslo?«.",
    subject_reset_password: "EU Login: izberite novo geslo",
    reset_password_intro: "Zahtevali ste ponastavitev gesla za EU Login. Novo geslo izberite prek te povezave:",
    reset_password_expired: "Če je povezava potekla, zahtevajte novo e-poštno sporočilo na strani »Ste pozabili geslo?«.",
    subject_confirm_new_email: "EU Login: potrdite svoj novi e-poštni naslov",
    confirm_new_email_intro: "Zahtevali ste, da se ta naslov uporablja za vaš račun EU Login. Potrdite ga tako, da odprete to povezavo:",
    confirm_new_email_expired: "Če je povezava potekla, zahtevajte novo e-poštno sporočilo na strani svojega računa.",
    link_validity: "Povezava deluje samo enkrat in poteče {duration} po pošiljanju tega sporočila.",
    minutes: Minutes::Slovenian {
        one: "{n} minuto",
        two: "{n} minuti",
        few: "{n} minute",
        other: "{n} minut",
    },
    ignore: "Če tega niste zahtevali, to sporočilo prezrite.",
    subject_email_changed: "EU Login: vaš e-poštni naslov je bil spremenjen",
    email_changed: "E-poštni naslov vašega računa EU Login je bil spremenjen v {new_email}.",
    email_changed_not_you: "Če tega niste storili vi, se takoj obrnite na službo za pomoč uporabnikom: {helpdesk}. Povezave za ponastavitev gesla se zdaj pošiljajo na novi naslov.",
    subject_password_changed: "EU Login: vaše geslo je bilo spremenjeno",
    password_changed: "Geslo vašega računa EU Login je bilo spremenjeno.",
    password_changed_not_you: "Če tega niste storili vi, takoj ponastavite geslo na strani »Ste pozabili geslo?« in se obrnite na službo za pomoč uporabnikom: {helpdesk}.",
};

const FI: Texts = Texts {
    greeting: "Hyvä {first_name}",
    subject_set_password: "EU Login: salasanan asettaminen",
    set_password_intro: "Teille on luotu EU Login -tili käyttäjätunnuksella {username}. Voitte aktivoida tilin asettamalla salasanan tämän linkin kautta:",
    set_password_expired: "Jos linkki on vanhentunut, voitte pyytää uuden viestin rekisteröitymissivulta tai sivulta ”Unohtuiko salasana?”.",
    subject_reset_password: "EU Login: uuden salasanan valitseminen",
    reset_password_intro: "Olette pyytänyt EU Login -salasananne nollaamista. Voitte valita uuden salasanan tämän linkin kautta:",
    reset_password_expired: "Jos linkki on vanhentunut, voitte pyytää uuden viestin sivulta ”Unohtuiko salasana?”.",
    subject_confirm_new_email: "EU Login: uuden sähköpostiosoitteen vahvistaminen",
    confirm_new_email_intro: "Olette pyytänyt, että tätä osoitetta käytetään EU Login -tilillänne. Voitte vahvistaa osoitteen avaamalla tämän linkin:",
    confirm_new_email_expired: "Jos linkki on vanhentunut, voitte pyytää uuden viestin tilisivultanne.",
    link_validity: "Linkki toimii vain kerran, ja se vanhenee {duration} tämän viestin lähettämisen jälkeen.",
    minutes: Minutes::One {
        one: "{n} minuutti",
        other: "{n} minuuttia",
    },
    ignore: "Jos ette ole pyytänyt tätä, voitte jättää tämän viestin huomiotta.",
    subject_email_changed: "EU Login: sähköpostiosoitteenne on muutettu",
    email_changed: "EU Login -tilinne sähköpostiosoite on muutettu osoitteeksi {new_email}.",
    email_changed_not_you: "Jos ette tehnyt muutosta itse, ottakaa heti yhteyttä tukipalveluun: {helpdesk}. Salasanan nollauslinkit lähetetään nyt uuteen osoitteeseen.",
    subject_password_changed: "EU Login: salasananne on vaihdettu",
    password_changed: "EU Login -tilinne salasana on vaihdettu.",
    password_changed_not_you: "Jos ette vaihtanut salasanaa itse, nollatkaa salasananne heti sivulla ”Unohtuiko salasana?” ja ottakaa yhteyttä tukipalveluun: {helpdesk}.",
};

const SV: Texts = Texts {
    greeting: "Hej {first_name},",
    subject_set_password: "EU Login: välj ditt lösenord",
    set_password_intro: "Ett konto i EU Login har skapats åt dig med användarnamnet {username}. Aktivera det genom att välja ditt lösenord via den här länken:",
    set_password_expired: "Om länken har gått ut kan du begära ett nytt e-postmeddelande på registreringssidan eller på sidan ”Glömt lösenordet?”.",
    subject_reset_password: "EU Login: välj ett nytt lösenord",
    reset_password_intro: "Du har bett om att återställa ditt lösenord till EU Login. Välj ett nytt lösenord via den här länken:",
    reset_password_expired: "Om länken har gått ut kan du begära ett nytt e-postmeddelande på sidan ”Glömt lösenordet?”.",
    subject_confirm_new_email: "EU Login: bekräfta din nya e-postadress",
    confirm_new_email_intro: "Du har bett om att använda den här adressen för ditt konto i EU Login. Bekräfta den genom att öppna den här länken:",
    confirm_new_email_expired: "Om länken har gått ut kan du begära ett nytt e-postmeddelande på din kontosida.",
    link_validity: "Länken fungerar bara en gång och slutar gälla {duration} efter att det här e-postmeddelandet skickades.",
    minutes: Minutes::One {
        one: "{n} minut",
        other: "{n} minuter",
    },
    ignore: "Om du inte har bett om detta kan du bortse från det här e-postmeddelandet.",
    subject_email_changed: "EU Login: din e-postadress har ändrats",
    email_changed: "E-postadressen för ditt konto i EU Login har ändrats till {new_email}.",
    email_changed_not_you: "Om det inte var du, kontakta genast supporten: {helpdesk}. Länkar för att återställa ditt lösenord skickas nu till den nya adressen.",
    subject_password_changed: "EU Login: ditt lösenord har ändrats",
    password_changed: "Lösenordet till ditt konto i EU Login har ändrats.",
    password_changed_not_you: "Om det inte var du, återställ genast ditt lösenord på sidan ”Glömt lösenordet?” och kontakta supporten: {helpdesk}.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const NAME: &str = "Zoë";
    const USERNAME: &str = "zoe.novak";
    const LINK: &str = "https://webgate.ec.europa.eu/tracesnt/eulogin/password?token=AbC-12_3xYz";
    const NEW_EMAIL: &str = "zoe.novak@example.eu";
    const MINUTES: u32 = 90;

    impl Texts {
        /// Every sentence with its field name. The destructuring has no `..`, so a new field
        /// fails to compile here until it is listed, and so is covered by the tests.
        fn fields(&self) -> Vec<(&'static str, &'static str)> {
            let Texts {
                greeting,
                subject_set_password,
                set_password_intro,
                set_password_expired,
                subject_reset_password,
                reset_password_intro,
                reset_password_expired,
                subject_confirm_new_email,
                confirm_new_email_intro,
                confirm_new_email_expired,
                link_validity,
                minutes: _,
                ignore,
                subject_email_changed,
                email_changed,
                email_changed_not_you,
                subject_password_changed,
                password_changed,
                password_changed_not_you,
            } = *self;
            vec![
                ("greeting", greeting),
                ("subject_set_password", subject_set_password),
                ("set_password_intro", set_password_intro),
                ("set_password_expired", set_password_expired),
                ("subject_reset_password", subject_reset_password),
                ("reset_password_intro", reset_password_intro),
                ("reset_password_expired", reset_password_expired),
                ("subject_confirm_new_email", subject_confirm_new_email),
                ("confirm_new_email_intro", confirm_new_email_intro),
                ("confirm_new_email_expired", confirm_new_email_expired),
                ("link_validity", link_validity),
                ("ignore", ignore),
                ("subject_email_changed", subject_email_changed),
                ("email_changed", email_changed),
                ("email_changed_not_you", email_changed_not_you),
                ("subject_password_changed", subject_password_changed),
                ("password_changed", password_changed),
                ("password_changed_not_you", password_changed_not_you),
            ]
        }
    }

    impl Minutes {
        fn forms(self) -> Vec<&'static str> {
            match self {
                Minutes::Invariant(form) => vec![form],
                Minutes::One { one, other }
                | Minutes::ZeroOrOne { one, other }
                | Minutes::EndsInOne { one, other } => vec![one, other],
                Minutes::CzechSlovak { one, few, many }
                | Minutes::Polish { one, few, many }
                | Minutes::Croatian { one, few, many } => vec![one, few, many],
                Minutes::Slovenian {
                    one,
                    two,
                    few,
                    other,
                } => vec![one, two, few, other],
                Minutes::Romanian { one, few, other } => vec![one, few, other],
                Minutes::Maltese { singular, plural } => vec![singular, plural],
            }
        }
    }

    /// One rendered mail and what its body must show.
    struct Case {
        lang: Language,
        kind: &'static str,
        mail: Rendered,
        /// Values that must appear verbatim, besides the first name.
        values: Vec<String>,
        has_link: bool,
    }

    fn render_all(first_name: &str, minutes: u32) -> Vec<Case> {
        let mut cases = Vec::new();
        for lang in Language::ALL {
            let n = minutes.to_string();
            cases.push(Case {
                lang,
                kind: "set_password",
                mail: set_password(lang, first_name, USERNAME, LINK, minutes),
                values: vec![USERNAME.to_owned(), n.clone()],
                has_link: true,
            });
            cases.push(Case {
                lang,
                kind: "reset_password",
                mail: reset_password(lang, first_name, LINK, minutes),
                values: vec![n.clone()],
                has_link: true,
            });
            cases.push(Case {
                lang,
                kind: "confirm_new_email",
                mail: confirm_new_email(lang, first_name, LINK, minutes),
                values: vec![n],
                has_link: true,
            });
            cases.push(Case {
                lang,
                kind: "email_changed_notice",
                mail: email_changed_notice(lang, first_name, NEW_EMAIL),
                values: vec![NEW_EMAIL.to_owned(), HELPDESK.to_owned()],
                has_link: false,
            });
            cases.push(Case {
                lang,
                kind: "password_changed_notice",
                mail: password_changed_notice(lang, first_name),
                values: vec![HELPDESK.to_owned()],
                has_link: false,
            });
        }
        cases
    }

    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_mail_in_every_language_shows_the_name_link_and_values() {
        let cases = render_all(NAME, MINUTES);
        assert_eq!(cases.len(), 24 * 5);
        for case in &cases {
            let at = format!("{} {}", case.lang.code(), case.kind);
            let Rendered { subject, body } = &case.mail;
            assert!(!subject.trim().is_empty(), "{at}: empty subject");
            assert!(!body.trim().is_empty(), "{at}: empty body");
            assert!(body.contains(NAME), "{at}: no first name in\n{body}");
            for value in &case.values {
                assert!(body.contains(value.as_str()), "{at}: no {value} in\n{body}");
            }
            let link_alone = body.lines().any(|line| line == LINK);
            assert_eq!(
                link_alone, case.has_link,
                "{at}: link on its own line\n{body}"
            );
            if !case.has_link {
                assert!(!body.contains("https://"), "{at}: a notice carries no link");
            }
            assert!(
                subject.contains("EU Login"),
                "{at}: product name in {subject}"
            );
            assert!(body.contains("EU Login"), "{at}: product name in\n{body}");
            assert_eq!(body.lines().last(), Some(SIGNATURE), "{at}: signature");
            assert!(body.ends_with('\n'), "{at}: final newline");
        }
    }

    #[test]
    fn no_placeholder_is_left_unfilled_for_any_number_of_minutes() {
        for minutes in (0..=250).chain([1000, 1001, 1_000_000]) {
            for case in render_all(NAME, minutes) {
                let at = format!("{} {} {minutes}", case.lang.code(), case.kind);
                for text in [&case.mail.subject, &case.mail.body] {
                    assert!(!text.contains(['{', '}']), "{at}: unfilled in\n{text}");
                }
                if case.has_link {
                    assert!(case.mail.body.contains(&minutes.to_string()), "{at}");
                }
            }
        }
    }

    #[test]
    fn mails_are_short_and_subjects_are_one_short_line() {
        for case in render_all(NAME, MINUTES) {
            let at = format!("{} {}", case.lang.code(), case.kind);
            let lines = case.mail.body.lines().count();
            assert!((6..=10).contains(&lines), "{at}: {lines} lines");
            let subject = &case.mail.subject;
            assert!(!subject.contains(['\r', '\n']), "{at}");
            assert!(
                subject.chars().count() <= 80,
                "{at}: long subject {subject}"
            );
        }
    }

    #[test]
    fn english_differs_from_every_other_language() {
        let english = texts(Language::English).fields();
        for lang in Language::ALL {
            if lang == Language::English {
                continue;
            }
            for ((field, text), (_, in_english)) in texts(lang).fields().into_iter().zip(&english) {
                assert_ne!(
                    text,
                    *in_english,
                    "{} {field} is not translated",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn no_two_languages_render_the_same_mail() {
        let cases = render_all(NAME, MINUTES);
        for (i, a) in cases.iter().enumerate() {
            for b in &cases[i + 1..] {
                if a.kind == b.kind {
                    assert_ne!(
                        a.mail.body,
                        b.mail.body,
                        "{} and {} {}",
                        a.lang.code(),
                        b.lang.code(),
                        a.kind
                    );
                }
            }
        }
    }

    #[test]
    fn every_language_uses_the_same_placeholders_in_each_sentence() {
        let english = texts(Language::English).fields();
        let known: BTreeSet<&str> = [
            "first_name",
            "username",
            "duration",
            "new_email",
            "helpdesk",
        ]
        .into_iter()
        .collect();
        for lang in Language::ALL {
            for ((field, text), (_, in_english)) in texts(lang).fields().into_iter().zip(&english) {
                let names = placeholders(text);
                assert_eq!(names, placeholders(in_english), "{} {field}", lang.code());
                assert!(
                    names.is_subset(&known),
                    "{} {field}: {names:?}",
                    lang.code()
                );
            }
        }
        // And English itself puts each value where the mails need it.
        let t = texts(Language::English);
        assert_eq!(placeholders(t.greeting), BTreeSet::from(["first_name"]));
        assert_eq!(
            placeholders(t.set_password_intro),
            BTreeSet::from(["username"])
        );
        assert_eq!(placeholders(t.link_validity), BTreeSet::from(["duration"]));
        assert_eq!(placeholders(t.email_changed), BTreeSet::from(["new_email"]));
        assert_eq!(
            placeholders(t.email_changed_not_you),
            BTreeSet::from(["helpdesk"])
        );
        assert_eq!(
            placeholders(t.password_changed_not_you),
            BTreeSet::from(["helpdesk"])
        );
    }

    #[test]
    fn every_minutes_form_shows_the_number_once() {
        for lang in Language::ALL {
            for form in texts(lang).minutes.forms() {
                assert_eq!(form.matches("{n}").count(), 1, "{} {form}", lang.code());
                assert_eq!(
                    placeholders(form),
                    BTreeSet::from(["n"]),
                    "{} {form}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn plural_rules_pick_the_right_form() {
        let table = [
            (Language::English, 1, "1 minute"),
            (Language::English, 90, "90 minutes"),
            (Language::French, 0, "0\u{a0}minute"),
            (Language::French, 2, "2\u{a0}minutes"),
            (Language::Czech, 1, "1 minutu"),
            (Language::Czech, 3, "3 minuty"),
            (Language::Czech, 90, "90 minut"),
            (Language::Polish, 22, "22 minuty"),
            (Language::Polish, 12, "12 minut"),
            (Language::Polish, 21, "21 minut"),
            (Language::Croatian, 21, "21 minutu"),
            (Language::Croatian, 11, "11 minuta"),
            (Language::Croatian, 90, "90 minuta"),
            (Language::Slovenian, 101, "101 minuto"),
            (Language::Slovenian, 102, "102 minuti"),
            (Language::Slovenian, 104, "104 minute"),
            (Language::Slovenian, 90, "90 minut"),
            (Language::Lithuanian, 21, "21 minutės"),
            (Language::Lithuanian, 11, "11 minučių"),
            (Language::Latvian, 31, "31 minūti"),
            (Language::Latvian, 90, "90 minūtes"),
            (Language::Romanian, 19, "19 minute"),
            (Language::Romanian, 90, "90 de minute"),
            (Language::Maltese, 5, "5 minuti"),
            (Language::Maltese, 90, "90 minuta"),
            (Language::Hungarian, 1, "1 perccel"),
        ];
        for (lang, n, expected) in table {
            let form = texts(lang).minutes.form(n);
            assert_eq!(
                fill(form, &[("n", &n.to_string())]),
                expected,
                "{}",
                lang.code()
            );
        }
    }

    #[test]
    fn line_breaks_in_values_cannot_add_lines_or_headers() {
        let hostile = [
            "Zoë\r\nBcc: victim@example.com",
            "Zoë\nSubject: urgent",
            "Zoë\rX-Header: 1",
            "Zoë\u{85}Bcc: a@example.com",
            "Zoë\u{2028}Bcc: a@example.com",
            "Zoë\u{2029}\n\nBcc: a@example.com",
        ];
        let clean = render_all(NAME, MINUTES);
        for name in hostile {
            let cases = render_all(name, MINUTES);
            for (case, reference) in cases.iter().zip(&clean) {
                let at = format!("{} {} {name:?}", case.lang.code(), case.kind);
                let body = &case.mail.body;
                assert_eq!(
                    body.lines().count(),
                    reference.mail.body.lines().count(),
                    "{at}\n{body}"
                );
                assert_eq!(case.mail.subject, reference.mail.subject, "{at}");
                for line in body.lines() {
                    assert!(
                        !line.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']),
                        "{at}"
                    );
                    for header in ["Bcc:", "Subject:", "X-Header:"] {
                        assert!(!line.starts_with(header), "{at}: {line}");
                    }
                }
            }
        }
        // The other interpolated values get the same treatment.
        let mail = set_password(Language::English, NAME, "zoe\nBcc: x", "https://a\r\nb", 90);
        assert!(mail.body.contains("zoe Bcc: x"));
        assert!(mail.body.lines().any(|line| line == "https://a b"));
        let mail = email_changed_notice(Language::English, NAME, "a@example.eu\nBcc: x");
        assert!(mail.body.contains("a@example.eu Bcc: x"));
        assert_eq!(mail.body.lines().count(), 6);
    }

    #[test]
    fn values_are_not_expanded_twice() {
        let mail = set_password(Language::English, "{username}", "{link}", LINK, 90);
        assert!(mail.body.starts_with("Dear {username},\n"), "{}", mail.body);
        assert!(mail.body.contains("the username {link}."), "{}", mail.body);
    }

    #[test]
    fn one_line_keeps_text_and_drops_controls() {
        assert_eq!(one_line("Zoë Novák"), "Zoë Novák");
        assert_eq!(one_line("a\r\n\r\nb"), "a b");
        assert_eq!(one_line("\na\tb\n"), "a b");
        assert_eq!(one_line("\u{202e}abc\u{202c}"), "abc");
        assert_eq!(one_line(""), "");
    }

    #[test]
    fn the_english_mail_reads_as_intended() {
        let mail = set_password(
            Language::English,
            "Anna",
            "anna.k",
            "https://x.eu/p?t=1",
            90,
        );
        assert_eq!(mail.subject, "EU Login: set your password");
        assert_eq!(
            mail.body,
            "Dear Anna,\n\
             \n\
             An EU Login account was created for you with the username anna.k. To activate it, set your password with this link:\n\
             https://x.eu/p?t=1\n\
             \n\
             The link works only once and expires 90 minutes after this e-mail was sent. If it has expired, ask for a new e-mail on the sign-up page or on the “Lost your password?” page.\n\
             If you did not ask for this, ignore this e-mail.\n\
             \n\
             EU Login – TRACES NT\n"
        );
        let notice = password_changed_notice(Language::English, "Anna");
        assert_eq!(
            notice.body,
            "Dear Anna,\n\
             \n\
             The password of your EU Login account was changed.\n\
             If this was not you, reset your password at once on the “Lost your password?” page and contact the helpdesk: SANTE-TRACES@ec.europa.eu.\n\
             \n\
             EU Login – TRACES NT\n"
        );
    }
}
