//! `/{instance}/register/operator/new`: "Create new Operator". The closest existing operators
//! come first ("Is it one of these?", with the way to request authorisation for one of them);
//! then "create a new operator", on top of the form, creates the operator (status New) and the
//! request to join it, with what the request popup asks for (additional information, the
//! person's e-mail and phone).

use super::operator::countries_after;
use super::posts::{SearchResults, SearchState};
use super::{instance_page, profile_path};
use crate::api::traces::{
    create_operator, field as request_field, operator_duplicates, OrganisationPage,
    MAX_ADDITIONAL_INFO,
};
use crate::api::FieldError;
use crate::app::Session;
use crate::components::{ErrorSummary, FormErrors, SelectField, TextAreaField, TextField};
use crate::domain::organisation::field;
use crate::domain::{
    ActivityType, Email, Instance, NewOperatorInput, PhoneNumber, RoleKind, Section,
};
use crate::i18n::tr;
use crate::t;
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
    field::EORI,
    field::CONTACT,
    field::PHONE,
    field::FAX,
    field::EMAIL,
    field::WEBSITE,
    request_field::ADDITIONAL_INFO,
    request_field::CONTACT_EMAIL,
    request_field::CONTACT_PHONE,
];

/// The checks of the request part, as the popup's: an e-mail to reach the person, a phone if
/// given. (The server checks them again, with the length of the additional information.)
fn request_problems(email: &str, phone: &str) -> Vec<FieldError> {
    let mut problems = Vec::new();
    if let Err(e) = Email::parse(email, "label-your-email") {
        problems.push(FieldError::new(request_field::CONTACT_EMAIL, e));
    }
    if !phone.trim().is_empty() {
        if let Err(e) = PhoneNumber::parse(phone, "label-your-phone") {
            problems.push(FieldError::new(request_field::CONTACT_PHONE, e));
        }
    }
    problems
}

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
    // The request to join the operator: prefilled from the EU Login account, editable. The
    // account has no phone number, so that one starts empty.
    let additional_info = value();
    let contact_email = RwSignal::new(
        session
            .with_untracked(|u| u.as_ref().map(|u| u.email.clone()))
            .unwrap_or_default(),
    );
    let contact_phone = value();
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
        let (contact_email, contact_phone, additional_info) = (
            contact_email.get_untracked(),
            contact_phone.get_untracked(),
            additional_info.get_untracked(),
        );
        let mut problems = input.parse().err().unwrap_or_default();
        problems.extend(request_problems(&contact_email, &contact_phone));
        if !problems.is_empty() {
            form.touch_all();
            form.show(problems);
            return;
        }
        let confirmed = step.get_untracked() == Step::Duplicates;
        step.set(Step::Sending);
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
            match create_operator(
                instance,
                input,
                contact_email,
                contact_phone,
                additional_info,
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

    // `label` is a message id.
    let text = move |name: &'static str, label: &'static str, value: RwSignal<String>| {
        view! { <TextField form name label=move || tr(label) value verbatim=true /> }
    };
    let required = move |name: &'static str, label: &'static str, value: RwSignal<String>| {
        view! { <TextField form name label=move || tr(label) value verbatim=true required=true /> }
    };
    // Built again when the language changes.
    let sections = Signal::derive(|| {
        Section::ALL
            .iter()
            .map(|s| (s.code().to_owned(), s.name().to_string()))
            .collect()
    });
    let activities = Signal::derive(|| {
        std::iter::once((String::new(), tr("traces-new-operator-choose-activity")))
            .chain(
                ActivityType::ALL
                    .iter()
                    .map(|a| (a.code().to_owned(), a.name().to_string())),
            )
            .collect()
    });
    let countries = Signal::derive(|| countries_after(tr("traces-new-operator-choose-country")));

    view! {
        <section class="traces register new-operator">
            <p class="back">
                <A href=super::register_path(instance, RoleKind::Operator)>
                    {t!("traces-new-operator-back")}
                </A>
            </p>
            <h1>{t!("traces-new-operator-title")}</h1>
            <Show
                when=move || step.get() != Step::Created
                fallback=move || {
                    view! {
                        <div role="status">
                            <p class="success">
                                {t!(
                                    "traces-new-operator-created",
                                    operator = created.get().unwrap_or_default(),
                                )}
                            </p>
                        </div>
                        <p>
                            <A href=profile_path(instance) attr:class="button button-primary">
                                {t!("traces-open-profile")}
                            </A>
                        </p>
                    }
                }
            >
                <Show when=move || step.get() == Step::Duplicates>
                    <div class="callout callout-warning duplicates">
                        <h2 id="duplicates-title" tabindex="-1">
                            {t!("traces-new-operator-duplicates-title")}
                        </h2>
                        <p>{t!("traces-new-operator-duplicates-text")}</p>
                        <SearchResults state=duplicates on_page=Callback::new(|_| ()) />
                    </div>
                </Show>
                <p class="lead">{t!("traces-new-operator-lead")}</p>
                <ErrorSummary form />
                <form class="form" novalidate on:submit=submit>
                    <div class="form-actions form-actions-top">
                        <button
                            type="submit"
                            class="button button-green"
                            disabled=move || step.get() == Step::Sending
                        >
                            {t!("traces-new-operator-create")}
                        </button>
                        <span class="form-progress" role="status">
                            {move || (step.get() == Step::Sending).then(|| tr("traces-new-operator-checking"))}
                        </span>
                    </div>
                    <fieldset class="field-group">
                        <legend>{t!("traces-new-operator-operator")}</legend>
                        {required(field::NAME, "traces-new-operator-name", name)}
                        <SelectField
                            form
                            name=field::COUNTRY
                            label=t!("traces-new-operator-country")
                            value=country
                            options=countries
                            required=true
                        />
                        {required(field::ADDRESS, "traces-new-operator-address", address)}
                        {required(field::CITY, "traces-new-operator-city", city)}
                        {required(field::POSTCODE, "traces-new-operator-postcode", postcode)}
                        <SelectField
                            form
                            name=field::SECTION
                            label=t!("traces-new-operator-section")
                            value=section
                            options=sections
                            required=true
                        />
                        <SelectField
                            form
                            name=field::ACTIVITY
                            label=t!("traces-new-operator-activity")
                            value=activity
                            options=activities
                            required=true
                        />
                        <TextField
                            form
                            name=field::EORI
                            label=t!("traces-new-operator-eori")
                            value=eori
                            hint=t!("traces-new-operator-eori-hint")
                            verbatim=true
                            required=Signal::derive(eori_required)
                        />
                        <p class="field-hint" aria-live="polite">
                            {move || eori_required().then(|| tr("traces-new-operator-eori-mandatory"))}
                        </p>
                    </fieldset>
                    <fieldset
                        class="field-group contact"
                        id=form.id(field::CONTACT)
                        tabindex="-1"
                        aria-describedby="contact-rule"
                    >
                        <legend>
                            {t!("traces-new-operator-contact")}
                            <span class="required-mark" aria-hidden="true">" *"</span>
                        </legend>
                        <p class="field-hint" id="contact-rule">
                            {t!("traces-new-operator-contact-rule")}
                        </p>
                        {move || {
                            form.message(field::CONTACT)
                                .map(|m| view! { <p class="field-error">{m}</p> })
                        }}
                        {text(field::PHONE, "traces-new-operator-phone", phone)}
                        {text(field::FAX, "traces-new-operator-fax", fax)}
                        {text(field::EMAIL, "traces-new-operator-email", email)}
                        {text(field::WEBSITE, "traces-new-operator-website", website)}
                    </fieldset>
                    <fieldset class="field-group">
                        <legend>{t!("traces-new-operator-request")}</legend>
                        <p class="field-hint">{t!("traces-new-operator-request-hint")}</p>
                        <TextAreaField
                            form
                            name=request_field::ADDITIONAL_INFO
                            label=t!("traces-request-additional-info")
                            value=additional_info
                            hint=t!("traces-request-additional-info-hint")
                            max_length=MAX_ADDITIONAL_INFO
                        />
                        <TextField
                            form
                            name=request_field::CONTACT_EMAIL
                            label=t!("traces-new-operator-your-email")
                            value=contact_email
                            kind="email"
                            autocomplete="email"
                            hint=t!("traces-new-operator-your-email-hint")
                            verbatim=true
                            required=true
                        />
                        <TextField
                            form
                            name=request_field::CONTACT_PHONE
                            label=t!("traces-new-operator-your-phone")
                            value=contact_phone
                            kind="tel"
                            autocomplete="tel"
                            verbatim=true
                        />
                    </fieldset>
                </form>
            </Show>
        </section>
    }
}
