//! The data version string and the sources cited on every card (dates from PROVENANCE.md).

use crate::model::{Meta, SourceInfo};

pub const DATA_VERSION: &str =
    "NOC 2021 V1.0 · Job Bank wages 2025 · Job Bank outlooks 2022–2024 · COPS 2024–2033 · Census 2021 · LLM exposure (Eloundou et al. 2024)";

const OGL: &str = "Open Government Licence – Canada";

fn source(
    key: &str,
    publisher: &str,
    name: &str,
    version: &str,
    date: &str,
    licence: &str,
    url: &str,
) -> SourceInfo {
    SourceInfo {
        key: key.into(),
        publisher: publisher.into(),
        name: name.into(),
        version: version.into(),
        date: date.into(),
        licence: licence.into(),
        url: url.into(),
    }
}

pub fn meta() -> Meta {
    Meta {
        data_version: DATA_VERSION.into(),
        sources: vec![
            source(
                "noc",
                "Statistics Canada",
                "National Occupational Classification (NOC) 2021 — classification structure and elements (EN/FR)",
                "2021 Version 1.0",
                "2021",
                OGL,
                "https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1",
            ),
            source(
                "noc_concordance",
                "Statistics Canada",
                "NOC 2016 V1.3 to NOC 2021 V1.0 correspondence table",
                "NOC 2016 V1.3 → NOC 2021 V1.0",
                "copy downloaded 2026-03-02",
                OGL,
                "https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1",
            ),
            source(
                "jobbank_wages",
                "Employment and Social Development Canada (Job Bank)",
                "Wages, national and provincial (low, median, high)",
                "2025 release (reference periods 2023-2024, 2024, 2021)",
                "2025-11-19",
                OGL,
                "https://open.canada.ca/data/en/dataset/adad580f-76b0-4502-bd05-20c125de9116",
            ),
            source(
                "jobbank_outlooks",
                "Employment and Social Development Canada (Job Bank)",
                "3-year employment outlooks by province and territory",
                "2022–2024",
                "2022-11-14",
                OGL,
                "https://open.canada.ca/data/en/dataset/b0e112e9-cf53-4e79-8838-23cd98debe5b",
            ),
            source(
                "cops",
                "Employment and Social Development Canada",
                "Canadian Occupational Projection System (COPS), national summary",
                "2024–2033 projections (base year 2023)",
                "release date not recorded; copy of 2026-01-19",
                OGL,
                "",
            ),
            source(
                "census_income",
                "Statistics Canada",
                "2021 Census of Population, Table 98-10-0586-01: median employment income (Canada, unverified third-party extract)",
                "Income year 2020",
                "2021 Census",
                OGL,
                "https://www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid=9810058601",
            ),
            source(
                "ai_exposure_scores",
                "Eloundou, Manning, Mishkin and Rock",
                "GPTs are GPTs: Labor market impact potential of LLMs, Science 384(6702):1306–1308, doi:10.1126/science.adj0998 — occupation-level scores",
                "2024",
                "2025-10-03",
                "MIT — Copyright (c) 2024 OpenAI",
                "https://github.com/openai/GPTs-are-GPTs",
            ),
            source(
                "ai_exposure_crosswalk",
                "The Dais (Brookfield Institute for Innovation + Entrepreneurship)",
                "NOC 2021 to O*NET 26.0 crosswalk",
                "NOC 2021 ↔ O*NET 26.0",
                "2022-11-04",
                "MIT — Copyright (c) 2018 Brookfield Institute for Innovation + Entrepreneurship (BII+E)",
                "https://github.com/thedaisTMU/NOC_ONet_Crosswalk",
            ),
        ],
    }
}
