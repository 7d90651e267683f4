//! `/{instance}/register/operator/new`: "Create new Operator". The closest existing operators
//! come first ("Is it one of these?", with the way to request authorisation for one of them);
//! then "create a new operator", on top of the form, creates the operator (status New) and the
//! request to join it.

use super::operator::country_options;
use super::posts::{SearchResults, SearchState};
use super::{instance_page, profile_path};
use crate::api::traces::{create_operator, operator_duplicates, OrganisationPage};
use crate::app::Session;
use crate::components::{ErrorSummary, FormErrors, SelectField, TextField};
use crate::domain::organisation::field;
use crate::domain::{ActivityType, Instance, NewOperatorInput, RoleKind, Section};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

const FIELDS: &[&str] = &[
    field::NAME,
    field::COUNTRY,
    field::ADDRESS,
    field::CITY,
    field::POSTCODE,
    field::SECTION,
    field::ACTIVITY,
    field::PHONE,
    field::FAX,
    field::EMAIL,
    field::WEBSITE,
    field::CONTACT,
    field::EORI,
];

#[component]
pub fn NewOperator() -> impl IntoView {
    instance_page(|instance| view! { <NewOperatorForm instance /> })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Filling in; duplicates not looked for since the last change.
    Form,
    /// The likely duplicates are on show; "create a new operator" again creates it.
    Duplicates,
    Sending,
    Created,
}

#[component]
fn NewOperatorForm(instance: Instance) -> impl IntoView {
    let Session(session) = expect_context();
    let form = FormErrors::new("new-", FIELDS);
    let duplicates = SearchState::new(
        instance,
        RoleKind::Operator,
        FormErrors::new("duplicates-", &[]),
    );
    let key = StoredValue::new(crate::browser::random_key());
    let step = RwSignal::new(Step::Form);
    let created = RwSignal::new(None::<String>);
    let value = || RwSignal::new(String::new());
    let (name, country, address, city, postcode) = (value(), value(), value(), value(), value());
    let section = RwSignal::new(Section::OrganicOperator.code().to_owned());
    let activity = value();
    let (phone, fax, email, website, eori) = (value(), value(), value(), value(), value());
    // Any change means the duplicates must be looked for again.
    Effect::new(move |_| {
        let _ = (name.get(), country.get(), eori.get());
        if step.get_untracked() == Step::Duplicates {
            step.set(Step::Form);
        }
    });
    let eori_required =
        move || ActivityType::parse(&activity.get()).is_ok_and(ActivityType::requires_eori);

    let input = move || NewOperatorInput {
        name: name.get_untracked(),
        country: country.get_untracked(),
        address: address.get_untracked(),
        city: city.get_untracked(),
        postcode: postcode.get_untracked(),
        section: section.get_untracked(),
        activity: activity.get_untracked(),
        phone: phone.get_untracked(),
        fax: fax.get_untracked(),
        email: email.get_untracked(),
        website: website.get_untracked(),
        eori: eori.get_untracked(),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if matches!(step.get_untracked(), Step::Sending | Step::Created) {
            return;
        }
        let input = input();
        if let Err(errors) = input.parse() {
            form.touch_all();
            form.show(errors);
            return;
        }
        let confirmed = step.get_untracked() == Step::Duplicates;
        step.set(Step::Sending);
        let contact_email = session
            .with_untracked(|u| u.as_ref().map(|u| u.email.clone()))
            .unwrap_or_default();
        spawn_local(async move {
            if !confirmed {
                match operator_duplicates(instance, input.clone()).await {
                    Ok(found) if !found.is_empty() => {
                        form.clear();
                        duplicates.page.try_set(Some(OrganisationPage {
                            items: found.into_iter().map(|d| d.organisation).collect(),
                            next: None,
                        }));
                        step.try_set(Step::Duplicates);
                        crate::browser::focus_later("duplicates-title".to_owned());
                        return;
                    }
                    Ok(_) => {}
                    Err(err) => {
                        step.try_set(Step::Form);
                        form.show_api_error(&err);
                        return;
                    }
                }
            }
            let phone = input.phone.clone();
            match create_operator(
                instance,
                input,
                contact_email,
                phone,
                String::new(),
                key.get_value(),
            )
            .await
            {
                Ok(done) => {
                    created.try_set(Some(done.organisation.name));
                    step.try_set(Step::Created);
                }
                Err(err) => {
                    step.try_set(Step::Form);
                    form.show_api_error(&err);
                }
            }
        });
    };

    let text = move |name: &'static str, label: &'static str, value: RwSignal<String>| {
        view! { <TextField form name label value verbatim=true /> }
    };
    let sections: Vec<(String, String)> = Section::ALL
        .iter()
        .map(|s| (s.code().to_owned(), s.name().to_owned()))
        .collect();
    let activities: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose an activity type".to_owned()))
            .chain(
                ActivityType::ALL
                    .iter()
                    .map(|a| (a.code().to_owned(), a.name().to_owned())),
            )
            .collect();
    let mut countries = country_options();
    countries[0].1 = "Choose a country".to_owned();

    view! {
        <section class="traces register new-operator">
            <p class="back">
                <A href=super::register_path(instance, RoleKind::Operator)>"Back to the operator search"</A>
            </p>
            <h1>"Create new Operator"</h1>
            <Show
                when=move || step.get() != Step::Created
                fallback=move || {
                    view! {
                        <div role="status">
                            <p class="success">
                                {move || {
                                    format!(
                                        "The operator {} has been created and your request to join it has been registered.",
                                        created.get().unwrap_or_default(),
                                    )
                                }}
                            </p>
                        </div>
                        <p>
                            <A href=profile_path(instance) attr:class="button button-primary">
                                "Open my profile"
                            </A>
                        </p>
                    }
                }
            >
                <Show when=move || step.get() == Step::Duplicates>
                    <div class="callout callout-warning duplicates">
                        <h2 id="duplicates-title" tabindex="-1">"Is it one of these?"</h2>
                        <p>
                            "These operators look like the one you are creating. If you work for one of them, tick it and click “Request Authorisation” instead. If none of them is yours, click “create a new operator” again."
                        </p>
                        <SearchResults state=duplicates on_page=Callback::new(|_| ()) />
                    </div>
                </Show>
                <p class="lead">
                    "Fields marked * are mandatory. Give at least one of phone, fax, e-mail or website. The EORI number is mandatory for organic importers."
                </p>
                <ErrorSummary form />
                <form class="form" novalidate on:submit=submit>
                    <div class="form-actions form-actions-top">
                        <button
                            type="submit"
                            class="button button-green"
                            disabled=move || step.get() == Step::Sending
                        >
                            "create a new operator"
                        </button>
                        <span class="form-progress" role="status">
                            {move || (step.get() == Step::Sending).then_some("Checking…")}
                        </span>
                    </div>
                    {text(field::NAME, "Name *", name)}
                    <SelectField form name=field::COUNTRY label="Country *" value=country options=countries.clone() />
                    {text(field::ADDRESS, "Address *", address)}
                    {text(field::CITY, "City *", city)}
                    {text(field::POSTCODE, "Postcode *", postcode)}
                    <SelectField form name=field::SECTION label="Section *" value=section options=sections.clone() />
                    <SelectField
                        form
                        name=field::ACTIVITY
                        label="Activity type *"
                        value=activity
                        options=activities.clone()
                    />
                    <fieldset class="contact" id=form.id(field::CONTACT) tabindex="-1">
                        <legend>"Contact * (at least one)"</legend>
                        {move || {
                            form.message(field::CONTACT)
                                .map(|m| view! { <p class="field-error">{m}</p> })
                        }}
                        {text(field::PHONE, "Phone", phone)}
                        {text(field::FAX, "Fax", fax)}
                        {text(field::EMAIL, "E-mail", email)}
                        {text(field::WEBSITE, "Website", website)}
                    </fieldset>
                    <TextField
                        form
                        name=field::EORI
                        label="EORI number"
                        value=eori
                        hint="The two-letter country code, then up to 15 letters or digits (DE1234567890). Mandatory for importers."
                        verbatim=true
                    />
                    <p class="field-hint" aria-live="polite">
                        {move || eori_required().then_some("For an importer the EORI number is mandatory.")}
                    </p>
                </form>
            </Show>
        </section>
    }
}
