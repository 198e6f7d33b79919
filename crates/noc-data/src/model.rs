//! Blob model: the types written by `build.rs` and read by the library.
//!
//! This file is compiled twice (by the build script through `#[path]`, and by the library), so it
//! holds only plain data types and the blob header. Every blob is
//! `MAGIC | FORMAT_VERSION (u16 LE) | kind (u8) | build id (u32 LE) | postcard payload`.
//! The build id is a hash of the source data: a page that fetched blobs from another build is
//! told so instead of showing a mix of two data releases.

use serde::{Deserialize, Serialize};

#[path = "similar_model.rs"]
mod similar_model;
pub use similar_model::*;

pub const MAGIC: [u8; 4] = *b"NOCd";
pub const FORMAT_VERSION: u16 = 3;
pub const HEADER_LEN: usize = 4 + 2 + 1 + 4;

/// What a blob holds; the third field of the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlobKind {
    Directory = 1,
    Cards = 2,
    Facts = 3,
    Titles = 4,
    Concordance = 5,
    Duties = 6,
    UnitFacts = 7,
    Rounds = 8,
    Routes = 9,
}

/// The kind byte: the blob kind in the low nibble, its language (0 neutral, 1 en, 2 fr) above.
pub fn kind_byte(kind: BlobKind, lang_tag: u8) -> u8 {
    kind as u8 | (lang_tag << 4)
}

pub fn encode_header(kind: BlobKind, lang_tag: u8, build_id: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.push(kind_byte(kind, lang_tag));
    out.extend_from_slice(&build_id.to_le_bytes());
    out
}

// ---------------------------------------------------------------- rounds

/// Every Express Entry round of invitations, in `rounds_bin::encode`'s compact form (the rounds'
/// model lives in ee-rules, the feed reader in `feed.rs`; this blob only carries the bytes).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RoundsBlob {
    pub bytes: Vec<u8>,
}

// ---------------------------------------------------------------- directory

/// Every class at the five levels, in the source order (level is the code length).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DirectoryBlob {
    pub classes: Vec<ClassEntry>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ClassEntry {
    pub code: String,
    pub title: String,
}

// ---------------------------------------------------------------- cards

/// The text of one unit group in one language (`<lang>/cards-<code>.bin`): a card page fetches
/// only its own occupation's text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CardsBlob {
    pub unit: UnitText,
    /// Code and title of every class the card names: its own five levels, the classes its exclusions
    /// point to, the occupations its AI comparisons and similar-skills section show. With them a card
    /// page needs no `directory.bin` (9 KB brotli) to title its own links.
    pub titles: Vec<ClassEntry>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct UnitText {
    pub code: String,
    pub definition: String,
    /// Mostly repeats of "all examples", stored as an index into that list.
    pub illustrative_examples: Vec<ExampleRef>,
    pub all_examples: Vec<String>,
    pub inclusions: Vec<String>,
    pub exclusions: Vec<Exclusion>,
    pub main_duties: MainDuties,
    pub employment_requirements: Vec<String>,
    pub additional_information: Vec<String>,
    /// Names of the OaSIS descriptors this card's skills profile and similar occupations cite.
    pub descriptors: Vec<DescriptorName>,
}

/// An illustrative example: the position of the same text in `all_examples`, or the text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub enum ExampleRef {
    InAllExamples(u16),
    Text(String),
}

impl ExampleRef {
    pub fn resolve<'a>(&'a self, all: &'a [String]) -> Option<&'a str> {
        match self {
            ExampleRef::InAllExamples(i) => all.get(*i as usize).map(String::as_str),
            ExampleRef::Text(t) => Some(t),
        }
    }
}

/// One exclusion line. `code` is the NOC code the source points to (5 digits for a unit group,
/// 4 for a minor group), `title` the excluded occupation as named before the reference, `text`
/// the whole source line.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Exclusion {
    pub code: Option<String>,
    pub title: String,
    pub text: String,
}

/// Main duties with the source's grouping: a lead sentence, then sections. A section has a
/// sub-heading (an occupation within the group) when the source has one.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct MainDuties {
    pub lead: String,
    pub sections: Vec<DutySection>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DutySection {
    pub heading: Option<String>,
    pub items: Vec<String>,
}

// ---------------------------------------------------------------- facts

/// What every card shares (`facts.bin`): labels, source metadata, and the two headline LLM
/// exposure scores of every scored unit group (for its rank, percentile and comparisons).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FactsBlob {
    pub ai_scores: Vec<AiScoreEntry>,
    pub cops_labels: Vec<ConditionLabel>,
    pub teer_labels: Vec<TeerLabel>,
    pub meta: Meta,
}

/// A scored unit group's human and GPT-4 beta scores (ten-thousandths).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AiScoreEntry {
    pub code: String,
    pub human_beta: u16,
    pub gpt4_beta: u16,
}

/// Language-neutral figures of one unit group (`facts-<code>.bin`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct UnitFactsBlob {
    pub unit: UnitFacts,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct UnitFacts {
    pub code: String,
    pub wages: Vec<WageRow>,
    pub outlooks: Vec<OutlookRow>,
    pub cops: Option<CopsRow>,
    pub census: CensusRow,
    pub ai: AiRow,
    pub skills: SkillsFacts,
    /// Routes to permanent residence that concern this unit group (data/routes).
    pub routes: Vec<crate::routes_model::Route>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum WageUnit {
    Hourly,
    Annual,
}

/// Canada as a whole or a province/territory (postal abbreviations; ESDC's "YK" is `YT`).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(clippy::upper_case_acronyms)] // the codes as ESDC and Canada Post write them
pub enum Geo {
    NAT,
    NL,
    PE,
    NS,
    NB,
    QC,
    ON,
    MB,
    SK,
    AB,
    BC,
    YT,
    NT,
    NU,
}

impl Geo {
    pub const ALL: [Geo; 14] = [
        Geo::NAT,
        Geo::NL,
        Geo::PE,
        Geo::NS,
        Geo::NB,
        Geo::QC,
        Geo::ON,
        Geo::MB,
        Geo::SK,
        Geo::AB,
        Geo::BC,
        Geo::YT,
        Geo::NT,
        Geo::NU,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Geo::NAT => "NAT",
            Geo::NL => "NL",
            Geo::PE => "PE",
            Geo::NS => "NS",
            Geo::NB => "NB",
            Geo::QC => "QC",
            Geo::ON => "ON",
            Geo::MB => "MB",
            Geo::SK => "SK",
            Geo::AB => "AB",
            Geo::BC => "BC",
            Geo::YT => "YT",
            Geo::NT => "NT",
            Geo::NU => "NU",
        }
    }

    pub fn parse(code: &str) -> Option<Geo> {
        Geo::ALL.into_iter().find(|g| g.code() == code)
    }
}

/// Amounts in cents, in the unit ESDC published the row in. `None` = not published.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct WageRow {
    pub geo: Geo,
    pub unit: WageUnit,
    pub low_cents: Option<u32>,
    pub median_cents: Option<u32>,
    pub high_cents: Option<u32>,
    /// ESDC's reference period, e.g. "2023-2024".
    pub period: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum OutlookRating {
    VeryGood,
    Good,
    Moderate,
    Limited,
    VeryLimited,
    Undetermined,
    Unavailable,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct OutlookRow {
    pub province: Geo,
    pub rating: OutlookRating,
    /// Release date as yyyymmdd.
    pub release_date: u32,
}

/// COPS labour market assessment (the source's "signs of"/"risk of" wording depends on
/// whether the period is recent or future; the enum is the same).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LabourMarket {
    Balance,
    ModerateShortage,
    StrongShortage,
    ModerateSurplus,
    StrongSurplus,
    NotAvailable,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ConditionPeriod {
    Recent,
    Future,
}

/// The source's own EN and FR label for an assessment.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ConditionLabel {
    pub period: ConditionPeriod,
    pub condition: LabourMarket,
    pub en: String,
    pub fr: String,
}

/// Official TEER label from the COPS file (TEER_0..TEER_5 rows).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TeerLabel {
    pub level: u8,
    pub en: String,
    pub fr: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CopsRow {
    /// `None` where COPS publishes "N/A" for every figure (31 unit groups).
    pub figures: Option<CopsFigures>,
    pub recent: LabourMarket,
    pub future: LabourMarket,
}

/// Employment in 2023 and flows summed over 2024–2033 (persons, rounded by ESDC to hundreds).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CopsFigures {
    pub employment_2023: i64,
    pub employment_growth: i64,
    pub retirements: i64,
    pub other_replacement: i64,
    pub job_openings: i64,
    pub school_leavers: i64,
    pub immigration: i64,
    pub other_seekers: i64,
    pub job_seekers: i64,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum CensusFlag {
    /// 00011–00015: the value is StatCan's aggregate 00018 copied to each code.
    SeniorManagersAggregate,
    /// The source has 0, most likely a suppressed value: shown as missing.
    SuppressedZero,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CensusRow {
    /// Median employment income in dollars, income year 2020. `None` when missing.
    pub median: Option<u32>,
    pub flag: Option<CensusFlag>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum AiUnscoredReason {
    /// The Dais crosswalk has no row for the unit group.
    NoCrosswalkRow,
    /// Every mapped O*NET occupation is a US military code (55-xxxx), which has no task data.
    OnlyMilitaryCodes,
    /// Every mapped O*NET occupation is an "All Other" code, which has no task data.
    OnlyAllOtherCodes,
}

/// Scores in ten-thousandths (4 decimals, as derived).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct AiScores {
    pub human_alpha: u16,
    pub human_beta: u16,
    pub human_gamma: u16,
    pub gpt4_alpha: u16,
    pub gpt4_beta: u16,
    pub gpt4_gamma: u16,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AiRow {
    pub n_onet_mapped: u16,
    pub onet_scored: Vec<String>,
    pub scores: Option<AiScores>,
    pub unscored_reason: Option<AiUnscoredReason>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Meta {
    pub data_version: String,
    pub sources: Vec<SourceInfo>,
}

/// One source as cited on a card.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SourceInfo {
    /// Stable key (e.g. "noc_structure", "jobbank_wages").
    pub key: String,
    pub publisher: String,
    pub name: String,
    /// Release or reference period, e.g. "2021 V1.0", "2025", "2022–2024".
    pub version: String,
    /// Publication/revision date as far as known (ISO, or a year).
    pub date: String,
    pub licence: String,
    pub url: String,
}

// ---------------------------------------------------------------- search inputs

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum TitleKind {
    UnitGroup,
    Illustrative,
    Example,
    Inclusion,
}

/// A search document: a title that leads to a unit group.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TitleEntry {
    pub code: String,
    pub title: String,
    pub kind: TitleKind,
}

/// Titles grouped by unit group so the code is stored once.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TitlesBlob {
    pub groups: Vec<(String, Vec<(TitleKind, String)>)>,
    /// The search ranker fitted on this language's titles (`data/search/model-<lang>.bin`, read by
    /// `noc_search::Model`); empty when the build has none. It travels with the titles so that it is
    /// fetched with them, on the first search only.
    pub ranker: Vec<u8>,
}

/// One NOC 2016 V1.3 → NOC 2021 V1.0 correspondence row (codes zero-padded).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ConcordanceRow {
    pub code2016: String,
    pub title2016: String,
    pub change: String,
    pub code2021: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ConcordanceBlob {
    pub rows: Vec<ConcordanceRow>,
}

/// Main-duty items (no lead sentence, no sub-heading) with their unit group.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct DutiesBlob {
    pub groups: Vec<(String, Vec<String>)>,
}
