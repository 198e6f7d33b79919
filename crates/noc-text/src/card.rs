//! Strings of the occupation card (`<noc-card>`), English and French.
//!
//! Fixed labels live in one [`CardText`] table per language; sentences with values are functions.
//! Number formats follow each language (EN "$1,234.50", FR "1 234,50 $", "45,2 %").
use noc_data::Lang;

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
    let s = format!("{:.1}", share * 100.0);
    match lang {
        Lang::En => format!("{s}%"),
        Lang::Fr => format!("{}\u{a0}%", s.replace('.', ",")),
    }
}

/// Headline sentence of the AI panel.
pub fn ai_headline(lang: Lang, share: &str) -> String {
    match lang {
        Lang::En => format!("{share} of this occupation's tasks are exposed: a large language model, alone or in software built on it, could cut the time they take by half or more."),
        Lang::Fr => format!("{share} des tâches de cette profession sont exposées : un grand modèle de langage, seul ou dans un logiciel qui s’en sert, pourrait réduire de moitié ou plus le temps qu’elles prennent."),
    }
}

/// Where the occupation stands among all scored unit groups.
pub fn ai_rank(lang: Lang, rank: u16, total: u16, percentile: u8) -> String {
    match lang {
        Lang::En => format!("Rank {rank} of {total} scored unit groups (1 = most exposed): more exposed than {percentile}% of them."),
        Lang::Fr => format!("Rang {rank} sur {total} groupes de base évalués (1 = le plus exposé) : plus exposé que {percentile}\u{a0}% d’entre eux."),
    }
}

/// Accessible name of a bar: "Human raters: 57.0% of tasks".
pub fn ai_bar_label(lang: Lang, who: &str, share: &str) -> String {
    match lang {
        Lang::En => format!("{who}: {share} of tasks exposed"),
        Lang::Fr => format!("{who} : {share} des tâches exposées"),
    }
}

pub fn ai_partial(lang: Lang, scored: usize, mapped: u16) -> String {
    match lang {
        Lang::En => format!("Based on {scored} of the {mapped} US occupations mapped to this group; the others have no task scores."),
        Lang::Fr => format!("Calculé sur {scored} des {mapped} professions américaines associées à ce groupe; les autres n’ont pas de données sur les tâches."),
    }
}

pub fn ai_missing_reason(lang: Lang, reason: Option<noc_data::AiUnscoredReason>) -> &'static str {
    use noc_data::AiUnscoredReason::*;
    match (lang, reason) {
        (Lang::En, Some(NoCrosswalkRow)) => "the NOC–O*NET crosswalk has no match for this unit group, so no US task data can be linked to it.",
        (Lang::En, Some(OnlyMilitaryCodes)) => "it matches only US military occupations, which have no task data.",
        (Lang::En, Some(OnlyAllOtherCodes)) => "it matches only US \"All Other\" occupations, which have no task data.",
        (Lang::En, None) => "no task data is linked to this unit group.",
        (Lang::Fr, Some(NoCrosswalkRow)) => "la table de correspondance CNP–O*NET n’a aucune correspondance pour ce groupe de base; aucune donnée américaine sur les tâches ne peut y être liée.",
        (Lang::Fr, Some(OnlyMilitaryCodes)) => "il correspond seulement à des professions militaires américaines, qui n’ont pas de données sur les tâches.",
        (Lang::Fr, Some(OnlyAllOtherCodes)) => "il correspond seulement à des professions américaines « All Other », qui n’ont pas de données sur les tâches.",
        (Lang::Fr, None) => "aucune donnée sur les tâches n’est liée à ce groupe de base.",
    }
}

/// How the paper is cited under the panel.
pub fn ai_citation(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Eloundou, T., Manning, S., Mishkin, P. and Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384(6702), 1306–1308. Occupation scores mapped to NOC 2021 with the Dais NOC–O*NET crosswalk; figures derived by this project.",
        Lang::Fr => "Eloundou, T., Manning, S., Mishkin, P. et Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384(6702), 1306–1308. Scores des professions appliqués à la CNP 2021 avec la table de correspondance CNP–O*NET du Dais; chiffres calculés par ce projet.",
    }
}

/// The reason behind a program verdict (`ee_rules::occupation_programs`).
/// `group` is the title of the trade group a trade reason names, when the data has it.
pub fn program_reason(
    lang: Lang,
    reason: ee_rules::ProgramReason,
    teer: Option<u8>,
    group: Option<&str>,
) -> String {
    use ee_rules::ProgramReason::*;
    let t = teer.map(|t| t.to_string()).unwrap_or_default();
    match (lang, reason) {
        (Lang::En, Teer0To3) => format!("TEER {t} work is skilled work (TEER 0 to 3)."),
        (Lang::Fr, Teer0To3) => format!("Le travail de FÉER {t} est du travail qualifié (FÉER 0 à 3)."),
        (Lang::En, Teer4Or5NotSkilled) => format!("TEER {t} work does not count as skilled work (only TEER 0 to 3 does)."),
        (Lang::Fr, Teer4Or5NotSkilled) => format!("Le travail de FÉER {t} ne compte pas comme travail qualifié (seules les FÉER 0 à 3 comptent)."),
        (Lang::En, ExcludedTrade(g)) => format!("Group {} is excluded from the skilled trades list.", group.unwrap_or(g.code)),
        (Lang::Fr, ExcludedTrade(g)) => format!("Le groupe {} est exclu de la liste des métiers spécialisés.", group.unwrap_or(g.code)),
        (Lang::En, NotListedTrade) => "Only listed skilled trades count, and this occupation is not one of them.".to_owned(),
        (Lang::Fr, NotListedTrade) => "Seuls les métiers spécialisés de la liste comptent, et cette profession n’en fait pas partie.".to_owned(),
        (Lang::En, ListedTrade(g)) => format!("It is a listed skilled trade: {}.", group.unwrap_or(g.code)),
        (Lang::Fr, ListedTrade(g)) => format!("C’est un métier spécialisé de la liste : {}.", group.unwrap_or(g.code)),
        (Lang::En, InvalidNocCode) => "This is not a valid NOC 2021 unit group code.".to_owned(),
        (Lang::Fr, InvalidNocCode) => "Ce n’est pas un code de groupe de base valide de la CNP 2021.".to_owned(),
    }
}

/// The NOC group a trade reason names (its entry in the dated trade list), if any.
pub fn trade_group(reason: ee_rules::ProgramReason) -> Option<&'static ee_rules::trades::FstGroup> {
    match reason {
        ee_rules::ProgramReason::ListedTrade(g) | ee_rules::ProgramReason::ExcludedTrade(g) => {
            Some(g)
        }
        _ => None,
    }
}

/// Name of a program or category a round was for (the categories are those of
/// `ee_rules::CATEGORY_LISTS`).
pub fn class_label(lang: Lang, class: ee_rules::RoundClass) -> &'static str {
    use ee_rules::RoundClass::*;
    let (en, fr) = match class {
        AllPrograms => ("All programs", "Tous les programmes"),
        CanadianExperienceClass => (
            "Canadian Experience Class",
            "Catégorie de l’expérience canadienne",
        ),
        ProvincialNomineeProgram => (
            "Provincial Nominee Program",
            "Programme des candidats des provinces",
        ),
        FederalSkilledWorker => ("Federal Skilled Worker", "Travailleurs qualifiés (fédéral)"),
        FederalSkilledTrades => ("Federal Skilled Trades", "Métiers spécialisés (fédéral)"),
        FrenchLanguage => ("French-language proficiency", "Connaissance du français"),
        HealthcareSocialServices => (
            "Healthcare and social services",
            "Soins de santé et services sociaux",
        ),
        Stem => (
            "Science, technology, engineering and math (STEM)",
            "Sciences, technologies, génie et mathématiques (STGM)",
        ),
        Trades => ("Trades", "Métiers"),
        Education => ("Education", "Éducation"),
        Transport => ("Transport", "Transport"),
        PhysiciansCanadianExperience => (
            "Physicians with Canadian work experience",
            "Médecins ayant de l’expérience de travail au Canada",
        ),
        ResearchersCanadianExperience => (
            "Researchers with Canadian work experience",
            "Chercheurs ayant de l’expérience de travail au Canada",
        ),
        SeniorManagersCanadianExperience => (
            "Senior managers with Canadian work experience",
            "Cadres supérieurs ayant de l’expérience de travail au Canada",
        ),
        SkilledMilitaryRecruits => ("Skilled military recruits", "Recrues militaires qualifiées"),
        AgricultureAgriFood => (
            "Agriculture and agri-food",
            "Agriculture et agroalimentaire",
        ),
    };
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

pub fn category_name(lang: Lang, category: ee_rules::RoundClass) -> String {
    class_label(lang, category).to_owned()
}

/// What a category asks beyond the occupation.
pub fn category_condition(
    lang: Lang,
    condition: ee_rules::categories::CategoryCondition,
) -> &'static str {
    use ee_rules::categories::CategoryCondition::*;
    match (lang, condition) {
        (Lang::En, ListedOccupationExperience) => "Needs recent work experience in this occupation (IRCC sets the minimum for each round).",
        (Lang::Fr, ListedOccupationExperience) => "Exige de l’expérience de travail récente dans cette profession (IRCC fixe le minimum pour chaque ronde).",
        (Lang::En, CanadianExperienceInOccupation) => "The work experience in this occupation must have been gained in Canada.",
        (Lang::Fr, CanadianExperienceInOccupation) => "L’expérience de travail dans cette profession doit avoir été acquise au Canada.",
        (Lang::En, CanadianArmedForcesRecruitment) => "Needs a job offer from the Canadian Forces Recruiting Group and military experience abroad.",
        (Lang::Fr, CanadianArmedForcesRecruitment) => "Exige une offre d’emploi du Groupe du recrutement des Forces canadiennes et de l’expérience militaire à l’étranger.",
        (Lang::En, FrenchNclc7) => "Needs NCLC 7 or more in French in all four abilities.",
        (Lang::Fr, FrenchNclc7) => "Exige le NCLC 7 ou plus en français dans les quatre habiletés.",
    }
}

/// "list of 2026-02-18" / "until 2026-02-17".
pub fn category_dates(lang: Lang, from: &str, until: Option<&str>) -> String {
    match (lang, until) {
        (Lang::En, None) => format!("list dated {from}"),
        (Lang::Fr, None) => format!("liste du {from}"),
        (Lang::En, Some(u)) => format!("list dated {from}, in force until {u}"),
        (Lang::Fr, Some(u)) => format!("liste du {from}, en vigueur jusqu’au {u}"),
    }
}

/// Answer to "Can I apply through Express Entry with this occupation?".
pub fn answer_apply(lang: Lang, teer: u8, fsw_cec: bool, fst: bool) -> String {
    match (lang, fsw_cec, fst) {
        (Lang::En, true, true) => format!("Yes. Work in this occupation (TEER {teer}) can count as qualifying experience for the Federal Skilled Worker program, the Canadian Experience Class and the Federal Skilled Trades program."),
        (Lang::Fr, true, true) => format!("Oui. Le travail dans cette profession (FÉER {teer}) peut compter comme expérience admissible pour le Programme des travailleurs qualifiés (fédéral), la Catégorie de l’expérience canadienne et le Programme des travailleurs de métiers spécialisés (fédéral)."),
        (Lang::En, true, false) => format!("Yes. Work in this occupation (TEER {teer}) can count as qualifying experience for the Federal Skilled Worker program and the Canadian Experience Class. It is not a listed skilled trade, so it does not count for the Federal Skilled Trades program."),
        (Lang::Fr, true, false) => format!("Oui. Le travail dans cette profession (FÉER {teer}) peut compter comme expérience admissible pour le Programme des travailleurs qualifiés (fédéral) et la Catégorie de l’expérience canadienne. Ce n’est pas un métier spécialisé de la liste : il ne compte pas pour le Programme des travailleurs de métiers spécialisés (fédéral)."),
        (Lang::En, false, _) => format!("Not with this occupation alone. Express Entry programs count only skilled work (TEER 0 to 3), and this occupation is TEER {teer}. Provincial nominee programs may have other options."),
        (Lang::Fr, false, _) => format!("Pas avec cette profession seule. Les programmes d’Entrée express ne comptent que le travail qualifié (FÉER 0 à 3), et cette profession est de FÉER {teer}. Les programmes des candidats des provinces peuvent offrir d’autres possibilités."),
    }
}

/// Answer to "What language level do I need?". `fst` is the FST minimum per ability
/// (speaking, listening, reading, writing) when the occupation is a listed trade.
pub fn answer_language(
    lang: Lang,
    fsw_min: u8,
    cec_min: Option<u8>,
    fst: Option<[u8; 4]>,
) -> String {
    let Some(cec) = cec_min else {
        return match lang {
            Lang::En => "Express Entry's minimums do not apply here, because experience in this occupation does not count for its programs.".to_owned(),
            Lang::Fr => "Les minimums d’Entrée express ne s’appliquent pas ici, car l’expérience dans cette profession ne compte pas pour ses programmes.".to_owned(),
        };
    };
    let mut out = match lang {
        Lang::En => format!("In your first official language, in all four abilities: CLB {fsw_min} for the Federal Skilled Worker program; CLB {cec} for the Canadian Experience Class with experience in this occupation."),
        Lang::Fr => format!("Dans votre première langue officielle, pour les quatre habiletés : NCLC {fsw_min} pour le Programme des travailleurs qualifiés (fédéral); NCLC {cec} pour la Catégorie de l’expérience canadienne avec de l’expérience dans cette profession."),
    };
    if let Some([s, l, r, w]) = fst {
        out.push(' ');
        out.push_str(&match lang {
            Lang::En => format!("Federal Skilled Trades: CLB {s} in speaking, {l} in listening, {r} in reading and {w} in writing."),
            Lang::Fr => format!("Métiers spécialisés (fédéral) : NCLC {s} à l’oral (expression), {l} en compréhension de l’oral, {r} en lecture et {w} à l’écrit."),
        });
    }
    out.push(' ');
    out.push_str(match lang {
        Lang::En => "Higher levels earn more CRS points.",
        Lang::Fr => "Des niveaux plus élevés rapportent plus de points au SCG.",
    });
    out
}

/// Answer to "Is this occupation in a category-based draw?".
pub fn answer_category(lang: Lang, current: &[String]) -> String {
    match (lang, current.is_empty()) {
        (Lang::En, true) => "No current category list names this occupation; it can still be invited in general and program rounds.".to_owned(),
        (Lang::Fr, true) => "Aucune liste de catégorie en vigueur ne nomme cette profession; elle peut tout de même être invitée lors des rondes générales et par programme.".to_owned(),
        (Lang::En, false) => format!("Yes, it is on the current list for: {}.", current.join("; ")),
        (Lang::Fr, false) => format!("Oui, elle figure sur la liste en vigueur de : {}.", current.join("; ")),
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
