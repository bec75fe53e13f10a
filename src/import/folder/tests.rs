use super::*;

fn posting(id: &str, title: &str, location: &str) -> Posting {
    Posting {
        title: title.into(),
        company: Some("Acme Corp".into()),
        location: Some(location.into()),
        url: Some(format!("https://jobs.example/{id}")),
        source: Some("linkedin".into()),
        source_id: Some(id.into()),
        body: format!("Posting {id}.\n"),
        ..Posting::default()
    }
}

/// Places every posting in a fresh `Folder` of `dir`, as one import does.
fn import(dir: &Path, postings: &[Posting], force: bool) -> Vec<(Outcome, String)> {
    let (mut folder, diags) = Folder::open(dir, "content/postings").unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    let placed = postings
        .iter()
        .map(|p| {
            let placed = folder.place(p, &document::render(p), force).unwrap();
            (placed.outcome, placed.shown)
        })
        .collect();
    folder.finish(&crate::progress::Silent).unwrap();
    placed
}

#[test]
fn names_that_clash_get_the_location_then_the_id() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("postings");
    fs::create_dir_all(&dir).unwrap();
    // The user's own note has the URL the first posting would get.
    fs::write(dir.join("Acme Corp Data Engineer.md"), "my notes\n").unwrap();
    let postings = [
        posting("li-1", "Data Engineer", "Austin, TX"),
        posting("li-2", "Data Engineer", "Austin, TX"),
        posting("li-3", "QA Engineer", "Denver, CO"),
    ];
    let placed = import(&dir, &postings, false);
    let files: Vec<&str> = placed.iter().map(|(_, f)| f.as_str()).collect();
    assert_eq!(
        files,
        [
            "content/postings/acme-corp-data-engineer-austin-tx.md",
            "content/postings/acme-corp-data-engineer-li-2.md",
            "content/postings/acme-corp-qa-engineer.md",
        ]
    );
    assert!(placed.iter().all(|(o, _)| *o == Outcome::New));
    assert_eq!(
        fs::read_to_string(dir.join("Acme Corp Data Engineer.md")).unwrap(),
        "my notes\n"
    );
    // Imported again in another order, each posting finds its own file.
    let again = import(
        &dir,
        &[
            postings[2].clone(),
            postings[1].clone(),
            postings[0].clone(),
        ],
        false,
    );
    let files: Vec<&str> = again.iter().map(|(_, f)| f.as_str()).collect();
    assert_eq!(
        files,
        [
            placed[2].1.as_str(),
            placed[1].1.as_str(),
            placed[0].1.as_str()
        ]
    );
    assert!(again.iter().all(|(o, _)| *o == Outcome::Unchanged));
}

#[test]
fn without_the_manifest_files_are_known_by_their_front_matter() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("postings");
    let postings = [
        posting("li-1", "Data Engineer", "Austin, TX"),
        posting("li-2", "QA Engineer", "Denver, CO"),
    ];
    import(&dir, &postings, false);
    fs::remove_file(dir.join(MANIFEST)).unwrap();
    let edited = dir.join("acme-corp-qa-engineer.md");
    let text = fs::read_to_string(&edited).unwrap() + "\nMy interview notes.\n";
    fs::write(&edited, &text).unwrap();
    let outcomes: Vec<Outcome> = import(&dir, &postings, false)
        .into_iter()
        .map(|(o, _)| o)
        .collect();
    assert_eq!(outcomes, [Outcome::Unchanged, Outcome::Edited]);
    assert_eq!(fs::read_to_string(&edited).unwrap(), text);
    let outcomes: Vec<Outcome> = import(&dir, &postings, true)
        .into_iter()
        .map(|(o, _)| o)
        .collect();
    assert_eq!(outcomes, [Outcome::Unchanged, Outcome::Updated]);
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        3,
        "two documents and the manifest"
    );
}

#[test]
fn a_recorded_file_is_rewritten_only_while_nobody_edited_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("postings");
    let mut p = posting("li-1", "Data Engineer", "Austin, TX");
    import(&dir, std::slice::from_ref(&p), false);
    p.body = "The employer changed the description.\n".into();
    assert_eq!(
        import(&dir, std::slice::from_ref(&p), false)[0].0,
        Outcome::Updated
    );
    let file = dir.join("acme-corp-data-engineer.md");
    fs::write(&file, "edited by hand\n").unwrap();
    p.body = "Changed once more.\n".into();
    assert_eq!(
        import(&dir, std::slice::from_ref(&p), false)[0].0,
        Outcome::Edited
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "edited by hand\n");
    fs::remove_file(&file).unwrap();
    assert_eq!(
        import(&dir, std::slice::from_ref(&p), false)[0].0,
        Outcome::Deleted
    );
    assert!(!file.exists());
    assert_eq!(
        import(&dir, std::slice::from_ref(&p), true)[0].0,
        Outcome::New
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), document::render(&p));
}

#[test]
fn an_unreadable_manifest_is_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join(MANIFEST), "{ not json").unwrap();
    let (_, diags) = Folder::open(tmp.path(), "content/postings").unwrap();
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].path, "content/postings/.dossier-import.json");
    assert!(
        diags[0].message.starts_with("cannot be read: "),
        "{}",
        diags[0].message
    );
}
