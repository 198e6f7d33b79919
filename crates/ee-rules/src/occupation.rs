//! Which Express Entry programs experience in one NOC 2021 unit group can count for (card panel).
use crate::categories::{categories_for, CategoryMatch};
use crate::trades::{listing, FstGroup, TradeListing};
use crate::validate::is_noc_code;
use serde::Serialize;

/// TEER of a NOC 2021 unit-group code: its second digit.
pub fn teer_of(noc: &str) -> Option<u8> {
    if is_noc_code(noc) {
        Some(noc.as_bytes()[1] - b'0')
    } else {
        None
    }
}

pub use crate::trades::is_fst_trade;

/// Why experience in an occupation does or does not count for a program (the panel's `reason`).
/// Serialises to the reason keys of docs/rules.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgramReason {
    /// Not five digits with a TEER digit 0-5.
    InvalidNocCode,
    /// TEER 0, 1, 2 or 3: skilled work.
    Teer0To3,
    /// TEER 4 or 5: not skilled work.
    Teer4Or5NotSkilled,
    /// FST: on the trade list, under this entry (`fst_major_group_72`, …).
    ListedTrade(&'static FstGroup),
    /// FST: inside an eligible group but excluded by this entry (`fst_excluded_726`).
    ExcludedTrade(&'static FstGroup),
    /// FST: not on the trade list.
    NotListedTrade,
}

impl ProgramReason {
    /// The key as it appears in JSON.
    pub fn key(self) -> &'static str {
        match self {
            ProgramReason::InvalidNocCode => "invalid_noc_code",
            ProgramReason::Teer0To3 => "teer_0_to_3",
            ProgramReason::Teer4Or5NotSkilled => "teer_4_or_5_not_skilled",
            ProgramReason::ListedTrade(g) | ProgramReason::ExcludedTrade(g) => g.key,
            ProgramReason::NotListedTrade => "fst_not_listed_trade",
        }
    }
}

impl Serialize for ProgramReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

impl PartialEq<&str> for ProgramReason {
    fn eq(&self, other: &&str) -> bool {
        self.key() == *other
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramFit {
    pub eligible: bool,
    /// Machine-readable reason key (see docs/rules.md).
    pub reason: ProgramReason,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CecFit {
    pub eligible: bool,
    pub reason: ProgramReason,
    /// CLB/NCLC needed in all four abilities (7 for TEER 0/1, 5 for TEER 2/3).
    pub language_minimum: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OccupationPrograms {
    pub noc: String,
    /// False when the code is not five digits with a TEER digit 0-5; everything else is then false.
    pub valid_code: bool,
    pub teer: Option<u8>,
    pub fsw: ProgramFit,
    pub cec: CecFit,
    pub fst: ProgramFit,
    /// Category lists naming this code (French is not occupation-based and is not listed here).
    pub categories: Vec<CategoryMatch>,
}

pub fn occupation_programs(noc_code: &str) -> OccupationPrograms {
    let Some(teer) = teer_of(noc_code) else {
        let invalid = ProgramFit {
            eligible: false,
            reason: ProgramReason::InvalidNocCode,
        };
        return OccupationPrograms {
            noc: noc_code.to_owned(),
            valid_code: false,
            teer: None,
            fsw: invalid.clone(),
            cec: CecFit {
                eligible: false,
                reason: ProgramReason::InvalidNocCode,
                language_minimum: None,
            },
            fst: invalid,
            categories: Vec::new(),
        };
    };
    let skilled = teer <= 3;
    let skill_reason = if skilled {
        ProgramReason::Teer0To3
    } else {
        ProgramReason::Teer4Or5NotSkilled
    };
    let rules = crate::ruleset::current();
    let fst = match listing(noc_code) {
        Some(TradeListing::Listed(g)) if is_fst_trade(noc_code) => ProgramFit {
            eligible: true,
            reason: ProgramReason::ListedTrade(g),
        },
        Some(TradeListing::Excluded(g)) => ProgramFit {
            eligible: false,
            reason: ProgramReason::ExcludedTrade(g),
        },
        _ => ProgramFit {
            eligible: false,
            reason: ProgramReason::NotListedTrade,
        },
    };
    OccupationPrograms {
        noc: noc_code.to_owned(),
        valid_code: true,
        teer: Some(teer),
        fsw: ProgramFit {
            eligible: skilled,
            reason: skill_reason,
        },
        cec: CecFit {
            eligible: skilled,
            reason: skill_reason,
            language_minimum: skilled.then(|| rules.programs.cec_min_clb(teer)),
        },
        fst,
        categories: categories_for(noc_code, None),
    }
}
