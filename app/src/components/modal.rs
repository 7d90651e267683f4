//! A modal dialog for keyboard and screen-reader users: `role="dialog"`, `aria-modal`, named by
//! its heading; Tab and Shift+Tab stay inside it, Escape closes it, and the rest of the page is
//! `inert` while it is open. The caller moves the focus into it when it opens (to its first
//! field) and back to the button that opened it when it closes (`on_close`).

use leptos::prelude::*;

/// Marks the elements this dialog made inert, so that closing it frees exactly those.
#[cfg_attr(not(feature = "csr"), allow(dead_code))]
const INERT_MARK: &str = "data-inert-by-dialog";

/// What can take the focus inside the dialog.
#[cfg_attr(not(feature = "csr"), allow(dead_code))]
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

#[component]
pub fn Modal(
    /// The dialog element's id.
    id: &'static str,
    /// The id of the heading inside `children` that names the dialog.
    labelled_by: &'static str,
    /// Escape (and whatever close button the children have) asks for this.
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    // Once the dialog is in the document: everything around it becomes inert. If the dialog is
    // gone again by then, nothing is done.
    #[cfg(feature = "csr")]
    request_animation_frame(move || make_background_inert(id));
    on_cleanup(free_background);

    let keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            ev.stop_propagation();
            on_close.run(());
        }
        "Tab" => keep_tab_inside(&ev, id),
        _ => {}
    };

    view! {
        <div class="modal-backdrop">
            <div
                id=id
                class="modal"
                role="dialog"
                aria-modal="true"
                aria-labelledby=labelled_by
                tabindex="-1"
                on:keydown=keydown
            >
                {children()}
            </div>
        </div>
    }
}

/// Makes every element outside the dialog inert: the siblings of the dialog and of each of its
/// ancestors up to `<body>`.
#[cfg(feature = "csr")]
fn make_background_inert(id: &str) {
    let Some(dialog) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let mut node = dialog;
    while let Some(parent) = node.parent_element() {
        let mut child = parent.first_element_child();
        while let Some(element) = child {
            if element != node && !element.has_attribute("inert") {
                let _ = element.set_attribute("inert", "");
                let _ = element.set_attribute(INERT_MARK, "");
            }
            child = element.next_element_sibling();
        }
        if parent.tag_name().eq_ignore_ascii_case("body") {
            break;
        }
        node = parent;
    }
}

/// Frees what `make_background_inert` made inert.
fn free_background() {
    #[cfg(feature = "csr")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // The page is small; `querySelectorAll` would need one more web-sys feature, and so a
        // rebuild of everything that uses web-sys, for the same result.
        let all = document.get_elements_by_tag_name("*");
        let marked: Vec<web_sys::Element> = (0..all.length())
            .filter_map(|i| all.item(i))
            .filter(|element| element.has_attribute(INERT_MARK))
            .collect();
        for element in marked {
            let _ = element.remove_attribute("inert");
            let _ = element.remove_attribute(INERT_MARK);
        }
    }
}

/// Tab on the last focusable element goes to the first, Shift+Tab on the first (or on the
/// dialog itself) to the last.
fn keep_tab_inside(_ev: &leptos::ev::KeyboardEvent, _id: &str) {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(dialog) = document.get_element_by_id(_id) else {
            return;
        };
        let all = dialog.get_elements_by_tag_name("*");
        let focusable: Vec<web_sys::HtmlElement> = (0..all.length())
            .filter_map(|i| all.item(i))
            .filter(|element| element.matches(FOCUSABLE).unwrap_or(false))
            .filter_map(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            // Not in a hidden part (the error summary before there is a problem).
            .filter(|element| matches!(element.closest("[hidden]"), Ok(None)))
            .collect();
        let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
            _ev.prevent_default();
            return;
        };
        let active = document.active_element();
        let outside = active.as_ref().is_none_or(|a| !dialog.contains(Some(a)));
        let is = |target: &web_sys::HtmlElement| {
            active
                .as_ref()
                .is_some_and(|a| a == target.unchecked_ref::<web_sys::Element>())
        };
        if _ev.shift_key() {
            if outside || is(first) || active.as_ref() == Some(&dialog) {
                _ev.prevent_default();
                let _ = last.focus();
            }
        } else if outside || is(last) {
            _ev.prevent_default();
            let _ = first.focus();
        }
    }
}
