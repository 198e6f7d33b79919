//! Time-related helpers: age points by age (to show when they drop) and validity periods.
use crate::crs::crs;
use crate::date::Date;
use crate::meta::{Confidence, TableMeta};
use crate::profile::Profile;
use crate::ruleset::current;
use crate::tables::{step_lookup, ByStatus};
use serde::Serialize;

/// Language test results are valid for 2 years from the result date.
pub const LANGUAGE_TEST_VALIDITY_YEARS: u16 = 2;
/// An Educational Credential Assessment is valid for 5 years from its issue date.
pub const ECA_VALIDITY_YEARS: u16 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Validity {
    pub key: &'static str,
    pub years: u16,
    pub meta: TableMeta,
}

pub static VALIDITY_PERIODS: [Validity; 2] = [
    Validity {
        key: "language_test",
        years: LANGUAGE_TEST_VALIDITY_YEARS,
        meta: TableMeta { id: "validity_language_test", source: "IRCC, Language requirements – Express Entry", url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-requirements.html", effective: "2015-01-01", confidence: Confidence::Official },
    },
    Validity {
        key: "eca",
        years: ECA_VALIDITY_YEARS,
        meta: TableMeta { id: "validity_eca", source: "IRCC, Educational credential assessment (ECA) for Express Entry", url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/education-assessed.html", effective: "2015-01-01", confidence: Confidence::Official },
    },
];

/// Last day a document issued on `issued` is still valid is the day before this date.
pub fn expires_on(issued: Date, validity_years: u16) -> Date {
    issued.plus_years(validity_years)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AgePoints {
    pub age: u8,
    pub points: u16,
}

/// CRS age points for ages 17 to 45 under the default rule set.
pub fn age_points_by_age(with_spouse: bool) -> Vec<AgePoints> {
    let table = current().crs_core.age;
    let zero = ByStatus { with_spouse: 0, single: 0 };
    (17u8..=45).map(|age| AgePoints { age, points: step_lookup(table, age, zero).pick(!with_spouse) }).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AgeStep {
    pub age: u8,
    pub crs_total: u16,
}

/// The profile's CRS at each age from now until age points reach 0 (everything else unchanged),
/// so the UI can show when the score drops.
pub fn age_outlook(p: &Profile) -> Vec<AgeStep> {
    let rules = current();
    let mut q = p.clone();
    let last = p.age.max(45);
    (p.age..=last)
        .map(|age| {
            q.age = age;
            AgeStep { age, crs_total: crs(&q, rules).total }
        })
        .collect()
}
