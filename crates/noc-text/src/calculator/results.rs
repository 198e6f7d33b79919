//! The results' words: CRS sections and factors, the FSW grid, unmet requirements, notices, the
//! rules' and draws' dates, proof of funds.
use super::*;

pub fn section(lang: Lang, section: ee_rules::CrsSection) -> &'static str {
    use ee_rules::CrsSection::*;
    match section {
        Core => pick(
            lang,
            "Core: human capital",
            "Facteurs de base : capital humain",
        ),
        Spouse => pick(lang, "Spouse or partner", "Époux ou conjoint de fait"),
        Transferability => pick(
            lang,
            "Skill transferability",
            "Transférabilité des compétences",
        ),
        Additional => pick(lang, "Additional points", "Points supplémentaires"),
    }
}

pub fn factor(lang: Lang, factor: ee_rules::CrsFactor) -> &'static str {
    use ee_rules::CrsFactor::*;
    match factor {
        Age => pick(lang, "Age", "Âge"),
        Education => pick(lang, "Education", "Études"),
        FirstOfficialLanguage => pick(
            lang,
            "First official language",
            "Première langue officielle",
        ),
        SecondOfficialLanguage => pick(
            lang,
            "Second official language",
            "Deuxième langue officielle",
        ),
        CanadianWorkExperience => pick(
            lang,
            "Canadian work experience",
            "Expérience de travail au Canada",
        ),
        SpouseEducation => pick(lang, "Spouse’s education", "Études de l’époux"),
        SpouseFirstOfficialLanguage => pick(
            lang,
            "Spouse’s first official language",
            "Première langue officielle de l’époux",
        ),
        SpouseCanadianWorkExperience => pick(
            lang,
            "Spouse’s Canadian work experience",
            "Expérience canadienne de l’époux",
        ),
        TransferabilityEducation => pick(
            lang,
            "Education with language or Canadian work",
            "Études avec langue ou travail au Canada",
        ),
        TransferabilityForeignWork => pick(
            lang,
            "Foreign work with language or Canadian work",
            "Travail à l’étranger avec langue ou travail au Canada",
        ),
        TransferabilityCertificate => pick(
            lang,
            "Trade certificate with language",
            "Certificat de compétence avec langue",
        ),
        ProvincialNomination => pick(lang, "Provincial nomination", "Désignation provinciale"),
        JobOffer => pick(lang, "Job offer", "Offre d’emploi"),
        FrenchLanguage => pick(lang, "French-language skills", "Compétences en français"),
        CanadianEducation => pick(
            lang,
            "Post-secondary education in Canada",
            "Études postsecondaires au Canada",
        ),
        SiblingInCanada => pick(
            lang,
            "Brother or sister in Canada",
            "Frère ou sœur au Canada",
        ),
    }
}

pub fn fsw_factor(lang: Lang, factor: ee_rules::FswFactor) -> &'static str {
    use ee_rules::FswFactor::*;
    match factor {
        Language => pick(lang, "Official languages", "Langues officielles"),
        Education => pick(lang, "Education", "Études"),
        Experience => pick(lang, "Work experience", "Expérience de travail"),
        Age => pick(lang, "Age", "Âge"),
        ArrangedEmployment => pick(lang, "Arranged employment", "Emploi réservé"),
        Adaptability => pick(lang, "Adaptability", "Capacité d’adaptation"),
    }
}

/// The program whose requirement is unmet, for program-specific sentences.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Program {
    Fsw,
    Cec,
    Fst,
}

/// Plain sentence for an `unmet` key of a program; the minimums come from the rule set in force.
pub fn unmet(
    lang: Lang,
    program: Program,
    key: ee_rules::Unmet,
    points: u16,
    pass_mark: u16,
) -> String {
    use ee_rules::Unmet::*;
    let rules = ee_rules::ruleset::current();
    let m = rules.programs;
    let level = pick(lang, "CLB", "NCLC");
    match (key, program) {
        (WorkExperience, _) => pick(lang, "At least one year of skilled work (in Canada and abroad together).", "Au moins un an de travail qualifié (au Canada et à l’étranger ensemble).").into(),
        (WorkTeer, _) => pick(lang, "Your main experience must be in a TEER 0, 1, 2 or 3 occupation.", "Votre expérience principale doit être dans une profession FÉER 0, 1, 2 ou 3.").into(),
        (FirstLanguage, Program::Fsw) => {
            let n = rules.fsw.min_first_language;
            match lang {
                Lang::En => format!("{level} {n} or more in all four abilities of your first official language."),
                Lang::Fr => format!("{level} {n} ou plus dans les quatre compétences de votre première langue officielle."),
            }
        }
        (FirstLanguage, Program::Cec) => {
            let (high, low) = (m.cec_clb_teer_0_1, m.cec_clb_teer_2_3);
            match lang {
                Lang::En => format!("{level} {high} in all four abilities (TEER 0 or 1), or {level} {low} (TEER 2 or 3), in your first official language."),
                Lang::Fr => format!("{level} {high} dans les quatre compétences (FÉER 0 ou 1), ou {level} {low} (FÉER 2 ou 3), dans votre première langue officielle."),
            }
        }
        (FirstLanguage, Program::Fst) => {
            let [s, l, r, w] = m.fst_clb;
            match lang {
                Lang::En => format!("{level} {s} in speaking, {level} {l} in listening, {level} {r} in reading and {level} {w} in writing, in your first official language."),
                Lang::Fr => format!("{level} {s} en expression orale, {level} {l} en compréhension de l’oral, {level} {r} en compréhension de l’écrit et {level} {w} en expression écrite, dans votre première langue officielle."),
            }
        }
        (Education, _) => pick(lang, "A secondary school diploma or a post-secondary credential.", "Un diplôme d’études secondaires ou postsecondaires.").into(),
        (Points, _) => match lang {
            Lang::En => format!("{pass_mark} points on the grid; you have {points}."),
            Lang::Fr => format!("{pass_mark} points dans la grille; vous en avez {points}."),
        },
        (SettlementFunds, _) => pick(lang, "Enough settlement funds for your family size (see proof of funds).", "Des fonds d’établissement suffisants pour la taille de votre famille (voir la preuve de fonds).").into(),
        (CanadianWorkYears, _) => match (lang, m.cec_canadian_work_years) {
            (Lang::En, 1) => "At least one year of skilled work in Canada in the last 3 years.".into(),
            (Lang::Fr, 1) => "Au moins un an de travail qualifié au Canada au cours des 3 dernières années.".into(),
            (Lang::En, n) => format!("At least {n} years of skilled work in Canada in the last 3 years."),
            (Lang::Fr, n) => format!("Au moins {n} ans de travail qualifié au Canada au cours des 3 dernières années."),
        },
        (TradeWorkYears, _) => match (lang, m.fst_trade_work_years) {
            (Lang::En, 2) => "At least two years of work in an eligible skilled trade in the last 5 years.".into(),
            (Lang::Fr, 2) => "Au moins deux ans de travail dans un métier spécialisé admissible au cours des 5 dernières années.".into(),
            (Lang::En, n) => format!("At least {n} years of work in an eligible skilled trade in the last 5 years."),
            (Lang::Fr, n) => format!("Au moins {n} ans de travail dans un métier spécialisé admissible au cours des 5 dernières années."),
        },
        (JobOfferOrCertificate, _) => pick(lang, "A certificate of qualification from a Canadian province or territory, or a valid job offer in an eligible trade.", "Un certificat de compétence d’une province ou d’un territoire canadien, ou une offre d’emploi valide dans un métier admissible.").into(),
    }
}

pub fn notice(lang: Lang, key: ee_rules::NoticeKey, since: Option<&str>) -> String {
    use ee_rules::NoticeKey::*;
    let since = since.unwrap_or("");
    // The rule set the calculator applies while an announced change is not in it.
    let applied = ee_rules::ruleset::current().in_force_from;
    match (key, lang) {
        (CrsChanged20261103, Lang::En) => format!("IRCC changed the CRS on {since}. The official new point values are not in this calculator yet: scores use the rules in force from {applied} until that day."),
        (CrsChanged20261103, Lang::Fr) => format!("IRCC a modifié le SCG le {since}. Les nouvelles valeurs officielles ne sont pas encore dans ce calculateur : les scores suivent les règles en vigueur du {applied} jusqu’à cette date."),
        (JobOfferNoCrsPoints, Lang::En) => format!("A job offer earns no CRS points since {since}; it still counts for the FSW grid, FST and proof of funds."),
        (JobOfferNoCrsPoints, Lang::Fr) => format!("Une offre d’emploi ne donne plus de points SCG depuis le {since}; elle compte encore pour la grille TQF, le PTMSF et la preuve de fonds."),
        (JobOfferTeerMismatch, Lang::En) => "The TEER given for the job offer differs from its NOC code.".into(),
        (JobOfferTeerMismatch, Lang::Fr) => "Le FÉER indiqué pour l’offre d’emploi ne correspond pas à son code CNP.".into(),
        (FundsTableMayBeOutdated, Lang::En) => format!("Proof-of-funds amounts are those in force since {since}; IRCC usually updates them every year."),
        (FundsTableMayBeOutdated, Lang::Fr) => format!("Les montants de la preuve de fonds sont ceux en vigueur depuis le {since}; IRCC les met généralement à jour chaque année."),
        (FamilySizeExcludesSpouse, Lang::En) => "You have a spouse but a family size of 1: proof of funds counts your spouse even if they do not come or are a citizen or permanent resident.".into(),
        (FamilySizeExcludesSpouse, Lang::Fr) => "Vous avez un époux mais une famille de 1 personne : la preuve de fonds compte l’époux même s’il ne vient pas ou est citoyen ou résident permanent.".into(),
    }
}

pub fn rules_as_of(lang: Lang, date: &str, rule_set: &str) -> String {
    match lang {
        Lang::En => format!("Rules as of {date} (rule set {rule_set})."),
        Lang::Fr => format!("Règles en date du {date} (version {rule_set})."),
    }
}

pub fn draws_as_of(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!("Rounds up to {date}."),
        Lang::Fr => format!("Rondes jusqu’au {date}."),
    }
}

pub fn funds_text(
    lang: Lang,
    required: &str,
    available: &str,
    family: u8,
    sufficient: bool,
    exempt: &[ee_rules::FundsExemption],
) -> String {
    use ee_rules::FundsExemption::*;
    if !exempt.is_empty() {
        let why: Vec<&str> = exempt
            .iter()
            .map(|r| match r {
                CecEligible => pick(
                    lang,
                    "you are eligible for the Canadian Experience Class",
                    "vous êtes admissible à la catégorie de l’expérience canadienne",
                ),
                ValidJobOffer => pick(
                    lang,
                    "you have a valid job offer",
                    "vous avez une offre d’emploi valide",
                ),
            })
            .collect();
        let sep = pick(lang, " and ", " et ");
        return match lang {
            Lang::En => format!("No proof of funds needed: {}.", why.join(sep)),
            Lang::Fr => format!("Aucune preuve de fonds requise : {}.", why.join(sep)),
        };
    }
    match (lang, sufficient) {
        (Lang::En, true) => format!("Enough: {required} CAD needed for a family of {family}; you have {available} CAD."),
        (Lang::En, false) => format!("Not enough: {required} CAD needed for a family of {family}; you have {available} CAD."),
        (Lang::Fr, true) => format!("Suffisant : {required} $ CA requis pour une famille de {family}; vous avez {available} $ CA."),
        (Lang::Fr, false) => format!("Insuffisant : {required} $ CA requis pour une famille de {family}; vous avez {available} $ CA."),
    }
}
