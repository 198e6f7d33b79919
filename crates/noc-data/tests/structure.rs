//! The classification and the card text, on the real data.

mod common;
use common::store;
use noc_data::{CardError, ClassLevel, Lang, Store};

#[test]
fn level_counts() {
    for lang in Lang::ALL {
        let classes = store().classes(lang);
        let count = |n: usize| classes.iter().filter(|c| c.code.len() == n).count();
        assert_eq!(
            [count(1), count(2), count(3), count(4), count(5)],
            [10, 45, 89, 162, 516],
            "{lang}"
        );
        assert_eq!(store().unit_groups(lang).len(), 516);
    }
}

#[test]
fn every_unit_group_has_its_text_in_both_languages() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for u in store().unit_groups(lang) {
            let card = store()
                .card(&u.code, lang)
                .unwrap_or_else(|e| panic!("{} {lang}: {e}", u.code));
            let items: usize = card
                .main_duties
                .sections
                .iter()
                .map(|s| s.items.len())
                .sum();
            let checks = [
                ("title", !card.title.is_empty()),
                ("definition", !card.definition.is_empty()),
                ("main duties", items > 0),
                ("duties lead", !card.main_duties.lead.is_empty()),
                ("examples", !card.all_examples.is_empty()),
                ("hierarchy", card.hierarchy.len() == 5),
                ("wages or outlook", !card.outlook.provinces.is_empty()),
            ];
            for (what, ok) in checks {
                if !ok {
                    problems.push(format!("{} {lang}: no {what}", u.code));
                }
            }
            if card.teer.level != u.code.as_bytes()[1] - b'0' || card.teer.label.is_empty() {
                problems.push(format!("{} {lang}: TEER {:?}", u.code, card.teer));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn exclusion_codes_point_to_existing_classes() {
    let mut failures = Vec::new();
    let mut with_code = 0;
    for lang in Lang::ALL {
        for u in store().unit_groups(lang) {
            for e in store().card(&u.code, lang).unwrap().exclusions {
                let Some(code) = &e.code else {
                    failures.push(format!("{} {lang}: no code in {:?}", u.code, e.text));
                    continue;
                };
                with_code += 1;
                // 5 digits name a unit group, 4 a minor group.
                let ok = (code.len() == 5 || code.len() == 4) && e.target_title.is_some();
                if !ok {
                    failures.push(format!(
                        "{} {lang}: exclusion points to unknown {code}: {:?}",
                        u.code, e.text
                    ));
                }
                if code == &u.code {
                    failures.push(format!("{} {lang}: excludes itself", u.code));
                }
            }
        }
    }
    assert_eq!(
        with_code,
        2 * 2190,
        "every exclusion line of the source names a code"
    );
    assert!(
        failures.is_empty(),
        "broken exclusion links in the source:\n{}",
        failures.join("\n")
    );
}

#[test]
fn spot_check_22220() {
    let c = store().card("22220", Lang::En).unwrap();
    assert_eq!(c.title, "Computer network and web technicians");
    assert_eq!(c.teer.level, 2);
    let path: Vec<&str> = c.hierarchy.iter().map(|h| h.code.as_str()).collect();
    assert_eq!(path, ["2", "22", "222", "2222", "22220"]);
    assert_eq!(c.hierarchy[0].level, ClassLevel::BroadCategory);
    assert_eq!(
        c.hierarchy[3].title,
        "Technical occupations in computer and information systems"
    );
    // Counts from PROVENANCE: 9 illustrative, 26 all examples, 6 exclusions, 16 duty lines,
    // 3 requirements, 1 additional information line.
    assert_eq!(c.illustrative_examples.len(), 9);
    assert_eq!(c.all_examples.len(), 26);
    assert_eq!(c.exclusions.len(), 6);
    let lines: usize = 1 + c
        .main_duties
        .sections
        .iter()
        .map(|s| s.items.len() + s.heading.is_some() as usize)
        .sum::<usize>();
    assert_eq!(lines, 16);
    let headings: Vec<&str> = c
        .main_duties
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(
        headings,
        ["Computer and network operators", "Web technicians"]
    );
    assert_eq!(c.employment_requirements.len(), 3);
    assert_eq!(c.additional_information.len(), 1);
    let user_support = c
        .exclusions
        .iter()
        .find(|e| e.code.as_deref() == Some("22221"))
        .unwrap();
    assert_eq!(user_support.title, "User support technicians");
    assert_eq!(
        user_support.target_title.as_deref(),
        Some("User support technicians")
    );

    let fr = store().card("22220", Lang::Fr).unwrap();
    assert_eq!(
        fr.title,
        "Techniciens/techniciennes de réseau informatique et Web"
    );
    assert_eq!(fr.main_duties.sections.len(), 2);
    assert!(fr.main_duties.sections[0]
        .heading
        .as_deref()
        .unwrap()
        .starts_with("Les opérateurs"));
}

#[test]
fn spot_check_22221() {
    let c = store().card("22221", Lang::En).unwrap();
    assert_eq!(c.title, "User support technicians");
    assert_eq!(c.teer.level, 2);
    // PROVENANCE: 13 illustrative, 29 all examples, 4 exclusions, 9 duty lines, 3 requirements, 1 additional.
    assert_eq!(c.illustrative_examples.len(), 13);
    assert_eq!(c.all_examples.len(), 29);
    assert_eq!(c.exclusions.len(), 4);
    let lines: usize = 1 + c
        .main_duties
        .sections
        .iter()
        .map(|s| s.items.len() + s.heading.is_some() as usize)
        .sum::<usize>();
    assert_eq!(lines, 9);
    assert!(c.main_duties.sections.iter().all(|s| s.heading.is_none()));
    assert_eq!(c.employment_requirements.len(), 3);
}

#[test]
fn duty_sub_headings_follow_the_source_grouping() {
    // 10020 has one sub-heading per kind of manager; 31102 (family physicians) has none.
    let c = store().card("10020", Lang::En).unwrap();
    let h: Vec<&str> = c
        .main_duties
        .sections
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(
        h,
        [
            "Insurance managers",
            "Real estate service managers",
            "Mortgage broker managers",
            "Securities managers"
        ]
    );
    assert!(c.main_duties.sections.iter().all(|s| s.items.len() == 1));
    let c = store().card("31102", Lang::En).unwrap();
    assert_eq!(c.main_duties.sections.len(), 1);
    assert!(c.main_duties.sections[0].heading.is_none());
    // Same number of sub-headings in EN and FR for all but the unit groups where the French
    // source lists a different set (64409 has four in French, three in English).
    let mut differ = Vec::new();
    for u in store().unit_groups(Lang::En) {
        let n = |l| {
            store()
                .card(&u.code, l)
                .unwrap()
                .main_duties
                .sections
                .iter()
                .filter(|s| s.heading.is_some())
                .count()
        };
        if n(Lang::En) != n(Lang::Fr) {
            differ.push(u.code);
        }
    }
    assert_eq!(differ, ["64409"]);

    // Sections without items: none in English; in French only where the derived file puts a
    // sub-heading last or two in a row (docs/data.md).
    for (lang, want) in [
        (Lang::En, vec![]),
        (
            Lang::Fr,
            vec![
                "11103", "22231", "52119", "72999", "73301", "74201", "75211", "94140",
            ],
        ),
    ] {
        let got: Vec<String> = store()
            .unit_groups(lang)
            .into_iter()
            .filter(|u| {
                store()
                    .card(&u.code, lang)
                    .unwrap()
                    .main_duties
                    .sections
                    .iter()
                    .any(|s| s.items.is_empty())
            })
            .map(|u| u.code)
            .collect();
        assert_eq!(got, want, "{lang}");
    }
}

#[test]
fn bad_codes_are_reported_not_panicked() {
    let s = store();
    match s.card("2222x", Lang::En) {
        Err(CardError::Malformed {
            problem: noc_data::CodeProblem::NotDigits { found: 'x' },
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    match s.card("", Lang::En) {
        Err(CardError::Malformed {
            problem: noc_data::CodeProblem::Empty,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    // A NOC 2016 code: successors from the concordance (2281 → 22220 only).
    match s.card("2281", Lang::En) {
        Err(CardError::Malformed { suggestions, .. }) => {
            assert_eq!(suggestions[0].code, "22220");
            assert_eq!(
                suggestions[0].reason,
                noc_data::SuggestionReason::Noc2016Successor
            );
        }
        other => panic!("{other:?}"),
    }
    // Unknown but well formed: same-prefix neighbours.
    match s.card("22229", Lang::En) {
        Err(CardError::Unknown { code, suggestions }) => {
            assert_eq!(code, "22229");
            assert!(
                !suggestions.is_empty() && suggestions.iter().all(|x| x.code.starts_with("2222"))
            );
        }
        other => panic!("{other:?}"),
    }
    // Surrounding spaces are fine.
    assert_eq!(s.card(" 22220 ", Lang::Fr).unwrap().code, "22220");
}

#[test]
fn titles_and_concordance_for_search() {
    let titles = store().titles(Lang::En);
    let unit_titles = titles
        .iter()
        .filter(|t| t.kind == noc_data::TitleKind::UnitGroup)
        .count();
    assert_eq!(unit_titles, 516);
    assert!(titles.iter().any(|t| t.code == "22220"
        && t.title == "Web technician"
        && t.kind == noc_data::TitleKind::Illustrative));
    assert!(titles
        .iter()
        .all(|t| t.code.len() == 5 && !t.title.is_empty()));
    assert!(store()
        .titles(Lang::Fr)
        .iter()
        .any(|t| t.code == "22220" && t.title == "technicien/technicienne Web"));
    let conc = store().concordance();
    assert_eq!(conc.len(), 585);
    let succ: Vec<&str> = conc
        .iter()
        .filter(|r| r.code2016 == "2281")
        .map(|r| r.code2021.as_str())
        .collect();
    assert_eq!(succ, ["22220"]);
    let split: Vec<&str> = conc
        .iter()
        .filter(|r| r.code2016 == "2171")
        .map(|r| r.code2021.as_str())
        .collect();
    assert_eq!(split, ["21211", "21220", "21221", "21222", "21233"]);
    assert!(conc
        .iter()
        .any(|r| r.code2016 == "0011" && r.code2021 == "00010"));
    let duties = store().duties(Lang::En);
    assert!(
        duties
            .iter()
            .any(|(c, d)| c == "22220"
                && d == "Perform data backups and disaster recovery operations")
    );
    assert!(!duties
        .iter()
        .any(|(_, d)| d == "This group performs some or all of the following duties:"));
}

#[test]
fn file_lists_name_existing_files() {
    // Per language: directory, titles, duties and one text file per unit group; then the shared
    // facts, the concordance, the rounds of invitations, the routes table and one figures file per
    // unit group.
    assert_eq!(noc_data::FILES.len(), 2 * (3 + 516) + 4 + 516);
    // Rounds: one file, fetched only by the views that show rounds (never by a card).
    assert_eq!(Store::files_for_rounds(), ["rounds.bin"]);
    assert!(!Store::files_for_card("22220", Lang::En).contains(&"rounds.bin"));
    assert_eq!(
        Store::files_for_card("22220", Lang::Fr),
        ["fr/cards-22220.bin", "facts.bin", "facts-22220.bin"]
    );
    // Not a unit group: what explains the error and suggests codes, and no file that does not exist.
    assert_eq!(
        Store::files_for_card("22229", Lang::En),
        ["en/directory.bin", "facts.bin"]
    );
    assert_eq!(
        Store::files_for_card("2222", Lang::En),
        ["en/directory.bin", "facts.bin"]
    );
    for f in Store::files_for_search(Lang::En) {
        assert!(noc_data::FILES.contains(&f));
    }
    // Title search must not pull the duties (about 120 kB brotli), nor duty search the titles.
    assert_eq!(
        Store::files_for_title_search(Lang::En),
        ["en/directory.bin", "en/titles.bin", "concordance.bin"]
    );
    assert_eq!(
        Store::files_for_duty_search(Lang::Fr),
        ["fr/directory.bin", "fr/duties.bin"]
    );
}

#[test]
fn bundled_rounds_decode_from_rounds_bin() {
    let s = store();
    let rounds = s.rounds();
    assert_eq!(rounds.len(), 448);
    assert_eq!(
        (rounds[0].label.as_str(), rounds[0].date.to_string()),
        ("447", "2026-10-01".to_owned())
    );
    // A damaged or foreign file is refused with its name, never a panic.
    let bytes = noc_data::bundled_bytes("rounds.bin").unwrap();
    let mut fresh = Store::new();
    assert!(fresh
        .insert("rounds.bin", &bytes[..bytes.len() - 3])
        .is_err());
    assert!(fresh
        .insert("rounds.bin", noc_data::bundled_bytes("facts.bin").unwrap())
        .is_err());
    assert!(!fresh.is_loaded("rounds.bin"));
    fresh.insert("rounds.bin", bytes).unwrap();
    assert!(fresh.is_loaded("rounds.bin"));
}
