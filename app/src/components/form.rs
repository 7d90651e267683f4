//! What every form shares: the messages of its fields, the error summary ("There is a
//! problem"), and labelled fields that show their message next to them.
//!
//! A form checks a field when the user leaves it (only once they have typed in it) and every
//! field on submit, with the same `domain` rules the server runs again. Messages from the
//! server (`ApiError::Validation`) land in the same places.

use crate::api::{ApiError, FieldError};
use crate::domain::Language;
use crate::i18n::Message;
use crate::t;
use leptos::either::Either;
use leptos::prelude::*;

/// A field's check: the message to show, or `None` when it is fine.
pub type Check = Callback<(), Option<Message>>;

/// The messages of one form. `Copy`, so that every field and handler can hold it.
#[derive(Clone, Copy)]
pub struct FormErrors {
    /// Prepended to field names to make element ids unique on the page.
    prefix: &'static str,
    /// The form's field names, in the order of the form.
    fields: &'static [&'static str],
    /// The message next to each field.
    messages: RwSignal<Vec<FieldError>>,
    /// What the summary lists: the field messages of the last submit.
    summary: RwSignal<Vec<FieldError>>,
    /// Problems that belong to no field (a refused login, the server out of reach), kept as
    /// messages so that they follow a change of language.
    general: RwSignal<Vec<Message>>,
    /// Fields the user has typed in or changed.
    touched: StoredValue<Vec<&'static str>>,
}

impl FormErrors {
    pub fn new(prefix: &'static str, fields: &'static [&'static str]) -> Self {
        Self {
            prefix,
            fields,
            messages: RwSignal::new(Vec::new()),
            summary: RwSignal::new(Vec::new()),
            general: RwSignal::new(Vec::new()),
            touched: StoredValue::new(Vec::new()),
        }
    }

    /// The element id of a field (what summary links point to).
    pub fn id(&self, field: &str) -> String {
        format!("{}{field}", self.prefix)
    }

    pub fn summary_id(&self) -> String {
        format!("{}error-summary", self.prefix)
    }

    /// The message next to a field, in the language in force (reactive).
    pub fn message(&self, field: &str) -> Option<String> {
        self.messages.with(|all| {
            all.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.text())
        })
    }

    fn has_message_untracked(&self, field: &str) -> bool {
        self.messages
            .with_untracked(|all| all.iter().any(|e| e.field == field))
    }

    /// Shows or clears the message next to one field; the summary waits for the next submit.
    pub fn set(&self, field: &str, message: Option<Message>) {
        self.messages.update(|all| {
            all.retain(|e| e.field != field);
            if let Some(message) = message {
                all.push(FieldError::new(field, message));
            }
        });
    }

    pub fn touch(&self, field: &'static str) {
        self.touched.update_value(|t| {
            if !t.contains(&field) {
                t.push(field);
            }
        });
    }

    pub fn is_touched(&self, field: &str) -> bool {
        self.touched.with_value(|t| t.contains(&field))
    }

    /// After a submit every field counts as touched.
    pub fn touch_all(&self) {
        self.touched.set_value(self.fields.to_vec());
    }

    /// The problems found on submit: next to their fields and in the summary, which takes the
    /// focus so that screen readers read it and keyboard users start from it.
    pub fn show(&self, mut errors: Vec<FieldError>) {
        self.order(&mut errors);
        self.messages.set(errors.clone());
        self.summary.set(errors);
        self.general.set(Vec::new());
        crate::browser::focus_later(self.summary_id());
    }

    /// An error from the server: field messages as for `show`, anything else in the summary.
    pub fn show_api_error(&self, error: &ApiError) {
        let (mut ours, others): (Vec<FieldError>, Vec<FieldError>) = match error {
            ApiError::Validation(errors) => errors
                .iter()
                .cloned()
                .partition(|e| self.fields.contains(&e.field.as_str())),
            _ => (Vec::new(), Vec::new()),
        };
        let general = match error {
            ApiError::Validation(_) => others.into_iter().map(|e| e.message).collect(),
            other => vec![other.message()],
        };
        self.order(&mut ours);
        self.messages.set(ours.clone());
        self.summary.set(ours);
        self.general.set(general);
        crate::browser::focus_later(self.summary_id());
    }

    pub fn clear(&self) {
        self.messages.set(Vec::new());
        self.summary.set(Vec::new());
        self.general.set(Vec::new());
    }

    fn order(&self, errors: &mut [FieldError]) {
        let position = |e: &FieldError| self.fields.iter().position(|f| *f == e.field);
        errors.sort_by_key(position);
    }

    /// When the user leaves a field they have typed in: check it.
    pub(crate) fn left(&self, field: &'static str, check: Option<Check>) {
        if let Some(check) = check {
            if self.is_touched(field) {
                self.set(field, check.run(()));
            }
        }
    }

    /// While the user types in a field that shows a message: clear it as soon as the field is
    /// right, but do not add new messages mid-word.
    pub(crate) fn typed(&self, field: &'static str, check: Option<Check>) {
        self.touch(field);
        if let Some(check) = check {
            if self.has_message_untracked(field) && check.run(()).is_none() {
                self.set(field, None);
            }
        }
    }

    /// `aria-describedby` for a field: its hint, its message, anything else that explains it.
    pub(crate) fn described_by(
        &self,
        field: &'static str,
        has_hint: bool,
        extra: &[String],
    ) -> Option<String> {
        let id = self.id(field);
        let mut ids = Vec::new();
        if has_hint {
            ids.push(format!("{id}-hint"));
        }
        if self.message(field).is_some() {
            ids.push(format!("{id}-error"));
        }
        ids.extend(extra.iter().cloned());
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// "There is a problem": the form's problems, each a link to its field. Shown after a submit
/// that found some; it takes the focus then.
#[component]
pub fn ErrorSummary(
    form: FormErrors,
    /// 2 on a page with one form; 3 inside the sections of the account page.
    #[prop(default = 2)]
    heading_level: u8,
) -> impl IntoView {
    let visible =
        move || form.summary.with(|s| !s.is_empty()) || form.general.with(|g| !g.is_empty());
    let title_id = format!("{}-title", form.summary_id());
    let title = {
        let id = title_id.clone();
        if heading_level >= 3 {
            Either::Left(
                view! { <h3 id=id class="error-summary-title">{t!("form-error-summary-title")}</h3> },
            )
        } else {
            Either::Right(
                view! { <h2 id=id class="error-summary-title">{t!("form-error-summary-title")}</h2> },
            )
        }
    };
    let items = move || {
        form.summary
            .get()
            .into_iter()
            .map(|error| {
                let id = form.id(&error.field);
                let href = format!("#{id}");
                // Without Leptos' `delegation` feature (off here) this listener sits on the link
                // itself, so it runs before the router's handler on `window`, which would treat
                // the fragment as a navigation and not move the focus.
                let go = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    crate::browser::focus(&id);
                };
                view! {
                    <li>
                        <a href=href on:click=go>
                            {move || error.message.text()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div
            class="error-summary"
            id=form.summary_id()
            role="alert"
            tabindex="-1"
            aria-labelledby=title_id
            hidden=move || !visible()
        >
            {title}
            {move || {
                let text = form
                    .general
                    .with(|g| g.iter().map(Message::text).collect::<Vec<_>>().join(" "));
                (!text.is_empty()).then(|| view! { <p>{text}</p> })
            }}
            {move || form.summary.with(|s| !s.is_empty()).then(|| view! { <ul>{items}</ul> })}
        </div>
    }
}

/// A labelled text input (text, e-mail, password) with its hint, message and warning.
#[component]
pub fn TextField(
    form: FormErrors,
    /// The field's name, as in `FieldError::field`.
    name: &'static str,
    /// `t!("…")`, so that it follows the language (plain text is taken too).
    #[prop(into)]
    label: TextProp,
    value: RwSignal<String>,
    /// `type`: "text", "email", "password".
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// Help shown under the label.
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// The rule run when the user leaves the field.
    #[prop(optional, into)]
    check: Option<Check>,
    /// Anything else to do when the user leaves the field.
    #[prop(optional, into)]
    on_leave: Option<Callback<()>>,
    /// A note that does not block submitting (a name that looks like a company's).
    #[prop(optional, into)]
    warning: Option<Signal<Option<Message>>>,
    /// Ids of other elements that describe the field (a strength meter).
    #[prop(optional)]
    described_by: Vec<String>,
    /// Names, codes and addresses are not words: no spelling checks, no capitals.
    #[prop(optional)]
    verbatim: bool,
    /// Mandatory: a "*" after the label and `aria-required` (may change, like the EORI number).
    #[prop(optional, into)]
    required: MaybeProp<bool>,
) -> impl IntoView {
    let id = form.id(name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let warning_id = format!("{id}-warning");
    let warning = warning.unwrap_or_else(|| Signal::derive(|| None));
    let has_hint = hint.is_some();
    let describedby = {
        let warning_id = warning_id.clone();
        move || {
            let mut extra = described_by.clone();
            if warning.with(Option::is_some) {
                extra.push(warning_id.clone());
            }
            form.described_by(name, has_hint, &extra)
        }
    };
    let invalid = move || form.message(name).is_some().then_some("true");
    let leave = move |ev: leptos::ev::FocusEvent| {
        if !crate::browser::focus_goes_to_submit(&ev) {
            form.left(name, check);
        }
        if let Some(on_leave) = on_leave {
            on_leave.run(());
        }
    };
    let input = move |ev| {
        value.set(event_target_value(&ev));
        form.typed(name, check);
    };
    view! {
        <div class="field" class:field-invalid=move || form.message(name).is_some()>
            <label for=id.clone()>{move || label.get()}<RequiredMark required /></label>
            {field_hint(hint, hint_id)}
            <FieldMessage form name id=error_id />
            <input
                id=id
                name=name
                type=kind
                aria-required=move || required.get().unwrap_or(false).then_some("true")
                autocomplete=autocomplete
                spellcheck=verbatim.then_some("false")
                autocapitalize=verbatim.then_some("none")
                aria-invalid=invalid
                aria-describedby=describedby
                prop:value=move || value.get()
                on:input=input
                on:blur=leave
            />
            // Always there, so that a warning appearing in it is read out.
            <div id=warning_id role="status">
                {move || {
                    warning.get().map(|message| view! { <p class="warning">{message.text()}</p> })
                }}
            </div>
        </div>
    }
}

/// A labelled multi-line text field with its hint and message.
#[component]
pub fn TextAreaField(
    form: FormErrors,
    name: &'static str,
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(optional, into)] hint: Option<TextProp>,
    /// Characters at most (the browser stops typing there).
    #[prop(optional)]
    max_length: Option<usize>,
) -> impl IntoView {
    let id = form.id(name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    view! {
        <div class="field" class:field-invalid=move || form.message(name).is_some()>
            <label for=id.clone()>{move || label.get()}</label>
            {field_hint(hint, hint_id)}
            <FieldMessage form name id=error_id />
            <textarea
                id=id
                name=name
                rows="4"
                maxlength=max_length
                aria-invalid=move || form.message(name).is_some().then_some("true")
                aria-describedby=move || form.described_by(name, has_hint, &[])
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    form.typed(name, None);
                    form.set(name, None);
                }
            ></textarea>
        </div>
    }
}

/// A labelled choice among `options` (value, text), the first usually "Any …".
#[component]
pub fn SelectField(
    form: FormErrors,
    name: &'static str,
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    /// (value, text) pairs; a signal where the texts follow the language (country names).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] hint: Option<TextProp>,
    /// Mandatory: a "*" after the label and `aria-required`.
    #[prop(optional, into)]
    required: MaybeProp<bool>,
) -> impl IntoView {
    let id = form.id(name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let change = move |ev| {
        value.set(event_target_value(&ev));
        form.touch(name);
        form.set(name, None);
    };
    view! {
        <div class="field" class:field-invalid=move || form.message(name).is_some()>
            <label for=id.clone()>{move || label.get()}<RequiredMark required /></label>
            {field_hint(hint, hint_id)}
            <FieldMessage form name id=error_id />
            <select
                id=id
                name=name
                aria-required=move || required.get().unwrap_or(false).then_some("true")
                aria-invalid=move || form.message(name).is_some().then_some("true")
                aria-describedby=move || form.described_by(name, has_hint, &[])
                on:change=change
            >
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(code, text)| {
                            let selected = {
                                let code = code.clone();
                                move || value.with(|v| *v == code)
                            };
                            view! {
                                <option value=code selected=selected>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// The help under a field's label, if it has one.
fn field_hint(hint: Option<TextProp>, id: String) -> impl IntoView {
    hint.map(|hint| view! { <p class="field-hint" id=id>{move || hint.get()}</p> })
}

/// The "*" of a mandatory field. Screen readers skip it: the control says `aria-required`.
#[component]
pub(crate) fn RequiredMark(required: MaybeProp<bool>) -> impl IntoView {
    move || {
        required.get().unwrap_or(false).then(|| {
            view! {
                <span class="required-mark" aria-hidden="true">
                    " *"
                </span>
            }
        })
    }
}

/// The message next to a field, in a live region so that it is read out when it appears.
#[component]
pub(crate) fn FieldMessage(form: FormErrors, name: &'static str, id: String) -> impl IntoView {
    view! {
        <div aria-live="polite">
            {move || {
                form.message(name)
                    .map(|message| {
                        view! {
                            <p class="field-error" id=id.clone()>
                                <span class="visually-hidden">{t!("form-error-prefix")}" "</span>
                                {message}
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// A checkbox with its label on the right, and whatever explains it after.
#[component]
pub fn CheckboxField(
    form: FormErrors,
    name: &'static str,
    #[prop(into)] label: TextProp,
    checked: RwSignal<bool>,
    #[prop(optional, into)] check: Option<Check>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let id = form.id(name);
    let error_id = format!("{id}-error");
    let change = move |ev| {
        checked.set(event_target_checked(&ev));
        form.touch(name);
        form.left(name, check);
    };
    view! {
        <div class="field field-checkbox" class:field-invalid=move || form.message(name).is_some()>
            <FieldMessage form name id=error_id />
            <div class="checkbox-row">
                <input
                    id=id.clone()
                    name=name
                    type="checkbox"
                    aria-invalid=move || form.message(name).is_some().then_some("true")
                    aria-describedby=move || form.described_by(name, false, &[])
                    prop:checked=move || checked.get()
                    on:change=change
                />
                <label for=id>{move || label.get()}</label>
            </div>
            {children.map(|children| children())}
        </div>
    }
}

/// A choice among the 24 official languages, each in its own name; `value` is the code.
#[component]
pub fn LanguageSelect(
    form: FormErrors,
    name: &'static str,
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    #[prop(optional, into)] hint: Option<TextProp>,
) -> impl IntoView {
    let id = form.id(name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let change = move |ev| {
        value.set(event_target_value(&ev));
        form.touch(name);
        form.set(name, None);
    };
    view! {
        <div class="field" class:field-invalid=move || form.message(name).is_some()>
            <label for=id.clone()>{move || label.get()}</label>
            {field_hint(hint, hint_id)}
            <FieldMessage form name id=error_id />
            <select
                id=id
                name=name
                aria-invalid=move || form.message(name).is_some().then_some("true")
                aria-describedby=move || form.described_by(name, has_hint, &[])
                on:change=change
            >
                {Language::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option
                                value=lang.code()
                                lang=lang.code()
                                selected=move || value.with(|v| v == lang.code())
                            >
                                {lang.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &["username", "email", "captcha_answer"];

    // Ids that no catalog has show as themselves: enough to see where each message goes.
    const WRONG_CODE: Message = Message::new("test-wrong-code");
    const TAKEN: Message = Message::new("test-username-taken");
    const ELSE: Message = Message::new("test-something-else");

    #[test]
    fn server_messages_for_our_fields_go_next_to_them_and_others_to_the_summary() {
        let owner = Owner::new();
        owner.with(|| {
            let form = FormErrors::new("x-", FIELDS);
            form.show_api_error(&ApiError::Validation(vec![
                FieldError::new("captcha_answer", WRONG_CODE),
                FieldError::new("username", TAKEN),
                FieldError::new("elsewhere", ELSE),
            ]));
            assert_eq!(form.message("username"), Some(TAKEN.text()));
            let listed: Vec<String> = form
                .summary
                .get_untracked()
                .into_iter()
                .map(|e| e.field)
                .collect();
            assert_eq!(listed, ["username", "captcha_answer"]);
            assert_eq!(form.general.get_untracked(), [ELSE]);
            assert_eq!(form.id("email"), "x-email");
        });
    }

    #[test]
    fn other_server_errors_are_one_message_in_the_summary() {
        let owner = Owner::new();
        owner.with(|| {
            let form = FormErrors::new("", FIELDS);
            form.set("email", Some(WRONG_CODE));
            form.show_api_error(&ApiError::Unauthenticated);
            assert_eq!(form.message("email"), None);
            assert_eq!(
                form.general.get_untracked(),
                [ApiError::Unauthenticated.message()]
            );
        });
    }
}
