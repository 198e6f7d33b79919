//! `noc rounds`: Express Entry rounds of invitations.
//!
//! * `noc rounds [--category C] [--since YYYY-MM-DD] [--json] [--data DIR]` lists them, newest
//!   first: the rounds built into this `noc` (`rounds.bin`), or those of the feed files in `DIR`.
//! * `noc rounds import FILE [--data DIR]` reads a newer copy of IRCC's feed, validates every record
//!   (a missing or malformed field stops it, naming the round and the field, before anything is
//!   written), then replaces `DIR/ee_rounds_123_en.json` (written beside, then renamed), drops the
//!   supplement's rounds the feed now holds, and says what changed. `DIR` defaults to `data/ircc`
//!   (run it from the repository root), then rebuild (`make dist`) to publish.
use ee_rules::rounds::{Round, RoundClass};
use ee_rules::Date;
use noc_data::feed::{
    parse_feed, sort_and_check, FEED, FEED_SOURCE, SUPPLEMENT, SUPPLEMENT_SOURCE,
};
use std::path::{Path, PathBuf};

/// `noc rounds [--category C] [--since YYYY-MM-DD] [--json] [--data DIR]`, `noc rounds import FILE`
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
    /// Only rounds of this type: general, cec, pnp, fsw, fst, french, healthcare, stem, trades,
    /// transport, education, physicians, senior_managers, researchers, military, agriculture,
    /// program, category (or a group key such as canadian_experience_class).
    #[arg(long, value_name = "C")]
    pub category: Option<String>,
    /// Only rounds on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// JSON (an array of rounds) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Read the feed files of DIR instead of the rounds built into this `noc`.
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Validate a newer copy of IRCC's feed and make it the project's data (say what changed).
    Import {
        /// The feed file (ee_rounds_123_en.json as IRCC publishes it).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The data directory to update.
        #[arg(long, value_name = "DIR", default_value = "data/ircc")]
        data: PathBuf,
    },
}

pub fn run(args: &Args) -> i32 {
    match run_inner(args) {
        Ok(()) => 0,
        Err(Failure::Usage(msg)) => crate::usage_error("rounds", &msg),
        Err(Failure::Data(msg)) => {
            eprintln!("noc rounds: {msg}");
            1
        }
    }
}

enum Failure {
    Usage(String),
    Data(String),
}

fn run_inner(o: &Args) -> Result<(), Failure> {
    if let Some(Action::Import { file, data }) = &o.action {
        return import(file, data).map_err(Failure::Data);
    }
    let since =
        match &o.since {
            Some(v) => Some(Date::parse(v.trim()).ok_or_else(|| {
                Failure::Usage(format!("--since: '{v}' is not a date YYYY-MM-DD"))
            })?),
            None => None,
        };
    let classes = match &o.category {
        Some(c) => Some(category_filter(c).ok_or_else(|| {
            Failure::Usage(format!(
                "--category: '{c}' is not a round type; use one of {}",
                CATEGORY_NAMES
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?),
        None => None,
    };
    let all = match &o.data {
        Some(dir) => read_dir_rounds(dir).map_err(Failure::Data)?,
        None => bundled()?,
    };
    let shown: Vec<&Round> = all
        .iter()
        .filter(|r| classes.as_ref().is_none_or(|c| c.contains(&r.class)))
        .filter(|r| since.is_none_or(|s| r.date >= s))
        .collect();
    if o.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&shown).unwrap_or_default()
        );
        return Ok(());
    }
    match all.first() {
        Some(newest) => println!(
            "{} of {} rounds; newest #{} of {}",
            shown.len(),
            all.len(),
            newest.label,
            newest.date
        ),
        None => println!("no rounds"),
    }
    for r in shown {
        let tie = r
            .tie_break
            .map(|t| {
                format!(
                    "tie-break {} {:02}:{:02}:{:02} UTC",
                    t.date, t.hour, t.minute, t.second
                )
            })
            .unwrap_or_else(|| "no tie-break published".into());
        println!(
            "#{:<5} {}  {:>6} invited  cut-off {:>4}  {tie:<35}  {}",
            r.label,
            r.date,
            thousands(r.invitations),
            r.lowest_crs,
            r.name
        );
    }
    Ok(())
}

fn bundled() -> Result<Vec<Round>, Failure> {
    let bytes = noc_data::bundled_bytes("rounds.bin")
        .ok_or_else(|| Failure::Data("rounds.bin is not bundled in this build".into()))?;
    let mut store = noc_data::Store::new();
    store
        .insert("rounds.bin", bytes)
        .map_err(|e| Failure::Data(e.to_string()))?;
    Ok(store.rounds().to_vec())
}

/// `--category` names: group keys and short forms.
const CATEGORY_NAMES: &[(&str, &[RoundClass])] = &[
    ("general", &[RoundClass::AllPrograms]),
    ("all", &[RoundClass::AllPrograms]),
    ("cec", &[RoundClass::CanadianExperienceClass]),
    ("pnp", &[RoundClass::ProvincialNomineeProgram]),
    ("fsw", &[RoundClass::FederalSkilledWorker]),
    ("fst", &[RoundClass::FederalSkilledTrades]),
    ("french", &[RoundClass::FrenchLanguage]),
    ("healthcare", &[RoundClass::HealthcareSocialServices]),
    ("physicians", &[RoundClass::PhysiciansCanadianExperience]),
    (
        "senior_managers",
        &[RoundClass::SeniorManagersCanadianExperience],
    ),
    ("researchers", &[RoundClass::ResearchersCanadianExperience]),
    ("military", &[RoundClass::SkilledMilitaryRecruits]),
    ("agriculture", &[RoundClass::AgricultureAgriFood]),
];

fn category_filter(name: &str) -> Option<Vec<RoundClass>> {
    let n = name.trim().to_lowercase().replace('-', "_");
    if let Some((_, c)) = CATEGORY_NAMES.iter().find(|(k, _)| *k == n) {
        return Some(c.to_vec());
    }
    if n == "program" || n == "category" {
        let kind = if n == "program" {
            ee_rules::RoundKind::Program
        } else {
            ee_rules::RoundKind::Category
        };
        return Some(
            RoundClass::ALL
                .into_iter()
                .filter(|c| c.kind() == kind)
                .collect(),
        );
    }
    RoundClass::from_key(&n).map(|c| vec![c])
}

fn thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The feed and supplement of a data directory, merged as the build merges them.
fn read_dir_rounds(dir: &Path) -> Result<Vec<Round>, String> {
    let feed = parse_feed(FEED, &read(&dir.join(FEED))?, FEED_SOURCE)?;
    let supplement_path = dir.join(SUPPLEMENT);
    let supplement = if supplement_path.exists() {
        parse_feed(SUPPLEMENT, &read(&supplement_path)?, SUPPLEMENT_SOURCE)?
    } else {
        Vec::new()
    };
    noc_data::feed::merge(feed, supplement).map_err(|e| e.to_string())
}

/// Writes `bytes` beside `path` and renames it over `path` (readers never see half a file).
fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".new");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot replace {}: {e}", path.display())
    })
}

fn describe(r: &Round) -> String {
    format!(
        "#{} ({}, {}, {} invited, cut-off {})",
        r.label,
        r.date,
        r.name,
        thousands(r.invitations),
        r.lowest_crs
    )
}

fn same_round(a: &Round, b: &Round) -> bool {
    (a.date, &a.name, a.invitations, a.lowest_crs, a.tie_break)
        == (b.date, &b.name, b.invitations, b.lowest_crs, b.tie_break)
}

fn list(rounds: &[&Round]) -> String {
    rounds
        .iter()
        .map(|r| describe(r))
        .collect::<Vec<_>>()
        .join(", ")
}

fn import(file: &Path, dir: &Path) -> Result<(), String> {
    let text = read(file)?;
    let name = file.display().to_string();
    let mut incoming = parse_feed(&name, &text, FEED_SOURCE)?;
    sort_and_check(&mut incoming).map_err(|e| format!("{name}: {e}"))?;
    if incoming.is_empty() {
        return Err(format!("{name}: the feed holds no rounds; nothing changed"));
    }
    if !dir.is_dir() {
        return Err(format!(
            "{}: no such data directory (use --data DIR)",
            dir.display()
        ));
    }
    let feed_path = dir.join(FEED);
    let old_feed = if feed_path.exists() {
        parse_feed(FEED, &read(&feed_path)?, FEED_SOURCE)?
    } else {
        Vec::new()
    };
    let supplement_path = dir.join(SUPPLEMENT);
    let supplement_text = if supplement_path.exists() {
        Some(read(&supplement_path)?)
    } else {
        None
    };
    let supplement = match &supplement_text {
        Some(t) => parse_feed(SUPPLEMENT, t, SUPPLEMENT_SOURCE)?,
        None => Vec::new(),
    };
    // A newer copy of the feed holds every round of the old one; fewer means a cut or wrong file.
    let lost: Vec<&Round> = old_feed
        .iter()
        .filter(|o| !incoming.iter().any(|n| n.label == o.label))
        .collect();
    if !lost.is_empty() {
        return Err(format!(
            "{name} lacks {} round(s) of the current copy ({}); nothing changed",
            lost.len(),
            lost.iter()
                .take(5)
                .map(|r| format!("#{}", r.label))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let known = |r: &Round| {
        old_feed
            .iter()
            .chain(&supplement)
            .find(|o| o.label == r.label)
            .cloned()
    };
    let mut new: Vec<&Round> = Vec::new();
    let mut changed: Vec<&Round> = Vec::new();
    for r in &incoming {
        match known(r) {
            None => new.push(r),
            Some(old) if !same_round(&old, r) => changed.push(r),
            Some(_) => {}
        }
    }
    new.sort_by_key(|r| (r.date, r.number));
    changed.sort_by_key(|r| (r.date, r.number));
    let covered: Vec<String> = supplement
        .iter()
        .filter(|s| incoming.iter().any(|n| n.label == s.label))
        .map(|s| s.label.clone())
        .collect();

    // Everything is validated: write.
    replace_file(&feed_path, text.as_bytes())?;
    if let (Some(t), false) = (&supplement_text, covered.is_empty()) {
        let mut json: serde_json::Value =
            serde_json::from_str(t).map_err(|e| format!("{SUPPLEMENT}: {e}"))?;
        if let Some(list) = json.get_mut("rounds").and_then(|r| r.as_array_mut()) {
            list.retain(|rec| {
                rec.get("drawNumber")
                    .and_then(|n| n.as_str())
                    .is_none_or(|n| !covered.iter().any(|c| c == n.trim()))
            });
        }
        let mut out = serde_json::to_string_pretty(&json).unwrap_or_default();
        out.push('\n');
        replace_file(&supplement_path, out.as_bytes())?;
    }
    note_refresh(dir, &name, &incoming);

    match new.len() {
        0 => println!(
            "No new rounds; newest is #{} of {}.",
            incoming[0].label, incoming[0].date
        ),
        1 => println!("1 new round: {}", list(&new)),
        n => println!("{n} new rounds: {}", list(&new)),
    }
    if !changed.is_empty() {
        println!("{} round(s) changed: {}", changed.len(), list(&changed));
    }
    if !covered.is_empty() {
        println!(
            "{} round(s) of {SUPPLEMENT} are in the feed now and were dropped from it: {}",
            covered.len(),
            covered
                .iter()
                .map(|l| format!("#{l}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    println!(
        "Wrote {} ({} rounds). Rebuild to publish them: make dist (see docs/updating.md).",
        feed_path.display(),
        incoming.len()
    );
    Ok(())
}

/// Appends a dated line to the data directory's PROVENANCE.md, if it has one.
fn note_refresh(dir: &Path, file: &str, rounds: &[Round]) {
    let path = dir.join("PROVENANCE.md");
    let Ok(mut text) = std::fs::read_to_string(&path) else {
        return;
    };
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| ee_rules::date::date_from_days((d.as_secs() / 86_400) as i64))
        .map(|d| d.to_string())
        .unwrap_or_default();
    if !text.contains("\n## Refreshes\n") {
        text.push_str("\n## Refreshes\n\n");
    }
    let newest = &rounds[0];
    text.push_str(&format!(
        "- {today}: `{FEED}` replaced by `noc rounds import` from `{}` ({} rounds, newest #{} of {}).\n",
        Path::new(file).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default(),
        rounds.len(),
        newest.label,
        newest.date
    ));
    let _ = replace_file(&path, text.as_bytes());
}
