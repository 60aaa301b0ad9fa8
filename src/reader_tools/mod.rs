//! What a reader can do with the story beyond reading it: the chart's data as a table and as
//! downloads, the sources of every figure, citations, the glossary and who's who, key dates,
//! questions for a class, the keyboard shortcuts. Pure: each tool's rows or HTML. Browser: their
//! panels and dialogs, downloads and the clipboard.

pub mod cite;
pub mod export;
pub mod glossary_list;
pub mod key_dates;
pub mod questions_list;
pub mod sources;
pub mod table;

#[cfg(feature = "ui")]
pub mod chart_tools;
#[cfg(feature = "ui")]
pub mod cite_panel;
#[cfg(feature = "ui")]
pub mod clipboard;
#[cfg(feature = "ui")]
pub mod data_table;
#[cfg(feature = "ui")]
pub mod download;
#[cfg(feature = "ui")]
pub mod glossary_panel;
#[cfg(feature = "ui")]
pub mod questions_panel;
#[cfg(feature = "ui")]
pub mod shortcuts_panel;
#[cfg(feature = "ui")]
pub mod source_detail;
#[cfg(feature = "ui")]
pub mod sources_panel;
