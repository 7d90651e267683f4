//! The "Code" of the sign-up and lost-password forms: a picture of random characters, whose
//! answer is stored hashed and works once, for ten minutes.

pub mod image;

use crate::secrets::{random_token, token_hash};
use app::api::eulogin::Captcha;
use app::i18n::Message;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sqlx::SqliteConnection;

const CODE_LENGTH: usize = 5;
const VALID_SECONDS: i64 = 10 * 60;

/// Why an answer was refused; each message tells the user what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptchaProblem {
    Expired,
    Used,
    Wrong,
}

impl From<CaptchaProblem> for Message {
    fn from(problem: CaptchaProblem) -> Self {
        Message::new(match problem {
            CaptchaProblem::Expired => "error-captcha-expired",
            CaptchaProblem::Used => "error-captcha-used",
            CaptchaProblem::Wrong => "error-captcha-wrong",
        })
    }
}

/// In English, for the log.
impl std::fmt::Display for CaptchaProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Message::from(*self).fmt(f)
    }
}

impl std::error::Error for CaptchaProblem {}

fn answer_hash(id: &str, answer: &str) -> String {
    token_hash(&format!("{id}:{}", answer.trim().to_uppercase()))
}

/// Stores a new challenge and returns it with its picture (and, in test mode, its answer).
pub async fn create(
    conn: &mut SqliteConnection,
    now: i64,
    test_mode: bool,
) -> Result<Captcha, sqlx::Error> {
    let id = random_token();
    let code = image::random_code(CODE_LENGTH);
    // Old challenges are of no use to anyone; the index on expires_at keeps this cheap.
    sqlx::query("DELETE FROM captchas WHERE expires_at < ?")
        .bind(now - 24 * 3600)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO captchas (id, answer_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(answer_hash(&id, &code))
    .bind(now)
    .bind(now + VALID_SECONDS)
    .execute(&mut *conn)
    .await?;
    let svg = image::render_svg(&code, rand::random());
    Ok(Captcha {
        image: format!("data:image/svg+xml;base64,{}", STANDARD.encode(svg)),
        test_code: test_mode.then(|| code.clone()),
        id,
    })
}

/// Uses the challenge up, whatever the answer: a wrong guess cannot be followed by another
/// on the same picture.
pub async fn consume(
    conn: &mut SqliteConnection,
    id: &str,
    answer: &str,
    now: i64,
) -> Result<Result<(), CaptchaProblem>, sqlx::Error> {
    let row: Option<(String, i64, Option<i64>)> =
        sqlx::query_as("UPDATE captchas SET used_at = ? WHERE id = ? AND used_at IS NULL RETURNING answer_hash, expires_at, used_at")
            .bind(now)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((stored, expires_at, _)) = row else {
        let used: Option<i64> = sqlx::query_scalar("SELECT used_at FROM captchas WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .flatten();
        return Ok(Err(if used.is_some() {
            CaptchaProblem::Used
        } else {
            CaptchaProblem::Expired
        }));
    };
    if now >= expires_at {
        return Ok(Err(CaptchaProblem::Expired));
    }
    if stored != answer_hash(id, answer) {
        return Ok(Err(CaptchaProblem::Wrong));
    }
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[tokio::test]
    async fn an_answer_works_once_case_aside_and_not_after_ten_minutes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(None, dir.path()).await.unwrap();
        let mut conn = store.pool().acquire().await.unwrap();
        let now = 1_000_000;

        let captcha = create(&mut conn, now, true).await.unwrap();
        let code = captcha.test_code.clone().unwrap();
        assert!(captcha.image.starts_with("data:image/svg+xml;base64,"));
        let lower = code.to_lowercase();
        assert_eq!(
            consume(&mut conn, &captcha.id, &lower, now + 5)
                .await
                .unwrap(),
            Ok(())
        );
        assert_eq!(
            consume(&mut conn, &captcha.id, &code, now + 6)
                .await
                .unwrap(),
            Err(CaptchaProblem::Used)
        );

        let wrong = create(&mut conn, now, true).await.unwrap();
        assert_eq!(
            consume(&mut conn, &wrong.id, "nope", now).await.unwrap(),
            Err(CaptchaProblem::Wrong)
        );
        let right_after_wrong = wrong.test_code.unwrap();
        assert_eq!(
            consume(&mut conn, &wrong.id, &right_after_wrong, now)
                .await
                .unwrap(),
            Err(CaptchaProblem::Used)
        );

        let late = create(&mut conn, now, true).await.unwrap();
        assert_eq!(
            consume(
                &mut conn,
                &late.id,
                &late.test_code.unwrap(),
                now + VALID_SECONDS
            )
            .await
            .unwrap(),
            Err(CaptchaProblem::Expired)
        );
        assert_eq!(
            consume(&mut conn, "unknown", "x", now).await.unwrap(),
            Err(CaptchaProblem::Expired)
        );
    }

    #[test]
    fn each_problem_says_what_to_do_next() {
        assert_eq!(
            CaptchaProblem::Wrong.to_string(),
            "Code: the characters do not match the picture. Type the characters of the new picture."
        );
        assert_eq!(
            Message::from(CaptchaProblem::Used),
            Message::new("error-captcha-used")
        );
    }

    #[tokio::test]
    async fn outside_test_mode_the_answer_is_not_given() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(None, dir.path()).await.unwrap();
        let mut conn = store.pool().acquire().await.unwrap();
        assert_eq!(create(&mut conn, 0, false).await.unwrap().test_code, None);
    }
}
