//! Comprehensive Ranking System score with a full breakdown (spec section 1).
use crate::language::levels;
use crate::profile::{CanadianEducation, Education, Levels, OfficialLanguage, Profile};
use crate::ruleset::RuleSet;
use crate::tables::{step_lookup, ByStatus};
use serde::Serialize;

/// One factor of the breakdown. Lines always add up to `CrsResult::total`: where a cap applies
/// the later line of its group is reduced (see docs/rules.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrsLine {
    pub factor: CrsFactor,
    pub points: u16,
    pub max: u16,
}

/// The five uncapped skill-transferability combinations (for explanations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TransferabilityParts {
    pub education_language: u16,
    pub education_canadian_work: u16,
    pub foreign_work_language: u16,
    pub foreign_work_canadian_work: u16,
    pub certificate_language: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrsResult {
    pub total: u16,
    pub core: u16,
    pub spouse: u16,
    pub transferability: u16,
    pub additional: u16,
    pub lines: Vec<CrsLine>,
    /// True when scored without spouse (no spouse, not accompanying, or citizen/PR).
    pub scored_as_single: bool,
    pub transferability_parts: TransferabilityParts,
}

key_enum! {
    /// A factor of the CRS breakdown (`crs.lines[].factor`), in output order.
    pub enum CrsFactor {
        Age = "age",
        Education = "education",
        FirstOfficialLanguage = "first_official_language",
        SecondOfficialLanguage = "second_official_language",
        CanadianWorkExperience = "canadian_work_experience",
        SpouseEducation = "spouse_education",
        SpouseFirstOfficialLanguage = "spouse_first_official_language",
        SpouseCanadianWorkExperience = "spouse_canadian_work_experience",
        TransferabilityEducation = "transferability_education",
        TransferabilityForeignWork = "transferability_foreign_work",
        TransferabilityCertificate = "transferability_certificate",
        ProvincialNomination = "provincial_nomination",
        JobOffer = "job_offer",
        FrenchLanguage = "french_language",
        CanadianEducation = "canadian_education",
        SiblingInCanada = "sibling_in_canada",
    }
}

key_enum! {
    /// The four parts of the CRS that `lines` add up to.
    pub enum CrsSection {
        Core = "core",
        Spouse = "spouse",
        Transferability = "transferability",
        Additional = "additional",
    }
}

impl CrsFactor {
    /// The part of the CRS the factor belongs to.
    pub fn section(self) -> CrsSection {
        use CrsFactor::*;
        match self {
            Age
            | Education
            | FirstOfficialLanguage
            | SecondOfficialLanguage
            | CanadianWorkExperience => CrsSection::Core,
            SpouseEducation | SpouseFirstOfficialLanguage | SpouseCanadianWorkExperience => {
                CrsSection::Spouse
            }
            TransferabilityEducation | TransferabilityForeignWork | TransferabilityCertificate => {
                CrsSection::Transferability
            }
            ProvincialNomination | JobOffer | FrenchLanguage | CanadianEducation
            | SiblingInCanada => CrsSection::Additional,
        }
    }
}

/// Factor keys used in `lines`, in output order.
pub const FACTORS: &[CrsFactor] = &CrsFactor::ALL;

fn max_of(steps: &[crate::tables::Step<ByStatus>], single: bool) -> u16 {
    steps
        .iter()
        .map(|s| s.points.pick(single))
        .max()
        .unwrap_or(0)
}

/// English and French levels of the profile, whichever slot each sits in.
pub fn levels_by_language(p: &Profile) -> (Option<Levels>, Option<Levels>) {
    let mut english = None;
    let mut french = None;
    for result in std::iter::once(&p.first_language).chain(p.second_language.as_ref()) {
        match result.test.language() {
            OfficialLanguage::English => english = Some(levels(result)),
            OfficialLanguage::French => french = Some(levels(result)),
        }
    }
    (english, french)
}

fn education_bucket(e: Education) -> usize {
    match e {
        Education::LessThanSecondary | Education::Secondary => 0,
        Education::OneYear | Education::TwoYear | Education::BachelorsOrThreeYear => 1,
        Education::TwoOrMore | Education::MastersOrProfessional | Education::Doctoral => 2,
    }
}

pub fn crs(p: &Profile, rules: &RuleSet) -> CrsResult {
    let core_t = rules.crs_core;
    let spouse_t = rules.crs_spouse;
    let tr = rules.crs_transferability;
    let add = rules.crs_additional;
    let spouse = p.counting_spouse();
    let single = spouse.is_none();
    let zero = ByStatus {
        with_spouse: 0,
        single: 0,
    };
    let mut lines = Vec::with_capacity(16);
    let mut line = |factor: CrsFactor, points: u16, max: u16| {
        lines.push(CrsLine {
            factor,
            points,
            max,
        });
        points
    };

    // A. Core
    let first = levels(&p.first_language);
    let age = line(
        CrsFactor::Age,
        step_lookup(core_t.age, p.age, zero).pick(single),
        max_of(core_t.age, single),
    );
    let edu_max = core_t
        .education
        .iter()
        .map(|b| b.pick(single))
        .max()
        .unwrap_or(0);
    let edu = line(
        CrsFactor::Education,
        core_t.education[p.education as usize].pick(single),
        edu_max,
    );
    let first_points: u16 = first
        .values()
        .iter()
        .map(|&l| step_lookup(core_t.first_language, l, zero).pick(single))
        .sum();
    let first_pts = line(
        CrsFactor::FirstOfficialLanguage,
        first_points,
        4 * max_of(core_t.first_language, single),
    );
    let second_cap = core_t.second_language_cap.pick(single);
    let second_points: u16 = p
        .second_language
        .as_ref()
        .map(|s| {
            levels(s)
                .values()
                .iter()
                .map(|&l| step_lookup(core_t.second_language, l, zero).pick(single))
                .sum()
        })
        .unwrap_or(0);
    let second_pts = line(
        CrsFactor::SecondOfficialLanguage,
        second_points.min(second_cap),
        second_cap,
    );
    let cdn = line(
        CrsFactor::CanadianWorkExperience,
        step_lookup(core_t.canadian_work, p.canadian_work_years, zero).pick(single),
        max_of(core_t.canadian_work, single),
    );
    let core = age + edu + first_pts + second_pts + cdn;

    // B. Spouse
    let mut spouse_total = 0;
    if let Some(s) = spouse {
        let e = line(
            CrsFactor::SpouseEducation,
            spouse_t.education[s.education as usize],
            spouse_t.education.iter().copied().max().unwrap_or(0),
        );
        let lang_max = 4 * spouse_t
            .language
            .iter()
            .map(|r| r.points)
            .max()
            .unwrap_or(0);
        let lang: u16 = s
            .first_language
            .as_ref()
            .map(|l| {
                levels(l)
                    .values()
                    .iter()
                    .map(|&v| step_lookup(spouse_t.language, v, 0))
                    .sum()
            })
            .unwrap_or(0);
        let l = line(CrsFactor::SpouseFirstOfficialLanguage, lang, lang_max);
        let w = line(
            CrsFactor::SpouseCanadianWorkExperience,
            step_lookup(spouse_t.canadian_work, s.canadian_work_years, 0),
            spouse_t
                .canadian_work
                .iter()
                .map(|r| r.points)
                .max()
                .unwrap_or(0),
        );
        spouse_total = e + l + w;
    }

    // C. Skill transferability (principal applicant, first official language)
    let min_first = first.min_level();
    let lang_tier = if min_first >= tr.language_tiers[1] {
        Some(1)
    } else if min_first >= tr.language_tiers[0] {
        Some(0)
    } else {
        None
    };
    let cdn_tier = if p.canadian_work_years >= tr.canadian_work_tiers[1] {
        Some(1)
    } else if p.canadian_work_years >= tr.canadian_work_tiers[0] {
        Some(0)
    } else {
        None
    };
    let foreign_bucket = if p.foreign_work_years >= tr.foreign_work_buckets[1] {
        2
    } else if p.foreign_work_years >= tr.foreign_work_buckets[0] {
        1
    } else {
        0
    };
    let edu_bucket = education_bucket(p.education);
    let pick = |table: &[[u16; 2]; 3], bucket: usize, tier: Option<usize>| {
        tier.map(|t| table[bucket][t]).unwrap_or(0)
    };
    let parts = TransferabilityParts {
        education_language: pick(&tr.education_language, edu_bucket, lang_tier),
        education_canadian_work: pick(&tr.education_canadian_work, edu_bucket, cdn_tier),
        foreign_work_language: pick(&tr.foreign_language, foreign_bucket, lang_tier),
        foreign_work_canadian_work: pick(&tr.foreign_canadian_work, foreign_bucket, cdn_tier),
        certificate_language: if p.trade_certificate {
            step_lookup(&tr.certificate_language, min_first, 0)
        } else {
            0
        },
    };
    let cert_max = tr
        .certificate_language
        .iter()
        .map(|r| r.points)
        .max()
        .unwrap_or(0);
    let mut room = tr.total_cap;
    let mut capped = |points: u16, group_cap: u16| {
        let p = points.min(group_cap).min(room);
        room -= p;
        p
    };
    let te = capped(
        parts.education_language + parts.education_canadian_work,
        tr.group_cap,
    );
    let tf = capped(
        parts.foreign_work_language + parts.foreign_work_canadian_work,
        tr.group_cap,
    );
    let tc = capped(parts.certificate_language, cert_max);
    line(CrsFactor::TransferabilityEducation, te, tr.group_cap);
    line(CrsFactor::TransferabilityForeignWork, tf, tr.group_cap);
    line(CrsFactor::TransferabilityCertificate, tc, cert_max);
    let transferability = te + tf + tc;

    // D. Additional points, applied in this order until the cap is reached.
    let (english, french) = levels_by_language(p);
    let french_points = match french {
        Some(f) if f.min_level() >= add.french_min_nclc => match english {
            Some(e) if e.min_level() >= add.french_english_min_clb => add.french_with_english,
            _ => add.french_without_english,
        },
        _ => 0,
    };
    let job_points = match p.valid_job_offer() {
        Some(j) if j.noc.starts_with("00") => add.job_offer_senior_management,
        Some(_) => add.job_offer_other,
        None => 0,
    };
    let job_max = add.job_offer_senior_management.max(add.job_offer_other);
    let cdn_edu = match p.canadian_education {
        CanadianEducation::None => 0,
        CanadianEducation::OneOrTwoYear => add.canadian_education_one_or_two_year,
        CanadianEducation::ThreeYearOrMore => add.canadian_education_three_year_or_more,
    };
    let mut add_room = add.cap;
    let mut take = |points: u16| {
        let p = points.min(add_room);
        add_room -= p;
        p
    };
    let pnp = take(if p.provincial_nomination {
        add.provincial_nomination
    } else {
        0
    });
    let job = take(job_points);
    let fr = take(french_points);
    let ce = take(cdn_edu);
    let sib = take(if p.sibling_in_canada { add.sibling } else { 0 });
    line(
        CrsFactor::ProvincialNomination,
        pnp,
        add.provincial_nomination,
    );
    if job_max > 0 {
        line(CrsFactor::JobOffer, job, job_max);
    }
    line(
        CrsFactor::FrenchLanguage,
        fr,
        add.french_with_english.max(add.french_without_english),
    );
    line(
        CrsFactor::CanadianEducation,
        ce,
        add.canadian_education_three_year_or_more
            .max(add.canadian_education_one_or_two_year),
    );
    line(CrsFactor::SiblingInCanada, sib, add.sibling);
    let additional = pnp + job + fr + ce + sib;

    CrsResult {
        total: core + spouse_total + transferability + additional,
        core,
        spouse: spouse_total,
        transferability,
        additional,
        lines,
        scored_as_single: single,
        transferability_parts: parts,
    }
}
