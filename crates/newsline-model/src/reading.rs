//! The symbolic reading of a time expression: what the grammar understood,
//! before anything is resolved against a calendar.

use serde::{Deserialize, Serialize};

/// What a time expression says, independent of when it was written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimexReading {
    /// A calendar date, any field possibly missing (`Sept. 11`, `2019`, `April 2019`).
    Calendar {
        /// Year, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        /// Month 1–12, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        month: Option<u32>,
        /// Day of month, when written.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        day: Option<u32>,
    },
}
