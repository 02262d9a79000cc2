//! The seed's HTML page in a real browser: headless Chromium loads it from a file,
//! runs its script, and the dumped DOM has the timeline entries in order.
//!
//! Needs the Debian `chromium` package. Without it the test is skipped with a note,
//! except under CI (`CI` set), where a missing browser fails the test.

mod common;

use std::path::PathBuf;
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    })
}

#[test]
fn seed_page_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!(
                "chromium is not installed, and CI is set: install the Debian `chromium` package"
            );
        }
        eprintln!("note: chromium not found; skipping the browser test (apt-get install chromium)");
        return;
    };
    let doc = common::seed();
    let html = newsline_output::render(&doc, newsline_output::Format::Html).unwrap();
    let expected: Vec<String> = doc.timeline.iter().map(|e| e.event.clone()).collect();

    let dir = std::env::temp_dir().join(format!("newsline-browser-{}", std::process::id()));
    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).unwrap();
    let page = dir.join("seed.html");
    std::fs::write(&page, &html).unwrap();

    let output = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "chromium failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let dom = String::from_utf8_lossy(&output.stdout);

    // The script ran: it marks the body once the entries are wired.
    let ready = format!("data-ready=\"{}\"", expected.len());
    assert!(
        dom.contains(&ready),
        "the page script did not run ({ready} missing)"
    );

    // Every entry is in the DOM, in timeline order.
    let mut found = Vec::new();
    let mut rest = dom.as_ref();
    while let Some(i) = rest.find("class=\"timeline-entry") {
        rest = &rest[i..];
        let id = rest
            .find("data-event=\"")
            .map(|j| &rest[j + 12..])
            .and_then(|s| s.split('"').next())
            .unwrap_or_default();
        found.push(id.to_owned());
        rest = &rest[1..];
    }
    assert_eq!(found, expected, "timeline entries in the DOM, in order");
    // The article text is there too, with its annotations.
    assert!(dom.contains("class=\"text\""));
}
