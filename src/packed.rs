//! Packed text: a `&str` → [`PackedText`], the text kept LZ4-compressed in
//! memory until it is read back as a `String`.
//!
//! What a build holds for a long time and reads once or twice is mostly
//! text: each document's source (read when its body is made) and its body
//! HTML (read when its page and the search index are made). LZ4 keeps them
//! at about 55 % of their size, and packs and unpacks them several times
//! faster than deflate, which a build of every page does for every
//! document.

use std::cell::RefCell;
use std::sync::Arc;

/// A text kept compressed: cheap to clone, unpacked when read, and
/// serialized (for templates) as the text itself. The same text always
/// packs to the same bytes, so two are equal when their texts are.
///
/// A text read only once, soon, can be kept [plain](PackedText::plain):
/// packing it would cost more than the memory it saves for that moment.
#[derive(Clone)]
pub struct PackedText {
    len: usize,
    /// The LZ4 block, or the text itself when kept plain.
    packed: Arc<[u8]>,
    plain: bool,
}

// One buffer per thread to compress into, sized for the largest text yet:
// the packed bytes are then copied once into an allocation of their size.
thread_local! {
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

impl PackedText {
    /// `text`, compressed.
    pub fn new(text: &str) -> PackedText {
        if text.is_empty() {
            // Nothing to pack: compressing would still make (and zero) the
            // compressor's table, and a freed text is set to this.
            return PackedText::plain(text);
        }
        let bytes = text.as_bytes();
        let packed = SCRATCH.with_borrow_mut(|out| {
            let room = lz4_flex::block::get_maximum_output_size(bytes.len());
            if out.len() < room {
                out.resize(room, 0);
            }
            let n = lz4_flex::block::compress_into(bytes, out)
                .expect("the buffer holds the largest output");
            Arc::from(&out[..n])
        });
        PackedText {
            len: bytes.len(),
            packed,
            plain: false,
        }
    }

    /// `text` kept as it is, read back without unpacking.
    pub fn plain(text: &str) -> PackedText {
        PackedText {
            len: text.len(),
            packed: Arc::from(text.as_bytes()),
            plain: true,
        }
    }

    /// The text.
    pub fn text(&self) -> String {
        let bytes = if self.plain {
            self.packed.to_vec()
        } else {
            lz4_flex::block::decompress(&self.packed, self.len)
                .expect("bytes made by PackedText::new")
        };
        String::from_utf8(bytes).expect("packed from a str")
    }

    /// The length of the text in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// `true` for the empty text.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl PartialEq for PackedText {
    fn eq(&self, other: &PackedText) -> bool {
        if self.plain == other.plain {
            self.len == other.len && self.packed == other.packed
        } else {
            self.len == other.len && self.text() == other.text()
        }
    }
}

impl Eq for PackedText {}

impl std::fmt::Debug for PackedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PackedText({} bytes in {})", self.len, self.packed.len())
    }
}

impl serde::Serialize for PackedText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_reads_and_serializes_as_itself() {
        let html = "<p>Go &amp; Rust, caf\u{e9}</p>".repeat(50);
        let kept = PackedText::new(&html);
        assert_eq!(kept.text(), html);
        assert_eq!(kept.len(), html.len());
        assert_eq!(
            serde_json::to_string(&kept).unwrap(),
            serde_json::to_string(&html).unwrap()
        );
        assert!(
            kept.packed.len() * 5 < html.len(),
            "repeated text is packed small"
        );
    }

    #[test]
    fn texts_of_any_size_come_back_the_same_on_any_thread() {
        // Text that barely compresses packs larger than it is; the empty
        // text is kept as it is.
        let mut x = 7u32;
        let noisy: String = (0..200_000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                char::from(b' ' + (x >> 16) as u8 % 95)
            })
            .collect();
        let texts = ["".to_string(), "é".to_string(), noisy, "short".to_string()];
        let kept: Vec<PackedText> = texts.iter().map(|t| PackedText::new(t)).collect();
        for (text, kept) in texts.iter().zip(&kept) {
            assert_eq!(&kept.text(), text);
        }
        assert!(kept[0].is_empty());
        for (text, kept) in texts.iter().zip(&kept) {
            let plain = PackedText::plain(text);
            assert_eq!(&plain.text(), text);
            assert_eq!(&plain, kept, "plain and packed, the same text");
        }
        assert_ne!(PackedText::plain("a"), PackedText::new("b"));
        // Another thread's buffer packs them alike and reads them the same.
        std::thread::scope(|s| {
            s.spawn(|| {
                for (text, kept) in texts.iter().zip(&kept) {
                    assert_eq!(&kept.text(), text);
                    assert_eq!(&PackedText::new(text), kept);
                }
            });
        });
    }
}
