//! The load driver: a number of concurrent clients send one kind of request for a fixed time
//! (after a short warm-up that is not counted) and every latency is kept.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long and how hard each scenario runs.
#[derive(Clone, Copy, Debug)]
pub struct Load {
    pub concurrency: usize,
    pub warm_up: Duration,
    pub duration: Duration,
}

/// What one request brought back: the bytes of the body, or why it failed.
pub type Answer = Result<usize, String>;

/// The measurements of one scenario.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Microseconds, sorted.
    pub latencies_us: Vec<u64>,
    pub errors: usize,
    pub first_error: Option<String>,
    pub bytes: u64,
    pub elapsed: Duration,
}

impl Stats {
    pub fn from_latencies(mut latencies_us: Vec<u64>, elapsed: Duration) -> Self {
        latencies_us.sort_unstable();
        Self {
            latencies_us,
            elapsed,
            ..Self::default()
        }
    }

    pub fn count(&self) -> usize {
        self.latencies_us.len()
    }

    /// Nearest-rank percentile, in milliseconds.
    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return f64::NAN;
        }
        let rank = ((p / 100.0) * self.latencies_us.len() as f64).ceil() as usize;
        let index = rank.clamp(1, self.latencies_us.len()) - 1;
        self.latencies_us[index] as f64 / 1000.0
    }

    pub fn max_ms(&self) -> f64 {
        self.latencies_us
            .last()
            .map_or(f64::NAN, |&us| us as f64 / 1000.0)
    }

    /// Successful requests per second.
    pub fn throughput(&self) -> f64 {
        self.count() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Runs `request(worker, iteration)` from `load.concurrency` tasks, each in a loop, first for
/// the warm-up and then for the measured duration. Only successful requests count towards
/// latency and throughput; failures are counted apart.
pub async fn drive<F, Fut>(load: Load, request: F) -> Stats
where
    F: Fn(usize, u64) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Answer> + Send + 'static,
{
    let request = Arc::new(request);
    if !load.warm_up.is_zero() {
        run_for(
            load.concurrency,
            load.warm_up,
            request.clone(),
            u64::MAX / 2,
        )
        .await;
    }
    run_for(load.concurrency, load.duration, request, 0).await
}

async fn run_for<F, Fut>(
    concurrency: usize,
    duration: Duration,
    request: Arc<F>,
    base: u64,
) -> Stats
where
    F: Fn(usize, u64) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Answer> + Send + 'static,
{
    let started = Instant::now();
    let deadline = started + duration;
    let mut tasks = Vec::with_capacity(concurrency);
    for worker in 0..concurrency {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut stats = Stats::default();
            let mut iteration = base;
            while Instant::now() < deadline {
                let sent = Instant::now();
                match request(worker, iteration).await {
                    Ok(bytes) => {
                        stats.latencies_us.push(sent.elapsed().as_micros() as u64);
                        stats.bytes += bytes as u64;
                    }
                    Err(err) => {
                        stats.errors += 1;
                        stats.first_error.get_or_insert(err);
                    }
                }
                iteration += 1;
            }
            stats
        }));
    }
    let mut total = Stats::default();
    for task in tasks {
        let stats = task.await.unwrap_or_else(|err| Stats {
            errors: 1,
            first_error: Some(err.to_string()),
            ..Stats::default()
        });
        total.latencies_us.extend(stats.latencies_us);
        total.errors += stats.errors;
        total.bytes += stats.bytes;
        if total.first_error.is_none() {
            total.first_error = stats.first_error;
        }
    }
    // The last requests end after the deadline: count the time until they did.
    total.elapsed = started.elapsed();
    total.latencies_us.sort_unstable();
    total
}

/// Sends a request and reads the whole body; anything but a 2xx is an error.
pub async fn fetch(request: reqwest::RequestBuilder) -> Answer {
    let response = request.send().await.map_err(|e| e.to_string())?;
    let status = response.status();
    let body = response.bytes().await.map_err(|e| e.to_string())?;
    if status.is_success() {
        Ok(body.len())
    } else {
        Err(format!(
            "{status}: {}",
            String::from_utf8_lossy(&body[..body.len().min(300)])
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let stats = Stats::from_latencies(
            (1..=100).map(|ms| ms * 1000).collect(),
            Duration::from_secs(2),
        );
        assert_eq!(stats.percentile_ms(50.0), 50.0);
        assert_eq!(stats.percentile_ms(99.0), 99.0);
        assert_eq!(stats.percentile_ms(100.0), 100.0);
        assert_eq!(stats.throughput(), 50.0);
        assert!(Stats::default().percentile_ms(50.0).is_nan());
    }

    #[tokio::test]
    async fn the_driver_counts_successes_and_failures_apart() {
        let load = Load {
            concurrency: 2,
            warm_up: Duration::ZERO,
            duration: Duration::from_millis(30),
        };
        let stats = drive(load, |_, i| async move {
            tokio::time::sleep(Duration::from_millis(1)).await;
            if i % 2 == 0 {
                Ok(10)
            } else {
                Err("odd".to_owned())
            }
        })
        .await;
        assert!(stats.count() > 0 && stats.errors > 0);
        assert_eq!(stats.bytes, 10 * stats.count() as u64);
        assert_eq!(stats.first_error.as_deref(), Some("odd"));
    }
}
