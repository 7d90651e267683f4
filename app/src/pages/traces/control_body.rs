//! `/{instance}/register/control-body`: "You can search by country and the name of your
//! control body", then tick single countries, or the tick box on top of the list for all.

use super::operator::country_options;
use super::posts::{SearchResults, SearchState, PAGE_SIZE};
use super::{instance_page, search_form_header};
use crate::api::traces::{field, search_control_bodies};
use crate::components::{ErrorSummary, FormErrors, SelectField, TextField};
use crate::domain::{Instance, RoleKind};
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
            {search_form_header(instance, "Organic Control Body")}
            <p class="lead">
                "Search for your control body. If you certify for a single country, tick the box of that country; if you certify for all the countries your control body certifies in, tick “All countries” on top of its list. Then click “Request Authorisation”."
            </p>
            <ErrorSummary form />
            <form class="form search-form" role="search" novalidate on:submit=submit>
                <SelectField
                    form
                    name=field::COUNTRY
                    label="Country"
                    value=country
                    options=Signal::derive(country_options)
                    hint="A country the control body certifies in."
                />
                <TextField
                    form
                    name=field::NAME
                    label="Name"
                    value=name
                    hint="Part of the name or the code is enough."
                    verbatim=true
                />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || state.loading.get()>
                        "Search"
                    </button>
                </div>
            </form>
            <SearchResults state on_page=fetch />
        </section>
    }
}
