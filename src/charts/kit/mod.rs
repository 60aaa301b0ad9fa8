//! The drawing kit the scenes share: the pen (drawing in CSS px on any plotters backend), plot
//! areas and axes, label placement, the palette and the hit map that links pixels back to data.

pub mod axis;
pub mod hitmap;
pub mod labels;
pub mod pen;
pub mod surface;
pub mod theme;
