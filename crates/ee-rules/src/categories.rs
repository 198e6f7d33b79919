//! Category-based selection: dated occupation lists (2025 and 2026) and the French category.
use crate::meta::Confidence;
use crate::profile::Levels;
use crate::rounds::RoundClass;
use serde::Serialize;

/// Extra condition of a category beyond experience in a listed occupation (reason keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CategoryCondition {
    /// 12 months in a listed occupation in the last 3 years (2026 rule; 6 months before).
    ListedOccupationExperience,
    /// ... and the 12 months must be in Canada (physicians, researchers, senior managers 2026).
    CanadianExperienceInOccupation,
    /// Job offer from the Canadian Forces Recruiting Group and foreign military service.
    CanadianArmedForcesRecruitment,
    /// NCLC 7 or more in all four French abilities.
    FrenchNclc7,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CategoryList {
    /// The category (a category class of rounds; key e.g. `healthcare_social_services`).
    pub category: RoundClass,
    /// First day this list applied.
    pub list_date: &'static str,
    /// Last day (None while current).
    pub until: Option<&'static str>,
    pub condition: CategoryCondition,
    /// NOC 2021 unit groups; empty for the French category.
    pub codes: &'static [&'static str],
    pub confidence: Confidence,
    pub source: &'static str,
}

const SRC_2025: &str = "IRCC news release 2025-02-27 (via provinceimmigration.com, makimmigration.ca, growingglobeimmigration.com); 2024-2025 Report to Parliament – Category-Based Selection";
const SRC_2026: &str =
    "IRCC news release 2026-02-18 (newswire.ca); cicnews.com 2026-02; redim.ca; land2air.ca";
const SRC_2026_CANADA_CA: &str = "canada.ca, Express Entry: category-based selection – eligibility (page scrapes of 2026-07-03 and 2026-08-14: exactly these codes)";

const HEALTHCARE: &[&str] = &[
    "31100", "31101", "31102", "31103", "31110", "31111", "31112", "31120", "31121", "31200",
    "31201", "31202", "31203", "31209", "31300", "31301", "31302", "31303", "32101", "32102",
    "32103", "32104", "32109", "32111", "32120", "32121", "32122", "32123", "32124", "32129",
    "32201", "33101", "33102", "33103", "41300", "41301", "42201",
];
const STEM: &[&str] = &[
    "20011", "21220", "21300", "21301", "21310", "21321", "21331", "22300", "22301", "22310",
    "63100",
];
const EDUCATION: &[&str] = &["41220", "41221", "42202", "42203", "43100"];
const TRADES_2025: &[&str] = &[
    "22303", "70010", "70011", "72100", "72102", "72106", "72200", "72201", "72300", "72302",
    "72310", "72311", "72320", "72400", "72401", "72402", "72422", "72501", "72999", "73100",
    "73110", "73112", "73113", "82021", "63200",
];
const TRADES_2026: &[&str] = &[
    "22303", "70010", "70011", "72100", "72102", "72106", "72200", "72201", "72300", "72302",
    "72310", "72311", "72320", "72400", "72401", "72402", "72422", "72501", "72999", "73100",
    "73110", "73112", "73113", "82021", "63201",
];

/// Every list, newest year first. The 2026 lists apply since 2026-02-18.
pub static CATEGORY_LISTS: &[CategoryList] = &[
    CategoryList { category: RoundClass::FrenchLanguage, list_date: "2026-02-18", until: None, condition: CategoryCondition::FrenchNclc7, codes: &[], confidence: Confidence::Official, source: SRC_2026 },
    CategoryList { category: RoundClass::HealthcareSocialServices, list_date: "2026-02-18", until: None, condition: CategoryCondition::ListedOccupationExperience, codes: HEALTHCARE, confidence: Confidence::Official, source: SRC_2026_CANADA_CA },
    CategoryList { category: RoundClass::Stem, list_date: "2026-02-18", until: None, condition: CategoryCondition::ListedOccupationExperience, codes: STEM, confidence: Confidence::Official, source: SRC_2026_CANADA_CA },
    CategoryList { category: RoundClass::Trades, list_date: "2026-02-18", until: None, condition: CategoryCondition::ListedOccupationExperience, codes: TRADES_2026, confidence: Confidence::ReputableSecondary, source: "canadianow.com 2026-03-03 (cooks out, butchers in); en.immigrant.today (2026-04-02 trades draw)" },
    CategoryList { category: RoundClass::Education, list_date: "2026-02-18", until: None, condition: CategoryCondition::ListedOccupationExperience, codes: EDUCATION, confidence: Confidence::Official, source: SRC_2026_CANADA_CA },
    CategoryList { category: RoundClass::Transport, list_date: "2026-02-18", until: None, condition: CategoryCondition::ListedOccupationExperience, codes: &["72600", "72410", "72404", "22313"], confidence: Confidence::ReputableSecondary, source: SRC_2026 },
    CategoryList { category: RoundClass::PhysiciansCanadianExperience, list_date: "2026-02-18", until: None, condition: CategoryCondition::CanadianExperienceInOccupation, codes: &["31100", "31101", "31102"], confidence: Confidence::ReputableSecondary, source: "financialexpress.com 2026-02-20; visaverge.com; redim.ca" },
    CategoryList { category: RoundClass::ResearchersCanadianExperience, list_date: "2026-02-18", until: None, condition: CategoryCondition::CanadianExperienceInOccupation, codes: &["41200", "41201"], confidence: Confidence::ReputableSecondary, source: SRC_2026 },
    CategoryList { category: RoundClass::SeniorManagersCanadianExperience, list_date: "2026-02-18", until: None, condition: CategoryCondition::CanadianExperienceInOccupation, codes: &["00012", "00013", "00014", "00015"], confidence: Confidence::ReputableSecondary, source: SRC_2026 },
    CategoryList { category: RoundClass::SkilledMilitaryRecruits, list_date: "2026-02-18", until: None, condition: CategoryCondition::CanadianArmedForcesRecruitment, codes: &["40042", "42102", "43204"], confidence: Confidence::ReputableSecondary, source: "cicnews.com 2026-02-24; land2air.ca; sentineldigest.com" },
    CategoryList { category: RoundClass::FrenchLanguage, list_date: "2025-02-27", until: Some("2026-02-17"), condition: CategoryCondition::FrenchNclc7, codes: &[], confidence: Confidence::Official, source: SRC_2025 },
    CategoryList { category: RoundClass::HealthcareSocialServices, list_date: "2025-02-27", until: Some("2026-02-17"), condition: CategoryCondition::ListedOccupationExperience, codes: HEALTHCARE, confidence: Confidence::Weak, source: SRC_2025 },
    CategoryList { category: RoundClass::Stem, list_date: "2025-02-27", until: Some("2026-02-17"), condition: CategoryCondition::ListedOccupationExperience, codes: STEM, confidence: Confidence::Weak, source: SRC_2025 },
    CategoryList { category: RoundClass::Trades, list_date: "2025-02-27", until: Some("2026-02-17"), condition: CategoryCondition::ListedOccupationExperience, codes: TRADES_2025, confidence: Confidence::ReputableSecondary, source: "2026 list with cooks (63200) instead of butchers (63201), per canadianow.com 2026-03-03" },
    CategoryList { category: RoundClass::Education, list_date: "2025-02-27", until: Some("2026-02-17"), condition: CategoryCondition::ListedOccupationExperience, codes: EDUCATION, confidence: Confidence::ReputableSecondary, source: SRC_2025 },
    CategoryList { category: RoundClass::AgricultureAgriFood, list_date: "2025-02-27", until: Some("2026-02-17"), condition: CategoryCondition::ListedOccupationExperience, codes: &["63201"], confidence: Confidence::ReputableSecondary, source: SRC_2025 },
];

/// One category a code (or language profile) qualifies for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryMatch {
    pub category: RoundClass,
    pub list_date: &'static str,
    pub until: Option<&'static str>,
    /// True for the lists in force now (2026).
    pub current: bool,
    pub condition: CategoryCondition,
    pub confidence: Confidence,
}

impl CategoryMatch {
    fn of(list: &CategoryList) -> CategoryMatch {
        CategoryMatch {
            category: list.category,
            list_date: list.list_date,
            until: list.until,
            current: list.until.is_none(),
            condition: list.condition,
            confidence: list.confidence,
        }
    }
}

/// Categories whose occupation list contains `noc` (all years; `current` marks the 2026 lists),
/// plus the French category when `french` levels are NCLC 7+ in all four abilities.
pub fn categories_for(noc: &str, french: Option<&Levels>) -> Vec<CategoryMatch> {
    let french_ok = french.is_some_and(|f| f.min_level() >= 7);
    CATEGORY_LISTS
        .iter()
        .filter(|l| match l.condition {
            CategoryCondition::FrenchNclc7 => french_ok,
            _ => l.codes.contains(&noc),
        })
        .map(CategoryMatch::of)
        .collect()
}

/// Only the lists in force now.
pub fn current_categories_for(noc: &str, french: Option<&Levels>) -> Vec<CategoryMatch> {
    categories_for(noc, french)
        .into_iter()
        .filter(|m| m.current)
        .collect()
}
