//! Integration tests: each starts the real server on a loopback port with a fresh SQLite file
//! and talks to it over HTTP.

mod approvals;
mod authorisation;
mod crash;
mod eulogin;
mod fuzz;
mod helpers;
mod http_surface;
mod mail;
mod preferences;
mod storage;
mod system;
mod traces;
mod training;
