//! `/{instance}/register/authority`: "You can search by Country, role or name of the
//! authority. Tick the box behind your Authority and click on the 'Request Authorisation'".

use super::operator::CountrySelect;
use super::posts::{SearchResults, SearchState, PAGE_SIZE};
use super::{instance_page, search_form_header};
use crate::api::traces::{field, search_authorities};
use crate::components::{ErrorSummary, FormErrors, SelectField, TextField};
use crate::domain::{AuthorityRole, Instance, RoleKind};
use crate::i18n::tr;
use crate::t;
use leptos::prelude::*;

const FIELDS: &[&str] = &[field::COUNTRY, field::ROLE, field::NAME];

#[component]
pub fn RegisterAuthority() -> impl IntoView {
    instance_page(|instance| view! { <AuthoritySearch instance /> })
}

#[component]
fn AuthoritySearch(instance: Instance) -> impl IntoView {
    let form = FormErrors::new("search-", FIELDS);
    let state = SearchState::new(instance, RoleKind::Authority, form);
    let country = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let query = StoredValue::new((String::new(), String::new(), String::new()));
    let fetch = Callback::new(move |after: Option<String>| {
        let (country, role, name) = query.get_value();
        let some = |v: String| (!v.is_empty()).then_some(v);
        state.load(
            after.clone(),
            search_authorities(instance, some(country), some(role), name, after, PAGE_SIZE),
        );
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        query.set_value((
            country.get_untracked(),
            role.get_untracked(),
            name.get_untracked(),
        ));
        fetch.run(None);
    };
    // Built again when the language changes.
    let roles = Signal::derive(|| {
        std::iter::once((String::new(), tr("traces-search-any-role")))
            .chain(
                AuthorityRole::ALL
                    .iter()
                    .map(|r| (r.code().to_owned(), format!("{} – {}", r.code(), r.name()))),
            )
            .collect()
    });
    view! {
        <section class="traces register">
            {search_form_header(instance, RoleKind::Authority)}
            <p class="lead">{t!("traces-authority-lead")}</p>
            <ul class="role-explanations">
                {AuthorityRole::ALL
                    .iter()
                    .map(|r| {
                        view! {
                            <li>
                                <strong>{r.code()}</strong>
                                ": "
                                {move || r.description().to_string()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <ErrorSummary form />
            <form class="form search-form" role="search" novalidate on:submit=submit>
                <CountrySelect form value=country />
                <SelectField form name=field::ROLE label=t!("traces-search-role") value=role options=roles />
                <TextField
                    form
                    name=field::NAME
                    label=t!("traces-search-name")
                    value=name
                    hint=t!("traces-search-name-hint")
                    verbatim=true
                />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || state.loading.get()>
                        {t!("traces-search-button")}
                    </button>
                </div>
            </form>
            <SearchResults state on_page=fetch />
        </section>
    }
}
