//! Gzip: bytes ↔ the gzip stream kept in memory in their place, and
//! [`GzText`], a text kept compressed until it is read.
//!
//! What a site holds for a long time and reads seldom is mostly text that
//! gzip makes several times smaller: each document's body HTML (read when
//! its page is rendered), and in a preview every output file (sent as it
//! is to a browser that takes gzip).

use std::io::{Read as _, Write as _};
use std::sync::Arc;

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;

/// `bytes` gzip-compressed at the fastest level: a preview's edit
/// compresses the pages it renders, its first build every page. The same bytes always
/// give the same stream, so two streams are equal when their files are.
/// The stream is kept for as long as the file is served: it holds no
/// spare capacity.
pub fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut out = GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3 + 64),
        Compression::fast(),
    );
    out.write_all(bytes).expect("writing to a Vec cannot fail");
    let mut gz = out.finish().expect("writing to a Vec cannot fail");
    gz.shrink_to_fit();
    gz
}

/// The bytes of a stream made by [`compress`].
pub fn decompress(gz: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(gz.len() * 4);
    GzDecoder::new(gz).read_to_end(&mut out)?;
    Ok(out)
}

/// A text kept gzip-compressed: cheap to clone, decompressed when read,
/// and serialized (for templates) as the text itself.
#[derive(Clone, PartialEq, Eq)]
pub struct GzText(Arc<[u8]>);

impl GzText {
    /// `text`, compressed.
    pub fn new(text: &str) -> GzText {
        GzText(compress(text.as_bytes()).into())
    }

    /// The text.
    pub fn text(&self) -> String {
        let bytes = decompress(&self.0).expect("a stream made by compress");
        String::from_utf8(bytes).expect("compressed from a str")
    }
}

impl std::fmt::Debug for GzText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GzText({} bytes compressed)", self.0.len())
    }
}

impl serde::Serialize for GzText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_bytes_come_back_the_same() {
        for (label, bytes) in [
            ("empty", Vec::new()),
            ("html", b"<!doctype html><p>caf\xc3\xa9</p>".repeat(300)),
            ("binary", (0..=255u8).cycle().take(5000).collect()),
        ] {
            let gz = compress(&bytes);
            assert_eq!(decompress(&gz).unwrap(), bytes, "case: {label}");
            assert_eq!(compress(&bytes), gz, "the same stream again: {label}");
        }
    }

    #[test]
    fn text_reads_and_serializes_as_itself() {
        let html = "<p>Go &amp; Rust, caf\u{e9}</p>".repeat(50);
        let kept = GzText::new(&html);
        assert_eq!(kept.text(), html);
        assert_eq!(
            serde_json::to_string(&kept).unwrap(),
            serde_json::to_string(&html).unwrap()
        );
    }

    #[test]
    fn repetitive_pages_shrink() {
        let page = b"<li><a href=\"/skills/go/\">Go</a></li>\n".repeat(200);
        assert!(compress(&page).len() * 5 < page.len());
    }
}
