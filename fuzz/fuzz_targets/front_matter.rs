//! Front matter: bytes → decode → split → YAML → `Meta`. No input may
//! panic; every error names a line inside the file.
#![no_main]

use dossier::load::{DocKind, SourceFile};
use dossier::parse::{decode, front_matter, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = decode(bytes) else {
        return;
    };
    assert!(!text.contains('\r'), "line endings are normalised");
    let lines = text.matches('\n').count() as u32 + 1;
    match front_matter::split_front_matter(&text) {
        Ok((yaml, body, body_line)) => {
            assert!(
                body_line >= 1 && body_line <= lines + 1,
                "body line {body_line} of {lines}"
            );
            assert!(text.ends_with(body), "the body is the end of the text");
            if let Some(yaml) = yaml {
                if let Err(errors) = front_matter::parse_meta(yaml) {
                    for e in errors {
                        let line = e.line.expect("front matter errors have a line");
                        assert!(
                            line >= 1 && line <= lines,
                            "line {line} of {lines}: {}",
                            e.message
                        );
                    }
                }
            }
        }
        Err(e) => assert_eq!(e.line, Some(1)),
    }
    // The whole stage, as the build runs it.
    let file = SourceFile {
        rel: "fuzz.md".into(),
        kind: DocKind::Markdown,
        bytes: bytes.to_vec(),
    };
    if let Err(diags) = parse(&file) {
        assert!(!diags.is_empty());
    }
});
