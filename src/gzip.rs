//! Gzip: bytes ↔ the gzip stream kept in memory in their place, and
//! [`GzText`], a text kept compressed until it is read.
//!
//! What a site holds for a long time and reads seldom is mostly text that
//! gzip makes several times smaller: each document's body HTML (read when
//! its page is rendered), and in a preview every output file (sent as it
//! is to a browser that takes gzip).

use std::cell::RefCell;
use std::io::Read as _;
use std::sync::Arc;

use flate2::read::GzDecoder;
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// `bytes` gzip-compressed at the fastest level: a preview's edit
/// compresses the pages it renders, its first build every page. The same bytes always
/// give the same stream, so two streams are equal when their files are.
/// The stream is kept for as long as the file is served: it holds no
/// spare capacity.
pub fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GZIP.with_borrow_mut(|c| squeeze(c, bytes, bytes.len() / 3 + 64));
    gz.shrink_to_fit();
    gz
}

/// The bytes of a stream made by [`compress`].
pub fn decompress(gz: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(gz.len() * 4);
    GzDecoder::new(gz).read_to_end(&mut out)?;
    Ok(out)
}

/// A text kept compressed: cheap to clone, decompressed when read, and
/// serialized (for templates) as the text itself.
///
/// Raw deflate: its length is kept beside it, and no other program reads it.
#[derive(Clone, PartialEq, Eq)]
pub struct GzText {
    len: usize,
    deflated: Arc<[u8]>,
}

// One compressor of each kind per thread, reset between inputs: a new one
// for each of thousands of small texts and pages allocates and frees its
// window every time, which fragments the heap of a parallel build far
// beyond what the texts weigh (a 10k build peaked at 533 MB, not 167).
thread_local! {
    static GZIP: RefCell<Compress> = RefCell::new(Compress::new_gzip(Compression::fast(), 15));
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::fast(), false));
    static INFLATE: RefCell<Decompress> = RefCell::new(Decompress::new(false));
}

impl GzText {
    /// `text`, compressed.
    pub fn new(text: &str) -> GzText {
        let bytes = text.as_bytes();
        let deflated = DEFLATE.with_borrow_mut(|c| squeeze(c, bytes, bytes.len() / 2 + 64));
        GzText {
            len: bytes.len(),
            deflated: deflated.into(),
        }
    }

    /// The text.
    pub fn text(&self) -> String {
        let bytes = INFLATE.with_borrow_mut(|d| {
            d.reset(false);
            let mut out = Vec::with_capacity(self.len);
            loop {
                let read = d.total_in() as usize;
                let status = d
                    .decompress_vec(&self.deflated[read..], &mut out, FlushDecompress::Finish)
                    .expect("a stream made by GzText::new");
                if status == Status::StreamEnd
                    || out.len() >= self.len && read >= self.deflated.len()
                {
                    break;
                }
                out.reserve(64);
            }
            out
        });
        String::from_utf8(bytes).expect("compressed from a str")
    }
}

/// `bytes` through `c`, reset first, into a buffer that starts at `guess`.
fn squeeze(c: &mut Compress, bytes: &[u8], guess: usize) -> Vec<u8> {
    c.reset();
    let mut out = Vec::with_capacity(guess);
    loop {
        let read = c.total_in() as usize;
        let status = c
            .compress_vec(&bytes[read..], &mut out, FlushCompress::Finish)
            .expect("deflating into a Vec cannot fail");
        if status == Status::StreamEnd {
            return out;
        }
        out.reserve(out.capacity().max(64));
    }
}

impl std::fmt::Debug for GzText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GzText({} bytes compressed)", self.deflated.len())
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
    fn texts_of_any_size_come_back_the_same_on_any_thread() {
        // Text that barely compresses makes the output outgrow its first
        // guess; the empty text is a stream of its own.
        let mut x = 7u32;
        let noisy: String = (0..200_000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                char::from(b' ' + (x >> 16) as u8 % 95)
            })
            .collect();
        let texts = ["".to_string(), "é".to_string(), noisy];
        let kept: Vec<GzText> = texts.iter().map(|t| GzText::new(t)).collect();
        for (text, kept) in texts.iter().zip(&kept) {
            assert_eq!(&kept.text(), text);
        }
        // Another thread's compressor and decompressor read them the same.
        std::thread::scope(|s| {
            s.spawn(|| {
                for (text, kept) in texts.iter().zip(&kept) {
                    assert_eq!(&kept.text(), text);
                    assert_eq!(&GzText::new(text), kept);
                }
            });
        });
    }

    #[test]
    fn repetitive_pages_shrink() {
        let page = b"<li><a href=\"/skills/go/\">Go</a></li>\n".repeat(200);
        assert!(compress(&page).len() * 5 < page.len());
    }
}
