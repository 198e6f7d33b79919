//! NOC 2021 data for the occupation widget: the blob model, the decoder (`Store`) and the
//! occupation card (`Card`). No web dependencies.
//!
//! The build script compiles `data/noc2021/*.csv` into small postcard blobs (see `FILES` and
//! docs/data.md). Native code embeds them all (`Store::bundled()`, feature `bundled`); the web
//! build fetches only the files a view needs (`Store::files_for_card`, `Store::files_for_search`)
//! and hands them to `Store::insert`.
//!
//! Public API:
//! * `Lang {En, Fr}` (`Lang::parse("fr")`, serde "en"/"fr").
//! * `Store::new()`, `Store::bundled()`, `Store::insert(name, bytes) -> Result<(), DataError>`,
//!   `is_loaded`, `missing(&files)`, `Store::files_for_card(code, lang)`,
//!   `Store::files_for_search(lang)`.
//! * `Store::card(code, lang) -> Result<Card, CardError>`; `CardError::{Malformed, Unknown,
//!   MissingChunks}` with suggestions.
//! * Lists: `unit_groups(lang) -> Vec<UnitGroupRef>`, `title(code, lang)`, `classes(lang)`,
//!   `titles(lang) -> Vec<TitleEntry>`, `concordance() -> Vec<ConcordanceRow>`,
//!   `duties(lang) -> Vec<(code, duty)>`, `sources()`, `teer_label(level, lang)`.
//! * `FILES`, `bundled_bytes(name)`, `DATA_VERSION`.
//!
//! ```no_run
//! use noc_data::{Lang, Store};
//! let store = Store::bundled();
//! let card = store.card("22220", Lang::En).unwrap();
//! assert_eq!(card.title, "Computer network and web technicians");
//! ```

mod ai;
mod card;
mod error;
/// IRCC's rounds feed read into `ee_rules::Round`s (the build and `noc rounds import`).
#[cfg(feature = "feed")]
pub mod feed;
#[cfg(feature = "feed")]
mod feed_dates;
pub mod model;
mod occupation;
/// `rounds.bin`, the rounds' compact encoding.
#[cfg(feature = "rounds")]
pub mod rounds_bin;
mod routes;
pub mod routes_model;
#[cfg(feature = "search")]
mod search_input;
pub mod similar;
pub mod small_sort;
mod store;

pub use card::*;
pub use error::{CardError, CodeProblem, DataError, Suggestion, SuggestionReason};
pub use model::{
    AiUnscoredReason, CensusFlag, ConcordanceRow, CopsFigures, DutySection, Exclusion, Geo,
    LabourMarket, MainDuties, OutlookRating, SourceInfo, TitleEntry, TitleKind, WageUnit,
};
pub use occupation::Occupation;
pub use routes::{group_routes, route_leads_to, RouteGroups, ROUTE_PLACES};
pub use store::{Store, UnitGroupRef};

use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/generated.rs"));

/// The bytes of a blob as embedded at build time (for `noc export-data`).
#[cfg(feature = "bundled")]
pub fn bundled_bytes(name: &str) -> Option<&'static [u8]> {
    BUNDLED.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}

/// Display language of the NOC text.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// "en"/"fr", case-insensitive, also "en-CA"/"fr_CA" style tags.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let primary = s.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// A `lang` attribute value such as `fr`, `fr-CA` or `en-US`; anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or(Lang::En)
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
