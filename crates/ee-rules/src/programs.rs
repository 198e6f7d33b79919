//! Program eligibility: FSW (minimums + 67-point grid), CEC, FST, and proof of funds.
//! `unmet` names are [`Unmet`] keys, documented in docs/profile.md.
use crate::language::levels;
use crate::profile::{Education, Profile};
use crate::ruleset::RuleSet;
use crate::tables::step_lookup;
use crate::trades::is_fst_trade;
use serde::Serialize;

key_enum! {
    /// One of the six factors of the FSW grid, in the grid's order (`FswGrid`'s fields).
    pub enum FswFactor {
        Language = "language",
        Education = "education",
        Experience = "experience",
        Age = "age",
        ArrangedEmployment = "arranged_employment",
        Adaptability = "adaptability",
    }
}

/// FSW grid factors, each already capped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FswGrid {
    pub language: u16,
    pub education: u16,
    pub experience: u16,
    pub age: u16,
    pub arranged_employment: u16,
    pub adaptability: u16,
}

impl FswGrid {
    /// The points of one factor.
    pub fn points(&self, factor: FswFactor) -> u16 {
        match factor {
            FswFactor::Language => self.language,
            FswFactor::Education => self.education,
            FswFactor::Experience => self.experience,
            FswFactor::Age => self.age,
            FswFactor::ArrangedEmployment => self.arranged_employment,
            FswFactor::Adaptability => self.adaptability,
        }
    }
}

/// One row of the FSW grid: a factor, the points it gave and the most it can give (from the rule set
/// that scored it), as `CrsLine` is for CRS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FswLine {
    pub factor: FswFactor,
    pub points: u16,
    pub max: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FswResult {
    pub eligible: bool,
    pub points: u16,
    pub pass_mark: u16,
    pub unmet: Vec<Unmet>,
    pub grid: FswGrid,
    /// The grid's six rows in order, with their maxima (for display; not part of the JSON, whose
    /// `grid` carries the points).
    #[serde(skip)]
    pub lines: Vec<FswLine>,
    /// The most the grid can give (the sum of the maxima).
    #[serde(skip)]
    pub max_points: u16,
}

/// The most each factor of the grid `g` can give, in [`FswFactor::ALL`]'s order.
fn grid_maxima(g: &crate::tables::FswGridTable) -> [u16; 6] {
    let max_step = |steps: &[crate::tables::Step<u16>]| steps.iter().map(|s| s.points).max();
    FswFactor::ALL.map(|factor| match factor {
        FswFactor::Language => {
            max_step(g.first_language_per_ability).unwrap_or(0) * 4 + g.second_language.points
        }
        FswFactor::Education => g.education.iter().copied().max().unwrap_or(0),
        FswFactor::Experience => max_step(g.experience).unwrap_or(0),
        FswFactor::Age => max_step(g.age).unwrap_or(0),
        FswFactor::ArrangedEmployment => g.arranged_employment,
        FswFactor::Adaptability => g.adaptability.cap,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramResult {
    pub eligible: bool,
    pub unmet: Vec<Unmet>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FundsResult {
    pub required_cad: u64,
    pub available_cad: u64,
    pub sufficient: bool,
    /// True when no proof is needed (CEC-eligible, or a valid job offer).
    pub exempt: bool,
    /// `cec_eligible`, `valid_job_offer`.
    pub exempt_reasons: Vec<FundsExemption>,
    pub table_effective: &'static str,
}

key_enum! {
    /// A requirement a program's candidate does not meet (`unmet`), in the order checked.
    pub enum Unmet {
        /// FSW: less than one year of skilled work (Canadian + foreign).
        WorkExperience = "work_experience",
        /// FSW/CEC: main occupation is TEER 4 or 5.
        WorkTeer = "work_teer",
        /// Any program: first official language below the program minimum.
        FirstLanguage = "first_language",
        /// FSW: no secondary or post-secondary credential.
        Education = "education",
        /// FSW: grid total below the pass mark.
        Points = "points",
        /// FSW/FST: settlement funds below the table and not exempt.
        SettlementFunds = "settlement_funds",
        /// CEC: less than one year of skilled work in Canada.
        CanadianWorkYears = "canadian_work_years",
        /// FST: less than two years in an eligible trade.
        TradeWorkYears = "trade_work_years",
        /// FST: neither a valid job offer in an eligible trade nor a certificate of qualification.
        JobOfferOrCertificate = "job_offer_or_certificate",
    }
}

key_enum! {
    /// Why no proof of funds is needed (`funds.exempt_reasons`).
    pub enum FundsExemption {
        CecEligible = "cec_eligible",
        ValidJobOffer = "valid_job_offer",
    }
}

fn funds_ok_without_exemption(p: &Profile, rules: &RuleSet) -> bool {
    p.valid_job_offer().is_some() || p.settlement_funds_cad >= rules.funds.required(p.family_size)
}

pub fn fsw(p: &Profile, rules: &RuleSet) -> FswResult {
    let g = rules.fsw;
    let first = levels(&p.first_language);
    let language_first: u16 = first
        .values()
        .iter()
        .map(|&l| step_lookup(g.first_language_per_ability, l, 0))
        .sum();
    let language_second = match &p.second_language {
        Some(s) if levels(s).min_level() >= g.second_language.from => g.second_language.points,
        _ => 0,
    };
    let experience_years = p.canadian_work_years.saturating_add(p.foreign_work_years);
    let job = p.valid_job_offer().is_some();
    let a = &g.adaptability;
    let mut adapt = 0;
    if let Some(s) = p.counting_spouse() {
        if s.first_language
            .as_ref()
            .is_some_and(|l| levels(l).min_level() >= a.spouse_language_min)
        {
            adapt += a.spouse_language;
        }
        if s.canadian_study {
            adapt += a.spouse_study;
        }
        if s.canadian_work_years >= 1 {
            adapt += a.spouse_work;
        }
    }
    if p.canadian_education == crate::profile::CanadianEducation::ThreeYearOrMore {
        adapt += a.own_study;
    }
    if p.canadian_work_years >= 1 && p.work_teer <= 3 {
        adapt += a.own_work;
    }
    if job {
        adapt += a.arranged_employment;
    }
    if p.relative_in_canada || p.sibling_in_canada {
        adapt += a.relative;
    }
    let grid = FswGrid {
        language: language_first + language_second,
        education: g.education[p.education as usize],
        experience: step_lookup(g.experience, experience_years, 0),
        age: step_lookup(g.age, p.age, 0),
        arranged_employment: if job { g.arranged_employment } else { 0 },
        adaptability: adapt.min(a.cap),
    };
    let points = grid.language
        + grid.education
        + grid.experience
        + grid.age
        + grid.arranged_employment
        + grid.adaptability;
    let mut unmet_list = Vec::new();
    if experience_years < 1 {
        unmet_list.push(Unmet::WorkExperience);
    }
    if p.work_teer > 3 {
        unmet_list.push(Unmet::WorkTeer);
    }
    if first.min_level() < g.min_first_language {
        unmet_list.push(Unmet::FirstLanguage);
    }
    if p.education == Education::LessThanSecondary {
        unmet_list.push(Unmet::Education);
    }
    if points < g.pass_mark {
        unmet_list.push(Unmet::Points);
    }
    if !funds_ok_without_exemption(p, rules) {
        unmet_list.push(Unmet::SettlementFunds);
    }
    let maxima = grid_maxima(g);
    let lines: Vec<FswLine> = FswFactor::ALL
        .into_iter()
        .zip(maxima)
        .map(|(factor, max)| FswLine {
            factor,
            points: grid.points(factor),
            max,
        })
        .collect();
    FswResult {
        eligible: unmet_list.is_empty(),
        points,
        pass_mark: g.pass_mark,
        unmet: unmet_list,
        grid,
        lines,
        max_points: maxima.iter().sum(),
    }
}

/// CEC language minimum (all four abilities) for a TEER (see [`crate::tables::ProgramMinimums::cec_min_clb`]).
pub fn cec_min_clb(teer: u8, rules: &RuleSet) -> u8 {
    rules.programs.cec_min_clb(teer)
}

pub fn cec(p: &Profile, rules: &RuleSet) -> ProgramResult {
    let m = rules.programs;
    let mut unmet_list = Vec::new();
    if p.canadian_work_years < m.cec_canadian_work_years {
        unmet_list.push(Unmet::CanadianWorkYears);
    }
    if p.work_teer > 3 {
        unmet_list.push(Unmet::WorkTeer);
    }
    if levels(&p.first_language).min_level() < cec_min_clb(p.work_teer, rules) {
        unmet_list.push(Unmet::FirstLanguage);
    }
    ProgramResult {
        eligible: unmet_list.is_empty(),
        unmet: unmet_list,
    }
}

pub fn fst(p: &Profile, rules: &RuleSet) -> ProgramResult {
    let m = rules.programs;
    let mut unmet_list = Vec::new();
    if p.trade_work_years < m.fst_trade_work_years {
        unmet_list.push(Unmet::TradeWorkYears);
    }
    let first = levels(&p.first_language).values();
    if first.iter().zip(m.fst_clb).any(|(&have, need)| have < need) {
        unmet_list.push(Unmet::FirstLanguage);
    }
    let trade_offer = p.valid_job_offer().is_some_and(|j| is_fst_trade(&j.noc));
    if !trade_offer && !p.trade_certificate {
        unmet_list.push(Unmet::JobOfferOrCertificate);
    }
    if !funds_ok_without_exemption(p, rules) {
        unmet_list.push(Unmet::SettlementFunds);
    }
    ProgramResult {
        eligible: unmet_list.is_empty(),
        unmet: unmet_list,
    }
}

/// Proof of funds for the profile's family size; CEC-eligible candidates and valid job offers are
/// exempt (facts #9).
pub fn funds(p: &Profile, rules: &RuleSet, cec_eligible: bool) -> FundsResult {
    let required = rules.funds.required(p.family_size);
    let mut reasons = Vec::new();
    if cec_eligible {
        reasons.push(FundsExemption::CecEligible);
    }
    if p.valid_job_offer().is_some() {
        reasons.push(FundsExemption::ValidJobOffer);
    }
    FundsResult {
        required_cad: required,
        available_cad: p.settlement_funds_cad,
        sufficient: p.settlement_funds_cad >= required,
        exempt: !reasons.is_empty(),
        exempt_reasons: reasons,
        table_effective: rules.funds.meta.effective,
    }
}

/// Funds needed for a family size under the current table.
pub fn required_funds(family_size: u8) -> u64 {
    crate::ruleset::current().funds.required(family_size)
}

/// Whether `available_cad` covers the current table for `family_size`.
pub fn check_funds(family_size: u8, available_cad: u64) -> bool {
    available_cad >= required_funds(family_size)
}
