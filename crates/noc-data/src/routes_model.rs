//! Routes to permanent residence beyond Express Entry (provincial nominee streams, federal pilots,
//! Québec): the types `build/routes.rs` writes from `data/routes/*.toml` and the library reads.
//!
//! Compiled twice, like `model.rs` (by the build script through `#[path]`, and by the library), so
//! it holds only plain data types and the one rule that says how a program reaches a unit group.
//! Serialised with the same serde names into the blobs (postcard) and into `noc routes --json` and
//! `NocWidget.occupation(...).routes` (JSON): a contract, fields are only ever added.

use serde::{Deserialize, Serialize};

/// How sure we are of a program's facts.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum RouteConfidence {
    /// An official page's list of codes, read in a dated copy and checked line by line.
    OfficialList,
    /// An official rule by TEER level (or for every occupation), read in a dated copy.
    OfficialRule,
    /// A third party's compilation or secondary sources, not checked line by line.
    Compiled,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum RouteStatus {
    Open,
    Paused,
    Closed,
}

/// What a program decides by.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum DecidesBy {
    /// The occupations it names (`codes`).
    Named,
    /// TEER levels (`teer`), optionally only in some NOC broad categories (`categories`).
    Teer,
    /// TEER levels, except the occupations of an exclusion list (`codes`).
    TeerExcept,
    /// A list of occupations it does not consider at present (`codes`): a warning, not a route.
    NotConsidered,
}

/// A condition a reader must know about, in one word; `noc-text` says it in each language.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum RouteCondition {
    /// A job offer from an employer in the province (or community).
    JobOffer,
    /// Already working in the province.
    WorkInProvince,
    /// A graduate of a school in the province.
    Graduate,
    /// A temporary resident already living in the province.
    TemporaryResident,
    /// A licence, registration or certificate of the province for the occupation.
    Licence,
    /// The employer is a public body (health authority, public school system).
    PublicEmployer,
    /// Only by the province's invitation (recruitment drive).
    Invitation,
    /// Applies when the employer is in accommodation and food services (NAICS 72).
    SectorFood,
    /// Only jobs in health care, education or construction trades.
    SectorHealthEducationConstruction,
    /// A profile in the federal Express Entry pool.
    ExpressEntry,
    /// An employer the province has designated.
    DesignatedEmployer,
    /// A recommendation from a participating community.
    CommunityRecommendation,
    /// Only for jobs outside the province's capital region.
    OutsideCapital,
    /// Québec selects first (a Québec Selection Certificate), then Canada admits.
    QuebecSelection,
}

/// A name in both languages (program, stream and list names are data, as on the official page).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Names {
    pub en: String,
    pub fr: String,
}

/// A minimum language level for some TEER levels (CLB, or NCLC in French).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct LanguageRule {
    pub teer: Vec<u8>,
    pub clb: u8,
}

/// One program or stream: what a reader needs to know, without its code list.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct RouteInfo {
    /// The file name in `data/routes/` without `.toml`, e.g. "bc-pnp-care-health".
    pub id: String,
    /// Province or territory code, or "FED" for a federal program.
    pub jurisdiction: String,
    /// Where the route leads (a federal pilot runs in several provinces).
    pub provinces: Vec<String>,
    pub program: Names,
    pub stream: Option<Names>,
    /// The name of the list that names (or excludes) occupations, if the program has one.
    pub list: Option<Names>,
    pub status: RouteStatus,
    /// The day the status took effect or was last confirmed (YYYY-MM-DD).
    pub status_date: String,
    pub decides_by: DecidesBy,
    pub conditions: Vec<RouteCondition>,
    /// French minimum (NCLC), when the route asks for French.
    pub french: Option<u8>,
    pub url: String,
    /// The date the source states (or the date read, when the page states none).
    pub source_date: String,
    /// The date the source was read.
    pub read_date: String,
    pub confidence: RouteConfidence,
}

/// One program with everything the build read: the full table (`routes.bin`, `noc routes --list`,
/// the search filter).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct RouteProgram {
    pub info: RouteInfo,
    /// TEER levels the rule accepts (`teer`, `teer-except`).
    pub teer: Vec<u8>,
    /// NOC broad categories (first digit) the TEER rule is limited to; empty = all.
    pub categories: Vec<u8>,
    pub language: Vec<LanguageRule>,
    /// The named or excluded unit groups, sorted.
    pub codes: Vec<String>,
}

/// How a program reaches one unit group.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum RouteReach {
    /// The program's list names this occupation.
    Named,
    /// The program is open to this occupation's TEER level.
    Teer,
    /// The program is open to this TEER level, but its exclusion list names this occupation.
    Excluded,
    /// The program does not consider this occupation at present.
    NotConsidered,
}

/// A program as one unit group sees it (`facts-<code>.bin`, `noc routes CODE`,
/// `NocWidget.occupation(code).routes`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The program (nested, not flattened: postcard cannot encode serde's `flatten`).
    pub info: RouteInfo,
    pub reach: RouteReach,
    /// The language minimum (CLB) for this occupation's TEER level, when the program sets one.
    pub clb: Option<u8>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RoutesBlob {
    pub programs: Vec<RouteProgram>,
}

impl RouteProgram {
    /// How this program reaches the unit group `code` (TEER = second digit, broad category = first),
    /// or `None` when it does not concern it.
    pub fn reach(&self, code: &str) -> Option<RouteReach> {
        let digit = |i: usize| code.as_bytes().get(i).map(|b| b.wrapping_sub(b'0'));
        let (broad, teer) = (digit(0)?, digit(1)?);
        let listed = self
            .codes
            .binary_search_by(|c| c.as_str().cmp(code))
            .is_ok();
        let by_teer = self.teer.contains(&teer)
            && (self.categories.is_empty() || self.categories.contains(&broad));
        match self.info.decides_by {
            DecidesBy::Named => listed.then_some(RouteReach::Named),
            DecidesBy::NotConsidered => listed.then_some(RouteReach::NotConsidered),
            DecidesBy::Teer => by_teer.then_some(RouteReach::Teer),
            DecidesBy::TeerExcept => by_teer.then_some(if listed {
                RouteReach::Excluded
            } else {
                RouteReach::Teer
            }),
        }
    }

    /// The program as the unit group `code` sees it, if it concerns it.
    pub fn route_for(&self, code: &str) -> Option<Route> {
        let reach = self.reach(code)?;
        let teer = code.as_bytes().get(1)?.wrapping_sub(b'0');
        let clb = self
            .language
            .iter()
            .find(|l| l.teer.contains(&teer))
            .map(|l| l.clb);
        Some(Route {
            info: self.info.clone(),
            reach,
            clb,
        })
    }
}

impl RouteInfo {
    /// Whether the facts were last read more than six months before `today` (YYYY-MM-DD, the
    /// reader's clock): the card then says to check the official page.
    pub fn is_stale(&self, today: &str) -> bool {
        older_than_six_months(&self.read_date, today)
    }
}

/// `date` + 6 months < `today` (both YYYY-MM-DD; a malformed `today` never makes facts stale).
pub fn older_than_six_months(date: &str, today: &str) -> bool {
    let parse = |s: &str| -> Option<(u32, u32, u32)> {
        let mut it = s.get(..10)?.split('-').map(|p| p.parse::<u32>().ok());
        Some((it.next()??, it.next()??, it.next()??))
    };
    let (Some((y, m, d)), Some(now)) = (parse(date), parse(today)) else {
        return false;
    };
    let (y, m) = if m > 6 { (y + 1, m - 6) } else { (y, m + 6) };
    (y, m, d) < now
}
