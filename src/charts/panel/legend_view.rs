//! Legend entries in HTML: a swatch in the mark's shape and colour, and its label.

use crate::charts::legend::LegendItem;
use crate::charts::pen::Shape;
use leptos::either::EitherOf7;
use leptos::prelude::*;

/// A legend entry: an inline SVG swatch in the mark's shape and colour, then the label.
pub fn legend_item(item: LegendItem) -> impl IntoView {
    let color = format!("var({})", item.token);
    let hollow = !item.filled || item.shape == Shape::Ring;
    let (fill, stroke) = if hollow {
        ("none".to_string(), color.clone())
    } else {
        (color.clone(), color.clone())
    };
    let shape = match item.shape {
        Shape::Circle | Shape::Ring => {
            EitherOf7::A(view! { <circle cx="7" cy="7" r="5" fill=fill stroke=stroke stroke-width="2"/> })
        }
        Shape::Square => EitherOf7::B(
            view! { <rect x="2.5" y="2.5" width="9" height="9" fill=fill stroke=stroke stroke-width="2"/> },
        ),
        Shape::Diamond => {
            EitherOf7::C(view! { <polygon points="7,1 13,7 7,13 1,7" fill=fill stroke=stroke stroke-width="2"/> })
        }
        Shape::TriangleUp => {
            EitherOf7::D(view! { <polygon points="7,1.5 13,12 1,12" fill=fill stroke=stroke stroke-width="2"/> })
        }
        Shape::TriangleDown => {
            EitherOf7::E(view! { <polygon points="1,2 13,2 7,12.5" fill=fill stroke=stroke stroke-width="2"/> })
        }
        Shape::Bar => EitherOf7::F(view! { <rect x="5.5" y="1" width="3" height="12" fill=fill stroke=stroke/> }),
        Shape::Dashed => EitherOf7::G(
            view! { <line x1="7" y1="0" x2="7" y2="14" stroke=stroke stroke-width="2" stroke-dasharray="3 2"/> },
        ),
    };
    view! {
        <li class="legend__item">
            <svg class="legend__swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">{shape}</svg>
            {item.label}
        </li>
    }
}
