// ---------------------------------------------------------------- keys (generated)
// Written by crates/ee-rules/tests/typescript.rs from the engine's key enums; do not edit
// (GOLDEN_UPDATE=1 cargo test -p ee-rules --test typescript).

/** Highest education (`education`, `spouse.education`). */
export type Education =
  | 'less_than_secondary' | 'secondary' | 'one_year' | 'two_year' | 'bachelors_or_three_year' | 'two_or_more'
  | 'masters_or_professional' | 'doctoral';

/** Education completed in Canada (`canadian_education`). */
export type CanadianEducation = 'none' | 'one_or_two_year' | 'three_year_or_more';

/** An official-language test, or levels entered directly (`clb`, `nclc`). */
export type LanguageTest =
  | 'ielts_general' | 'celpip_general' | 'pte_core' | 'tef_canada' | 'tcf_canada' | 'clb' | 'nclc';

/** One of the four language abilities. */
export type Ability = 'speaking' | 'listening' | 'reading' | 'writing';

/** A line of the CRS breakdown (`crs.lines[].factor`). */
export type CrsFactor =
  | 'age' | 'education' | 'first_official_language' | 'second_official_language' | 'canadian_work_experience'
  | 'spouse_education' | 'spouse_first_official_language' | 'spouse_canadian_work_experience'
  | 'transferability_education' | 'transferability_foreign_work' | 'transferability_certificate'
  | 'provincial_nomination' | 'job_offer' | 'french_language' | 'canadian_education' | 'sibling_in_canada';

/** A section of the CRS (core, spouse, transferability, additional). */
export type CrsSection = 'core' | 'spouse' | 'transferability' | 'additional';

/** A factor of the FSW grid (`fsw.grid`'s keys). */
export type FswFactor =
  | 'language' | 'education' | 'experience' | 'age' | 'arranged_employment' | 'adaptability';

/** Names of unmet minimum requirements (docs/profile.md, "unmet names"). */
export type UnmetRequirement =
  | 'work_experience' | 'work_teer' | 'first_language' | 'education' | 'points' | 'settlement_funds'
  | 'canadian_work_years' | 'trade_work_years' | 'job_offer_or_certificate';

/** Why no proof of funds is needed (`funds.exempt_reasons`). */
export type FundsExemption = 'cec_eligible' | 'valid_job_offer';

/** What a notice tells the reader (`notices[].key`); new notices may be added. */
export type NoticeKey =
  | 'crs_changed_2026_11_03' | 'job_offer_no_crs_points' | 'job_offer_teer_mismatch'
  | 'funds_table_may_be_outdated' | 'family_size_excludes_spouse' | (string & {});

/** Why a profile field was rejected (`errors[].code`). */
export type ErrorCode =
  | 'invalid_input' | 'missing_field' | 'unknown_field' | 'duplicate_field' | 'wrong_type' | 'out_of_range'
  | 'unknown_value' | 'not_half_band' | 'not_whole_score' | 'same_official_language' | 'invalid_noc';

/** What a suggestion changes (`detail.kind`). */
export type SuggestionKind =
  | 'language_score' | 'language_all_abilities' | 'new_language_test' | 'more_years' | 'education'
  | 'canadian_education' | 'provincial_nomination' | 'trade_certificate';

/** The years a `more_years` suggestion raises. */
export type YearsField = 'canadian_work_years' | 'foreign_work_years' | 'spouse.canadian_work_years';

/** The education an `education` suggestion raises. */
export type EducationField = 'education' | 'spouse.education';

/** What a round of invitations was for: a program or a category. */
export type RoundClass =
  | 'all' | 'canadian_experience_class' | 'provincial_nominee_program' | 'federal_skilled_worker'
  | 'federal_skilled_trades' | 'french_language' | 'healthcare_social_services' | 'stem' | 'trades'
  | 'transport' | 'agriculture_agri_food' | 'education' | 'physicians_canadian_experience'
  | 'senior_managers_canadian_experience' | 'skilled_military_recruits' | 'researchers_canadian_experience';
