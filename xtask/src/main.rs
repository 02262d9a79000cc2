//! Project automation for newsline: `cargo xtask pipeline|eval|bench|ci|fuzz`.
//!
//! A normal crate, run through the `xtask` alias in `.cargo/config.toml`, so the
//! project's chores need nothing but cargo.

mod bench;
mod eval_anchoring;
mod eval_enrich;
mod eval_html;
mod eval_timex;
mod load;
mod pipeline;
mod score;
mod spark;
mod timeml_gold;

use std::path::{Path, PathBuf};
use std::process::Command;

const USAGE: &str = "usage: cargo xtask <command>
  pipeline [PATH...] [--out DIR] [--merge]   process the fixtures (or PATHs) into out/<name>/
  eval <timex|entities|quotes|anchoring|html> --gold FILE [--details]
  bench [--quick] [--large]                  corpus runs + micro-benchmarks, writes BENCHMARKS.md
  ci                                         fmt, clippy, tests, docs, pipeline (what .ci/run does)
  fuzz [TARGET] [--seconds N]                run cargo-fuzz targets (installs cargo-fuzz)
  spark-check                                run the Spark example in local mode, compare with a direct run
  load [--seconds N] [--connections N]       load-test `newsline serve` with wrk";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("pipeline") => pipeline::run(rest),
        Some("eval") => eval(rest),
        Some("bench") => bench::run(rest),
        Some("ci") => ci(),
        Some("fuzz") => fuzz(rest),
        Some("spark-check") => spark::run(rest),
        Some("load") => load::run(rest),
        _ => Err(USAGE.to_owned()),
    };
    if let Err(message) = result {
        eprintln!("xtask: {message}");
        std::process::exit(1);
    }
}

fn eval(args: &[String]) -> Result<(), String> {
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("timex") => eval_timex::run(rest),
        Some("entities" | "quotes") => eval_enrich::run(args),
        Some("anchoring") => eval_anchoring::run(rest),
        Some("html") => eval_html::run(rest),
        _ => Err(
            "usage: cargo xtask eval <timex|entities|quotes|anchoring|html> --gold FILE".to_owned(),
        ),
    }
}

/// The repository root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Runs a command from the repository root, failing on a non-zero exit.
pub fn run_command(program: &str, args: &[&str]) -> Result<(), String> {
    run_command_env(program, args, &[])
}

/// [`run_command`] with extra environment variables.
pub fn run_command_env(program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} {} failed: {status}", args.join(" ")))
    }
}

fn ci() -> Result<(), String> {
    run_command("cargo", &["fmt", "--all", "--", "--check"])?;
    run_command(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    run_command("cargo", &["test", "--workspace"])?;
    run_command_env(
        "cargo",
        &["doc", "--workspace", "--no-deps"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    )?;
    run_command("cargo", &["xtask", "pipeline", "--out", "target/ci-out"])
}

fn fuzz(args: &[String]) -> Result<(), String> {
    let mut seconds = "60".to_owned();
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seconds" => seconds = it.next().cloned().ok_or("--seconds needs a number")?,
            other => targets.push(other.to_owned()),
        }
    }
    let installed = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        run_command("cargo", &["install", "cargo-fuzz", "--locked"])?;
    }
    run_command(
        "rustup",
        &["toolchain", "install", "nightly", "--profile", "minimal"],
    )?;
    if targets.is_empty() {
        let out = Command::new("cargo")
            .args(["+nightly", "fuzz", "list"])
            .current_dir(root().join("fuzz"))
            .output()
            .map_err(|e| e.to_string())?;
        targets = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect();
    }
    for target in targets {
        let status = Command::new("cargo")
            .args([
                "+nightly",
                "fuzz",
                "run",
                &target,
                "--",
                &format!("-max_total_time={seconds}"),
                "-timeout=1",
            ])
            .current_dir(root().join("fuzz"))
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("fuzz target {target} failed"));
        }
    }
    Ok(())
}
