//! What the app starts from. In the browser: the address bar and the reader's system settings.
//! At build time: the prerendered page, which is the story from the top, light and animated;
//! the browser hydrates that HTML first and then applies its own step, theme and motion.

/// The start-up inputs the view depends on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Boot {
    /// The address bar's query (`?step=…&mode=…`), parsed against the story by the app.
    pub query: String,
    /// The system asks for dark colours (used when the theme is `auto`).
    pub system_dark: bool,
    /// The system asks for reduced motion.
    pub reduced_motion: bool,
}

impl Boot {
    /// The state the build-time render shows (and the browser hydrates).
    pub fn prerendered() -> Self {
        Boot::default()
    }

    /// The state this browser asks for. Only call in the browser.
    pub fn from_browser() -> Self {
        Boot {
            query: crate::address::browser::current_query(),
            system_dark: crate::web::scheme::system_dark(),
            reduced_motion: crate::web::motion::reduced(),
        }
    }

    /// Whether this page is laid out like the prerendered one (then it can be hydrated). The
    /// step does not matter for that, so no story is needed to tell.
    pub fn hydrates_prerender(&self) -> bool {
        crate::address::parse(&self.query, &[]).hydrates_prerender()
    }
}
