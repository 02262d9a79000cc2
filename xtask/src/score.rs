//! The arithmetic every evaluation shares: shares, precision/recall/F1.

/// `part / whole`, and 0 for an empty whole (a score over nothing is no score).
pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The harmonic mean of precision and recall; 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Precision, recall and F1 (fractions) from true positives and the system and
/// gold counts.
pub fn prf(tp: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(tp, sys), ratio(tp, gold));
    (p, r, f1(p, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_counts_score_zero() {
        assert_eq!(prf(0, 0, 0), (0.0, 0.0, 0.0));
        assert_eq!(prf(1, 2, 4), (0.5, 0.25, 1.0 / 3.0));
    }
}
