//! Every step's chart as a static SVG, drawn at build time (see `src/bin/prerender.rs`) by the
//! same scenes as the canvas: what the page shows before the app has started, and all that
//! readers without JavaScript, search engines and link previews get.

use crate::charts::{self, DrawError, Theme};
use crate::model::Model;

/// Size of each static figure (CSS px; it scales down with the page), and of the version drawn
/// for phones (a wide chart scaled down to a phone would have unreadable labels).
pub const FIGURE_SIZE: (u32, u32) = (720, 400);
pub const NARROW_SIZE: (u32, u32) = (380, 320);

/// Which version of a step's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    /// Drawn for phones (`NARROW_SIZE`) rather than wider screens (`FIGURE_SIZE`).
    pub narrow: bool,
    /// In the dark theme's colours.
    pub dark: bool,
}

impl Variant {
    pub const ALL: [Variant; 4] = [
        Variant {
            narrow: false,
            dark: false,
        },
        Variant {
            narrow: true,
            dark: false,
        },
        Variant {
            narrow: false,
            dark: true,
        },
        Variant {
            narrow: true,
            dark: true,
        },
    ];

    pub fn size(self) -> (u32, u32) {
        if self.narrow {
            NARROW_SIZE
        } else {
            FIGURE_SIZE
        }
    }
}

/// The built file of a step's figure, relative to the page.
pub fn file(slug: &str, v: Variant) -> String {
    let narrow = if v.narrow { "-narrow" } else { "" };
    let dark = if v.dark { "-dark" } else { "" };
    format!("figures/{slug}{narrow}{dark}.svg")
}

/// The media query under which the narrow version is used (matches the CSS phone layout).
pub const NARROW_MEDIA: &str = "(max-width: 600px)";

/// Every step's chart as SVG in every variant: (file name, markup), in story order.
pub fn all(model: &Model, light: &Theme, dark: &Theme) -> Result<Vec<(String, String)>, DrawError> {
    let mut out = Vec::new();
    for s in &model.story.steps {
        for v in Variant::ALL {
            let theme = if v.dark { dark } else { light };
            let (w, h) = v.size();
            out.push((file(&s.slug, v), charts::to_svg(model, &s.chart, theme, w, h)?.0));
        }
    }
    Ok(out)
}
