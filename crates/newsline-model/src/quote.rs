use serde::{Deserialize, Serialize};

use crate::{Span, Spanned};

/// How a quote is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole quoted sentence or more.
    Direct,
    /// Quoted words inside the reporter's sentence.
    Partial,
    /// Reported speech without quote marks (`said that …`, `according to …`).
    Indirect,
    /// Quote marks around a term, with no speaker (`"pariah status"`).
    Scare,
}

/// Something someone said, and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// `q1`, `q2`, … in text order.
    pub id: String,
    /// The quoted content, without the quote marks.
    pub span: Span,
    /// `&document.text[span]`.
    pub text: String,
    /// How it is attributed.
    pub kind: QuoteKind,
    /// The cue verb or phrase (`said`, `according to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Spanned>,
    /// The words naming the speaker at the cue (`he`, `Yang Moo-jin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_mention: Option<Spanned>,
    /// The speaker's entity id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The speaker's name, or a description for anonymous sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_name: Option<String>,
}
