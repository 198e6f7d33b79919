//! Strings of the occupation card (`<noc-card>`), English and French.
//!
//! Fixed labels live in one [`CardText`] table per language; sentences with values are functions.
//! Number formats follow each language (EN "$1,234.50", FR "1 234,50 $", "45,2 %").
use noc_data::Lang;

mod ai;
mod immigration;
pub use ai::*;
pub use immigration::*;

/// Fixed labels of the card.
pub struct CardText {
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub noc_label: &'static str,
    pub teer: &'static str,
    pub classification: &'static str,
    pub definition: &'static str,
    pub illustrative: &'static str,
    pub inclusions: &'static str,
    pub exclusions: &'static str,
    pub exclusions_note: &'static str,
    pub duties: &'static str,
    pub requirements: &'static str,
    pub additional: &'static str,
    pub wages: &'static str,
    pub wages_note: &'static str,
    pub region: &'static str,
    pub low: &'static str,
    pub median: &'static str,
    pub high: &'static str,
    pub period: &'static str,
    pub no_data: &'static str,
    pub no_wages: &'static str,
    pub hourly: &'static str,
    pub annual: &'static str,
    pub outlook: &'static str,
    pub outlook_note: &'static str,
    pub outlook_col: &'static str,
    pub released: &'static str,
    pub no_outlook: &'static str,
    pub cops: &'static str,
    pub employment_2023: &'static str,
    pub job_openings: &'static str,
    pub job_seekers: &'static str,
    pub recent_conditions: &'static str,
    pub future_conditions: &'static str,
    pub census: &'static str,
    pub census_aggregate: &'static str,
    pub immigration: &'static str,
    pub programs_caption: &'static str,
    pub program: &'static str,
    pub counts: &'static str,
    pub why: &'static str,
    pub fsw: &'static str,
    pub cec: &'static str,
    pub fst: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub categories: &'static str,
    pub categories_none: &'static str,
    pub category_current: &'static str,
    pub category_past: &'static str,
    pub category_unconfirmed: &'static str,
    pub french_category: &'static str,
    pub faq: &'static str,
    pub q_apply: &'static str,
    pub q_language: &'static str,
    pub q_category: &'static str,
    pub other_requirements: &'static str,
    pub ai_heading: &'static str,
    pub ai_human: &'static str,
    pub ai_gpt4: &'static str,
    pub ai_compare: &'static str,
    pub ai_is_not: &'static str,
    pub ai_points: [&'static str; 4],
    pub ai_none: &'static str,
    pub ai_sources: &'static str,
    pub sources: &'static str,
    pub licence: &'static str,
    pub disclaimer: &'static str,
    pub back: &'static str,
    pub check_eligibility: &'static str,
    /// Heading of the short program summary under the card's title.
    pub at_a_glance: &'static str,
    pub show_details: &'static str,
    pub hide_details: &'static str,
    pub not_a_code: &'static str,
    pub did_you_mean: &'static str,
    pub no_suggestion: &'static str,
    pub open_card: &'static str,
}

const EN: CardText = CardText {
    loading: "Loading the occupation…",
    load_failed: "The occupation data could not be loaded. Check your connection and reload the page.",
    noc_label: "NOC 2021",
    teer: "TEER",
    classification: "Where it sits in the NOC",
    definition: "Definition",
    illustrative: "Example job titles",
    inclusions: "Also included in this group",
    exclusions: "Not in this group",
    exclusions_note: "These occupations belong to other unit groups:",
    duties: "Main duties",
    requirements: "Employment requirements",
    additional: "Additional information",
    wages: "Wages",
    wages_note: "Low, median and high wages published by Job Bank. “No data” means no published figure; provinces and territories not listed have none.",
    region: "Region",
    low: "Low",
    median: "Median",
    high: "High",
    period: "Period",
    no_data: "no data",
    no_wages: "Job Bank publishes no wage figures for this occupation.",
    hourly: "per hour",
    annual: "per year",
    outlook: "Employment outlook",
    outlook_note: "Job Bank's 3-year outlook, 2022–2024, by province and territory.",
    outlook_col: "Outlook",
    released: "Released",
    no_outlook: "Job Bank publishes no outlook for this occupation.",
    cops: "Canada-wide projection, 2024–2033 (COPS)",
    employment_2023: "Employment in 2023",
    job_openings: "Job openings, 2024–2033",
    job_seekers: "Job seekers, 2024–2033",
    recent_conditions: "Labour market, 2021–2023",
    future_conditions: "Labour market, 2024–2033",
    census: "Median employment income, 2020 (2021 Census)",
    census_aggregate: "figure for all senior managers together (00011–00015)",
    immigration: "Express Entry and this occupation",
    programs_caption: "Can work experience in this occupation count?",
    program: "Program",
    counts: "Counts?",
    why: "Why",
    fsw: "Federal Skilled Worker (FSW)",
    cec: "Canadian Experience Class (CEC)",
    fst: "Federal Skilled Trades (FST)",
    yes: "Yes",
    no: "No",
    categories: "Category-based selection",
    categories_none: "No category list of Express Entry names this occupation.",
    category_current: "current list",
    category_past: "earlier list",
    category_unconfirmed: "list copied from secondary sources, not yet confirmed against IRCC",
    french_category: "The French-language category does not depend on the occupation: it needs strong French (NCLC 7 or more in all four abilities).",
    faq: "Common questions",
    q_apply: "Can I apply through Express Entry with this occupation?",
    q_language: "What language level do I need?",
    q_category: "Is this occupation in a category-based draw?",
    other_requirements: "The occupation is only one condition: each program also has requirements for work experience, language, education and funds.",
    ai_heading: "Tasks exposed to AI language models",
    ai_human: "Human raters",
    ai_gpt4: "GPT-4 rating",
    ai_compare: "Compared with occupations in the same group",
    ai_is_not: "What this figure is, and is not",
    ai_points: [
        "It measures how many of the occupation's tasks a language model could speed up; it is not a forecast of job losses or wages.",
        "It comes from US task data (O*NET), mapped to Canadian occupations through a crosswalk.",
        "It covers language models and software built on them, not robots or other machines.",
        "It is an estimate made by this project, not a Statistics Canada figure.",
    ],
    ai_none: "No estimate",
    ai_sources: "Sources of the estimate",
    sources: "Sources",
    licence: "Licence",
    disclaimer: "Information, not legal advice: check IRCC and the official NOC before you apply.",
    back: "Back to",
    check_eligibility: "Check my eligibility",
    at_a_glance: "Express Entry at a glance",
    show_details: "Show the full card",
    hide_details: "Show less",
    not_a_code: "No occupation to show",
    did_you_mean: "Did you mean:",
    no_suggestion: "Search for the occupation by its title instead.",
    open_card: "Open the card of",
};

const FR: CardText = CardText {
    loading: "Chargement de la profession…",
    load_failed: "Les données de la profession n’ont pas pu être chargées. Vérifiez votre connexion et rechargez la page.",
    noc_label: "CNP 2021",
    teer: "FÉER",
    classification: "Place dans la CNP",
    definition: "Définition",
    illustrative: "Exemples d’appellations d’emploi",
    inclusions: "Également compris dans ce groupe",
    exclusions: "Exclus de ce groupe",
    exclusions_note: "Ces professions font partie d’autres groupes de base :",
    duties: "Fonctions principales",
    requirements: "Conditions d’accès à la profession",
    additional: "Renseignements supplémentaires",
    wages: "Salaires",
    wages_note: "Salaires bas, médian et élevé publiés par le Guichet-Emplois. « Aucune donnée » signifie qu’aucun chiffre n’est publié; les provinces et territoires absents n’en ont pas.",
    region: "Région",
    low: "Bas",
    median: "Médian",
    high: "Élevé",
    period: "Période",
    no_data: "aucune donnée",
    no_wages: "Le Guichet-Emplois ne publie aucun salaire pour cette profession.",
    hourly: "l’heure",
    annual: "par année",
    outlook: "Perspectives d’emploi",
    outlook_note: "Perspectives sur 3 ans du Guichet-Emplois, 2022–2024, par province et territoire.",
    outlook_col: "Perspectives",
    released: "Publication",
    no_outlook: "Le Guichet-Emplois ne publie aucune perspective pour cette profession.",
    cops: "Projection pour l’ensemble du Canada, 2024–2033 (SPPC)",
    employment_2023: "Emploi en 2023",
    job_openings: "Possibilités d’emploi, 2024–2033",
    job_seekers: "Chercheurs d’emploi, 2024–2033",
    recent_conditions: "Marché du travail, 2021–2023",
    future_conditions: "Marché du travail, 2024–2033",
    census: "Revenu d’emploi médian, 2020 (Recensement de 2021)",
    census_aggregate: "chiffre de l’ensemble des cadres supérieurs (00011–00015)",
    immigration: "Entrée express et cette profession",
    programs_caption: "L’expérience de travail dans cette profession peut-elle compter?",
    program: "Programme",
    counts: "Compte?",
    why: "Pourquoi",
    fsw: "Programme des travailleurs qualifiés (fédéral)",
    cec: "Catégorie de l’expérience canadienne (CEC)",
    fst: "Programme des travailleurs de métiers spécialisés (fédéral)",
    yes: "Oui",
    no: "Non",
    categories: "Sélection par catégorie",
    categories_none: "Aucune liste de catégorie d’Entrée express ne nomme cette profession.",
    category_current: "liste en vigueur",
    category_past: "liste antérieure",
    category_unconfirmed: "liste reprise de sources secondaires, pas encore confirmée auprès d’IRCC",
    french_category: "La catégorie du français ne dépend pas de la profession : elle exige une bonne maîtrise du français (NCLC 7 ou plus dans les quatre habiletés).",
    faq: "Questions fréquentes",
    q_apply: "Puis-je présenter une demande par Entrée express avec cette profession?",
    q_language: "Quel niveau de langue me faut-il?",
    q_category: "Cette profession fait-elle partie d’une ronde par catégorie?",
    other_requirements: "La profession n’est qu’une condition : chaque programme exige aussi de l’expérience de travail, un niveau de langue, des études et des fonds.",
    ai_heading: "Tâches exposées aux modèles de langage (IA)",
    ai_human: "Évaluateurs humains",
    ai_gpt4: "Évaluation de GPT-4",
    ai_compare: "Comparaison avec des professions du même groupe",
    ai_is_not: "Ce que ce chiffre est, et n’est pas",
    ai_points: [
        "Il mesure combien de tâches de la profession un modèle de langage pourrait accélérer; ce n’est pas une prévision de pertes d’emplois ni de salaires.",
        "Il provient de données américaines sur les tâches (O*NET), appliquées aux professions canadiennes au moyen d’une table de correspondance.",
        "Il porte sur les modèles de langage et les logiciels qui s’en servent, pas sur les robots ni les autres machines.",
        "C’est une estimation faite par ce projet, pas un chiffre de Statistique Canada.",
    ],
    ai_none: "Aucune estimation",
    ai_sources: "Sources de l’estimation",
    sources: "Sources",
    licence: "Licence",
    disclaimer: "Information, et non avis juridique : vérifiez auprès d’IRCC et de la CNP officielle avant de présenter une demande.",
    back: "Retour à",
    check_eligibility: "Vérifier mon admissibilité",
    at_a_glance: "Entrée express en bref",
    show_details: "Afficher la fiche complète",
    hide_details: "Afficher moins",
    not_a_code: "Aucune profession à afficher",
    did_you_mean: "Vouliez-vous dire :",
    no_suggestion: "Cherchez plutôt la profession par son appellation.",
    open_card: "Ouvrir la fiche de",
};

pub fn text(lang: Lang) -> &'static CardText {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// What a TEER category means, in plain words (TEER 0–5).
pub fn teer_meaning(lang: Lang, level: u8) -> &'static str {
    match (lang, level) {
        (Lang::En, 0) => "Management jobs: planning, directing and coordinating the work of an organization or a unit.",
        (Lang::En, 1) => "Jobs that usually need a university degree.",
        (Lang::En, 2) => "Jobs that usually need a college diploma or an apprenticeship of two years or more, or that supervise others.",
        (Lang::En, 3) => "Jobs that usually need a college diploma or an apprenticeship of less than two years, or more than six months of training on the job.",
        (Lang::En, 4) => "Jobs that usually need a high school diploma or several weeks of training on the job.",
        (Lang::En, _) => "Jobs that are usually learned through a short demonstration, with no formal education needed.",
        (Lang::Fr, 0) => "Postes de gestion : planifier, diriger et coordonner le travail d’une organisation ou d’un service.",
        (Lang::Fr, 1) => "Emplois qui exigent habituellement un diplôme universitaire.",
        (Lang::Fr, 2) => "Emplois qui exigent habituellement un diplôme d’études collégiales ou un apprentissage de deux ans ou plus, ou qui comportent de la supervision.",
        (Lang::Fr, 3) => "Emplois qui exigent habituellement un diplôme d’études collégiales ou un apprentissage de moins de deux ans, ou plus de six mois de formation en cours d’emploi.",
        (Lang::Fr, 4) => "Emplois qui exigent habituellement un diplôme d’études secondaires ou quelques semaines de formation en cours d’emploi.",
        (Lang::Fr, _) => "Emplois qui s’apprennent habituellement par une courte démonstration, sans études particulières.",
    }
}

/// "TEER 2" / "FÉER 2".
pub fn teer_badge(lang: Lang, level: u8) -> String {
    format!("{} {level}", text(lang).teer)
}

/// Summary of the disclosure holding every example title.
pub fn all_examples(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("All {n} job titles in this group"),
        Lang::Fr => format!("Les {n} appellations d’emploi de ce groupe"),
    }
}

/// Name of a province or territory (NAT is Canada).
pub fn region_name(lang: Lang, geo: noc_data::Geo) -> &'static str {
    use noc_data::Geo::*;
    match (lang, geo) {
        (_, NAT) => "Canada",
        (Lang::En, NL) => "Newfoundland and Labrador",
        (Lang::Fr, NL) => "Terre-Neuve-et-Labrador",
        (Lang::En, PE) => "Prince Edward Island",
        (Lang::Fr, PE) => "Île-du-Prince-Édouard",
        (Lang::En, NS) => "Nova Scotia",
        (Lang::Fr, NS) => "Nouvelle-Écosse",
        (Lang::En, NB) => "New Brunswick",
        (Lang::Fr, NB) => "Nouveau-Brunswick",
        (Lang::En, QC) => "Quebec",
        (Lang::Fr, QC) => "Québec",
        (_, ON) => "Ontario",
        (_, MB) => "Manitoba",
        (_, SK) => "Saskatchewan",
        (_, AB) => "Alberta",
        (Lang::En, BC) => "British Columbia",
        (Lang::Fr, BC) => "Colombie-Britannique",
        (_, YT) => "Yukon",
        (Lang::En, NT) => "Northwest Territories",
        (Lang::Fr, NT) => "Territoires du Nord-Ouest",
        (_, NU) => "Nunavut",
    }
}

pub fn outlook_word(lang: Lang, rating: noc_data::OutlookRating) -> &'static str {
    use noc_data::OutlookRating::*;
    match (lang, rating) {
        (Lang::En, VeryGood) => "Very good",
        (Lang::En, Good) => "Good",
        (Lang::En, Moderate) => "Moderate",
        (Lang::En, Limited) => "Limited",
        (Lang::En, VeryLimited) => "Very limited",
        (Lang::En, Undetermined) => "Undetermined",
        (Lang::En, Unavailable) => "No data",
        (Lang::Fr, VeryGood) => "Très bonnes",
        (Lang::Fr, Good) => "Bonnes",
        (Lang::Fr, Moderate) => "Modérées",
        (Lang::Fr, Limited) => "Limitées",
        (Lang::Fr, VeryLimited) => "Très limitées",
        (Lang::Fr, Undetermined) => "Indéterminées",
        (Lang::Fr, Unavailable) => "Aucune donnée",
    }
}

/// 1234567 → "1,234,567" (EN) or "1 234 567" (FR, narrow no-break spaces).
pub fn thousands(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = if lang == Lang::En { ',' } else { '\u{202f}' };
    let mut out = String::new();
    if n < 0 {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Dollars: "$36.00" / "36,00 $" with cents for hourly figures, whole dollars for annual ones.
pub fn money(lang: Lang, dollars: f64, cents: bool) -> String {
    let total = (dollars * 100.0).round() as i64;
    let whole = thousands(lang, total / 100);
    match (lang, cents) {
        (Lang::En, true) => format!("${whole}.{:02}", total % 100),
        (Lang::Fr, true) => format!("{whole},{:02}\u{a0}$", total % 100),
        (Lang::En, false) => format!("${whole}"),
        (Lang::Fr, false) => format!("{whole}\u{a0}$"),
    }
}

/// A share 0–1 as a percentage with one decimal: "57.0%" / "57,0 %".
pub fn percent(lang: Lang, share: f64) -> String {
    let s = crate::decimal::one_decimal(share * 100.0);
    match lang {
        Lang::En => format!("{s}%"),
        Lang::Fr => format!("{}\u{a0}%", s.replace('.', ",")),
    }
}

/// Line under the sources: the rules' date.
pub fn rules_as_of(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!("Express Entry rules as of {date}."),
        Lang::Fr => format!("Règles d’Entrée express en vigueur au {date}."),
    }
}

pub fn data_version(lang: Lang, version: &str) -> String {
    match lang {
        Lang::En => format!("Data: {version}."),
        Lang::Fr => format!("Données : {version}."),
    }
}

/// Message for a code that is not a NOC 2021 unit group.
pub fn bad_code(lang: Lang, error: &noc_data::CardError) -> String {
    use noc_data::{CardError, CodeProblem};
    match (lang, error) {
        (
            Lang::En,
            CardError::Malformed {
                problem: CodeProblem::Empty,
                ..
            },
        ) => "No NOC code was given.".to_owned(),
        (
            Lang::Fr,
            CardError::Malformed {
                problem: CodeProblem::Empty,
                ..
            },
        ) => "Aucun code de la CNP n’a été donné.".to_owned(),
        (
            Lang::En,
            CardError::Malformed {
                input,
                problem: CodeProblem::NotDigits { .. },
                ..
            },
        ) => {
            format!(
                "“{}” is not a NOC code: a code has only digits, such as 22220.",
                input.trim()
            )
        }
        (
            Lang::Fr,
            CardError::Malformed {
                input,
                problem: CodeProblem::NotDigits { .. },
                ..
            },
        ) => {
            format!(
                "« {} » n’est pas un code de la CNP : un code n’a que des chiffres, comme 22220.",
                input.trim()
            )
        }
        (
            Lang::En,
            CardError::Malformed {
                input,
                problem: CodeProblem::WrongLength { digits },
                ..
            },
        ) => {
            format!(
                "“{}” has {digits} digits; a NOC 2021 unit group code has 5, such as 22220.",
                input.trim()
            )
        }
        (
            Lang::Fr,
            CardError::Malformed {
                input,
                problem: CodeProblem::WrongLength { digits },
                ..
            },
        ) => {
            format!("« {} » a {digits} chiffres; un code de groupe de base de la CNP 2021 en a 5, comme 22220.", input.trim())
        }
        (Lang::En, CardError::Unknown { code, .. }) => {
            format!("No NOC 2021 unit group has the code {code}.")
        }
        (Lang::Fr, CardError::Unknown { code, .. }) => {
            format!("Aucun groupe de base de la CNP 2021 n’a le code {code}.")
        }
        (Lang::En, CardError::MissingChunks { .. }) => EN.loading.to_owned(),
        (Lang::Fr, CardError::MissingChunks { .. }) => FR.loading.to_owned(),
    }
}

/// Why a suggestion is offered.
pub fn suggestion_reason(lang: Lang, reason: noc_data::SuggestionReason) -> &'static str {
    use noc_data::SuggestionReason::*;
    match (lang, reason) {
        (Lang::En, SamePrefix) => "similar code",
        (Lang::Fr, SamePrefix) => "code semblable",
        (Lang::En, InClass) => "in this group",
        (Lang::Fr, InClass) => "dans ce groupe",
        (Lang::En, Noc2016Successor) => "NOC 2021 successor of this 2016 code",
        (Lang::Fr, Noc2016Successor) => "successeur CNP 2021 de ce code de 2016",
    }
}

/// ": " in English, "\u{a0}: " in French.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{a0}: ",
    }
}
