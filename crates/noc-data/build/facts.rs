//! Job Bank wages and outlooks, COPS projections, census income: per unit group figures.

use crate::model::*;
use crate::structure::Structure;
use crate::table::{is_digits, Row, SourceDir, Table};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Deserialize)]
struct WageCsv {
    noc_code: String,
    geo: String,
    wage_unit_inferred: String,
    low_wage: String,
    median_wage: String,
    high_wage: String,
    reference_period: String,
}

#[derive(Deserialize)]
struct OutlookCsv {
    #[serde(rename = "NOC_Code")]
    code: String,
    #[serde(rename = "NOC Title")]
    title: String,
    #[serde(rename = "Outlook")]
    outlook: String,
    #[serde(rename = "Release Date")]
    release_date: String,
    #[serde(rename = "Province")]
    province: String,
}

/// COPS 2024-2033 summary: nine figures (or nine "N/A"), then the labour-market conditions.
#[derive(Deserialize)]
struct CopsCsv {
    #[serde(rename = "Code")]
    code: String,
    #[serde(rename = "Occupation_Name")]
    name_en: String,
    #[serde(rename = "Nom_de_la_profession")]
    name_fr: String,
    #[serde(rename = "Employment_emploi_2023")]
    employment_2023: String,
    #[serde(rename = "Employment_Growth_croissance_emploi")]
    employment_growth: String,
    #[serde(rename = "Retirements_retraites")]
    retirements: String,
    #[serde(rename = "Other_Replacement_autre_remplacement")]
    other_replacement: String,
    #[serde(rename = "Total_Job_Openings_Perspective_d'emploi")]
    job_openings: String,
    #[serde(rename = "School_Leavers_Sortants_scolaires")]
    school_leavers: String,
    #[serde(rename = "Immigration")]
    immigration: String,
    #[serde(rename = "Other_Seekers_autres_chercheurs")]
    other_seekers: String,
    #[serde(rename = "Job_Seekers_Chercheurs_emploi")]
    job_seekers: String,
    #[serde(rename = "Recent_Labour_Market_Conditions")]
    recent_en: String,
    #[serde(rename = "Conditions_récentes_sur_le_marché_du_travail")]
    recent_fr: String,
    #[serde(rename = "Future_Labour_Market_Conditions")]
    future_en: String,
    #[serde(rename = "Conditions_futures_sur_le_marché_du_travail")]
    future_fr: String,
}

impl CopsCsv {
    /// The nine figures with their column names, in file order.
    fn figures(&self) -> [(&'static str, &str); 9] {
        [
            ("Employment_emploi_2023", &self.employment_2023),
            (
                "Employment_Growth_croissance_emploi",
                &self.employment_growth,
            ),
            ("Retirements_retraites", &self.retirements),
            (
                "Other_Replacement_autre_remplacement",
                &self.other_replacement,
            ),
            (
                "Total_Job_Openings_Perspective_d'emploi",
                &self.job_openings,
            ),
            ("School_Leavers_Sortants_scolaires", &self.school_leavers),
            ("Immigration", &self.immigration),
            ("Other_Seekers_autres_chercheurs", &self.other_seekers),
            ("Job_Seekers_Chercheurs_emploi", &self.job_seekers),
        ]
    }
}

#[derive(Deserialize)]
struct CensusCsv {
    noc_code: String,
    median_employment_income_2020_cad: String,
}

#[derive(Deserialize)]
struct ConcordanceCsv {
    #[serde(rename = "NOC 2016 V1.3 Code")]
    code2016: String,
    #[serde(rename = "NOC 2016 V1.3 Title")]
    title2016: String,
    #[serde(rename = " GSIM Type of Change")]
    change: String,
    #[serde(rename = "NOC 2021 V1.0 Code")]
    code2021: String,
}

/// "21.00" → 2100, "84000" → 8_400_000; empty → None. Exact: no floating point.
fn cents<R>(s: &str, t: &Table<R>, r: &Row<R>) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if !is_digits(whole) || frac.len() > 2 || !(frac.is_empty() || is_digits(frac)) {
        t.fail(
            r,
            format!("amount {s:?} is not a plain number with at most 2 decimals"),
        );
    }
    let w: u32 = whole
        .parse()
        .unwrap_or_else(|_| t.fail(r, format!("amount {s:?} too large")));
    let f: u32 = format!("{frac:0<2}").parse().unwrap();
    let v = w
        .checked_mul(100)
        .and_then(|v| v.checked_add(f))
        .unwrap_or_else(|| t.fail(r, "amount too large"));
    if v == 0 {
        t.fail(r, "amount 0 where a wage is expected");
    }
    Some(v)
}

pub fn wages(src: &mut SourceDir, s: &Structure) -> BTreeMap<String, Vec<WageRow>> {
    let t = src.table::<WageCsv>(
        "jobbank/wages2025_nat_prov.csv",
        &[
            "noc_code",
            "geo",
            "wage_unit_inferred",
            "low_wage",
            "median_wage",
            "high_wage",
            "reference_period",
            "low_hourly",
            "median_hourly",
            "high_hourly",
            "low_annual",
            "median_annual",
            "high_annual",
        ],
    );
    t.expect_rows(4664);
    let mut out: BTreeMap<String, Vec<WageRow>> = BTreeMap::new();
    for r in &t.rows {
        let code = r.noc_code.trim();
        if !s.is_unit(code) {
            t.fail(r, format!("code {code:?} is not a NOC 2021 unit group"));
        }
        let geo = r.geo.trim();
        let geo = match Geo::parse(geo) {
            Some(g) if !matches!(g, Geo::PE | Geo::YT | Geo::NT | Geo::NU) => g,
            _ => t.fail(r, format!("unexpected geography {geo:?}")),
        };
        let unit = match r.wage_unit_inferred.trim() {
            "hourly" => WageUnit::Hourly,
            "annual" => WageUnit::Annual,
            other => t.fail(r, format!("unknown wage unit {other:?}")),
        };
        let period = r.reference_period.trim();
        if !["2023-2024", "2024", "2021"].contains(&period) {
            t.fail(r, format!("unexpected reference period {period:?}"));
        }
        let row = WageRow {
            geo,
            unit,
            low_cents: cents(&r.low_wage, &t, r),
            median_cents: cents(&r.median_wage, &t, r),
            high_cents: cents(&r.high_wage, &t, r),
            period: period.to_string(),
        };
        if row.median_cents.is_none() {
            t.fail(r, "no median");
        }
        let list = out.entry(code.to_string()).or_default();
        if list.iter().any(|w| w.geo == row.geo) {
            t.fail(r, format!("second row for {code} {geo:?}"));
        }
        list.push(row);
    }
    if out.len() != 515 || out.contains_key("00013") {
        panic!(
            "{}: {} unit groups with wages, expected 515 (all but 00013)",
            t.file,
            out.len()
        );
    }
    out
}

fn province_code(esdc: &str) -> Option<Geo> {
    // ESDC writes Yukon "YK"; the card uses the postal abbreviation.
    match esdc {
        "YK" => Some(Geo::YT),
        "NAT" => None,
        other => Geo::parse(other),
    }
}

pub fn outlooks(src: &mut SourceDir, s: &Structure) -> BTreeMap<String, Vec<OutlookRow>> {
    let t = src.table::<OutlookCsv>(
        "jobbank/outlooks_2022_2024_n21_en_provincial.csv",
        &[
            "NOC_Code",
            "NOC Title",
            "Outlook",
            "Release Date",
            "Province",
            "Economic Region Code",
            "Economic Region Name",
            "LANG",
        ],
    );
    t.expect_rows(516 * 13);
    let mut out: BTreeMap<String, Vec<OutlookRow>> = BTreeMap::new();
    for r in &t.rows {
        let code = r
            .code
            .trim()
            .strip_prefix("NOC_")
            .unwrap_or_else(|| t.fail(r, "code without the NOC_ prefix"));
        if !s.is_unit(code) {
            t.fail(r, format!("code {code:?} is not a NOC 2021 unit group"));
        }
        if s.title_en(code) != Some(r.title.trim()) {
            t.fail(
                r,
                format!("title {:?} differs from the structure file's", r.title),
            );
        }
        let rating = match r.outlook.trim() {
            "very good" => OutlookRating::VeryGood,
            "good" => OutlookRating::Good,
            "moderate" => OutlookRating::Moderate,
            "limited" => OutlookRating::Limited,
            "very limited" => OutlookRating::VeryLimited,
            "undetermined" => OutlookRating::Undetermined,
            "unavailable" => OutlookRating::Unavailable,
            other => t.fail(r, format!("unknown outlook {other:?}")),
        };
        let date = r.release_date.trim();
        let b = date.as_bytes();
        let ymd: Option<u32> =
            (b.len() == 10 && b[4] == b'-' && b[7] == b'-' && date.starts_with("2022-"))
                .then(|| date.replace('-', "").parse().ok())
                .flatten();
        let ymd = ymd.unwrap_or_else(|| {
            t.fail(
                r,
                format!("release date {date:?} is not an ISO date in 2022"),
            )
        });
        let province = province_code(r.province.trim())
            .unwrap_or_else(|| t.fail(r, format!("unknown province {:?}", r.province)));
        let list = out.entry(code.to_string()).or_default();
        if list.iter().any(|o| o.province == province) {
            t.fail(r, format!("second row for {code} {province:?}"));
        }
        list.push(OutlookRow {
            province,
            rating,
            release_date: ymd,
        });
    }
    for (code, list) in &out {
        if list.len() != 13 {
            panic!(
                "{}: {code} has {} jurisdictions, expected 13",
                t.file,
                list.len()
            );
        }
    }
    out
}

fn condition<R>(en: &str, t: &Table<R>, r: &Row<R>) -> LabourMarket {
    let l = en.trim().to_lowercase();
    match () {
        _ if l == "balance" => LabourMarket::Balance,
        _ if l == "n/a" => LabourMarket::NotAvailable,
        _ if l.starts_with("moderate") && l.ends_with("shortage") => LabourMarket::ModerateShortage,
        _ if l.starts_with("strong") && l.ends_with("shortage") => LabourMarket::StrongShortage,
        _ if l.starts_with("moderate") && l.ends_with("surplus") => LabourMarket::ModerateSurplus,
        _ if l.starts_with("strong") && l.ends_with("surplus") => LabourMarket::StrongSurplus,
        _ => t.fail(r, format!("unknown labour market condition {en:?}")),
    }
}

pub struct Cops {
    pub rows: BTreeMap<String, CopsRow>,
    pub labels: Vec<ConditionLabel>,
    pub teer: Vec<TeerLabel>,
}

pub fn cops(src: &mut SourceDir, s: &Structure) -> Cops {
    let t = src.table::<CopsCsv>(
        "cops_2024_2033/summary_sommaire_2024_2033_noc2021.csv",
        &[
            "Code",
            "Occupation_Name",
            "Nom_de_la_profession",
            "Employment_emploi_2023",
            "Employment_Growth_croissance_emploi",
            "Retirements_retraites",
            "Other_Replacement_autre_remplacement",
            "Total_Job_Openings_Perspective_d'emploi",
            "School_Leavers_Sortants_scolaires",
            "Immigration",
            "Other_Seekers_autres_chercheurs",
            "Job_Seekers_Chercheurs_emploi",
            "Recent_Labour_Market_Conditions",
            "Conditions_récentes_sur_le_marché_du_travail",
            "Future_Labour_Market_Conditions",
            "Conditions_futures_sur_le_marché_du_travail",
        ],
    );
    t.expect_rows(533);
    let mut rows = BTreeMap::new();
    let mut labels: Vec<ConditionLabel> = Vec::new();
    let mut teer = Vec::new();
    let mut add_label = |period, cond, en: &str, fr: &str, r: &Row<CopsCsv>| match labels
        .iter()
        .find(|l| l.period == period && l.condition == cond)
    {
        Some(l) if l.en != en || l.fr != fr => t.fail(
            r,
            format!(
                "label pair {en:?}/{fr:?} differs from {:?}/{:?} used before",
                l.en, l.fr
            ),
        ),
        Some(_) => {}
        None => labels.push(ConditionLabel {
            period,
            condition: cond,
            en: en.to_string(),
            fr: fr.to_string(),
        }),
    };
    for r in &t.rows {
        let code = r.code.trim();
        if let Some(level) = code.strip_prefix("TEER_") {
            let level: u8 = level.parse().unwrap_or_else(|_| t.fail(r, "bad TEER row"));
            let en = r
                .name_en
                .split_once(": ")
                .map(|x| x.1)
                .unwrap_or_else(|| t.fail(r, "TEER label without ': '"));
            let fr = r
                .name_fr
                .split_once(": ")
                .map(|x| x.1)
                .unwrap_or_else(|| t.fail(r, "TEER label without ': '"));
            teer.push(TeerLabel {
                level,
                en: en.trim().to_string(),
                fr: fr.trim().to_string(),
            });
            continue;
        }
        if code.len() != 5 || code == "00000" {
            continue; // totals and broad-category aggregates
        }
        if !s.is_unit(code) {
            t.fail(r, format!("code {code:?} is not a NOC 2021 unit group"));
        }
        let na = r
            .figures()
            .iter()
            .filter(|(_, v)| v.trim() == "N/A")
            .count();
        if na != 0 && na != 9 {
            t.fail(r, "some but not all figures are N/A");
        }
        let num = |(column, v): (&str, &str)| -> i64 {
            let v = v.trim();
            v.parse().unwrap_or_else(|_| {
                t.fail(r, format!("column {column} value {v:?} is not an integer"))
            })
        };
        let recent = condition(&r.recent_en, &t, r);
        let future = condition(&r.future_en, &t, r);
        add_label(
            ConditionPeriod::Recent,
            recent,
            r.recent_en.trim(),
            r.recent_fr.trim(),
            r,
        );
        add_label(
            ConditionPeriod::Future,
            future,
            r.future_en.trim(),
            r.future_fr.trim(),
            r,
        );
        let figures = (na == 0).then(|| {
            let [employment_2023, employment_growth, retirements, other_replacement, job_openings, school_leavers, immigration, other_seekers, job_seekers] =
                r.figures().map(num);
            CopsFigures {
                employment_2023,
                employment_growth,
                retirements,
                other_replacement,
                job_openings,
                school_leavers,
                immigration,
                other_seekers,
                job_seekers,
            }
        });
        // Openings and seekers are sums of their parts, up to ESDC's rounding to hundreds.
        if let Some(g) = &figures {
            if (g.employment_growth + g.retirements + g.other_replacement - g.job_openings).abs()
                > 200
                || (g.school_leavers + g.immigration + g.other_seekers - g.job_seekers).abs() > 200
            {
                t.fail(
                    r,
                    "openings or job seekers differ from the sum of their parts",
                );
            }
        }
        let row = CopsRow {
            figures,
            recent,
            future,
        };
        rows.insert(code.to_string(), row);
    }
    if rows.len() != 516 || teer.len() != 6 {
        panic!(
            "{}: {} unit groups and {} TEER rows, expected 516 and 6",
            t.file,
            rows.len(),
            teer.len()
        );
    }
    teer.sort_by_key(|l| l.level);
    Cops { rows, labels, teer }
}

pub fn census(src: &mut SourceDir, s: &Structure) -> HashMap<String, CensusRow> {
    let t = src.table::<CensusCsv>(
        "jobbank/census2021_median_employment_income_by_noc_krunal16c.csv",
        &["noc_code", "median_employment_income_2020_cad", "note"],
    );
    t.expect_rows(516);
    let mut out = HashMap::new();
    for r in &t.rows {
        let code = r.noc_code.trim();
        if !s.is_unit(code) {
            t.fail(r, format!("code {code:?} is not a NOC 2021 unit group"));
        }
        let v: u32 = r
            .median_employment_income_2020_cad
            .trim()
            .parse()
            .unwrap_or_else(|_| t.fail(r, "income is not an integer"));
        let aggregate = ["00011", "00012", "00013", "00014", "00015"].contains(&code);
        let row = if v == 0 {
            CensusRow {
                median: None,
                flag: Some(CensusFlag::SuppressedZero),
            }
        } else if aggregate {
            CensusRow {
                median: Some(v),
                flag: Some(CensusFlag::SeniorManagersAggregate),
            }
        } else {
            CensusRow {
                median: Some(v),
                flag: None,
            }
        };
        out.insert(code.to_string(), row);
    }
    if out.len() != 516 {
        panic!(
            "{}: {} distinct unit groups, expected 516",
            t.file,
            out.len()
        );
    }
    out
}

pub fn concordance(src: &mut SourceDir, s: &Structure) -> Vec<ConcordanceRow> {
    let t = src.table::<ConcordanceCsv>(
        "noc2016v1_3-noc2021v1_0-eng.csv",
        &[
            "NOC 2016 V1.3 Code",
            "NOC 2016 V1.3 Title",
            " GSIM Type of Change",
            "NOC 2021 V1.0 Code",
            "NOC 2021 V1.0 Title",
            "Notes",
        ],
    );
    t.expect_rows(585);
    let mut rows = Vec::new();
    for r in &t.rows {
        let code2016 = crate::table::pad(&r.code2016, 4, &t, r);
        let code2021 = crate::table::pad(&r.code2021, 5, &t, r);
        if !s.is_unit(&code2021) {
            t.fail(
                r,
                format!("2021 code {code2021} is not a NOC 2021 unit group"),
            );
        }
        if r.title2016.trim().is_empty() || r.change.trim().is_empty() {
            t.fail(r, "empty 2016 title or change type");
        }
        rows.push(ConcordanceRow {
            code2016,
            title2016: r.title2016.trim().to_string(),
            change: r.change.trim().to_string(),
            code2021,
        });
    }
    let n2016: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r.code2016.as_str()).collect();
    let n2021: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r.code2021.as_str()).collect();
    if n2016.len() != 500 || n2021.len() != 516 {
        panic!(
            "{}: {} distinct 2016 codes and {} 2021 codes, expected 500 and 516",
            t.file,
            n2016.len(),
            n2021.len()
        );
    }
    rows
}
