//! Properties over many generated profiles (tiny deterministic PRNG, no extra crates).
use ee_rules::language::{chart, min_score_for};
use ee_rules::*;

/// SplitMix64: deterministic, good enough to spread test cases.
pub struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

fn score(rng: &mut Rng, test: LanguageTest, ability: Ability) -> Score {
    let sc = ee_rules::language::scale(test, ability);
    // Half the time land exactly on a level edge (where bugs live), otherwise anywhere on the scale.
    if rng.chance(50) {
        let rows = chart(test).rows;
        let row = rows[rng.below(rows.len() as u64) as usize];
        return Score(row.min_score[ability as usize]);
    }
    let steps = ((sc.max - sc.min) / sc.step) as u64;
    Score(sc.min + rng.range(0, steps) as f64 * sc.step)
}

fn language(rng: &mut Rng, tests: &[LanguageTest]) -> LanguageResult {
    let test = rng.pick(tests);
    let mut scores = Abilities::all(Score(0.0));
    for a in Ability::ALL {
        scores.set(a, score(rng, test, a));
    }
    LanguageResult { test, scores }
}

const ENGLISH: [LanguageTest; 4] = [
    LanguageTest::IeltsGeneral,
    LanguageTest::CelpipGeneral,
    LanguageTest::PteCore,
    LanguageTest::Clb,
];
const FRENCH: [LanguageTest; 3] = [
    LanguageTest::TefCanada,
    LanguageTest::TcfCanada,
    LanguageTest::Nclc,
];

pub fn profile(rng: &mut Rng) -> Profile {
    let english_first = rng.chance(75);
    let (first_tests, second_tests): (&[LanguageTest], &[LanguageTest]) = if english_first {
        (&ENGLISH, &FRENCH)
    } else {
        (&FRENCH, &ENGLISH)
    };
    let first_language = language(rng, first_tests);
    let second_language = if rng.chance(40) {
        Some(language(rng, second_tests))
    } else {
        None
    };
    let spouse = if rng.chance(50) {
        Some(Spouse {
            accompanying: rng.chance(80),
            canadian_citizen_or_pr: rng.chance(15),
            education: rng.pick(&Education::ALL),
            first_language: if rng.chance(60) {
                Some(language(
                    rng,
                    &[ENGLISH, [FRENCH[0], FRENCH[1], FRENCH[2], FRENCH[0]]].concat(),
                ))
            } else {
                None
            },
            canadian_work_years: rng.range(0, 7) as u8,
            canadian_study: rng.chance(20),
        })
    } else {
        None
    };
    let job_offer = if rng.chance(25) {
        let noc = format!(
            "{}{}{:03}",
            rng.range(0, 9),
            rng.range(0, 5),
            rng.range(0, 999)
        );
        let teer = noc.as_bytes()[1] - b'0';
        Some(JobOffer { teer, noc })
    } else {
        None
    };
    Profile {
        age: rng.range(16, 60) as u8,
        education: rng.pick(&Education::ALL),
        canadian_education: rng.pick(&CanadianEducation::ALL),
        first_language,
        second_language,
        canadian_work_years: rng.range(0, 7) as u8,
        foreign_work_years: rng.range(0, 8) as u8,
        work_teer: rng.range(0, 5) as u8,
        trade_certificate: rng.chance(20),
        trade_work_years: rng.range(0, 5) as u8,
        job_offer,
        sibling_in_canada: rng.chance(20),
        relative_in_canada: rng.chance(20),
        provincial_nomination: rng.chance(10),
        family_size: if spouse.is_some() {
            rng.range(2, 8) as u8
        } else {
            rng.range(1, 4) as u8
        },
        spouse,
        settlement_funds_cad: rng.range(0, 60_000),
    }
}

const CASES: u64 = 3000;

#[test]
fn totals_parts_and_maximums() {
    let mut rng = Rng(1);
    for _ in 0..CASES {
        let p = profile(&mut rng);
        let a = assess(&p);
        let c = &a.crs;
        assert_eq!(
            c.total,
            c.core + c.spouse + c.transferability + c.additional
        );
        assert_eq!(
            c.lines.iter().map(|l| l.points).sum::<u16>(),
            c.total,
            "{p:?}"
        );
        for l in &c.lines {
            assert!(l.points <= l.max, "{} {} > {}", l.factor, l.points, l.max);
        }
        let single = p.counting_spouse().is_none();
        assert!(c.core <= if single { 500 } else { 460 });
        assert!(c.spouse <= 40 && c.core + c.spouse <= 500);
        assert!(c.transferability <= 100 && c.additional <= 600 && c.total <= 1200);
        assert!(a.fsw.points <= 100);
        assert_eq!(a.fsw.eligible, a.fsw.unmet.is_empty());
        assert_eq!(a.cec.eligible, a.cec.unmet.is_empty());
        assert_eq!(a.fst.eligible, a.fst.unmet.is_empty());
        assert_eq!(a.rules_as_of, "2025-07-07");
    }
}

fn raise_each_language_ability(p: &Profile) -> Vec<Profile> {
    let mut out = Vec::new();
    let slots: Vec<fn(&mut Profile) -> Option<&mut LanguageResult>> = vec![
        |q| Some(&mut q.first_language),
        |q| q.second_language.as_mut(),
        |q| q.spouse.as_mut().and_then(|s| s.first_language.as_mut()),
    ];
    for slot in slots {
        for a in Ability::ALL {
            let mut q = p.clone();
            let Some(r) = slot(&mut q) else { continue };
            let level = ee_rules::language::levels(r).get(a);
            if let Some(s) = ((level + 1)..=12).find_map(|l| min_score_for(r.test, a, l)) {
                if s > r.scores.get(a).0 {
                    r.scores.set(a, Score(s));
                    out.push(q);
                }
            }
        }
    }
    out
}

#[test]
fn better_language_or_more_experience_never_lowers_the_score() {
    let mut rng = Rng(2);
    for _ in 0..CASES {
        let p = profile(&mut rng);
        let base = assess(&p);
        let mut better = raise_each_language_ability(&p);
        for f in [
            |q: &mut Profile| q.canadian_work_years += 1,
            |q: &mut Profile| q.foreign_work_years += 1,
            |q: &mut Profile| q.trade_work_years += 1,
            |q: &mut Profile| q.education = q.education.next().unwrap_or(q.education),
            |q: &mut Profile| q.sibling_in_canada = true,
            |q: &mut Profile| q.trade_certificate = true,
        ] {
            let mut q = p.clone();
            f(&mut q);
            better.push(q);
        }
        for q in better {
            let a = assess(&q);
            assert!(
                a.crs.total >= base.crs.total,
                "CRS fell {} -> {}\n{p:?}\n{q:?}",
                base.crs.total,
                a.crs.total
            );
            assert!(a.fsw.points >= base.fsw.points, "FSW fell\n{p:?}\n{q:?}");
        }
    }
}

#[test]
fn a_spouse_who_does_not_count_scores_like_no_spouse() {
    let mut rng = Rng(3);
    for _ in 0..CASES {
        let mut p = profile(&mut rng);
        let Some(s) = p.spouse.as_mut() else { continue };
        if rng.chance(50) {
            s.accompanying = false;
        } else {
            s.canadian_citizen_or_pr = true;
        }
        let with = assess(&p).crs;
        p.spouse = None;
        let without = assess(&p).crs;
        assert_eq!(with, without);
    }
}

#[test]
fn suggestions_raise_the_score_by_exactly_the_stated_points() {
    let mut rng = Rng(4);
    let mut seen = 0;
    for _ in 0..1000 {
        let p = profile(&mut rng);
        let base = assess(&p).crs.total;
        let list = suggest(&p);
        for (i, s) in list.iter().enumerate() {
            let after = assess(&s.profile).crs.total;
            assert!(s.points > 0);
            assert_eq!(after, base + s.points, "{:?}", s.detail);
            assert_eq!(after, s.new_total);
            assert!(s.profile.age >= p.age, "age never decreases");
            assert!(
                list[..i].iter().all(|o| o.profile != s.profile),
                "duplicate suggestion"
            );
            if i > 0 {
                assert!(list[i - 1].points >= s.points, "best first");
            }
            // The modified profile is itself a valid profile.
            let text = serde_json::to_string(&s.profile).unwrap();
            let mut de = serde_json::Deserializer::from_str(&text);
            assert_eq!(profile_from(&mut de).as_ref(), Ok(&s.profile), "{text}");
            seen += 1;
        }
    }
    assert!(seen > 1000, "suggestions were generated ({seen})");
}

#[test]
fn generated_profiles_round_trip_through_json() {
    let mut rng = Rng(5);
    for _ in 0..CASES {
        let p = profile(&mut rng);
        let text = serde_json::to_string(&p).unwrap();
        let mut de = serde_json::Deserializer::from_str(&text);
        assert_eq!(profile_from(&mut de), Ok(p));
    }
}
