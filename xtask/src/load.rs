//! `cargo xtask load`: drives `newsline serve` from another process on loopback
//! (wrk, from Debian) with the seed article, and compares with the CLI's own
//! throughput on the same cores. Not part of the tests: it runs for 30 s.

use std::fs;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs the load check: `--seconds N` (default 30), `--connections N` (default 64).
pub fn run(args: &[String]) -> Result<(), String> {
    let mut seconds = 30u64;
    let mut connections = 64u64;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or(format!("{arg} needs a number"))
        };
        match arg.as_str() {
            "--seconds" => seconds = value()?,
            "--connections" => connections = value()?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    let root = crate::root();
    if Command::new("wrk").arg("--version").output().is_err() {
        crate::run_command("apt-get", &["install", "-y", "-qq", "wrk"])?;
    }
    crate::run_command("cargo", &["build", "--release", "-p", "newsline"])?;
    let binary = root.join("target/release/newsline");
    let seed = fs::read_to_string(root.join("fixtures/articles/000_rfa_seed.txt"))
        .map_err(|e| e.to_string())?;
    let work = root.join("target/load");
    fs::create_dir_all(&work).map_err(|e| e.to_string())?;

    // The CLI on the same article, to know what the cores can do.
    let copies = 2000;
    let mut corpus = String::new();
    for i in 0..copies {
        corpus.push_str(&serde_json::json!({"id": format!("s{i}"), "text": seed}).to_string());
        corpus.push('\n');
    }
    let corpus_path = work.join("seed-x2000.jsonl");
    fs::write(&corpus_path, &corpus).map_err(|e| e.to_string())?;
    let started = Instant::now();
    let status = Command::new(&binary)
        .args([
            "process", "--input", "jsonl", "--format", "jsonl", "--quiet",
        ])
        .stdin(fs::File::open(&corpus_path).map_err(|e| e.to_string())?)
        .stdout(Stdio::null())
        .status()
        .map_err(|e| e.to_string())?;
    let cli_rate = copies as f64 / started.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!("CLI run failed: {status}"));
    }

    let port = 18_080;
    let mut server = Command::new(&binary)
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    std::thread::sleep(Duration::from_millis(500));
    let rss = |pid: u32| -> u64 {
        fs::read_to_string(format!("/proc/{pid}/status"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmRSS:"))
                    .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            })
            .unwrap_or(0)
    };
    // Warm up so "before" is the steady state, not an empty process.
    let warm = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "--data-binary",
            "@-",
            &format!("http://127.0.0.1:{port}/v1/process"),
        ])
        .stdin(Stdio::piped())
        .spawn();
    if let Ok(mut warm) = warm {
        if let Some(mut stdin) = warm.stdin.take() {
            let _ = stdin.write_all(seed.as_bytes());
        }
        let _ = warm.wait();
    }
    let before = rss(server.id());

    let script = work.join("post-seed.lua");
    let body = serde_json::to_string(&seed).map_err(|e| e.to_string())?;
    fs::write(&script, format!("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"text/plain\"\nwrk.body = {body}\n")).map_err(|e| e.to_string())?;
    let out = Command::new("wrk")
        .args([
            "-t",
            "2",
            "-c",
            &connections.to_string(),
            "-d",
            &format!("{seconds}s"),
            "--latency",
            "-s",
        ])
        .arg(&script)
        .arg(format!("http://127.0.0.1:{port}/v1/process"))
        .output()
        .map_err(|e| e.to_string())?;
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    std::thread::sleep(Duration::from_secs(2));
    let after = rss(server.id());
    let _ = server.kill();
    let _ = server.wait();

    println!("{report}");
    let rate = report
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .unwrap_or(0.0);
    println!(
        "CLI on the same cores: {cli_rate:.0} seed articles/s; server: {rate:.0} requests/s = {:.0}% of the CLI",
        100.0 * rate / cli_rate
    );
    println!(
        "server RSS: {} MB before, {} MB after the run ({:+.1}%)",
        before / 1024,
        after / 1024,
        100.0 * (after as f64 - before as f64) / before.max(1) as f64
    );
    Ok(())
}
