//! "Similar skills" on the card (issue 25): the occupation's skills profile and the closest unit
//! groups by ESDC's OaSIS ratings, computed at build time (build/similar.rs, docs/similar.md), with
//! what each would change for Express Entry (from `ee_rules::occupation_programs`).
//!
//! Descriptors travel as stable keys (the OaSIS English name in snake case) with their name in the
//! card's language, both from the card's text blob (`UnitText::descriptors`).

use crate::card::Condition;
use crate::model::{
    ConditionPeriod, LabourMarket, NeighbourFacts, SimilarityBand, SkillsFacts, UnitFacts,
    UnitText, WageUnit,
};
use crate::store::{teer_of, Facts, Names};
use crate::Lang;
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/similar_generated.rs"));

/// What kind of OaSIS descriptor a key names.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DescriptorCategory {
    Skill,
    Knowledge,
    WorkActivity,
    WorkContext,
}

/// One descriptor compared between the card's occupation (`here`) and another (`there`), on the
/// descriptor's own scale (0–5; knowledge 0–3), as the mean of each unit group's OaSIS profiles.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct DescriptorGap {
    pub key: String,
    /// In the card's language (PROVENANCE §8: the French names are this project's).
    pub name: String,
    pub category: DescriptorCategory,
    pub here: f64,
    pub there: f64,
    pub scale_max: u8,
}

/// One rated descriptor of the card's own occupation.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct ProfileItem {
    pub key: String,
    pub name: String,
    pub category: DescriptorCategory,
    pub level: f64,
    pub scale_max: u8,
}

/// The card's own skills profile: its highest-rated skills and its most telling work-context facts.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct SkillsProfile {
    pub top_skills: Vec<ProfileItem>,
    pub work_context: Vec<ProfileItem>,
}

/// The other occupation's Job Bank median wage for Canada.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct MedianWage {
    pub amount: f64,
    pub unit: WageUnit,
}

/// What moving to the other occupation would change for Express Entry, from the rule tables.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ImmigrationChange {
    /// The other occupation is TEER 0–3 (skilled work for FSW and CEC); this one is not.
    CountsForExpressEntry { teer: u8 },
    /// This occupation is skilled work and the other (TEER 4 or 5) is not.
    NotSkilledWork { teer: u8 },
    /// The other is on the Federal Skilled Trades list; this one is not.
    CountsForSkilledTrades,
    /// The other is on a category list in force that this one is not on.
    OnCategoryList {
        category: ee_rules::RoundClass,
        list_date: &'static str,
    },
    /// Same programs and category lists as this occupation.
    NoChange,
    // Seam for provincial routes (data/routes, e.g. BC's health priority list): a variant per
    // route the other occupation opens, once that data is on main.
}

/// One of the closest unit groups.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SimilarOccupation {
    pub code: String,
    pub title: String,
    pub teer: u8,
    pub band: SimilarityBand,
    pub median_wage: Option<MedianWage>,
    /// COPS labour market outlook 2024–2033 for Canada.
    pub outlook: Condition,
    /// Where the other occupation asks clearly more (the largest gaps first, 5 at most).
    pub to_build: Vec<DescriptorGap>,
    /// Strong in both (the most distinctive first, 3 at most).
    pub shared: Vec<DescriptorGap>,
    pub immigration: Vec<ImmigrationChange>,
}

/// Category, scale, key and name of a descriptor id (None for an id the blobs do not name).
fn descriptor(t: &UnitText, id: u8) -> Option<(DescriptorCategory, u8, String, String)> {
    let (cat, max) = *DESCRIPTORS.get(id as usize)?;
    let named = t.descriptors.iter().find(|d| d.id == id)?;
    let cat = match cat {
        0 => DescriptorCategory::Skill,
        1 => DescriptorCategory::Knowledge,
        2 => DescriptorCategory::WorkActivity,
        _ => DescriptorCategory::WorkContext,
    };
    Some((cat, max, named.key.clone(), named.name.clone()))
}

fn level(tenths: u8) -> f64 {
    tenths as f64 / 10.0
}

fn items(t: &UnitText, list: &[(u8, u8)]) -> Vec<ProfileItem> {
    list.iter()
        .filter_map(|&(id, v)| {
            let (category, scale_max, key, name) = descriptor(t, id)?;
            Some(ProfileItem {
                key,
                name,
                category,
                level: level(v),
                scale_max,
            })
        })
        .collect()
}

fn gaps(t: &UnitText, list: &[(u8, u8, u8)]) -> Vec<DescriptorGap> {
    list.iter()
        .filter_map(|&(id, a, b)| {
            let (category, scale_max, key, name) = descriptor(t, id)?;
            Some(DescriptorGap {
                key,
                name,
                category,
                here: level(a),
                there: level(b),
                scale_max,
            })
        })
        .collect()
}

/// The card's skills profile from its facts.
pub fn profile(s: &SkillsFacts, t: &UnitText) -> SkillsProfile {
    SkillsProfile {
        top_skills: items(t, &s.top_skills),
        work_context: items(t, &s.context),
    }
}

/// What experience in `there` would count for that experience in `here` does not, by the rules.
pub fn immigration_changes(here: &str, there: &str) -> Vec<ImmigrationChange> {
    let (a, b) = (
        ee_rules::occupation_programs(here),
        ee_rules::occupation_programs(there),
    );
    let mut out = Vec::new();
    let teer = b.teer.unwrap_or(5);
    if b.fsw.eligible && !a.fsw.eligible {
        out.push(ImmigrationChange::CountsForExpressEntry { teer });
    }
    if a.fsw.eligible && !b.fsw.eligible {
        out.push(ImmigrationChange::NotSkilledWork { teer });
    }
    if b.fst.eligible && !a.fst.eligible {
        out.push(ImmigrationChange::CountsForSkilledTrades);
    }
    for c in b.categories.iter().filter(|c| c.current) {
        let on_here = a
            .categories
            .iter()
            .any(|x| x.current && x.category == c.category);
        if !on_here {
            out.push(ImmigrationChange::OnCategoryList {
                category: c.category,
                list_date: c.list_date,
            });
        }
    }
    if out.is_empty() {
        out.push(ImmigrationChange::NoChange);
    }
    out
}

pub(crate) fn neighbours(
    names: Names,
    uf: &UnitFacts,
    t: &UnitText,
    facts: &Facts,
    lang: Lang,
) -> Vec<SimilarOccupation> {
    uf.skills
        .neighbours
        .iter()
        .filter_map(|n| neighbour(names, t, n, facts, lang))
        .collect()
}

fn neighbour(
    names: Names,
    t: &UnitText,
    n: &NeighbourFacts,
    facts: &Facts,
    lang: Lang,
) -> Option<SimilarOccupation> {
    let title = names.title(&n.code)?.to_string();
    let label = |key: LabourMarket| {
        facts
            .blob
            .cops_labels
            .iter()
            .find(|l| l.period == ConditionPeriod::Future && l.condition == key)
            .map(|l| match lang {
                Lang::En => l.en.clone(),
                Lang::Fr => l.fr.clone(),
            })
            .unwrap_or_default()
    };
    Some(SimilarOccupation {
        code: n.code.clone(),
        title,
        teer: teer_of(&n.code),
        band: n.band,
        median_wage: n.median_wage.map(|(unit, cents)| MedianWage {
            amount: cents as f64 / 100.0,
            unit,
        }),
        outlook: Condition {
            key: n.outlook,
            label: label(n.outlook),
        },
        to_build: gaps(t, &n.to_build),
        shared: gaps(t, &n.shared),
        immigration: immigration_changes(&t.code, &n.code),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_are_categorised() {
        assert_eq!(DESCRIPTORS.iter().filter(|d| d.0 == 0).count(), 33);
        assert_eq!(DESCRIPTORS.iter().filter(|d| d.0 == 1).count(), 44);
        assert_eq!(DESCRIPTORS.iter().filter(|d| d.0 == 2).count(), 40);
        assert_eq!(DESCRIPTORS.iter().filter(|d| d.0 == 3).count(), 37);
        assert!(DESCRIPTORS
            .iter()
            .all(|d| d.1 == if d.0 == 1 { 3 } else { 5 }));
    }

    #[test]
    fn immigration_changes_follow_the_rules() {
        // A cashier (TEER 5) moving to retail supervisor (TEER 2): skilled work.
        assert_eq!(
            immigration_changes("65100", "62010"),
            vec![ImmigrationChange::CountsForExpressEntry { teer: 2 }]
        );
        // Same TEER, same lists: nothing changes.
        assert_eq!(
            immigration_changes("21232", "21231"),
            vec![ImmigrationChange::NoChange]
        );
    }
}
