//! The card's Express Entry section: why a program counts the occupation, FST trade groups, round
//! classes and category lists, and the short answers (can I apply, what language, which category).
use super::*;

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
