//! Routes pinned for 23 occupations spread over TEER 0–5 and every province and territory (the
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

struct Pin {
    code: &'static str,
    named: &'static [&'static str],
    teer: &'static [&'static str],
    /// "id:reach" of the limits and closed streams.
    notes: &'static [&'static str],
}

#[rustfmt::skip]
const PINS: &[Pin] = &[
    // 00010 Legislators (TEER 0)
    //   excluded: ab-opportunity-stream: compiled, https://www.alberta.ca/aaip-alberta-opportunity-stream-eligibility (read 2026-08-21)
    //   excluded: sk-in-demand: compiled, https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements (read 2026-08-21)
    Pin {
        code: "00010",
        named: &[],
        teer: &["fed-aip", "fed-fcip", "fed-rcip", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-remaining", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "yt-express-entry", "yt-skilled-worker"],
        notes: &["ab-opportunity-stream:excluded", "sk-in-demand:excluded"],
    },
    // 30010 Managers in health care (TEER 0)
    //   named: bc-pnp-care-health: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:73
    //   named: bc-pnp-health-authority: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:153
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: sk-health-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/health-talent-pathway.md:39
    //   excluded: sk-in-demand: compiled, https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements (read 2026-08-21)
    Pin {
        code: "30010",
        named: &["bc-pnp-care-health", "bc-pnp-health-authority", "mb-in-demand", "sk-health-talent"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-existing-work-permit", "yt-express-entry", "yt-skilled-worker"],
        notes: &["sk-in-demand:excluded"],
    },
    // 70010 Construction managers (TEER 0)
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: ns-critical-vacancies: policy/ns-immigration/md/critical-vacancies.md:59
    //   named: ns-skilled-worker-construction: policy/ns-immigration/md/skilled-worker.md:61
    Pin {
        code: "70010",
        named: &["mb-in-demand", "ns-critical-vacancies", "ns-skilled-worker-construction"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "sk-in-demand", "yt-express-entry", "yt-skilled-worker"],
        notes: &[],
    },
    // 21231 Software engineers and designers (TEER 1)
    //   named: ab-accelerated-tech: compiled, https://www.alberta.ca/system/files/custom_downloaded_images/lbr-aaip-tech-pathway-nocs-codes-list.pdf (read 2026-08-21)
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: sk-tech-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/sinp-innovation-tech-talent-pathway.md:50
    //   named: bc-pnp-tech: compiled, https://www.welcomebc.ca/immigrate-to-b-c/about-the-bc-provincial-nominee-program/news (read 2026-06-20)
    //   named: on-tech-draws: policy/on-immigration/md/page/oinp-tech-draws.md:45
    Pin {
        code: "21231",
        named: &["ab-accelerated-tech", "mb-in-demand", "sk-tech-talent"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-other-groups", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "sk-in-demand", "yt-express-entry", "yt-skilled-worker"],
        notes: &["bc-pnp-tech:named", "on-tech-draws:named"],
    },
    // 31102 General practitioners and family physicians (TEER 1)
    //   named: bc-pnp-care-health: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:76
    //   named: bc-pnp-health-authority: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:156
    //   named: ns-skilled-worker-physicians: policy/ns-immigration/md/skilled-worker.md:89
    //   named: sk-health-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/health-talent-pathway.md:42
    //   excluded: sk-in-demand: compiled, https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements (read 2026-08-21)
    //   named: ab-dedicated-health-care: compiled, https://www.alberta.ca/dedicated-health-care-pathway (professions named in policy/ab-immigration/md/aaip-updates.md:54, mapped to unit groups by us)
    Pin {
        code: "31102",
        named: &["ab-dedicated-health-care", "bc-pnp-care-health", "bc-pnp-health-authority", "ns-skilled-worker-physicians", "sk-health-talent"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-existing-work-permit", "yt-express-entry", "yt-skilled-worker"],
        notes: &["sk-in-demand:excluded"],
    },
    // 31301 Registered nurses and registered psychiatric nurses (TEER 1)
    //   named: bc-pnp-care-health: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:88
    //   named: bc-pnp-health-authority: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:170
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: sk-health-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/health-talent-pathway.md:56
    //   excluded: sk-in-demand: compiled, https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements (read 2026-08-21)
    //   named: ab-dedicated-health-care: compiled, https://www.alberta.ca/dedicated-health-care-pathway (professions named in policy/ab-immigration/md/aaip-updates.md:54, mapped to unit groups by us)
    Pin {
        code: "31301",
        named: &["ab-dedicated-health-care", "bc-pnp-care-health", "bc-pnp-health-authority", "mb-in-demand", "sk-health-talent"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-existing-work-permit", "yt-express-entry", "yt-skilled-worker"],
        notes: &["sk-in-demand:excluded"],
    },
    // 41220 Secondary school teachers (TEER 1)
    //   named: bc-pnp-care-education: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:115
    //   excluded: ab-opportunity-stream: compiled, https://www.alberta.ca/aaip-alberta-opportunity-stream-eligibility (read 2026-08-21)
    //   excluded: sk-in-demand: compiled, https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements (read 2026-08-21)
    Pin {
        code: "41220",
        named: &["bc-pnp-care-education"],
        teer: &["fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-other-groups", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "yt-express-entry", "yt-skilled-worker"],
        notes: &["ab-opportunity-stream:excluded", "sk-in-demand:excluded"],
    },
    // 32124 Pharmacy technicians (TEER 2)
    //   named: bc-pnp-health-authority: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:186
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: ns-graduate: policy/ns-immigration/md/nova-scotia-graduate.md:19
    //   named: sk-health-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/health-talent-pathway.md:72
    Pin {
        code: "32124",
        named: &["bc-pnp-health-authority", "mb-in-demand", "ns-graduate", "sk-health-talent"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-existing-work-permit", "sk-in-demand", "yt-express-entry", "yt-skilled-worker"],
        notes: &[],
    },
    // 42202 Early childhood educators and assistants (TEER 2)
    //   named: bc-pnp-care-childcare: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:109
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: ns-graduate: policy/ns-immigration/md/nova-scotia-graduate.md:21
    //   excluded: ab-opportunity-stream: compiled, https://www.alberta.ca/aaip-alberta-opportunity-stream-eligibility (read 2026-08-21)
    Pin {
        code: "42202",
        named: &["bc-pnp-care-childcare", "mb-in-demand", "ns-graduate"],
        teer: &["fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-other-groups", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "sk-in-demand", "yt-express-entry", "yt-skilled-worker"],
        notes: &["ab-opportunity-stream:excluded"],
    },
    // 72200 Electricians (except industrial and power system) (TEER 2)
    //   named: ab-accelerated-tech: compiled, https://www.alberta.ca/system/files/custom_downloaded_images/lbr-aaip-tech-pathway-nocs-codes-list.pdf (read 2026-08-21)
    //   named: bc-pnp-build-construction: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:130
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: ns-skilled-worker-construction: policy/ns-immigration/md/skilled-worker.md:61
    Pin {
        code: "72200",
        named: &["ab-accelerated-tech", "bc-pnp-build-construction", "mb-in-demand", "ns-skilled-worker-construction"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-1", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "sk-in-demand", "yt-express-entry", "yt-skilled-worker"],
        notes: &[],
    },
    // 33102 Nurse aides, orderlies and patient service associates (TEER 3)
    //   named: bc-pnp-care-health: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:102
    //   named: bc-pnp-health-authority: policy/bc-immigration/md/about-the-bc-provincial-nominee-program.md:193
    //   named: mb-in-demand-rural: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: ns-critical-vacancies: policy/ns-immigration/md/critical-vacancies.md:44
    //   named: ns-graduate: policy/ns-immigration/md/nova-scotia-graduate.md:20
    //   named: pe-occupations-in-demand: policy/pe-immigration/md/occupations-in-demand.md:27
    //   named: sk-health-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/health-talent-pathway.md:79
    Pin {
        code: "33102",
        named: &["bc-pnp-care-health", "bc-pnp-health-authority", "mb-in-demand-rural", "ns-critical-vacancies", "ns-graduate", "pe-occupations-in-demand", "sk-health-talent"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "sk-existing-work-permit", "sk-in-demand", "yt-express-entry", "yt-skilled-worker"],
        notes: &[],
    },
    // 63101 Real estate agents and salespersons (TEER 3)
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   excluded: ab-opportunity-stream: compiled, https://www.alberta.ca/aaip-alberta-opportunity-stream-eligibility (read 2026-08-21)
    //   not-considered: bc-pnp-ineligible: compiled, https://www.welcomebc.ca/immigrate-to-b-c/bc-pnp-si-program-guide-pdf (read 2026-08-21)
    //   excluded: sk-in-demand: compiled, https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements (read 2026-08-21)
    Pin {
        code: "63101",
        named: &["mb-in-demand"],
        teer: &["fed-aip", "fed-fcip", "fed-rcip", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "yt-express-entry", "yt-skilled-worker"],
        notes: &["ab-opportunity-stream:excluded", "bc-pnp-ineligible:not-considered", "sk-in-demand:excluded"],
    },
    // 63200 Cooks (TEER 3)
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   not-considered: nb-aip-not-considered-food: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:34
    //   not-considered: nb-pnp-not-considered-food: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:38
    Pin {
        code: "63200",
        named: &["mb-in-demand"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "sk-employment-offer", "sk-existing-work-permit", "sk-in-demand", "yt-express-entry", "yt-skilled-worker"],
        notes: &["nb-aip-not-considered-food:not-considered", "nb-pnp-not-considered-food:not-considered"],
    },
    // 73300 Transport truck drivers (TEER 3)
    //   named: pe-occupations-in-demand: policy/pe-immigration/md/occupations-in-demand.md:27
    //   excluded: sk-employment-offer: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/international-skilled-worker-with-employment-offer.md:33
    //   excluded: sk-in-demand: compiled, https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program/browse-sinp-programs/applicants-international-skilled-workers/occupation-restrictions-and-requirements (read 2026-08-21)
    Pin {
        code: "73300",
        named: &["pe-occupations-in-demand"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-express-entry", "nl-pnp-international-graduate", "nl-pnp-skilled-worker", "ns-priority-health-trades", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "sk-existing-work-permit", "yt-express-entry", "yt-skilled-worker"],
        notes: &["sk-employment-offer:excluded", "sk-in-demand:excluded"],
    },
    // 14400 Shippers and receivers (TEER 4)
    //   not-considered: nb-aip-not-considered: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:34
    //   not-considered: nb-pnp-not-considered: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:38
    //   named: on-in-demand-skills: policy/on-immigration/md/page/oinp-employer-job-offer-demand-skills-stream.md:101
    Pin {
        code: "14400",
        named: &[],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["bc-pnp-elss:teer", "nb-aip-not-considered:not-considered", "nb-pnp-not-considered:not-considered", "on-in-demand-skills:named"],
    },
    // 44100 Home child care providers (TEER 4)
    //   named: fed-home-care-workers: compiled, https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/caregivers.html (read 2026-12-05)
    //   excluded: ab-opportunity-stream: compiled, https://www.alberta.ca/aaip-alberta-opportunity-stream-eligibility (read 2026-08-21)
    Pin {
        code: "44100",
        named: &["fed-home-care-workers"],
        teer: &["fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-skilled-worker", "ns-priority-other-groups", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["ab-opportunity-stream:excluded", "bc-pnp-elss:teer"],
    },
    // 44101 Home support workers, caregivers and related occupations (TEER 4)
    //   named: fed-home-care-workers: compiled, https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/caregivers.html (read 2026-12-05)
    //   named: sk-health-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/health-talent-pathway.md:85
    //   excluded: ab-opportunity-stream: compiled, https://www.alberta.ca/aaip-alberta-opportunity-stream-eligibility (read 2026-08-21)
    //   named: on-in-demand-skills: policy/on-immigration/md/page/oinp-employer-job-offer-demand-skills-stream.md:89
    Pin {
        code: "44101",
        named: &["fed-home-care-workers", "sk-health-talent"],
        teer: &["fed-aip", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-skilled-worker", "ns-priority-other-groups", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["ab-opportunity-stream:excluded", "bc-pnp-elss:teer", "on-in-demand-skills:named"],
    },
    // 64100 Retail salespersons and visual merchandisers (TEER 4)
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   not-considered: nb-aip-not-considered: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:34
    //   not-considered: nb-pnp-not-considered: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:38
    Pin {
        code: "64100",
        named: &["mb-in-demand"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["bc-pnp-elss:teer", "nb-aip-not-considered:not-considered", "nb-pnp-not-considered:not-considered"],
    },
    // 65100 Cashiers (TEER 5)
    //   not-considered: nb-pnp-not-considered: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:38
    Pin {
        code: "65100",
        named: &[],
        teer: &["ab-opportunity-stream", "fed-fcip", "fed-rcip", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["bc-pnp-elss:teer", "nb-pnp-not-considered:not-considered"],
    },
    // 65310 Light duty cleaners (TEER 5)
    //   named: pe-occupations-in-demand: policy/pe-immigration/md/occupations-in-demand.md:27
    //   not-considered: nb-pnp-not-considered-food: policy/nb-immigration/md/content/gnb/en/corporate/promo/immigration/notice.md:38
    Pin {
        code: "65310",
        named: &["pe-occupations-in-demand"],
        teer: &["ab-opportunity-stream", "fed-fcip", "fed-rcip", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["bc-pnp-elss:teer", "nb-pnp-not-considered-food:not-considered"],
    },
    // 75110 Construction trades helpers and labourers (TEER 5)
    //   named: mb-in-demand: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: ns-skilled-worker-construction: policy/ns-immigration/md/skilled-worker.md:61
    //   named: pe-occupations-in-demand: policy/pe-immigration/md/occupations-in-demand.md:27
    //   named: on-in-demand-skills: policy/on-immigration/md/page/oinp-employer-job-offer-demand-skills-stream.md:91
    Pin {
        code: "75110",
        named: &["mb-in-demand", "ns-skilled-worker-construction", "pe-occupations-in-demand"],
        teer: &["ab-opportunity-stream", "fed-fcip", "fed-rcip", "nb-experience-sectors", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["bc-pnp-elss:teer", "on-in-demand-skills:named"],
    },
    // 85100 Livestock labourers (TEER 5)
    //   named: sk-agriculture-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/agriculture-talent-pathway.md:39
    //   named: on-in-demand-skills: policy/on-immigration/md/page/oinp-employer-job-offer-demand-skills-stream.md:94
    Pin {
        code: "85100",
        named: &["sk-agriculture-talent"],
        teer: &["ab-opportunity-stream", "fed-fcip", "fed-rcip", "nl-pnp-skilled-worker", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["bc-pnp-elss:teer", "on-in-demand-skills:named"],
    },
    // 94141 Industrial butchers and meat cutters, poultry preparers and related workers (TEER 4)
    //   named: mb-in-demand-rural: compiled, https://immigratemanitoba.com/mpnp/idol/ (read 2026-08-21)
    //   named: pe-occupations-in-demand: policy/pe-immigration/md/occupations-in-demand.md:27
    //   named: sk-agriculture-talent: policy/sk-immigration/md/browse-sinp-programs/applicants-international-skilled-workers/agriculture-talent-pathway.md:43
    //   named: on-in-demand-skills: policy/on-immigration/md/page/oinp-employer-job-offer-demand-skills-stream.md:97
    Pin {
        code: "94141",
        named: &["mb-in-demand-rural", "pe-occupations-in-demand", "sk-agriculture-talent"],
        teer: &["ab-opportunity-stream", "fed-aip", "fed-fcip", "fed-rcip", "nl-pnp-skilled-worker", "ns-priority-other-groups", "nt-employer-driven", "nt-francophone", "on-workforce-priority", "qc-pstq-stream-2", "qc-pstq-stream-3", "yt-critical-impact-worker"],
        notes: &["bc-pnp-elss:teer", "on-in-demand-skills:named"],
    },];

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
    for pin in PINS {
        let want = [pin.named, pin.teer, pin.notes].map(|v| {
            let mut v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
            v.sort();
            v
        });
        let got = shown(&store, pin.code);
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
    for pin in PINS {
        teers.insert(pin.code.as_bytes()[1]);
        // Provinces whose own program (not a federal pilot) names, excludes or takes the occupation.
        for r in store.routes(pin.code).unwrap() {
            if r.info.jurisdiction != "FED" || pin.named.contains(&r.info.id.as_str()) {
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
