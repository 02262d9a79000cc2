//! Where documents come from: files, folders, stdin; text, JSONL, HTML, WARC and
//! WET; gzip-compressed or not. Everything here is lazy: a folder is walked as it
//! is consumed and a JSONL stream is read a line at a time, so memory is bounded by
//! the documents in flight, not by the corpus.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use newsline_model::{Record, Source, SourceFormat};

use crate::{Options, ProcessError, warc};

/// How to read an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Decide by file name, or for stdin by the first non-blank byte.
    #[default]
    Auto,
    /// One plain-text article per file.
    Text,
    /// One JSON record per line.
    Jsonl,
    /// One HTML page per file.
    Html,
    /// WARC records (HTML responses or plain-text conversions).
    Warc,
    /// WET records (plain-text conversions).
    Wet,
}

impl std::str::FromStr for InputKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "auto" => InputKind::Auto,
            "text" | "txt" => InputKind::Text,
            "jsonl" | "ndjson" => InputKind::Jsonl,
            "html" | "htm" => InputKind::Html,
            "warc" => InputKind::Warc,
            "wet" => InputKind::Wet,
            other => {
                return Err(format!(
                    "unknown input kind {other:?} (auto, text, jsonl, html, warc, wet)"
                ));
            }
        })
    }
}

/// One unit of work: whatever becomes exactly one output record.
#[derive(Debug)]
pub enum Unit {
    /// A whole file (or stdin) holding one article.
    Whole {
        /// Document id: the file stem.
        id: String,
        /// The bytes as read.
        bytes: Vec<u8>,
        /// Where they came from.
        source: Source,
        /// A creation time given beside the file; wins over the text's own.
        dct: Option<String>,
    },
    /// One line of a JSONL stream.
    Line {
        /// The input it came from (`-` for stdin).
        input: String,
        /// 1-based line number.
        line_no: u64,
        /// The line without its terminator.
        line: String,
    },
    /// One WARC/WET record carrying a document.
    Warc {
        /// The input it came from.
        input: String,
        /// The record.
        record: warc::WarcRecord,
    },
    /// An input that could not be read; becomes an error record.
    Unreadable {
        /// Document id: the file stem or `line-N`.
        id: String,
        /// The input it came from.
        input: String,
        /// The 1-based line, for a stream that broke midway.
        line: Option<u64>,
        /// Stable code (`input/unreadable`, `warc/invalid`).
        code: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl Unit {
    /// The id the output record will carry, known before processing.
    pub fn id(&self) -> Option<&str> {
        match self {
            Unit::Whole { id, .. } | Unit::Unreadable { id, .. } => Some(id),
            Unit::Warc { record, .. } => Some(&record.id),
            Unit::Line { .. } => None,
        }
    }

    /// Runs the stages over the unit.
    pub fn process(self, options: &Options) -> Record {
        match self {
            Unit::Whole {
                id,
                bytes,
                source,
                dct,
            } => {
                let input = source.path.clone();
                let dct = match dct
                    .as_deref()
                    .map(|d| crate::parse_dct(d, newsline_model::DctSource::Record))
                    .transpose()
                {
                    Ok(dct) => dct,
                    Err(err) => return Record::Error(err.into_record(id, input.as_deref(), None)),
                };
                match crate::process_bytes(&id, &bytes, source, dct, options) {
                    Ok(doc) => Record::Document(Box::new(doc)),
                    Err(err) => Record::Error(err.into_record(id, input.as_deref(), None)),
                }
            }
            Unit::Line {
                input,
                line_no,
                line,
            } => crate::process_jsonl_line(&line, line_no, Some(&input), options),
            Unit::Warc { input, record } => {
                let mut options = options.clone();
                if options.fallback_dct.is_none() {
                    options.fallback_dct = record
                        .date
                        .as_deref()
                        .and_then(|d| crate::parse_dct(d, newsline_model::DctSource::Record).ok());
                }
                let source = Source {
                    path: Some(input.clone()),
                    url: record.target_uri.clone(),
                    format: record.format,
                    line: None,
                    offset_map: Vec::new(),
                };
                match crate::process_bytes(&record.id, &record.payload, source, None, &options) {
                    Ok(doc) => Record::Document(Box::new(doc)),
                    Err(err) => Record::Error(err.into_record(record.id, Some(&input), None)),
                }
            }
            Unit::Unreadable {
                id,
                input,
                line,
                code,
                message,
            } => Record::Error(newsline_model::ErrorRecord::new(
                id,
                newsline_model::ErrorInfo {
                    code: code.to_owned(),
                    message,
                    input: Some(input),
                    line,
                },
            )),
        }
    }
}

/// Opens `path` (or stdin for `-`), transparently gunzipping `.gz` files and
/// gzip streams on stdin.
pub fn open(path: &str) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if path == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut reader = BufReader::with_capacity(1 << 16, raw);
    let is_gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if is_gzip {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    })
}

/// The kind a file name suggests, `.gz` looked through.
pub fn kind_of_path(path: &Path) -> InputKind {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    match ext {
        "jsonl" | "ndjson" => InputKind::Jsonl,
        "html" | "htm" | "xhtml" => InputKind::Html,
        "warc" => InputKind::Warc,
        "wet" => InputKind::Wet,
        _ => InputKind::Text,
    }
}

/// The document id for a file: its name without the extensions.
pub fn id_of_path(path: &Path) -> String {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("document");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => name.to_owned(),
    }
}

/// Every unit in `paths`, in order: folders are walked (sorted, lazily), streams
/// are split into records as they are read.
pub fn units(paths: Vec<String>, kind: InputKind, max_bytes: usize) -> impl Iterator<Item = Unit> {
    units_from_line(paths, kind, max_bytes, 1)
}

/// Like [`units`], with JSONL line numbers (in `source.line`, error ids and
/// messages) counted from `first_line`: a worker fed one slice of a larger file
/// (a Spark partition) then reports the same lines a whole-file run would.
pub fn units_from_line(
    paths: Vec<String>,
    kind: InputKind,
    max_bytes: usize,
    first_line: u64,
) -> impl Iterator<Item = Unit> {
    files(paths).flat_map(move |path| units_of(path, kind, max_bytes, first_line))
}

/// Files under `paths` in a stable order; folders are read one at a time as the
/// walk reaches them.
fn files(paths: Vec<String>) -> impl Iterator<Item = String> {
    let mut stack: Vec<PathBuf> = paths.into_iter().rev().map(PathBuf::from).collect();
    std::iter::from_fn(move || {
        while let Some(path) = stack.pop() {
            if path.as_os_str() != "-" && path.is_dir() {
                let mut children: Vec<PathBuf> = match std::fs::read_dir(&path) {
                    Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                    Err(_) => return Some(path.to_string_lossy().into_owned()),
                };
                children.retain(|c| !is_skipped_in_walk(c));
                children.sort();
                stack.extend(children.into_iter().rev());
                continue;
            }
            return Some(path.to_string_lossy().into_owned());
        }
        None
    })
}

/// Files a folder walk passes over: hidden files and the notes, licenses and
/// side-car JSON that live beside articles in a corpus folder. A path named
/// explicitly is always read.
fn is_skipped_in_walk(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    let upper = name.to_ascii_uppercase();
    name.starts_with('.')
        || [".md", ".json", ".snap", ".toml"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || ["LICENSE", "NOTICE", "README", "COPYING"]
            .iter()
            .any(|p| upper.starts_with(p))
}

fn units_of(
    path: String,
    kind: InputKind,
    max_bytes: usize,
    first_line: u64,
) -> Box<dyn Iterator<Item = Unit> + Send> {
    let stdin = path == "-";
    let mut reader = match open(&path) {
        Ok(r) => r,
        Err(err) => return Box::new(std::iter::once(unreadable(&path, None, &err))),
    };
    let kind = match kind {
        InputKind::Auto if stdin => sniff(&mut reader),
        InputKind::Auto => kind_of_path(Path::new(&path)),
        k => k,
    };
    match kind {
        InputKind::Jsonl => Box::new(lines(path, reader, jsonl_line_limit(max_bytes), first_line)),
        InputKind::Warc | InputKind::Wet => {
            let input = path.clone();
            Box::new(warc::Records::new(reader, max_bytes).map(move |r| match r {
                Ok(record) => Unit::Warc {
                    input: input.clone(),
                    record,
                },
                Err(err) => Unit::Unreadable {
                    id: format!("record-{}", err.record),
                    input: input.clone(),
                    line: None,
                    code: "warc/invalid",
                    message: err.to_string(),
                },
            }))
        }
        InputKind::Text | InputKind::Html | InputKind::Auto => {
            let mut bytes = Vec::new();
            // One byte over the limit is enough to know the document is too large.
            let limit = u64::try_from(max_bytes)
                .unwrap_or(u64::MAX)
                .saturating_add(1);
            if let Err(err) = reader.take(limit).read_to_end(&mut bytes) {
                return Box::new(std::iter::once(unreadable(&path, None, &err)));
            }
            let id = if stdin {
                "stdin".to_owned()
            } else {
                id_of_path(Path::new(&path))
            };
            let format = if kind == InputKind::Html {
                SourceFormat::Html
            } else {
                SourceFormat::Text
            };
            let source = Source {
                path: (!stdin).then(|| path.clone()),
                url: None,
                format,
                line: None,
                offset_map: Vec::new(),
            };
            Box::new(std::iter::once(Unit::Whole {
                id,
                bytes,
                source,
                dct: None,
            }))
        }
    }
}

/// Decides between JSONL and a plain article on stdin by the first non-blank byte.
fn sniff(reader: &mut Box<dyn BufRead + Send>) -> InputKind {
    match reader.fill_buf() {
        Ok(buf) => match buf.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => InputKind::Jsonl,
            Some(b'<') => InputKind::Html,
            Some(b'W') if buf.starts_with(b"WARC/") => InputKind::Warc,
            _ => InputKind::Text,
        },
        Err(_) => InputKind::Text,
    }
}

fn unreadable(path: &str, line: Option<u64>, err: &io::Error) -> Unit {
    Unit::Unreadable {
        id: id_of_path(Path::new(path)),
        input: path.to_owned(),
        line,
        code: "input/unreadable",
        message: format!("cannot read {path}: {err}"),
    }
}

/// The lines of a JSONL stream as units; blank lines are skipped but still
/// counted, so line numbers match the input. Lines that are not UTF-8 become
/// error records, and a read error ends the stream with one.
fn lines(
    input: String,
    mut reader: Box<dyn BufRead + Send>,
    limit: usize,
    first_line: u64,
) -> impl Iterator<Item = Unit> {
    let mut line_no = first_line.saturating_sub(1);
    let mut done = false;
    std::iter::from_fn(move || {
        let mut buf = Vec::new();
        while !done {
            buf.clear();
            match read_line_bounded(&mut reader, &mut buf, limit) {
                Ok(LineRead::End) => done = true,
                Ok(LineRead::TooLong(len)) => {
                    line_no += 1;
                    return Some(Unit::Unreadable {
                        id: format!("line-{line_no}"),
                        input: input.clone(),
                        line: Some(line_no),
                        code: "input/too-large",
                        message: format!(
                            "line {line_no} is {len} bytes, over the {limit}-byte limit for one record"
                        ),
                    });
                }
                Ok(LineRead::Line) => {
                    line_no += 1;
                    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                        buf.pop();
                    }
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(match String::from_utf8(std::mem::take(&mut buf)) {
                        Ok(line) => Unit::Line {
                            input: input.clone(),
                            line_no,
                            line,
                        },
                        Err(_) => Unit::Unreadable {
                            id: format!("line-{line_no}"),
                            input: input.clone(),
                            line: Some(line_no),
                            code: "jsonl/invalid-utf8",
                            message: format!("line {line_no} is not valid UTF-8"),
                        },
                    });
                }
                Err(err) => {
                    done = true;
                    return Some(unreadable(&input, Some(line_no + 1), &err));
                }
            }
        }
        None
    })
}

impl From<ProcessError> for Record {
    fn from(err: ProcessError) -> Self {
        Record::Error(err.into_record("unknown", None, None))
    }
}

/// A JSONL line may be larger than its text by the JSON escaping and the other
/// fields; this leaves room for that while still bounding memory.
fn jsonl_line_limit(max_bytes: usize) -> usize {
    max_bytes.saturating_mul(2).saturating_add(1 << 20)
}

enum LineRead {
    End,
    Line,
    TooLong(u64),
}

/// Reads one line into `buf`, but never holds more than `limit` bytes of it: an
/// over-long line is consumed and dropped, so one absurd record costs one error
/// record, not the machine's memory.
fn read_line_bounded(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<LineRead> {
    // `read_until` finds the newline with the platform's memchr, several times
    // cheaper than a loop over bytes; the `take` lets it go one byte past the limit,
    // enough to tell an over-long line.
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let read = io::Read::take(&mut *reader, cap).read_until(b'\n', buf)?;
    if read == 0 {
        return Ok(LineRead::End);
    }
    if read <= limit {
        return Ok(LineRead::Line);
    }
    let ended = buf.last() == Some(&b'\n');
    buf.clear();
    buf.shrink_to_fit();
    let mut total = read as u64;
    if !ended {
        total += skip_line(reader)?;
    }
    Ok(LineRead::TooLong(total))
}

/// Consumes the rest of a line, newline included, and says how many bytes it had.
fn skip_line(reader: &mut dyn BufRead) -> io::Result<u64> {
    let mut skipped: u64 = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(skipped);
        }
        let (used, found) = match available.iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        skipped += used as u64;
        reader.consume(used);
        if found {
            return Ok(skipped);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of `input` as `read_line_bounded` reports it: kept text, or the
    /// length of a dropped line.
    fn lines(input: &[u8], limit: usize) -> Vec<Result<Vec<u8>, u64>> {
        // A tiny buffer makes lines span many fills.
        let mut reader = io::BufReader::with_capacity(3, input);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line_bounded(&mut reader, &mut buf, limit).unwrap() {
                LineRead::End => return out,
                LineRead::Line => out.push(Ok(buf)),
                LineRead::TooLong(n) => out.push(Err(n)),
            }
        }
    }

    #[test]
    fn lines_at_and_over_the_limit() {
        let ok = |s: &str| Ok(s.as_bytes().to_vec());
        assert_eq!(
            lines(b"abcd\nabcde\nab\nabcdefgh\nabcde", 5),
            vec![ok("abcd\n"), Err(6), ok("ab\n"), Err(9), ok("abcde")]
        );
        assert_eq!(lines(b"abcdef", 5), vec![Err(6)]);
        assert_eq!(lines(b"", 5), vec![]);
        assert_eq!(lines(b"\n\nx", 0), vec![Err(1), Err(1), Err(1)]);
    }
}
