//! Comparing a score with rounds of invitations. The rounds are data (`rounds.rs`, `data/ircc/`),
//! handed in by the caller: the `noc` command embeds them, the widget fetches `rounds.bin`.
use serde::Serialize;

pub use crate::rounds::{Round, RoundClass, RoundKind};

/// What the candidate can be invited in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DrawEligibility {
    pub fsw: bool,
    pub cec: bool,
    pub fst: bool,
    pub provincial_nomination: bool,
    /// The categories (see `categories.rs`) the candidate qualifies for.
    pub categories: Vec<RoundClass>,
}

impl DrawEligibility {
    fn in_pool(&self) -> bool {
        self.fsw || self.cec || self.fst
    }

    /// Whether a candidate could be invited in this round at all.
    pub fn can_enter(&self, draw: &Round) -> bool {
        if !self.in_pool() {
            return false;
        }
        use RoundClass as C;
        match draw.class {
            C::AllPrograms => true,
            C::CanadianExperienceClass => self.cec,
            C::ProvincialNomineeProgram => self.provincial_nomination,
            C::FederalSkilledWorker => self.fsw,
            C::FederalSkilledTrades => self.fst,
            C::FrenchLanguage
            | C::HealthcareSocialServices
            | C::Stem
            | C::Trades
            | C::Transport
            | C::AgricultureAgriFood
            | C::Education
            | C::PhysiciansCanadianExperience
            | C::SeniorManagersCanadianExperience
            | C::SkilledMilitaryRecruits
            | C::ResearchersCanadianExperience => self.categories.contains(&draw.class),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DrawComparison {
    pub draw: Round,
    /// The candidate could be invited in this kind of round.
    pub eligible: bool,
    /// Score minus the round's lowest invited score.
    pub margin: i32,
    /// Eligible and at or above the cut-off.
    pub would_have_been_invited: bool,
}

/// Compares a score with every round given (in their order, newest first in the data). Ties at the cut-off count as
/// invited (IRCC's tie-break by profile date is not modelled).
pub fn compare_to_draws(
    rounds: &[Round],
    crs_total: u16,
    eligibility: &DrawEligibility,
) -> Vec<DrawComparison> {
    rounds
        .iter()
        .map(|draw| {
            let eligible = eligibility.can_enter(draw);
            let margin = crs_total as i32 - draw.lowest_crs as i32;
            DrawComparison {
                draw: draw.clone(),
                eligible,
                margin,
                would_have_been_invited: eligible && margin >= 0,
            }
        })
        .collect()
}
