//! The occupation card: everything the widget, `noc show --json` and the JS API show for one
//! unit group, assembled from the cards chunk (with the titles it names), the facts and, for codes
//! that are not unit groups, the directory.

use crate::error::{CardError, CodeProblem, Suggestion, SuggestionReason};
use crate::model::*;
use crate::store::{teer_of, unit_files, Directory, Names, Store};
use crate::Lang;
use serde::Serialize;

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Card {
    pub code: String,
    pub lang: Lang,
    pub title: String,
    pub teer: Teer,
    /// Broad category → major → sub-major → minor → unit group.
    pub hierarchy: Vec<ClassRef>,
    pub definition: String,
    pub illustrative_examples: Vec<String>,
    pub all_examples: Vec<String>,
    pub inclusions: Vec<String>,
    pub exclusions: Vec<CardExclusion>,
    pub main_duties: MainDuties,
    pub employment_requirements: Vec<String>,
    pub additional_information: Vec<String>,
    pub wages: Wages,
    pub outlook: Outlook,
    pub cops: Cops,
    pub census_income: CensusIncome,
    /// `None` for the 9 unit groups without a score; see `ai_exposure_missing`.
    pub ai_exposure: Option<AiExposure>,
    pub ai_exposure_missing: Option<AiUnscoredReason>,
    /// Closest unit groups by OaSIS ratings (issue 25, docs/similar.md).
    pub similar: Vec<crate::similar::SimilarOccupation>,
    pub skills_profile: crate::similar::SkillsProfile,
    pub sources: Vec<SourceInfo>,
    pub data_version: String,
    /// Provincial nominee streams, federal pilots and Québec streams that concern this occupation
    /// (data/routes; see `routes_model`).
    pub routes: Vec<crate::routes_model::Route>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Teer {
    pub level: u8,
    /// Stable key for the meaning (the UI holds the prose).
    pub key: &'static str,
    /// ESDC's own label for the category, in the card's language.
    pub label: String,
}

/// Stable key for what a TEER category means.
pub fn teer_key(level: u8) -> &'static str {
    match level {
        0 => "management",
        1 => "university_degree",
        2 => "college_2y_apprenticeship_or_supervisory",
        3 => "college_under_2y_apprenticeship_or_on_the_job",
        4 => "high_school_or_on_the_job_training",
        _ => "short_demonstration_no_formal_education",
    }
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ClassLevel {
    BroadCategory,
    MajorGroup,
    SubMajorGroup,
    MinorGroup,
    UnitGroup,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct ClassRef {
    pub level: ClassLevel,
    pub code: String,
    pub title: String,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct CardExclusion {
    /// The NOC code the source points to (5 digits: unit group; 4: minor group).
    pub code: Option<String>,
    pub title: String,
    pub text: String,
    /// Title of the class `code` names, in the card's language.
    pub target_title: Option<String>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Wages {
    pub national: Option<WageFigure>,
    /// Provinces with a published median (Job Bank has none for PE and the territories here).
    pub provinces: Vec<WageFigure>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct WageFigure {
    /// NAT for Canada.
    pub province: Geo,
    /// Dollars in `unit`; `None` when not published (never 0).
    pub low: Option<f64>,
    pub median: Option<f64>,
    pub high: Option<f64>,
    pub unit: WageUnit,
    /// ESDC's reference period ("2023-2024", "2024", "2021").
    pub period: String,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Outlook {
    pub period: &'static str,
    pub provinces: Vec<ProvinceOutlook>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct ProvinceOutlook {
    pub province: Geo,
    pub outlook: OutlookRating,
    pub release_date: String,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Cops {
    pub projection_period: &'static str,
    pub base_year: u16,
    /// `None` where COPS publishes "N/A".
    pub figures: Option<CopsFigures>,
    /// Conditions over 2021–2023.
    pub recent_conditions: Condition,
    /// Conditions projected over 2024–2033.
    pub future_conditions: Condition,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Condition {
    pub key: LabourMarket,
    /// COPS's own label in the card's language.
    pub label: String,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct CensusIncome {
    /// Median employment income, dollars. `None` when missing.
    pub median: Option<u32>,
    pub income_year: u16,
    pub flag: Option<CensusFlag>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct AiExposure {
    /// Headline: human-rated share of tasks exposed (beta), 0–1.
    pub human_beta: f64,
    /// The same rated by GPT-4.
    pub gpt4_beta: f64,
    pub human_alpha: f64,
    pub human_gamma: f64,
    pub gpt4_alpha: f64,
    pub gpt4_gamma: f64,
    /// 1 = most exposed by human_beta among `scored_groups`; ties share a rank.
    pub rank: u16,
    pub scored_groups: u16,
    /// Share (%) of the other scored unit groups with a lower human_beta.
    pub percentile: u8,
    pub onet_mapped: u16,
    pub onet_scored: Vec<String>,
    /// Some mapped O*NET occupations had no score.
    pub partial: bool,
    /// The class the comparisons come from (normally the minor group).
    pub comparison_group: Option<ClassRef>,
    pub comparisons: Vec<AiComparison>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct AiComparison {
    pub code: String,
    pub title: String,
    pub human_beta: f64,
    pub gpt4_beta: f64,
}

fn level_of(code: &str) -> ClassLevel {
    match code.len() {
        1 => ClassLevel::BroadCategory,
        2 => ClassLevel::MajorGroup,
        3 => ClassLevel::SubMajorGroup,
        4 => ClassLevel::MinorGroup,
        _ => ClassLevel::UnitGroup,
    }
}

fn class_ref(names: Names, code: &str) -> Option<ClassRef> {
    names.title(code).map(|title| ClassRef {
        level: level_of(code),
        code: code.to_string(),
        title: title.to_string(),
    })
}

fn dollars(cents: Option<u32>) -> Option<f64> {
    cents.map(|c| c as f64 / 100.0)
}

fn score(x: u16) -> f64 {
    x as f64 / 10_000.0
}

fn iso_date(ymd: u32) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        ymd / 10_000,
        ymd / 100 % 100,
        ymd % 100
    )
}

/// Checks the shape of a code; returns the trimmed code.
fn check_shape(input: &str) -> Result<&str, CodeProblem> {
    let code = input.trim();
    if code.is_empty() {
        return Err(CodeProblem::Empty);
    }
    if let Some(c) = code.chars().find(|c| !c.is_ascii_digit()) {
        return Err(CodeProblem::NotDigits { found: c });
    }
    if code.len() != 5 {
        return Err(CodeProblem::WrongLength { digits: code.len() });
    }
    Ok(code)
}

impl Store {
    /// The card of a unit group in a language.
    pub fn card(&self, code: &str, lang: Lang) -> Result<Card, CardError> {
        // A unit group's own files carry every title its card shows; the directory is needed only
        // to explain a code that is not one and to suggest others.
        let dir = self.directory[lang.index()].as_ref();
        let code = match check_shape(code) {
            Ok(c) => c,
            Err(problem) => {
                let suggestions = dir
                    .map(|d| self.suggest_for_malformed(d, code.trim(), &problem))
                    .unwrap_or_default();
                return Err(CardError::Malformed {
                    input: code.to_string(),
                    problem,
                    suggestions,
                });
            }
        };
        if unit_files(code, lang).is_none() {
            return match dir {
                Some(d) => Err(CardError::Unknown {
                    code: code.to_string(),
                    suggestions: nearest_units(d, code),
                }),
                None => Err(CardError::MissingChunks {
                    files: self.missing(&Store::files_for_card(code, lang)),
                }),
            };
        }
        let missing = self.missing(&Store::files_for_card(code, lang));
        if !missing.is_empty() {
            return Err(CardError::MissingChunks { files: missing });
        }
        let (Some(text), Some(uf), Some(facts)) = (
            self.cards[lang.index()].get(code),
            self.unit_facts.get(code),
            self.facts.as_ref(),
        ) else {
            // Only possible with blobs from different builds, which insert() rejects; report
            // rather than panic.
            return Err(CardError::MissingChunks {
                files: Store::files_for_card(code, lang),
            });
        };
        Ok(self.assemble(self.names(lang), text, uf, facts, lang))
    }

    fn assemble(
        &self,
        names: Names,
        t: &UnitText,
        uf: &UnitFacts,
        facts: &crate::store::Facts,
        lang: Lang,
    ) -> Card {
        let code = &t.code;
        let level = teer_of(code);
        let pick = |en: &String, fr: &String| match lang {
            Lang::En => en.clone(),
            Lang::Fr => fr.clone(),
        };
        let teer_label = facts
            .blob
            .teer_labels
            .iter()
            .find(|l| l.level == level)
            .map(|l| pick(&l.en, &l.fr));
        let condition = |period: ConditionPeriod, key: LabourMarket| Condition {
            key,
            label: facts
                .blob
                .cops_labels
                .iter()
                .find(|l| l.period == period && l.condition == key)
                .map(|l| pick(&l.en, &l.fr))
                .unwrap_or_default(),
        };
        let wage = |w: &WageRow| WageFigure {
            province: w.geo,
            low: dollars(w.low_cents),
            median: dollars(w.median_cents),
            high: dollars(w.high_cents),
            unit: w.unit,
            period: w.period.clone(),
        };
        let cops = match &uf.cops {
            Some(c) => Cops {
                projection_period: "2024–2033",
                base_year: 2023,
                figures: c.figures.clone(),
                recent_conditions: condition(ConditionPeriod::Recent, c.recent),
                future_conditions: condition(ConditionPeriod::Future, c.future),
            },
            None => Cops {
                projection_period: "2024–2033",
                base_year: 2023,
                figures: None,
                recent_conditions: condition(ConditionPeriod::Recent, LabourMarket::NotAvailable),
                future_conditions: condition(ConditionPeriod::Future, LabourMarket::NotAvailable),
            },
        };
        Card {
            code: code.clone(),
            lang,
            title: names.title(code).unwrap_or_default().to_string(),
            teer: Teer {
                level,
                key: teer_key(level),
                label: teer_label.unwrap_or_default(),
            },
            hierarchy: (1..=5)
                .filter_map(|n| class_ref(names, &code[..n]))
                .collect(),
            definition: t.definition.clone(),
            illustrative_examples: t
                .illustrative_examples
                .iter()
                .filter_map(|e| e.resolve(&t.all_examples).map(str::to_string))
                .collect(),
            all_examples: t.all_examples.clone(),
            inclusions: t.inclusions.clone(),
            exclusions: t
                .exclusions
                .iter()
                .map(|e| CardExclusion {
                    code: e.code.clone(),
                    title: e.title.clone(),
                    text: e.text.clone(),
                    target_title: e
                        .code
                        .as_deref()
                        .and_then(|c| names.title(c))
                        .map(str::to_string),
                })
                .collect(),
            main_duties: t.main_duties.clone(),
            employment_requirements: t.employment_requirements.clone(),
            additional_information: t.additional_information.clone(),
            wages: Wages {
                national: uf.wages.iter().find(|w| w.geo == Geo::NAT).map(wage),
                provinces: uf
                    .wages
                    .iter()
                    .filter(|w| w.geo != Geo::NAT)
                    .map(wage)
                    .collect(),
            },
            outlook: Outlook {
                period: "2022–2024",
                provinces: uf
                    .outlooks
                    .iter()
                    .map(|o| ProvinceOutlook {
                        province: o.province,
                        outlook: o.rating,
                        release_date: iso_date(o.release_date),
                    })
                    .collect(),
            },
            cops,
            census_income: CensusIncome {
                median: uf.census.median,
                income_year: 2020,
                flag: uf.census.flag,
            },
            ai_exposure: uf.ai.scores.map(|s| self.ai_exposure(names, uf, s, facts)),
            ai_exposure_missing: uf.ai.unscored_reason,
            similar: crate::similar::neighbours(names, uf, t, facts, lang),
            skills_profile: crate::similar::profile(&uf.skills, t),
            sources: facts.blob.meta.sources.clone(),
            data_version: facts.blob.meta.data_version.clone(),
            routes: uf.routes.clone(),
        }
    }

    fn ai_exposure(
        &self,
        names: Names,
        uf: &UnitFacts,
        s: AiScores,
        facts: &crate::store::Facts,
    ) -> AiExposure {
        let r = &facts.ranking;
        let (group, codes) = r.comparisons(&uf.code).unwrap_or_default();
        AiExposure {
            human_beta: score(s.human_beta),
            gpt4_beta: score(s.gpt4_beta),
            human_alpha: score(s.human_alpha),
            human_gamma: score(s.human_gamma),
            gpt4_alpha: score(s.gpt4_alpha),
            gpt4_gamma: score(s.gpt4_gamma),
            rank: r.rank(s.human_beta) as u16,
            scored_groups: r.scored() as u16,
            percentile: r.percentile(s.human_beta),
            onet_mapped: uf.ai.n_onet_mapped,
            onet_scored: uf.ai.onet_scored.clone(),
            partial: (uf.ai.onet_scored.len() as u16) < uf.ai.n_onet_mapped,
            comparison_group: class_ref(names, &group),
            comparisons: codes
                .iter()
                .filter_map(|c| {
                    Some(AiComparison {
                        code: c.clone(),
                        title: names.title(c).unwrap_or_default().to_string(),
                        human_beta: score(r.get(c)?.human_beta),
                        gpt4_beta: score(r.get(c)?.gpt4_beta),
                    })
                })
                .collect(),
        }
    }

    fn suggest_for_malformed(
        &self,
        dir: &Directory,
        input: &str,
        problem: &CodeProblem,
    ) -> Vec<Suggestion> {
        let CodeProblem::WrongLength { digits } = problem else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // A 4-digit code may be NOC 2016: offer its official NOC 2021 successors.
        if *digits == 4 {
            if let Some(c) = &self.concordance {
                for row in c.rows.iter().filter(|r| r.code2016 == input) {
                    if let Some(u) = dir.get(&row.code2021) {
                        out.push(Suggestion {
                            code: u.code.clone(),
                            title: u.title.clone(),
                            reason: SuggestionReason::Noc2016Successor,
                        });
                    }
                }
            }
        }
        // A broader NOC 2021 class: offer the unit groups in it.
        if *digits < 5 && dir.get(input).is_some() {
            out.extend(
                dir.classes
                    .iter()
                    .filter(|c| c.code.len() == 5 && c.code.starts_with(input))
                    .take(8)
                    .map(|c| Suggestion {
                        code: c.code.clone(),
                        title: c.title.clone(),
                        reason: SuggestionReason::InClass,
                    }),
            );
        }
        out.dedup_by(|a, b| a.code == b.code);
        out
    }
}

/// Unit groups sharing the longest prefix with `code`, closest codes first (at most 5).
fn nearest_units(dir: &Directory, code: &str) -> Vec<Suggestion> {
    let target: i64 = code.parse().unwrap_or(0);
    for len in (1..=4).rev() {
        let prefix = &code[..len];
        let mut near: Vec<&ClassEntry> = dir
            .classes
            .iter()
            .filter(|c| c.code.len() == 5 && c.code.starts_with(prefix))
            .collect();
        if !near.is_empty() {
            crate::small_sort::sort_by_key(&mut near, |c| {
                (c.code.parse::<i64>().unwrap_or(0) - target).abs()
            });
            return near
                .into_iter()
                .take(5)
                .map(|c| Suggestion {
                    code: c.code.clone(),
                    title: c.title.clone(),
                    reason: SuggestionReason::SamePrefix,
                })
                .collect();
        }
    }
    Vec::new()
}
