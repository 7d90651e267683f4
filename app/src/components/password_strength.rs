//! The strength meter under a new password. The server judges (zxcvbn's dictionaries would
//! weigh ~600 KB in the browser), asked ~300 ms after typing stops. The password is never
//! logged or kept beyond the request.

use crate::api::eulogin::{password_strength, Strength};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// How long typing must pause before the server is asked.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// The words for zxcvbn's scores 0 to 4.
pub fn strength_label(score: u8) -> &'static str {
    match score {
        0 => "Very weak",
        1 => "Weak",
        2 => "Fair",
        3 => "Good",
        _ => "Strong",
    }
}

/// A `<meter>` from 0 to 4, its word and the server's hint. `id` is for the password input's
/// `aria-describedby`.
#[component]
pub fn PasswordStrength(#[prop(into)] password: Signal<String>, id: String) -> impl IntoView {
    let judged = RwSignal::new(None::<Result<Strength, String>>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Answers can overtake each other: only the one for the latest password is shown.
    let asked = StoredValue::new(0u32);

    Effect::new(move |_| {
        let typed = password.get();
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        asked.update_value(|n| *n = n.wrapping_add(1));
        let this_time = asked.get_value();
        if typed.is_empty() {
            judged.set(None);
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                spawn_local(async move {
                    let answer = password_strength(typed).await.map_err(|e| e.to_string());
                    if asked.try_get_value() == Some(this_time) {
                        judged.set(Some(answer));
                    }
                });
            },
            DEBOUNCE,
        )
        .ok();
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = timer.try_get_value() {
            handle.clear();
        }
    });

    let meter_id = format!("{id}-meter");
    view! {
        <div class="strength" id=id aria-live="polite">
            {move || match judged.get() {
                None => None,
                Some(Ok(strength)) => {
                    let label = strength_label(strength.score);
                    let verdict = if strength.acceptable {
                        "strong enough"
                    } else {
                        "not strong enough yet"
                    };
                    Some(
                        view! {
                            <meter
                                id=meter_id.clone()
                                min="0"
                                max="4"
                                low="2"
                                high="3"
                                optimum="4"
                                value=strength.score.to_string()
                                aria-label="Password strength"
                            >
                                {label}
                            </meter>
                            <p class="strength-text">
                                <strong>{format!("Strength: {label}")}</strong>
                                {format!(" ({verdict}).")}
                                {strength.hint.map(|hint| format!(" {hint}"))}
                            </p>
                        }
                            .into_any(),
                    )
                }
                Some(Err(problem)) => {
                    Some(
                        view! {
                            <p class="strength-text">
                                {format!("The strength could not be checked: {problem}")}
                            </p>
                        }
                            .into_any(),
                    )
                }
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::strength_label;

    #[test]
    fn every_score_has_a_word() {
        let words: Vec<_> = (0..=4).map(strength_label).collect();
        assert_eq!(words, ["Very weak", "Weak", "Fair", "Good", "Strong"]);
    }
}
