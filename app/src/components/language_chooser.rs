//! "On the top right you can choose your language": the 24 official EU languages, each in its
//! own name. The choice is remembered by the server (a cookie now, the account later).

use crate::api::preferences::set_language;
use crate::app::UiLanguage;
use crate::domain::Language;
use crate::t;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LanguageChooser() -> impl IntoView {
    let UiLanguage(language) = expect_context();
    let problem = RwSignal::new(None::<String>);

    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        let Ok(chosen) = Language::parse(&code) else {
            return;
        };
        spawn_local(async move {
            if let Err(err) = crate::i18n::switch_to(chosen).await {
                problem.set(Some(err.to_string()));
                return;
            }
            match set_language(chosen.code().to_owned()).await {
                Ok(_) => problem.set(None),
                Err(err) => problem.set(Some(crate::i18n::text(
                    "language-not-remembered",
                    &[("problem", err.to_string().into())],
                ))),
            }
        });
    };

    view! {
        <div class="language-chooser">
            <label for="language-chooser" class="visually-hidden">{t!("language-chooser-label")}</label>
            <select id="language-chooser" name="language" on:change=on_change>
                {Language::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option
                                value=lang.code()
                                lang=lang.code()
                                selected=move || language.get() == lang
                            >
                                {lang.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <span class="chooser-problem" role="status">{move || problem.get()}</span>
        </div>
    }
}
