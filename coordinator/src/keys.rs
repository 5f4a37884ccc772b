//! The coordinator's own keys, kept in the `server_secret` table: the Ed25519 key that signs
//! the lesson packs. It is made from the operating system's random generator the first time it
//! is needed, and the same key is used afterwards by every coordinator sharing the database.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ponte_wire::pack::{self, SigningKey};
use sqlx::AnyPool;

/// The name of the lesson-signing key's seed in `server_secret`.
pub const LESSON_SIGNING_KEY: &str = "lesson-signing-key";

/// The public demo key of the repository: packs signed with it are marked as demo packs.
const DEMO_KEY_FILE: &str = include_str!("../../content/keys/demo-signing-key.txt");

fn seed_line(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
}

fn decode(seed: &str) -> Result<SigningKey, sqlx::Error> {
    pack::signing_key_from_base64(seed).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// The key that signs the lesson packs: the stored one, or a new random one stored now.
pub async fn signing_key(pool: &AnyPool) -> Result<SigningKey, sqlx::Error> {
    let stored: Option<String> =
        sqlx::query_scalar("SELECT value FROM server_secret WHERE name = $1")
            .bind(LESSON_SIGNING_KEY)
            .fetch_optional(pool)
            .await?;
    if let Some(seed) = stored {
        return decode(&seed);
    }
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).expect("the operating system's random generator works");
    // Another coordinator may store its key at the same moment: the first one stays, and
    // both read it back.
    sqlx::query(
        "INSERT INTO server_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    )
    .bind(LESSON_SIGNING_KEY)
    .bind(BASE64.encode(seed))
    .execute(pool)
    .await?;
    let seed: String = sqlx::query_scalar("SELECT value FROM server_secret WHERE name = $1")
        .bind(LESSON_SIGNING_KEY)
        .fetch_one(pool)
        .await?;
    decode(&seed)
}

/// Stores `seed` (base64) as the lesson-signing key, replacing any other: the demo signs with
/// the public demo key its phones trust.
pub async fn store_signing_key(pool: &AnyPool, seed: &str) -> Result<SigningKey, sqlx::Error> {
    let key = decode(seed)?;
    sqlx::query(
        "INSERT INTO server_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = $2",
    )
    .bind(LESSON_SIGNING_KEY)
    .bind(seed.trim())
    .execute(pool)
    .await?;
    Ok(key)
}

/// Whether `key` is the repository's public demo key (whose packs prove nothing).
pub fn is_demo_key(key: &SigningKey) -> bool {
    seed_line(DEMO_KEY_FILE)
        .and_then(|seed| pack::signing_key_from_base64(seed).ok())
        .is_some_and(|demo| demo.verifying_key() == key.verifying_key())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdb::databases;

    #[tokio::test]
    async fn the_key_is_made_once_and_kept() {
        for db in databases().await {
            let first = signing_key(&db.pool).await.unwrap();
            let again = signing_key(&db.pool).await.unwrap();
            assert_eq!(first.verifying_key(), again.verifying_key());
            assert!(!is_demo_key(&first));
            let demo = store_signing_key(&db.pool, seed_line(DEMO_KEY_FILE).unwrap())
                .await
                .unwrap();
            assert!(is_demo_key(&demo));
            assert_eq!(
                signing_key(&db.pool).await.unwrap().verifying_key(),
                demo.verifying_key()
            );
            db.drop_database().await;
        }
    }
}
