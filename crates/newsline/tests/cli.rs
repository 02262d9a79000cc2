//! The command-line contract: `newsline process --input jsonl --format jsonl` maps
//! stdin to stdout one line per input line, in order, errors included as records.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn newsline(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../../fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_contract_one_line_per_input_line_in_order() {
    let input = "{\"id\":\"a\",\"text\":\"Kim met Putin on Monday.\",\"dct\":\"2023-09-11\"}\n\
                 not json\n\
                 {\"id\":\"c\",\"title\":\"no text\"}\n\
                 {\"id\":\"d\",\"text\":\"The summit was in April 2019.\"}\n\
                 {\"id\":\"e\",\"text\":\"x\",\"dct\":\"0000-01-01\"}\n";
    let out = newsline(
        &["process", "--input", "jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    let records = lines(&out);
    let ids: Vec<_> = records
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["a", "line-2", "c", "d", "e"]);
    assert!(records.iter().all(|r| r["schema"] == "newsline/1"));
    assert_eq!(records[0]["document"]["dct"]["value"], "2023-09-11");
    assert_eq!(records[1]["error"]["code"], "jsonl/invalid-json");
    assert_eq!(records[1]["error"]["line"], 2);
    assert_eq!(records[2]["error"]["code"], "jsonl/missing-text");
    assert!(records[3]["text"].is_string());
    assert_eq!(records[4]["error"]["code"], "input/invalid-dct");
    assert_eq!(
        out.status.code(),
        Some(1),
        "failures make the exit status non-zero"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("5 inputs: 2 ok, 3 failed"), "{stderr}");
}

#[test]
fn a_slice_of_a_file_reports_whole_file_line_numbers() {
    // What a Spark partition starting at line 31 sends: a blank line, a good
    // record, a broken one.
    let input = "\n{\"id\":\"a\",\"text\":\"Kim met Putin.\"}\nnot json\n";
    let out = newsline(
        &[
            "process",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--quiet",
            "--first-line",
            "31",
        ],
        input.as_bytes(),
    );
    let records = lines(&out);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["source"]["line"], 32);
    assert_eq!(records[1]["id"], "line-33");
    assert_eq!(records[1]["error"]["line"], 33);
}

#[test]
fn sample_fixture_stream_keeps_order_and_counts() {
    let input = fixture("jsonl/sample.jsonl");
    let n = input
        .split(|b| *b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    let out = newsline(
        &[
            "process", "--input", "jsonl", "--format", "jsonl", "--jobs", "2",
        ],
        &input,
    );
    let records = lines(&out);
    assert_eq!(records.len(), n);
    let failed = records.iter().filter(|r| r.get("error").is_some()).count();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{n} inputs: {} ok, {failed} failed", n - failed)),
        "{stderr}"
    );
}

#[test]
fn gzip_input_is_read_transparently() {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"{\"id\":\"z\",\"text\":\"Talks resumed on Friday.\",\"dct\":\"2020-01-01\"}\n")
        .unwrap();
    let out = newsline(
        &["process", "--input", "jsonl", "--format", "jsonl"],
        &gz.finish().unwrap(),
    );
    assert_eq!(lines(&out)[0]["id"], "z");
    assert!(out.status.success());
}

#[test]
fn a_text_article_on_stdin_with_a_dct_flag() {
    let out = newsline(
        &["process", "--format", "json", "--dct", "2023-09-11"],
        b"Officials met on Monday.\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], "stdin");
    assert_eq!(doc["document"]["dct"]["source"], "flag");
}

#[test]
fn bad_files_cost_one_error_record_each() {
    let dir = std::env::temp_dir().join(format!("newsline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a_empty.txt"), b"").unwrap();
    std::fs::write(dir.join("b_binary.txt"), b"%PDF-1.4\x00\x01\x02binary").unwrap();
    std::fs::write(
        dir.join("c_good.txt"),
        "Headline\n\nTalks resumed on Friday, officials said.\n",
    )
    .unwrap();
    std::fs::write(dir.join("d_invalid.txt"), b"Talks \xff\xfe resumed.\n").unwrap();
    let out = newsline(
        &["process", "--format", "jsonl", dir.to_str().unwrap()],
        b"",
    );
    let records = lines(&out);
    let summary: Vec<_> = records
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["error"]["code"].as_str().unwrap_or("ok").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("a_empty".to_owned(), "input/empty".to_owned()),
            ("b_binary".to_owned(), "input/binary".to_owned()),
            ("c_good".to_owned(), "ok".to_owned()),
            ("d_invalid".to_owned(), "ok".to_owned()),
        ]
    );
    let diagnostics = records[3]["diagnostics"].as_array().unwrap();
    assert!(
        diagnostics
            .iter()
            .any(|d| d["code"] == "parse/invalid-utf8"),
        "{diagnostics:?}"
    );
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_oversized_jsonl_line_is_one_error_and_the_stream_goes_on() {
    let big = "x".repeat(3000);
    let input = format!(
        "{{\"id\":\"big\",\"text\":\"{big}\"}}\n{{\"id\":\"after\",\"text\":\"Talks resumed on Friday.\"}}\n"
    );
    let out = newsline(
        &[
            "process",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--max-bytes",
            "1000",
        ],
        input.as_bytes(),
    );
    let records = lines(&out);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["error"]["code"], "input/too-large");
    assert_eq!(records[1]["id"], "after");
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let mut input = String::new();
    for i in 0..2000 {
        input.push_str(&format!(
            "{{\"id\":\"{i}\",\"text\":\"Talks resumed on Friday.\"}}\n"
        ));
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsline"))
        .args([
            "process", "--input", "jsonl", "--format", "jsonl", "--quiet",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(141));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_killed_run_resumes_without_loss_or_duplicates() {
    let dir = std::env::temp_dir().join(format!("newsline-resume-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input_path = dir.join("in.jsonl");
    let mut input = String::new();
    let n = 3000;
    for i in 0..n {
        input.push_str(&format!(
            "{{\"id\":\"doc-{i}\",\"text\":\"Kim Jong Un met Vladimir Putin in Vladivostok on Monday, officials said on Tuesday.\",\"dct\":\"2023-09-11\"}}\n"
        ));
    }
    std::fs::write(&input_path, &input).unwrap();
    let output = dir.join("out.jsonl");
    let args = [
        "process",
        "--input",
        "jsonl",
        "--format",
        "jsonl",
        "--jobs",
        "1",
        "--quiet",
        "-o",
        output.to_str().unwrap(),
    ];

    let mut child = Command::new(env!("CARGO_BIN_EXE_newsline"))
        .args(args)
        .arg(&input_path)
        .spawn()
        .unwrap();
    let partial = dir.join("out.jsonl.partial");
    // Kill it once it has written something but before it can have finished.
    let started = std::time::Instant::now();
    while std::fs::metadata(&partial).map(|m| m.len()).unwrap_or(0) < 1 << 16 {
        assert!(started.elapsed().as_secs() < 60, "no progress");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        !output.exists(),
        "an interrupted run leaves no finished-looking file"
    );

    let status = Command::new(env!("CARGO_BIN_EXE_newsline"))
        .args(args)
        .arg("--resume")
        .arg(&input_path)
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&output).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(ids.len(), n, "every input once");
    assert_eq!(unique.len(), n, "no duplicates");
    std::fs::remove_dir_all(&dir).unwrap();
}
