//! (to be written by the UI work)
