//! Named rule-set versions, each composed of dated tables (spec 1.0).
use crate::date::Date;
use crate::tables::*;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RuleSet {
    /// e.g. `v2025-03-25`.
    pub id: &'static str,
    pub in_force_from: &'static str,
    /// Last day known in force; None while current.
    pub in_force_until: Option<&'static str>,
    pub crs_core: &'static CrsCoreTable,
    pub crs_spouse: &'static CrsSpouseTable,
    pub crs_transferability: &'static CrsTransferabilityTable,
    pub crs_additional: &'static CrsAdditionalTable,
    pub fsw: &'static FswGridTable,
    pub programs: &'static ProgramMinimums,
    pub funds: &'static FundsTable,
}

impl RuleSet {
    /// Latest effective date among the tables the assessment applies (the result's `rules_as_of`).
    pub fn rules_as_of(&self) -> &'static str {
        [
            self.crs_core.meta.effective,
            self.crs_spouse.meta.effective,
            self.crs_transferability.meta.effective,
            self.crs_additional.meta.effective,
            self.fsw.meta.effective,
            self.programs.meta_cec.effective,
            self.programs.meta_fst.effective,
            self.funds.meta.effective,
        ]
        .into_iter()
        .max()
        .unwrap_or(self.in_force_from)
    }
}

/// The verified default: CRS without job-offer points (2025-03-25), funds table of 2025-07-07.
pub static V2025_03_25: RuleSet = RuleSet {
    id: "v2025-03-25",
    in_force_from: "2025-03-25",
    in_force_until: None,
    crs_core: &CRS_CORE_2016_11_19,
    crs_spouse: &CRS_SPOUSE_2016_11_19,
    crs_transferability: &CRS_TRANSFERABILITY_2016_11_19,
    crs_additional: &CRS_ADDITIONAL_2025_03_25,
    fsw: &FSW_GRID_2013,
    programs: &PROGRAM_MINIMUMS_2022_11_16,
    funds: &FUNDS_2025_07_07,
};

/// Historical: French bonus 25/50 and job-offer points 200/50.
pub static V2020_10_27: RuleSet = RuleSet {
    id: "v2020-10-27",
    in_force_from: "2020-10-27",
    in_force_until: Some("2025-03-24"),
    crs_additional: &CRS_ADDITIONAL_2020_10_27,
    funds: &FUNDS_2024_05_28,
    ..V2025_03_25
};

/// Historical: French bonus 15/30 and job-offer points 200/50.
pub static V2016_11_19: RuleSet = RuleSet {
    id: "v2016-11-19",
    in_force_from: "2016-11-19",
    in_force_until: Some("2020-10-26"),
    crs_additional: &CRS_ADDITIONAL_2016_11_19,
    funds: &FUNDS_2024_05_28,
    ..V2025_03_25
};

/// Every implemented version, newest first.
pub static RULE_SETS: [&RuleSet; 3] = [&V2025_03_25, &V2020_10_27, &V2016_11_19];

/// A change IRCC announced whose official tables the engine does not have yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AnnouncedChange {
    /// Stable key the UI turns into a sentence.
    pub key: crate::NoticeKey,
    pub in_force_from: &'static str,
    pub summary: &'static str,
    pub source: &'static str,
}

pub static ANNOUNCED_CHANGES: [AnnouncedChange; 1] = [AnnouncedChange {
    key: crate::NoticeKey::CrsChanged20261103,
    in_force_from: "2026-11-03",
    summary: "IRCC changed the CRS on 2026-11-03 (high-wage occupation points, more weight on Canadian work \
              experience, job-offer points back without an LMIA). The official point values are not yet in this \
              engine; scores use the rules in force 2025-03-25 to 2026-11-02.",
    source: "BryceYuuu/RUN docs/global/canada.md (2026-10); CELPass high-wage occupation tool (2026-11); unofficial",
}];

/// The date the bundled data was compiled (spec date); used when no date is given.
pub const DATA_AS_OF: Date = Date::new(2026, 11, 23);

/// The newest rule set in force on `date` (the oldest known one before 2016-11-19).
pub fn rule_set_for(date: Date) -> &'static RuleSet {
    let day = date.to_string();
    RULE_SETS
        .iter()
        .copied()
        .find(|r| r.in_force_from <= day.as_str())
        .unwrap_or(&V2016_11_19)
}

/// Announced changes in force on `date` that the rule set applied does not reflect.
pub fn unreflected_changes(date: Date, applied: &RuleSet) -> Vec<&'static AnnouncedChange> {
    let day = date.to_string();
    ANNOUNCED_CHANGES
        .iter()
        .filter(|c| c.in_force_from <= day.as_str() && c.in_force_from > applied.in_force_from)
        .collect()
}

/// The rule set the widget uses by default.
pub fn current() -> &'static RuleSet {
    &V2025_03_25
}
