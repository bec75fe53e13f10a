//! Gzip: the bytes of an output file ↔ the gzip stream `serve` keeps in
//! memory, and whether a request's `Accept-Encoding` takes gzip.
//!
//! A preview holds every page of the site; pages are text that gzip makes
//! several times smaller, so they are kept compressed, sent as they are
//! to a browser that accepts gzip, and decompressed for anything else
//! (HTML, which gets the reload script, and clients without gzip).

use std::io::{Read as _, Write as _};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;

/// `bytes` gzip-compressed at the fastest level: an edit compresses the
/// pages it renders, the first build every page. The same bytes always
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

/// `true` when an `Accept-Encoding` header value takes gzip: `gzip` (or
/// `x-gzip`, or `*`) listed without `q=0`.
pub fn accepts_gzip(accept_encoding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        let named = ["gzip", "x-gzip", "*"]
            .iter()
            .any(|n| name.eq_ignore_ascii_case(n));
        let refused = parts.any(|p| {
            p.split_once('=').is_some_and(|(k, v)| {
                k.trim().eq_ignore_ascii_case("q")
                    && v.trim().parse::<f32>().is_ok_and(|q| q <= 0.0)
            })
        });
        named && !refused
    })
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
    fn repetitive_pages_shrink() {
        let page = b"<li><a href=\"/skills/go/\">Go</a></li>\n".repeat(200);
        assert!(compress(&page).len() * 5 < page.len());
    }

    #[test]
    fn accept_encoding_is_read_like_a_browser_sends_it() {
        for (header, want) in [
            ("gzip, deflate, br, zstd", true),
            ("br;q=1.0, gzip;q=0.8", true),
            ("GZIP", true),
            ("x-gzip", true),
            ("*", true),
            ("identity", false),
            ("", false),
            ("br", false),
            ("gzip;q=0", false),
            ("gzip; q=0.000", false),
            ("deflate, gzip;q=0, *;q=0", false),
            ("gzipped", false),
        ] {
            assert_eq!(accepts_gzip(header), want, "header: {header:?}");
        }
    }
}
