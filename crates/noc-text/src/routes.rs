//! Words of the "Other routes to permanent residence" card section and `noc routes`: provincial
//! nominee streams, federal pilots and Québec's PSTQ, from `noc_data::routes_model`.
use noc_data::routes_model::{
    Route, RouteCondition, RouteConfidence, RouteInfo, RouteReach, RouteStatus,
};
use noc_data::Lang;

fn pick(lang: Lang, en: &'static str, fr: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// Fixed labels of the section.
pub struct RoutesText {
    pub heading: &'static str,
    pub filter_label: &'static str,
    pub all_provinces: &'static str,
    pub named_heading: &'static str,
    pub notes_heading: &'static str,
    pub none_named: &'static str,
    pub none_in_province: &'static str,
    pub compiled: &'static str,
    pub stale: &'static str,
    pub official_page: &'static str,
    pub federal: &'static str,
    pub federal_group: &'static str,
    pub quebec_note: &'static str,
}

const EN: RoutesText = RoutesText {
    heading: "Other routes to permanent residence",
    filter_label: "Show the routes of",
    all_provinces: "All provinces and territories",
    named_heading: "Lists that name this occupation",
    notes_heading: "Limits and closed streams",
    none_named: "No provincial or federal list in our data names this occupation.",
    none_in_province: "None of our routes for this occupation leads to this province or territory. See its official immigration site.",
    compiled: "compiled, not checked line by line",
    stale: "Check the official page: rules change often.",
    official_page: "official page",
    federal: "federal",
    federal_group: "Federal programs (in the provinces named)",
    quebec_note: "Express Entry does not apply to people who plan to live in Québec: Québec selects its skilled workers itself (PSTQ), then Canada admits them.",
};

const FR: RoutesText = RoutesText {
    heading: "Autres voies vers la résidence permanente",
    filter_label: "Afficher les voies de",
    all_provinces: "Toutes les provinces et tous les territoires",
    named_heading: "Listes qui nomment cette profession",
    notes_heading: "Limites et volets fermés",
    none_named: "Aucune liste provinciale ou fédérale de nos données ne nomme cette profession.",
    none_in_province: "Aucune de nos voies pour cette profession ne mène à cette province ou à ce territoire. Consultez son site officiel d’immigration.",
    compiled: "liste compilée, non vérifiée ligne par ligne",
    stale: "Vérifiez la page officielle : les règles changent souvent.",
    official_page: "page officielle",
    federal: "fédéral",
    federal_group: "Programmes fédéraux (dans les provinces nommées)",
    quebec_note: "Entrée express ne s’applique pas à qui compte s’établir au Québec : le Québec sélectionne lui-même ses travailleurs qualifiés (PSTQ), puis le Canada les admet.",
};

/// Labels of the search by route (`<noc-search>`), apart so the card-only build does not carry them.
pub struct SearchRoutesText {
    pub label: &'static str,
    pub any: &'static str,
}

pub fn search_text(lang: Lang) -> &'static SearchRoutesText {
    const EN: SearchRoutesText = SearchRoutesText {
        label: "Only occupations named by",
        any: "Any program",
    };
    const FR: SearchRoutesText = SearchRoutesText {
        label: "Seulement les professions nommées par",
        any: "Tous les programmes",
    };
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

pub fn text(lang: Lang) -> &'static RoutesText {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// "Programs open to TEER 2 occupations".
pub fn teer_heading(lang: Lang, teer: u8) -> String {
    match lang {
        Lang::En => format!("Programs open to TEER {teer} occupations"),
        Lang::Fr => format!("Programmes ouverts aux professions de la FÉER {teer}"),
    }
}

/// A province or territory by its code ("BC" → "British Columbia"; "FED" → "Canada").
pub fn province_name(lang: Lang, code: &str) -> String {
    match noc_data::Geo::parse(if code == "FED" { "NAT" } else { code }) {
        Some(g) => crate::card::region_name(lang, g).to_string(),
        None => code.to_string(),
    }
}

/// A group's heading: the province or territory, or the federal programs.
pub fn place_name(lang: Lang, place: &str) -> String {
    if place == "FED" {
        text(lang).federal_group.to_string()
    } else {
        province_name(lang, place)
    }
}

/// "BC Provincial Nominee Program (BC PNP) — Skills Immigration: targeted draws (Care)".
pub fn title(lang: Lang, r: &RouteInfo) -> String {
    let name = |n: &noc_data::routes_model::Names| match lang {
        Lang::En => n.en.clone(),
        Lang::Fr => n.fr.clone(),
    };
    match &r.stream {
        Some(s) => format!("{} — {}", name(&r.program), name(s)),
        None => name(&r.program),
    }
}

/// The list's name in the language, if the program has a list.
pub fn list_name(lang: Lang, r: &RouteInfo) -> Option<String> {
    r.list.as_ref().map(|n| match lang {
        Lang::En => n.en.clone(),
        Lang::Fr => n.fr.clone(),
    })
}

pub fn condition(lang: Lang, c: RouteCondition) -> &'static str {
    use RouteCondition::*;
    match c {
        JobOffer => pick(
            lang,
            "job offer from an employer there",
            "offre d’emploi d’un employeur sur place",
        ),
        WorkInProvince => pick(lang, "already working there", "travailler déjà sur place"),
        Graduate => pick(
            lang,
            "graduate of a school there",
            "diplôme d’un établissement sur place",
        ),
        TemporaryResident => pick(
            lang,
            "temporary resident living there",
            "résident temporaire vivant sur place",
        ),
        Licence => pick(
            lang,
            "licence, registration or certificate for the occupation there",
            "permis, inscription ou certificat pour la profession sur place",
        ),
        PublicEmployer => pick(
            lang,
            "public employer (health authority or public schools)",
            "employeur public (autorité de santé ou écoles publiques)",
        ),
        Invitation => pick(
            lang,
            "by the province’s invitation only",
            "sur invitation de la province seulement",
        ),
        SectorFood => pick(
            lang,
            "when the employer is in accommodation and food services",
            "quand l’employeur est dans l’hébergement et la restauration",
        ),
        SectorHealthEducationConstruction => pick(
            lang,
            "only jobs in health care, education or construction trades",
            "seulement des emplois en santé, en éducation ou dans les métiers de la construction",
        ),
        ExpressEntry => pick(lang, "Express Entry profile", "profil Entrée express"),
        DesignatedEmployer => pick(
            lang,
            "employer designated by the province",
            "employeur désigné par la province",
        ),
        CommunityRecommendation => pick(
            lang,
            "recommendation from a participating community",
            "recommandation d’une communauté participante",
        ),
        OutsideCapital => pick(
            lang,
            "job outside the Capital Region",
            "emploi hors de la région de la capitale",
        ),
        QuebecSelection => pick(
            lang,
            "Québec selection certificate first",
            "certificat de sélection du Québec d’abord",
        ),
    }
}

/// The conditions in one line, with the language minimum for this TEER and French when asked:
/// "job offer from an employer there; CLB 5; French NCLC 7".
pub fn conditions_line(lang: Lang, r: &Route) -> String {
    let mut parts: Vec<String> = r
        .info
        .conditions
        .iter()
        .map(|c| condition(lang, *c).to_string())
        .collect();
    if let Some(clb) = r.clb {
        parts.push(match lang {
            Lang::En => format!("language CLB {clb} or more"),
            Lang::Fr => format!("langue : NCLC/CLB {clb} ou plus"),
        });
    }
    if let Some(nclc) = r.info.french {
        parts.push(match lang {
            Lang::En => format!("French NCLC {nclc} or more"),
            Lang::Fr => format!("français NCLC {nclc} ou plus"),
        });
    }
    let line = parts.join(match lang {
        Lang::En => "; ",
        Lang::Fr => "\u{a0}; ",
    });
    // ASCII upper case only: every condition starts with an ASCII letter, and char::to_uppercase
    // would bring Unicode's case tables into the card-only WebAssembly (~8 KB brotli).
    match line.split_at_checked(1) {
        Some((first, rest)) if !first.is_empty() => {
            format!("{}{rest}.", first.to_ascii_uppercase())
        }
        _ => String::new(),
    }
}

/// "Open on 2026-04-23" / "Closed on 2026-06-26" / "Paused as of …" (a pause is dated by when it was seen: pages rarely say when it began).
pub fn status_line(lang: Lang, status: RouteStatus, date: &str) -> String {
    match (lang, status) {
        (Lang::En, RouteStatus::Open) => format!("Open on {date}"),
        (Lang::Fr, RouteStatus::Open) => format!("Ouvert au {date}"),
        (Lang::En, RouteStatus::Paused) => format!("Paused as of {date}"),
        (Lang::Fr, RouteStatus::Paused) => format!("Suspendu au {date}"),
        (Lang::En, RouteStatus::Closed) => format!("Closed on {date}"),
        (Lang::Fr, RouteStatus::Closed) => format!("Fermé le {date}"),
    }
}

/// "Source dated 2026-04-23, read 2026-06-20".
pub fn dated(lang: Lang, r: &RouteInfo) -> String {
    match (lang, r.source_date == r.read_date) {
        (Lang::En, true) => format!("Read {}", r.read_date),
        (Lang::Fr, true) => format!("Lu le {}", r.read_date),
        (Lang::En, false) => format!("Source of {}, read {}", r.source_date, r.read_date),
        (Lang::Fr, false) => format!("Source du {}, lue le {}", r.source_date, r.read_date),
    }
}

pub fn confidence(lang: Lang, c: RouteConfidence) -> &'static str {
    match c {
        RouteConfidence::OfficialList => pick(lang, "official list", "liste officielle"),
        RouteConfidence::OfficialRule => pick(lang, "official rule", "règle officielle"),
        RouteConfidence::Compiled => text(lang).compiled,
    }
}

/// What a program says about this occupation, in one sentence.
pub fn reach_line(lang: Lang, r: &Route) -> String {
    let list = list_name(lang, &r.info).unwrap_or_default();
    match (lang, r.reach, r.info.status) {
        (Lang::En, RouteReach::Named, RouteStatus::Closed) => {
            format!("Was named on its list: {list}.")
        }
        (Lang::Fr, RouteReach::Named, RouteStatus::Closed) => {
            format!("Figurait sur sa liste : {list}.")
        }
        (Lang::En, RouteReach::Named, _) => format!("Named on its list: {list}."),
        (Lang::Fr, RouteReach::Named, _) => format!("Figure sur sa liste : {list}."),
        (Lang::En, RouteReach::Teer, RouteStatus::Closed) => "Was open to this TEER level.".into(),
        (Lang::Fr, RouteReach::Teer, RouteStatus::Closed) => {
            "Était ouvert à cette catégorie FÉER.".into()
        }
        (Lang::En, RouteReach::Teer, _) => "Open to this TEER level.".into(),
        (Lang::Fr, RouteReach::Teer, _) => "Ouvert à cette catégorie FÉER.".into(),
        (Lang::En, RouteReach::Excluded, _) => {
            format!("Not open to this occupation (list: {list}).")
        }
        (Lang::Fr, RouteReach::Excluded, _) => {
            format!("Fermé à cette profession (liste : {list}).")
        }
        (Lang::En, RouteReach::NotConsidered, _) => {
            format!("Not considered at present (list: {list}).")
        }
        (Lang::Fr, RouteReach::NotConsidered, _) => {
            format!("Non retenue pour le moment (liste : {list}).")
        }
    }
}

/// A route is a limit or a closed stream (shown in the short notes, not as a way in).
pub fn is_note(r: &Route) -> bool {
    r.info.status == RouteStatus::Closed
        || matches!(r.reach, RouteReach::Excluded | RouteReach::NotConsidered)
}

/// A program in the search filter's select: "BC — BC PNP …: Care: health care priority list".
pub fn option_label(lang: Lang, r: &RouteInfo) -> String {
    let place = if r.jurisdiction == "FED" {
        text(lang).federal.to_string()
    } else {
        r.jurisdiction.clone()
    };
    match list_name(lang, r) {
        Some(list) => format!("{place} — {}: {list}", title(lang, r)),
        None => format!("{place} — {}", title(lang, r)),
    }
}

/// The routes in a few lines for the text card (`noc show`): the lists that name the occupation,
/// the programs open to its TEER by jurisdiction, and where to read the rest (`noc routes CODE`).
pub fn plain_summary(lang: Lang, routes: &[Route], teer: u8) -> String {
    let tx = text(lang);
    let groups = noc_data::group_routes(routes, None);
    let mut o = format!("\n{}\n  {}\n", tx.heading, tx.named_heading);
    if groups.named.is_empty() {
        o += &format!("    {}\n", tx.none_named);
    }
    for r in &groups.named {
        o += &format!(
            "  • {} ({})\n",
            title(lang, &r.info),
            list_name(lang, &r.info).unwrap_or_default()
        );
    }
    o += &format!("  {}\n", teer_heading(lang, teer));
    for (place, rs) in &groups.by_teer {
        let names: Vec<String> = rs.iter().map(|r| title(lang, &r.info)).collect();
        let place = place_name(lang, place);
        o += &format!("  • {place}: {}\n", names.join("; "));
    }
    o
}

/// The summary of a chosen program's occupations in the search: "The 31 occupations of …".
pub fn search_list_summary(lang: Lang, count: usize, program: &str) -> String {
    match (lang, count) {
        (Lang::En, 1) => format!("The one occupation named by {program}"),
        (Lang::Fr, 1) => format!("La profession nommée par {program}"),
        (Lang::En, n) => format!("The {n} occupations named by {program}"),
        (Lang::Fr, n) => format!("Les {n} professions nommées par {program}"),
    }
}
