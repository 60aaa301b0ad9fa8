//! One scene per chart kind: what it draws for a chart state (`draw`) and what it tells the rest of
//! the explainer (`SCENE`: its rows, legend, sources line and data file; see `charts::Scene`).
//! `shared` holds what two scenes draw alike (event markers, the "after the article" band).

pub mod gdp;
pub mod map;
pub mod prisoners;
mod release_band;
pub mod sanctions;
pub mod shared;
