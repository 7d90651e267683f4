//! One module per user-facing area; each page owns its route's data loading.

pub mod eulogin;
mod landing;
mod mailbox;
mod not_found;
pub mod queue;
pub mod traces;
mod training;
mod welcome;

pub use landing::Landing;
pub use mailbox::Mailbox;
pub use not_found::NotFound;
pub use welcome::Welcome;
