//! Parse: a [`SourceFile`] → a [`ParsedDoc`]: text decoded, front matter
//! checked, plain text split into blocks.

pub mod emphasis;
mod field_keys;
#[cfg(test)]
mod field_keys_tests;
pub mod front_matter;
pub mod lines;
mod meta;
pub mod plaintext;
pub mod salary;
pub mod values;

use crate::config::CONTENT_DIR;
use crate::diag::Diagnostic;
use crate::load::{DocKind, SourceFile};

pub use field_keys::KEYS as FIELD_KEYS;
pub use front_matter::{DocDate, Meta};
pub use plaintext::Block;

/// A document with its metadata read and its body ready for tagging and rendering.
#[derive(Clone, Debug)]
pub struct ParsedDoc {
    /// Path relative to `content/`, `/`-separated.
    pub rel: String,
    pub kind: DocKind,
    /// Front matter (always empty for plain text).
    pub meta: Meta,
    /// The body: Markdown source, or the whole plain text. Line endings are `\n`.
    pub text: String,
    /// File line at which `text` starts (1-based).
    pub body_line: u32,
    /// URL path of the document, relative to the site root (`jobs/acme/`):
    /// its file path slugged, with front matter's `slug` if any.
    pub path: String,
}

impl ParsedDoc {
    /// The path shown in diagnostics: `content/jobs/a.md`.
    pub fn shown_path(&self) -> String {
        format!("{CONTENT_DIR}/{}", self.rel)
    }
}

/// Parses one document; every problem found is returned.
pub fn parse(file: &SourceFile) -> Result<ParsedDoc, Vec<Diagnostic>> {
    parse_owned(file.clone())
}

/// [`parse`], taking the file: its bytes become the text without a copy.
pub fn parse_owned(file: SourceFile) -> Result<ParsedDoc, Vec<Diagnostic>> {
    let SourceFile { rel, kind, bytes } = file;
    let shown = format!("{CONTENT_DIR}/{rel}");
    let text = decode_owned(bytes).map_err(|e| vec![e.into_diagnostic(&shown)])?;
    let (meta, body, body_line) = match kind {
        DocKind::Markdown => {
            let (yaml, body, body_line) = front_matter::split_front_matter(&text)
                .map_err(|e| vec![fm_diagnostic(&shown, e)])?;
            let meta = match yaml {
                Some(yaml) => front_matter::parse_meta(yaml).map_err(|errs| {
                    errs.into_iter()
                        .map(|e| fm_diagnostic(&shown, e))
                        .collect::<Vec<_>>()
                })?,
                None => Meta::default(),
            };
            // The body is the end of the text: cut the front matter off in place.
            let start = text.len() - body.len();
            let mut text = text;
            text.drain(..start);
            (meta, text, body_line)
        }
        DocKind::Text => (Meta::default(), text, 1),
    };
    let path = crate::url::doc_path(&rel, meta.slug.as_deref());
    Ok(ParsedDoc {
        rel,
        kind,
        meta,
        text: body,
        body_line,
        path,
    })
}

fn fm_diagnostic(shown: &str, e: front_matter::FrontMatterError) -> Diagnostic {
    let mut d = Diagnostic::error(shown, e.message).at(e.line);
    d.help = e.help;
    d
}

/// Why bytes are not a text dossier can read.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    Utf16,
    Binary,
    InvalidUtf8 { line: u32 },
}

impl DecodeError {
    fn into_diagnostic(self, shown: &str) -> Diagnostic {
        match self {
            DecodeError::Utf16 => Diagnostic::error(shown, "the file is UTF-16 text; dossier reads UTF-8")
                .with_help("save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"),
            DecodeError::Binary => Diagnostic::error(shown, "the file is binary, not text")
                .with_help("move it out of content/, or give it its real extension so it is copied as a file"),
            DecodeError::InvalidUtf8 { line } => Diagnostic::error(shown, "the file is not valid UTF-8")
                .at_line(line)
                .with_help("save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"),
        }
    }
}

/// Bytes → text: a UTF-8 byte-order mark is dropped, CRLF and lone CR line
/// endings become LF; UTF-16, binary data and invalid UTF-8 are refused.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    decode_owned(bytes.to_vec())
}

/// [`decode`], taking the bytes: valid UTF-8 with `\n` line endings
/// becomes the text in place.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<String, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError::Utf16);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
            + 1;
        DecodeError::InvalidUtf8 { line }
    })?;
    if !text.contains('\r') {
        return Ok(text);
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> SourceFile {
        SourceFile {
            rel: "jobs/a.md".into(),
            kind: DocKind::Markdown,
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn decode_normalises_line_endings_and_bom() {
        for (bytes, want) in [
            (&b"a\r\nb"[..], "a\nb"),
            (b"a\rb\r", "a\nb\n"),
            (b"\xEF\xBB\xBFtitle", "title"),
            (b"plain", "plain"),
        ] {
            assert_eq!(decode(bytes).unwrap(), want, "bytes: {bytes:?}");
        }
    }

    #[test]
    fn decode_refuses_what_is_not_utf8_text() {
        assert_eq!(decode(b"\xFF\xFEa\0"), Err(DecodeError::Utf16));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(DecodeError::Binary));
        assert_eq!(
            decode(b"ok\nok\nbad \xC3\x28"),
            Err(DecodeError::InvalidUtf8 { line: 3 })
        );
    }

    #[test]
    fn front_matter_errors_name_file_and_line() {
        let errs = parse(&md("---\ntitle: A\nskills: Go\n---\nbody\n")).unwrap_err();
        assert_eq!(
            errs[0].to_string(),
            "error: content/jobs/a.md:3: `skills` must be a list\n  help: write `skills: [Go, Rust]`"
        );
    }

    #[test]
    fn crlf_front_matter_parses() {
        let doc = parse(&md("---\r\ntitle: A\r\n---\r\nbody\r\n")).unwrap();
        assert_eq!(doc.meta.title.as_deref(), Some("A"));
        assert_eq!(doc.text, "body\n");
        assert_eq!(doc.body_line, 4);
    }
}
