//! Where the reader stands: rounds of invitations by group and kind, the pool, category lists.
use super::*;

/// A round's program or category (one table of names for the card, the calculator and `noc`).
pub fn group(lang: Lang, class: ee_rules::RoundClass) -> &'static str {
    crate::card::class_label(lang, class)
}

pub fn kind(lang: Lang, kind: ee_rules::RoundKind) -> &'static str {
    use ee_rules::RoundKind::*;
    match kind {
        General => pick(lang, "general", "générale"),
        Program => pick(lang, "program", "programme"),
        Category => pick(lang, "category", "catégorie"),
    }
}

pub fn draws_summary(lang: Lang, score: u16, open: usize, above: usize) -> String {
    match lang {
        Lang::En => format!("Your score of {score} was at or above the cut-off in {above} of the {open} listed rounds open to you."),
        Lang::Fr => format!("Votre score de {score} atteignait le seuil dans {above} des {open} rondes listées qui vous étaient ouvertes."),
    }
}

pub fn not_in_pool(lang: Lang) -> &'static str {
    pick(lang, "You would not be in the Express Entry pool yet: no program is open to you (see above), so no round is.",
        "Vous ne seriez pas encore dans le bassin d’Entrée express : aucun programme ne vous est ouvert (voir plus haut), donc aucune ronde.")
}

/// What a category asks beyond the occupation, as a clause after its name in the calculator.
pub fn category_condition(
    lang: Lang,
    condition: ee_rules::categories::CategoryCondition,
) -> &'static str {
    use ee_rules::categories::CategoryCondition::*;
    match condition {
        ListedOccupationExperience => pick(lang, "with 12 months of experience in the occupation in the last 3 years", "avec 12 mois d’expérience dans la profession au cours des 3 dernières années"),
        CanadianExperienceInOccupation => pick(lang, "with 12 months of experience in the occupation in Canada in the last 3 years", "avec 12 mois d’expérience dans la profession au Canada au cours des 3 dernières années"),
        CanadianArmedForcesRecruitment => pick(lang, "with a job offer from the Canadian Forces Recruiting Group", "avec une offre d’emploi du Groupe du recrutement des Forces canadiennes"),
        FrenchNclc7 => pick(lang, "NCLC 7 or more in all four French abilities", "NCLC 7 ou plus dans les quatre compétences en français"),
    }
}

pub fn list_since(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!("list in force since {date}"),
        Lang::Fr => format!("liste en vigueur depuis le {date}"),
    }
}
