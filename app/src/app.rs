//! The router: every path of the app, and the shell around the pages.

use crate::api::eulogin::{who_am_i, CurrentUser};
use crate::components::{Footer, GuideOpen, GuidePanel, NavBadge, TopBar};
use crate::domain::{Instance, Language};
use crate::pages::eulogin::{
    Account, ConfirmEmail, Help, LogIn, LostPassword, Privacy, SetPassword, SignUp, SignUpSent,
};
use crate::pages::queue::{Notifications, Queue, RequestDecision};
use crate::pages::traces::{
    NewOperator, Profile, RegisterAuthority, RegisterControlBody, RegisterOperator,
};
use crate::pages::{Landing, Mailbox, NotFound, Welcome};
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::path;

/// The interface language in force, shared by every component.
#[derive(Clone, Copy)]
pub struct UiLanguage(pub RwSignal<Language>);

/// The instance the current page belongs to: from the path (`/training/...`) or, on the
/// shared EU Login pages, from the `service` the user came from.
#[derive(Clone, Copy)]
pub struct CurrentInstance(pub Memo<Option<Instance>>);

/// The person logged in to EU Login, if any: loaded once at start, set by "Log in", cleared by
/// "Log out".
#[derive(Clone, Copy)]
pub struct Session(pub RwSignal<Option<CurrentUser>>);

impl Session {
    /// Someone logged in (or changed their details): remember them and speak their interface
    /// language.
    pub fn logged_in(self, user: CurrentUser, UiLanguage(_): UiLanguage) {
        let language = user.ui_language;
        self.0.set(Some(user));
        // Until its messages arrive the page stays in the language it is in.
        spawn_local(async move {
            let _ = crate::i18n::switch_to(language).await;
        });
    }
}

/// The EU Login pages. They belong to no instance but remember the one the user came from in
/// `?service=`, which every link between them passes along.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EuLoginPage {
    SignUp,
    SignUpSent,
    Help,
    Privacy,
    SetPassword,
    ConfirmEmail,
    LogIn,
    LostPassword,
    Account,
}

impl EuLoginPage {
    /// The route's path (without the query).
    pub fn path(self) -> &'static str {
        match self {
            EuLoginPage::SignUp => "/eulogin/signup",
            EuLoginPage::SignUpSent => "/eulogin/signup/sent",
            EuLoginPage::Help => "/eulogin/help",
            EuLoginPage::Privacy => "/eulogin/privacy",
            EuLoginPage::SetPassword => "/eulogin/password",
            EuLoginPage::ConfirmEmail => "/eulogin/email",
            EuLoginPage::LogIn => "/eulogin/login",
            EuLoginPage::LostPassword => "/eulogin/lost-password",
            EuLoginPage::Account => "/eulogin/account",
        }
    }

    /// A link to the page that keeps the instance the user came from.
    pub fn href(self, service: Option<Instance>) -> String {
        self.href_with(service, &[])
    }

    /// A link with more query parameters, each value percent-encoded.
    pub fn href_with(self, service: Option<Instance>, params: &[(&str, &str)]) -> String {
        let service = service.map(|s| ("service", s.slug()));
        let query: Vec<String> = service
            .iter()
            .chain(params)
            .map(|(key, value)| format!("{key}={}", encode_query_value(value)))
            .collect();
        if query.is_empty() {
            self.path().to_owned()
        } else {
            format!("{}?{}", self.path(), query.join("&"))
        }
    }
}

/// Where to go once logged in or out: the instance's welcome page.
pub fn instance_home(service: Option<Instance>) -> String {
    service.unwrap_or(Instance::Production).home()
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub(crate) fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[component]
pub fn App() -> impl IntoView {
    let initial = crate::browser::initial_language();
    let language = RwSignal::new(initial);
    provide_context(UiLanguage(language));
    crate::i18n::provide(language);
    // The page appears once its language's messages are here: one request, before any text.
    let ready = RwSignal::new(false);
    spawn_local(async move {
        if crate::i18n::load(initial).await.is_err() && initial != Language::English {
            // The server can be reached for nothing else either; English at least names it.
            let _ = crate::i18n::switch_to(Language::English).await;
        }
        ready.set(true);
    });
    Effect::new(move |_| crate::browser::set_document_language(language.get()));

    let session = Session(RwSignal::new(None));
    provide_context(session);
    let guide = RwSignal::new(crate::browser::guide_remembered());
    provide_context(GuideOpen(guide));
    Effect::new(move |_| crate::browser::remember_guide(guide.get()));
    spawn_local(async move {
        // Not logged in, or the server cannot say: either way the pages offer "Log in".
        if let Ok(Some(user)) = who_am_i().await {
            session.logged_in(user, UiLanguage(language));
        }
    });

    view! {
        <Show when=move || ready.get()>
            <Router>
                <Shell />
            </Router>
        </Show>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let query = use_query_map();
    let instance = Memo::new(move |_| {
        Instance::from_path(&location.pathname.get())
            .or_else(|| query.with(|q| q.get("service").and_then(|s| Instance::parse(&s).ok())))
    });
    provide_context(CurrentInstance(instance));
    provide_context(NavBadge::default());
    let training = move || instance.get().is_some_and(Instance::is_training);
    Effect::new(move |_| crate::browser::set_title_prefix(training()));
    let GuideOpen(guide) = expect_context();

    view! {
        <div class="shell" class:training=training class:guide-open=move || training() && guide.get()>
            <a class="skip-link" href="#main">{t!("common-skip-link")}</a>
            <TopBar />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Landing />
                    <Route path=path!("/eulogin/signup") view=SignUp />
                    <Route path=path!("/eulogin/signup/sent") view=SignUpSent />
                    <Route path=path!("/eulogin/help") view=Help />
                    <Route path=path!("/eulogin/privacy") view=Privacy />
                    <Route path=path!("/eulogin/password") view=SetPassword />
                    <Route path=path!("/eulogin/email") view=ConfirmEmail />
                    <Route path=path!("/eulogin/login") view=LogIn />
                    <Route path=path!("/eulogin/lost-password") view=LostPassword />
                    <Route path=path!("/eulogin/account") view=Account />
                    <Route path=path!("/mailbox") view=Mailbox />
                    <Route path=path!("/:instance") view=Welcome />
                    <Route path=path!("/:instance/register/operator") view=RegisterOperator />
                    <Route path=path!("/:instance/register/operator/new") view=NewOperator />
                    <Route path=path!("/:instance/register/authority") view=RegisterAuthority />
                    <Route
                        path=path!("/:instance/register/control-body")
                        view=RegisterControlBody
                    />
                    <Route path=path!("/:instance/profile") view=Profile />
                    <Route path=path!("/:instance/queue") view=Queue />
                    <Route path=path!("/:instance/queue/:id") view=RequestDecision />
                    <Route path=path!("/:instance/notifications") view=Notifications />
                </Routes>
            </main>
            <GuidePanel />
            <Footer />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eulogin_links_keep_the_service_and_encode_values() {
        assert_eq!(EuLoginPage::LogIn.href(None), "/eulogin/login");
        assert_eq!(
            EuLoginPage::LogIn.href(Some(Instance::Training)),
            "/eulogin/login?service=training"
        );
        assert_eq!(
            EuLoginPage::SignUpSent
                .href_with(Some(Instance::Production), &[("email", "a+b@example.org")]),
            "/eulogin/signup/sent?service=production&email=a%2Bb%40example.org"
        );
        assert_eq!(
            EuLoginPage::SignUpSent.href_with(None, &[("email", "é x")]),
            "/eulogin/signup/sent?email=%C3%A9%20x"
        );
    }

    #[test]
    fn logging_in_or_out_lands_on_production_unless_training_was_chosen() {
        assert_eq!(instance_home(None), "/production");
        assert_eq!(instance_home(Some(Instance::Training)), "/training");
    }
}
