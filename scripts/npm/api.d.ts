// ---------------------------------------------------------------- the JavaScript API (docs/profile.md)
// Written by hand from the JSON the Rust core produces (the shapes; the key unions are generated from
// the engine's key enums into keys.generated.d.ts, which build.mjs puts first); tests/e2e/npm.test.mjs type-checks real outputs of
// NocWidget.search / occupation / assess / suggest against these types, so a field added, renamed or
// dropped in Rust fails the test.

/** A language the widget speaks. Options and attributes also accept tags such as `fr-CA`. */
export type Lang = 'en' | 'fr';
/** `"en"`, `"fr"` or a longer tag such as `"fr-CA"`. */
export type LangTag = Lang | (string & {});

/** Five-digit NOC 2021 code, e.g. `"22220"`. */
export type NocCode = string;

// ------------------------------------------------ profile (input of assess and suggest)

// Education, CanadianEducation, LanguageTest and Ability: keys.generated.d.ts.

/** One official-language test: scores on that test's own scale. */
export interface LanguageScores {
  test: LanguageTest;
  speaking: number;
  listening: number;
  reading: number;
  writing: number;
}

export interface JobOffer {
  /** TEER 0–5 of the offered job. */
  teer: number;
  noc: NocCode;
}

export interface Spouse {
  accompanying: boolean;
  canadian_citizen_or_pr: boolean;
  education: Education;
  first_language: LanguageScores | null;
  canadian_work_years: number;
  canadian_study: boolean;
}

/** The candidate profile, version 1 (docs/profile.md). Every field is required; nullable ones as `null`. */
export interface Profile {
  age: number;
  education: Education;
  canadian_education: CanadianEducation;
  first_language: LanguageScores;
  second_language: LanguageScores | null;
  canadian_work_years: number;
  foreign_work_years: number;
  work_teer: number;
  trade_certificate: boolean;
  trade_work_years: number;
  job_offer: JobOffer | null;
  sibling_in_canada: boolean;
  relative_in_canada: boolean;
  provincial_nomination: boolean;
  spouse: Spouse | null;
  family_size: number;
  settlement_funds_cad: number;
}

// ------------------------------------------------ assessment (result of assess, detail of ee-change)

// CrsFactor, UnmetRequirement, FundsExemption, NoticeKey: keys.generated.d.ts.

export interface CrsLine {
  factor: CrsFactor;
  points: number;
  max: number;
}

export interface CrsResult {
  total: number;
  core: number;
  spouse: number;
  transferability: number;
  additional: number;
  lines: CrsLine[];
  scored_as_single: boolean;
  transferability_parts: {
    education_language: number;
    education_canadian_work: number;
    foreign_work_language: number;
    foreign_work_canadian_work: number;
    certificate_language: number;
  };
}

export interface ProgramResult {
  eligible: boolean;
  unmet: UnmetRequirement[];
}

export interface FswResult extends ProgramResult {
  points: number;
  pass_mark: number;
  grid: {
    language: number;
    education: number;
    experience: number;
    age: number;
    arranged_employment: number;
    adaptability: number;
  };
}

/** CLB (English) or NCLC (French) levels, 0–12. */
export interface ClbLevels {
  speaking: number;
  listening: number;
  reading: number;
  writing: number;
}

export interface FundsResult {
  required_cad: number;
  available_cad: number;
  sufficient: boolean;
  exempt: boolean;
  exempt_reasons: FundsExemption[];
  table_effective: string;
}

export interface Notice {
  key: NoticeKey;
  since: string | null;
}

/** What `NocWidget.assess(profile)` returns (and `ee-change` carries): docs/profile.md, "Result". */
export interface Assessment {
  crs: CrsResult;
  fsw: FswResult;
  cec: ProgramResult;
  fst: ProgramResult;
  clb: { first: ClbLevels; second: ClbLevels | null; spouse: ClbLevels | null };
  /** Latest effective date (YYYY-MM-DD) of the rule tables applied. */
  rules_as_of: string;
  /** e.g. `"v2025-03-25"`. */
  rule_set: string;
  funds: FundsResult;
  notices: Notice[];
}

// ------------------------------------------------ suggestions

export type LanguageSlot = 'first' | 'second' | 'spouse';

export type SuggestionDetail =
  | { kind: 'language_score'; slot: LanguageSlot; test: LanguageTest; ability: Ability; from_score: number; to_score: number; from_level: number; to_level: number }
  | { kind: 'language_all_abilities'; slot: LanguageSlot; test: LanguageTest; to_level: number }
  | { kind: 'new_language_test'; slot: LanguageSlot; test: LanguageTest; level: number }
  | { kind: 'more_years'; field: YearsField; from: number; to: number }
  | { kind: 'education'; field: EducationField; from: Education; to: Education }
  | { kind: 'canadian_education'; from: CanadianEducation; to: CanadianEducation }
  | { kind: 'provincial_nomination' }
  | { kind: 'trade_certificate' };

/** One change that would raise the CRS score (`NocWidget.suggest`), best first. */
export interface Suggestion {
  /** Same as `detail.kind`. */
  key: SuggestionDetail['kind'];
  /** Dotted path of the profile field changed. */
  field: string;
  /** CRS points the change adds. */
  points: number;
  new_total: number;
  detail: SuggestionDetail;
  /** The whole profile with the change applied. */
  profile: Profile;
}

// ------------------------------------------------ search

export type TitleKind = 'unit_group' | 'illustrative' | 'inclusion' | 'example';

/** Why a result matched. */
export type HitKind =
  | { type: 'code2021' }
  | { type: 'code2016'; code2016: string; change: string }
  | { type: 'title'; title_kind: TitleKind };

/** One result of `NocWidget.search`. */
export interface SearchHit {
  code: NocCode;
  /** The unit group's title in the requested language. */
  title: string;
  /** The title, example or code that matched the query. */
  matched: string;
  kind: HitKind;
  /** Higher is better; compare only within one query. */
  score: number;
}

export interface SearchOptions {
  lang?: LangTag;
  /** 1–100, default 10. */
  limit?: number;
}

// ------------------------------------------------ occupation card

export type ClassLevel = 'broad_category' | 'major_group' | 'sub_major_group' | 'minor_group' | 'unit_group';
export interface ClassRef {
  level: ClassLevel;
  code: string;
  title: string;
}

export type Province =
  | 'NAT' | 'NL' | 'PE' | 'NS' | 'NB' | 'QC' | 'ON' | 'MB' | 'SK' | 'AB' | 'BC' | 'YT' | 'NT' | 'NU';

export interface WageFigure {
  province: Province;
  low: number | null;
  median: number | null;
  high: number | null;
  unit: 'hourly' | 'annual';
  period: string;
}

export type OutlookRating =
  | 'very_good' | 'good' | 'moderate' | 'limited' | 'very_limited' | 'undetermined' | 'unavailable';

export type LabourMarket =
  | 'balance' | 'moderate_shortage' | 'strong_shortage' | 'moderate_surplus' | 'strong_surplus' | 'not_available';

export interface CopsFigures {
  employment_2023: number;
  employment_growth: number;
  retirements: number;
  other_replacement: number;
  job_openings: number;
  school_leavers: number;
  immigration: number;
  other_seekers: number;
  job_seekers: number;
}

export interface AiExposure {
  human_beta: number;
  gpt4_beta: number;
  human_alpha: number;
  human_gamma: number;
  gpt4_alpha: number;
  gpt4_gamma: number;
  rank: number;
  scored_groups: number;
  percentile: number;
  onet_mapped: number;
  onet_scored: string[];
  partial: boolean;
  comparison_group: ClassRef | null;
  comparisons: Array<{ code: NocCode; title: string; human_beta: number; gpt4_beta: number }>;
}

export interface SourceInfo {
  key: string;
  publisher: string;
  name: string;
  version: string;
  date: string;
  licence: string;
  url: string;
}

/** Why a program does or does not count experience in an occupation, e.g. `"teer_0_to_3"`, `"fst_major_group_72"`. */
export type ProgramReason =
  | 'invalid_noc_code' | 'teer_0_to_3' | 'teer_4_or_5_not_skilled' | 'fst_not_listed_trade' | (string & {});

/** What the rules engine says experience in the occupation counts for (the card's Express Entry panel). */
export interface OccupationPrograms {
  noc: NocCode;
  valid_code: boolean;
  teer: number | null;
  fsw: { eligible: boolean; reason: ProgramReason };
  cec: { eligible: boolean; reason: ProgramReason; language_minimum: number | null };
  fst: { eligible: boolean; reason: ProgramReason };
  /** Category-based selection lists that name the occupation (current and past). */
  categories: Array<{
    category: string;
    list_date: string;
    until: string | null;
    current: boolean;
    condition: string;
    confidence: string;
  }>;
}

/** An OaSIS descriptor compared between this occupation (`here`) and another (`there`), on its own scale. */
export interface DescriptorGap {
  /** The OaSIS English name in snake case, e.g. `"critical_thinking"` (docs/similar.md). */
  key: string;
  /** In the card's language (the French names are this project's; docs/similar.md). */
  name: string;
  category: 'skill' | 'knowledge' | 'work_activity' | 'work_context';
  here: number;
  there: number;
  /** 5, or 3 for knowledge. */
  scale_max: number;
}

/** What moving to the other occupation would change for Express Entry, from the rule tables. */
export type ImmigrationChange =
  | { change: 'counts_for_express_entry'; teer: number }
  | { change: 'not_skilled_work'; teer: number }
  | { change: 'counts_for_skilled_trades' }
  | { change: 'on_category_list'; category: string; list_date: string }
  | { change: 'no_change' };

/** One of the closest occupations by ESDC's OaSIS ratings (docs/similar.md): the card's "Similar skills". */
export interface SimilarOccupation {
  code: NocCode;
  title: string;
  teer: number;
  /** A plain-language band, not a score; loosely similar occupations are not listed. */
  band: 'very_close' | 'close';
  /** The other occupation's Job Bank median for Canada. */
  median_wage: { amount: number; unit: 'hourly' | 'annual' } | null;
  /** COPS outlook 2024–2033 for Canada. */
  outlook: { key: LabourMarket; label: string };
  /** Where the other occupation asks clearly more (at most 5). */
  to_build: DescriptorGap[];
  /** Strong in both (at most 3). */
  shared: DescriptorGap[];
  immigration: ImmigrationChange[];
}

/** One rated descriptor of the occupation itself. */
export interface ProfileItem {
  key: string;
  name: string;
  category: 'skill' | 'knowledge' | 'work_activity' | 'work_context';
  level: number;
  scale_max: number;
}

/** What `NocWidget.occupation(code, { lang })` returns (and `noc show --json` prints): one occupation card. */
export interface Occupation {
  code: NocCode;
  lang: Lang;
  title: string;
  teer: { level: number; key: string; label: string };
  /** Broad category → major → sub-major → minor → unit group. */
  hierarchy: ClassRef[];
  definition: string;
  illustrative_examples: string[];
  all_examples: string[];
  inclusions: string[];
  exclusions: Array<{ code: NocCode | null; title: string; text: string; target_title: string | null }>;
  main_duties: { lead: string; sections: Array<{ heading: string | null; items: string[] }> };
  employment_requirements: string[];
  additional_information: string[];
  wages: { national: WageFigure | null; provinces: WageFigure[] };
  outlook: {
    period: string;
    provinces: Array<{ province: Province; outlook: OutlookRating; release_date: string }>;
  };
  cops: {
    projection_period: string;
    base_year: number;
    figures: CopsFigures | null;
    recent_conditions: { key: LabourMarket; label: string };
    future_conditions: { key: LabourMarket; label: string };
  };
  census_income: {
    median: number | null;
    income_year: number;
    flag: 'senior_managers_aggregate' | 'suppressed_zero' | null;
  };
  /** `null` for the few unit groups without a score; then `ai_exposure_missing` says why. */
  ai_exposure: AiExposure | null;
  ai_exposure_missing: 'no_crosswalk_row' | 'only_military_codes' | 'only_all_other_codes' | null;
  /** Up to 6 occupations with the closest OaSIS ratings, closest first (docs/similar.md). */
  similar: SimilarOccupation[];
  /** The occupation's top skills (0–5) and most telling work-context items (1–5). */
  skills_profile: { top_skills: ProfileItem[]; work_context: ProfileItem[] };
  sources: SourceInfo[];
  data_version: string;
  /** Provincial nominee streams, federal pilots and Québec streams that concern the occupation
   * (data/routes; the same list `noc routes CODE --json` prints), in the order of their files. */
  routes: Route[];
  immigration: OccupationPrograms;
}

/** A condition of a route, in one word (its words are in the card). */
export type RouteCondition =
  | 'job-offer' | 'work-in-province' | 'graduate' | 'temporary-resident' | 'licence' | 'public-employer'
  | 'invitation' | 'sector-food' | 'sector-health-education-construction' | 'express-entry'
  | 'designated-employer' | 'community-recommendation' | 'outside-capital' | 'quebec-selection' | (string & {});

/** A program or stream beyond Express Entry, as one occupation sees it. */
export interface Route {
  info: {
    /** The file name in data/routes without `.toml`, e.g. `"bc-pnp-care-health"`. */
    id: string;
    /** Province or territory code, or `"FED"` for a federal program. */
    jurisdiction: Province | 'FED';
    /** Where the route leads (a federal pilot: every province it runs in). */
    provinces: Province[];
    program: { en: string; fr: string };
    stream: { en: string; fr: string } | null;
    /** The list that names (or excludes) occupations, if the program has one. */
    list: { en: string; fr: string } | null;
    status: 'open' | 'paused' | 'closed';
    /** Since when (YYYY-MM-DD). */
    status_date: string;
    decides_by: 'named' | 'teer' | 'teer-except' | 'not-considered';
    conditions: RouteCondition[];
    /** French minimum (NCLC), when the route asks for French. */
    french: number | null;
    /** The official page. */
    url: string;
    /** The date the source states (YYYY-MM-DD; the date read when it states none). */
    source_date: string;
    /** The date the source was read. */
    read_date: string;
    /** `compiled`: a third party's list or secondary sources, not checked line by line. */
    confidence: 'official-list' | 'official-rule' | 'compiled';
  };
  /** How the program reaches this occupation: named on its list, open to its TEER, open to its TEER
   * but on its exclusion list, or on a list it does not consider at present. */
  reach: 'named' | 'teer' | 'excluded' | 'not-considered';
  /** Language minimum (CLB) for this occupation's TEER, when the program sets one. */
  clb: number | null;
}

// ------------------------------------------------ window.NocWidget

/** The `Error` a promise of the API rejects with: `message` starts with the field name. */
export interface NocWidgetError extends Error {
  /** The offending field (`"limit"`, `"first_language.writing"`, `""` for the whole input). */
  field: string;
  /** For profiles: a stable key such as `"not_half_band"` (docs/profile.md, "Errors"). */
  code?: string;
  /** For profiles: every problem found, in contract order (the first is `field` / `code` / `message`). */
  errors?: Array<{ field: string; code: ErrorCode; message: string }>;
}

export interface NocWidgetApi {
  /** Version of the widget (loader, glue and wasm are released together), e.g. `"0.1.0"`. */
  readonly version: string;
  /** Data release, set once `ready` has resolved. */
  dataVersion: string | null;
  /** Date (YYYY-MM-DD) of the Express Entry rules in force, set once `ready` has resolved. */
  rulesAsOf: string | null;
  /** Resolves (with this object) once the WebAssembly runs; reading it starts loading. */
  readonly ready: Promise<NocWidgetApi>;
  /** Ranked unit groups for a job title (English or French), a 2021 code or a 2016 code. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** The occupation card of one unit group. */
  occupation(code: NocCode, options?: { lang?: LangTag }): Promise<Occupation>;
  /** The Express Entry assessment of a profile (the same as `noc assess`). */
  assess(profile: Profile): Promise<Assessment>;
  /** Changes that would raise the CRS score, best first. */
  suggest(profile: Profile): Promise<Suggestion[]>;
  /**
   * Where the widget's files are: the folder holding `noc-widget-app_bg.wasm` and `data/`. Defaults to the
   * folder of the script (or ES module). Call it before the first element starts; it throws afterwards.
   */
  setBase(url: string | URL): void;
}
