//! Express Entry rules engine (skeleton; filled in by the rules work)
