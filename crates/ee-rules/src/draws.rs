//! Recent Express Entry rounds of invitations as dated data, and a score comparison.
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundKind {
    /// All programs (none reported since 2024).
    General,
    /// One program: `canadian_experience_class`, `provincial_nominee_program`, `federal_skilled_worker`, `federal_skilled_trades`.
    Program,
    /// Category-based selection; `group` is a category key of `categories.rs`.
    Category,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Draw {
    /// IRCC round number when known.
    pub number: Option<u16>,
    pub date: &'static str,
    pub kind: RoundKind,
    /// Program or category key; `all` for general rounds.
    pub group: &'static str,
    pub invitations: u32,
    pub lowest_crs: u16,
    pub source: &'static str,
}

const MIRROR: &str = "IRCC rounds feed ee_rounds_123_en.json, mirrored in BalwinderCa/crs-pulse data/ee-rounds-all.json (commit 79becb49)";
const ESEU: &str = "eseumohimmigration.com (2025-09/10 news reports)";

const fn d(number: Option<u16>, date: &'static str, kind: RoundKind, group: &'static str, invitations: u32, lowest_crs: u16, source: &'static str) -> Draw {
    Draw { number, date, kind, group, invitations, lowest_crs, source }
}

/// Date of the newest round in the snapshot; later rounds (incl. any under the 2026-11-03 CRS) are not known.
pub const DRAWS_AS_OF: &str = "2026-10-01";

/// Rounds from 2025-08-19 to 2026-10-01, newest first.
pub static DRAWS: &[Draw] = &[
    d(Some(447), "2026-10-01", RoundKind::Category, "trades", 3_500, 476, MIRROR),
    d(Some(446), "2026-09-29", RoundKind::Program, "canadian_experience_class", 2_000, 518, MIRROR),
    d(Some(445), "2026-09-28", RoundKind::Program, "provincial_nominee_program", 733, 725, MIRROR),
    d(Some(444), "2026-09-16", RoundKind::Category, "senior_managers_canadian_experience", 250, 389, MIRROR),
    d(Some(443), "2026-09-15", RoundKind::Program, "canadian_experience_class", 2_000, 519, MIRROR),
    d(Some(442), "2026-09-14", RoundKind::Program, "provincial_nominee_program", 576, 734, MIRROR),
    d(Some(441), "2026-09-04", RoundKind::Category, "healthcare_social_services", 3_500, 475, MIRROR),
    d(Some(440), "2026-09-03", RoundKind::Category, "physicians_canadian_experience", 229, 198, MIRROR),
    d(Some(439), "2026-09-01", RoundKind::Program, "canadian_experience_class", 2_000, 521, MIRROR),
    d(Some(438), "2026-08-31", RoundKind::Program, "provincial_nominee_program", 562, 697, MIRROR),
    d(Some(437), "2026-08-19", RoundKind::Category, "french_language", 5_000, 382, MIRROR),
    d(Some(436), "2026-08-18", RoundKind::Program, "canadian_experience_class", 1_000, 523, MIRROR),
    d(Some(435), "2026-08-17", RoundKind::Program, "provincial_nominee_program", 442, 760, MIRROR),
    d(Some(434), "2026-08-07", RoundKind::Category, "transport", 300, 470, MIRROR),
    d(Some(433), "2026-08-06", RoundKind::Category, "french_language", 5_000, 391, MIRROR),
    d(Some(432), "2026-08-05", RoundKind::Program, "canadian_experience_class", 3_000, 516, MIRROR),
    d(Some(431), "2026-08-04", RoundKind::Program, "provincial_nominee_program", 507, 768, MIRROR),
    d(Some(430), "2026-07-23", RoundKind::Category, "skilled_military_recruits", 4, 368, MIRROR),
    d(Some(429), "2026-07-22", RoundKind::Category, "french_language", 5_000, 399, MIRROR),
    d(Some(428), "2026-07-21", RoundKind::Program, "canadian_experience_class", 2_000, 516, MIRROR),
    d(Some(427), "2026-07-20", RoundKind::Program, "provincial_nominee_program", 511, 744, MIRROR),
    d(Some(426), "2026-07-10", RoundKind::Category, "senior_managers_canadian_experience", 500, 392, MIRROR),
    d(Some(425), "2026-07-09", RoundKind::Category, "french_language", 5_000, 420, MIRROR),
    d(Some(424), "2026-07-07", RoundKind::Program, "canadian_experience_class", 2_000, 517, MIRROR),
    d(Some(423), "2026-07-06", RoundKind::Program, "provincial_nominee_program", 534, 708, MIRROR),
    d(Some(422), "2026-06-25", RoundKind::Category, "healthcare_social_services", 4_000, 475, MIRROR),
    d(Some(421), "2026-06-24", RoundKind::Category, "physicians_canadian_experience", 271, 223, MIRROR),
    d(Some(420), "2026-06-23", RoundKind::Program, "canadian_experience_class", 4_000, 516, MIRROR),
    d(Some(419), "2026-06-22", RoundKind::Program, "provincial_nominee_program", 955, 730, MIRROR),
    d(Some(418), "2026-05-28", RoundKind::Category, "french_language", 4_500, 409, MIRROR),
    d(Some(417), "2026-05-27", RoundKind::Program, "canadian_experience_class", 3_000, 518, MIRROR),
    d(Some(416), "2026-05-25", RoundKind::Program, "provincial_nominee_program", 334, 805, MIRROR),
    d(Some(415), "2026-05-11", RoundKind::Program, "provincial_nominee_program", 380, 798, MIRROR),
    d(Some(414), "2026-04-29", RoundKind::Category, "french_language", 4_000, 400, MIRROR),
    d(Some(413), "2026-04-28", RoundKind::Program, "canadian_experience_class", 2_000, 514, MIRROR),
    d(Some(412), "2026-04-27", RoundKind::Program, "provincial_nominee_program", 473, 795, MIRROR),
    d(Some(411), "2026-04-15", RoundKind::Category, "french_language", 4_000, 419, MIRROR),
    d(Some(410), "2026-04-14", RoundKind::Program, "canadian_experience_class", 2_000, 515, MIRROR),
    d(Some(409), "2026-04-13", RoundKind::Program, "provincial_nominee_program", 324, 786, MIRROR),
    d(Some(408), "2026-04-02", RoundKind::Category, "trades", 3_000, 477, MIRROR),
    d(Some(407), "2026-03-31", RoundKind::Program, "canadian_experience_class", 2_250, 509, MIRROR),
    d(Some(406), "2026-03-30", RoundKind::Program, "provincial_nominee_program", 356, 802, MIRROR),
    d(Some(405), "2026-03-18", RoundKind::Category, "french_language", 4_000, 393, MIRROR),
    d(Some(404), "2026-03-17", RoundKind::Program, "canadian_experience_class", 4_000, 507, MIRROR),
    d(Some(403), "2026-03-16", RoundKind::Program, "provincial_nominee_program", 362, 742, MIRROR),
    d(Some(402), "2026-03-05", RoundKind::Category, "senior_managers_canadian_experience", 250, 429, MIRROR),
    d(Some(401), "2026-03-04", RoundKind::Category, "french_language", 5_500, 397, MIRROR),
    d(Some(400), "2026-03-03", RoundKind::Program, "canadian_experience_class", 4_000, 508, MIRROR),
    d(Some(399), "2026-03-02", RoundKind::Program, "provincial_nominee_program", 264, 710, MIRROR),
    d(Some(398), "2026-02-20", RoundKind::Category, "healthcare_social_services", 4_000, 467, MIRROR),
    d(Some(397), "2026-02-19", RoundKind::Category, "physicians_canadian_experience", 391, 169, MIRROR),
    d(Some(396), "2026-02-17", RoundKind::Program, "canadian_experience_class", 6_000, 508, MIRROR),
    d(Some(395), "2026-02-16", RoundKind::Program, "provincial_nominee_program", 279, 789, MIRROR),
    d(Some(394), "2026-02-06", RoundKind::Category, "french_language", 8_500, 400, MIRROR),
    d(Some(393), "2026-02-03", RoundKind::Program, "provincial_nominee_program", 423, 749, MIRROR),
    d(Some(392), "2026-01-21", RoundKind::Program, "canadian_experience_class", 6_000, 509, MIRROR),
    d(Some(391), "2026-01-20", RoundKind::Program, "provincial_nominee_program", 681, 746, MIRROR),
    d(Some(390), "2026-01-07", RoundKind::Program, "canadian_experience_class", 8_000, 511, MIRROR),
    d(Some(389), "2026-01-05", RoundKind::Program, "provincial_nominee_program", 574, 711, MIRROR),
    d(None, "2025-12-17", RoundKind::Category, "french_language", 6_000, 399, MIRROR),
    d(None, "2025-12-16", RoundKind::Program, "canadian_experience_class", 5_000, 515, MIRROR),
    d(None, "2025-12-15", RoundKind::Program, "provincial_nominee_program", 399, 731, MIRROR),
    d(None, "2025-12-11", RoundKind::Category, "healthcare_social_services", 1_000, 476, MIRROR),
    d(None, "2025-12-10", RoundKind::Program, "canadian_experience_class", 6_000, 520, MIRROR),
    d(None, "2025-12-08", RoundKind::Program, "provincial_nominee_program", 1_123, 729, MIRROR),
    d(None, "2025-11-28", RoundKind::Category, "french_language", 6_000, 408, MIRROR),
    d(None, "2025-11-26", RoundKind::Program, "canadian_experience_class", 1_000, 531, MIRROR),
    d(None, "2025-11-25", RoundKind::Program, "provincial_nominee_program", 777, 699, MIRROR),
    d(None, "2025-11-14", RoundKind::Category, "healthcare_social_services", 3_500, 462, MIRROR),
    d(None, "2025-11-12", RoundKind::Program, "canadian_experience_class", 1_000, 533, MIRROR),
    d(None, "2025-11-10", RoundKind::Program, "provincial_nominee_program", 714, 738, MIRROR),
    d(None, "2025-10-29", RoundKind::Category, "french_language", 6_000, 416, MIRROR),
    d(None, "2025-10-28", RoundKind::Program, "canadian_experience_class", 1_000, 533, MIRROR),
    d(None, "2025-10-27", RoundKind::Program, "provincial_nominee_program", 302, 761, MIRROR),
    d(Some(373), "2025-10-15", RoundKind::Category, "healthcare_social_services", 2_500, 472, ESEU),
    d(Some(369), "2025-09-29", RoundKind::Program, "provincial_nominee_program", 291, 855, ESEU),
    d(None, "2025-09-18", RoundKind::Category, "trades", 1_250, 505, ESEU),
    d(None, "2025-09-17", RoundKind::Category, "education", 2_500, 462, ESEU),
    d(None, "2025-09-04", RoundKind::Category, "french_language", 4_500, 446, ESEU),
    d(None, "2025-09-03", RoundKind::Program, "canadian_experience_class", 1_000, 534, ESEU),
    d(None, "2025-08-19", RoundKind::Category, "healthcare_social_services", 2_500, 470, ESEU),];

/// What the candidate can be invited in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DrawEligibility {
    pub fsw: bool,
    pub cec: bool,
    pub fst: bool,
    pub provincial_nomination: bool,
    /// Category keys (see `categories.rs`) the candidate qualifies for.
    pub categories: Vec<&'static str>,
}

impl DrawEligibility {
    fn in_pool(&self) -> bool {
        self.fsw || self.cec || self.fst
    }

    /// Whether a candidate could be invited in this round at all.
    pub fn can_enter(&self, draw: &Draw) -> bool {
        if !self.in_pool() {
            return false;
        }
        match draw.kind {
            RoundKind::General => true,
            RoundKind::Program => match draw.group {
                "canadian_experience_class" => self.cec,
                "provincial_nominee_program" => self.provincial_nomination,
                "federal_skilled_worker" => self.fsw,
                "federal_skilled_trades" => self.fst,
                _ => false,
            },
            RoundKind::Category => self.categories.contains(&draw.group),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DrawComparison {
    pub draw: Draw,
    /// The candidate could be invited in this kind of round.
    pub eligible: bool,
    /// Score minus the round's lowest invited score.
    pub margin: i32,
    /// Eligible and at or above the cut-off.
    pub would_have_been_invited: bool,
}

/// Compares a score with every round in the snapshot (newest first). Ties at the cut-off count as
/// invited (IRCC's tie-break by profile date is not modelled).
pub fn compare_to_draws(crs_total: u16, eligibility: &DrawEligibility) -> Vec<DrawComparison> {
    DRAWS
        .iter()
        .map(|draw| {
            let eligible = eligibility.can_enter(draw);
            let margin = crs_total as i32 - draw.lowest_crs as i32;
            DrawComparison { draw: *draw, eligible, margin, would_have_been_invited: eligible && margin >= 0 }
        })
        .collect()
}
