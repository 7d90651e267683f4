//! `/{instance}/register/operator`: "When you click on Operator: you can search by country,
//! Section, Activity type, name of the operator", tick, "Request Authorisation"; after a search,
//! "Create new Operator".

use super::posts::{SearchResults, SearchState, PAGE_SIZE};
use super::{instance_page, search_form_header};
use crate::api::traces::{field, search_operators};
use crate::components::{ErrorSummary, FormErrors, SelectField, TextField};
use crate::domain::{ActivityType, CountryCode, Instance, RoleKind, Section};
use leptos::prelude::*;
use leptos_router::components::A;

const FIELDS: &[&str] = &[field::COUNTRY, field::SECTION, field::ACTIVITY, field::NAME];

/// The country choice of every search: "Any country", then every ISO 3166-1 country, named and
/// sorted in the language in force (a tracked read: pass it as `Signal::derive(country_options)`).
pub fn country_options() -> Vec<(String, String)> {
    std::iter::once((String::new(), "Any country".to_owned()))
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
    let sections = std::iter::once((String::new(), "Any section".to_owned()))
        .chain(
            Section::ALL
                .iter()
                .map(|s| (s.code().to_owned(), s.name().text())),
        )
        .collect::<Vec<_>>();
    let activities = std::iter::once((String::new(), "Any activity type".to_owned()))
        .chain(
            ActivityType::ALL
                .iter()
                .map(|a| (a.code().to_owned(), a.name().text())),
        )
        .collect::<Vec<_>>();

    view! {
        <section class="traces register">
            {search_form_header(instance, "Operator")}
            <p class="lead">
                "Search for the operator you work for, tick the box behind it and click “Request Authorisation”. You can tick several operators, also on several pages."
            </p>
            <ErrorSummary form />
            <form class="form search-form" role="search" novalidate on:submit=submit>
                <SelectField form name=field::COUNTRY label="Country" value=country options=Signal::derive(country_options) />
                <SelectField form name=field::SECTION label="Section" value=section options=sections />
                <SelectField
                    form
                    name=field::ACTIVITY
                    label="Activity type"
                    value=activity
                    options=activities
                />
                <TextField
                    form
                    name=field::NAME
                    label="Name"
                    value=name
                    hint="Part of the name is enough; capitals and accents do not matter."
                    verbatim=true
                />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || state.loading.get()>
                        "Search"
                    </button>
                </div>
            </form>
            <SearchResults state on_page=fetch />
            <Show when=move || state.searched.get()>
                <div class="callout create-new">
                    <p>"When you are sure that you cannot find the operator you work for, you can create it."</p>
                    <p>
                        <A
                            href=format!("/{}/register/operator/new", instance.slug())
                            attr:class="button button-secondary"
                        >
                            "Create new Operator"
                        </A>
                    </p>
                </div>
            </Show>
        </section>
    }
}
