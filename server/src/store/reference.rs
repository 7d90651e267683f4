//! SQL of the reference data loaded by migration 0003: countries, sections, activity types and
//! authority roles. The rows equal the tables of `app::domain`; the test below keeps it so, so
//! that the browser's lists and the database can never drift apart.

use sqlx::SqliteConnection;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CountryRow {
    pub code: String,
    pub name: String,
    pub eu_member: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SectionRow {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ActivityTypeRow {
    pub code: String,
    pub section_code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AuthorityRoleRow {
    pub code: String,
    pub name: String,
    pub acts_as: String,
    pub acts_as_name: String,
    pub formerly: String,
}

/// Every country, by code.
pub async fn countries(conn: &mut SqliteConnection) -> Result<Vec<CountryRow>, sqlx::Error> {
    sqlx::query_as("SELECT code, name, eu_member FROM countries ORDER BY code")
        .fetch_all(conn)
        .await
}

/// Every section, by code.
pub async fn sections(conn: &mut SqliteConnection) -> Result<Vec<SectionRow>, sqlx::Error> {
    sqlx::query_as("SELECT code, name FROM sections ORDER BY code")
        .fetch_all(conn)
        .await
}

/// Every activity type, by code.
pub async fn activity_types(
    conn: &mut SqliteConnection,
) -> Result<Vec<ActivityTypeRow>, sqlx::Error> {
    sqlx::query_as("SELECT code, section_code, name FROM activity_types ORDER BY code")
        .fetch_all(conn)
        .await
}

/// Every authority role, by code.
pub async fn authority_roles(
    conn: &mut SqliteConnection,
) -> Result<Vec<AuthorityRoleRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT code, name, acts_as, acts_as_name, formerly FROM authority_roles ORDER BY code",
    )
    .fetch_all(conn)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;
    use app::domain::{ActivityType, AuthorityRole, CountryCode, Section};

    fn by_code<T>(mut rows: Vec<T>, code: impl Fn(&T) -> String) -> Vec<T> {
        rows.sort_by_key(|row| code(row));
        rows
    }

    #[tokio::test]
    async fn the_database_reference_tables_equal_the_rust_tables() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(None, dir.path()).await.unwrap();
        let mut conn = store.connection().await.unwrap();

        let expected: Vec<CountryRow> = CountryCode::ALL
            .iter()
            .map(|(code, name)| CountryRow {
                code: code.as_str().to_owned(),
                name: (*name).to_owned(),
                eu_member: code.is_eu_member(),
            })
            .collect();
        let stored = countries(&mut conn).await.unwrap();
        assert_eq!(stored.len(), 249);
        assert_eq!(stored.iter().filter(|c| c.eu_member).count(), 27);
        assert_eq!(stored, by_code(expected, |c| c.code.clone()));

        let expected: Vec<SectionRow> = Section::ALL
            .iter()
            .map(|section| SectionRow {
                code: section.code().to_owned(),
                name: section.name().text(),
            })
            .collect();
        assert_eq!(
            sections(&mut conn).await.unwrap(),
            by_code(expected, |s| s.code.clone())
        );

        let expected: Vec<ActivityTypeRow> = ActivityType::ALL
            .iter()
            .map(|activity| ActivityTypeRow {
                code: activity.code().to_owned(),
                section_code: activity.section().code().to_owned(),
                name: activity.name().text(),
            })
            .collect();
        assert_eq!(
            activity_types(&mut conn).await.unwrap(),
            by_code(expected, |a| a.code.clone())
        );

        let expected: Vec<AuthorityRoleRow> = AuthorityRole::ALL
            .iter()
            .map(|role| AuthorityRoleRow {
                code: role.code().to_owned(),
                name: role.name().text(),
                acts_as: role.acts_as().to_owned(),
                acts_as_name: role.acts_as_name().text(),
                formerly: role.formerly().to_owned(),
            })
            .collect();
        assert_eq!(
            authority_roles(&mut conn).await.unwrap(),
            by_code(expected, |r| r.code.clone())
        );
    }

    #[tokio::test]
    async fn an_activity_type_needs_a_known_section() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(None, dir.path()).await.unwrap();
        let mut conn = store.connection().await.unwrap();
        let refused = sqlx::query(
            "INSERT INTO activity_types (code, section_code, name) VALUES ('X', 'NO_SUCH', 'X')",
        )
        .execute(&mut *conn)
        .await;
        assert!(refused.is_err(), "{refused:?}");
    }
}
