//! Words of the rounds views (calculator draws, pool position, charts) and the card's wage chart.
use crate::calculator::int;
use noc_data::Lang;

fn pick(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// IRCC's page of rounds of invitations, in the reader's language.
pub fn ircc_rounds_url(lang: Lang) -> &'static str {
    pick(
        lang,
        "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html",
        "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/mandat/politiques-instructions-operationnelles-ententes/instructions-ministerielles/rondes-invitations-entree-express.html",
    )
}

pub struct Words {
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub stale: &'static str,
    pub ircc_page: &'static str,
    pub col_tie_break: &'static str,
    pub no_tie_break: &'static str,
    pub chart_table: &'static str,
    pub cutoffs_caption: &'static str,
    pub pnp_caption: &'static str,
    pub pnp_note: &'static str,
    pub your_score: &'static str,
    pub pool_heading: &'static str,
    pub pool_caption: &'static str,
    pub col_band: &'static str,
    pub col_profiles: &'static str,
    pub your_band: &'static str,
    /// Last row of the pool table.
    pub total: &'static str,
    pub pool_note: &'static str,
    pub wages_chart_caption: &'static str,
    pub highlight_province: &'static str,
    pub no_highlight: &'static str,
    pub legend_range: &'static str,
    pub legend_median: &'static str,
}

const EN: Words = Words {
    loading: "Loading the rounds of invitations…",
    load_failed: "The rounds of invitations could not be loaded; the score above is not affected.",
    stale: "Newer rounds may exist since then:",
    ircc_page: "IRCC’s rounds of invitations",
    col_tie_break: "Tie-break (UTC)",
    no_tie_break: "not published",
    chart_table: "Show the chart as a table",
    cutoffs_caption: "Lowest score invited in each round of the last 24 months, by round type, with your score as a line",
    pnp_caption: "Provincial Nominee Program rounds (cut-offs include the 600 points of a nomination)",
    pnp_note: "Shown apart: a provincial nomination adds 600 points, so these cut-offs are not comparable with the others.",
    your_score: "Your score",
    pool_heading: "Where you stand in the pool",
    pool_caption: "Profiles in the pool by CRS score band",
    col_band: "Score band",
    col_profiles: "Profiles",
    your_band: "your band",
    total: "Total",
    pool_note: "IRCC publishes the pool in bands of 10 to 600 points, not single scores, so within your band the count is a range. This is a picture of one day, not a forecast.",
    wages_chart_caption: "Hourly or annual wages by province: low, median and high",
    highlight_province: "Highlight a province",
    no_highlight: "None",
    legend_range: "low to high",
    legend_median: "median",
};

const FR: Words = Words {
    loading: "Chargement des rondes d’invitations…",
    load_failed: "Les rondes d’invitations n’ont pas pu être chargées; le score ci-dessus n’en dépend pas.",
    stale: "Des rondes plus récentes peuvent exister depuis :",
    ircc_page: "les rondes d’invitations d’IRCC",
    col_tie_break: "Départage (UTC)",
    no_tie_break: "non publié",
    chart_table: "Afficher le graphique sous forme de tableau",
    cutoffs_caption: "Score le plus bas invité à chaque ronde des 24 derniers mois, par type de ronde, avec votre score en ligne",
    pnp_caption: "Rondes du Programme des candidats des provinces (les seuils incluent les 600 points d’une nomination)",
    pnp_note: "Présentées à part : une nomination provinciale ajoute 600 points, ces seuils ne se comparent donc pas aux autres.",
    your_score: "Votre score",
    pool_heading: "Votre place dans le bassin",
    pool_caption: "Profils du bassin par tranche de score SCG",
    col_band: "Tranche de score",
    col_profiles: "Profils",
    your_band: "votre tranche",
    total: "Total",
    pool_note: "IRCC publie le bassin par tranches de 10 à 600 points, pas score par score : dans votre tranche, le nombre est donc une fourchette. C’est l’image d’un jour, pas une prévision.",
    wages_chart_caption: "Salaires horaires ou annuels par province : bas, médian et élevé",
    highlight_province: "Mettre une province en évidence",
    no_highlight: "Aucune",
    legend_range: "du bas à l’élevé",
    legend_median: "médian",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// "Rounds up to 2026-10-01 (newest held by this widget)."
pub fn newest_round(lang: Lang, date: &str, label: &str) -> String {
    match lang {
        Lang::En => format!("Newest round held here: #{label} of {date}."),
        Lang::Fr => format!("Ronde la plus récente ici : no {label} du {date}."),
    }
}

/// The pool sentence. `min == max` when the score starts its band (then the count is exact).
pub fn pool_position(lang: Lang, date: &str, min: u32, max: u32, total: u32) -> String {
    let (lo, hi, all) = (
        int(lang, min as u64),
        int(lang, max as u64),
        int(lang, total as u64),
    );
    match (lang, min == max) {
        (Lang::En, true) => format!("{lo} of {all} profiles in the pool had a score at or above yours on {date}."),
        (Lang::En, false) => format!("Between {lo} and {hi} of {all} profiles in the pool had a score at or above yours on {date}."),
        (Lang::Fr, true) => format!("{lo} des {all} profils du bassin avaient un score égal ou supérieur au vôtre le {date}."),
        (Lang::Fr, false) => format!("Entre {lo} et {hi} des {all} profils du bassin avaient un score égal ou supérieur au vôtre le {date}."),
    }
}

pub fn band(lang: Lang, low: u16, high: u16) -> String {
    match lang {
        Lang::En => format!("{low}–{high}"),
        Lang::Fr => format!("{low} à {high}"),
    }
}

/// What the band granularity means for the reader's score.
pub fn band_note(lang: Lang, low: u16, high: u16) -> String {
    match lang {
        Lang::En => format!("Your score falls in IRCC’s band {low}–{high}."),
        Lang::Fr => format!("Votre score se situe dans la tranche {low} à {high} d’IRCC."),
    }
}

/// Accessible summary of the cut-off chart.
pub fn cutoffs_summary(
    lang: Lang,
    rounds: usize,
    series: usize,
    score: u16,
    from: &str,
    to: &str,
) -> String {
    match lang {
        Lang::En => format!("{rounds} rounds of {series} types from {from} to {to}; your score {score} is the dashed line."),
        Lang::Fr => format!("{rounds} rondes de {series} types du {from} au {to}; votre score de {score} est la ligne pointillée."),
    }
}

pub fn pool_summary(lang: Lang, date: &str, total: u32) -> String {
    let all = int(lang, total as u64);
    match lang {
        Lang::En => format!("Bars: profiles per score band on {date}, {all} in all; your band is marked."),
        Lang::Fr => format!("Barres : profils par tranche de score le {date}, {all} au total; votre tranche est marquée."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_sentence_says_range_or_exact() {
        assert_eq!(
            pool_position(Lang::En, "2026-09-27", 22_000, 95_000, 229_904),
            "Between 22,000 and 95,000 of 229,904 profiles in the pool had a score at or above yours on 2026-09-27."
        );
        assert!(pool_position(Lang::Fr, "2026-09-27", 5, 5, 9).starts_with("5 des 9 profils"));
        assert_ne!(words(Lang::En).stale, words(Lang::Fr).stale);
        assert!(ircc_rounds_url(Lang::Fr).contains("/fr/"));
    }
}
