//! The strength meter under a new password. The server judges (zxcvbn's dictionaries would
//! weigh ~600 KB in the browser), asked ~300 ms after typing stops. The password is never
//! logged or kept beyond the request.

use crate::api::eulogin::{password_strength, Strength};
use crate::api::ApiError;
use crate::i18n::tr;
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// How long typing must pause before the server is asked.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// The word for a zxcvbn score (0 to 4), in the language in force.
pub fn strength_label(score: u8) -> String {
    tr(match score {
        0 => "strength-very-weak",
        1 => "strength-weak",
        2 => "strength-fair",
        3 => "strength-good",
        _ => "strength-strong",
    })
}

/// A `<meter>` from 0 to 4, its word and the server's hint. `id` is for the password input's
/// `aria-describedby`.
#[component]
pub fn PasswordStrength(#[prop(into)] password: Signal<String>, id: String) -> impl IntoView {
    let judged = RwSignal::new(None::<Result<Strength, ApiError>>);
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
                    let answer = password_strength(typed).await;
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
                    let score = strength.score;
                    let verdict = if strength.acceptable {
                        "strength-enough"
                    } else {
                        "strength-not-enough"
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
                                aria-label=t!("strength-meter")
                            >
                                {move || strength_label(score)}
                            </meter>
                            <p class="strength-text">
                                <strong>
                                    {t!("strength-score", label = strength_label(score))}
                                </strong>
                                " "
                                {move || tr(verdict)}
                                {strength.hint.map(|hint| move || format!(" {hint}"))}
                            </p>
                        }
                            .into_any(),
                    )
                }
                Some(Err(problem)) => {
                    Some(
                        view! {
                            <p class="strength-text">
                                {t!("strength-not-checked", problem = problem.to_string())}
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
