//! Search over NOC 2021 titles (skeleton; filled in by the search work)
