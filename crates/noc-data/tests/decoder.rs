//! The decoder refuses bad bytes with an error, never a panic; an empty store says what to load.

mod common;
use noc_data::{bundled_bytes, CardError, DataError, Lang, Store, FILES};

fn bytes(name: &str) -> Vec<u8> {
    bundled_bytes(name).unwrap().to_vec()
}

#[test]
fn every_bundled_file_decodes() {
    let mut s = Store::new();
    for f in FILES {
        s.insert(f, &bytes(f)).unwrap();
        assert!(s.is_loaded(f));
    }
}

#[test]
fn header_problems_are_named() {
    let mut s = Store::new();
    let good = bytes("en/directory.bin");
    assert!(matches!(
        s.insert("en/nope.bin", &good),
        Err(DataError::UnknownFile { .. })
    ));
    // Per-unit-group names exist only for the 516 unit groups (22229 is not one; 2222 is too short).
    for name in [
        "en/cards-22229.bin",
        "facts-22229.bin",
        "en/cards-2222.bin",
        "fr/cards-222200.bin",
        "de/cards-22220.bin",
    ] {
        assert!(
            matches!(s.insert(name, &good), Err(DataError::UnknownFile { .. })),
            "{name}"
        );
        assert!(!s.is_loaded(name), "{name}");
    }
    assert!(matches!(
        s.insert("en/directory.bin", &[]),
        Err(DataError::Truncated { .. })
    ));
    assert!(matches!(
        s.insert("en/directory.bin", b"<!doctype html><html>"),
        Err(DataError::BadMagic { .. })
    ));
    let mut v = good.clone();
    v[4] = 99;
    assert!(matches!(
        s.insert("en/directory.bin", &v),
        Err(DataError::UnsupportedVersion { found: 99, .. })
    ));
    let mut v = good.clone();
    v[8] ^= 0xff;
    assert!(matches!(
        s.insert("en/directory.bin", &v),
        Err(DataError::OtherBuild { .. })
    ));
    // A cards blob under the directory's name.
    assert!(matches!(
        s.insert("en/directory.bin", &bytes("en/cards-22220.bin")),
        Err(DataError::WrongKind { .. })
    ));
    // The figures of a unit group under the shared facts' name, and the reverse.
    assert!(matches!(
        s.insert("facts.bin", &bytes("facts-22220.bin")),
        Err(DataError::WrongKind { .. })
    ));
    assert!(matches!(
        s.insert("facts-22220.bin", &bytes("facts.bin")),
        Err(DataError::WrongKind { .. })
    ));
    // The French directory under the English name.
    assert!(matches!(
        s.insert("en/directory.bin", &bytes("fr/directory.bin")),
        Err(DataError::WrongKind { .. })
    ));
    // The text or figures of another unit group under this one's name.
    assert!(matches!(
        s.insert("en/cards-22221.bin", &bytes("en/cards-22220.bin")),
        Err(DataError::Corrupt { .. })
    ));
    assert!(matches!(
        s.insert("facts-22221.bin", &bytes("facts-22220.bin")),
        Err(DataError::Corrupt { .. })
    ));
    assert!(!s.is_loaded("en/cards-22221.bin") && !s.is_loaded("facts-22221.bin"));
    let mut v = good.clone();
    v.push(0);
    assert!(matches!(
        s.insert("en/directory.bin", &v),
        Err(DataError::Corrupt { .. })
    ));
    assert!(!s.is_loaded("en/directory.bin"));
}

#[test]
fn every_truncation_is_an_error() {
    let mut s = Store::new();
    for name in [
        "en/directory.bin",
        "concordance.bin",
        "facts.bin",
        "fr/cards-93100.bin",
        "facts-93100.bin",
        "en/titles.bin",
    ] {
        let good = bytes(name);
        let n = good.len();
        // Every cut near both ends (header, first record, last record), a sample in between.
        let cuts = (0..n.min(100))
            .chain((100..n).step_by(1009.max(n / 100)))
            .chain(n.saturating_sub(100)..n);
        for len in cuts {
            assert!(
                s.insert(name, &good[..len]).is_err(),
                "{name} cut at {len} accepted"
            );
        }
    }
}

#[test]
fn flipped_bytes_never_panic() {
    // Deterministic pseudo-random corruption of payload bytes: decoding must return (Ok with
    // different content is possible for a flipped character) but never panic or hang.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for name in [
        "facts.bin",
        "facts-22220.bin",
        "en/cards-22220.bin",
        "concordance.bin",
        "en/directory.bin",
    ] {
        let good = bytes(name);
        for _ in 0..150 {
            let mut v = good.clone();
            for _ in 0..1 + next() % 4 {
                let i = 11 + (next() as usize) % (v.len() - 11);
                v[i] = next() as u8;
            }
            let mut s = Store::new();
            let _ = s.insert(name, &v);
            // Whatever got in must still answer without panicking.
            let _ = s.card("22220", Lang::En);
            let _ = s.titles(Lang::Fr);
            let _ = s.concordance();
        }
    }
}

#[test]
fn an_empty_store_lists_the_files_a_card_needs() {
    let mut s = Store::new();
    match s.card("22220", Lang::En) {
        Err(CardError::MissingChunks { files }) => assert_eq!(
            files,
            ["en/cards-22220.bin", "facts.bin", "facts-22220.bin"]
        ),
        other => panic!("{other:?}"),
    }
    // A code that is no unit group needs the directory to be explained.
    match s.card("22229", Lang::En) {
        Err(CardError::MissingChunks { files }) => {
            assert_eq!(files, ["en/directory.bin", "facts.bin"])
        }
        other => panic!("{other:?}"),
    }
    s.insert("en/directory.bin", &bytes("en/directory.bin"))
        .unwrap();
    // Unknown codes are known as unknown once the directory is there.
    assert!(matches!(
        s.card("22229", Lang::En),
        Err(CardError::Unknown { .. })
    ));
    let mut s = Store::new();
    for f in Store::files_for_card("22220", Lang::En) {
        s.insert(f, &bytes(f)).unwrap();
    }
    assert_eq!(
        s.card("22220", Lang::En).unwrap().title,
        "Computer network and web technicians"
    );
    assert!(s.titles(Lang::En).is_empty(), "titles not inserted");
    assert!(s.classes(Lang::En).is_empty(), "directory not inserted");
}

/// A card page fetches no directory: each card's own file carries the titles it shows (its levels,
/// exclusions, AI comparisons, similar occupations), so every card built from its own files alone
/// equals the card built with every file, in both languages; and moving to a linked card in place
/// titles the way back from what is loaded.
#[test]
fn every_card_needs_only_its_own_files() {
    let all = Store::bundled();
    for lang in [Lang::En, Lang::Fr] {
        for unit in all.unit_groups(lang) {
            let mut s = Store::new();
            for f in Store::files_for_card(&unit.code, lang) {
                assert!(!f.ends_with("directory.bin"), "{f}");
                s.insert(f, &bytes(f)).unwrap();
            }
            let card = s.card(&unit.code, lang).unwrap();
            assert_eq!(card, all.card(&unit.code, lang).unwrap(), "{}", unit.code);
            assert_eq!(s.title(&unit.code, lang), Some(unit.title.clone()));
        }
    }
}
