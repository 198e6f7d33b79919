//! AI exposure per unit group, derived as PROVENANCE §7.3 describes: the O*NET occupations the
//! Dais crosswalk maps to the unit group (duplicate pairs dropped, first-appearance order), those
//! with a score in Eloundou et al. (2024), unweighted mean of each score column, 4 decimals.

use crate::model::{AiRow, AiScores, AiUnscoredReason};
use crate::structure::Structure;
use crate::table::SourceDir;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

struct Scored {
    /// human alpha, beta, gamma, gpt4 alpha, beta, gamma
    values: [f64; 6],
}

/// Rounds like the derived file: the decimal expansion rounded to 4 places, in ten-thousandths.
fn ten_thousandths(x: f64) -> u16 {
    let s = format!("{x:.4}");
    let (w, f) = s.split_once('.').expect("formatted with decimals");
    (w.parse::<u16>().expect("score below 1") * 10_000) + f.parse::<u16>().expect("4 digits")
}

/// A row of the GPTs-are-GPTs occupation scores (the three `dv_` columns are GPT-4's ratings).
#[derive(Deserialize)]
struct ScoreRow {
    #[serde(rename = "O*NET-SOC Code")]
    onet: String,
    dv_rating_alpha: String,
    dv_rating_beta: String,
    dv_rating_gamma: String,
    human_rating_alpha: String,
    human_rating_beta: String,
    human_rating_gamma: String,
}

#[derive(Deserialize)]
struct MapRow {
    noc: String,
    onet: String,
    onet_title: String,
}

pub fn derive(src: &mut SourceDir, s: &Structure) -> BTreeMap<String, AiRow> {
    let g = src.table::<ScoreRow>(
        "ai_exposure/gpts_are_gpts_occ_level.csv",
        &[
            "O*NET-SOC Code",
            "Title",
            "dv_rating_alpha",
            "dv_rating_beta",
            "dv_rating_gamma",
            "human_rating_alpha",
            "human_rating_beta",
            "human_rating_gamma",
        ],
    );
    g.expect_rows(923);
    let mut scores: HashMap<String, Scored> = HashMap::new();
    for r in &g.rows {
        let v = |text: &str| -> f64 {
            let x: f64 = text
                .trim()
                .parse()
                .unwrap_or_else(|_| g.fail(r, format!("score {text:?} is not a number")));
            if !(0.0..=1.0).contains(&x) {
                g.fail(r, format!("score {x} outside 0..1"));
            }
            x
        };
        let values = [
            v(&r.human_rating_alpha),
            v(&r.human_rating_beta),
            v(&r.human_rating_gamma),
            v(&r.dv_rating_alpha),
            v(&r.dv_rating_beta),
            v(&r.dv_rating_gamma),
        ];
        if scores
            .insert(r.onet.trim().to_string(), Scored { values })
            .is_some()
        {
            g.fail(r, format!("duplicate O*NET code {}", r.onet));
        }
    }

    let d = src.table::<MapRow>(
        "ai_exposure/dais_noc2021_onet26.csv",
        &["noc", "noc_title", "onet", "onet_title"],
    );
    d.expect_rows(1467);
    let mut mapped: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut pairs = 0;
    for r in &d.rows {
        let code = crate::table::pad(&r.noc, 5, &d, r);
        if !s.is_unit(&code) {
            d.fail(r, format!("NOC {code} is not a NOC 2021 unit group"));
        }
        let list = mapped.entry(code).or_default();
        let onet = r.onet.trim().to_string();
        if !list.iter().any(|(o, _)| *o == onet) {
            list.push((onet, r.onet_title.trim().to_string()));
            pairs += 1;
        }
    }
    if pairs != 1389 {
        panic!(
            "{}: {pairs} distinct (noc, onet) pairs, expected 1389",
            d.file
        );
    }

    let mut out = BTreeMap::new();
    for code in &s.units {
        let list = mapped.get(code).cloned().unwrap_or_default();
        let scored: Vec<&(String, String)> = list
            .iter()
            .filter(|(o, _)| scores.contains_key(o))
            .collect();
        let (scores_out, reason) = if scored.is_empty() {
            let reason = if list.is_empty() {
                AiUnscoredReason::NoCrosswalkRow
            } else if list.iter().all(|(o, _)| o.starts_with("55-")) {
                AiUnscoredReason::OnlyMilitaryCodes
            } else if list.iter().all(|(_, t)| t.contains("All Other")) {
                AiUnscoredReason::OnlyAllOtherCodes
            } else {
                panic!("{}: unit group {code} has no scored O*NET occupation for an unknown reason: {list:?}", d.file)
            };
            (None, Some(reason))
        } else {
            let mut sum = [0.0f64; 6];
            for (o, _) in &scored {
                for (acc, v) in sum.iter_mut().zip(scores[o].values) {
                    *acc += v;
                }
            }
            let n = scored.len() as f64;
            let m = sum.map(|x| ten_thousandths(x / n));
            (
                Some(AiScores {
                    human_alpha: m[0],
                    human_beta: m[1],
                    human_gamma: m[2],
                    gpt4_alpha: m[3],
                    gpt4_beta: m[4],
                    gpt4_gamma: m[5],
                }),
                None,
            )
        };
        out.insert(
            code.clone(),
            AiRow {
                n_onet_mapped: list.len() as u16,
                onet_scored: scored.iter().map(|(o, _)| o.clone()).collect(),
                scores: scores_out,
                unscored_reason: reason,
            },
        );
    }
    let unscored = out.values().filter(|r| r.scores.is_none()).count();
    if unscored != 9 {
        panic!("AI exposure: {unscored} unscored unit groups, expected 9");
    }
    out
}
