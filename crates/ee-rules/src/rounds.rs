//! Express Entry rounds of invitations as data: the model, the classification of IRCC's round names
//! and pool distributions.
//!
//! The rounds themselves are not in this crate, nor is their file format: `data/ircc/` holds IRCC's
//! feed, and `noc-data` reads it (`noc_data::feed`: tie-break and date forms, validation) and
//! encodes it as `rounds.bin` (`noc_data::rounds_bin`). This module only says what a round is.
use crate::date::Date;
pub use crate::date::DateTime;
use serde::Serialize;

/// Round type, as before: all programs, one program, or a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundKind {
    /// All programs ("No Program Specified", "General"; none held since 2024).
    General,
    /// One program: `canadian_experience_class`, `provincial_nominee_program`, `federal_skilled_worker`, `federal_skilled_trades`.
    Program,
    /// Category-based selection; `group` is a category key of `categories.rs`.
    Category,
}

key_enum! {
    /// What a round was for: a program or a category. `key()` is the group key used across the
    /// crate (category keys are those of `categories.rs`).
    #[derive(PartialOrd, Ord)]
    pub enum RoundClass {
        AllPrograms = "all",
        CanadianExperienceClass = "canadian_experience_class",
        ProvincialNomineeProgram = "provincial_nominee_program",
        FederalSkilledWorker = "federal_skilled_worker",
        FederalSkilledTrades = "federal_skilled_trades",
        FrenchLanguage = "french_language",
        HealthcareSocialServices = "healthcare_social_services",
        Stem = "stem",
        Trades = "trades",
        Transport = "transport",
        AgricultureAgriFood = "agriculture_agri_food",
        Education = "education",
        PhysiciansCanadianExperience = "physicians_canadian_experience",
        SeniorManagersCanadianExperience = "senior_managers_canadian_experience",
        SkilledMilitaryRecruits = "skilled_military_recruits",
        ResearchersCanadianExperience = "researchers_canadian_experience",
    }
}

impl RoundClass {
    pub fn kind(self) -> RoundKind {
        match self {
            RoundClass::AllPrograms => RoundKind::General,
            RoundClass::CanadianExperienceClass
            | RoundClass::ProvincialNomineeProgram
            | RoundClass::FederalSkilledWorker
            | RoundClass::FederalSkilledTrades => RoundKind::Program,
            _ => RoundKind::Category,
        }
    }
}

/// IRCC's round names (`drawName`) since 2015, each mapped explicitly. A name not listed here is an
/// error naming the round (add the line when IRCC starts a new category version).
/// Matching ignores case and repeated spaces, nothing else.
pub const ROUND_NAMES: &[(&str, RoundClass)] = &[
    ("No Program Specified", RoundClass::AllPrograms),
    ("General", RoundClass::AllPrograms),
    (
        "Canadian Experience Class",
        RoundClass::CanadianExperienceClass,
    ),
    (
        "Provincial Nominee Program",
        RoundClass::ProvincialNomineeProgram,
    ),
    ("Federal Skilled Worker", RoundClass::FederalSkilledWorker),
    ("Federal Skilled Trades", RoundClass::FederalSkilledTrades),
    (
        "French language proficiency (Version 1)",
        RoundClass::FrenchLanguage,
    ),
    (
        "French-Language proficiency 2026-Version 2",
        RoundClass::FrenchLanguage,
    ),
    (
        "Healthcare occupations (Version 1)",
        RoundClass::HealthcareSocialServices,
    ),
    (
        "Healthcare and social services occupations (Version 2)",
        RoundClass::HealthcareSocialServices,
    ),
    (
        "Healthcare and Social Services Occupations, 2026-Version 3",
        RoundClass::HealthcareSocialServices,
    ),
    ("STEM occupations (Version 1)", RoundClass::Stem),
    ("Trade occupations (Version 1)", RoundClass::Trades),
    ("Trade occupations (Version 2)", RoundClass::Trades),
    ("Trades Occupations, 2026-Version 3", RoundClass::Trades),
    ("Transport occupations (Version 1)", RoundClass::Transport),
    (
        "Transport Occupations, 2026-Version 2",
        RoundClass::Transport,
    ),
    (
        "Agriculture and agri-food occupations (Version 1)",
        RoundClass::AgricultureAgriFood,
    ),
    ("Education occupations (Version 1)", RoundClass::Education),
    (
        "Physicians with Canadian Work Experience, 2026-Version 1",
        RoundClass::PhysiciansCanadianExperience,
    ),
    (
        "Senior managers with Canadian Work Experience, 2026-Version 1",
        RoundClass::SeniorManagersCanadianExperience,
    ),
    (
        "Skilled Military Recruits, 2026-Version 1",
        RoundClass::SkilledMilitaryRecruits,
    ),
];

fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The class of IRCC's round name, if it is one of [`ROUND_NAMES`].
pub fn classify(draw_name: &str) -> Option<RoundClass> {
    let wanted = squash(draw_name);
    ROUND_NAMES
        .iter()
        .find(|(name, _)| squash(name) == wanted)
        .map(|&(_, class)| class)
}

/// CRS bands of IRCC's pool distribution, `dd1`…`dd17` (inclusive score ranges); `dd18` is the total.
/// `dd3` (451–500) is the sum of `dd4`…`dd8`, `dd9` (401–450) the sum of `dd10`…`dd14`.
pub const BANDS: [(u16, u16); 17] = [
    (601, 1200),
    (501, 600),
    (451, 500),
    (491, 500),
    (481, 490),
    (471, 480),
    (461, 470),
    (451, 460),
    (401, 450),
    (441, 450),
    (431, 440),
    (421, 430),
    (411, 420),
    (401, 410),
    (351, 400),
    (301, 350),
    (0, 300),
];

/// The CRS distribution of every profile in the pool on one day. `counts[i]` is `dd{i+1}`; None
/// where our copy does not have the figure (a supplement may carry only the wide bands).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Distribution {
    pub as_of: Date,
    pub counts: [Option<u32>; 18],
}

/// One band of a distribution, finest available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    pub low: u16,
    pub high: u16,
    pub count: u32,
}

impl Distribution {
    pub fn total(&self) -> Option<u32> {
        self.counts[17]
    }

    /// The narrowest bands that cover 0–1200 without overlap, highest first: the ten-point bands
    /// of 401–500 when present, else the fifty-point ones.
    pub fn bands(&self) -> Vec<Band> {
        let band = |i: usize| {
            self.counts[i].map(|count| Band {
                low: BANDS[i].0,
                high: BANDS[i].1,
                count,
            })
        };
        let fine = |wide: usize, parts: std::ops::Range<usize>| -> Vec<Option<Band>> {
            let parts: Vec<Option<Band>> = parts.map(band).collect();
            if parts.iter().all(|p| p.is_some()) {
                parts
            } else {
                vec![band(wide)]
            }
        };
        let mut out = vec![band(0), band(1)];
        out.extend(fine(2, 3..8));
        out.extend(fine(8, 9..14));
        out.extend([band(14), band(15), band(16)]);
        out.into_iter().flatten().collect()
    }

    /// Where a score stands: how many profiles had a score at or above it. Within a band the
    /// distribution does not say, so the count is a range unless the score starts a band.
    pub fn position(&self, score: u16) -> Option<PoolPosition> {
        let total = self.total()?;
        let bands = self.bands();
        if bands.len() < 7 {
            return None;
        }
        let above: u32 = bands
            .iter()
            .filter(|b| b.low > score)
            .map(|b| b.count)
            .sum();
        let band = bands
            .iter()
            .find(|b| b.low <= score && score <= b.high)
            .copied()?;
        let exact = band.low == score;
        let at_or_above_min = if exact { above + band.count } else { above };
        Some(PoolPosition {
            as_of: self.as_of,
            total,
            at_or_above_min,
            at_or_above_max: above + band.count,
            band,
        })
    }
}

/// Result of [`Distribution::position`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PoolPosition {
    pub as_of: Date,
    /// Profiles in the pool that day.
    pub total: u32,
    /// Profiles with a score at or above the reader's: between these two (equal when the score is
    /// the lowest of its band).
    pub at_or_above_min: u32,
    pub at_or_above_max: u32,
    /// The band the score falls in.
    pub band: Band,
}

/// One round of invitations. Serialized fields up to `source` are the old snapshot's (`kind` and
/// `group` derive from `class`); the rest were added with the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// IRCC round number (`drawNumber` without a letter; #91a and #91b are both 91).
    pub number: Option<u16>,
    pub date: Date,
    /// What the round was for (IRCC's `drawName`, classified).
    pub class: RoundClass,
    pub invitations: u32,
    pub lowest_crs: u16,
    pub source: String,
    /// IRCC's number as written ("434", "91a").
    pub label: String,
    /// IRCC's round name (`drawName`).
    pub name: String,
    /// Tie-break: profiles at the cut-off score submitted up to this time were invited.
    pub tie_break: Option<DateTime>,
    /// The pool on or shortly before the round (None for rounds before 2022, which IRCC published as zeros).
    pub distribution: Option<Distribution>,
}

impl Round {
    /// All programs, one program, or a category.
    pub fn kind(&self) -> RoundKind {
        self.class.kind()
    }

    /// Program or category key; `all` for general rounds.
    pub fn group(&self) -> &'static str {
        self.class.key()
    }
}

impl Serialize for Round {
    /// The contract's fields in their order: `kind` and `group` from the class, `distribution`
    /// only when there is one.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = 10 + self.distribution.is_some() as usize;
        let mut st = s.serialize_struct("Round", fields)?;
        st.serialize_field("number", &self.number)?;
        st.serialize_field("date", &self.date)?;
        st.serialize_field("kind", &self.kind())?;
        st.serialize_field("group", self.group())?;
        st.serialize_field("invitations", &self.invitations)?;
        st.serialize_field("lowest_crs", &self.lowest_crs)?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("name", &self.name)?;
        st.serialize_field("tie_break", &self.tie_break)?;
        match &self.distribution {
            Some(d) => st.serialize_field("distribution", d)?,
            None => st.skip_field("distribution")?,
        }
        st.end()
    }
}

/// The newest distribution among `rounds` (newest first).
pub fn latest_distribution(rounds: &[Round]) -> Option<&Distribution> {
    rounds
        .iter()
        .find_map(|r| r.distribution.as_ref().filter(|d| d.total().is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn names_are_classified_explicitly() {
        assert_eq!(
            classify("No Program Specified"),
            Some(RoundClass::AllPrograms)
        );
        assert_eq!(
            classify("trades  occupations, 2026-Version 3"),
            Some(RoundClass::Trades)
        );
        assert_eq!(classify("Trades Occupations, 2027-Version 4"), None);
        assert_eq!(classify("Other"), None);
        for c in RoundClass::ALL {
            assert_eq!(RoundClass::from_key(c.key()), Some(c));
        }
    }

    #[test]
    fn pool_position_is_a_range_inside_a_band() {
        let mut counts = [Some(0); 18];
        // 601+: 10, 501-600: 20, 451-500: 50 (491-500: 5, 481-490: 5, 471-480: 10, 461-470: 10, 451-460: 20)
        let values = [
            10, 20, 50, 5, 5, 10, 10, 20, 100, 20, 20, 20, 20, 20, 200, 300, 320, 1000,
        ];
        for (c, v) in counts.iter_mut().zip(values) {
            *c = Some(v);
        }
        let dist = Distribution {
            as_of: d("2026-08-03"),
            counts,
        };
        let p = dist.position(475).unwrap();
        assert_eq!(
            (p.at_or_above_min, p.at_or_above_max, p.total),
            (40, 50, 1000)
        );
        assert_eq!((p.band.low, p.band.high), (471, 480));
        let p = dist.position(471).unwrap();
        assert_eq!((p.at_or_above_min, p.at_or_above_max), (50, 50));
        // Without the ten-point bands, 451-500 is one band.
        let mut wide = dist.clone();
        wide.counts[5] = None;
        let p = wide.position(475).unwrap();
        assert_eq!(
            (p.at_or_above_min, p.at_or_above_max, p.band.low),
            (30, 80, 451)
        );
    }
}
