//! The keyboard map, in one table: the page's shortcuts, the chart's data navigation, and the
//! shortcuts dialog that lists them. Keys are `KeyboardEvent.key` values.

/// Where a key binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere on the page except text fields and the focused chart.
    Page,
    /// While the chart has keyboard focus (it takes precedence over the page).
    Chart,
    /// Reading step by step (in scroll mode these keys scroll the page, as browsers do).
    Steps,
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextStep,
    PrevStep,
    FirstStep,
    LastStep,
    ShowShortcuts,
    NextPoint,
    PrevPoint,
    NextSeries,
    PrevSeries,
    FirstPoint,
    LastPoint,
    LeaveChart,
    /// Play, pause or go on with the chart's sound (`charts::listen`).
    Listen,
    /// Say what the whole chart holds (`charts::summary`).
    SummariseChart,
    /// Say what the focused point's series holds.
    SummariseSeries,
    /// Say what the focused point's year holds, across the series.
    SummariseYear,
}

/// One binding: context, key, what it does, and how the shortcuts dialog describes it.
pub struct Binding {
    pub context: Context,
    pub key: &'static str,
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
}

pub const BINDINGS: [Binding; 18] = [
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
        context: Context::Steps,
        key: "Space",
        label: "Space",
        action: Action::NextStep,
        help: "Next step",
    },
    Binding {
        context: Context::Steps,
        key: "Shift+Space",
        label: "Shift + Space",
        action: Action::PrevStep,
        help: "Previous step",
    },
    Binding {
        context: Context::Steps,
        key: "Home",
        label: "Home",
        action: Action::FirstStep,
        help: "First step",
    },
    Binding {
        context: Context::Steps,
        key: "End",
        label: "End",
        action: Action::LastStep,
        help: "Last step",
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
    Binding {
        context: Context::Chart,
        key: "p",
        label: "P",
        action: Action::Listen,
        help: "Listen to the chart: play, pause, go on (then the arrow keys sound each point)",
    },
    Binding {
        context: Context::Chart,
        key: "a",
        label: "A",
        action: Action::SummariseChart,
        help: "What the whole chart holds: its series and how many marks each",
    },
    Binding {
        context: Context::Chart,
        key: "s",
        label: "S",
        action: Action::SummariseSeries,
        help: "What this series holds: its span, lowest, highest and how it moved",
    },
    Binding {
        context: Context::Chart,
        key: "y",
        label: "Y",
        action: Action::SummariseYear,
        help: "What this point's year holds, in every series",
    },
];

/// The action bound to `key` in `context`; a letter is the same key with Shift or Caps Lock.
pub fn action(context: Context, key: &str) -> Option<Action> {
    let letter = key.len() == 1 && key.as_bytes()[0].is_ascii_alphabetic();
    BINDINGS
        .iter()
        .find(|b| b.context == context && (b.key == key || letter && b.key.eq_ignore_ascii_case(key)))
        .map(|b| b.action)
}

/// The key map's name for a key press: `KeyboardEvent.key`, except that the space bar is
/// `Space` or `Shift+Space` (its `key` is a bare space, and Shift reverses it).
pub fn key_name(key: &str, shift: bool) -> String {
    match (key, shift) {
        (" ", false) => "Space".to_string(),
        (" ", true) => "Shift+Space".to_string(),
        _ => key.to_string(),
    }
}

/// The bindings of one context as an HTML table (the shortcuts dialog: a string, not a tree),
/// in the page's edition (the table's labels and help are the catalog's keys).
pub fn table_html(context: Context, caption: &str) -> String {
    use crate::format::escape_html as esc;
    use crate::i18n::tr;
    let rows: String = BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .map(|b| {
            format!(
                "<tr><td><kbd>{}</kbd></td><td>{}</td></tr>",
                esc(tr(b.label)),
                esc(tr(b.help))
            )
        })
        .collect();
    format!(
        "<table class=\"shortcuts\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th></tr></thead><tbody>{rows}</tbody></table>",
        esc(caption),
        esc(tr("Key")),
        esc(tr("Action"))
    )
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn each_context_lists_exactly_its_own_keys() {
        for context in [Context::Page, Context::Steps, Context::Chart] {
            let html = table_html(context, "Caption");
            let own = BINDINGS.iter().filter(|b| b.context == context).count();
            assert!(own > 0);
            assert_eq!(html.matches("<tr><td><kbd>").count(), own);
            for b in BINDINGS.iter().filter(|b| b.context == context) {
                assert!(html.contains(&crate::format::escape_html(b.help)), "{}", b.help);
            }
        }
    }
}
