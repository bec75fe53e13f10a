//! Plain text: text → blocks → HTML. No input may panic, and no text may
//! become markup.
#![no_main]

use dossier::parse::plaintext;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let blocks = plaintext::parse_text(text);
    let html = plaintext::to_html(&blocks);
    let _ = plaintext::first_paragraph(&blocks);
    // Text is escaped: every `<` in the output starts a tag dossier wrote.
    for tag in html.split('<').skip(1) {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            matches!(name.as_str(), "p" | "h2" | "h3" | "ul" | "li" | "br" | "a"),
            "unexpected tag <{name}> in {html:?}"
        );
    }
});
