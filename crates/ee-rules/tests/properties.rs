//! Properties over many generated profiles. `proptest` generates them (deterministically: the same
//! profiles on every run) and, when a property fails, shrinks the profile to a minimal failing one.
use ee_rules::language::{chart, min_score_for};
use ee_rules::*;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};

/// A score on the test's scale: half the time exactly on a level edge (where bugs live), otherwise
/// anywhere on the scale.
fn score(test: LanguageTest, ability: Ability) -> impl Strategy<Value = Score> {
    let sc = ee_rules::language::scale(test, ability);
    let rows = chart(test).rows;
    let steps = ((sc.max - sc.min) / sc.step) as u64;
    prop_oneof![
        (0..rows.len()).prop_map(move |i| Score(rows[i].min_score[ability as usize])),
        (0..=steps).prop_map(move |k| Score(sc.min + k as f64 * sc.step)),
    ]
}

// Boxed strategies: the nested generic types otherwise make stack frames too big for a test thread.
fn language(tests: &'static [LanguageTest]) -> BoxedStrategy<LanguageResult> {
    select(tests)
        .prop_flat_map(|test| {
            (
                score(test, Ability::Speaking),
                score(test, Ability::Listening),
                score(test, Ability::Reading),
                score(test, Ability::Writing),
            )
                .prop_map(move |(speaking, listening, reading, writing)| {
                    LanguageResult {
                        test,
                        scores: Abilities {
                            speaking,
                            listening,
                            reading,
                            writing,
                        },
                    }
                })
        })
        .boxed()
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

fn spouse() -> BoxedStrategy<Spouse> {
    (
        prop::bool::weighted(0.8),
        prop::bool::weighted(0.15),
        select(&Education::ALL[..]),
        prop::option::weighted(0.6, language(&LanguageTest::ALL)),
        0u8..=7,
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |(
                accompanying,
                canadian_citizen_or_pr,
                education,
                first_language,
                canadian_work_years,
                canadian_study,
            )| {
                Spouse {
                    accompanying,
                    canadian_citizen_or_pr,
                    education,
                    first_language,
                    canadian_work_years,
                    canadian_study,
                }
            },
        )
        .boxed()
}

/// Any NOC-shaped code (five digits, TEER digit 0-5), with the TEER it implies.
fn job_offer() -> impl Strategy<Value = JobOffer> {
    (0u8..=9, 0u8..=5, 0u16..=999).prop_map(|(broad, teer, rest)| JobOffer {
        teer,
        noc: format!("{broad}{teer}{rest:03}"),
    })
}

pub fn profile() -> BoxedStrategy<Profile> {
    prop::bool::weighted(0.75)
        .prop_flat_map(|english_first| {
            let (first, second): (&'static [LanguageTest], &'static [LanguageTest]) =
                if english_first {
                    (&ENGLISH, &FRENCH)
                } else {
                    (&FRENCH, &ENGLISH)
                };
            (
                language(first),
                prop::option::weighted(0.4, language(second)),
                prop::option::weighted(0.5, spouse()),
                prop::option::weighted(0.25, job_offer()),
            )
        })
        .prop_flat_map(|(first_language, second_language, spouse, job_offer)| {
            let family = if spouse.is_some() { 2u8..=8 } else { 1u8..=4 };
            (
                (
                    Just((
                        first_language,
                        second_language,
                        spouse.clone(),
                        job_offer.clone(),
                    )),
                    16u8..=60,
                    select(&Education::ALL[..]),
                    select(&CanadianEducation::ALL[..]),
                ),
                (
                    0u8..=7,
                    0u8..=8,
                    0u8..=5,
                    prop::bool::weighted(0.2),
                    0u8..=5,
                ),
                (
                    prop::bool::weighted(0.2),
                    prop::bool::weighted(0.2),
                    prop::bool::weighted(0.1),
                    family,
                    0u64..=60_000,
                ),
            )
        })
        .prop_map(
            |(
                (
                    (first_language, second_language, spouse, job_offer),
                    age,
                    education,
                    canadian_education,
                ),
                (
                    canadian_work_years,
                    foreign_work_years,
                    work_teer,
                    trade_certificate,
                    trade_work_years,
                ),
                (
                    sibling_in_canada,
                    relative_in_canada,
                    provincial_nomination,
                    family_size,
                    settlement_funds_cad,
                ),
            )| Profile {
                age,
                education,
                canadian_education,
                first_language,
                second_language,
                canadian_work_years,
                foreign_work_years,
                work_teer,
                trade_certificate,
                trade_work_years,
                job_offer,
                sibling_in_canada,
                relative_in_canada,
                provincial_nomination,
                family_size,
                spouse,
                settlement_funds_cad,
            },
        )
        .boxed()
}

/// Runs `property` on `cases` generated values from a fixed seed (`salt` gives each property its
/// own sequence); a failure is shrunk, and the panic shows the minimal failing value.
fn check<S: Strategy>(
    salt: u8,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut seed = [0x5Eu8; 32];
    seed[0] = salt;
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    if let Err(e) = runner.run(&strategy, property) {
        panic!("{e}");
    }
}

const CASES: u32 = 3000;

#[test]
fn totals_parts_and_maximums() {
    check(1, CASES, profile(), |p| {
        let a = assess(&p);
        let c = &a.crs;
        prop_assert_eq!(
            c.total,
            c.core + c.spouse + c.transferability + c.additional
        );
        prop_assert_eq!(c.lines.iter().map(|l| l.points).sum::<u16>(), c.total);
        for l in &c.lines {
            prop_assert!(l.points <= l.max, "{} {} > {}", l.factor, l.points, l.max);
        }
        let single = p.counting_spouse().is_none();
        let core_max = if single { 500 } else { 460 };
        prop_assert!(c.core <= core_max);
        prop_assert!(c.spouse <= 40 && c.core + c.spouse <= 500);
        prop_assert!(c.transferability <= 100 && c.additional <= 600 && c.total <= 1200);
        prop_assert!(a.fsw.points <= 100);
        prop_assert_eq!(a.fsw.eligible, a.fsw.unmet.is_empty());
        prop_assert_eq!(a.cec.eligible, a.cec.unmet.is_empty());
        prop_assert_eq!(a.fst.eligible, a.fst.unmet.is_empty());
        prop_assert_eq!(a.rules_as_of, "2025-07-07");
        Ok(())
    });
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
    check(2, CASES, profile(), |p| {
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
            prop_assert!(
                a.crs.total >= base.crs.total,
                "CRS fell {} -> {}\n{:?}",
                base.crs.total,
                a.crs.total,
                q
            );
            prop_assert!(a.fsw.points >= base.fsw.points, "FSW fell\n{:?}", q);
        }
        Ok(())
    });
}

#[test]
fn a_spouse_who_does_not_count_scores_like_no_spouse() {
    check(
        3,
        CASES,
        (profile(), spouse(), any::<bool>()),
        |(mut p, mut s, not_coming)| {
            if not_coming {
                s.accompanying = false;
            } else {
                s.canadian_citizen_or_pr = true;
            }
            p.spouse = Some(s);
            let with = assess(&p).crs;
            p.spouse = None;
            let without = assess(&p).crs;
            prop_assert_eq!(with, without);
            Ok(())
        },
    );
}

#[test]
fn suggestions_raise_the_score_by_exactly_the_stated_points() {
    let seen = std::cell::Cell::new(0usize);
    check(4, 1000, profile(), |p| {
        let base = assess(&p).crs.total;
        let list = suggest(&p);
        for (i, s) in list.iter().enumerate() {
            let after = assess(&s.profile).crs.total;
            prop_assert!(s.points > 0);
            prop_assert_eq!(after, base + s.points, "{:?}", s.detail);
            prop_assert_eq!(after, s.new_total);
            prop_assert!(s.profile.age >= p.age, "age never decreases");
            prop_assert!(
                list[..i].iter().all(|o| o.profile != s.profile),
                "duplicate suggestion"
            );
            if i > 0 {
                prop_assert!(list[i - 1].points >= s.points, "best first");
            }
            // The modified profile is itself a valid profile.
            let text = serde_json::to_string(&s.profile).unwrap();
            let mut de = serde_json::Deserializer::from_str(&text);
            let back = profile_from(&mut de);
            prop_assert_eq!(back.as_ref(), Ok(&s.profile), "{}", text);
            seen.set(seen.get() + 1);
        }
        Ok(())
    });
    assert!(
        seen.get() > 1000,
        "suggestions were generated ({})",
        seen.get()
    );
}

#[test]
fn generated_profiles_round_trip_through_json() {
    check(5, CASES, profile(), |p| {
        let text = serde_json::to_string(&p).unwrap();
        let mut de = serde_json::Deserializer::from_str(&text);
        prop_assert_eq!(profile_from(&mut de), Ok(p));
        Ok(())
    });
}

/// A second, deliberately naive CRS + FSW written straight from the spec's pseudocode (section
/// 1.6 and 3.2) with its own copies of the tables; the engine must agree on every generated profile.
mod reference {
    use ee_rules::language::levels;
    use ee_rules::*;

    fn age_pts(age: u8, single: bool) -> u32 {
        let ws = [
            90, 95, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 95, 90, 85, 80, 75, 70, 65,
            60, 55, 50, 45, 35, 25, 15, 5,
        ];
        let s = [
            99, 105, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 105, 99, 94, 88, 83, 77, 72,
            66, 61, 55, 50, 39, 28, 17, 6,
        ];
        if !(18..=44).contains(&age) {
            return 0;
        }
        let i = (age - 18) as usize;
        if single {
            s[i]
        } else {
            ws[i]
        }
    }

    fn first_lang(clb: u8, single: bool) -> u32 {
        match (clb, single) {
            (0..=3, _) => 0,
            (4 | 5, _) => 6,
            (6, true) => 9,
            (6, false) => 8,
            (7, true) => 17,
            (7, false) => 16,
            (8, true) => 23,
            (8, false) => 22,
            (9, true) => 31,
            (9, false) => 29,
            (_, true) => 34,
            (_, false) => 32,
        }
    }

    pub fn crs(p: &Profile) -> u32 {
        let single = match &p.spouse {
            None => true,
            Some(s) => !s.accompanying || s.canadian_citizen_or_pr,
        };
        let edu_i = p.education as usize;
        let edu = if single {
            [0, 30, 90, 98, 120, 128, 135, 150][edu_i]
        } else {
            [0, 28, 84, 91, 112, 119, 126, 140][edu_i]
        };
        let first = levels(&p.first_language).values();
        let first_sum: u32 = first.iter().map(|&c| first_lang(c, single)).sum();
        let second_sum: u32 = p.second_language.as_ref().map_or(0, |s| {
            levels(s)
                .values()
                .iter()
                .map(|&c| match c {
                    0..=4 => 0,
                    5 | 6 => 1,
                    7 | 8 => 3,
                    _ => 6,
                })
                .sum()
        });
        let second = second_sum.min(if single { 24 } else { 22 });
        let cy = p.canadian_work_years.min(5) as usize;
        let cdn = if single {
            [0, 40, 53, 64, 72, 80][cy]
        } else {
            [0, 35, 46, 56, 63, 70][cy]
        };
        let a = age_pts(p.age, single) + edu + first_sum + second + cdn;

        let b = if single {
            0
        } else {
            let s = p.spouse.as_ref().unwrap();
            let e = [0, 2, 6, 7, 8, 9, 10, 10][s.education as usize];
            let l: u32 = s.first_language.as_ref().map_or(0, |l| {
                levels(l)
                    .values()
                    .iter()
                    .map(|&c| match c {
                        0..=4 => 0,
                        5 | 6 => 1,
                        7 | 8 => 3,
                        _ => 5,
                    })
                    .sum()
            });
            let w = [0, 5, 7, 8, 9, 10][s.canadian_work_years.min(5) as usize];
            e + l + w
        };

        let min_first = *first.iter().min().unwrap();
        let lang = if min_first >= 9 {
            2
        } else if min_first >= 7 {
            1
        } else {
            0
        };
        let e = match p.education {
            Education::LessThanSecondary | Education::Secondary => 0,
            Education::OneYear | Education::TwoYear | Education::BachelorsOrThreeYear => 1,
            _ => 2,
        };
        let f = match p.foreign_work_years {
            0 => 0,
            1 | 2 => 1,
            _ => 2,
        };
        let c = match p.canadian_work_years {
            0 => 0,
            1 => 1,
            _ => 2,
        };
        let grid = [[0, 0, 0], [0, 13, 25], [0, 25, 50]];
        let edu_t = (grid[e][lang] + grid[e][c]).min(50);
        let for_t = (grid[f][lang] + grid[f][c]).min(50);
        let cert = if !p.trade_certificate {
            0
        } else if min_first >= 7 {
            50
        } else if min_first >= 5 {
            25
        } else {
            0
        };
        let cc = (edu_t + for_t + cert).min(100);

        let mut english = None;
        let mut french = None;
        for r in std::iter::once(&p.first_language).chain(p.second_language.as_ref()) {
            let min = *levels(r).values().iter().min().unwrap();
            if r.test.language() == OfficialLanguage::English {
                english = Some(min)
            } else {
                french = Some(min)
            }
        }
        let fr = match (french, english) {
            (Some(f), Some(e)) if f >= 7 && e >= 5 => 50,
            (Some(f), _) if f >= 7 => 25,
            _ => 0,
        };
        let ce = match p.canadian_education {
            CanadianEducation::None => 0,
            CanadianEducation::OneOrTwoYear => 15,
            CanadianEducation::ThreeYearOrMore => 30,
        };
        let d = (if p.provincial_nomination { 600 } else { 0 }
            + if p.sibling_in_canada { 15 } else { 0 }
            + fr
            + ce)
            .min(600);
        a + b + cc + d
    }

    pub fn fsw_points(p: &Profile) -> u32 {
        let first = levels(&p.first_language).values();
        let lang: u32 = first
            .iter()
            .map(|&c| match c {
                0..=6 => 0,
                7 => 4,
                8 => 5,
                _ => 6,
            })
            .sum::<u32>()
            + p.second_language.as_ref().map_or(0, |s| {
                if levels(s).values().iter().all(|&c| c >= 5) {
                    4
                } else {
                    0
                }
            });
        let edu = [0, 5, 15, 19, 21, 22, 23, 25][p.education as usize];
        let years = p.canadian_work_years + p.foreign_work_years;
        let exp = match years {
            0 => 0,
            1 => 9,
            2 | 3 => 11,
            4 | 5 => 13,
            _ => 15,
        };
        let age = match p.age {
            0..=17 => 0,
            18..=35 => 12,
            36..=46 => 47 - p.age as u32,
            _ => 0,
        };
        let offer = p.job_offer.as_ref().is_some_and(|j| j.teer <= 3);
        let mut adapt = 0;
        if let Some(s) = p
            .spouse
            .as_ref()
            .filter(|s| s.accompanying && !s.canadian_citizen_or_pr)
        {
            if s.first_language
                .as_ref()
                .is_some_and(|l| levels(l).values().iter().all(|&c| c >= 4))
            {
                adapt += 5;
            }
            if s.canadian_study {
                adapt += 5;
            }
            if s.canadian_work_years >= 1 {
                adapt += 5;
            }
        }
        if p.canadian_education == CanadianEducation::ThreeYearOrMore {
            adapt += 5;
        }
        if p.canadian_work_years >= 1 && p.work_teer <= 3 {
            adapt += 10;
        }
        if offer {
            adapt += 5;
        }
        if p.relative_in_canada || p.sibling_in_canada {
            adapt += 5;
        }
        lang + edu + exp + age + if offer { 10 } else { 0 } + adapt.min(10)
    }
}

#[test]
fn engine_agrees_with_a_naive_reference_implementation() {
    check(6, 20_000, profile(), |p| {
        let a = assess(&p);
        prop_assert_eq!(a.crs.total as u32, reference::crs(&p), "CRS {:?}", p);
        prop_assert_eq!(
            a.fsw.points as u32,
            reference::fsw_points(&p),
            "FSW {:?}",
            p
        );
        Ok(())
    });
}

#[test]
fn a_failing_property_is_shrunk_to_a_minimal_profile() {
    // The runner must report the smallest counter-example, not the first random one: "age over 40"
    // fails first on some random profile and shrinks to age 41 exactly.
    let failure = std::panic::catch_unwind(|| {
        check(7, 500, profile(), |p| {
            prop_assert!(p.age <= 40);
            Ok(())
        })
    })
    .expect_err("the property fails");
    let message = failure
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(message.contains("age: 41,"), "{message}");
}
