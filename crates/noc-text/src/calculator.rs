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

pub fn ability(lang: Lang, ability: ee_rules::Ability) -> &'static str {
    use ee_rules::Ability::*;
    match ability {
        Speaking => pick(lang, "Speaking", "Expression orale"),
        Listening => pick(lang, "Listening", "Compréhension de l’oral"),
        Reading => pick(lang, "Reading", "Compréhension de l’écrit"),
        Writing => pick(lang, "Writing", "Expression écrite"),
    }
}

pub fn test_name(lang: Lang, test: ee_rules::LanguageTest) -> &'static str {
    use ee_rules::LanguageTest::*;
    match test {
        IeltsGeneral => "IELTS General Training",
        CelpipGeneral => "CELPIP-General",
        PteCore => "PTE Core",
        TefCanada => "TEF Canada",
        TcfCanada => "TCF Canada",
        Clb => pick(
            lang,
            "CLB levels (English, no test yet)",
            "Niveaux CLB (anglais, sans test encore)",
        ),
        Nclc => pick(
            lang,
            "NCLC levels (French, no test yet)",
            "Niveaux NCLC (français, sans test encore)",
        ),
    }
}

/// The choice of no test (second language, spouse's language).
pub fn no_test(lang: Lang) -> &'static str {
    pick(lang, "None", "Aucun")
}

/// "CLB" for English tests, "NCLC" for French ones.
pub fn level_name(test_key: &str) -> &'static str {
    if matches!(test_key, "tef_canada" | "tcf_canada" | "nclc") {
        "NCLC"
    } else {
        "CLB"
    }
}

pub fn education(lang: Lang, education: ee_rules::Education) -> &'static str {
    use ee_rules::Education::*;
    match education {
        LessThanSecondary => pick(
            lang,
            "Less than secondary school",
            "Moins qu’un diplôme d’études secondaires",
        ),
        Secondary => pick(
            lang,
            "Secondary school diploma",
            "Diplôme d’études secondaires",
        ),
        OneYear => pick(
            lang,
            "One-year post-secondary program",
            "Programme postsecondaire d’un an",
        ),
        TwoYear => pick(
            lang,
            "Two-year post-secondary program",
            "Programme postsecondaire de deux ans",
        ),
        BachelorsOrThreeYear => pick(
            lang,
            "Bachelor’s degree or program of 3 years or more",
            "Baccalauréat ou programme de 3 ans ou plus",
        ),
        TwoOrMore => pick(
            lang,
            "Two or more credentials, one of 3 years or more",
            "Deux diplômes ou plus, dont un de 3 ans ou plus",
        ),
        MastersOrProfessional => pick(
            lang,
            "Master’s, or professional degree for a licensed profession",
            "Maîtrise, ou diplôme professionnel d’une profession réglementée",
        ),
        Doctoral => pick(lang, "Doctorate (PhD)", "Doctorat (Ph. D.)"),
    }
}

pub fn canadian_education(lang: Lang, education: ee_rules::CanadianEducation) -> &'static str {
    use ee_rules::CanadianEducation::*;
    match education {
        None => pick(lang, "None", "Aucun"),
        OneOrTwoYear => pick(
            lang,
            "One- or two-year credential",
            "Diplôme d’un ou deux ans",
        ),
        ThreeYearOrMore => pick(
            lang,
            "Three years or more, or a master’s, professional or doctoral degree",
            "Trois ans ou plus, ou maîtrise, diplôme professionnel ou doctorat",
        ),
    }
}

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

pub fn scale_hint(lang: Lang, min: f64, max: f64, step: f64) -> String {
    let n = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    match (lang, step == 0.5) {
        (Lang::En, true) => format!("{} to {}, in half bands", n(min), n(max)),
        (Lang::Fr, true) => format!("{} à {}, par demi-bandes", n(min), n(max)),
        (Lang::En, false) => format!("{} to {}", n(min), n(max)),
        (Lang::Fr, false) => format!("{} à {}", n(min), n(max)),
    }
}

/// What is wrong with a form field: an engine error, or a check of a field the engine never sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    Rules(ee_rules::ErrorCode),
    /// A date field (birth, test, ECA, job start) that is not YYYY-MM-DD or is in the future.
    InvalidDate,
}

/// The message shown next to a field (and the test's scale for scores).
pub fn field_error(
    lang: Lang,
    problem: FieldProblem,
    empty: bool,
    range: Option<(String, String)>,
    test: Option<&str>,
) -> String {
    use ee_rules::ErrorCode::*;
    if empty {
        return pick(lang, "Enter a value.", "Entrez une valeur.").into();
    }
    let is_score = test.is_some();
    let test = test
        .and_then(ee_rules::LanguageTest::from_key)
        .map_or("", |t| test_name(lang, t));
    let code = match problem {
        FieldProblem::InvalidDate => {
            return pick(
                lang,
                "Enter a date as YYYY-MM-DD, not in the future.",
                "Entrez une date AAAA-MM-JJ, pas dans le futur.",
            )
            .into();
        }
        FieldProblem::Rules(code) => code,
    };
    match (code, lang) {
        (WrongType, Lang::En) if is_score => "Enter a number.".into(),
        (WrongType, Lang::Fr) if is_score => "Entrez un nombre.".into(),
        (OutOfRange, Lang::En) => match range {
            Some((a, b)) => format!("Enter a number from {a} to {b}."),
            None => "This number is out of range.".into(),
        },
        (OutOfRange, Lang::Fr) => match range {
            Some((a, b)) => format!("Entrez un nombre de {a} à {b}."),
            None => "Ce nombre est hors limites.".into(),
        },
        (WrongType, Lang::En) => "Enter a whole number.".into(),
        (WrongType, Lang::Fr) => "Entrez un nombre entier.".into(),
        (NotHalfBand, Lang::En) => format!("{test} scores go in half bands, such as 6, 6.5 or 7."),
        (NotHalfBand, Lang::Fr) => {
            format!("Les résultats {test} vont par demi-bandes, p. ex. 6, 6,5 ou 7.")
        }
        (NotWholeScore, Lang::En) => format!("{test} scores are whole numbers."),
        (NotWholeScore, Lang::Fr) => format!("Les résultats {test} sont des nombres entiers."),
        (SameOfficialLanguage, Lang::En) => {
            "The second language must be the other official language (English and French).".into()
        }
        (SameOfficialLanguage, Lang::Fr) => {
            "La deuxième langue doit être l’autre langue officielle (anglais et français).".into()
        }
        (InvalidNoc, Lang::En) => {
            "Enter a five-digit NOC 2021 code whose second digit is 0 to 5.".into()
        }
        (InvalidNoc, Lang::Fr) => {
            "Entrez un code CNP 2021 de cinq chiffres dont le deuxième est de 0 à 5.".into()
        }
        // The form always sends every field, known ones only, once: these reach it only as a bug.
        (InvalidInput | MissingField | UnknownField | DuplicateField | UnknownValue, Lang::En) => {
            "This value is not valid.".into()
        }
        (InvalidInput | MissingField | UnknownField | DuplicateField | UnknownValue, Lang::Fr) => {
            "Cette valeur n’est pas valide.".into()
        }
    }
}

pub fn uses_last_valid(lang: Lang, fields: &str) -> String {
    match lang {
        Lang::En => format!("Until fixed, results use your previous entry for: {fields}."),
        Lang::Fr => format!("En attendant la correction, les résultats utilisent votre entrée précédente pour : {fields}."),
    }
}

pub fn live_score(lang: Lang, total: u16) -> String {
    match lang {
        Lang::En => format!("CRS score: {total}"),
        Lang::Fr => format!("Score SCG : {total}"),
    }
}

pub fn level_beside(test_key: &str, level: u8) -> String {
    let name = level_name(test_key);
    if level == 0 {
        format!("< {name} 1")
    } else {
        format!("= {name} {level}")
    }
}

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
