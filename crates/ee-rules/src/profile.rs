//! The candidate profile (contract version 1, docs/profile.md). Parsing and validation live in
//! `validate.rs`; these types only hold values that already passed validation.
use serde::Serialize;

key_enum! {
    /// Highest credential, ordered from lowest to highest.
    #[derive(PartialOrd, Ord)]
    pub enum Education {
        LessThanSecondary = "less_than_secondary",
        Secondary = "secondary",
        OneYear = "one_year",
        TwoYear = "two_year",
        BachelorsOrThreeYear = "bachelors_or_three_year",
        TwoOrMore = "two_or_more",
        MastersOrProfessional = "masters_or_professional",
        Doctoral = "doctoral",
    }
}

impl Education {
    pub fn next(self) -> Option<Education> {
        Education::ALL.get(self as usize + 1).copied()
    }
}

key_enum! {
    /// Canadian post-secondary credential (CRS additional points).
    #[derive(PartialOrd, Ord)]
    pub enum CanadianEducation {
        None = "none",
        OneOrTwoYear = "one_or_two_year",
        ThreeYearOrMore = "three_year_or_more",
    }
}

/// Official language of a test or level scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficialLanguage {
    English,
    French,
}

key_enum! {
    /// An accepted language test, or CLB/NCLC levels given directly.
    pub enum LanguageTest {
        IeltsGeneral = "ielts_general",
        CelpipGeneral = "celpip_general",
        PteCore = "pte_core",
        TefCanada = "tef_canada",
        TcfCanada = "tcf_canada",
        Clb = "clb",
        Nclc = "nclc",
    }
}

impl LanguageTest {
    pub fn language(self) -> OfficialLanguage {
        match self {
            LanguageTest::IeltsGeneral
            | LanguageTest::CelpipGeneral
            | LanguageTest::PteCore
            | LanguageTest::Clb => OfficialLanguage::English,
            LanguageTest::TefCanada | LanguageTest::TcfCanada | LanguageTest::Nclc => {
                OfficialLanguage::French
            }
        }
    }

    /// Human name used in messages.
    pub fn name(self) -> &'static str {
        [
            "IELTS General Training",
            "CELPIP-General",
            "PTE Core",
            "TEF Canada",
            "TCF Canada",
            "CLB",
            "NCLC",
        ][self as usize]
    }
}

key_enum! {
    /// One of the four abilities every test reports, in the contract's order (`ALL`).
    pub enum Ability {
        Speaking = "speaking",
        Listening = "listening",
        Reading = "reading",
        Writing = "writing",
    }
}

/// A value per ability (test scores or CLB levels).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Abilities<T> {
    pub speaking: T,
    pub listening: T,
    pub reading: T,
    pub writing: T,
}

impl<T: Copy> Abilities<T> {
    pub fn all(value: T) -> Abilities<T> {
        Abilities {
            speaking: value,
            listening: value,
            reading: value,
            writing: value,
        }
    }

    pub fn get(&self, ability: Ability) -> T {
        match ability {
            Ability::Speaking => self.speaking,
            Ability::Listening => self.listening,
            Ability::Reading => self.reading,
            Ability::Writing => self.writing,
        }
    }

    pub fn set(&mut self, ability: Ability, value: T) {
        match ability {
            Ability::Speaking => self.speaking = value,
            Ability::Listening => self.listening = value,
            Ability::Reading => self.reading = value,
            Ability::Writing => self.writing = value,
        }
    }

    pub fn map<U>(&self, f: impl Fn(Ability, T) -> U) -> Abilities<U> {
        Abilities {
            speaking: f(Ability::Speaking, self.speaking),
            listening: f(Ability::Listening, self.listening),
            reading: f(Ability::Reading, self.reading),
            writing: f(Ability::Writing, self.writing),
        }
    }

    pub fn values(&self) -> [T; 4] {
        [self.speaking, self.listening, self.reading, self.writing]
    }
}

/// CLB (English) or NCLC (French) levels for the four abilities.
pub type Levels = Abilities<u8>;

impl Levels {
    pub fn min_level(&self) -> u8 {
        self.values().into_iter().min().unwrap_or(0)
    }
}

/// A test result: the test and its four raw scores on the test's own scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageResult {
    pub test: LanguageTest,
    pub scores: Abilities<Score>,
}

/// Written flat (`{"test", "speaking", ...}`) as a struct, not via `flatten` (which would make
/// serde-wasm-bindgen produce a JS `Map`).
impl Serialize for LanguageResult {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("LanguageResult", 5)?;
        st.serialize_field("test", &self.test)?;
        st.serialize_field("speaking", &self.scores.speaking)?;
        st.serialize_field("listening", &self.scores.listening)?;
        st.serialize_field("reading", &self.scores.reading)?;
        st.serialize_field("writing", &self.scores.writing)?;
        st.end()
    }
}

/// A raw score. Whole scores serialize as integers so a profile written back out stays valid
/// for tests that only accept whole numbers.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Score(pub f64);

impl Serialize for Score {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0 >= 0.0 && self.0 <= u32::MAX as f64 {
            s.serialize_u32(self.0 as u32)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// A valid arranged-employment offer candidate field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobOffer {
    pub teer: u8,
    pub noc: String,
}

impl JobOffer {
    /// Valid arranged employment needs TEER 0-3 (facts #3).
    pub fn is_skilled(&self) -> bool {
        self.teer <= 3
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spouse {
    pub accompanying: bool,
    pub canadian_citizen_or_pr: bool,
    pub education: Education,
    pub first_language: Option<LanguageResult>,
    pub canadian_work_years: u8,
    pub canadian_study: bool,
}

impl Spouse {
    /// A spouse counts for the CRS (and FSW adaptability) only when coming along and not already
    /// a citizen or permanent resident (spec 1.1).
    pub fn counts(&self) -> bool {
        self.accompanying && !self.canadian_citizen_or_pr
    }
}

/// Candidate profile, version 1. Field order follows the contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    pub age: u8,
    pub education: Education,
    pub canadian_education: CanadianEducation,
    pub first_language: LanguageResult,
    pub second_language: Option<LanguageResult>,
    pub canadian_work_years: u8,
    pub foreign_work_years: u8,
    pub work_teer: u8,
    pub trade_certificate: bool,
    pub trade_work_years: u8,
    pub job_offer: Option<JobOffer>,
    pub sibling_in_canada: bool,
    pub relative_in_canada: bool,
    pub provincial_nomination: bool,
    pub spouse: Option<Spouse>,
    pub family_size: u8,
    pub settlement_funds_cad: u64,
}

impl Profile {
    /// The spouse whose factors count, if any (None = scored as single).
    pub fn counting_spouse(&self) -> Option<&Spouse> {
        self.spouse.as_ref().filter(|s| s.counts())
    }

    pub fn valid_job_offer(&self) -> Option<&JobOffer> {
        self.job_offer.as_ref().filter(|j| j.is_skilled())
    }
}
