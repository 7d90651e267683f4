//! `/{instance}/register/operator`: "When you click on Operator: you can search by country,
//! Section, Activity type, name of the operator", tick, "Request Authorisation"; after a search,
//! "Create new Operator".

use super::posts::{SearchResults, SearchState, PAGE_SIZE};
use super::{instance_page, search_form_header};
use crate::api::traces::{field, search_operators};
use crate::components::{ErrorSummary, FormErrors, SelectField, TextField};
use crate::domain::{ActivityType, CountryCode, Instance, RoleKind, Section};
use crate::i18n::tr;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::A;

const FIELDS: &[&str] = &[field::COUNTRY, field::SECTION, field::ACTIVITY, field::NAME];

/// The country choice of every search: "Any country", then every ISO 3166-1 country. In the
/// language in force: call it in a reactive closure (`Signal::derive(country_options)`).
pub fn country_options() -> Vec<(String, String)> {
    countries_after(tr("traces-search-any-country"))
}

/// The country field of every search form.
#[component]
pub fn CountrySelect(form: FormErrors, value: RwSignal<String>) -> impl IntoView {
    view! {
        <SelectField
            form
            name=field::COUNTRY
            label=t!("traces-search-country")
            value
            options=Signal::derive(country_options)
        />
    }
}

/// `first` (the empty choice), then every country.
pub(super) fn countries_after(first: String) -> Vec<(String, String)> {
    std::iter::once((String::new(), first))
        .chain(
            CountryCode::by_name()
                .into_iter()
                .map(|(code, name)| (code.as_str().to_owned(), format!("{name} ({code})"))),
        )
        .collect()
}

fn optional(value: String) -> Option<String> {
    let value = value.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

#[derive(Clone, Default)]
struct Query {
    country: String,
    section: String,
    activity: String,
    name: String,
}

#[component]
pub fn RegisterOperator() -> impl IntoView {
    instance_page(|instance| view! { <OperatorSearch instance /> })
}

#[component]
fn OperatorSearch(instance: Instance) -> impl IntoView {
    let form = FormErrors::new("search-", FIELDS);
    let state = SearchState::new(instance, RoleKind::Operator, form);
    let country = RwSignal::new(String::new());
    let section = RwSignal::new(String::new());
    let activity = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let query = StoredValue::new(Query::default());

    let fetch = Callback::new(move |after: Option<String>| {
        let q = query.get_value();
        state.load(
            after.clone(),
            search_operators(
                instance,
                optional(q.country),
                optional(q.section),
                optional(q.activity),
                q.name,
                after,
                PAGE_SIZE,
            ),
        );
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        query.set_value(Query {
            country: country.get_untracked(),
            section: section.get_untracked(),
            activity: activity.get_untracked(),
            name: name.get_untracked(),
        });
        fetch.run(None);
    };
    // Built again when the language changes.
    let sections = Signal::derive(|| {
        std::iter::once((String::new(), tr("traces-search-any-section")))
            .chain(
                Section::ALL
                    .iter()
                    .map(|s| (s.code().to_owned(), s.name().to_string())),
            )
            .collect()
    });
    let activities = Signal::derive(|| {
        std::iter::once((String::new(), tr("traces-search-any-activity")))
            .chain(
                ActivityType::ALL
                    .iter()
                    .map(|a| (a.code().to_owned(), a.name().to_string())),
            )
            .collect()
    });

    view! {
        <section class="traces register">
            {search_form_header(instance, RoleKind::Operator)}
            <p class="lead">{t!("traces-operator-lead")}</p>
            <ErrorSummary form />
            <form class="form search-form" role="search" novalidate on:submit=submit>
                <CountrySelect form value=country />
                <SelectField
                    form
                    name=field::SECTION
                    label=t!("traces-search-section")
                    value=section
                    options=sections
                />
                <SelectField
                    form
                    name=field::ACTIVITY
                    label=t!("traces-search-activity")
                    value=activity
                    options=activities
                />
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
            <Show when=move || state.searched.get()>
                <div class="callout create-new">
                    <p>{t!("traces-operator-create-new-hint")}</p>
                    <p>
                        <A
                            href=format!("/{}/register/operator/new", instance.slug())
                            attr:class="button button-secondary"
                        >
                            {t!("traces-operator-create-new")}
                        </A>
                    </p>
                </div>
            </Show>
        </section>
    }
}
