//! The Federal Skilled Trades list: which NOC 2021 groups are eligible skilled trades (spec 5).
//!
//! A dated, sourced table like the others. Each entry names a NOC group by its code and level; the
//! reason keys (`fst_major_group_72`, …) are the entries' own keys, never parsed for numbers.
use crate::meta::{Confidence, TableMeta};
use crate::validate::is_noc_code;
use serde::Serialize;

/// The level of the NOC 2021 hierarchy a list entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NocLevel {
    /// Two digits, e.g. 72.
    MajorGroup,
    /// Three digits, e.g. 726.
    SubMajorGroup,
    /// Four digits, e.g. 6320.
    MinorGroup,
    /// Five digits, e.g. 62200.
    UnitGroup,
}

/// One group of the list: every unit group whose code starts with `code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FstGroup {
    /// Reason key of the occupation panel (docs/rules.md), e.g. `fst_major_group_72`.
    pub key: &'static str,
    pub level: NocLevel,
    /// NOC 2021 code of the group, the prefix of its unit groups' codes.
    pub code: &'static str,
}

impl FstGroup {
    pub fn contains(&self, noc: &str) -> bool {
        noc.starts_with(self.code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FstTradeTable {
    pub meta: TableMeta,
    /// Eligible groups, in the order IRCC lists them.
    pub trades: &'static [FstGroup],
    /// Groups inside an eligible one that IRCC excludes (checked first).
    pub excluded: &'static [FstGroup],
}

pub static FST_TRADES_2022_11_16: FstTradeTable = FstTradeTable {
    meta: TableMeta {
        id: "fst_trades",
        source: "IRCC, Eligibility to apply for the Federal Skilled Trades Program (Express Entry): skilled trades under NOC 2021",
        url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/skilled-trades.html",
        effective: "2022-11-16",
        confidence: Confidence::Official,
    },
    trades: &[
        FstGroup { key: "fst_major_group_72", level: NocLevel::MajorGroup, code: "72" },
        FstGroup { key: "fst_major_group_73", level: NocLevel::MajorGroup, code: "73" },
        FstGroup { key: "fst_major_group_82", level: NocLevel::MajorGroup, code: "82" },
        FstGroup { key: "fst_major_group_83", level: NocLevel::MajorGroup, code: "83" },
        FstGroup { key: "fst_major_group_92", level: NocLevel::MajorGroup, code: "92" },
        FstGroup { key: "fst_minor_group_6320", level: NocLevel::MinorGroup, code: "6320" },
        FstGroup { key: "fst_unit_group_62200", level: NocLevel::UnitGroup, code: "62200" },
    ],
    excluded: &[FstGroup { key: "fst_excluded_726", level: NocLevel::SubMajorGroup, code: "726" }],
};

/// The list in force (the only one since NOC 2021 came into Express Entry).
pub fn current() -> &'static FstTradeTable {
    &FST_TRADES_2022_11_16
}

/// Where a valid NOC 2021 code stands on the trade list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TradeListing {
    Listed(&'static FstGroup),
    Excluded(&'static FstGroup),
    NotListed,
}

/// The entry of the list a code falls under; `None` when the code is not a NOC 2021 unit group.
pub fn listing(noc: &str) -> Option<TradeListing> {
    if !is_noc_code(noc) {
        return None;
    }
    let table = current();
    if let Some(g) = table.excluded.iter().find(|g| g.contains(noc)) {
        return Some(TradeListing::Excluded(g));
    }
    Some(match table.trades.iter().find(|g| g.contains(noc)) {
        Some(g) => TradeListing::Listed(g),
        None => TradeListing::NotListed,
    })
}

/// Eligible skilled trade for FST (all listed groups are TEER 2 or 3).
pub fn is_fst_trade(noc: &str) -> bool {
    matches!(listing(noc), Some(TradeListing::Listed(_)))
        && matches!(noc.as_bytes()[1], b'2' | b'3')
}
