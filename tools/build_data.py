#!/usr/bin/env python3
"""Build public/data/*.json from the vetted CSVs in data/ (the source of truth, kept in this repo).

The CSVs are the source of truth; the JSON in public/data/ is what readers download. The app
bundles the same rows split in two, so the first load carries only what the charts draw:
content/data/*.json (every row, its source reduced to publisher, confidence and vintage; compact)
is compiled into the wasm, and public/data/sources.json (each row's source title, address,
verbatim quote and notes, by dataset and row id) is what the app fetches after the first paint
(with the definitions, as one postcard file the build writes: src/model/detail.rs), for source
cards, tooltips' links, tables and downloads. The glossary (content/glossary.json) is split alike:
content/data/glossary.json (names and the phrases that mark a term) and public/data/glossary.json
(definitions and their sources, by slug).
Nothing here invents or rounds a number: values are parsed as written, and every record keeps
its source, verbatim quote, confidence flag and notes. What this script adds is structure:
stable ids, parsed date ranges, chart lanes and a mark category for sanctions.

    python3 tools/build_data.py            # write public/data/*.json and content/data/*.json
    python3 tools/build_data.py --check    # fail if any committed JSON is stale
"""
import calendar
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(
    next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--src=")), ROOT / "data")
)
OUT = ROOT / "public" / "data"
BUNDLED = ROOT / "content" / "data"
# The source fields the charts never draw: they go to sources.json, out of the first load.
DETAIL = ("title", "url", "url_note", "quote", "notes")

# ---------------------------------------------------------------- dates


def _last_day(y, m):
    return calendar.monthrange(y, m)[1]


def parse_date(text):
    """Parse the CSVs' date column into {text, start, end[, years]}.

    Accepted shapes: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-YYYY, YYYY-MM to YYYY-MM, YYYY-MM/MM,
    lists 'YYYY; YYYY' or 'YYYY/YYYY', each optionally followed by a parenthesised remark.
    Returns None when the text is not a date (e.g. '2022 vs 2012').
    """
    t = text.strip()
    core = re.sub(r"\s*\(.*\)\s*$", "", t).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", core)
    if m:
        iso = core
        return {"text": t, "start": iso, "end": iso}
    m = re.fullmatch(r"(\d{4})-(\d{2})", core)
    if m:
        y, mo = int(m[1]), int(m[2])
        return {"text": t, "start": f"{y:04}-{mo:02}-01", "end": f"{y:04}-{mo:02}-{_last_day(y, mo):02}"}
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{2})", core)
    if m:
        y, a, b = int(m[1]), int(m[2]), int(m[3])
        return {"text": t, "start": f"{y:04}-{a:02}-01", "end": f"{y:04}-{b:02}-{_last_day(y, b):02}"}
    m = re.fullmatch(r"(\d{4})-(\d{2}) to (\d{4})-(\d{2})", core)
    if m:
        y1, m1, y2, m2 = map(int, m.groups())
        return {"text": t, "start": f"{y1:04}-{m1:02}-01", "end": f"{y2:04}-{m2:02}-{_last_day(y2, m2):02}"}
    m = re.fullmatch(r"(\d{4})", core)
    if m:
        return {"text": t, "start": f"{core}-01-01", "end": f"{core}-12-31"}
    m = re.fullmatch(r"(\d{4})-(\d{4})", core)
    if m:
        return {"text": t, "start": f"{m[1]}-01-01", "end": f"{m[2]}-12-31"}
    if re.fullmatch(r"\d{4}(\s*[;/]\s*\d{4})+", core):
        years = [int(y) for y in re.findall(r"\d{4}", core)]
        return {"text": t, "start": f"{min(years)}-01-01", "end": f"{max(years)}-12-31", "years": years}
    return None


# ---------------------------------------------------------------- helpers


def slug(text):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


class Ids:
    """Stable ids: the same CSV order gives the same ids; repeats get -2, -3..."""

    def __init__(self):
        self.seen = {}

    def make(self, base):
        n = self.seen.get(base, 0) + 1
        self.seen[base] = n
        return base if n == 1 else f"{base}-{n}"


def source(row):
    # A record whose source was stored without an address keeps an empty url (the app then
    # shows the publisher and title without a link) and says so in url_note.
    url = row["source_url"].strip()
    out = {
        "publisher": row["source_publisher"],
        "title": row["source_title"],
        "url": url if url.startswith(("http://", "https://")) else "",
        "quote": row["quote"],
        "confidence": row["confidence"],
    }
    if url and not out["url"]:
        out["url_note"] = url
    if row.get("source_vintage"):
        out["vintage"] = row["source_vintage"]
    if row.get("notes"):
        out["notes"] = row["notes"]
    return out


def read(name):
    with open(SRC / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def number(text):
    """A plain number as written, or None. Never guesses from prose like '33 (inferred...)'."""
    t = text.strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        return float(t) if "." in t else int(t)
    return None


# ---------------------------------------------------------------- datasets

# Facts the app shares, each stated once: the lanes and the GDP series keys in content/facts.json,
# the article's date in the story.
FACTS = json.loads((ROOT / "content" / "facts.json").read_text(encoding="utf-8"))
ARTICLE_DATE = tuple(int(part) for part in json.loads(
    (ROOT / "content" / "story.json").read_text(encoding="utf-8"))["article"]["date"].split("-"))
MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]


def published_after_article(vintage):
    """True when a GDP figure's vintage shows it was published after the article (ARTICLE_DATE).

    Reads 'YYYY-MM[-DD]', 'Month YYYY' or a bare year; a bare '2025' is ambiguous and counts as
    not after. Used for styling later data apart, never for dropping it."""
    v = vintage.lower()
    m = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", v)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3] or 1)
        return (y, mo, d) > ARTICLE_DATE
    for i, name in enumerate(MONTH_NAMES, start=1):
        m = re.search(name + r" (\d{4})", v)
        if m:
            return (int(m[1]), i, 1) > ARTICLE_DATE
    years = [int(y) for y in re.findall(r"\b(\d{4})\b", v)]
    return bool(years) and min(years) > ARTICLE_DATE[0]


GDP_SERIES = {
    "article claim": "article",
    "World Bank WDI NY.GDP.MKTP.KD.ZG": FACTS["gdp_bars"],
    "World Bank WDI NY.GDP.MKTP.KD.ZG (later vintage)": FACTS["gdp_later"],
    "IMF WEO NGDP_RPCH (October 2024)": "imf-2024-10",
    "IMF WEO NGDP_RPCH (April 2025)": "imf-2025-04",
    "IMF WEO NGDP_RPCH (October 2025)": "imf-2025-10",
}


def build_gdp():
    ids, rows, checks = Ids(), [], []
    for r in read("gdp.csv"):
        if r["measure"].startswith("derived"):
            checks.append({"id": ids.make("check-" + slug(r["year"])), "label": r["series"], "period": r["year"],
                           "value_text": r["value"], "measure": r["measure"], "unit": r["unit"], "source": source(r)})
            continue
        series = GDP_SERIES.get(r["series"], slug(r["series"]))
        rec = {"id": ids.make(f"{series}-{r['year']}"), "year": int(r["year"]), "series": series,
               "series_label": r["series"], "measure": r["measure"], "unit": r["unit"]}
        rng = re.fullmatch(r"(-?[\d.]+) to (-?[\d.]+)", r["value"])
        if rng:
            rec["low"], rec["high"] = float(rng[1]), float(rng[2])
        else:
            rec["value"] = float(r["value"])
        # The main WDI vintage (Dec 2025) restates years the article could already see, so it is
        # not "later data"; every other vintage is judged by its date.
        rec["after_article"] = series != FACTS["gdp_bars"] and published_after_article(r["source_vintage"])
        rec["source"] = source(r)
        rows.append(rec)
    return {"dataset": "gdp", "title": "Belarus: real GDP growth, annual %",
            "unit": "% change on previous year, real GDP", "rows": rows, "checks": checks}


def prisoner_metric(metric):
    m = metric.lower()
    for key, name in [("remaining", "statement"), ("held", "held"), ("ever recognised", "recognised"),
                      ("newly recognised", "newly-recognised"), ("detained", "detained"),
                      ("convicted", "convicted"), ("sentences", "convicted")]:
        if key in m:
            return name
    raise ValueError(f"unknown prisoner metric: {metric}")


def build_prisoners():
    ids, rows = Ids(), []
    for r in read("prisoners.csv"):
        metric = prisoner_metric(r["metric"])
        prefix = "article-" if r["confidence"] == "article" else ""
        date = parse_date(r["date"])
        rows.append({"id": ids.make(f"{prefix}{metric}-{r['date']}"), "date": date, "precision": r["date_precision"],
                     "metric": metric, "metric_label": r["metric"], "value": int(r["value"]), "unit": r["unit"],
                     "source": source(r)})
    return {"dataset": "prisoners", "title": "Political prisoners in Belarus (Viasna counts and related figures)",
            "unit": "persons", "rows": rows}


def build_releases():
    ids, rows = Ids(), []
    for r in read("releases.csv"):
        date = parse_date(r["date"])
        if date is None:
            raise ValueError(f"releases.csv: unparsed date {r['date']!r}")
        prefix = "article-" if r["confidence"] == "article" else "rel-"
        rec = {"id": ids.make(prefix + slug(r["date"])), "date": date, "precision": r["date_precision"],
               "event": r["event"], "number": number(r["number_released"]), "number_text": r["number_released"],
               "people": r["notable_people"], "context": r["broker_or_context"],
               "western_step": r["linked_western_step"], "source": source(r)}
        rows.append(rec)
    return {"dataset": "releases", "title": "Releases of political prisoners in Belarus, 2008–2025",
            "unit": "persons released", "rows": rows}


def sanction_lane(actor):
    for lane in FACTS["lanes"]:
        if actor == lane or actor.startswith(lane + " ") or actor.startswith(lane + "/") or f"/{lane}" in actor:
            return lane
    raise ValueError(f"unknown sanctions actor: {actor}")


# Mark categories, first match wins. The order matters: a measure that eases anything is relief,
# and 'aviation ban' inside a sectoral package stays sectoral.
CATEGORY_RULES = [
    ("relief", lambda a, m: any(k in a for k in ("easing", "lifting", "suspension"))),
    ("count", lambda a, m: "count of packages" in a),
    ("legislation", lambda a, m: a == "legislation" or "legal authority" in m),
    ("export", lambda a, m: "export controls" in m),
    ("aviation", lambda a, m: "airspace" in m),
    ("sectoral", lambda a, m: any(k in m for k in ("sectoral", "tariff", "potash", "russia package"))),
    ("financial", lambda a, m: any(k in m for k in ("debt", "secondary", "financial", "bank"))),
    ("listings", lambda a, m: any(k in m for k in ("asset freeze", "travel ban", "designation", "listing"))),
]


def sanction_category(action, measure):
    a, m = action.lower(), measure.lower()
    for name, rule in CATEGORY_RULES:
        if rule(a, m):
            return name
    return "other"


def build_sanctions():
    ids, rows = Ids(), []
    for r in read("sanctions.csv"):
        date = parse_date(r["date"])
        if date is None:
            raise ValueError(f"sanctions.csv: unparsed date {r['date']!r}")
        lane = sanction_lane(r["actor"])
        prefix = "article-" if r["confidence"] == "article" else ""
        rows.append({"id": ids.make(f"{prefix}{slug(lane)}-{slug(r['date'])}"), "date": date,
                     "precision": r["date_precision"], "lane": lane, "actor": r["actor"], "action": r["action"],
                     "category": sanction_category(r["action"], r["measure_type"]), "trigger": r["trigger_event"],
                     "measure": r["measure_type"], "eu_package": r["eu_package"], "targets": r["targets_summary"],
                     "source": source(r)})
    return {"dataset": "sanctions", "title": "Sanctions on Belarus by the US, EU, UK and Canada, 2004–2025",
            "unit": "rounds", "category_rule": "derived from action and measure_type by tools/build_data.py",
            "rows": rows}


def build_events():
    ids, rows = Ids(), []
    for r in read("events.csv"):
        date = parse_date(r["date"])
        if date is None:
            raise ValueError(f"events.csv: unparsed date {r['date']!r}")
        prefix = "article-" if r["confidence"] == "article" else "ev-"
        rows.append({"id": ids.make(prefix + slug(r["date"])), "date": date, "precision": r["date_precision"],
                     "event": r["event"], "category": r["category"], "source": source(r)})
    return {"dataset": "events", "title": "Events in Belarus and in US–Belarus relations, 1994–2025",
            "unit": "events", "rows": rows}


BUILDERS = {"gdp": build_gdp, "prisoners": build_prisoners, "releases": build_releases,
            "sanctions": build_sanctions, "events": build_events}


def render(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def compact(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def split_sources(doc, details):
    """Moves each sourced row's detail fields out of `doc` into `details[id]` (in place)."""
    if isinstance(doc, dict):
        src = doc.get("source")
        if isinstance(src, dict) and "id" in doc:
            if doc["id"] in details:
                raise SystemExit(f"duplicate row id {doc['id']}")
            details[doc["id"]] = {k: src.pop(k) for k in DETAIL if k in src}
        for v in doc.values():
            split_sources(v, details)
    elif isinstance(doc, list):
        for v in doc:
            split_sources(v, details)


def outputs():
    """Every file this script writes, as (path, text)."""
    files, details = [], {}
    for name, build in BUILDERS.items():
        doc = build()
        files.append((OUT / f"{name}.json", render(doc)))
        details[name] = {}
        split_sources(doc, details[name])
        files.append((BUNDLED / f"{name}.json", compact(doc)))
    files.append((OUT / "sources.json", compact(details)))
    # The glossary (content/glossary.json, written by hand) is split the same way: what marks a
    # term in the text is bundled; definitions and their sources are fetched with sources.json.
    glossary = json.loads((ROOT / "content" / "glossary.json").read_text(encoding="utf-8"))
    marks = [{k: e[k] for k in ("slug", "kind", "name", "match")} for e in glossary["entries"]]
    definitions = {e["slug"]: {"text": e["text"], "source": e["source"]} for e in glossary["entries"]}
    files.append((BUNDLED / "glossary.json", compact({"entries": marks})))
    files.append((OUT / "glossary.json", compact(definitions)))
    return files


def main():
    check = "--check" in sys.argv
    stale = []
    files = outputs()
    for path, text in files:
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale data files (run python3 tools/build_data.py):", *stale, sep="\n  ")
        return 1
    print("data: " + ("up to date" if check else f"wrote {len(files)} files"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
