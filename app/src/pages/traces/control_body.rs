//! `/{instance}/register/control-body`: "You can search by country and the name of your
//! control body", then tick single countries, or the tick box on top of the list for all.

use super::operator::country_options;
use super::posts::{SearchResults, SearchState, PAGE_SIZE};
use super::{instance_page, search_form_header};
use crate::api::traces::{field, search_control_bodies};
use crate::components::{ErrorSummary, FormErrors, SelectField, TextField};
use crate::domain::{Instance, RoleKind};
use crate::t;
use leptos::prelude::*;

const FIELDS: &[&str] = &[field::COUNTRY, field::NAME];

#[component]
pub fn RegisterControlBody() -> impl IntoView {
    instance_page(|instance| view! { <ControlBodySearch instance /> })
}

#[component]
fn ControlBodySearch(instance: Instance) -> impl IntoView {
    let form = FormErrors::new("search-", FIELDS);
    let state = SearchState::new(instance, RoleKind::ControlBody, form);
    let country = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let query = StoredValue::new((String::new(), String::new()));
    let fetch = Callback::new(move |after: Option<String>| {
        let (country, name) = query.get_value();
        let country = (!country.is_empty()).then_some(country);
        state.load(
            after.clone(),
            search_control_bodies(instance, country, name, after, PAGE_SIZE),
        );
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        query.set_value((country.get_untracked(), name.get_untracked()));
        fetch.run(None);
    };
    view! {
        <section class="traces register">
            {search_form_header(instance, RoleKind::ControlBody)}
            <p class="lead">{t!("traces-control-body-lead")}</p>
            <ErrorSummary form />
            <form class="form search-form" role="search" novalidate on:submit=submit>
                <SelectField
                    form
                    name=field::COUNTRY
                    label=t!("traces-search-country")
                    value=country
                    options=Signal::derive(country_options)
                    hint=t!("traces-control-body-country-hint")
                />
                <TextField
                    form
                    name=field::NAME
                    label=t!("traces-search-name")
                    value=name
                    hint=t!("traces-control-body-name-hint")
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
