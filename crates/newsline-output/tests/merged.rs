//! Two short wire reports of one event, through the real stages, merge into one
//! entry citing both; every merged format shows it.

use newsline_model::{Dct, DctSource, Document};
use newsline_output::{Format, render_merged};

fn report(id: &str, dct: (i32, u32, u32), text: &str) -> Document {
    let mut doc = Document::new(id, text);
    let date = chrono::NaiveDate::from_ymd_opt(dct.0, dct.1, dct.2).unwrap();
    doc.document.dct = Some(Dct::new(date, None, DctSource::Record));
    newsline_parse::parse_article(&mut doc);
    newsline_parse::recognize_timexes(&mut doc);
    newsline_time::normalize(&mut doc);
    newsline_enrich::enrich(&mut doc);
    newsline_time::build_timeline(&mut doc);
    doc
}

#[test]
fn one_event_from_two_wires_is_one_entry_in_every_format() {
    let docs = [
        report(
            "apw",
            (1998, 8, 7),
            "Bombs rock embassy\n\nNAIROBI, Kenya (AP) _ A bomb exploded outside the U.S. Embassy in Nairobi on Friday, killing at least 12 people, witnesses said.\n",
        ),
        report(
            "xie",
            (1998, 8, 8),
            "Blast at embassy\n\nNAIROBI, August 8 (Xinhua) -- A powerful bomb exploded outside the U.S. Embassy in Nairobi on Friday, killing dozens of people.\n",
        ),
    ];
    let merged = newsline_time::merge_timelines(&docs);
    let shared: Vec<_> = merged.entries.iter().filter(|e| e.docs.len() > 1).collect();
    // The explosion and the killing are two events, each reported by both wires.
    assert!(
        !shared.is_empty() && shared.iter().all(|e| e.docs == ["apw", "xie"]),
        "{merged:#?}"
    );
    assert_eq!(shared[0].value, "1998-08-07");
    assert_eq!(shared[0].docs, ["apw", "xie"]);

    let md = render_merged(&merged, &docs, Format::Markdown).unwrap();
    assert!(
        md.contains(&format!(
            "{} reported by more than one document",
            shared.len()
        )),
        "{md}"
    );
    assert!(md.contains("`apw`, `xie`"), "{md}");
    let csv = render_merged(&merged, &docs, Format::Csv).unwrap();
    let id = &shared[0].id;
    assert_eq!(
        csv.lines()
            .filter(|l| l.ends_with(&format!(",{id}")))
            .count(),
        2,
        "{csv}"
    );
    let html = render_merged(&merged, &docs, Format::Html).unwrap();
    assert!(
        html.contains(&format!("id=\"entry-{id}\"")) && html.contains("<ul class=\"reports\">")
    );
    let tljs: serde_json::Value =
        serde_json::from_str(&render_merged(&merged, &docs, Format::TimelineJs).unwrap()).unwrap();
    let event = tljs["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["unique_id"] == id.as_str())
        .unwrap();
    assert_eq!(
        event["start_date"],
        serde_json::json!({"year": 1998, "month": 8, "day": 7})
    );
    assert!(
        event["text"]["text"]
            .as_str()
            .unwrap()
            .contains("also reported by xie")
    );
}
