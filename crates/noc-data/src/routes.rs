//! Routes to permanent residence beyond Express Entry (data/routes, see `routes_model`): what one
//! unit group's figures carry (`facts-<code>.bin`, so a card needs no other file) and the full table
//! (`routes.bin`: `noc routes --list`, the search filter by program).
use crate::routes_model::{Route, RouteProgram};
use crate::store::file;
use crate::Store;

impl Store {
    #[cfg(feature = "lists")]
    pub(crate) fn insert_routes(
        &mut self,
        name: &str,
        bytes: &[u8],
    ) -> Result<(), crate::error::DataError> {
        use crate::model::BlobKind;
        let blob: crate::routes_model::RoutesBlob =
            crate::store::decode(name, bytes, BlobKind::Routes, None)?;
        self.routes = Some(blob);
        Ok(())
    }

    /// The file the full table of routes lives in.
    pub fn files_for_routes() -> Vec<&'static str> {
        vec![file("routes.bin")]
    }

    /// The routes that concern the unit group `code`, in the order of `data/routes` file names
    /// (`None` until its `facts-<code>.bin` is inserted).
    pub fn routes(&self, code: &str) -> Option<&[Route]> {
        self.unit_facts
            .get(code.trim())
            .map(|f| f.routes.as_slice())
    }

    /// Every program with its code list (empty until `routes.bin` is inserted).
    pub fn route_programs(&self) -> &[RouteProgram] {
        self.routes
            .as_ref()
            .map(|r| r.programs.as_slice())
            .unwrap_or(&[])
    }

    /// One program by its id (the file name in `data/routes/` without `.toml`).
    pub fn route_program(&self, id: &str) -> Option<&RouteProgram> {
        self.route_programs().iter().find(|p| p.info.id == id)
    }
}

/// The order provinces and territories are shown in (east to west, then the north), federal last.
pub const ROUTE_PLACES: [&str; 14] = [
    "NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT", "NT", "NU", "FED",
];

/// One occupation's routes as the card and `noc routes` show them: lists that name it first, then
/// programs open to its TEER grouped by jurisdiction, then limits and closed streams.
#[derive(Debug, Default, PartialEq)]
pub struct RouteGroups<'a> {
    /// Open programs whose list names the occupation.
    pub named: Vec<&'a Route>,
    /// Open programs open to its TEER level, by jurisdiction (`ROUTE_PLACES` order).
    pub by_teer: Vec<(&'static str, Vec<&'a Route>)>,
    /// Exclusion lists, "not considered" lists and closed streams, by jurisdiction.
    pub notes: Vec<(&'static str, Vec<&'a Route>)>,
}

/// Whether a route leads to `province` (a federal pilot: one of the provinces it runs in).
pub fn route_leads_to(r: &Route, province: &str) -> bool {
    r.info.provinces.iter().any(|p| p == province)
}

/// Sorts `routes` into [`RouteGroups`], keeping only those that lead to `province` when given.
pub fn group_routes<'a>(routes: &'a [Route], province: Option<&str>) -> RouteGroups<'a> {
    use crate::routes_model::{RouteReach, RouteStatus};
    let kept: Vec<&Route> = routes
        .iter()
        .filter(|r| province.is_none_or(|p| route_leads_to(r, p)))
        .collect();
    let is_note = |r: &Route| {
        r.info.status == RouteStatus::Closed
            || matches!(r.reach, RouteReach::Excluded | RouteReach::NotConsidered)
    };
    let by_place = |pick: &dyn Fn(&Route) -> bool| {
        ROUTE_PLACES
            .iter()
            .filter_map(|place| {
                let here: Vec<&Route> = kept
                    .iter()
                    .copied()
                    .filter(|r| r.info.jurisdiction == *place && pick(r))
                    .collect();
                (!here.is_empty()).then_some((*place, here))
            })
            .collect::<Vec<_>>()
    };
    RouteGroups {
        named: ROUTE_PLACES
            .iter()
            .flat_map(|place| {
                kept.iter().copied().filter(move |r| {
                    r.info.jurisdiction == *place && r.reach == RouteReach::Named && !is_note(r)
                })
            })
            .collect(),
        by_teer: by_place(&|r| r.reach == RouteReach::Teer && !is_note(r)),
        notes: by_place(&|r| is_note(r)),
    }
}
