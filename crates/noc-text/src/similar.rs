//! Words of the card's "Similar skills" section and skills profile (issue 25), English and French.
//!
//! The descriptors' names are data (the card carries them: `data/noc2021/derived/
//! oasis_2023_descriptor_names_en_fr.csv`, PROVENANCE §8), like occupation titles.
use noc_data::model::SimilarityBand;
use noc_data::similar::ImmigrationChange;
use noc_data::Lang;

/// Fixed words of the section and the chart.
pub struct SimilarText {
    pub heading: &'static str,
    pub intro: &'static str,
    pub none: &'static str,
    pub to_build: &'static str,
    pub nothing_to_build: &'static str,
    pub shared: &'static str,
    pub immigration: &'static str,
    pub method: &'static str,
    pub profile_heading: &'static str,
    pub profile_caption: &'static str,
    pub top_skills: &'static str,
    pub work_context: &'static str,
    pub context_note: &'static str,
    pub descriptor: &'static str,
    pub level: &'static str,
    pub table_summary: &'static str,
}

pub fn text(lang: Lang) -> &'static SimilarText {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

static EN: SimilarText = SimilarText {
    heading: "Similar skills",
    intro: "Occupations whose skills, abilities, knowledge and work activities, as ESDC rates them, are closest to this one's.",
    none: "No other occupation's ratings are close enough to show.",
    to_build: "To build",
    nothing_to_build: "Nothing it asks is rated clearly higher.",
    shared: "You already use",
    immigration: "For immigration",
    method: "Ratings: ESDC's OaSIS 2023 (Open Government Licence – Canada), averaged over each unit group's profiles and compared by this project. Similar skills do not make a switch easy: many of these occupations need a licence, a certificate or experience first.",
    profile_heading: "Skills profile",
    profile_caption: "Its highest-rated skills and most telling work conditions (ESDC OaSIS ratings)",
    top_skills: "Top skills (0 to 5)",
    work_context: "Work context (1 to 5)",
    context_note: "Work-context ratings say how often, how much or how important, as OaSIS rates each item.",
    descriptor: "Rated item",
    level: "Rating",
    table_summary: "Ratings as a table",
};

static FR: SimilarText = SimilarText {
    heading: "Compétences semblables",
    intro: "Professions dont les compétences, habiletés, connaissances et activités de travail, telles qu’EDSC les évalue, sont les plus proches de celles-ci.",
    none: "Aucune autre profession n’a des évaluations assez proches pour être affichée.",
    to_build: "À développer",
    nothing_to_build: "Rien de ce qu’elle exige n’est évalué nettement plus haut.",
    shared: "Vous les utilisez déjà",
    immigration: "Pour l’immigration",
    method: "Évaluations : SIPEC 2023 d’EDSC (Licence du gouvernement ouvert – Canada), moyennes des profils de chaque groupe de base, comparées par ce projet. Des compétences semblables ne rendent pas un changement facile : plusieurs de ces professions exigent d’abord un permis, un certificat ou de l’expérience.",
    profile_heading: "Profil de compétences",
    profile_caption: "Ses compétences les mieux évaluées et ses conditions de travail les plus marquantes (évaluations SIPEC d’EDSC)",
    top_skills: "Principales compétences (0 à 5)",
    work_context: "Contexte de travail (1 à 5)",
    context_note: "Les évaluations du contexte de travail indiquent la fréquence, l’intensité ou l’importance, selon l’élément évalué par le SIPEC.",
    descriptor: "Élément évalué",
    level: "Évaluation",
    table_summary: "Les évaluations sous forme de tableau",
};

/// How close, in words.
pub fn band(lang: Lang, band: SimilarityBand) -> &'static str {
    match (lang, band) {
        (Lang::En, SimilarityBand::VeryClose) => "Very similar skills",
        (Lang::En, SimilarityBand::Close) => "Similar skills",
        (Lang::Fr, SimilarityBand::VeryClose) => "Compétences très semblables",
        (Lang::Fr, SimilarityBand::Close) => "Compétences semblables",
    }
}

/// A rating on its scale: "4.5 of 5" / "4,5 sur 5".
pub fn level(lang: Lang, level: f64, max: u8) -> String {
    let v = crate::decimal::one_decimal(level);
    match lang {
        Lang::En => format!("{v} of {max}"),
        Lang::Fr => format!("{} sur {max}", v.replace('.', ",")),
    }
}

/// "Median wage in Canada: $41.00/h (this occupation: $36.00/h)".
pub fn wage_line(lang: Lang, there: Option<String>, here: Option<String>) -> String {
    let missing = match lang {
        Lang::En => "not published",
        Lang::Fr => "non publié",
    };
    let there = there.unwrap_or_else(|| missing.to_owned());
    let here = here.unwrap_or_else(|| missing.to_owned());
    match lang {
        Lang::En => format!("Median wage in Canada: {there} (this occupation: {here})"),
        Lang::Fr => format!("Salaire médian au Canada : {there} (cette profession : {here})"),
    }
}

/// "Outlook 2024–2033 (COPS): Balance".
pub fn outlook_line(lang: Lang, label: &str) -> String {
    match lang {
        Lang::En => format!("Outlook 2024–2033 (COPS): {label}"),
        Lang::Fr => format!("Perspectives 2024-2033 (SPPC) : {label}"),
    }
}

/// One change for Express Entry, as a phrase.
pub fn change(lang: Lang, c: &ImmigrationChange) -> String {
    use ImmigrationChange::*;
    match (lang, c) {
        (Lang::En, CountsForExpressEntry { teer }) => {
            format!("counts for Express Entry (TEER {teer})")
        }
        (Lang::Fr, CountsForExpressEntry { teer }) => {
            format!("compte pour Entrée express (FÉER {teer})")
        }
        (Lang::En, NotSkilledWork { teer }) => {
            format!("would not count for Express Entry (TEER {teer})")
        }
        (Lang::Fr, NotSkilledWork { teer }) => {
            format!("ne compterait pas pour Entrée express (FÉER {teer})")
        }
        (Lang::En, CountsForSkilledTrades) => {
            "counts for the Federal Skilled Trades Program".to_owned()
        }
        (Lang::Fr, CountsForSkilledTrades) => {
            "compte pour le Programme des travailleurs de métiers spécialisés (fédéral)".to_owned()
        }
        (
            Lang::En,
            OnCategoryList {
                category,
                list_date,
            },
        ) => format!(
            "on the {} {} category list",
            &list_date[..4.min(list_date.len())],
            super::card::category_name(lang, *category)
        ),
        (
            Lang::Fr,
            OnCategoryList {
                category,
                list_date,
            },
        ) => format!(
            "sur la liste {} de la catégorie « {} »",
            &list_date[..4.min(list_date.len())],
            super::card::category_name(lang, *category)
        ),
        (Lang::En, NoChange) => "same Express Entry standing as this occupation".to_owned(),
        (Lang::Fr, NoChange) => {
            "même situation pour Entrée express que cette profession".to_owned()
        }
    }
}

/// The immigration line: every change, joined.
pub fn immigration_line(lang: Lang, changes: &[ImmigrationChange]) -> String {
    let parts: Vec<String> = changes.iter().map(|c| change(lang, c)).collect();
    // Every phrase starts with an ASCII letter; ASCII case keeps Unicode's case tables out of the wasm.
    let mut s = parts.join("; ");
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s.push('.');
    s
}

/// A median wage with its unit: "$41.00 per hour" / "41,00 $ l’heure", "$85,000 per year".
pub fn wage(lang: Lang, amount: f64, unit: noc_data::WageUnit) -> String {
    let tx = super::card::text(lang);
    match unit {
        noc_data::WageUnit::Hourly => {
            format!("{} {}", super::card::money(lang, amount, true), tx.hourly)
        }
        noc_data::WageUnit::Annual => {
            format!("{} {}", super::card::money(lang, amount, false), tx.annual)
        }
    }
}

/// The section as plain text (`noc similar CODE`).
pub fn plain(lang: Lang, card: &noc_data::Card) -> String {
    let tx = text(lang);
    let ct = super::card::text(lang);
    let mut out = format!(
        "{} — {} {} {}\n",
        tx.heading, ct.noc_label, card.code, card.title
    );
    let here = card
        .wages
        .national
        .as_ref()
        .and_then(|w| w.median.map(|m| wage(lang, m, w.unit)));
    if card.similar.is_empty() {
        out.push_str(tx.none);
        out.push('\n');
    }
    for s in &card.similar {
        out.push_str(&format!(
            "\n{} {} — {} · {}\n",
            s.code,
            s.title,
            super::card::teer_badge(lang, s.teer),
            band(lang, s.band)
        ));
        let there = s.median_wage.as_ref().map(|w| wage(lang, w.amount, w.unit));
        out.push_str(&format!("  {}\n", wage_line(lang, there, here.clone())));
        out.push_str(&format!("  {}\n", outlook_line(lang, &s.outlook.label)));
        let names = |list: &[noc_data::similar::DescriptorGap]| {
            list.iter()
                .map(|g| g.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if s.to_build.is_empty() {
            out.push_str(&format!(
                "  {}{}{}\n",
                tx.to_build,
                super::card::colon(lang),
                tx.nothing_to_build
            ));
        } else {
            out.push_str(&format!(
                "  {}{}{}\n",
                tx.to_build,
                super::card::colon(lang),
                names(&s.to_build)
            ));
        }
        if !s.shared.is_empty() {
            out.push_str(&format!(
                "  {}{}{}\n",
                tx.shared,
                super::card::colon(lang),
                names(&s.shared)
            ));
        }
        out.push_str(&format!(
            "  {}{}{}\n",
            tx.immigration,
            super::card::colon(lang),
            immigration_line(lang, &s.immigration)
        ));
    }
    out.push_str(&format!("\n{}\n", tx.method));
    out
}

/// Accessible name of the chart: its top skill and how many items it shows.
pub fn chart_label(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("Skills profile of {title}"),
        Lang::Fr => format!("Profil de compétences : {title}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immigration_lines_read_as_sentences() {
        let c = [ImmigrationChange::CountsForExpressEntry { teer: 2 }];
        assert_eq!(
            immigration_line(Lang::En, &c),
            "Counts for Express Entry (TEER 2)."
        );
        assert_eq!(
            immigration_line(Lang::Fr, &c),
            "Compte pour Entrée express (FÉER 2)."
        );
        assert_eq!(level(Lang::Fr, 4.5, 5), "4,5 sur 5");
    }
}
