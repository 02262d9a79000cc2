//! Bytes to text: BOMs, UTF-16, invalid UTF-8 and inputs that are not articles.
//!
//! Our documented choice for invalid UTF-8: decode it lossily (each bad sequence
//! becomes U+FFFD) and say so in a `parse/invalid-utf8` warning that names the
//! first bad byte offset and how many bad sequences there were. Users run
//! newsline unattended over web text, where one stray Latin-1 byte should not cost
//! the whole article.

use newsline_model::{Diagnostic, Level};
use thiserror::Error;

/// Default size limit for one document: 64 MiB.
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// How much of the input the binary sniffing looks at.
const SNIFF_BYTES: usize = 8 * 1024;

/// Why bytes could not become an article at all.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    /// Zero bytes.
    #[error("the input is empty")]
    Empty,
    /// Only whitespace (after decoding).
    #[error("the input holds only whitespace")]
    WhitespaceOnly,
    /// A binary file (NUL bytes, control characters or a known file signature).
    #[error("the input looks binary (at byte {offset}), not text")]
    Binary {
        /// The first byte that gave it away.
        offset: usize,
    },
    /// Larger than the configured limit.
    #[error("the input has {len} bytes, more than the limit of {limit}")]
    TooLarge {
        /// Input length in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
}

/// Settings for [`decode_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeOptions {
    /// Inputs longer than this are refused with [`InputError::TooLarge`].
    pub max_bytes: usize,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        DecodeOptions {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// [`decode_with`] under the default options.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<Diagnostic>), InputError> {
    decode_with(bytes, &DecodeOptions::default())
}

/// Turns raw file bytes into article text plus diagnostics about the decoding.
///
/// - a UTF-8 BOM is stripped (info `parse/bom`);
/// - UTF-16LE/BE with a BOM is decoded (info `parse/utf16`);
/// - invalid UTF-8 is decoded lossily (warning `parse/invalid-utf8`);
/// - empty, whitespace-only, binary and oversized inputs are errors.
///
/// ```
/// let (text, diags) = newsline_parse::decode(b"\xEF\xBB\xBFHello").unwrap();
/// assert_eq!(text, "Hello");
/// assert_eq!(diags[0].code, "parse/bom");
/// assert!(newsline_parse::decode(b"%PDF-1.7 ...").is_err());
/// ```
pub fn decode_with(
    bytes: &[u8],
    options: &DecodeOptions,
) -> Result<(String, Vec<Diagnostic>), InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if bytes.len() > options.max_bytes {
        return Err(InputError::TooLarge {
            len: bytes.len(),
            limit: options.max_bytes,
        });
    }
    let mut diags = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        diags.push(Diagnostic::new(
            Level::Info,
            "parse/bom",
            "a UTF-8 byte order mark was removed",
        ));
        utf8(rest, &mut diags)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, false, &mut diags)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, true, &mut diags)?
    } else {
        utf8(bytes, &mut diags)?
    };
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    if text.chars().all(char::is_whitespace) {
        return Err(InputError::WhitespaceOnly);
    }
    Ok((text, diags))
}

fn utf16(rest: &[u8], big_endian: bool, diags: &mut Vec<Diagnostic>) -> Result<String, InputError> {
    let units = rest.chunks_exact(2).map(|pair| match pair {
        [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
        [a, b] => u16::from_le_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    let mut bad = 0usize;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
    diags.push(Diagnostic::new(
        Level::Info,
        "parse/utf16",
        format!("the input was decoded from {name} (byte order mark)"),
    ));
    if bad > 0 || rest.len() % 2 == 1 {
        diags.push(Diagnostic::new(
            Level::Warning,
            "parse/invalid-utf16",
            format!("{bad} unpaired UTF-16 surrogate(s) or a trailing odd byte were replaced"),
        ));
    }
    if let Some(offset) = binary_offset(text.as_bytes()) {
        return Err(InputError::Binary { offset });
    }
    Ok(text)
}

fn utf8(bytes: &[u8], diags: &mut Vec<Diagnostic>) -> Result<String, InputError> {
    if let Some(offset) = binary_offset(bytes) {
        return Err(InputError::Binary { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(first) => {
            let first_offset = first.valid_up_to();
            let mut count = 0usize;
            let mut out = String::with_capacity(bytes.len() + 16);
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    count += 1;
                    out.push(char::REPLACEMENT_CHARACTER);
                }
            }
            diags.push(Diagnostic::new(
                Level::Warning,
                "parse/invalid-utf8",
                format!(
                    "the input is not valid UTF-8: {count} invalid byte sequence(s), the first at byte {first_offset}, replaced by U+FFFD"
                ),
            ));
            Ok(out)
        }
    }
}

/// The offset that shows `bytes` is binary, if it is.
fn binary_offset(bytes: &[u8]) -> Option<usize> {
    const MAGIC: &[&[u8]] = &[
        b"%PDF-",
        b"\x89PNG\r\n\x1a\n",
        b"GIF87a",
        b"GIF89a",
        b"PK\x03\x04",
        b"\x1f\x8b",
        b"\xFF\xD8\xFF",
    ];
    if MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Some(0);
    }
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if let Some(nul) = memchr::memchr(0, head) {
        return Some(nul);
    }
    // Text uses tab, newline, carriage return and form feed; a high share of other
    // C0 controls means the bytes are not prose.
    let mut controls = 0usize;
    let mut first = None;
    for (i, &b) in head.iter().enumerate() {
        if b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C) || b == 0x7F {
            controls += 1;
            first.get_or_insert(i);
        }
    }
    if controls * 10 > head.len() && controls >= 4 {
        return first;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_has_no_diagnostics() {
        let (t, d) = decode("Kim met Putin.\n".as_bytes()).unwrap();
        assert_eq!(t, "Kim met Putin.\n");
        assert!(d.is_empty());
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (t, d) = decode(b"\xEF\xBB\xBFHi there").unwrap();
        assert_eq!(t, "Hi there");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "parse/bom");
    }

    #[test]
    fn utf16_le_and_be() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in "Hé – ok".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().0, "Hé – ok");
        let (t, d) = decode(&be).unwrap();
        assert_eq!(t, "Hé – ok");
        assert_eq!(d[0].code, "parse/utf16");
    }

    #[test]
    fn invalid_utf8_is_lossy_with_warning() {
        let (t, d) = decode(b"Caf\xE9 and \xFF\xFE more").unwrap();
        assert_eq!(t, "Caf\u{FFFD} and \u{FFFD}\u{FFFD} more");
        assert_eq!(d[0].code, "parse/invalid-utf8");
        assert_eq!(d[0].level, Level::Warning);
        assert!(d[0].message.contains("byte 3"), "{}", d[0].message);
        assert!(d[0].message.contains("3 invalid"), "{}", d[0].message);
    }

    #[test]
    fn empty_and_whitespace() {
        assert_eq!(decode(b""), Err(InputError::Empty));
        assert_eq!(decode(b" \n\t\r\n"), Err(InputError::WhitespaceOnly));
        assert_eq!(
            decode("\u{a0}\n ".as_bytes()),
            Err(InputError::WhitespaceOnly)
        );
        assert_eq!(decode(b"\xEF\xBB\xBF"), Err(InputError::Empty));
    }

    #[test]
    fn binary_inputs() {
        assert_eq!(
            decode(b"%PDF-1.4\n..."),
            Err(InputError::Binary { offset: 0 })
        );
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"GIF89a.."),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"PK\x03\x04zip"),
            Err(InputError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"\x1f\x8b\x08"),
            Err(InputError::Binary { .. })
        ));
        assert_eq!(decode(b"text\0more"), Err(InputError::Binary { offset: 4 }));
        assert!(matches!(
            decode(b"\x01\x02\x03\x04\x05abc"),
            Err(InputError::Binary { .. })
        ));
    }

    #[test]
    fn too_large() {
        let opts = DecodeOptions { max_bytes: 4 };
        assert_eq!(
            decode_with(b"hello", &opts),
            Err(InputError::TooLarge { len: 5, limit: 4 })
        );
    }
}
