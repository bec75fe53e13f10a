//! Tag extraction: text → company, role, skills with spans. No input may
//! panic; every span lies inside the text, on character boundaries.
#![no_main]

use std::sync::LazyLock;

use dossier::tag::extract::extract;
use dossier::tag::vocab::Vocab;
use libfuzzer_sys::fuzz_target;

static VOCAB: LazyLock<Vocab> = LazyLock::new(|| Vocab::new(&Default::default()));

fuzz_target!(|text: &str| {
    let found = extract(text, &VOCAB);
    for f in found.company.iter().chain(&found.role).chain(&found.skills) {
        assert!(
            f.start <= f.end && f.end <= text.len(),
            "span {}..{}",
            f.start,
            f.end
        );
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(!f.name.trim().is_empty(), "a found tag has a name");
        let q = dossier::tag::quote(text, f.start, f.end);
        assert!(!q.contains('\n'));
    }
});
