//! Routes pinned (`routes_pinned.toml`) for 23 occupations spread over TEER 0–5 and every province and territory (the
//! federal Home Care Worker pilots reach YT, NT and NU; the AIP reaches NL): which programs the
//! card and `noc routes` show as naming the occupation, as open to its TEER, and as limits or
//! closed streams. Each answer cites the line of the official page it rests on, in a copy of that
//! page crawled in June 2026 (paths under zhizhunbao/pnp-job-tracker `data/raw/`, see
//! data/routes/PROVENANCE.md); a `compiled` answer names its official URL, as no official text
//! could be read line by line.
//!
//! The rules by TEER rest on these lines:
//! * ns-priority-health-trades: policy/ns-immigration/md/resources/nominee-program-priorities-nova-scotia.md:19
//!   ("a top priority for nomination at TEER levels 0–4 only"); ns-priority-other-groups: same file
//!   lines 28–35 (NOC 2, 4, 8, 9, TEER 0–4, temporary residents); ns-priority-remaining: lines 41–44
//!   ("TEER 0, 1, and 2 only").
//! * nb-experience-sectors: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:22
//!   ("limited to occupations in the following sectors: Healthcare Education Construction Trades").
//! * sk-in-demand (TEER part): policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements.md:21
//!   (TEER 1, 2 or 3; TEER 0 from the excluded list, see PROVENANCE) and line 39 (the excluded list applies to OID and EE).
//! * bc-pnp-elss (closed): policy/bc-immigration/md/news.md:55; bc-pnp-tech (closed): same file line 57.
//! * on-in-demand-skills and on-tech-draws (closed 2026-06-26): policy/on-immigration/md/page/oinp-employer-job-offer-demand-skills-stream.md:17
//!   announces the redesign; the closing date is from secondary sources (PROVENANCE).
//! * fed-aip: the canada.ca sentences "CLB 5 for job offer in TEER 0, 1, 2 or 3" and "CLB 4 for job
//!   offer in TEER 4" (atlantic-immigration/language-testing.html, quoted in ircc/aip_rules.json).
//! * nl-pnp-skilled-worker: policy/nl-immigration/md/4-skilled-worker-category-eligibility-criteria.md:13
//!   ("In a TEER 0, 1, 2, 3, 4 or 5 occupation"), line 24 (CLB 4 for TEER 4 or 5 offers);
//!   nl-pnp-express-entry: policy/nl-immigration/md/4-express-entry-skilled-worker-category-eligibility-criteria.md:14
//!   ("In a TEER 0, 1, 2, or 3 occupation"); nl-pnp-international-graduate:
//!   policy/nl-immigration/md/4-international-graduate-category-eligibility-criteria.md:14 (TEER 0–3; its
//!   "TEER 4 (in-demand)" list is not published, so TEER 4 is not encoded).
//! * yt-skilled-worker: policy/yt-immigration/md/yukon-nominee-program/apply-skilled-worker-and-critical-impact-worker-streams-hire-foreign-worker.md:18-23
//!   (TEER 0–3); yt-critical-impact-worker: same file lines 13–16 (TEER 4 and 5); yt-express-entry:
//!   policy/yt-immigration/md/yukon-nominee-program/apply-express-entry-stream-hire-foreign-worker.md:17-22 (TEER 0–3).
//! * nt-francophone (paused): policy/nt-immigration/md/francophone-stream.md:12 ("NOC TEER 0, 1, 2, 3, 4 & 5")
//!   and line 9 (2025 intake closed); nt-employer-driven (paused, compiled): its three categories,
//!   policy/nt-immigration/md/employer-driven-stream.md:28-32, read as every TEER.
//! * sk-employment-offer: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/international-skilled-worker-with-employment-offer.md:33
//!   (TEER 0–3, broad category 3 sent to the Health Talent Pathway, truck drivers to Existing Work
//!   Permit); sk-existing-work-permit: policy/sk-immigration/md/browse-sinp-programs/applicants-with-saskatchewan-experience/applicants-with-existing-work-permit.md:57
//!   (TEER 0–3 for most work permits).
//! * on-workforce-priority, fed-rcip, fed-fcip, ab-opportunity-stream, qc-pstq-stream-1/2/3: compiled
//!   or secondary (their URLs in data/routes), no official line to cite.

use noc_data::{group_routes, Store};

/// One pinned occupation (`routes_pinned.toml`).
#[derive(serde::Deserialize)]
struct Pin {
    code: String,
    named: Vec<String>,
    teer: Vec<String>,
    /// "id:reach" of the limits and closed streams.
    notes: Vec<String>,
}

/// The pins, each with the lines of the official pages it rests on (in comments).
fn pins() -> Vec<Pin> {
    #[derive(serde::Deserialize)]
    struct File {
        pin: Vec<Pin>,
    }
    let text = include_str!("routes_pinned.toml");
    toml::from_str::<File>(text)
        .expect("routes_pinned.toml")
        .pin
}

/// What the card shows for `code`, in the pins' shape: the ids of the programs that name it, of
/// those open to its TEER, and "id:reach" of its limits and closed streams, each sorted.
fn shown(store: &Store, code: &str) -> [Vec<String>; 3] {
    let routes = store.routes(code).expect("figures of a unit group");
    let groups = group_routes(routes, None);
    let reach = |r: &noc_data::routes_model::Route| {
        serde_json::to_value(r.reach)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    };
    let mut out = [
        groups
            .named
            .iter()
            .map(|r| r.info.id.clone())
            .collect::<Vec<_>>(),
        groups
            .by_teer
            .iter()
            .flat_map(|(_, rs)| rs.iter().map(|r| r.info.id.clone()))
            .collect(),
        groups
            .notes
            .iter()
            .flat_map(|(_, rs)| rs.iter().map(|r| format!("{}:{}", r.info.id, reach(r))))
            .collect(),
    ];
    out.iter_mut().for_each(|v| v.sort());
    out
}

#[test]
fn routes_shown_for_pinned_occupations() {
    let store = Store::bundled();
    for pin in pins() {
        let want = [pin.named, pin.teer, pin.notes].map(|mut v| {
            v.sort();
            v
        });
        let got = shown(&store, &pin.code);
        for (i, what) in ["named", "by TEER", "notes"].iter().enumerate() {
            assert_eq!(got[i], want[i], "{} {what}", pin.code);
        }
    }
}

#[test]
fn pins_cover_every_teer_and_every_province() {
    let store = Store::bundled();
    let mut teers = std::collections::BTreeSet::new();
    let mut places = std::collections::BTreeSet::new();
    for pin in pins() {
        teers.insert(pin.code.as_bytes()[1]);
        // Provinces whose own program (not a federal pilot) names, excludes or takes the occupation.
        for r in store.routes(&pin.code).unwrap() {
            if r.info.jurisdiction != "FED" || pin.named.contains(&r.info.id) {
                places.extend(r.info.provinces.iter().cloned());
            }
        }
    }
    assert_eq!(teers.len(), 6);
    assert_eq!(places.len(), 13, "{places:?}");
}

#[test]
fn filter_by_province_keeps_only_routes_that_lead_there() {
    let store = Store::bundled();
    let routes = store.routes("33102").unwrap();
    let pe = group_routes(routes, Some("PE"));
    let named: Vec<&str> = pe.named.iter().map(|r| r.info.id.as_str()).collect();
    assert_eq!(named, ["pe-occupations-in-demand"]);
    let teer: Vec<&str> = pe
        .by_teer
        .iter()
        .flat_map(|(_, rs)| rs.iter().map(|r| r.info.id.as_str()))
        .collect();
    // PEI has no TEER rule of its own; the AIP and the pilots that run there remain.
    assert_eq!(teer, ["fed-aip"]);
    // Nothing leads to Nunavut but the federal home care pilots, which do not name 33102.
    assert_eq!(group_routes(routes, Some("NU")), Default::default());
}

#[test]
fn stale_after_six_months_on_the_readers_clock() {
    let store = Store::bundled();
    let r = &store.routes("31301").unwrap()[0];
    let read = r.info.read_date.clone();
    assert!(!r.info.is_stale(&read));
    assert!(!noc_data::routes_model::older_than_six_months(
        "2026-06-20",
        "2026-12-20"
    ));
    assert!(noc_data::routes_model::older_than_six_months(
        "2026-06-20",
        "2026-12-21"
    ));
    assert!(noc_data::routes_model::older_than_six_months(
        "2026-08-21",
        "2027-02-22"
    ));
    assert!(!noc_data::routes_model::older_than_six_months(
        "2026-08-21",
        "not a date"
    ));
}
