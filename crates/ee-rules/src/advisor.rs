//! What-if advisor: the smallest realistic single changes that raise the CRS, best first.
//! Each suggestion carries the modified profile so the UI can apply it in one click.
use crate::crs::crs;
use crate::language::{levels, min_score_for};
use crate::profile::*;
use crate::ruleset::{current, RuleSet};
use serde::Serialize;

/// Which language result a suggestion changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageSlot {
    First,
    Second,
    Spouse,
}

impl LanguageSlot {
    fn field(self) -> &'static str {
        match self {
            LanguageSlot::First => "first_language",
            LanguageSlot::Second => "second_language",
            LanguageSlot::Spouse => "spouse.first_language",
        }
    }
}

key_enum! {
    /// The kind of change a suggestion makes (`key`, same as `detail.kind`).
    pub enum SuggestionKind {
        LanguageScore = "language_score",
        LanguageAllAbilities = "language_all_abilities",
        NewLanguageTest = "new_language_test",
        MoreYears = "more_years",
        Education = "education",
        CanadianEducation = "canadian_education",
        ProvincialNomination = "provincial_nomination",
        TradeCertificate = "trade_certificate",
    }
}

key_enum! {
    /// The years field a "one more year" suggestion raises (its dotted profile path).
    pub enum YearsField {
        CanadianWorkYears = "canadian_work_years",
        ForeignWorkYears = "foreign_work_years",
        SpouseCanadianWorkYears = "spouse.canadian_work_years",
    }
}

key_enum! {
    /// The education field an education suggestion raises (its dotted profile path).
    pub enum EducationField {
        Education = "education",
        SpouseEducation = "spouse.education",
    }
}

/// The change, with the parameters the UI needs to phrase it (in English or French).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SuggestionDetail {
    /// One ability to the next level on the same test: the new raw score to aim for.
    LanguageScore {
        slot: LanguageSlot,
        test: LanguageTest,
        ability: Ability,
        from_score: Score,
        to_score: Score,
        from_level: u8,
        to_level: u8,
    },
    /// Every ability below `to_level` raised to it, on the same test.
    LanguageAllAbilities {
        slot: LanguageSlot,
        test: LanguageTest,
        to_level: u8,
    },
    /// Take a test in the other official language (or the spouse's first test), levels given directly.
    NewLanguageTest {
        slot: LanguageSlot,
        test: LanguageTest,
        level: u8,
    },
    /// A year count one higher.
    MoreYears {
        field: YearsField,
        from: u8,
        to: u8,
    },
    /// A higher credential (ECA for foreign ones).
    Education {
        field: EducationField,
        from: Education,
        to: Education,
    },
    CanadianEducation {
        from: CanadianEducation,
        to: CanadianEducation,
    },
    ProvincialNomination,
    TradeCertificate,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// Stable key of the kind of change (same as `detail.kind`).
    pub key: SuggestionKind,
    /// Dotted path of the profile field changed.
    pub field: String,
    /// CRS points the change adds (always > 0).
    pub points: u16,
    pub new_total: u16,
    pub detail: SuggestionDetail,
    /// The whole profile with the change applied.
    pub profile: Profile,
}

fn key_of(d: &SuggestionDetail) -> SuggestionKind {
    match d {
        SuggestionDetail::LanguageScore { .. } => SuggestionKind::LanguageScore,
        SuggestionDetail::LanguageAllAbilities { .. } => SuggestionKind::LanguageAllAbilities,
        SuggestionDetail::NewLanguageTest { .. } => SuggestionKind::NewLanguageTest,
        SuggestionDetail::MoreYears { .. } => SuggestionKind::MoreYears,
        SuggestionDetail::Education { .. } => SuggestionKind::Education,
        SuggestionDetail::CanadianEducation { .. } => SuggestionKind::CanadianEducation,
        SuggestionDetail::ProvincialNomination => SuggestionKind::ProvincialNomination,
        SuggestionDetail::TradeCertificate => SuggestionKind::TradeCertificate,
    }
}

fn slot_mut(p: &mut Profile, slot: LanguageSlot) -> Option<&mut LanguageResult> {
    match slot {
        LanguageSlot::First => Some(&mut p.first_language),
        LanguageSlot::Second => p.second_language.as_mut(),
        LanguageSlot::Spouse => p.spouse.as_mut().and_then(|s| s.first_language.as_mut()),
    }
}

/// Candidate changes for one existing language result.
fn language_candidates(
    p: &Profile,
    slot: LanguageSlot,
    out: &mut Vec<(String, SuggestionDetail, Profile)>,
) {
    let Some(result) = slot_mut(&mut p.clone(), slot).map(|r| *r) else {
        return;
    };
    let lv = levels(&result);
    for ability in Ability::ALL {
        let from_level = lv.get(ability);
        if from_level >= 10 {
            continue;
        }
        // The next charted level above the current one (e.g. IELTS below CLB 4 jumps to 4).
        let Some(to_score) =
            ((from_level + 1)..=10).find_map(|l| min_score_for(result.test, ability, l))
        else {
            continue;
        };
        let mut q = p.clone();
        let r = slot_mut(&mut q, slot).expect("slot exists");
        r.scores.set(ability, Score(to_score));
        let to_level = levels(r).get(ability);
        if to_score <= result.scores.get(ability).0 {
            continue;
        }
        let detail = SuggestionDetail::LanguageScore {
            slot,
            test: result.test,
            ability,
            from_score: result.scores.get(ability),
            to_score: Score(to_score),
            from_level,
            to_level,
        };
        out.push((format!("{}.{}", slot.field(), ability.key()), detail, q));
    }
    // Milestones that only pay when all four abilities reach them (transferability tiers).
    for target in [5u8, 7, 9] {
        if lv.min_level() >= target {
            continue;
        }
        let mut q = p.clone();
        let r = slot_mut(&mut q, slot).expect("slot exists");
        let mut changed = 0;
        for ability in Ability::ALL {
            if lv.get(ability) < target {
                if let Some(s) = min_score_for(result.test, ability, target) {
                    if s > r.scores.get(ability).0 {
                        r.scores.set(ability, Score(s));
                        changed += 1;
                    }
                }
            }
        }
        if changed > 1 {
            out.push((
                slot.field().to_owned(),
                SuggestionDetail::LanguageAllAbilities {
                    slot,
                    test: result.test,
                    to_level: target,
                },
                q,
            ));
        }
    }
}

fn direct_levels(test: LanguageTest, level: u8) -> LanguageResult {
    LanguageResult {
        test,
        scores: Abilities::all(Score(level as f64)),
    }
}

/// Suggestions under the default rule set.
pub fn suggest(p: &Profile) -> Vec<Suggestion> {
    suggest_with(p, current())
}

pub fn suggest_with(p: &Profile, rules: &RuleSet) -> Vec<Suggestion> {
    let mut cands: Vec<(String, SuggestionDetail, Profile)> = Vec::new();

    language_candidates(p, LanguageSlot::First, &mut cands);
    if p.second_language.is_some() {
        language_candidates(p, LanguageSlot::Second, &mut cands);
    } else {
        let test = match p.first_language.test.language() {
            OfficialLanguage::English => LanguageTest::Nclc,
            OfficialLanguage::French => LanguageTest::Clb,
        };
        for level in [5u8, 7, 9] {
            let mut q = p.clone();
            q.second_language = Some(direct_levels(test, level));
            cands.push((
                "second_language".into(),
                SuggestionDetail::NewLanguageTest {
                    slot: LanguageSlot::Second,
                    test,
                    level,
                },
                q,
            ));
        }
    }
    if let Some(s) = p.counting_spouse() {
        if s.first_language.is_some() {
            language_candidates(p, LanguageSlot::Spouse, &mut cands);
        } else {
            for level in [5u8, 7, 9] {
                let mut q = p.clone();
                if let Some(sp) = q.spouse.as_mut() {
                    sp.first_language = Some(direct_levels(LanguageTest::Clb, level));
                }
                cands.push((
                    "spouse.first_language".into(),
                    SuggestionDetail::NewLanguageTest {
                        slot: LanguageSlot::Spouse,
                        test: LanguageTest::Clb,
                        level,
                    },
                    q,
                ));
            }
        }
        if let Some(next) = s.education.next() {
            let mut q = p.clone();
            if let Some(sp) = q.spouse.as_mut() {
                sp.education = next;
            }
            cands.push((
                "spouse.education".into(),
                SuggestionDetail::Education {
                    field: EducationField::SpouseEducation,
                    from: s.education,
                    to: next,
                },
                q,
            ));
        }
        push_one_more_year(
            &mut cands,
            p,
            YearsField::SpouseCanadianWorkYears,
            s.canadian_work_years,
            |q| {
                if let Some(sp) = q.spouse.as_mut() {
                    sp.canadian_work_years += 1;
                }
            },
        );
    }
    push_one_more_year(
        &mut cands,
        p,
        YearsField::CanadianWorkYears,
        p.canadian_work_years,
        |q| q.canadian_work_years += 1,
    );
    push_one_more_year(
        &mut cands,
        p,
        YearsField::ForeignWorkYears,
        p.foreign_work_years,
        |q| q.foreign_work_years += 1,
    );
    if let Some(next) = p.education.next() {
        let mut q = p.clone();
        q.education = next;
        cands.push((
            "education".into(),
            SuggestionDetail::Education {
                field: EducationField::Education,
                from: p.education,
                to: next,
            },
            q,
        ));
    }
    for (to, implied) in [
        (CanadianEducation::OneOrTwoYear, Education::OneYear),
        (
            CanadianEducation::ThreeYearOrMore,
            Education::BachelorsOrThreeYear,
        ),
    ] {
        if to > p.canadian_education {
            let mut q = p.clone();
            q.canadian_education = to;
            // A Canadian credential is also a credential for the education factor.
            q.education = q.education.max(implied);
            cands.push((
                "canadian_education".into(),
                SuggestionDetail::CanadianEducation {
                    from: p.canadian_education,
                    to,
                },
                q,
            ));
        }
    }
    if !p.provincial_nomination {
        let mut q = p.clone();
        q.provincial_nomination = true;
        cands.push((
            "provincial_nomination".into(),
            SuggestionDetail::ProvincialNomination,
            q,
        ));
    }
    if !p.trade_certificate && p.trade_work_years >= 1 {
        let mut q = p.clone();
        q.trade_certificate = true;
        cands.push((
            "trade_certificate".into(),
            SuggestionDetail::TradeCertificate,
            q,
        ));
    }

    let base = crs(p, rules).total;
    let mut out: Vec<Suggestion> = Vec::new();
    for (field, detail, profile) in cands {
        let new_total = crs(&profile, rules).total;
        if new_total <= base || out.iter().any(|s| s.profile == profile) {
            continue;
        }
        out.push(Suggestion {
            key: key_of(&detail),
            field,
            points: new_total - base,
            new_total,
            detail,
            profile,
        });
    }
    // Best first; among equal gains keep the generation order (smaller changes come first).
    out.sort_by_key(|s| std::cmp::Reverse(s.points));
    out
}

/// The candidate "one more full year" in a years field (bounded at 50, the profile's own limit);
/// `bump` adds the year to the copy of the profile.
fn push_one_more_year(
    cands: &mut Vec<(String, SuggestionDetail, Profile)>,
    p: &Profile,
    field: YearsField,
    from: u8,
    bump: impl FnOnce(&mut Profile),
) {
    if from >= 50 {
        return;
    }
    let mut q = p.clone();
    bump(&mut q);
    cands.push((
        field.key().into(),
        SuggestionDetail::MoreYears {
            field,
            from,
            to: from + 1,
        },
        q,
    ));
}
