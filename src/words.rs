//! Words for search: the tokenizer the search index and `search.js` agree
//! on, and the words of a document's HTML, made once per body so that the
//! index only merges them.

/// Longest word indexed, in characters: longer runs are hashes or junk.
pub const MAX_WORD: usize = 32;

/// Calls `emit` with each word of `text`: lowercase runs of letters and
/// digits, each with the `+` and `#` that follow it (`c++`, `c#`).
pub fn tokenize_with(text: &str, emit: &mut impl FnMut(&str)) {
    let mut word = String::new();
    let mut chars = 0usize;
    let mut tail = false;
    let mut flush = |word: &mut String, chars: &mut usize| {
        if !word.is_empty() && *chars <= MAX_WORD {
            emit(word);
        }
        word.clear();
        *chars = 0;
    };
    for c in text.chars() {
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alnum && !tail {
            push_lower(&mut word, c);
            chars += 1;
        } else if (c == '+' || c == '#') && !word.is_empty() {
            word.push(c);
            chars += 1;
            tail = true;
        } else {
            flush(&mut word, &mut chars);
            tail = false;
            if alnum {
                push_lower(&mut word, c);
                chars += 1;
            }
        }
    }
    flush(&mut word, &mut chars);
}

fn push_lower(word: &mut String, c: char) {
    if c.is_ascii() {
        word.push(c.to_ascii_lowercase());
    } else {
        word.extend(c.to_lowercase());
    }
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

/// The distinct words of an HTML fragment, sorted (byte order), one per line.
pub fn html_words(html: &str) -> String {
    let text = html_text(html);
    let mut all = String::with_capacity(text.len() / 2);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    tokenize_with(&text, &mut |w| {
        spans.push((all.len(), all.len() + w.len()));
        all.push_str(w);
    });
    let mut words: Vec<&str> = spans.iter().map(|&(a, b)| &all[a..b]).collect();
    words.sort_unstable();
    words.dedup();
    words.join("\n")
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
    fn html_words_skip_markup_and_repeat_nothing() {
        assert_eq!(
            html_words("<p class=\"x\">Go &amp; <b>Rust</b>, go again &lt;go&gt;</p>"),
            "again\ngo\nrust"
        );
        assert_eq!(html_text("a<b>c</b>d&amp;e"), "a c d e");
        let text = html_text("<p>R&amp;D <a href=\"x\">Go</a></p>");
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            ["R", "D", "Go"]
        );
    }

    #[test]
    fn overlong_runs_are_not_words() {
        let long = "x".repeat(MAX_WORD + 1);
        assert_eq!(html_words(&format!("ok {long}")), "ok");
    }
}
