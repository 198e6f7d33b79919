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
    let zero = ByStatus {
        with_spouse: 0,
        single: 0,
    };
    (17u8..=45)
        .map(|age| AgePoints {
            age,
            points: step_lookup(table, age, zero).pick(!with_spouse),
        })
        .collect()
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
            AgeStep {
                age,
                crs_total: crs(&q, rules).total,
            }
        })
        .collect()
}

/// Dates the UI may know besides the profile (none of them is part of the profile contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimelineDates {
    /// The day to compute for (the library has no clock).
    pub today: Option<Date>,
    pub birth_date: Option<Date>,
    pub language_test_date: Option<Date>,
    pub eca_date: Option<Date>,
}

/// A day on which the CRS drops because a birthday lowers the age points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AgeDrop {
    pub date: Date,
    pub age: u8,
    pub crs_total: u16,
    pub points_lost: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// Age on `today` from the birth date (None without both dates).
    pub age_today: Option<u16>,
    /// True when `age_today` differs from the profile's `age` (the profile should be updated).
    pub age_mismatch: bool,
    /// Upcoming birthdays that cost points, until age points reach 0.
    pub age_drops: Vec<AgeDrop>,
    /// First day the language result is no longer valid.
    pub language_test_expires: Option<Date>,
    pub language_test_expired: bool,
    pub eca_expires: Option<Date>,
    pub eca_expired: bool,
}

/// Birthdays that lower the CRS and document expiry dates. Without a birth date, `age_drops` uses
/// `age_outlook` steps with no calendar date and is left empty.
pub fn timeline(p: &Profile, dates: &TimelineDates) -> Timeline {
    let age_today = match (dates.birth_date, dates.today) {
        (Some(b), Some(t)) => b.whole_years_until(t),
        _ => None,
    };
    let mut age_drops = Vec::new();
    if let Some(birth) = dates.birth_date {
        let outlook = age_outlook(p);
        for pair in outlook.windows(2) {
            if pair[1].crs_total < pair[0].crs_total {
                age_drops.push(AgeDrop {
                    date: birth.plus_years(pair[1].age as u16),
                    age: pair[1].age,
                    crs_total: pair[1].crs_total,
                    points_lost: pair[0].crs_total - pair[1].crs_total,
                });
            }
        }
        if let Some(today) = dates.today {
            age_drops.retain(|d| d.date > today);
        }
    }
    let expiry = |issued: Option<Date>, years| issued.map(|d| expires_on(d, years));
    let language_test_expires = expiry(dates.language_test_date, LANGUAGE_TEST_VALIDITY_YEARS);
    let eca_expires = expiry(dates.eca_date, ECA_VALIDITY_YEARS);
    let expired = |e: Option<Date>| matches!((e, dates.today), (Some(e), Some(t)) if t >= e);
    Timeline {
        age_today,
        age_mismatch: age_today.is_some_and(|a| a != p.age as u16),
        age_drops,
        language_test_expires,
        language_test_expired: expired(language_test_expires),
        eca_expires,
        eca_expired: expired(eca_expires),
    }
}
