//! `newsline serve` over a real loopback socket: every endpoint, the limits and
//! the error codes, and the reader's page in a real browser.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use newsline::serve::{ServeConfig, serve};

/// Starts a server on an ephemeral port; it stops when the returned sender drops.
fn start(
    config: ServeConfig,
) -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    std::thread::JoinHandle<()>,
) {
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let handle = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            serve(listener, config, async {
                let _ = stop_rx.await;
            })
            .await
            .unwrap();
        });
    });
    (addr_rx.recv().unwrap(), stop_tx, handle)
}

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

/// A minimal HTTP/1.1 client: enough to see exactly what the server sends.
fn request(addr: SocketAddr, method: &str, path: &str, content_type: &str, body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: test\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (headers, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = if headers
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_owned()
    };
    Reply {
        status,
        headers: headers.to_owned(),
        body,
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.push_str(&rest[..size]);
        body = &rest[size + 2..];
    }
    out
}

fn error_code(reply: &Reply) -> String {
    let v: serde_json::Value =
        serde_json::from_str(&reply.body).unwrap_or_else(|_| panic!("not JSON: {}", reply.body));
    v["error"]["code"].as_str().unwrap().to_owned()
}

const SEED: &str = include_str!("../../../fixtures/articles/000_rfa_seed.txt");

#[test]
fn endpoints_limits_and_errors() {
    let config = ServeConfig {
        body_limit: 64 * 1024,
        ..ServeConfig::default()
    };
    let (addr, stop, handle) = start(config);

    let health = request(addr, "GET", "/healthz", "text/plain", b"");
    assert_eq!(
        (health.status, health.body.as_str()),
        (200, "{\"status\":\"ok\"}")
    );

    let schema = request(addr, "GET", "/v1/schema", "text/plain", b"");
    assert_eq!(schema.status, 200);
    assert!(serde_json::from_str::<serde_json::Value>(&schema.body).is_ok());

    let page = request(addr, "GET", "/", "text/plain", b"");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<textarea"));

    let json = request(
        addr,
        "POST",
        "/v1/process",
        "application/json",
        br#"{"id":"a","text":"Kim met Putin on Monday.","dct":"2023-09-11"}"#,
    );
    assert_eq!(json.status, 200, "{}", json.body);
    let doc: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(
        (doc["schema"].as_str(), doc["id"].as_str()),
        (Some("newsline/1"), Some("a"))
    );

    let seed = request(
        addr,
        "POST",
        "/v1/process?format=md",
        "text/plain; charset=utf-8",
        SEED.as_bytes(),
    );
    assert_eq!(seed.status, 200);
    assert!(
        seed.headers
            .to_ascii_lowercase()
            .contains("content-type: text/markdown")
    );
    assert!(seed.body.contains("Vladivostok"));

    let plain_dct = request(
        addr,
        "POST",
        "/v1/process?dct=2020-01-01&id=p",
        "text/plain",
        b"Talks resumed on Friday.",
    );
    let doc: serde_json::Value = serde_json::from_str(&plain_dct.body).unwrap();
    assert_eq!(doc["document"]["dct"]["value"], "2020-01-01");

    let bad_json = request(
        addr,
        "POST",
        "/v1/process",
        "application/json",
        b"{\"text\": ",
    );
    assert_eq!(
        (bad_json.status, error_code(&bad_json).as_str()),
        (400, "invalid-json")
    );
    assert!(bad_json.body.contains("line 1, column"));

    let no_text = request(
        addr,
        "POST",
        "/v1/process",
        "application/json",
        b"{\"id\":\"x\"}",
    );
    assert_eq!(
        (no_text.status, error_code(&no_text).as_str()),
        (400, "missing-text")
    );

    let empty = request(addr, "POST", "/v1/process", "text/plain", b"   ");
    assert_eq!(empty.status, 422);

    let bad_format = request(addr, "POST", "/v1/process?format=pdf", "text/plain", b"x");
    assert_eq!(
        (bad_format.status, error_code(&bad_format).as_str()),
        (400, "bad-format")
    );

    let too_large = request(
        addr,
        "POST",
        "/v1/process",
        "text/plain",
        &vec![b'a'; 100 * 1024],
    );
    assert_eq!(
        (too_large.status, error_code(&too_large).as_str()),
        (413, "too-large")
    );

    let missing = request(addr, "GET", "/nope", "text/plain", b"");
    assert_eq!(
        (missing.status, error_code(&missing).as_str()),
        (404, "not-found")
    );

    let mut lines = String::new();
    for i in 0..20 {
        lines.push_str(&format!(
            "{{\"id\":\"b{i}\",\"text\":\"Talks resumed on Friday.\",\"dct\":\"2020-01-0{}\"}}\n",
            i % 9 + 1
        ));
    }
    lines.push_str("not json\n");
    let batch = request(
        addr,
        "POST",
        "/v1/batch",
        "application/x-ndjson",
        lines.as_bytes(),
    );
    assert_eq!(batch.status, 200);
    let ids: Vec<String> = batch
        .body
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let mut expected: Vec<String> = (0..20).map(|i| format!("b{i}")).collect();
    expected.push("line-21".to_owned());
    assert_eq!(ids, expected, "input order, errors in place");

    drop(stop);
    handle.join().unwrap();
}

#[test]
fn slow_documents_get_a_504() {
    let config = ServeConfig {
        timeout: Duration::from_nanos(1),
        ..ServeConfig::default()
    };
    let (addr, stop, handle) = start(config);
    let reply = request(addr, "POST", "/v1/process", "text/plain", SEED.as_bytes());
    assert_eq!(
        (reply.status, error_code(&reply).as_str()),
        (504, "timeout")
    );
    drop(stop);
    handle.join().unwrap();
}

#[test]
fn the_page_shows_the_seed_timeline_in_a_browser() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have chromium (.ci/run installs it)"
        );
        eprintln!("skipping: no chromium on this machine");
        return;
    };
    let (addr, stop, handle) = start(ServeConfig::default());
    let fragment: String = SEED
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let url = format!("http://{addr}/#text={fragment}");
    let profile = tempdir("serve-browser");
    let artifacts = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-seed.png");
    let base_flags = |extra: &[String]| {
        let mut args: Vec<String> = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=20000",
            "--window-size=1200,2400",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.extend_from_slice(extra);
        args.push(url.clone());
        args
    };
    let dom = std::process::Command::new(chromium)
        .args(base_flags(&["--dump-dom".to_owned()]))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("data-state=\"done\""),
        "the page processed the article: {}",
        &dom[..dom.len().min(2000)]
    );
    assert!(
        dom.matches("timeline-entry").count() >= 5,
        "timeline entries in the DOM"
    );
    let shot = std::process::Command::new(chromium)
        .args(base_flags(&[format!(
            "--screenshot={}",
            artifacts.display()
        )]))
        .output()
        .unwrap();
    assert!(
        shot.status.success() && artifacts.exists(),
        "screenshot saved as a test artifact"
    );
    eprintln!("screenshot: {}", artifacts.display());
    drop(stop);
    handle.join().unwrap();
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("newsline-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
