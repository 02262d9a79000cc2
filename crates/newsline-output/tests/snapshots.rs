//! Every output format of every fixture article, snapshot-tested and checked to
//! be byte-stable. The fixtures run through the real stages, so these snapshots
//! change when a stage improves: review them by eye before accepting.

mod common;

use newsline_output::{Format, render, render_merged};

/// The constant stylesheet and script are left out of HTML snapshots, so a
/// reviewer sees the markup that depends on the article.
fn html_body(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    for (open, close) in [("<style>", "</style>"), ("<script>", "</script>")] {
        if let (Some(a), Some(b)) = (rest.find(open), rest.find(close)) {
            out.push_str(&rest[..a + open.len()]);
            out.push('…');
            rest = &rest[b..];
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn every_format_of_every_fixture() {
    insta::glob!("../../../fixtures/articles", "*.txt", |path| {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let doc = common::process(path);
        let again = common::process(path);
        assert_eq!(doc, again, "processing is deterministic");
        for format in [
            Format::Json,
            Format::Markdown,
            Format::Html,
            Format::TimeMl,
            Format::TimelineJs,
            Format::Csv,
        ] {
            let out = render(&doc, format).unwrap();
            assert_eq!(
                out,
                render(&again, format).unwrap(),
                "{format} is byte-stable"
            );
            let shown = if format == Format::Html {
                html_body(&out)
            } else {
                out
            };
            insta::with_settings!({
                snapshot_suffix => format.name(),
                prepend_module_to_snapshot => false,
                omit_expression => true,
            }, {
                insta::assert_snapshot!(stem.as_str(), shown);
            });
        }
        let line = render(&doc, Format::Jsonl).unwrap();
        assert!(!line.contains('\n') && !line.ends_with('\n'));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&line).unwrap(),
            serde_json::from_str::<serde_json::Value>(&render(&doc, Format::Json).unwrap())
                .unwrap()
        );
    });
}

#[test]
fn merged_timeline_of_all_fixtures() {
    let docs = common::all();
    let merged = newsline_time::merge_timelines(&docs);
    assert_eq!(
        merged,
        newsline_time::merge_timelines(&docs),
        "merge is deterministic"
    );
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("merged.md", render_merged(&merged, &docs, Format::Markdown).unwrap());
        insta::assert_snapshot!("merged.csv", render_merged(&merged, &docs, Format::Csv).unwrap());
    });
    for format in [
        Format::Json,
        Format::Jsonl,
        Format::Html,
        Format::TimelineJs,
    ] {
        let a = render_merged(&merged, &docs, format).unwrap();
        assert_eq!(a, render_merged(&merged, &docs, format).unwrap());
    }
}
