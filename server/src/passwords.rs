//! Password hashing and verification for the server: argon2id on a fixed pool of threads, as
//! many as cores, each with one argon2 memory of its own that it reuses from hash to hash.
//!
//! Why not `spawn_blocking` with the argon2 crate's own functions (`secrets::hash_password`,
//! `secrets::verify_password`): each of those allocates 19 MiB and fills it. The server returns
//! such blocks to the system when freed (the mmap threshold in `main.rs`, or the server held a
//! gigabyte after a burst), so every verification faulted in 19 MiB of fresh pages, and a burst
//! of logins ran as many hashes at once as there were logins, on 2 cores: the logins reached 69 %
//! of the hash rate the crate alone achieves (bench/REPORT.md). Here the memory is faulted in
//! once per thread, stays bounded (one block per core), and a burst waits its turn in the queue
//! while the cores work at full speed.
//!
//! The hashes are the crate's PHC strings, byte for byte what `secrets::hash_password` makes
//! with fresh salt, and both sides verify each other's (tested below).

use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::panic::AssertUnwindSafe;
use std::sync::{mpsc, Arc, Mutex, OnceLock};

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("cannot hash the password: {0}")]
    Hash(argon2::password_hash::Error),
    #[error("no hashing thread could be started")]
    NoThreads,
    #[error("the hashing thread stopped before answering")]
    Stopped,
}

/// Hashes `password` with argon2id and the crate's default parameters (m = 19 MiB, t = 2,
/// p = 1) and a fresh salt; the PHC string to store.
pub async fn hash(password: String) -> Result<String, PasswordError> {
    pool()
        .run(move |memory| hash_with(memory, password.as_bytes()))
        .await?
        .map_err(PasswordError::Hash)
}

/// Whether `password` is the one `stored` (a PHC string) was made from, with the parameters
/// and salt written in `stored`. A malformed hash verifies nothing.
pub async fn verify(password: String, stored: String) -> Result<bool, PasswordError> {
    pool()
        .run(move |memory| verify_with(memory, password.as_bytes(), &stored))
        .await
}

type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

struct Pool {
    /// `None` when not one thread could be started: every job then fails at once instead of
    /// waiting for ever.
    jobs: Option<mpsc::Sender<Job>>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        Pool::start(threads)
    })
}

impl Pool {
    fn start(threads: usize) -> Self {
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let mut started = 0;
        for index in 0..threads {
            let receiver = Arc::clone(&receiver);
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{index}"))
                .spawn(move || work(&receiver));
            match spawned {
                Ok(_) => started += 1,
                Err(err) => tracing::error!(%err, "cannot start a password hashing thread"),
            }
        }
        Self {
            jobs: (started > 0).then_some(sender),
        }
    }

    /// Runs `job` on the next free thread with that thread's memory.
    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Result<T, PasswordError> {
        let jobs = self.jobs.as_ref().ok_or(PasswordError::NoThreads)?;
        let (answer, answered) = tokio::sync::oneshot::channel();
        jobs.send(Box::new(move |memory: &mut Vec<Block>| {
            // The caller may have gone (a closed connection): nobody to tell then.
            let _ = answer.send(job(memory));
        }))
        .map_err(|_| PasswordError::Stopped)?;
        answered.await.map_err(|_| PasswordError::Stopped)
    }
}

/// A thread of the pool: takes the next job, runs it, until the pool is gone.
fn work(receiver: &Mutex<mpsc::Receiver<Job>>) {
    let mut memory = Vec::new();
    loop {
        // The lock is held while waiting, so that one idle thread waits on the queue and the
        // others on the lock; it is released before the job runs.
        let job = match receiver.lock() {
            Ok(receiver) => match receiver.recv() {
                Ok(job) => job,
                Err(_) => return,
            },
            Err(_) => return,
        };
        // A panic would end the thread and shrink the pool for good; the job's caller sees
        // `Stopped` (its answer is dropped) and the thread goes on with the next job.
        if std::panic::catch_unwind(AssertUnwindSafe(|| job(&mut memory))).is_err() {
            tracing::error!("a password hashing job panicked");
            memory = Vec::new();
        }
    }
}

/// The first `blocks` blocks of the thread's memory, grown if a hash asks for more than any
/// before it. Not cleared between hashes: argon2 writes every block before it reads it.
fn memory_of(memory: &mut Vec<Block>, blocks: usize) -> &mut [Block] {
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    &mut memory[..blocks]
}

fn hash_with(
    memory: &mut Vec<Block>,
    password: &[u8],
) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    let params = Params::default();
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.as_salt().decode_b64(&mut salt_bytes)?;
    let output = hash_into(
        &argon2,
        memory,
        password,
        salt_bytes,
        Params::DEFAULT_OUTPUT_LEN,
    )?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params)?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// What `argon2::PasswordVerifier::verify_password` does, with the thread's memory: the hash
/// of `password` with the algorithm, version, parameters and salt of `stored`, compared in
/// constant time (`Output`'s equality) to the hash in `stored`.
fn verify_with(memory: &mut Vec<Block>, password: &[u8], stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let Ok(version) = parsed
        .version
        .map_or(Ok(Version::default()), Version::try_from)
    else {
        return false;
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let argon2 = Argon2::new(algorithm, version, params);
    hash_into(&argon2, memory, password, salt_bytes, expected.len())
        .is_ok_and(|computed| computed == expected)
}

/// The raw hash of `password`, `len` bytes, computed in the thread's memory.
fn hash_into(
    argon2: &Argon2<'_>,
    memory: &mut Vec<Block>,
    password: &[u8],
    salt: &[u8],
    len: usize,
) -> Result<Output, argon2::password_hash::Error> {
    Output::init_with(len, |out| {
        Ok(argon2.hash_password_into_with_memory(
            password,
            salt,
            out,
            memory_of(memory, argon2.params().block_count()),
        )?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets;

    #[tokio::test]
    async fn the_pool_and_the_crate_verify_each_others_hashes() {
        let password = "correct horse battery staple";
        let pooled = hash(password.to_owned()).await.unwrap();
        let plain = secrets::hash_password(password).unwrap();
        // Same algorithm, version and parameters; the salt and hash differ.
        let head = |phc: &str| phc.splitn(5, '$').take(4).collect::<Vec<_>>().join("$");
        assert_eq!(head(&pooled), head(&plain));
        assert_ne!(pooled, plain);
        assert!(secrets::verify_password(password, &pooled));
        for stored in [&pooled, &plain] {
            assert!(verify(password.to_owned(), stored.clone()).await.unwrap());
            assert!(
                !verify("correct horse battery stapl".into(), stored.clone())
                    .await
                    .unwrap()
            );
            assert!(!verify(String::new(), stored.clone()).await.unwrap());
        }
        assert!(!verify(password.to_owned(), "not a hash".into())
            .await
            .unwrap());
        // The hash cut short, or with another salt, verifies nothing.
        let cut = &pooled[..pooled.len() - 4];
        assert!(!verify(password.to_owned(), cut.to_owned()).await.unwrap());
    }

    #[tokio::test]
    async fn a_hash_with_other_parameters_is_verified_with_its_own() {
        // Smaller and larger memory than the default, on the same threads as default ones.
        for (m, t) in [(8 * 1024, 1), (24 * 1024, 3)] {
            let params = Params::new(m, t, 1, None).unwrap();
            let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
            let salt = SaltString::generate(&mut OsRng);
            let stored = argon2::PasswordHasher::hash_password(&argon2, b"other parameters", &salt)
                .unwrap()
                .to_string();
            assert!(stored.contains(&format!("m={m},t={t},p=1")), "{stored}");
            assert!(verify("other parameters".into(), stored.clone())
                .await
                .unwrap());
            assert!(!verify("other parameter".into(), stored).await.unwrap());
        }
        let default = hash("default".into()).await.unwrap();
        assert!(verify("default".into(), default).await.unwrap());
    }

    #[tokio::test]
    async fn a_burst_is_answered_in_full() {
        let stored = hash("burst".into()).await.unwrap();
        let checks: Vec<_> = (0..12)
            .map(|i| {
                let stored = stored.clone();
                let password = if i % 3 == 0 { "wrong" } else { "burst" };
                tokio::spawn(verify(password.to_owned(), stored))
            })
            .collect();
        for (i, check) in checks.into_iter().enumerate() {
            assert_eq!(check.await.unwrap().unwrap(), i % 3 != 0, "{i}");
        }
    }
}
