//! Configuration from flags and `TRACES_*` environment variables (`server --help` lists all).

use clap::builder::BoolishValueParser;
use clap::{Args, Parser, Subcommand};
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Parser, Debug, Clone)]
#[command(
    name = "server",
    version,
    about = "TRACES NT registration: EU Login sign-up, TRACES role requests and their approval.\n\
             Serves the production instance under /production and the training instance under /training."
)]
pub struct Cli {
    /// Without a command: serve.
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub config: Config,
}

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// The organisation directory (operators, control bodies, authorities).
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// People with special powers on an instance.
    #[command(subcommand)]
    Admin(AdminCommand),
}

#[derive(Subcommand, Debug, Clone)]
pub enum AdminCommand {
    /// Makes an EU Login account a Commission user of one instance: it decides every
    /// authorisation request there, including those for Central Competent Authorities.
    #[command(
        long_about = "Makes an existing EU Login account a Commission user of one instance. A Commission user decides every authorisation request of the instance, including requests to join a Central Competent Authority, which nobody else but that authority's Administrators can decide. The person signs up first (\"Create an account\" and the e-mailed link); then run this command with their e-mail address. Running it again for the same person changes nothing. The grant is written to the audit log."
    )]
    CreateCommissionUser {
        /// `production` or `training`.
        #[arg(long, value_parser = |s: &str| app::domain::Instance::parse(s).map_err(|e| e.to_string()))]
        instance: app::domain::Instance,
        /// The e-mail address of the person's EU Login account.
        #[arg(long)]
        email: String,
    },
    /// Gives an EU Login account the trainer role: it may reset the training instance to its
    /// demo world (the Commission persona of the demo has the role already).
    GrantTrainer {
        /// The e-mail address of the person's EU Login account.
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand, Debug, Clone)]
pub enum DirectoryCommand {
    /// Imports organisations from a CSV file into one instance; checks every row first and
    /// imports nothing if any row is bad.
    #[command(
        long_about = "Imports organisations from a CSV file into one instance. Every row is checked with the rules of the app first; if any row is bad, nothing is imported and each problem is reported with its row number.\n\n\
The first row names the columns, in any order (blank cells are absent):\n\
  kind                 operator, control_body or authority\n\
  name, country        the name as registered; ISO 3166-1 code (DE, FR, GR…)\n\
  status               valid (blank), new, rejected or inactive\n\
  operators:           address, city, postcode, section (ORGANIC_OPERATOR), activity (IMPORTER, FIRST_CONSIGNEE, EXPORTER, PRODUCER, PROCESSOR), phone, fax, email, website (at least one), eori (mandatory for importers)\n\
  authorities:         authority_role (BCP or CCA)\n\
  control bodies:      code (AB-CDE-999, like DE-OKO-006), certified_countries (codes separated by spaces, commas or ;; blank: the code's country)"
    )]
    Import {
        /// `production` or `training`.
        #[arg(long, value_parser = |s: &str| app::domain::Instance::parse(s).map_err(|e| e.to_string()))]
        instance: app::domain::Instance,
        /// The CSV file (UTF-8).
        #[arg(long)]
        file: PathBuf,
    },
}

#[derive(Args, Debug, Clone)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "TRACES_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Directory for the SQLite database (and other data). Created if missing.
    #[arg(long, env = "TRACES_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// Database URL. Unset: SQLite file `traces.sqlite` in the data directory.
    /// Only `sqlite:` URLs are supported by this version.
    #[arg(long, env = "TRACES_DATABASE_URL")]
    pub database_url: Option<String>,

    /// SMTP server for outgoing mail, e.g. `smtps://user:pass@mail.example.org:465`.
    /// Unset: mail is kept in the built-in mailbox.
    #[arg(long, env = "TRACES_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Sender of outgoing mail.
    #[arg(
        long,
        env = "TRACES_MAIL_FROM",
        default_value = "TRACES NT <no-reply@traces.localhost>"
    )]
    pub mail_from: String,

    /// Origin used in e-mailed links, e.g. `https://traces.example.org`. Never taken from the
    /// request's Host header. Unset: `http://` followed by the listen address.
    #[arg(long, env = "TRACES_PUBLIC_URL", value_parser = PublicUrl::parse)]
    pub public_url: Option<PublicUrl>,

    /// Test mode for browser tests: the captcha image carries its answer. Never use in production.
    #[arg(
        long,
        env = "TRACES_TEST_MODE",
        value_parser = BoolishValueParser::new(),
        default_value = "false",
        num_args = 0..=1,
        default_missing_value = "true"
    )]
    pub test_mode: bool,

    /// Load the demo world into the training instance on the first start (when the training
    /// instance is empty). Off: training starts empty until a trainer resets it.
    #[arg(
        long,
        env = "TRACES_TRAINING_DEMO",
        value_parser = BoolishValueParser::new(),
        default_value = "true",
        num_args = 0..=1,
        default_missing_value = "true"
    )]
    pub training_demo: bool,

    /// Directory of the app built by Trunk (index.html, wasm, js, css).
    #[arg(long, env = "TRACES_DIST_DIR", default_value = "dist")]
    pub dist_dir: PathBuf,
}

impl Config {
    /// The configuration with every default, listening on `addr`, keeping data in `data_dir`.
    pub fn with_defaults(addr: SocketAddr, data_dir: PathBuf) -> Self {
        let mut cli = Cli::parse_from(["server"]);
        cli.config.addr = addr;
        cli.config.data_dir = data_dir;
        cli.config
    }

    /// The origin for links in e-mails.
    pub fn public_url(&self, bound: SocketAddr) -> PublicUrl {
        self.public_url
            .clone()
            .unwrap_or_else(|| PublicUrl(format!("http://{bound}")))
    }
}

/// An `http` or `https` origin without a path, query or trailing slash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    pub fn parse(input: &str) -> Result<Self, String> {
        let trimmed = input.trim().trim_end_matches('/');
        let rest = trimmed
            .strip_prefix("https://")
            .or_else(|| trimmed.strip_prefix("http://"))
            .ok_or("the public URL must start with http:// or https://")?;
        if rest.is_empty() {
            return Err("the public URL needs a host name".into());
        }
        if rest.contains(['/', '?', '#', '@', ' ']) {
            return Err("the public URL is an origin only: scheme, host and port, no path".into());
        }
        Ok(PublicUrl(trimmed.to_owned()))
    }

    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_origins() {
        assert_eq!(
            PublicUrl::parse("https://traces.example.org/")
                .unwrap()
                .as_str(),
            "https://traces.example.org"
        );
        assert!(PublicUrl::parse("http://127.0.0.1:3000").is_ok());
        for bad in [
            "traces.example.org",
            "ftp://x",
            "https://",
            "https://x/path",
            "https://u@x",
        ] {
            assert!(PublicUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn defaults_match_the_readme() {
        let config = Cli::parse_from(["server"]).config;
        assert_eq!(config.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.data_dir, PathBuf::from("./data"));
        assert!(!config.test_mode);
        assert!(config.smtp_url.is_none());
    }

    #[test]
    fn test_mode_accepts_one_and_true() {
        for value in ["1", "true", "yes"] {
            let config = Cli::parse_from(["server", &format!("--test-mode={value}")]).config;
            assert!(config.test_mode, "{value}");
        }
        assert!(Cli::parse_from(["server", "--test-mode"]).config.test_mode);
    }
}
