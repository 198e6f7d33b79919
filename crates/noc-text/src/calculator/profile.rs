//! Names of the profile's keys: language abilities and tests, levels, education.
use super::*;

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
