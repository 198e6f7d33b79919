//! `noc show CODE [--lang en|fr] [--json]`: the occupation card as text or JSON.

use noc_data::{Card, LabourMarket, Lang, OutlookRating, Store, WageFigure, WageUnit};
use std::fmt::Write as _;

/// `noc show CODE [--lang en|fr] [--json]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Five-digit NOC 2021 unit-group code, e.g. 22220.
    #[arg(value_name = "CODE")]
    pub code: String,
    /// Language of the card.
    #[arg(long, value_name = "en|fr", default_value = "en", value_parser = crate::lang_arg)]
    pub lang: Lang,
    /// Print the card as JSON (with the Express Entry verdicts for the occupation).
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &Args) -> i32 {
    let (code, lang, json) = (args.code.as_str(), args.lang, args.json);
    let store = Store::bundled();
    let card = match store.card(code, lang) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("noc show: {e}");
            return 1;
        }
    };
    let text = if json {
        match card_json(&card) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("noc show: {e}");
                return 1;
            }
        }
    } else {
        render(&card)
    };
    // A closed pipe (`noc show … | head`) is not an error worth a panic.
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    0
}

/// The text `noc show CODE --json` prints: the card plus the rules engine's verdicts for this
/// occupation, as the widget shows them.
pub fn card_json(card: &Card) -> Result<String, serde_json::Error> {
    let mut v = serde_json::to_value(card)?;
    if let Some(obj) = v.as_object_mut() {
        obj.insert(
            "immigration".into(),
            serde_json::to_value(ee_rules::occupation_programs(&card.code))?,
        );
    }
    Ok(serde_json::to_string_pretty(&v)? + "\n")
}

/// Labels of the text card in one language.
struct Words {
    teer: &'static str,
    classification: &'static str,
    definition: &'static str,
    illustrative: &'static str,
    all_examples: &'static str,
    inclusions: &'static str,
    exclusions: &'static str,
    duties: &'static str,
    requirements: &'static str,
    additional: &'static str,
    wages: &'static str,
    canada: &'static str,
    low_median_high: &'static str,
    not_published: &'static str,
    outlook: &'static str,
    cops: &'static str,
    employment: &'static str,
    openings: &'static str,
    seekers: &'static str,
    recent: &'static str,
    future: &'static str,
    census: &'static str,
    aggregate_note: &'static str,
    missing: &'static str,
    ai: &'static str,
    ai_what: &'static str,
    ai_human: &'static str,
    ai_gpt4: &'static str,
    ai_rank: &'static str,
    ai_percentile: &'static str,
    ai_percentile_tail: &'static str,
    ai_compare: &'static str,
    ai_none: &'static str,
    sources: &'static str,
    data: &'static str,
}

const EN: Words = Words {
    teer: "TEER",
    classification: "Classification",
    definition: "Definition",
    illustrative: "Illustrative examples",
    all_examples: "All examples",
    inclusions: "Inclusions",
    exclusions: "Exclusions",
    duties: "Main duties",
    requirements: "Employment requirements",
    additional: "Additional information",
    wages: "Wages (Job Bank 2025)",
    canada: "Canada",
    low_median_high: "low / median / high",
    not_published: "n/a",
    outlook: "Employment outlook 2022–2024 (Job Bank)",
    cops: "Canada-wide projection 2024–2033 (COPS)",
    employment: "Employment 2023",
    openings: "Job openings 2024–2033",
    seekers: "Job seekers 2024–2033",
    recent: "Recent conditions (2021–2023)",
    future: "Future conditions (2024–2033)",
    census: "Median employment income 2020 (Census 2021)",
    aggregate_note: "value for all senior managers (00011–00015 together)",
    missing: "not available",
    ai: "AI exposure",
    ai_what: "Estimated share of tasks exposed to large language models (Eloundou et al. 2024, mapped to NOC 2021; our estimate, not a Statistics Canada figure)",
    ai_human: "human rating",
    ai_gpt4: "GPT-4 rating",
    ai_rank: "rank",
    ai_percentile: "more exposed than",
    ai_percentile_tail: "of the other scored unit groups",
    ai_compare: "Compare",
    ai_none: "No score",
    sources: "Sources",
    data: "Data",
};

const FR: Words = Words {
    teer: "FÉER",
    classification: "Classification",
    definition: "Définition",
    illustrative: "Exemples illustratifs",
    all_examples: "Tous les exemples",
    inclusions: "Inclusions",
    exclusions: "Exclusions",
    duties: "Fonctions principales",
    requirements: "Conditions d'accès à la profession",
    additional: "Renseignements supplémentaires",
    wages: "Salaires (Guichet-Emplois 2025)",
    canada: "Canada",
    low_median_high: "bas / médian / élevé",
    not_published: "n.d.",
    outlook: "Perspectives d'emploi 2022–2024 (Guichet-Emplois)",
    cops: "Projection pour le Canada 2024–2033 (SPPC)",
    employment: "Emploi 2023",
    openings: "Possibilités d'emploi 2024–2033",
    seekers: "Chercheurs d'emploi 2024–2033",
    recent: "Conditions récentes (2021–2023)",
    future: "Conditions futures (2024–2033)",
    census: "Revenu d'emploi médian 2020 (Recensement 2021)",
    aggregate_note: "valeur de l'ensemble des cadres supérieurs (00011–00015 ensemble)",
    missing: "non disponible",
    ai: "Exposition à l'IA",
    ai_what: "Part estimée des tâches exposées aux grands modèles de langage (Eloundou et al. 2024, appliqué à la CNP 2021; notre estimation, pas un chiffre de Statistique Canada)",
    ai_human: "évaluation humaine",
    ai_gpt4: "évaluation GPT-4",
    ai_rank: "rang",
    ai_percentile: "plus exposé que",
    ai_percentile_tail: "des autres groupes de base évalués",
    ai_compare: "Comparer",
    ai_none: "Aucun score",
    sources: "Sources",
    data: "Données",
};

fn outlook_word(r: OutlookRating, lang: Lang) -> &'static str {
    use OutlookRating::*;
    match (lang, r) {
        (Lang::En, VeryGood) => "very good",
        (Lang::En, Good) => "good",
        (Lang::En, Moderate) => "moderate",
        (Lang::En, Limited) => "limited",
        (Lang::En, VeryLimited) => "very limited",
        (Lang::En, Undetermined) => "undetermined",
        (Lang::En, Unavailable) => "unavailable",
        (Lang::Fr, VeryGood) => "très bonnes",
        (Lang::Fr, Good) => "bonnes",
        (Lang::Fr, Moderate) => "modérées",
        (Lang::Fr, Limited) => "limitées",
        (Lang::Fr, VeryLimited) => "très limitées",
        (Lang::Fr, Undetermined) => "indéterminées",
        (Lang::Fr, Unavailable) => "non disponibles",
    }
}

fn ai_missing(r: noc_data::AiUnscoredReason, lang: Lang) -> &'static str {
    use noc_data::AiUnscoredReason::*;
    match (lang, r) {
        (Lang::En, NoCrosswalkRow) => "the NOC–O*NET crosswalk has no match for this unit group",
        (Lang::En, OnlyMilitaryCodes) => "it maps only to US military occupations, which have no task data",
        (Lang::En, OnlyAllOtherCodes) => "it maps only to \"All Other\" occupations, which have no task data",
        (Lang::Fr, NoCrosswalkRow) => "la table de correspondance CNP–O*NET n'a aucune correspondance pour ce groupe",
        (Lang::Fr, OnlyMilitaryCodes) => "il correspond seulement à des professions militaires américaines, sans données sur les tâches",
        (Lang::Fr, OnlyAllOtherCodes) => "il correspond seulement à des professions « All Other », sans données sur les tâches",
    }
}

/// 1234567 → "1,234,567" (EN) or "1 234 567" (FR).
#[allow(clippy::manual_is_multiple_of)] // is_multiple_of is newer than the workspace's rust-version
fn thousands(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = if lang == Lang::En { ',' } else { '\u{a0}' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

fn money(v: Option<f64>, unit: WageUnit, lang: Lang, w: &Words) -> String {
    let Some(v) = v else {
        return w.not_published.to_string();
    };
    let cents = (v * 100.0).round() as i64;
    let whole = thousands(cents / 100, lang);
    match (unit, lang) {
        (WageUnit::Hourly, Lang::En) => format!("${whole}.{:02}", cents % 100),
        (WageUnit::Hourly, Lang::Fr) => format!("{whole},{:02} $", cents % 100),
        (WageUnit::Annual, Lang::En) => format!("${whole}"),
        (WageUnit::Annual, Lang::Fr) => format!("{whole} $"),
    }
}

fn wage_line(f: &WageFigure, label: &str, lang: Lang, w: &Words) -> String {
    let unit = match (f.unit, lang) {
        (WageUnit::Hourly, Lang::En) => "per hour",
        (WageUnit::Hourly, Lang::Fr) => "l'heure",
        (WageUnit::Annual, Lang::En) => "per year",
        (WageUnit::Annual, Lang::Fr) => "par année",
    };
    format!(
        "  {label:<7} {} / {} / {} {unit} ({})\n",
        money(f.low, f.unit, lang, w),
        money(f.median, f.unit, lang, w),
        money(f.high, f.unit, lang, w),
        f.period
    )
}

fn pct(x: f64, lang: Lang) -> String {
    let s = format!("{:.1}", x * 100.0);
    if lang == Lang::Fr {
        format!("{} %", s.replace('.', ","))
    } else {
        format!("{s}%")
    }
}

fn list(out: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{heading}");
    for i in items {
        let _ = writeln!(out, "  • {i}");
    }
}

pub fn render(c: &Card) -> String {
    let lang = c.lang;
    let w = if lang == Lang::En { &EN } else { &FR };
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} — {} {}",
        c.title,
        if lang == Lang::En { "NOC" } else { "CNP" },
        c.code
    );
    let _ = writeln!(o, "{} {}: {}", w.teer, c.teer.level, c.teer.label);
    let path: Vec<&str> = c.hierarchy.iter().map(|h| h.code.as_str()).collect();
    let _ = writeln!(o, "\n{}: {}", w.classification, path.join(" › "));
    for h in &c.hierarchy {
        let _ = writeln!(o, "  {:<5} {}", h.code, h.title);
    }
    let _ = writeln!(o, "\n{}\n  {}", w.definition, c.definition);
    list(&mut o, w.illustrative, &c.illustrative_examples);
    list(&mut o, w.all_examples, &c.all_examples);
    list(&mut o, w.inclusions, &c.inclusions);
    let _ = writeln!(o, "\n{}", w.duties);
    if !c.main_duties.lead.is_empty() {
        let _ = writeln!(o, "  {}", c.main_duties.lead);
    }
    for s in &c.main_duties.sections {
        if let Some(h) = &s.heading {
            let _ = writeln!(o, "  {h}");
        }
        let indent = if s.heading.is_some() { "    " } else { "  " };
        for i in &s.items {
            let _ = writeln!(o, "{indent}• {i}");
        }
    }
    list(&mut o, w.requirements, &c.employment_requirements);
    list(&mut o, w.additional, &c.additional_information);
    let excl: Vec<String> = c
        .exclusions
        .iter()
        .map(|e| match &e.code {
            Some(code) => format!("{} → {code}", e.title),
            None => e.text.clone(),
        })
        .collect();
    list(&mut o, w.exclusions, &excl);

    let _ = writeln!(o, "\n{} — {}", w.wages, w.low_median_high);
    match &c.wages.national {
        Some(n) => o.push_str(&wage_line(n, w.canada, lang, w)),
        None => {
            let _ = writeln!(o, "  {}: {}", w.canada, w.missing);
        }
    }
    for p in &c.wages.provinces {
        o.push_str(&wage_line(p, p.province.code(), lang, w));
    }

    let _ = writeln!(o, "\n{}", w.outlook);
    for p in &c.outlook.provinces {
        let _ = writeln!(
            o,
            "  {:<3} {}",
            p.province.code(),
            outlook_word(p.outlook, lang)
        );
    }

    let _ = writeln!(o, "\n{}", w.cops);
    if let Some(f) = &c.cops.figures {
        let _ = writeln!(
            o,
            "  {}: {}",
            w.employment,
            thousands(f.employment_2023, lang)
        );
        let _ = writeln!(o, "  {}: {}", w.openings, thousands(f.job_openings, lang));
        let _ = writeln!(o, "  {}: {}", w.seekers, thousands(f.job_seekers, lang));
    }
    let cond = |k: LabourMarket, label: &str| {
        if k == LabourMarket::NotAvailable {
            w.missing.to_string()
        } else {
            label.to_string()
        }
    };
    let _ = writeln!(
        o,
        "  {}: {}",
        w.recent,
        cond(
            c.cops.recent_conditions.key,
            &c.cops.recent_conditions.label
        )
    );
    let _ = writeln!(
        o,
        "  {}: {}",
        w.future,
        cond(
            c.cops.future_conditions.key,
            &c.cops.future_conditions.label
        )
    );

    let _ = writeln!(o, "\n{}", w.census);
    match c.census_income.median {
        Some(m) => {
            let v = money(Some(m as f64), WageUnit::Annual, lang, w);
            let note =
                if c.census_income.flag == Some(noc_data::CensusFlag::SeniorManagersAggregate) {
                    format!(" ({})", w.aggregate_note)
                } else {
                    String::new()
                };
            let _ = writeln!(o, "  {v}{note}");
        }
        None => {
            let _ = writeln!(o, "  {}", w.missing);
        }
    }

    let _ = writeln!(o, "\n{}\n  {}", w.ai, w.ai_what);
    match (&c.ai_exposure, c.ai_exposure_missing) {
        (Some(a), _) => {
            let _ = writeln!(
                o,
                "  {} ({}); {} {}; {} {}/{} ({} {}{} {})",
                pct(a.human_beta, lang),
                w.ai_human,
                w.ai_gpt4,
                pct(a.gpt4_beta, lang),
                w.ai_rank,
                a.rank,
                a.scored_groups,
                w.ai_percentile,
                a.percentile,
                if lang == Lang::Fr { "\u{a0}%" } else { "%" },
                w.ai_percentile_tail
            );
            if !a.comparisons.is_empty() {
                let group = a
                    .comparison_group
                    .as_ref()
                    .map(|g| format!(" ({} {})", g.code, g.title))
                    .unwrap_or_default();
                let _ = writeln!(o, "  {}{group}:", w.ai_compare);
                for x in &a.comparisons {
                    let _ = writeln!(o, "    {} {}: {}", x.code, x.title, pct(x.human_beta, lang));
                }
            }
        }
        (None, Some(r)) => {
            let _ = writeln!(o, "  {}: {}", w.ai_none, ai_missing(r, lang));
        }
        (None, None) => {
            let _ = writeln!(o, "  {}", w.ai_none);
        }
    }

    o.push_str(&crate::immigration::render(&c.code, lang));

    let _ = writeln!(o, "\n{}", w.sources);
    for s in &c.sources {
        let _ = writeln!(
            o,
            "  • {} — {}, {} ({}); {}",
            s.publisher, s.name, s.version, s.date, s.licence
        );
    }
    let _ = writeln!(o, "{}: {}", w.data, c.data_version);
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `noc show ARGS...` parsed as the binary parses it.
    fn args(a: &[&str]) -> Result<Args, clap::Error> {
        match crate::parse_from(["noc", "show"].iter().chain(a))?.command {
            crate::Command::Show(args) => Ok(args),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn text_card_22220_in_both_languages() {
        let store = Store::bundled();
        let en = render(&store.card("22220", Lang::En).unwrap());
        assert!(en.starts_with("Computer network and web technicians — NOC 22220\nTEER 2: "));
        assert!(en.contains("2 › 22 › 222 › 2222 › 22220"));
        assert!(en.contains("Canada  $21.00 / $36.00 / $55.00 per hour (2023-2024)"));
        assert!(en.contains("  ON  good\n"));
        assert!(en.contains("  Web technicians\n    • Install, maintain"));
        assert!(en.contains("User support technicians → 22221"));
        assert!(en.contains("57.0% (human rating); GPT-4 rating 73.5%"));
        let fr = render(&store.card("22220", Lang::Fr).unwrap());
        assert!(fr.starts_with(
            "Techniciens/techniciennes de réseau informatique et Web — CNP 22220\nFÉER 2: "
        ));
        assert!(fr.contains("21,00 $ / 36,00 $ / 55,00 $ l'heure"));
        assert!(fr.contains("  ON  bonnes\n"));
    }

    #[test]
    fn every_card_renders_in_both_languages() {
        let store = Store::bundled();
        for lang in Lang::ALL {
            for u in store.unit_groups(lang) {
                let text = render(&store.card(&u.code, lang).unwrap());
                assert!(
                    text.contains(&u.title) && text.contains(&u.code),
                    "{} {lang}",
                    u.code
                );
                assert!(
                    !text.contains("$0.00") && !text.contains(" 0,00 $"),
                    "{} {lang}: a zero wage",
                    u.code
                );
            }
        }
    }

    #[test]
    fn formatting_helpers() {
        assert_eq!(thousands(1234567, Lang::En), "1,234,567");
        assert_eq!(thousands(-179200, Lang::Fr), "-179\u{a0}200");
        assert_eq!(thousands(999, Lang::En), "999");
        assert_eq!(
            money(Some(84000.0), WageUnit::Annual, Lang::En, &EN),
            "$84,000"
        );
        assert_eq!(money(None, WageUnit::Hourly, Lang::Fr, &FR), "n.d.");
        assert_eq!(pct(0.4354, Lang::Fr), "43,5 %");
    }

    #[test]
    fn exit_codes() {
        assert_eq!(run(&args(&["22220", "--json"]).unwrap()), 0);
        assert_eq!(run(&args(&["22229"]).unwrap()), 1);
        assert_eq!(run(&args(&["22x20", "--lang", "fr"]).unwrap()), 1);
        let a = args(&["22220", "--lang=FR"]).unwrap();
        assert_eq!(
            (a.code.as_str(), a.lang, a.json),
            ("22220", Lang::Fr, false)
        );
        // Usage errors exit 2 (clap's code for them).
        for bad in [
            &["22220", "--lang", "de"][..],
            &[],
            &["22220", "22221"],
            &["22220", "--colour"],
            &["22220", "--lang", "--json"],
        ] {
            assert_eq!(args(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }
}
