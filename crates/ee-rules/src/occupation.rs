//! Which Express Entry programs experience in one NOC 2021 unit group can count for (card panel).
use crate::categories::{categories_for, CategoryMatch};
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

/// FST trade group of a code, as a reason key; None when it is not an eligible trade.
pub fn fst_trade_group(noc: &str) -> Option<&'static str> {
    if !is_noc_code(noc) {
        return None;
    }
    if noc == "62200" {
        Some("fst_unit_group_62200")
    } else if noc.starts_with("6320") {
        Some("fst_minor_group_6320")
    } else if noc.starts_with("726") {
        None
    } else if noc.starts_with("72") {
        Some("fst_major_group_72")
    } else if noc.starts_with("73") {
        Some("fst_major_group_73")
    } else if noc.starts_with("82") {
        Some("fst_major_group_82")
    } else if noc.starts_with("83") {
        Some("fst_major_group_83")
    } else if noc.starts_with("92") {
        Some("fst_major_group_92")
    } else {
        None
    }
}

/// Eligible skilled trade for FST (spec 5; all listed groups are TEER 2 or 3).
pub fn is_fst_trade(noc: &str) -> bool {
    fst_trade_group(noc).is_some() && matches!(teer_of(noc), Some(2 | 3))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramFit {
    pub eligible: bool,
    /// Machine-readable reason key (see docs/rules.md).
    pub reason: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CecFit {
    pub eligible: bool,
    pub reason: &'static str,
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
            reason: "invalid_noc_code",
        };
        return OccupationPrograms {
            noc: noc_code.to_owned(),
            valid_code: false,
            teer: None,
            fsw: invalid.clone(),
            cec: CecFit {
                eligible: false,
                reason: "invalid_noc_code",
                language_minimum: None,
            },
            fst: invalid,
            categories: Vec::new(),
        };
    };
    let skilled = teer <= 3;
    let skill_reason = if skilled {
        "teer_0_to_3"
    } else {
        "teer_4_or_5_not_skilled"
    };
    let rules = crate::ruleset::current();
    let fst = match fst_trade_group(noc_code) {
        Some(group) if is_fst_trade(noc_code) => ProgramFit {
            eligible: true,
            reason: group,
        },
        _ if noc_code.starts_with("726") => ProgramFit {
            eligible: false,
            reason: "fst_excluded_726",
        },
        _ => ProgramFit {
            eligible: false,
            reason: "fst_not_listed_trade",
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
            language_minimum: skilled.then(|| crate::programs::cec_min_clb(teer, rules)),
        },
        fst,
        categories: categories_for(noc_code, None),
    }
}
