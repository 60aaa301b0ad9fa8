#!/usr/bin/env python3
"""What the wasm is made of: code and data bytes per crate, from `twiggy top` on the release build
before wasm-bindgen and wasm-opt (which strip the names; shares carry over to the shipped file).

Usage: python3 tools/wasm_breakdown.py [path.wasm]   (`make size` builds it and installs twiggy)
"""
import collections
import csv
import io
import re
import subprocess
import sys

WASM = "target/wasm32-unknown-unknown/release/minsk-explainer.wasm"


def group(name: str) -> str | None:
    """The crate an item belongs to, or None for what wasm-bindgen / wasm-opt remove anyway."""
    if "section" in name or name.startswith("export ") or "__wbindgen_describe" in name:
        return None
    if name.startswith("data segment"):
        return "(data: strings, bundled JSON, tables)"
    if "hydrate" in name:
        return "(hydration paths, any crate)"
    if "serde" in name and ("Deserializ" in name or "Visitor" in name or "::de::" in name):
        return "(decoding: derived Deserialize, postcard)"
    found = re.search(r"([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::", name)
    return found.group(1) if found else "(other)"


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else WASM
    out = subprocess.run(["twiggy", "top", "-n", "1000000", "--format", "csv", path], check=True,
                         capture_output=True, text=True).stdout
    sizes: collections.Counter[str] = collections.Counter()
    for row in csv.DictReader(io.StringIO(out)):
        key = group(row["Name"])
        if key:
            sizes[key] += int(row["ShallowSize"])
    total = sum(sizes.values())
    print(f"{'bytes':>9}  {'share':>6}  part of {path}")
    for key, size in sizes.most_common(20):
        print(f"{size:>9}  {100 * size / total:5.1f}%  {key}")
    print(f"{total:>9}  100.0%  total (code and data, before wasm-bindgen and wasm-opt)")


if __name__ == "__main__":
    main()
