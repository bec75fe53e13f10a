//! Words for search: the tokenizer the search index and `search.js` agree
//! on, and the text of a body's HTML.

/// Longest word indexed, in characters: longer runs are hashes or junk.
pub const MAX_WORD: usize = 32;

/// Calls `emit` with each word of `text`: lowercase runs of letters and
/// digits, each with the `+` and `#` that follow it (`c++`, `c#`).
pub fn tokenize_with(text: &str, emit: &mut impl FnMut(&str)) {
    let mut word = String::new();
    tokenize_into(text, &mut word, &mut |word, start| {
        emit(&word[start..]);
        word.truncate(start);
    });
}

/// The words of `text` (as [`tokenize_with`] finds them), each appended to
/// `buf` and then handed to `emit` with where it starts in `buf`; `emit`
/// may keep it there or cut it off. No allocation per word.
pub fn tokenize_into(text: &str, buf: &mut String, emit: &mut impl FnMut(&mut String, usize)) {
    let mut start = buf.len();
    let mut chars = 0usize;
    let mut tail = false;
    let mut flush = |buf: &mut String, start: &mut usize, chars: &mut usize| {
        if buf.len() > *start {
            if *chars <= MAX_WORD {
                emit(buf, *start);
            } else {
                buf.truncate(*start);
            }
        }
        *start = buf.len();
        *chars = 0;
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            // A run of ASCII letters and digits, copied and lowered at once.
            if tail {
                flush(buf, &mut start, &mut chars);
                tail = false;
            }
            let run = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - i);
            let at = buf.len();
            buf.push_str(&text[i..i + run]);
            buf[at..].make_ascii_lowercase();
            chars += run;
            i += run;
            continue;
        }
        let c = if b.is_ascii() {
            b as char
        } else {
            text[i..].chars().next().expect("a char starts here")
        };
        i += c.len_utf8();
        let alnum = !c.is_ascii() && c.is_alphanumeric();
        if alnum && !tail {
            push_lower(buf, c);
            chars += 1;
        } else if (c == '+' || c == '#') && buf.len() > start {
            buf.push(c);
            chars += 1;
            tail = true;
        } else {
            flush(buf, &mut start, &mut chars);
            tail = false;
            if alnum {
                push_lower(buf, c);
                chars += 1;
            }
        }
    }
    flush(buf, &mut start, &mut chars);
}

fn push_lower(word: &mut String, c: char) {
    if c.is_ascii() {
        word.push(c.to_ascii_lowercase());
    } else {
        word.extend(c.to_lowercase());
    }
}

/// The words of the text of an HTML fragment ([`html_text`]), as
/// [`tokenize_into`] hands them over, without copying the text first.
pub fn html_words_into(html: &str, buf: &mut String, emit: &mut impl FnMut(&mut String, usize)) {
    let mut rest = html;
    // Markup and references separate words, as `html_text`'s spaces do.
    while let Some(i) = memchr::memchr2(b'<', b'&', rest.as_bytes()) {
        tokenize_into(&rest[..i], buf, emit);
        let end = if rest.as_bytes()[i] == b'<' {
            b'>'
        } else {
            b';'
        };
        rest = match memchr::memchr(end, &rest.as_bytes()[i..]) {
            Some(j) => &rest[i + j + 1..],
            None => "",
        };
    }
    tokenize_into(rest, buf, emit);
}

/// The text of an HTML fragment: tags dropped, character references read
/// as separators (dossier's HTML only escapes `&<>"'`, none part of a word).
pub fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        out.push(' ');
        let end = if rest.as_bytes()[i] == b'<' { '>' } else { ';' };
        rest = match rest[i..].find(end) {
            Some(j) => &rest[i + j + 1..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercase_with_plus_and_sharp() {
        let mut words = Vec::new();
        tokenize_with(
            "C++ and C# beat Go, Zürich-based; ÉCOLE x86_64 c++11",
            &mut |w| words.push(w.to_string()),
        );
        assert_eq!(
            words,
            [
                "c++", "and", "c#", "beat", "go", "zürich", "based", "école", "x86", "64", "c++",
                "11"
            ]
        );
    }

    #[test]
    fn html_text_drops_markup() {
        assert_eq!(html_text("a<b>c</b>d&amp;e"), "a c d e");
        let text = html_text("<p>R&amp;D <a href=\"x\">Go</a></p>");
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            ["R", "D", "Go"]
        );
    }

    #[test]
    fn html_words_are_the_words_of_the_html_text() {
        for html in [
            "<p>R&amp;D <a href=\"x\">Go</a></p>",
            "<p>C++<em>Rust</em>&lt;b&gt;x#</p>",
            "a<b>c</b>d&amp;e",
            "<p>unclosed &amp",
            "tail <b",
        ] {
            let mut want = Vec::new();
            tokenize_with(&html_text(html), &mut |w| want.push(w.to_string()));
            let mut got = Vec::new();
            let mut buf = String::from("kept ");
            html_words_into(html, &mut buf, &mut |buf, start| {
                got.push(buf[start..].to_string());
                buf.truncate(start);
            });
            assert_eq!(got, want, "html: {html:?}");
            assert_eq!(buf, "kept ", "html: {html:?}");
        }
    }

    #[test]
    fn overlong_runs_are_not_words() {
        let mut words = Vec::new();
        tokenize_with(&format!("ok {}", "x".repeat(MAX_WORD + 1)), &mut |w| {
            words.push(w.to_string())
        });
        assert_eq!(words, ["ok"]);
    }
}
