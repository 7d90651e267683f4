//! `server directory import`: puts organisations into the directory of one instance from a
//! CSV file, for a fresh database, the tests and the training demo. Every row is checked with
//! the rules of `app::domain` first; if any row is bad, nothing is imported.

use crate::store::traces::{insert_organisation, InsertOrganisationError, NewOrganisation};
use crate::store::Store;
use app::domain::Instance;
use sqlx::SqliteConnection;
use std::collections::HashMap;

/// The columns of the file, in any order; the header row names them. Blank cells are absent.
pub const COLUMNS: &str = "kind,name,country,status,address,city,postcode,section,activity,phone,fax,email,website,eori,authority_role,code,certified_countries";

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    File(String),
    #[error("nothing was imported:\n{}", .0.join("\n"))]
    Rows(Vec<String>),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
}

/// Splits CSV text (RFC 4180: commas, double quotes, `""` inside quotes, CRLF or LF) into rows.
fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    let mut line = 1;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                cell.push(c)
            }
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                line += 1;
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if quoted {
        return Err(format!("line {line}: a quoted cell is not closed"));
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows.retain(|row| row.iter().any(|cell| !cell.trim().is_empty()));
    Ok(rows)
}

/// Imports the organisations of `csv` into `instance`, all or none; returns how many.
pub async fn import(
    store: &Store,
    instance: Instance,
    csv: &str,
    now: i64,
) -> Result<usize, ImportError> {
    let organisations = parse_file(csv)?;
    let mut tx = store.begin_write().await?;
    insert_all(&mut tx, instance, &organisations, now).await?;
    crate::store::traces::compact_name_index(&mut tx).await?;
    tx.commit().await?;
    Ok(organisations.len())
}

/// A row of the file that passed the rules, with its row number for messages.
pub struct ParsedRow {
    pub number: usize,
    pub organisation: NewOrganisation,
}

/// Reads the file and checks every row with the rules of `app::domain`; every problem is
/// reported with its row number.
pub fn parse_file(csv: &str) -> Result<Vec<ParsedRow>, ImportError> {
    let rows = parse_csv(csv).map_err(ImportError::File)?;
    let Some((header, rows)) = rows.split_first() else {
        return Err(ImportError::File(format!(
            "the file is empty; the first row names the columns: {COLUMNS}"
        )));
    };
    let known: Vec<&str> = COLUMNS.split(',').collect();
    let header: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if let Some(unknown) = header.iter().find(|h| !known.contains(&h.as_str())) {
        return Err(ImportError::File(format!(
            "unknown column “{unknown}”; the columns are: {COLUMNS}"
        )));
    }
    let mut problems = Vec::new();
    let mut organisations = Vec::new();
    for (index, cells) in rows.iter().enumerate() {
        // Row 1 is the header.
        let number = index + 2;
        if cells.len() != header.len() {
            problems.push(format!(
                "row {number}: {} cells, the header has {}",
                cells.len(),
                header.len()
            ));
            continue;
        }
        let map: HashMap<&str, &str> = header
            .iter()
            .map(String::as_str)
            .zip(cells.iter().map(String::as_str))
            .collect();
        let get = |name: &str| map.get(name).copied().unwrap_or_default().to_owned();
        let organisation = NewOrganisation {
            kind: get("kind"),
            name: get("name"),
            country: get("country"),
            status: get("status"),
            address: get("address"),
            city: get("city"),
            postcode: get("postcode"),
            section: get("section"),
            activity: get("activity"),
            phone: get("phone"),
            fax: get("fax"),
            email: get("email"),
            website: get("website"),
            eori: get("eori"),
            authority_role: get("authority_role"),
            code: get("code"),
            certified_countries: get("certified_countries"),
        };
        if let Err(errors) = organisation.parse() {
            for error in errors {
                problems.push(format!("row {number}: {}", error.message));
            }
            continue;
        }
        organisations.push(ParsedRow {
            number,
            organisation,
        });
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    Ok(organisations)
}

/// Stores checked rows on the caller's transaction; an EORI number or control body code
/// already on the instance is reported with its row number. The caller commits, or drops the
/// transaction on error so that nothing is stored.
pub async fn insert_all(
    conn: &mut SqliteConnection,
    instance: Instance,
    organisations: &[ParsedRow],
    now: i64,
) -> Result<Vec<i64>, ImportError> {
    let mut problems = Vec::new();
    let mut ids = Vec::with_capacity(organisations.len());
    for row in organisations {
        match insert_organisation(conn, instance, &row.organisation, now).await {
            Ok(id) => ids.push(id),
            Err(InsertOrganisationError::Invalid(errors)) => problems.extend(
                errors
                    .into_iter()
                    .map(|e| format!("row {}: {}", row.number, e.message)),
            ),
            Err(InsertOrganisationError::Query(err)) => return Err(err.into()),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "kind,name,country,activity,section,eori,address,city,postcode,phone,code,certified_countries,authority_role\n\
operator,\"Müller Bio Import, GmbH\",DE,IMPORTER,ORGANIC_OPERATOR,DE1234,Hauptstraße 1,München,80331,+49 89 123456,,,\r\n\
control_body,Kiwa BCS,DE,,,,,,,,DE-OKO-001,DE MX,\n\
authority,BCP Antwerpen,BE,,,,,,,,,,BCP\n";

    #[test]
    fn quoted_cells_keep_commas_and_quotes() {
        let rows = parse_csv("a,\"b, \"\"c\"\"\"\n1,2\n").unwrap();
        assert_eq!(rows, [vec!["a", "b, \"c\""], vec!["1", "2"]]);
        assert!(parse_csv("a,\"b\n").is_err());
    }

    #[tokio::test]
    async fn a_good_file_is_imported_and_a_bad_row_imports_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(None, dir.path()).await.unwrap();
        assert_eq!(
            import(&store, Instance::Training, GOOD, 0).await.unwrap(),
            3
        );
        let bad = GOOD
            .replace("DE-OKO-001", "DE-OKO-002")
            .replace("DE1234", "XX1")
            + "operator,X,ZZ,,,,,,,,,,\n";
        let err = import(&store, Instance::Training, &bad, 0)
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains("row 2: EORI number"), "{err}");
        assert!(err.contains("row 5: Name"), "{err}");
        // The same EORI number again is refused on the same instance, not on the other.
        let err = import(&store, Instance::Training, GOOD, 0)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("row 2: EORI number: DE1234 is already registered"),
            "{err}"
        );
        assert_eq!(
            import(&store, Instance::Production, GOOD, 0).await.unwrap(),
            3
        );
    }
}
