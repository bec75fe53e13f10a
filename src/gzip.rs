//! Gzip: bytes ↔ the gzip stream kept in memory in their place.
//!
//! A preview holds every output file gzip-compressed, several times
//! smaller, and sends it as it is to a browser that takes gzip.

use std::cell::RefCell;
use std::io::Read as _;

use flate2::read::GzDecoder;
use flate2::{Compress, Compression, FlushCompress, Status};

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

/// `bytes` gzip-compressed at the default level, for a file the output
/// keeps compressed (the search index's shards, the compare data, the
/// build manifest): written once a build, read many times, and a third to
/// a fifth of its JSON's size. The same bytes give the same stream.
pub fn pack(bytes: &[u8]) -> Vec<u8> {
    let mut c = Compress::new_gzip(Compression::default(), 15);
    squeeze(&mut c, bytes, bytes.len() / 3 + 64)
}

/// The bytes of a stream made by [`compress`] or [`pack`].
pub fn decompress(gz: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(gz.len() * 4);
    GzDecoder::new(gz).read_to_end(&mut out)?;
    Ok(out)
}

// One compressor per thread, reset between inputs: a new one for each of
// thousands of pages allocates and frees its window every time, which
// fragments the heap of a parallel build far beyond what the pages weigh.
thread_local! {
    static GZIP: RefCell<Compress> = RefCell::new(Compress::new_gzip(Compression::fast(), 15));
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
            let packed = pack(&bytes);
            assert_eq!(decompress(&packed).unwrap(), bytes, "packed: {label}");
            assert_eq!(
                pack(&bytes),
                packed,
                "the same packed stream again: {label}"
            );
        }
    }

    #[test]
    fn repetitive_pages_shrink() {
        let page = b"<li><a href=\"/skills/go/\">Go</a></li>\n".repeat(200);
        assert!(compress(&page).len() * 5 < page.len());
    }
}
