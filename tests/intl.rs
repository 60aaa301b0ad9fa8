//! The host's formatting tables (`i18n::locale`, `i18n::plural`) against `Intl` in Node (full
//! ICU): every edition's numbers, percentages, dates, months, lists and plural categories must be
//! the strings the browser's `Intl` gives. The app and the prerender both use the tables, so a
//! page cannot change its text when it hydrates; this test keeps the tables honest.
//! English differs from `Intl`'s en-GB in two house choices only: a true minus sign (U+2212) and
//! one percent sign for a range ("0.8–2.3%").
// Host only: the catalogs are bundled for the prerender, and Node answers for Intl.
#![cfg(not(target_arch = "wasm32"))]

use minsk_explainer::i18n::{locale, plural, Edition};
use std::io::Write;
use std::process::{Command, Stdio};

const INTEGERS: [u64; 7] = [0, 7, 169, 1164, 12345, 33000, 1234567];
const NUMBERS: [f64; 6] = [-4.66, 2.304, 1.5, -0.5, 10.0, 0.0];
const PERCENTS: [f64; 3] = [-4.66, 2.3, 0.0];

/// The script Node runs: reads the cases, answers with Intl's strings.
const SCRIPT: &str = r#"
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const c = JSON.parse(input);
  const out = {};
  for (const lang of c.langs) {
    const l = lang === "en" ? "en-GB" : lang;
    const nf = new Intl.NumberFormat(l, { maximumFractionDigits: 20 });
    const pc = new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 20 });
    const day = new Intl.DateTimeFormat(l, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const month = new Intl.DateTimeFormat(l, { month: "long", year: "numeric", timeZone: "UTC" });
    const pr = new Intl.PluralRules(l);
    const lf = new Intl.ListFormat(l, { type: "conjunction" });
    out[lang] = {
      integers: c.integers.map((n) => nf.format(n)),
      numbers: c.numbers.map((n) => nf.format(n)),
      percents: c.percents.map((n) => pc.format(n / 100)),
      range: pc.formatRange(0.008, 0.023),
      days: c.days.map(([y, m, d]) => day.format(new Date(Date.UTC(y, m - 1, d)))),
      months: c.days.map(([y, m]) => month.format(new Date(Date.UTC(y, m - 1, 15)))),
      plurals: c.plurals.map((n) => pr.select(n)),
      lists: [["a"], ["a", "b"], ["a", "b", "c"]].map((x) => lf.format(x)),
    };
  }
  process.stdout.write(JSON.stringify(out));
});
"#;

fn days() -> Vec<(i32, u32, u32)> {
    let mut d: Vec<(i32, u32, u32)> = (1..=12).map(|m| (2026, m, 19)).collect();
    d.push((2025, 6, 1));
    d.push((2020, 8, 9));
    d
}

fn plural_cases() -> Vec<f64> {
    let mut p: Vec<f64> = (0..=130).map(f64::from).collect();
    p.extend([1.5, 0.5, 2.25, 11.1, 1001.0, 1164.0]);
    p
}

fn intl() -> serde_json::Value {
    let cases = serde_json::json!({
        "langs": Edition::ALL.iter().map(|e| e.code()).collect::<Vec<_>>(),
        "integers": INTEGERS,
        "numbers": NUMBERS,
        "percents": PERCENTS,
        "days": days().iter().map(|(y, m, d)| [*y as i64, *m as i64, *d as i64]).collect::<Vec<_>>(),
        "plurals": plural_cases(),
    });
    let mut child = Command::new("node")
        .args(["-e", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("this test needs Node (installed by tools/setup.sh, as the browser tests do)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(cases.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "node failed");
    serde_json::from_slice(&out.stdout).expect("node answers JSON")
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_edition_formats_as_intl_does() {
    let answers = intl();
    let mut wrong = Vec::new();
    let mut check = |e: Edition, what: &str, ours: Vec<String>, theirs: Vec<String>| {
        for (a, b) in ours.iter().zip(&theirs) {
            if a != b {
                wrong.push(format!("{} {what}: ours {a:?}, Intl {b:?}", e.code()));
            }
        }
    };
    for e in Edition::ALL {
        let a = &answers[e.code()];
        // English's house minus: compare with Intl's hyphen-minus put back.
        let house = |s: String| {
            if e == Edition::En {
                s.replace('\u{2212}', "-")
            } else {
                s
            }
        };
        check(
            e,
            "integer",
            INTEGERS.iter().map(|n| locale::integer(e, *n)).collect(),
            strings(&a["integers"]),
        );
        check(
            e,
            "number",
            NUMBERS.iter().map(|n| house(locale::number(e, *n))).collect(),
            strings(&a["numbers"]),
        );
        check(
            e,
            "percent",
            PERCENTS.iter().map(|n| house(locale::percent(e, *n))).collect(),
            strings(&a["percents"]),
        );
        if e != Edition::En {
            check(
                e,
                "range",
                vec![locale::percent_range(e, 0.8, 2.3)],
                vec![a["range"].as_str().unwrap().to_string()],
            );
        }
        check(
            e,
            "date",
            days().iter().map(|(y, m, d)| locale::date(e, *y, *m, *d)).collect(),
            strings(&a["days"]),
        );
        check(
            e,
            "month",
            days().iter().map(|(y, m, _)| locale::month_year(e, *y, *m)).collect(),
            strings(&a["months"]),
        );
        check(
            e,
            "plural",
            plural_cases()
                .iter()
                .map(|n| plural::category(e, *n).keyword().to_string())
                .collect(),
            strings(&a["plurals"]),
        );
        let lists = [vec!["a"], vec!["a", "b"], vec!["a", "b", "c"]];
        check(
            e,
            "list",
            lists
                .iter()
                .map(|l| locale::and_list(e, &l.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
                .collect(),
            strings(&a["lists"]),
        );
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
