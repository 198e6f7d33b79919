//! Advice: what-if suggestions, the timeline of points to come, age from a birth date.
use super::*;

fn slot(lang: Lang, slot: ee_rules::advisor::LanguageSlot) -> &'static str {
    use ee_rules::advisor::LanguageSlot::*;
    match slot {
        First => pick(
            lang,
            "first official language",
            "première langue officielle",
        ),
        Second => pick(
            lang,
            "second official language",
            "deuxième langue officielle",
        ),
        Spouse => pick(lang, "spouse’s language", "langue de l’époux"),
    }
}

/// A suggestion in words, from the advisor's detail.
pub fn suggestion(lang: Lang, d: &ee_rules::SuggestionDetail) -> String {
    use ee_rules::advisor::LanguageSlot;
    use ee_rules::SuggestionDetail as D;
    use ee_rules::{EducationField, YearsField};
    match d {
        D::LanguageScore {
            slot: s,
            test,
            ability: a,
            from_score,
            to_score,
            from_level,
            to_level,
        } => {
            let lv = level_name(test.key());
            let (from, to) = (score_text(*from_score), score_text(*to_score));
            match lang {
                Lang::En => format!(
                    "{} ({}): {} from {from} to {to} ({lv} {from_level} → {to_level})",
                    capital(slot(lang, *s)),
                    test_name(lang, *test),
                    ability(lang, *a).to_lowercase()
                ),
                Lang::Fr => format!(
                    "{} ({}) : {} de {from} à {to} ({lv} {from_level} → {to_level})",
                    capital(slot(lang, *s)),
                    test_name(lang, *test),
                    ability(lang, *a).to_lowercase()
                ),
            }
        }
        D::LanguageAllAbilities {
            slot: s,
            test,
            to_level,
        } => {
            let lv = level_name(test.key());
            match lang {
                Lang::En => format!(
                    "{} ({}): reach {lv} {to_level} in all four abilities",
                    capital(slot(lang, *s)),
                    test_name(lang, *test)
                ),
                Lang::Fr => format!(
                    "{} ({}) : atteindre {lv} {to_level} dans les quatre compétences",
                    capital(slot(lang, *s)),
                    test_name(lang, *test)
                ),
            }
        }
        D::NewLanguageTest {
            slot: s,
            test,
            level,
        } => {
            let lv = level_name(test.key());
            let french = test.key() == "nclc";
            match (lang, s) {
                (Lang::En, LanguageSlot::Spouse) => format!("Your spouse takes an English test and reaches CLB {level} in all four abilities"),
                (Lang::Fr, LanguageSlot::Spouse) => format!("Votre époux passe un test d’anglais et atteint NCLC {level} dans les quatre compétences"),
                (Lang::En, _) => format!("Take a {} test and reach {lv} {level} in all four abilities", if french { "French" } else { "English" }),
                (Lang::Fr, _) => format!("Passer un test {} et atteindre NCLC {level} dans les quatre compétences", if french { "de français" } else { "d’anglais" }),
            }
        }
        D::MoreYears { field, from, to } => match (lang, field) {
            (Lang::En, YearsField::CanadianWorkYears) => {
                format!("One more year of skilled work in Canada ({from} → {to})")
            }
            (Lang::Fr, YearsField::CanadianWorkYears) => {
                format!("Une année de plus de travail qualifié au Canada ({from} → {to})")
            }
            (Lang::En, YearsField::ForeignWorkYears) => {
                format!("One more year of skilled work outside Canada ({from} → {to})")
            }
            (Lang::Fr, YearsField::ForeignWorkYears) => {
                format!("Une année de plus de travail qualifié hors du Canada ({from} → {to})")
            }
            (Lang::En, YearsField::SpouseCanadianWorkYears) => {
                format!("Your spouse works one more year in Canada ({from} → {to})")
            }
            (Lang::Fr, YearsField::SpouseCanadianWorkYears) => {
                format!("Votre époux travaille une année de plus au Canada ({from} → {to})")
            }
        },
        D::Education { field, to, .. } => match (lang, field) {
            (Lang::En, EducationField::Education) => {
                format!("Complete a higher credential: {}", education(lang, *to))
            }
            (Lang::Fr, EducationField::Education) => {
                format!("Obtenir un diplôme plus élevé : {}", education(lang, *to))
            }
            (Lang::En, EducationField::SpouseEducation) => {
                format!("Your spouse completes: {}", education(lang, *to))
            }
            (Lang::Fr, EducationField::SpouseEducation) => {
                format!("Votre époux obtient : {}", education(lang, *to))
            }
        },
        D::CanadianEducation { to, .. } => match lang {
            Lang::En => format!(
                "Earn a Canadian credential: {}",
                canadian_education(lang, *to)
            ),
            Lang::Fr => format!(
                "Obtenir un diplôme canadien : {}",
                canadian_education(lang, *to)
            ),
        },
        D::ProvincialNomination => pick(
            lang,
            "Obtain a provincial or territorial nomination",
            "Obtenir la désignation d’une province ou d’un territoire",
        )
        .into(),
        D::TradeCertificate => pick(
            lang,
            "Obtain a certificate of qualification in your trade",
            "Obtenir un certificat de compétence dans votre métier",
        )
        .into(),
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub fn plus_points(lang: Lang, points: u16, new_total: u16) -> String {
    match lang {
        Lang::En => format!("+{points} points (→ {new_total})"),
        Lang::Fr => format!("+{points} points (→ {new_total})"),
    }
}

/// One timeline entry.
pub enum TimelineEvent {
    /// On `date` (if known) you turn `age`; the score becomes `total`.
    Birthday {
        age: u8,
        total: u16,
    },
    LanguageExpires,
    EcaExpires,
    CanadianYear {
        years: u8,
        total: u16,
    },
}

pub fn timeline_event(lang: Lang, e: &TimelineEvent, current: u16, past: bool) -> String {
    let change = |total: u16| -> String {
        let diff = total as i32 - current as i32;
        match lang {
            Lang::En => format!("score {total} ({diff:+})"),
            Lang::Fr => format!("score {total} ({diff:+})"),
        }
    };
    match (lang, e) {
        (Lang::En, TimelineEvent::Birthday { age, total }) => format!("You turn {age}: fewer age points, {}.", change(*total)),
        (Lang::Fr, TimelineEvent::Birthday { age, total }) => format!("Vous aurez {age} ans : moins de points d’âge, {}.", change(*total)),
        (Lang::En, TimelineEvent::LanguageExpires) if past => "Your language test result has expired: take a new test to enter or stay in the pool.".into(),
        (Lang::Fr, TimelineEvent::LanguageExpires) if past => "Votre résultat de test de langue a expiré : passez un nouveau test pour entrer ou rester dans le bassin.".into(),
        (Lang::En, TimelineEvent::EcaExpires) if past => "Your ECA has expired: a foreign credential needs a new assessment to count.".into(),
        (Lang::Fr, TimelineEvent::EcaExpires) if past => "Votre EDE a expiré : un diplôme étranger doit être réévalué pour compter.".into(),
        (Lang::En, TimelineEvent::LanguageExpires) => "Your language test result expires: without a valid result your profile cannot stay in the pool.".into(),
        (Lang::Fr, TimelineEvent::LanguageExpires) => "Votre résultat de test de langue expire : sans résultat valide, votre profil ne peut pas rester dans le bassin.".into(),
        (Lang::En, TimelineEvent::EcaExpires) => "Your ECA expires: a foreign credential then no longer counts until it is assessed again.".into(),
        (Lang::Fr, TimelineEvent::EcaExpires) => "Votre EDE expire : un diplôme étranger ne compte plus tant qu’il n’est pas réévalué.".into(),
        (Lang::En, TimelineEvent::CanadianYear { years, total }) => format!("You reach {years} years of Canadian work if you keep working: {}.", change(*total)),
        (Lang::Fr, TimelineEvent::CanadianYear { years, total }) => format!("Vous atteignez {years} ans de travail au Canada si vous continuez : {}.", change(*total)),
    }
}

pub fn age_mismatch(lang: Lang, age: u16) -> String {
    match lang {
        Lang::En => format!("Your date of birth gives age {age} today, not the age entered."),
        Lang::Fr => {
            format!("Votre date de naissance donne {age} ans aujourd’hui, pas l’âge entré.")
        }
    }
}

pub fn at_age_without_date(lang: Lang) -> &'static str {
    pick(lang, "at your birthday", "à votre anniversaire")
}
