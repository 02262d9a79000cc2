//! Project automation for newsline: `cargo xtask pipeline|eval|bench|ci`.

mod eval_anchoring;
mod eval_enrich;
mod eval_html;
mod eval_timex;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("eval") => eval(args.get(1..).unwrap_or_default()),
        _ => Err("usage: cargo xtask <pipeline|eval|bench|ci>".to_owned()),
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
        _ => Err("usage: cargo xtask eval <timex|entities|quotes|anchoring|html> --gold FILE".to_owned()),
    }
}
