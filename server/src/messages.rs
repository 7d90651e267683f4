//! Arguments that the services and the store put into their messages.

use app::i18n::Arg;

/// A country's name as a message argument, put into words in the reader's language: the
/// catalogs name every country `country-XX` (its ISO 3166-1 code).
pub fn country(code: &str) -> Arg {
    Arg::Message(format!("country-{}", code.to_ascii_uppercase()).into())
}

#[cfg(test)]
mod tests {
    use app::i18n::Message;

    /// Statuses are stored codes that choose the words (a variant per status in each language);
    /// in English the words are the codes, as before, and an unknown code is shown as it is.
    #[test]
    fn a_status_chooses_its_words_and_an_unknown_one_shows_as_it_is() {
        let closed = |status: &str| {
            Message::new("error-organisation-closed")
                .with("name", "Bio & Co")
                .with("status", status)
                .to_string()
        };
        assert_eq!(
            closed("inactive"),
            "“Bio & Co” is inactive and takes no new requests. Search again and tick another organisation."
        );
        assert_eq!(
            closed("merged"),
            "“Bio & Co” is merged and takes no new requests. Search again and tick another organisation."
        );
        assert_eq!(
            Message::new("error-notification-other")
                .with("organisation", "Bio & Co")
                .with("country", "PL")
                .with("status", "revoked")
                .to_string(),
            "Your request to join “Bio & Co” (PL) is now revoked"
        );
        assert_eq!(
            Message::new("error-admin-not-valid")
                .with("id", "7")
                .with("status", "pending")
                .to_string(),
            "Request 7 is not a valid post (it is pending): only the holder of a valid post can be an Administrator."
        );
    }
}
