//! Reusable pieces of the interface: props in, callbacks out.

mod footer;
mod language_chooser;
mod top_bar;

pub use footer::Footer;
pub use language_chooser::LanguageChooser;
pub use top_bar::TopBar;
