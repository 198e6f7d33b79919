//! The card's AI-exposure section: headline, rank, bars, partial scores, why a score is missing.
use super::*;

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
