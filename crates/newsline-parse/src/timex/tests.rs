use super::*;

fn texts(s: &str) -> Vec<&str> {
    scan(s).into_iter().map(|(sp, _)| &s[sp.start..sp.end]).collect()
}

#[test]
fn finds_basic() {
    assert_eq!(texts("Four years ago, he left."), vec!["Four years ago"]);
}
