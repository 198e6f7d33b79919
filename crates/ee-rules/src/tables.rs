//! Every points table as dated, sourced data. A rule set (`ruleset.rs`) picks one table of each
//! kind; the scoring code only reads these structs, so a new version is new data, not new logic.
use crate::meta::{Confidence, TableMeta};
use serde::Serialize;

/// Points for a candidate scored with an accompanying spouse, and scored as single.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ByStatus {
    pub with_spouse: u16,
    pub single: u16,
}

impl ByStatus {
    pub fn pick(self, single: bool) -> u16 {
        if single {
            self.single
        } else {
            self.with_spouse
        }
    }
}

const fn bs(with_spouse: u16, single: u16) -> ByStatus {
    ByStatus {
        with_spouse,
        single,
    }
}

/// `(threshold, points)`: the points of the highest row whose threshold is <= the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step<T> {
    pub from: u8,
    pub points: T,
}

const fn st<T>(from: u8, points: T) -> Step<T> {
    Step { from, points }
}

/// Looks up a step table; values below the first threshold get `zero`.
pub fn step_lookup<T: Copy>(steps: &[Step<T>], value: u8, zero: T) -> T {
    steps
        .iter()
        .rev()
        .find(|s| value >= s.from)
        .map(|s| s.points)
        .unwrap_or(zero)
}

pub const CRS_SOURCE: &str = "IRCC, Comprehensive Ranking System (CRS) criteria – Express Entry";
pub const CRS_URL: &str = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html";

const fn crs_meta(id: &'static str, effective: &'static str) -> TableMeta {
    TableMeta {
        id,
        source: CRS_SOURCE,
        url: CRS_URL,
        effective,
        confidence: Confidence::Official,
    }
}

// ---------------------------------------------------------------- CRS A: core / human capital

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CrsCoreTable {
    pub meta: TableMeta,
    /// A1: by age in whole years; below the first row 0, from the last row on its value (0 at 45+).
    pub age: &'static [Step<ByStatus>],
    /// A2: indexed by `Education as usize`.
    pub education: [ByStatus; 8],
    /// A3: per ability, by CLB/NCLC level.
    pub first_language: &'static [Step<ByStatus>],
    /// A4: per ability, by level, then capped.
    pub second_language: &'static [Step<ByStatus>],
    pub second_language_cap: ByStatus,
    /// A5: by completed years in Canada.
    pub canadian_work: &'static [Step<ByStatus>],
}

/// CRS core factors, unchanged since at least the 2016-11-19 version.
pub static CRS_CORE_2016_11_19: CrsCoreTable = CrsCoreTable {
    meta: crs_meta("crs_core", "2016-11-19"),
    age: &[
        st(18, bs(90, 99)),
        st(19, bs(95, 105)),
        st(20, bs(100, 110)),
        st(30, bs(95, 105)),
        st(31, bs(90, 99)),
        st(32, bs(85, 94)),
        st(33, bs(80, 88)),
        st(34, bs(75, 83)),
        st(35, bs(70, 77)),
        st(36, bs(65, 72)),
        st(37, bs(60, 66)),
        st(38, bs(55, 61)),
        st(39, bs(50, 55)),
        st(40, bs(45, 50)),
        st(41, bs(35, 39)),
        st(42, bs(25, 28)),
        st(43, bs(15, 17)),
        st(44, bs(5, 6)),
        st(45, bs(0, 0)),
    ],
    education: [
        bs(0, 0),
        bs(28, 30),
        bs(84, 90),
        bs(91, 98),
        bs(112, 120),
        bs(119, 128),
        bs(126, 135),
        bs(140, 150),
    ],
    first_language: &[
        st(4, bs(6, 6)),
        st(6, bs(8, 9)),
        st(7, bs(16, 17)),
        st(8, bs(22, 23)),
        st(9, bs(29, 31)),
        st(10, bs(32, 34)),
    ],
    second_language: &[st(5, bs(1, 1)), st(7, bs(3, 3)), st(9, bs(6, 6))],
    second_language_cap: bs(22, 24),
    canadian_work: &[
        st(1, bs(35, 40)),
        st(2, bs(46, 53)),
        st(3, bs(56, 64)),
        st(4, bs(63, 72)),
        st(5, bs(70, 80)),
    ],
};

// ---------------------------------------------------------------- CRS B: spouse

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CrsSpouseTable {
    pub meta: TableMeta,
    /// B1: indexed by `Education as usize`.
    pub education: [u16; 8],
    /// B2: per ability of the spouse's first official language.
    pub language: &'static [Step<u16>],
    /// B3: by completed years in Canada.
    pub canadian_work: &'static [Step<u16>],
}

pub static CRS_SPOUSE_2016_11_19: CrsSpouseTable = CrsSpouseTable {
    meta: crs_meta("crs_spouse", "2016-11-19"),
    education: [0, 2, 6, 7, 8, 9, 10, 10],
    language: &[st(5, 1), st(7, 3), st(9, 5)],
    canadian_work: &[st(1, 5), st(2, 7), st(3, 8), st(4, 9), st(5, 10)],
};

// ---------------------------------------------------------------- CRS C: skill transferability

/// Rows indexed [bucket][tier]: bucket 0 none, 1 lower, 2 upper; tier 0 lower, 1 upper.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CrsTransferabilityTable {
    pub meta: TableMeta,
    /// Language tiers: `[LANG_7, LANG_9]` minimum level in all four abilities.
    pub language_tiers: [u8; 2],
    /// Canadian work tiers in years: `[C1, C2]`.
    pub canadian_work_tiers: [u8; 2],
    /// Foreign work buckets in years: `[F1, F3]`.
    pub foreign_work_buckets: [u8; 2],
    pub education_language: [[u16; 2]; 3],
    pub education_canadian_work: [[u16; 2]; 3],
    pub foreign_language: [[u16; 2]; 3],
    pub foreign_canadian_work: [[u16; 2]; 3],
    /// Certificate of qualification: `[(min level in all four, points)]`, highest row that applies.
    pub certificate_language: [Step<u16>; 2],
    pub group_cap: u16,
    pub total_cap: u16,
}

pub static CRS_TRANSFERABILITY_2016_11_19: CrsTransferabilityTable = CrsTransferabilityTable {
    meta: crs_meta("crs_transferability", "2016-11-19"),
    language_tiers: [7, 9],
    canadian_work_tiers: [1, 2],
    foreign_work_buckets: [1, 3],
    education_language: [[0, 0], [13, 25], [25, 50]],
    education_canadian_work: [[0, 0], [13, 25], [25, 50]],
    foreign_language: [[0, 0], [13, 25], [25, 50]],
    foreign_canadian_work: [[0, 0], [13, 25], [25, 50]],
    certificate_language: [st(5, 25), st(7, 50)],
    group_cap: 50,
    total_cap: 100,
};

// ---------------------------------------------------------------- CRS D: additional points

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CrsAdditionalTable {
    pub meta: TableMeta,
    pub provincial_nomination: u16,
    pub sibling: u16,
    /// French NCLC level needed in all four abilities.
    pub french_min_nclc: u8,
    /// English CLB level needed in all four abilities for the higher French bonus.
    pub french_english_min_clb: u8,
    pub french_without_english: u16,
    pub french_with_english: u16,
    pub canadian_education_one_or_two_year: u16,
    pub canadian_education_three_year_or_more: u16,
    /// Arranged employment in NOC major group 00 (senior management).
    pub job_offer_senior_management: u16,
    /// Arranged employment in any other TEER 0-3 occupation.
    pub job_offer_other: u16,
    pub cap: u16,
}

/// In force 2025-03-25: job-offer points removed by Ministerial Instructions.
pub static CRS_ADDITIONAL_2025_03_25: CrsAdditionalTable = CrsAdditionalTable {
    meta: crs_meta("crs_additional", "2025-03-25"),
    provincial_nomination: 600,
    sibling: 15,
    french_min_nclc: 7,
    french_english_min_clb: 5,
    french_without_english: 25,
    french_with_english: 50,
    canadian_education_one_or_two_year: 15,
    canadian_education_three_year_or_more: 30,
    job_offer_senior_management: 0,
    job_offer_other: 0,
    cap: 600,
};

/// 2020-10-27 to 2025-03-24: French bonus 25/50, job offer 200/50.
pub static CRS_ADDITIONAL_2020_10_27: CrsAdditionalTable = CrsAdditionalTable {
    meta: crs_meta("crs_additional", "2020-10-27"),
    french_without_english: 25,
    french_with_english: 50,
    job_offer_senior_management: 200,
    job_offer_other: 50,
    ..CRS_ADDITIONAL_2025_03_25
};

/// 2016-11-19 to 2020-10-26: French bonus 15/30, job offer 200/50.
pub static CRS_ADDITIONAL_2016_11_19: CrsAdditionalTable = CrsAdditionalTable {
    meta: crs_meta("crs_additional", "2016-11-19"),
    french_without_english: 15,
    french_with_english: 30,
    job_offer_senior_management: 200,
    job_offer_other: 50,
    ..CRS_ADDITIONAL_2025_03_25
};

// ---------------------------------------------------------------- FSW 67-point grid

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FswGridTable {
    pub meta: TableMeta,
    pub pass_mark: u16,
    /// Minimum CLB in all four abilities of the first official language.
    pub min_first_language: u8,
    pub first_language_per_ability: &'static [Step<u16>],
    /// Second official language: points when CLB/NCLC >= `from` in all four.
    pub second_language: Step<u16>,
    /// Indexed by `Education as usize`.
    pub education: [u16; 8],
    /// By total years of skilled work.
    pub experience: &'static [Step<u16>],
    pub age: &'static [Step<u16>],
    pub arranged_employment: u16,
    pub adaptability: FswAdaptability,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FswAdaptability {
    pub spouse_language: u16,
    /// Spouse level needed in all four abilities.
    pub spouse_language_min: u8,
    pub own_study: u16,
    pub spouse_study: u16,
    pub own_work: u16,
    pub spouse_work: u16,
    pub arranged_employment: u16,
    pub relative: u16,
    pub cap: u16,
}

pub static FSW_GRID_2013: FswGridTable = FswGridTable {
    meta: TableMeta {
        id: "fsw_grid",
        source: "IRCC, Six selection factors – Federal Skilled Worker Program (IRPR ss. 75-83)",
        url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/federal-skilled-workers/six-selection-factors-federal-skilled-workers.html",
        effective: "2020-09-03",
        confidence: Confidence::Official,
    },
    pass_mark: 67,
    min_first_language: 7,
    first_language_per_ability: &[st(7, 4), st(8, 5), st(9, 6)],
    second_language: st(5, 4),
    education: [0, 5, 15, 19, 21, 22, 23, 25],
    experience: &[st(1, 9), st(2, 11), st(4, 13), st(6, 15)],
    age: &[
        st(18, 12), st(36, 11), st(37, 10), st(38, 9), st(39, 8), st(40, 7), st(41, 6), st(42, 5), st(43, 4),
        st(44, 3), st(45, 2), st(46, 1), st(47, 0),
    ],
    arranged_employment: 10,
    adaptability: FswAdaptability {
        spouse_language: 5,
        spouse_language_min: 4,
        own_study: 5,
        spouse_study: 5,
        own_work: 10,
        spouse_work: 5,
        arranged_employment: 5,
        relative: 5,
        cap: 10,
    },
};

// ---------------------------------------------------------------- Program minimums (CEC, FST)

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ProgramMinimums {
    pub meta_cec: TableMeta,
    pub meta_fst: TableMeta,
    pub cec_canadian_work_years: u8,
    /// CLB needed in all four abilities when the qualifying work is TEER 0 or 1.
    pub cec_clb_teer_0_1: u8,
    /// ... when it is TEER 2 or 3.
    pub cec_clb_teer_2_3: u8,
    pub fst_trade_work_years: u8,
    /// Speaking, listening, reading, writing.
    pub fst_clb: [u8; 4],
}

impl ProgramMinimums {
    /// CEC language minimum (all four abilities) for a TEER; TEER 4/5 is checked against the lower
    /// minimum so a language gap is still reported next to `work_teer`.
    pub fn cec_min_clb(&self, teer: u8) -> u8 {
        if teer <= 1 {
            self.cec_clb_teer_0_1
        } else {
            self.cec_clb_teer_2_3
        }
    }
}

pub static PROGRAM_MINIMUMS_2022_11_16: ProgramMinimums = ProgramMinimums {
    meta_cec: TableMeta {
        id: "cec_minimums",
        source: "IRCC, Eligibility to apply for the Canadian Experience Class (Express Entry)",
        url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/canadian-experience-class.html",
        effective: "2022-11-16",
        confidence: Confidence::Official,
    },
    meta_fst: TableMeta {
        id: "fst_minimums",
        source: "IRCC, Eligibility to apply for the Federal Skilled Trades Program (Express Entry)",
        url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/skilled-trades.html",
        effective: "2022-11-16",
        confidence: Confidence::Official,
    },
    cec_canadian_work_years: 1,
    cec_clb_teer_0_1: 7,
    cec_clb_teer_2_3: 5,
    fst_trade_work_years: 2,
    fst_clb: [5, 5, 4, 4],
};

// ---------------------------------------------------------------- Proof of funds

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FundsTable {
    pub meta: TableMeta,
    /// CAD for family sizes 1..=7.
    pub by_family_size: [u64; 7],
    /// CAD added for each person beyond 7.
    pub each_additional: u64,
}

impl FundsTable {
    pub fn required(&self, family_size: u8) -> u64 {
        let n = family_size.max(1) as usize;
        if n <= 7 {
            self.by_family_size[n - 1]
        } else {
            self.by_family_size[6] + (n as u64 - 7) * self.each_additional
        }
    }
}

const FUNDS_SOURCE: &str = "IRCC, Proof of funds – Skilled immigrants (Express Entry)";
const FUNDS_URL: &str = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/proof-funds.html";

pub static FUNDS_2025_07_07: FundsTable = FundsTable {
    meta: TableMeta {
        id: "proof_of_funds",
        source: FUNDS_SOURCE,
        url: FUNDS_URL,
        effective: "2025-07-07",
        confidence: Confidence::ReputableSecondary,
    },
    by_family_size: [15_263, 19_001, 23_360, 28_362, 32_168, 36_280, 40_392],
    each_additional: 4_112,
};

pub static FUNDS_2024_05_28: FundsTable = FundsTable {
    meta: TableMeta {
        id: "proof_of_funds",
        source: FUNDS_SOURCE,
        url: FUNDS_URL,
        effective: "2024-05-28",
        confidence: Confidence::ReputableSecondary,
    },
    by_family_size: [14_690, 18_288, 22_483, 27_297, 30_690, 34_917, 38_875],
    each_additional: 3_958,
};
