//! The immigration panel of `noc show`: what the rules engine says experience in one unit group counts for,
//! put into words. The facts come from `ee_rules::occupation_programs`; only the wording lives here.
use ee_rules::{occupation_programs, OccupationPrograms};
use noc_data::Lang;
use std::fmt::Write as _;

/// Human words for a category key of `ee_rules::CATEGORY_LISTS`.
pub fn category_label(key: &str, lang: Lang) -> &'static str {
    let (en, fr) = match key {
        "french_language" => ("French-language proficiency", "Connaissance du français"),
        "healthcare_social_services" => (
            "Healthcare and social services",
            "Santé et services sociaux",
        ),
        "stem" => (
            "Science, technology, engineering and mathematics (STEM)",
            "Sciences, technologie, génie et mathématiques (STGM)",
        ),
        "trades" => ("Trades", "Métiers"),
        "education" => ("Education", "Éducation"),
        "transport" => ("Transport", "Transport"),
        "agriculture_agri_food" => (
            "Agriculture and agri-food",
            "Agriculture et agroalimentaire",
        ),
        "physicians_canadian_experience" => (
            "Physicians with Canadian work experience",
            "Médecins ayant une expérience de travail au Canada",
        ),
        "researchers_canadian_experience" => (
            "Researchers with Canadian work experience",
            "Chercheurs ayant une expérience de travail au Canada",
        ),
        "senior_managers_canadian_experience" => (
            "Senior managers with Canadian work experience",
            "Cadres supérieurs ayant une expérience de travail au Canada",
        ),
        "skilled_military_recruits" => {
            ("Skilled military recruits", "Recrues militaires qualifiées")
        }
        _ => ("Other category", "Autre catégorie"),
    };
    if lang == Lang::En {
        en
    } else {
        fr
    }
}

fn reason_text(key: &str, lang: Lang) -> &'static str {
    let (en, fr) = match key {
        "teer_0_to_3" => (
            "TEER 0, 1, 2 or 3 counts as skilled work",
            "les FEER 0, 1, 2 et 3 comptent comme travail qualifié",
        ),
        "teer_4_or_5_not_skilled" => (
            "TEER 4 and 5 do not count as skilled work",
            "les FEER 4 et 5 ne comptent pas comme travail qualifié",
        ),
        "fst_major_group_72" => (
            "an eligible trade (major group 72, except 726)",
            "un métier admissible (grand groupe 72, sauf 726)",
        ),
        "fst_major_group_73" => (
            "an eligible trade (major group 73)",
            "un métier admissible (grand groupe 73)",
        ),
        "fst_major_group_82" => (
            "an eligible trade (major group 82)",
            "un métier admissible (grand groupe 82)",
        ),
        "fst_major_group_83" => (
            "an eligible trade (major group 83)",
            "un métier admissible (grand groupe 83)",
        ),
        "fst_major_group_92" => (
            "an eligible trade (major group 92)",
            "un métier admissible (grand groupe 92)",
        ),
        "fst_minor_group_6320" => (
            "an eligible trade (minor group 6320, cooks, butchers and bakers)",
            "un métier admissible (sous-groupe 6320, cuisiniers, bouchers et boulangers)",
        ),
        "fst_unit_group_62200" => (
            "an eligible trade (unit group 62200, chefs)",
            "un métier admissible (groupe de base 62200, chefs)",
        ),
        "fst_excluded_726" => (
            "minor group 726 is excluded from the trades list",
            "le groupe 726 est exclu de la liste des métiers",
        ),
        "fst_not_listed_trade" => (
            "not one of the eligible skilled trades",
            "ne fait pas partie des métiers spécialisés admissibles",
        ),
        _ => (
            "not a valid NOC 2021 unit-group code",
            "code de groupe de base CNP 2021 non valide",
        ),
    };
    if lang == Lang::En {
        en
    } else {
        fr
    }
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
        (true, Lang::Fr) => "oui",
        (false, Lang::Fr) => "non",
    }
}

/// The panel as text, in the card's language.
pub fn render(code: &str, lang: Lang) -> String {
    let p: OccupationPrograms = occupation_programs(code);
    let en = lang == Lang::En;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "\n{}",
        if en {
            "Express Entry: what this experience counts for"
        } else {
            "Entrée express : ce que compte cette expérience"
        }
    );
    let _ = writeln!(
        o,
        "  {}: {} ({})",
        if en {
            "Federal Skilled Worker"
        } else {
            "Travailleurs qualifiés (fédéral)"
        },
        yes_no(p.fsw.eligible, lang),
        reason_text(p.fsw.reason, lang)
    );
    let cec_min = match p.cec.language_minimum {
        Some(clb) if en => format!("; language minimum CLB {clb} in each ability"),
        Some(clb) => format!("; niveau minimal NCLC {clb} dans chaque compétence"),
        None => String::new(),
    };
    let _ = writeln!(
        o,
        "  {}: {} ({}{})",
        if en {
            "Canadian Experience Class"
        } else {
            "Catégorie de l'expérience canadienne"
        },
        yes_no(p.cec.eligible, lang),
        reason_text(p.cec.reason, lang),
        cec_min
    );
    let _ = writeln!(
        o,
        "  {}: {} ({})",
        if en {
            "Federal Skilled Trades"
        } else {
            "Travailleurs de métiers spécialisés (fédéral)"
        },
        yes_no(p.fst.eligible, lang),
        reason_text(p.fst.reason, lang)
    );
    let current: Vec<_> = p.categories.iter().filter(|c| c.current).collect();
    if current.is_empty() {
        let _ = writeln!(
            o,
            "  {}",
            if en {
                "Category-based selection: not on an occupation list in force"
            } else {
                "Sélection par catégorie : ne figure sur aucune liste de professions en vigueur"
            }
        );
    } else {
        for c in current {
            let _ = writeln!(
                o,
                "  {}: {} ({} {})",
                if en { "Category" } else { "Catégorie" },
                category_label(c.category, lang),
                if en { "list of" } else { "liste du" },
                c.list_date
            );
        }
    }
    let _ = writeln!(
        o,
        "  {}",
        if en {
            "Provinces and territories run their own nominee programs; a nomination adds 600 CRS points."
        } else {
            "Les provinces et territoires ont leurs propres programmes des candidats; une désignation ajoute 600 points au SCG."
        }
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_technicians_count_for_fsw_and_cec_not_fst() {
        let t = render("22220", Lang::En);
        assert!(t.contains("Federal Skilled Worker: yes"), "{t}");
        assert!(t.contains("CLB 5"), "TEER 2 needs CLB 5 for CEC: {t}");
        assert!(t.contains("Federal Skilled Trades: no"), "{t}");
    }

    #[test]
    fn electricians_are_a_trade_in_french_too() {
        let t = render("72200", Lang::Fr);
        assert!(
            t.contains("Travailleurs de métiers spécialisés (fédéral) : oui")
                || t.contains("(fédéral): oui"),
            "{t}"
        );
        assert!(t.contains("Métiers"), "{t}");
    }

    #[test]
    fn teer_5_is_not_skilled() {
        let t = render("65310", Lang::En);
        assert!(
            t.contains("Federal Skilled Worker: no (TEER 4 and 5"),
            "{t}"
        );
    }
}
