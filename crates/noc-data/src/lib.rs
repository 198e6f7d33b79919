//! NOC 2021 data: model, decoder of the compact blobs built from `data/`, and the card model.
//! (skeleton; filled in by the data work)
