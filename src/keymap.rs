//! The keyboard map, in one table: the page's shortcuts, the chart's data navigation, and the
//! shortcuts dialog that lists them. Keys are `KeyboardEvent.key` values.

/// Where a key binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere on the page except text fields and the focused chart.
    Page,
    /// While the chart has keyboard focus (it takes precedence over the page).
    Chart,
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextStep,
    PrevStep,
    ShowShortcuts,
    NextPoint,
    PrevPoint,
    NextSeries,
    PrevSeries,
    FirstPoint,
    LastPoint,
    LeaveChart,
}

/// One binding: context, key, what it does, and how the shortcuts dialog describes it.
pub struct Binding {
    pub context: Context,
    pub key: &'static str,
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
}

pub const BINDINGS: [Binding; 10] = [
    Binding {
        context: Context::Page,
        key: "ArrowRight",
        label: "→",
        action: Action::NextStep,
        help: "Next step",
    },
    Binding {
        context: Context::Page,
        key: "ArrowLeft",
        label: "←",
        action: Action::PrevStep,
        help: "Previous step",
    },
    Binding {
        context: Context::Page,
        key: "?",
        label: "?",
        action: Action::ShowShortcuts,
        help: "Show these shortcuts",
    },
    Binding {
        context: Context::Chart,
        key: "ArrowRight",
        label: "→",
        action: Action::NextPoint,
        help: "Next data point",
    },
    Binding {
        context: Context::Chart,
        key: "ArrowLeft",
        label: "←",
        action: Action::PrevPoint,
        help: "Previous data point",
    },
    Binding {
        context: Context::Chart,
        key: "ArrowDown",
        label: "↓",
        action: Action::NextSeries,
        help: "Next series or lane",
    },
    Binding {
        context: Context::Chart,
        key: "ArrowUp",
        label: "↑",
        action: Action::PrevSeries,
        help: "Previous series or lane",
    },
    Binding {
        context: Context::Chart,
        key: "Home",
        label: "Home",
        action: Action::FirstPoint,
        help: "First point",
    },
    Binding {
        context: Context::Chart,
        key: "End",
        label: "End",
        action: Action::LastPoint,
        help: "Last point",
    },
    Binding {
        context: Context::Chart,
        key: "Escape",
        label: "Esc",
        action: Action::LeaveChart,
        help: "Leave the chart",
    },
];

/// The action bound to `key` in `context`.
pub fn action(context: Context, key: &str) -> Option<Action> {
    BINDINGS
        .iter()
        .find(|b| b.context == context && b.key == key)
        .map(|b| b.action)
}
