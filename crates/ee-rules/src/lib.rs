//! Express Entry rules engine: CRS, FSW, CEC, FST, language conversion, proof of funds,
//! category-based selection, recent draws and a what-if advisor. Pure Rust + serde, so it runs
//! natively (`noc assess`, tests) and in the widget's WebAssembly unchanged.
//!
//! Every number from a regulation lives in a dated, sourced table (`tables`, `language`,
//! `categories`, `draws`); a `RuleSet` names the tables in force together.

#[macro_use]
mod keys;
// For `key_enum!` in other crates (its `Serialize` impl), which need not list serde themselves.
#[doc(hidden)]
pub use serde as __serde;
pub mod advisor;
pub mod bounded;
pub mod categories;
pub mod crs;
pub mod date;
pub mod draws;
pub mod error;
pub mod language;
pub mod meta;
pub mod occupation;
pub mod profile;
pub mod programs;
pub mod raw;
pub mod rounds;
pub mod ruleset;
pub mod tables;
pub mod timeline;
pub mod trades;
pub mod validate;

pub use advisor::{
    suggest, suggest_with, EducationField, Suggestion, SuggestionDetail, SuggestionKind, YearsField,
};
pub use categories::{categories_for, current_categories_for, CategoryMatch, CATEGORY_LISTS};
pub use crs::{CrsFactor, CrsLine, CrsResult, CrsSection};
pub use date::Date;
pub use draws::{compare_to_draws, DrawComparison, DrawEligibility};
pub use error::{ErrorCode, ProfileError};
pub use language::to_clb;
pub use occupation::{occupation_programs, OccupationPrograms, ProgramReason};
pub use profile::*;
pub use programs::{
    check_funds, required_funds, FswFactor, FswGrid, FswLine, FswResult, FundsExemption,
    FundsResult, ProgramResult, Unmet,
};
pub use rounds::{Distribution, PoolPosition, Round, RoundClass, RoundKind};
pub use ruleset::{RuleSet, RULE_SETS};
pub use timeline::{
    age_points_by_age, timeline, Timeline, TimelineDates, ECA_VALIDITY_YEARS,
    LANGUAGE_TEST_VALIDITY_YEARS,
};
pub use validate::{profile_from, profile_from_raw, validate, Validation};

use serde::Serialize;

/// Levels shown next to each language field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClbSummary {
    pub first: Levels,
    pub second: Option<Levels>,
    /// Spouse's first official language, when given (extra field).
    pub spouse: Option<Levels>,
}

key_enum! {
    /// What a notice tells the reader (`notices[].key`).
    pub enum NoticeKey {
        /// IRCC changed the CRS on 2026-11-03; the engine does not have the new tables yet
        /// (an [`ruleset::AnnouncedChange`]).
        CrsChanged20261103 = "crs_changed_2026_11_03",
        /// A job offer was entered; it earns no CRS points under the rules applied.
        JobOfferNoCrsPoints = "job_offer_no_crs_points",
        /// The job offer's TEER is not the second digit of its NOC code.
        JobOfferTeerMismatch = "job_offer_teer_mismatch",
        /// The proof-of-funds table may have been replaced by a newer one.
        FundsTableMayBeOutdated = "funds_table_may_be_outdated",
        /// A spouse but a family size of 1.
        FamilySizeExcludesSpouse = "family_size_excludes_spouse",
    }
}

/// Something the UI should tell the reader, as a stable key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub key: NoticeKey,
    /// Date the underlying fact applies from, when there is one.
    pub since: Option<&'static str>,
}

/// The result contract (docs/profile.md): contract fields first, extra fields after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub crs: CrsResult,
    pub fsw: FswResult,
    pub cec: ProgramResult,
    pub fst: ProgramResult,
    pub clb: ClbSummary,
    pub rules_as_of: &'static str,
    /// Rule-set version applied, e.g. `v2025-03-25`.
    pub rule_set: &'static str,
    pub funds: FundsResult,
    pub notices: Vec<Notice>,
}

/// Assesses a profile under the default rule set (v2025-03-25), as of the data date.
pub fn assess(p: &Profile) -> Assessment {
    assess_with(p, ruleset::current(), ruleset::DATA_AS_OF)
}

/// Assesses under a given rule set; `on` decides which announced-but-unreflected changes to flag.
pub fn assess_with(p: &Profile, rules: &RuleSet, on: Date) -> Assessment {
    let crs = crs::crs(p, rules);
    let fsw = programs::fsw(p, rules);
    let cec = programs::cec(p, rules);
    let fst = programs::fst(p, rules);
    let funds = programs::funds(p, rules, cec.eligible);
    let mut notices: Vec<Notice> = ruleset::unreflected_changes(on, rules)
        .into_iter()
        .map(|c| Notice {
            key: c.key,
            since: Some(c.in_force_from),
        })
        .collect();
    if let Some(job) = &p.job_offer {
        if rules.crs_additional.job_offer_other == 0
            && rules.crs_additional.job_offer_senior_management == 0
        {
            notices.push(Notice {
                key: NoticeKey::JobOfferNoCrsPoints,
                since: Some(rules.crs_additional.meta.effective),
            });
        }
        if occupation::teer_of(&job.noc) != Some(job.teer) {
            notices.push(Notice {
                key: NoticeKey::JobOfferTeerMismatch,
                since: None,
            });
        }
    }
    if p.spouse.is_some() && p.family_size < 2 {
        // Family size counts the spouse even when not coming or already a citizen/PR (spec 6).
        notices.push(Notice {
            key: NoticeKey::FamilySizeExcludesSpouse,
            since: None,
        });
    }
    if std::ptr::eq(rules.funds, &tables::FUNDS_2025_07_07) {
        // No 2026 table was found; IRCC usually updates it every year (spec 6).
        notices.push(Notice {
            key: NoticeKey::FundsTableMayBeOutdated,
            since: Some(rules.funds.meta.effective),
        });
    }
    Assessment {
        clb: ClbSummary {
            first: language::levels(&p.first_language),
            second: p.second_language.as_ref().map(language::levels),
            spouse: p
                .spouse
                .as_ref()
                .and_then(|s| s.first_language.as_ref())
                .map(language::levels),
        },
        crs,
        fsw,
        cec,
        fst,
        rules_as_of: rules.rules_as_of(),
        rule_set: rules.id,
        funds,
        notices,
    }
}

/// Draw eligibility derived from an assessment (+ the candidate's main NOC for categories).
/// Being in the pool (FSW, CEC or FST eligible) is checked by `DrawEligibility::can_enter`.
pub fn draw_eligibility(p: &Profile, a: &Assessment, main_noc: Option<&str>) -> DrawEligibility {
    let (_, french) = crs::levels_by_language(p);
    let mut cats: Vec<RoundClass> = Vec::new();
    let lists = match main_noc {
        Some(noc) => current_categories_for(noc, french.as_ref()),
        None => current_categories_for("", french.as_ref()),
    };
    for m in lists {
        use categories::CategoryCondition as C;
        // The profile holds only years of skilled work, so "12 months in the listed occupation"
        // is read as the main occupation being listed plus at least one year of work.
        let qualifies = match m.condition {
            C::FrenchNclc7 => true,
            C::ListedOccupationExperience => {
                p.canadian_work_years.saturating_add(p.foreign_work_years) >= 1
            }
            C::CanadianExperienceInOccupation => p.canadian_work_years >= 1,
            // Needs a Canadian Armed Forces offer: read as a job offer in a listed CAF occupation.
            C::CanadianArmedForcesRecruitment => p.job_offer.as_ref().is_some_and(|j| {
                categories::current_categories_for(&j.noc, None)
                    .iter()
                    .any(|o| o.category == m.category)
            }),
        };
        if qualifies && !cats.contains(&m.category) {
            cats.push(m.category);
        }
    }
    DrawEligibility {
        fsw: a.fsw.eligible,
        cec: a.cec.eligible,
        fst: a.fst.eligible,
        provincial_nomination: p.provincial_nomination,
        categories: cats,
    }
}
