//! WARC and WET record framing (ISO 28500): a version line, `Name: value` headers,
//! a blank line, `Content-Length` bytes of payload, and two line breaks.
//!
//! Common Crawl's CC-NEWS ships WARC `response` records (HTTP responses with HTML);
//! its WET files carry `conversion` records (extracted plain text). Other record
//! types (`warcinfo`, `request`, `metadata`) carry no article and are skipped.
//! A record whose header is broken costs one error; the reader then looks for the
//! next `WARC/` version line and goes on.

use std::io::{self, BufRead, Read};

use newsline_model::SourceFormat;
use thiserror::Error;

/// One record that carries a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcRecord {
    /// `WARC-Record-ID` without its `<urn:uuid:…>` wrapping, or `record-N`.
    pub id: String,
    /// `WARC-Target-URI`.
    pub target_uri: Option<String>,
    /// `WARC-Date`, the crawl time: the fallback creation time.
    pub date: Option<String>,
    /// HTML for responses, text for conversions.
    pub format: SourceFormat,
    /// The document bytes: the HTTP body for responses, the text for conversions.
    pub payload: Vec<u8>,
}

/// A record that could not be read.
#[derive(Debug, Error)]
#[error("WARC record {record}: {message}")]
pub struct WarcError {
    /// 1-based index of the record in the stream.
    pub record: u64,
    /// What was wrong.
    pub message: String,
}

/// An iterator over the document-bearing records of a WARC or WET stream.
pub struct Records<R> {
    reader: R,
    index: u64,
    max_bytes: usize,
    done: bool,
}

impl<R: BufRead> Records<R> {
    /// Reads records from `reader`; payloads over `max_bytes` are skipped with an error.
    pub fn new(reader: R, max_bytes: usize) -> Self {
        Records {
            reader,
            index: 0,
            max_bytes,
            done: false,
        }
    }

    fn next_record(&mut self) -> Result<Option<WarcRecord>, WarcError> {
        loop {
            let Some(headers) = self.read_headers()? else {
                return Ok(None);
            };
            self.index += 1;
            let index = self.index;
            let fail = |message: String| WarcError {
                record: index,
                message,
            };
            let length: u64 = header(&headers, "content-length")
                .ok_or_else(|| fail("no Content-Length header".to_owned()))?
                .trim()
                .parse()
                .map_err(|_| fail("Content-Length is not a number".to_owned()))?;
            let record_type = header(&headers, "warc-type")
                .unwrap_or_default()
                .to_ascii_lowercase();
            let wanted = matches!(record_type.as_str(), "response" | "conversion" | "resource");
            if !wanted || length > self.max_bytes as u64 {
                let skipped = io::copy(&mut (&mut self.reader).take(length), &mut io::sink())
                    .map_err(|e| fail(e.to_string()))?;
                if skipped < length {
                    return Err(fail("truncated payload".to_owned()));
                }
                if wanted {
                    return Err(fail(format!(
                        "payload of {length} bytes is over the {}-byte limit",
                        self.max_bytes
                    )));
                }
                continue;
            }
            let mut payload = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
            (&mut self.reader)
                .take(length)
                .read_to_end(&mut payload)
                .map_err(|e| fail(e.to_string()))?;
            if (payload.len() as u64) < length {
                return Err(fail("truncated payload".to_owned()));
            }
            let content_type = header(&headers, "content-type")
                .unwrap_or_default()
                .to_ascii_lowercase();
            let (format, payload) =
                if record_type == "response" || content_type.contains("application/http") {
                    let (http_headers, body) = split_http(&payload);
                    let http_type = header(&http_headers, "content-type")
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    if !http_type.is_empty() && !http_type.contains("html") {
                        continue;
                    }
                    (SourceFormat::Html, body.to_vec())
                } else if content_type.contains("html") {
                    (SourceFormat::Html, payload)
                } else {
                    (SourceFormat::Text, payload)
                };
            let id = header(&headers, "warc-record-id")
                .map(|v| {
                    v.trim()
                        .trim_start_matches('<')
                        .trim_end_matches('>')
                        .trim_start_matches("urn:uuid:")
                        .to_owned()
                })
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| format!("record-{index}"));
            return Ok(Some(WarcRecord {
                id,
                target_uri: header(&headers, "warc-target-uri").map(|v| v.trim().to_owned()),
                date: header(&headers, "warc-date").map(|v| v.trim().to_owned()),
                format,
                payload,
            }));
        }
    }

    /// Skips to the next version line and reads the header block; `None` at the end.
    fn read_headers(&mut self) -> Result<Option<Vec<(String, String)>>, WarcError> {
        let mut line = Vec::new();
        loop {
            line.clear();
            if self.read_line(&mut line)? == 0 {
                return Ok(None);
            }
            if line.starts_with(b"WARC/") {
                break;
            }
        }
        let mut headers = Vec::new();
        loop {
            line.clear();
            if self.read_line(&mut line)? == 0 {
                return Err(WarcError {
                    record: self.index + 1,
                    message: "stream ends inside a header".to_owned(),
                });
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                return Ok(Some(headers));
            }
            if let Some((name, value)) = text.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
            }
        }
    }

    /// Reads one header line, refusing absurdly long ones so junk cannot exhaust memory.
    fn read_line(&mut self, line: &mut Vec<u8>) -> Result<usize, WarcError> {
        const MAX_HEADER_LINE: u64 = 64 * 1024;
        let n = (&mut self.reader)
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', line)
            .map_err(|e| WarcError {
                record: self.index + 1,
                message: e.to_string(),
            })?;
        Ok(n)
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<WarcRecord, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_record() {
            Ok(Some(record)) => Some(Ok(record)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(err) => Some(Err(err)),
        }
    }
}

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Splits an HTTP response into its headers and body.
fn split_http(payload: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    let end = payload
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4));
    let end = end.or_else(|| {
        payload
            .windows(2)
            .position(|w| w == b"\n\n")
            .map(|i| (i, i + 2))
    });
    let Some((head_end, body_start)) = end else {
        return (Vec::new(), payload);
    };
    let head = String::from_utf8_lossy(payload.get(..head_end).unwrap_or_default());
    let headers = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    (headers, payload.get(body_start..).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, content_type: &str, body: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-1>\r\nWARC-Target-URI: https://example.com/{kind}\r\nWARC-Date: 2023-09-11T18:42:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        )
    }

    #[test]
    fn reads_wet_conversions_and_skips_warcinfo() {
        let stream = record("warcinfo", "application/warc-fields", "software: x\r\n")
            + &record("conversion", "text/plain", "Kim met Putin on Monday.");
        let records: Vec<_> = Records::new(stream.as_bytes(), 1 << 20).collect();
        assert_eq!(records.len(), 1);
        let r = records.into_iter().next().unwrap().unwrap();
        assert_eq!(r.id, "conversion-1");
        assert_eq!(r.format, SourceFormat::Text);
        assert_eq!(r.payload, b"Kim met Putin on Monday.");
        assert_eq!(r.date.as_deref(), Some("2023-09-11T18:42:00Z"));
        assert_eq!(
            r.target_uri.as_deref(),
            Some("https://example.com/conversion")
        );
    }

    #[test]
    fn reads_html_responses_without_http_headers_and_skips_images() {
        let html = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi</p>";
        let png = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{1}PNG";
        let stream = record("response", "application/http; msgtype=response", png)
            + &record("response", "application/http; msgtype=response", html);
        let records: Vec<_> = Records::new(stream.as_bytes(), 1 << 20)
            .map(Result::unwrap)
            .collect();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].format, SourceFormat::Html);
        assert_eq!(records[0].payload, b"<p>Hi</p>");
    }

    #[test]
    fn a_broken_record_costs_one_error_and_reading_goes_on() {
        let stream = "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: lots\r\n\r\njunk\r\n\r\n"
            .to_owned() + &record("conversion", "text/plain", "Second.");
        let records: Vec<_> = Records::new(stream.as_bytes(), 1 << 20).collect();
        assert!(records[0].is_err());
        assert_eq!(records[1].as_ref().unwrap().payload, b"Second.");
    }

    #[test]
    fn oversized_and_truncated_payloads_are_errors() {
        let stream = record("conversion", "text/plain", "0123456789");
        let records: Vec<_> = Records::new(stream.as_bytes(), 5).collect();
        assert!(records[0].as_ref().unwrap_err().message.contains("limit"));
        let cut = &stream[..stream.len() - 9];
        let records: Vec<_> = Records::new(cut.as_bytes(), 1 << 20).collect();
        assert!(
            records[0]
                .as_ref()
                .unwrap_err()
                .message
                .contains("truncated")
        );
    }
}
