//! AI exposure: the build's derivation against the shared derived file, and the ranking.

mod common;
use common::{source_rows, store};
use noc_data::{AiUnscoredReason, Lang};

fn ten_thousandths(s: &str) -> f64 {
    s.parse::<f64>().unwrap()
}

#[test]
fn derivation_matches_the_derived_file_for_all_516() {
    let rows = source_rows("ai_exposure/noc2021_llm_exposure_eloundou2024_derived.csv");
    assert_eq!(rows.len(), 516);
    let mut mismatches = Vec::new();
    for r in &rows {
        let code = &r[0];
        let c = store().card(code, Lang::En).unwrap();
        match &c.ai_exposure {
            Some(a) => {
                let got = [
                    a.human_alpha,
                    a.human_beta,
                    a.human_gamma,
                    a.gpt4_alpha,
                    a.gpt4_beta,
                    a.gpt4_gamma,
                ];
                for (i, g) in got.iter().enumerate() {
                    let want = ten_thousandths(&r[5 + i]);
                    if (g - want).abs() > 1e-9 {
                        mismatches.push(format!("{code} column {}: {g} vs {want}", i + 5));
                    }
                }
                if a.onet_mapped.to_string() != r[2] || a.onet_scored.len().to_string() != r[3] {
                    mismatches.push(format!(
                        "{code}: counts {}/{} vs {}/{}",
                        a.onet_mapped,
                        a.onet_scored.len(),
                        r[2],
                        r[3]
                    ));
                }
                if a.onet_scored.join(";") != r[4] {
                    mismatches.push(format!("{code}: codes {:?} vs {}", a.onet_scored, r[4]));
                }
                if a.partial != r[11].starts_with("partial") {
                    mismatches.push(format!("{code}: partial flag"));
                }
            }
            None => {
                if !r[5].is_empty() || r[3] != "0" {
                    mismatches.push(format!("{code}: unscored here, scored in the file"));
                }
            }
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}

#[test]
fn the_nine_unscored_groups_and_their_reasons() {
    let mut got = Vec::new();
    for u in store().unit_groups(Lang::En) {
        let c = store().card(&u.code, Lang::En).unwrap();
        assert_eq!(
            c.ai_exposure.is_none(),
            c.ai_exposure_missing.is_some(),
            "{}",
            u.code
        );
        if let Some(r) = c.ai_exposure_missing {
            got.push((u.code.clone(), r));
        }
    }
    use AiUnscoredReason::*;
    let want = [
        ("40042", OnlyMilitaryCodes),
        ("42102", OnlyMilitaryCodes),
        ("42204", OnlyAllOtherCodes),
        ("43204", OnlyMilitaryCodes),
        ("44200", OnlyMilitaryCodes),
        ("50010", OnlyAllOtherCodes),
        ("64409", NoCrosswalkRow),
        ("85120", OnlyAllOtherCodes),
        ("94211", OnlyAllOtherCodes),
    ];
    let want: Vec<(String, AiUnscoredReason)> =
        want.iter().map(|(c, r)| (c.to_string(), *r)).collect();
    assert_eq!(got, want);
}

#[test]
fn spot_values_and_ranking_order() {
    let a = store()
        .card("22220", Lang::En)
        .unwrap()
        .ai_exposure
        .unwrap();
    assert_eq!(
        (a.human_beta, a.gpt4_beta, a.human_alpha, a.gpt4_alpha),
        (0.5701, 0.7354, 0.2577, 0.5547)
    );
    assert_eq!(
        a.onet_scored,
        ["15-1231.00", "15-1241.00", "15-1244.00", "15-1299.01"]
    );
    assert!(a.partial);
    assert_eq!(a.scored_groups, 507);
    let b = store()
        .card("22221", Lang::En)
        .unwrap()
        .ai_exposure
        .unwrap();
    assert_eq!((b.human_beta, b.gpt4_beta), (0.4354, 0.4892));

    // Rank and percentile agree with the order of the scores, for every pair.
    let all: Vec<_> = store()
        .unit_groups(Lang::En)
        .iter()
        .filter_map(|u| store().card(&u.code, Lang::En).unwrap().ai_exposure)
        .collect();
    assert_eq!(all.len(), 507);
    for x in &all {
        let higher = all.iter().filter(|y| y.human_beta > x.human_beta).count();
        assert_eq!(x.rank as usize, higher + 1);
        assert!(x.percentile <= 100);
    }
    for x in &all {
        for y in &all {
            if x.human_beta > y.human_beta {
                assert!(x.rank < y.rank && x.percentile >= y.percentile);
            }
        }
    }
    assert!(all.iter().any(|x| x.rank == 1 && x.percentile == 100));
}

#[test]
fn comparisons_come_from_the_same_minor_group() {
    let a = store()
        .card("22220", Lang::En)
        .unwrap()
        .ai_exposure
        .unwrap();
    assert_eq!(a.comparison_group.as_ref().unwrap().code, "2222");
    assert!((2..=3).contains(&a.comparisons.len()));
    for c in &a.comparisons {
        assert!(c.code.starts_with("2222") && c.code != "22220");
    }
    assert!(a
        .comparisons
        .iter()
        .any(|c| c.code == "22221" && c.human_beta == 0.4354));
    // Everywhere: 2–3 scored peers from the narrowest class that has them, never itself.
    for u in store().unit_groups(Lang::Fr) {
        if let Some(a) = store().card(&u.code, Lang::Fr).unwrap().ai_exposure {
            let g = a.comparison_group.unwrap();
            assert!((2..=3).contains(&a.comparisons.len()), "{}", u.code);
            assert!(a
                .comparisons
                .iter()
                .all(|c| c.code.starts_with(&g.code) && c.code != u.code && !c.title.is_empty()));
        }
    }
}
