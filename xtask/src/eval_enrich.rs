//! `cargo xtask eval` for one layer; see the issue it serves.

/// Runs the evaluation with the arguments after `eval <layer>`.
pub fn run(args: &[String]) -> Result<(), String> {
    Err(format!("not implemented yet: {args:?}"))
}
