//! Provenance attached to every rule table: where the numbers come from and since when they apply.
use serde::Serialize;

/// How sure the team is that a table matches the official one (see the specs' confidence marks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A Government of Canada text or several agreeing verbatim copies of it.
    Official,
    /// Established immigration news or two or more agreeing secondary sources.
    ReputableSecondary,
    /// A single unverified source; the UI should show a caveat.
    Weak,
}

/// Source and effective date of one table of rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TableMeta {
    /// Stable identifier, e.g. `crs_age`.
    pub id: &'static str,
    /// Name of the source document.
    pub source: &'static str,
    /// Address of the source document.
    pub url: &'static str,
    /// First day these values applied (ISO date).
    pub effective: &'static str,
    pub confidence: Confidence,
}
