//! Every string of `<ee-calculator>`, in English and French. Fixed labels live in [`Strings`] (one
//! struct per language, so a missing translation does not compile); keyed texts (factors, unmet
//! requirements, notices, suggestions, errors) are functions of the engine's stable keys.
use noc_data::Lang;

macro_rules! strings {
    ($($name:ident: $en:expr, $fr:expr;)*) => {
        /// Fixed labels of the calculator.
        pub struct Strings { $(pub $name: &'static str,)* }
        pub static EN: Strings = Strings { $($name: $en,)* };
        pub static FR: Strings = Strings { $($name: $fr,)* };
    };
}

strings! {
    title: "Express Entry calculator", "Calculateur Entrée express";
    intro: "Your Comprehensive Ranking System (CRS) score, the programs you can enter through, and what would raise your score. Results update as you type; nothing you enter leaves this page.",
        "Votre score au Système de classement global (SCG), les programmes auxquels vous êtes admissible et ce qui ferait monter votre score. Les résultats se mettent à jour pendant la saisie; rien de ce que vous entrez ne quitte cette page.";
    form_label: "Your profile", "Votre profil";
    sec_you: "You", "Vous";
    sec_education: "Education", "Études";
    sec_languages: "Languages", "Langues";
    sec_work: "Work", "Travail";
    sec_spouse: "Spouse or partner", "Époux ou conjoint de fait";
    sec_extras: "Other factors", "Autres facteurs";
    yes: "Yes", "Oui";
    no: "No", "Non";
    optional: "optional", "facultatif";
    quebec_label: "I plan to live in Québec", "Je compte m’établir au Québec";
    birth_date_label: "Date of birth", "Date de naissance";
    birth_date_help: "Optional. Fills in your age and dates the birthdays when age points drop.",
        "Facultatif. Remplit votre âge et date les anniversaires où les points d’âge baissent.";
    age_label: "Age", "Âge";
    age_help: "In whole years today. If invited, your age on the day of the invitation counts.",
        "En années révolues aujourd’hui. Si vous êtes invité, c’est votre âge le jour de l’invitation qui compte.";
    spouse_has_label: "Do you have a spouse or common-law partner?", "Avez-vous un époux ou un conjoint de fait?";
    education_label: "Highest level of education", "Plus haut niveau d’études";
    education_help: "A credential from outside Canada needs an Educational Credential Assessment (ECA).",
        "Un diplôme obtenu hors du Canada doit faire l’objet d’une évaluation des diplômes d’études (EDE).";
    canadian_education_label: "Post-secondary credential from Canada", "Diplôme d’études postsecondaires canadien";
    eca_date_label: "ECA issue date", "Date de délivrance de l’EDE";
    first_test_label: "First official language: test", "Première langue officielle : test";
    second_test_label: "Second official language: test", "Deuxième langue officielle : test";
    spouse_test_label: "Spouse’s language test", "Test de langue de l’époux ou du conjoint";
    test_none: "None", "Aucun";
    scores_legend_first: "First official language: scores", "Première langue officielle : résultats";
    scores_legend_second: "Second official language: scores", "Deuxième langue officielle : résultats";
    scores_legend_spouse: "Spouse’s scores", "Résultats de l’époux ou du conjoint";
    scores_help: "Enter each score as printed on the test report.", "Entrez chaque résultat tel qu’il figure sur le relevé.";
    test_date_label: "Date of the test result", "Date du résultat de test";
    noc_label: "Occupation of your main experience (NOC 2021 code)", "Profession de votre expérience principale (code CNP 2021)";
    noc_help: "Optional, five digits such as 21231. Shows the category-based draws your occupation is listed in.",
        "Facultatif, cinq chiffres, p. ex. 21231. Indique les rondes par catégorie où figure votre profession.";
    work_teer_label: "TEER of that occupation", "FÉER de cette profession";
    work_teer_help: "The second digit of the NOC code.", "Le deuxième chiffre du code CNP.";
    canadian_work_label: "Years of skilled work in Canada (last 10 years)", "Années de travail qualifié au Canada (10 dernières années)";
    cwe_start_label: "Start date of your current job in Canada", "Date de début de votre emploi actuel au Canada";
    cwe_start_help: "Optional. Dates the next full years of Canadian work.", "Facultatif. Date les prochaines années complètes au Canada.";
    foreign_work_label: "Years of skilled work outside Canada (last 10 years)", "Années de travail qualifié hors du Canada (10 dernières années)";
    trade_certificate_label: "Certificate of qualification in a trade, issued in Canada", "Certificat de compétence dans un métier, délivré au Canada";
    trade_work_label: "Years in an eligible skilled trade (last 5 years)", "Années dans un métier spécialisé admissible (5 dernières années)";
    job_offer_label: "Valid job offer (arranged employment)", "Offre d’emploi valide (emploi réservé)";
    job_offer_noc_label: "NOC code of the job offer", "Code CNP de l’offre d’emploi";
    spouse_accompanying_label: "Will come with you to Canada", "Vous accompagnera au Canada";
    spouse_pr_label: "Is a Canadian citizen or permanent resident", "Est citoyen canadien ou résident permanent";
    spouse_education_label: "Spouse’s highest level of education", "Plus haut niveau d’études de l’époux ou du conjoint";
    spouse_cwe_label: "Spouse’s years of skilled work in Canada", "Années de travail qualifié au Canada de l’époux ou du conjoint";
    spouse_study_label: "Spouse studied 2 or more years full-time in Canada", "L’époux ou le conjoint a étudié 2 ans ou plus à temps plein au Canada";
    sibling_label: "Brother or sister in Canada (citizen or permanent resident, 18 or older)", "Frère ou sœur au Canada (citoyen ou résident permanent, 18 ans ou plus)";
    relative_label: "Relative in Canada, yours or your spouse’s (citizen or permanent resident, 18 or older)", "Parent au Canada, le vôtre ou celui de l’époux (citoyen ou résident permanent, 18 ans ou plus)";
    relative_help: "Parent, grandparent, child, grandchild, brother or sister, aunt or uncle, niece or nephew. Counts in the FSW grid.",
        "Père ou mère, grand-parent, enfant, petit-enfant, frère ou sœur, oncle ou tante, neveu ou nièce. Compte dans la grille TQF.";
    pnp_label: "Provincial or territorial nomination", "Certificat de désignation d’une province ou d’un territoire";
    family_size_label: "Family members for proof of funds", "Membres de la famille pour la preuve de fonds";
    family_size_help: "You, your spouse and your dependent children, even those not coming with you.",
        "Vous, votre époux ou conjoint et vos enfants à charge, même ceux qui ne vous accompagnent pas.";
    funds_label: "Settlement funds (CAD)", "Fonds d’établissement ($ CA)";

    results_heading: "Your results", "Vos résultats";
    crs_total_label: "CRS score", "Score SCG";
    out_of: "out of 1,200", "sur 1 200";
    breakdown_heading: "CRS breakdown", "Détail du score SCG";
    col_factor: "Factor", "Facteur";
    col_points: "Points", "Points";
    col_max: "Maximum", "Maximum";
    col_bar: "Share of the maximum", "Part du maximum";
    subtotal: "Subtotal", "Sous-total";
    scored_as_single: "Scored without a spouse: no spouse, a spouse who does not come with you, or a spouse who is a Canadian citizen or permanent resident.",
        "Calculé sans époux : pas d’époux, un époux qui ne vous accompagne pas ou qui est citoyen canadien ou résident permanent.";
    programs_heading: "Programs you can enter through", "Programmes par lesquels vous pouvez entrer";
    fsw_heading: "Federal Skilled Worker: 67-point grid", "Travailleurs qualifiés (fédéral) : grille de 67 points";
    pass_mark: "Pass mark", "Note de passage";
    total: "Total", "Total";
    eligible: "Eligible", "Admissible";
    not_eligible: "Not eligible yet", "Pas encore admissible";
    missing_intro: "What is missing:", "Ce qui manque :";
    fsw_name: "Federal Skilled Worker Program (FSW)", "Programme des travailleurs qualifiés (fédéral) (TQF)";
    cec_name: "Canadian Experience Class (CEC)", "Catégorie de l’expérience canadienne (CEC)";
    fst_name: "Federal Skilled Trades Program (FST)", "Programme des travailleurs de métiers spécialisés (fédéral) (PTMSF)";
    fsw_short: "FSW", "TQF";
    cec_short: "CEC", "CEC";
    fst_short: "FST", "PTMSF";
    clb_heading: "Your language levels", "Vos niveaux de langue";
    clb_first: "First official language", "Première langue officielle";
    clb_second: "Second official language", "Deuxième langue officielle";
    clb_spouse: "Spouse", "Époux ou conjoint";
    funds_heading: "Proof of funds", "Preuve de fonds";
    draws_heading: "Compared with recent draws", "Comparaison avec les rondes récentes";
    col_date: "Date", "Date";
    col_round: "Round", "Ronde";
    col_cutoff: "Lowest score invited", "Score le plus bas invité";
    col_you: "You", "Vous";
    can_enter: "open to you", "ouverte à vous";
    cannot_enter: "not open to you", "pas ouverte à vous";
    draws_note: "Past cut-offs are not a forecast: each round's cut-off depends on who is in the pool that day.",
        "Les seuils passés ne sont pas une prévision : chaque seuil dépend des candidats présents ce jour-là.";
    categories_heading: "Category-based selection", "Sélection par catégorie";
    categories_none: "Your occupation is not on a current category list (or no occupation was entered).",
        "Votre profession ne figure sur aucune liste de catégorie en vigueur (ou aucune profession n’a été entrée).";
    whatif_heading: "What would raise your score", "Ce qui ferait monter votre score";
    whatif_none: "No single change found that adds points.", "Aucun changement isolé n’ajoute de points.";
    apply: "Apply", "Appliquer";
    scenarios_heading: "Scenarios", "Scénarios";
    scenarios_help: "Keep up to three versions of your profile side by side, for example today, after a retake, after one more year in Canada.",
        "Gardez jusqu’à trois versions de votre profil côte à côte, par exemple aujourd’hui, après une reprise de test, après une année de plus au Canada.";
    scenario_name_label: "Scenario name", "Nom du scénario";
    keep_scenario: "Keep as a scenario", "Garder comme scénario";
    load: "Load", "Charger";
    remove: "Remove", "Retirer";
    scenarios_full: "Three scenarios kept: remove one to keep another.", "Trois scénarios gardés : retirez-en un pour en garder un autre.";
    crs_short: "CRS", "SCG";
    timeline_heading: "What changes on its own", "Ce qui change avec le temps";
    timeline_help: "Add your date of birth, test date, ECA date or Canadian job start date above to see the dates.",
        "Ajoutez votre date de naissance, la date du test, celle de l’EDE ou le début de votre emploi au Canada pour voir les dates.";
    timeline_empty: "Nothing in the next years changes your score on its own.", "Rien dans les prochaines années ne change votre score de lui-même.";
    share_heading: "Share and print", "Partager et imprimer";
    share_button: "Make a share link", "Créer un lien de partage";
    share_help: "The link holds your answers after the # sign: they stay in the link and are not sent anywhere.",
        "Le lien contient vos réponses après le signe # : elles restent dans le lien et ne sont envoyées nulle part.";
    share_link_label: "Link to this profile", "Lien vers ce profil";
    print_button: "Print a summary", "Imprimer un résumé";
    disclaimer: "Information, not legal advice. IRCC’s own system decides your score and eligibility.",
        "Information, et non un avis juridique. C’est le système d’IRCC qui établit votre score et votre admissibilité.";
    printed_on: "Printed", "Imprimé le";
    fix_fields: "Fix the marked fields to see your results.", "Corrigez les champs signalés pour voir vos résultats.";
    quebec_heading: "Québec selects its own skilled workers", "Le Québec sélectionne ses propres travailleurs qualifiés";
    quebec_text: "Express Entry does not apply if you plan to live in Québec, so a CRS score would mean nothing for you. Québec chooses its skilled workers itself: you first need a Québec Selection Certificate (CSQ), through the Skilled Worker Selection Program (PSTQ) and an expression of interest in the Arrima portal, and then apply to IRCC for permanent residence.",
        "Entrée express ne s’applique pas si vous comptez vous établir au Québec : un score SCG n’aurait aucun sens pour vous. Le Québec choisit lui-même ses travailleurs qualifiés : il faut d’abord un Certificat de sélection du Québec (CSQ), par le Programme de sélection des travailleurs qualifiés (PSTQ) et une déclaration d’intérêt dans le portail Arrima, puis une demande de résidence permanente à IRCC.";
    quebec_link: "Start at Québec’s immigration site", "Commencer sur le site d’immigration du Québec";
    quebec_url: "https://www.quebec.ca/en/immigration", "https://www.quebec.ca/immigration";
    notices_heading: "Please note", "À noter";
    estimate_note: "An estimate: you entered levels without a test result. Express Entry needs a valid result from an approved test.",
        "Une estimation : vous avez entré des niveaux sans résultat de test. Entrée express exige un résultat valide d’un test approuvé.";
    older_rounds: "Older rounds", "Rondes plus anciennes";
    // Names of the tables' scroll regions: a landmark must not share its name with the section around it.
    draws_table_label: "Table of recent draws", "Tableau des rondes récentes";
    older_rounds_table_label: "Table of older draws", "Tableau des rondes plus anciennes";
    scenarios_table_label: "Table of scenarios", "Tableau des scénarios";
    crs_table_label: "Table of CRS points", "Tableau des points SCG";
    fsw_table_label: "Table of FSW points", "Tableau des points TQF";
    levels_table_label: "Table of language levels", "Tableau des niveaux de langue";
}

/// Help under the ECA date: the validity period of the rule table.
pub fn eca_date_help(lang: Lang) -> String {
    let years = ee_rules::ECA_VALIDITY_YEARS;
    match lang {
        Lang::En => format!("Optional. An ECA is valid for {years} years."),
        Lang::Fr => format!("Facultatif. Une EDE est valide {years} ans."),
    }
}

/// Help under the test date: the validity period of the rule table.
pub fn test_date_help(lang: Lang) -> String {
    let years = ee_rules::LANGUAGE_TEST_VALIDITY_YEARS;
    match lang {
        Lang::En => format!("Optional. Results are valid for {years} years."),
        Lang::Fr => format!("Facultatif. Les résultats sont valides {years} ans."),
    }
}

/// Years of Canadian work from which the CRS gives its most points (the table's last step).
fn crs_canadian_work_cap() -> u8 {
    ee_rules::ruleset::current()
        .crs_core
        .canadian_work
        .last()
        .map_or(0, |s| s.from)
}

/// Help under the Canadian work years: the CRS's cap comes from its table.
pub fn canadian_work_help(lang: Lang) -> String {
    let n = crs_canadian_work_cap();
    match lang {
        Lang::En => format!("Full-time, or the same hours part-time. The CRS counts {n} or more as {n}."),
        Lang::Fr => format!("À temps plein, ou l’équivalent à temps partiel. Le SCG compte {n} ans ou plus comme {n}."),
    }
}

/// Help under the job offer's NOC: the date job offers stopped earning CRS points (its table's date).
pub fn job_offer_noc_help(lang: Lang) -> String {
    let since = ee_rules::ruleset::current().crs_additional.meta.effective;
    match lang {
        Lang::En => format!("No CRS points since {since}; it still counts for the FSW grid, FST and proof of funds."),
        Lang::Fr => format!("Aucun point SCG depuis le {since}; elle compte encore pour la grille TQF, le PTMSF et la preuve de fonds."),
    }
}

pub fn tr(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

fn pick(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// A test score as the form shows it: "7", "6.5" (the form's own notation, not localised).
pub fn score_text(score: ee_rules::Score) -> String {
    if score.0.fract() == 0.0 {
        format!("{}", score.0 as i64)
    } else {
        format!("{}", score.0)
    }
}

/// Thousands separated the local way: 1,234 / 1 234 (the card's formatter, one for everything).
pub fn int(lang: Lang, n: u64) -> String {
    crate::card::thousands(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

mod advice;
mod fields;
mod profile;
mod results;
mod standing;
pub use advice::*;
pub use fields::*;
pub use profile::*;
pub use results::*;
pub use standing::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_engine_key_has_words_in_both_languages() {
        for lang in [Lang::En, Lang::Fr] {
            for f in ee_rules::crs::FACTORS {
                assert!(!factor(lang, *f).is_empty(), "factor {f}");
            }
            for u in ee_rules::Unmet::ALL {
                for program in [Program::Fsw, Program::Cec, Program::Fst] {
                    assert!(!unmet(lang, program, u, 60, 67).contains('_'), "{u}");
                }
            }
            for e in ee_rules::Education::ALL {
                assert!(!education(lang, e).is_empty());
            }
            for c in ee_rules::RoundClass::ALL {
                assert!(!group(lang, c).is_empty(), "group {c}");
            }
            for n in ee_rules::NoticeKey::ALL {
                assert!(!notice(lang, n, Some("2026-01-01")).contains('_'), "{n}");
            }
        }
        assert_ne!(EN.title, FR.title);
        assert_eq!(int(Lang::En, 1234567), "1,234,567");
        assert_eq!(int(Lang::Fr, 15263), "15\u{202f}263");
    }

    #[test]
    fn numbers_in_sentences_come_from_the_rule_tables() {
        let m = ee_rules::ruleset::current().programs;
        let fst = unmet(Lang::En, Program::Fst, ee_rules::Unmet::FirstLanguage, 0, 0);
        assert!(
            fst.contains(&format!("CLB {} in speaking", m.fst_clb[0]))
                && fst.contains(&format!("CLB {} in writing", m.fst_clb[3])),
            "{fst}"
        );
        let cec = unmet(Lang::Fr, Program::Cec, ee_rules::Unmet::FirstLanguage, 0, 0);
        assert!(
            cec.contains(&format!("NCLC {} dans", m.cec_clb_teer_0_1))
                && cec.contains(&format!("NCLC {} (FÉER 2", m.cec_clb_teer_2_3)),
            "{cec}"
        );
        assert!(
            eca_date_help(Lang::En).contains(&format!("{} years", ee_rules::ECA_VALIDITY_YEARS))
        );
        assert!(test_date_help(Lang::Fr)
            .contains(&format!("{} ans", ee_rules::LANGUAGE_TEST_VALIDITY_YEARS)));
        assert!(canadian_work_help(Lang::En).contains("counts 5 or more as 5"));
        let since = ee_rules::ruleset::current().crs_additional.meta.effective;
        assert!(
            job_offer_noc_help(Lang::En).contains(since)
                && job_offer_noc_help(Lang::Fr).contains(since)
        );
    }
}
