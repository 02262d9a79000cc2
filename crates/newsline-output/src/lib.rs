//! Writers for the newsline model.
#![forbid(unsafe_code)]
