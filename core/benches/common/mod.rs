//! What the bench binaries share: timing a closure's runs, and the process's memory.
// Each bench uses the part of this it needs.
#![allow(dead_code)]

use std::time::{Duration, Instant};

pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

pub fn current_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Runs `f` `n` times and prints p50, p95 and max.
pub fn measure(label: &str, n: usize, mut f: impl FnMut(usize)) -> Duration {
    measure_part(label, n, |i| {
        let start = Instant::now();
        f(i);
        start.elapsed()
    })
}

/// Like `measure`, for a run that times only part of itself (the setup of each run is not
/// what is measured): `f` returns the time of the part.
#[allow(dead_code)]
pub fn measure_part(label: &str, n: usize, mut f: impl FnMut(usize) -> Duration) -> Duration {
    // PONTE_BENCH_ONLY=near runs only the measurements whose label contains "near".
    if std::env::var("PONTE_BENCH_ONLY").is_ok_and(|only| !label.contains(&only)) {
        return Duration::ZERO;
    }
    for i in 0..n.min(20) {
        f(i); // warm-up
    }
    let mut times: Vec<Duration> = (0..n).map(&mut f).collect();
    times.sort();
    let p = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "{label:<48} p50 {:>9.3?}  p95 {:>9.3?}  max {:>9.3?}  ({n} runs)",
        p(0.5),
        p(0.95),
        times[times.len() - 1]
    );
    p(0.95)
}

/// The demo glossary of synonyms of the content repository, as the content brings it.
pub fn demo_glossary() -> Vec<ponte_wire::glossary::GlossaryConcept> {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/glossary.json");
    ponte_wire::glossary::read_file(&std::fs::read_to_string(file).expect("content/glossary.json"))
        .expect("the demo glossary is valid")
}
