//! `cargo xtask bench`: whole-corpus runs of the release binary (throughput,
//! scaling from one to two jobs, peak memory, growth with corpus size, one huge
//! article) and the divan micro-benchmarks of each stage. Results go to
//! `BENCHMARKS.md` with a description of the machine.

use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A whole-corpus measurement.
struct RunResult {
    label: String,
    bytes: u64,
    docs: u64,
    seconds: f64,
    /// User + system time of the run, all threads.
    cpu_seconds: f64,
    peak_rss_kb: u64,
}

impl RunResult {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds
    }

    fn mb_per_cpu_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.cpu_seconds.max(f64::EPSILON)
    }
}

/// Parses the options and runs the benchmarks.
pub fn run(args: &[String]) -> Result<(), String> {
    let quick = args.iter().any(|a| a == "--quick");
    let large = args.iter().any(|a| a == "--large");
    crate::run_command("cargo", &["build", "--release", "-p", "newsline"])?;
    let binary = crate::root().join("target/release/newsline");
    let dir = crate::root().join("target/bench");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;

    let base_mb = if quick { 5 } else { 50 };
    let small = corpus(&dir, base_mb)?;
    let mut results = Vec::new();
    for jobs in [1, 2] {
        results.push(measure(
            &binary,
            &small,
            jobs,
            &format!("{base_mb} MB JSONL, --jobs {jobs}"),
        )?);
    }
    if large {
        let big = corpus(&dir, base_mb * 10)?;
        results.push(measure(
            &binary,
            &big,
            2,
            &format!("{} MB JSONL, --jobs 2", base_mb * 10),
        )?);
    }
    let huge = huge_article(&dir, if quick { 2 } else { 10 })?;
    results.push(measure(&binary, &huge, 1, "one huge article, --jobs 1")?);
    for (label, path) in adversarial(&dir, quick)? {
        results.push(measure(&binary, &path, 1, &label)?);
    }

    let micro = if quick {
        String::from("(skipped with --quick)\n")
    } else {
        let out = Command::new("cargo")
            .args(["bench", "-p", "newsline", "--bench", "stages"])
            .current_dir(crate::root())
            .stderr(Stdio::inherit())
            .output()
            .map_err(|e| e.to_string())?;
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let report = report(&results, &micro);
    print!("{report}");
    fs::write(crate::root().join("BENCHMARKS.md"), report).map_err(|e| e.to_string())
}

/// A small, seeded generator: benchmarks must be reproducible run to run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Builds (once) a JSONL corpus of about `mb` megabytes by resampling the
/// fixtures' paragraphs into new articles and shifting their creation dates.
fn corpus(dir: &Path, mb: u64) -> Result<PathBuf, String> {
    let path = dir.join(format!("corpus-{mb}mb.jsonl"));
    if path.exists() {
        return Ok(path);
    }
    let articles = fixture_texts()?;
    let paragraphs: Vec<&str> = articles
        .iter()
        .flat_map(|t| t.split("\n\n").map(str::trim).filter(|p| p.len() > 40))
        .collect();
    if paragraphs.is_empty() {
        return Err("no fixture paragraphs to build a corpus from".to_owned());
    }
    let mut rng = XorShift(0x5eed_2023_0911);
    let mut out = BufWriter::new(File::create(&path).map_err(|e| e.to_string())?);
    let target = mb * 1_000_000;
    let mut written = 0u64;
    let mut n = 0u64;
    while written < target {
        let header = articles
            .get(rng.below(articles.len()))
            .and_then(|a| a.lines().next())
            .unwrap_or("News");
        let mut text = format!("{header}\n\n");
        for _ in 0..(8 + rng.below(25)) {
            text.push_str(
                paragraphs
                    .get(rng.below(paragraphs.len()))
                    .copied()
                    .unwrap_or_default(),
            );
            text.push_str("\n\n");
        }
        let dct = format!(
            "{}-{:02}-{:02}",
            1995 + rng.below(30),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let line =
            serde_json::json!({"id": format!("bench-{n}"), "text": text, "dct": dct}).to_string();
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
        written += line.len() as u64 + 1;
        n += 1;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(path)
}

/// The shapes issue 7 names, each as one JSONL record: a single paragraph of
/// 50 MB, a million short lines, 100,000 unbalanced quote marks. Their cost per
/// byte, next to a normal corpus's, shows whether any path is superlinear.
fn adversarial(dir: &Path, quick: bool) -> Result<Vec<(String, PathBuf)>, String> {
    let paragraph_mb: usize = if quick { 5 } else { 50 };
    let lines: usize = if quick { 200_000 } else { 1_000_000 };
    let articles = fixture_texts()?;
    let sentences: Vec<String> = articles
        .iter()
        .flat_map(|a| a.split_whitespace())
        .collect::<Vec<_>>()
        .chunks(18)
        .map(|c| c.join(" "))
        .collect();
    if sentences.is_empty() {
        return Err("no fixture text to build adversarial inputs from".to_owned());
    }
    // (label, file name, text builder): built only when the file is not cached.
    type Case<'a> = (String, String, Box<dyn Fn() -> String + 'a>);
    let cases: [Case; 3] = [
        (
            format!("one {paragraph_mb} MB paragraph, --jobs 1"),
            format!("paragraph-{paragraph_mb}mb.jsonl"),
            Box::new(|| {
                let mut text = String::new();
                for s in sentences.iter().cycle() {
                    if text.len() >= paragraph_mb * 1_000_000 {
                        break;
                    }
                    text.push_str(s);
                    text.push(' ');
                }
                text
            }),
        ),
        (
            format!("{lines} short lines, --jobs 1"),
            format!("lines-{lines}.jsonl"),
            Box::new(|| {
                sentences
                    .iter()
                    .cycle()
                    .take(lines)
                    .map(|s| s.split(' ').take(4).collect::<Vec<_>>().join(" "))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        ),
        (
            "100,000 unbalanced quote marks, --jobs 1".to_owned(),
            "quotes-100k.jsonl".to_owned(),
            Box::new(|| {
                let mut text = String::new();
                for (i, s) in sentences.iter().cycle().take(100_000).enumerate() {
                    let mark = if i % 2 == 0 { "“" } else { "\"" };
                    text.push_str(&format!("He said {mark}{s} "));
                    if i % 50 == 49 {
                        text.push_str("\n\n");
                    }
                }
                text
            }),
        ),
    ];
    let mut out = Vec::new();
    for (label, name, make) in cases {
        let path = dir.join(name);
        if !path.exists() {
            let line =
                serde_json::json!({"id": "adversarial", "text": make(), "dct": "2023-09-11"})
                    .to_string();
            fs::write(&path, line + "\n").map_err(|e| e.to_string())?;
        }
        out.push((label, path));
    }
    Ok(out)
}

/// One article of about `mb` megabytes, to show cost stays linear in length.
fn huge_article(dir: &Path, mb: u64) -> Result<PathBuf, String> {
    let path = dir.join(format!("huge-{mb}mb.jsonl"));
    if path.exists() {
        return Ok(path);
    }
    let articles = fixture_texts()?;
    let mut text = String::new();
    while (text.len() as u64) < mb * 1_000_000 {
        for a in &articles {
            text.push_str(a);
            text.push_str("\n\n");
        }
    }
    let line = serde_json::json!({"id": "huge", "text": text, "dct": "2023-09-11"}).to_string();
    fs::write(&path, line + "\n").map_err(|e| e.to_string())?;
    Ok(path)
}

fn fixture_texts() -> Result<Vec<String>, String> {
    let dir = crate::root().join("fixtures/articles");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Ok(files
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect())
}

/// Runs the binary over `input`, timing it and sampling its peak resident memory.
fn measure(binary: &Path, input: &Path, jobs: usize, label: &str) -> Result<RunResult, String> {
    let bytes = fs::metadata(input).map_err(|e| e.to_string())?.len();
    let docs = fs::read(input)
        .map(|b| b.iter().filter(|c| **c == b'\n').count() as u64)
        .unwrap_or(0);
    let cpu_before = children_cpu_seconds();
    let started = Instant::now();
    let mut child = Command::new(binary)
        .args([
            "process",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--quiet",
            "--jobs",
            &jobs.to_string(),
        ])
        .stdin(File::open(input).map_err(|e| e.to_string())?)
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_rss_kb = 0;
    let status = loop {
        // VmHWM is the kernel's own high-water mark, so sampling cannot miss the peak
        // except in the last few milliseconds of the run.
        if let Ok(status) = fs::read_to_string(&status_path) {
            if let Some(kb) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            {
                peak_rss_kb = kb;
            }
        }
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let seconds = started.elapsed().as_secs_f64();
    let cpu_seconds = children_cpu_seconds() - cpu_before;
    if !status.success() && status.code() != Some(1) {
        return Err(format!("{label}: newsline exited with {status}"));
    }
    let result = RunResult {
        label: label.to_owned(),
        bytes,
        docs,
        seconds,
        cpu_seconds,
        peak_rss_kb,
    };
    eprintln!(
        "{label}: {:.1} MB in {seconds:.2} s = {:.1} MB/s ({:.1} MB per CPU second), {:.0} docs/s, peak RSS {} MB",
        bytes as f64 / 1e6,
        result.mb_per_s(),
        result.mb_per_cpu_s(),
        docs as f64 / seconds,
        peak_rss_kb / 1024
    );
    Ok(result)
}

/// CPU time (user + system) of the children this process has waited for, from
/// `/proc/self/stat` (fields 16 and 17): the honest per-core figure, since a
/// run also has a reader thread besides its `--jobs` workers.
fn children_cpu_seconds() -> f64 {
    // /proc counts in USER_HZ, which the kernel fixes at 100 for user space.
    const TICKS_PER_SECOND: f64 = 100.0;
    fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            let after_name = stat.rsplit_once(')')?.1;
            let fields: Vec<&str> = after_name.split_whitespace().collect();
            let user: f64 = fields.get(13)?.parse().ok()?;
            let system: f64 = fields.get(14)?.parse().ok()?;
            Some((user + system) / TICKS_PER_SECOND)
        })
        .unwrap_or(0.0)
}

fn report(results: &[RunResult], micro: &str) -> String {
    let mut s = String::from(
        "# Benchmarks\n\nProduced by `cargo xtask bench` (release build). Do not edit by hand.\n\n",
    );
    let _ = writeln!(s, "Machine: {}\n", machine());
    s.push_str("## Whole-corpus runs (`newsline process --input jsonl --format jsonl`)\n\n");
    s.push_str("| run | MB | docs | seconds | MB/s | CPU s | MB per CPU s | docs/s | peak RSS MB | cost per byte vs. the first run |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    let base = results.first().map_or(1.0, RunResult::mb_per_s);
    for r in results {
        let _ = writeln!(
            s,
            "| {} | {:.1} | {} | {:.2} | {:.1} | {:.1} | {:.1} | {:.0} | {} | {:.2}× |",
            r.label,
            r.bytes as f64 / 1e6,
            r.docs,
            r.seconds,
            r.mb_per_s(),
            r.cpu_seconds,
            r.mb_per_cpu_s(),
            r.docs as f64 / r.seconds,
            r.peak_rss_kb / 1024,
            base / r.mb_per_s()
        );
    }
    if let (Some(one), Some(two)) = (results.first(), results.get(1)) {
        let _ = writeln!(
            s,
            "\nScaling from 1 to 2 jobs: {:.2}×",
            two.mb_per_s() / one.mb_per_s()
        );
    }
    s.push_str("\n## Stage micro-benchmarks (divan, fixture articles)\n\n```text\n");
    s.push_str(micro);
    s.push_str("```\n");
    s
}

fn machine() -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mem = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines().next().map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<u64>().ok())
                    .unwrap_or(0)
            })
        })
        .unwrap_or(0);
    format!("{cpu}, {cores} cores, {} GiB RAM", mem / 1024 / 1024)
}
