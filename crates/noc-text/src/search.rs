//! Strings of the search (`<noc-search>`), the duty finder and the compare view, English and French.
use noc_data::Lang;

pub struct SearchText {
    pub modes_label: &'static str,
    pub mode_title: &'static str,
    pub mode_duties: &'static str,
    pub mode_compare: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub placeholder: &'static str,
    pub results_label: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub no_results: &'static str,
    pub did_you_mean: &'static str,
    pub kind_code: &'static str,
    pub kind_unit_group: &'static str,
    pub kind_illustrative: &'static str,
    pub kind_inclusion: &'static str,
    pub kind_example: &'static str,
    pub duties_heading: &'static str,
    pub duties_why: &'static str,
    pub duties_label: &'static str,
    pub duties_hint: &'static str,
    pub duties_submit: &'static str,
    pub duties_none: &'static str,
    pub duties_results: &'static str,
    pub show_card: &'static str,
    pub pick_duty: &'static str,
    pub add_compare: &'static str,
    pub in_compare: &'static str,
    pub compare_heading: &'static str,
    pub compare_hint: &'static str,
    pub compare_code: &'static str,
    pub compare_empty: &'static str,
    pub compare_bad: &'static str,
    pub remove: &'static str,
    pub duties: &'static str,
    pub requirements: &'static str,
    pub programs: &'static str,
    pub selected: &'static str,
}

const EN: SearchText = SearchText {
    modes_label: "How to find your occupation",
    mode_title: "By job title or code",
    mode_duties: "By what I do",
    mode_compare: "Compare",
    label: "Find your occupation",
    hint: "Type a job title, a NOC 2021 code or an old NOC 2016 code. Use the arrow keys to move through the results and Enter to choose.",
    placeholder: "e.g. network technician, 22220, 2281",
    results_label: "Occupations found",
    loading: "Loading the job titles…",
    load_failed: "The job titles could not be loaded. Check your connection and reload the page.",
    no_results: "No occupation matches.",
    did_you_mean: "Did you mean:",
    kind_code: "NOC 2021 code",
    kind_unit_group: "group title",
    kind_illustrative: "example title",
    kind_inclusion: "also included",
    kind_example: "job title",
    duties_heading: "Find your occupation by what you do",
    duties_why: "Immigration officers compare your duties, not your job title, with the NOC. Describe the work you actually do and compare the groups whose main duties match best.",
    duties_label: "Your main tasks, one per line",
    duties_hint: "For example: install and maintain computer networks; troubleshoot users' connection problems. Then pick the official duties that describe your work (“I do this too”) to sharpen the match.",
    duties_submit: "Find matching groups",
    duties_none: "No unit group's duties match these words. Try other words for the same tasks.",
    duties_results: "Unit groups whose main duties match best",
    show_card: "Show the card",
    pick_duty: "I do this too",
    add_compare: "Add to compare",
    in_compare: "In the comparison",
    compare_heading: "Compare occupations side by side",
    compare_hint: "Enter two or three NOC 2021 codes, such as 22220 and 22221, to see their TEER, duties, requirements and programs together.",
    compare_code: "Occupation",
    compare_empty: "Enter at least two codes to compare.",
    compare_bad: "not a NOC 2021 unit group code",
    remove: "Remove",
    duties: "Main duties",
    requirements: "Employment requirements",
    programs: "Express Entry",
    selected: "Selected:",
};

const FR: SearchText = SearchText {
    modes_label: "Comment trouver votre profession",
    mode_title: "Par appellation ou code",
    mode_duties: "Par ce que je fais",
    mode_compare: "Comparer",
    label: "Trouvez votre profession",
    hint: "Tapez une appellation d’emploi, un code de la CNP 2021 ou un ancien code de la CNP 2016. Utilisez les flèches pour parcourir les résultats et Entrée pour choisir.",
    placeholder: "p. ex. technicien réseau, 22220, 2281",
    results_label: "Professions trouvées",
    loading: "Chargement des appellations d’emploi…",
    load_failed: "Les appellations d’emploi n’ont pas pu être chargées. Vérifiez votre connexion et rechargez la page.",
    no_results: "Aucune profession ne correspond.",
    did_you_mean: "Vouliez-vous dire :",
    kind_code: "code CNP 2021",
    kind_unit_group: "titre du groupe",
    kind_illustrative: "exemple d’appellation",
    kind_inclusion: "aussi compris",
    kind_example: "appellation d’emploi",
    duties_heading: "Trouvez votre profession par ce que vous faites",
    duties_why: "Les agents d’immigration comparent vos fonctions, et non votre titre d’emploi, avec la CNP. Décrivez le travail que vous faites vraiment et comparez les groupes dont les fonctions principales correspondent le mieux.",
    duties_label: "Vos tâches principales, une par ligne",
    duties_hint: "Par exemple : installer et entretenir des réseaux informatiques; résoudre les problèmes de connexion des utilisateurs. Choisissez ensuite les fonctions officielles qui décrivent votre travail (« Je fais aussi ceci ») pour préciser la correspondance.",
    duties_submit: "Trouver les groupes",
    duties_none: "Les fonctions d’aucun groupe de base ne correspondent à ces mots. Essayez d’autres mots pour les mêmes tâches.",
    duties_results: "Groupes de base dont les fonctions principales correspondent le mieux",
    show_card: "Afficher la fiche",
    pick_duty: "Je fais aussi ceci",
    add_compare: "Ajouter à la comparaison",
    in_compare: "Dans la comparaison",
    compare_heading: "Comparer des professions côte à côte",
    compare_hint: "Entrez deux ou trois codes de la CNP 2021, comme 22220 et 22221, pour voir ensemble leur FÉER, leurs fonctions, leurs conditions d’accès et les programmes.",
    compare_code: "Profession",
    compare_empty: "Entrez au moins deux codes pour comparer.",
    compare_bad: "ce n’est pas un code de groupe de base de la CNP 2021",
    remove: "Retirer",
    duties: "Fonctions principales",
    requirements: "Conditions d’accès à la profession",
    programs: "Entrée express",
    selected: "Choisi :",
};

pub fn text(lang: Lang) -> &'static SearchText {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// Announcement of the number of results (polite live region).
pub fn results_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 0) => "No results.".to_owned(),
        (Lang::En, 1) => "1 result. Use the down arrow to reach it.".to_owned(),
        (Lang::En, n) => format!("{n} results. Use the up and down arrows to move through them."),
        (Lang::Fr, 0) => "Aucun résultat.".to_owned(),
        (Lang::Fr, 1) => "1 résultat. Utilisez la flèche vers le bas pour l’atteindre.".to_owned(),
        (Lang::Fr, n) => format!(
            "{n} résultats. Utilisez les flèches vers le haut et vers le bas pour les parcourir."
        ),
    }
}

/// Announcement of the number of unit groups found by duties.
pub fn duty_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 unit group found.".to_owned(),
        (Lang::En, n) => format!("{n} unit groups found."),
        (Lang::Fr, 1) => "1 groupe de base trouvé.".to_owned(),
        (Lang::Fr, n) => format!("{n} groupes de base trouvés."),
    }
}

/// Announcement when the comparison shows `n` occupations (a polite status, not the columns' text).
pub fn compare_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} occupations side by side."),
        Lang::Fr => format!("{n} professions côte à côte."),
    }
}

/// "TEER 2" / "FÉER 2".
pub fn teer(lang: Lang, level: u8) -> String {
    match lang {
        Lang::En => format!("TEER {level}"),
        Lang::Fr => format!("FÉER {level}"),
    }
}

/// A NOC 2016 code and the kind of change that led to the 2021 group.
pub fn from_2016(lang: Lang, code2016: &str, change: &str) -> String {
    let change = change_label(lang, change);
    match lang {
        Lang::En => format!("NOC 2016 code {code2016} → this group ({change})"),
        Lang::Fr => format!("code CNP 2016 {code2016} → ce groupe ({change})"),
    }
}

/// The GSIM change types of StatCan's concordance in plain words ("RC4.2 - Split off, VC1 - Code
/// Change, …" → "split off; new code; new title").
pub fn change_label(lang: Lang, change: &str) -> String {
    const KINDS: [(&str, &str, &str); 7] = [
        (
            "Merger",
            "merged with other groups",
            "fusionné avec d’autres groupes",
        ),
        (
            "Take-over",
            "took over part of another group",
            "a repris une partie d’un autre groupe",
        ),
        (
            "Breakdown",
            "broken down into several groups",
            "réparti entre plusieurs groupes",
        ),
        (
            "Split off",
            "part split off into another group",
            "une partie détachée dans un autre groupe",
        ),
        (
            "Transfer",
            "some work transferred",
            "une partie du travail transférée",
        ),
        ("Code Change", "new code", "nouveau code"),
        ("Name Change", "new title", "nouveau titre"),
    ];
    let parts: Vec<&str> = KINDS
        .iter()
        .filter(|(key, _, _)| change.contains(key))
        .map(|(_, en, fr)| if lang == Lang::En { *en } else { *fr })
        .collect();
    if parts.is_empty() {
        return change.to_owned();
    }
    parts.join("; ")
}

/// Button that opens the compare view once two or three groups are picked.
pub fn compare_now(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("Compare the {n} chosen occupations"),
        Lang::Fr => format!("Comparer les {n} professions choisies"),
    }
}

pub fn compare_column(lang: Lang, i: usize) -> String {
    format!("{} {}", text(lang).compare_code, i + 1)
}

/// Strings of `<noc-widget>` (search, card and calculator together).
pub struct WidgetText {
    pub label: &'static str,
    pub pick_first: &'static str,
    pub calculator: &'static str,
}

pub fn widget(lang: Lang) -> &'static WidgetText {
    match lang {
        Lang::En => &WidgetText {
            label: "Occupation and Express Entry",
            pick_first: "Choose an occupation above to see its card and what it counts for.",
            calculator: "Express Entry calculator",
        },
        Lang::Fr => &WidgetText {
            label: "Profession et Entrée express",
            pick_first:
                "Choisissez une profession ci-dessus pour voir sa fiche et ce qu’elle permet.",
            calculator: "Calculateur Entrée express",
        },
    }
}
