//! `cargo xtask spark-check`: newsline under Apache Spark (local mode) gives the
//! same records, in the same order, as a direct run of the binary.

use std::fs;
use std::process::{Command, Stdio};

/// Installs pyspark into a virtualenv, runs the example in `local[2]` mode over
/// the fixture JSONL corpus, and compares with the direct run.
pub fn run(_args: &[String]) -> Result<(), String> {
    let root = crate::root();
    crate::run_command("cargo", &["build", "--release", "-p", "newsline"])?;
    let binary = root.join("target/release/newsline");
    let work = root.join("target/spark-check");
    fs::create_dir_all(&work).map_err(|e| e.to_string())?;

    let venv = root.join("target/spark-venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        crate::run_command("python3", &["-m", "venv", &venv.to_string_lossy()])?;
    }
    let has_pyspark = Command::new(&python)
        .args(["-c", "import pyspark"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_pyspark {
        crate::run_command(
            &python.to_string_lossy(),
            &["-m", "pip", "install", "--quiet", "pyspark>=3.5,<5"],
        )?;
    }

    // The corpus: every fixture article as a record, plus the hand-made stream
    // with its deliberately broken lines.
    let corpus = work.join("corpus.jsonl");
    let mut lines = Vec::new();
    let dcts: std::collections::BTreeMap<String, String> =
        fs::read_to_string(root.join("fixtures/articles/dct.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
    let mut files: Vec<_> = fs::read_dir(root.join("fixtures/articles"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
        let mut record =
            serde_json::json!({"id": newsline::input::id_of_path(&path), "text": text});
        if let Some(dct) = dcts.get(&name) {
            record["dct"] = serde_json::Value::String(dct.clone());
        }
        lines.push(record.to_string());
    }
    if let Ok(sample) = fs::read_to_string(root.join("fixtures/jsonl/sample.jsonl")) {
        lines.extend(
            sample
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned),
        );
    }
    fs::write(&corpus, lines.join("\n") + "\n").map_err(|e| e.to_string())?;

    let direct = Command::new(&binary)
        .args([
            "process", "--input", "jsonl", "--format", "jsonl", "--quiet",
        ])
        .stdin(fs::File::open(&corpus).map_err(|e| e.to_string())?)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    let direct = String::from_utf8_lossy(&direct.stdout).into_owned();

    let collected = work.join("spark.jsonl");
    let script = root.join("examples/spark/newsline_spark.py");
    let status = Command::new(&python)
        .arg(&script)
        .args(["--master", "local[2]", "--partitions", "4", "--binary"])
        .arg(&binary)
        .arg("--input")
        .arg(&corpus)
        .arg("--collect")
        .arg(&collected)
        .env("PYSPARK_PYTHON", &python)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("spark run failed: {status}"));
    }
    let spark = fs::read_to_string(&collected).map_err(|e| e.to_string())?;
    let direct_lines: Vec<&str> = direct.lines().collect();
    let spark_lines: Vec<&str> = spark.lines().collect();
    if direct_lines.len() != spark_lines.len() {
        return Err(format!(
            "spark gave {} records, the direct run {}",
            spark_lines.len(),
            direct_lines.len()
        ));
    }
    for (i, (a, b)) in direct_lines.iter().zip(&spark_lines).enumerate() {
        let (a, b): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(a).map_err(|e| e.to_string())?,
            serde_json::from_str(b).map_err(|e| e.to_string())?,
        );
        if a != b {
            return Err(format!(
                "record {} differs: id {} vs {}",
                i + 1,
                a["id"],
                b["id"]
            ));
        }
    }
    println!(
        "spark-check: {} records, identical to the direct run, in the same order",
        spark_lines.len()
    );
    Ok(())
}
