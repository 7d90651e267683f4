//! The polite live region that says how an action on a page went: green when it worked, the
//! reason when it did not.

use leptos::prelude::*;

/// `Ok(text)` shows as a success, `Err(text)` as a problem; nothing while `None`.
#[component]
pub fn OutcomeMessage(message: RwSignal<Option<Result<String, String>>>) -> impl IntoView {
    view! {
        <div role="status" class="message-region">
            {move || {
                message
                    .get()
                    .map(|m| match m {
                        Ok(text) => view! { <p class="success">{text}</p> }.into_any(),
                        Err(text) => view! { <p class="field-error">{text}</p> }.into_any(),
                    })
            }}
        </div>
    }
}
