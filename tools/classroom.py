#!/usr/bin/env python3
"""Writes the offline classroom copy (issue 18): one self-contained HTML file, `OUT` in the built
site, that opens from file:// with no network and works as the site does: every reading mode,
the charts, tables, downloads, sources, the glossary and the questions.

It is the built index.html (the prerendered page, which the app hydrates as on the web) with:
- everything the app would fetch packed into one gzip archive (by Zopfli: tools/zopfli.mjs),
  base85 in a non-script <script> block: the wasm, data/detail.bin (sources' detail,
  definitions, questions), the download files in data/, and the plain pages the footer links
  (sources, glossary, key dates, questions);
- trunk's start-up module replaced by `BOOT`: it unpacks the archive with the browser's
  DecompressionStream, answers the app's fetches of data/ from it, points the footer's download
  and page links at blob: copies (attributes only: the DOM the app hydrates stays as built), and
  starts the wasm-bindgen glue, inlined (a module cannot be imported from file://);
- the pictures the page requests before the app draws (the stand-in chart, its preloads, the
  icon) left out or inlined, so nothing is asked of a network or a missing file;
- its own Content-Security-Policy (tools/csp.py, which hashes the new inline scripts).

Each edition gets its own copy beside its page (`dist/ru/minsk-explainer-offline.html`): its
prerendered page, its words (data/lang/<code>.bin and -detail.bin) and its plain pages; the
English copy carries no edition's words. In a copy, the language switch is hidden (the other
editions are not in the file).

Usage: classroom.py [dist]. Fails if a file would reach LIMIT bytes.
"""
import base64
import concurrent.futures
import gzip
import hashlib
import json
import re
import struct
import subprocess
import sys
from pathlib import Path

OUT = "minsk-explainer-offline.html"
# 1.1 MB since the editions (issue 17) grew the wasm by ~23 KB brotli; it was 1 MB. Each file
# carries one edition.
LIMIT = 1_100_000
# Python's base85 alphabet, and the swaps that keep "<", ">" and "&" out of the page.
B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
SAFE = str.maketrans("<>&", ".:,")
# No spaces: it goes in srcset too.
EMPTY_PICTURE = "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E"
# Files of data/ that nothing in the app or its pages links or fetches: left out of the file.
# (glossary.json: the definitions reach the app inside detail.bin; the JSON is for other tools.)
NOT_CARRIED = {"glossary.json"}

# The plain pages the footer links, carried inside the file.
# Not sources.html (481 KB, a fifth of the file): here its links open the article view, where
# every step's figure is followed by the same sources, quotes and all.
PAGES = ["glossary.html", "key-dates.html", "questions.html", "questions-answers.html"]

BOOT = r"""
// The offline copy's start-up (tools/classroom.py): unpack, serve the app's files, start it.
// Base85 (Python's alphabet with "<", ">" and "&" swapped for ".", ":" and ",", so the text can
// never close its <script>): 4 bytes in 5 characters, a quarter smaller than base64.
function base85(text) {
  const alphabet = "ALPHABET";
  const value = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) value[alphabet.charCodeAt(i)] = i;
  const whole = Math.floor(text.length / 5), rest = text.length % 5;
  const out = new Uint8Array(whole * 4 + (rest ? rest - 1 : 0));
  const view = new DataView(out.buffer);
  const group = (at, length) => {
    let n = 0;
    for (let k = 0; k < 5; k++) n = n * 85 + (k < length ? value[text.charCodeAt(at + k)] : 84);
    return n;
  };
  for (let g = 0; g < whole; g++) view.setUint32(g * 4, group(g * 5, 5));
  if (rest) {
    const n = group(whole * 5, rest);
    for (let k = 0; k < rest - 1; k++) out[whole * 4 + k] = (n >>> (24 - 8 * k)) & 255;
  }
  return out;
}
const offline = await (async () => {
  const packed = document.getElementById("offline-files");
  const gz = base85(packed.textContent.trim());
  packed.remove();
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  const all = new Uint8Array(await new Response(stream).arrayBuffer());
  const head = new DataView(all.buffer).getUint32(0);
  const index = JSON.parse(new TextDecoder().decode(all.subarray(4, 4 + head)));
  const file = (name) => {
    const [at, length] = index[name];
    return all.subarray(4 + head + at, 4 + head + at + length);
  };
  // An edition's page asks for the site's files one folder up ("../data/…").
  const nameOf = (url) => {
    const name = String(url).replace(/^(?:\.\.?\/)+/, "").split(/[?#]/)[0];
    return Object.hasOwn(index, name) ? name : null;
  };
  const types = { html: "text/html;charset=utf-8", json: "application/json" };
  const typeOf = (name) => types[name.split(".").pop()] ?? "application/octet-stream";
  // The app fetches data/ by relative address: answer from the archive.
  const networkFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const name = nameOf(typeof input === "string" ? input : input.url);
    if (!name) return networkFetch(input, init);
    return Promise.resolve(new Response(file(name), { headers: { "content-type": typeOf(name) } }));
  };
  // Links to the download files and the plain pages open blob: copies, pointed at as they are
  // followed (the app renders some links again). A blob: page may not open a file:// address, so
  // the plain pages open in a tab of their own, their links to the explainer left as text.
  const here = location.href.split(/[?#]/)[0];
  const blobs = new Map();
  const blobOf = (name) => {
    if (!blobs.has(name)) {
      let body = file(name);
      if (name.endsWith(".html")) {
        body = new TextDecoder().decode(body).replace(/<a href="\.\/[^"]*">(.*?)<\/a>/g, "$1");
      }
      blobs.set(name, URL.createObjectURL(new Blob([body], { type: typeOf(name) })));
    }
    return blobs.get(name);
  };
  addEventListener("click", (ev) => {
    const a = ev.target instanceof Element && ev.target.closest("a[href]");
    if (!a) return;
    const href = a.getAttribute("href");
    const name = nameOf(href);
    const sources = /^(?:\.\/)?sources\.html(?:#step-([a-z0-9-]+))?$/.exec(href);
    if (name) {
      a.setAttribute("href", blobOf(name));
      if (name.endsWith(".html")) a.target = "_blank";
    } else if (href === "OUT_NAME") a.setAttribute("href", here);
    else if (sources) a.setAttribute("href", `${here}?mode=article${sources[1] ? `&step=${sources[1]}` : ""}`);
  }, true);
  return { wasm: file("WASM") };
})();
// The wasm-bindgen glue, in a scope of its own.
const glue = (() => {
GLUE
  return { initSync, __wbg_init };
})();
window.wasmBindings = glue;
const started = await glue.__wbg_init({ module_or_path: offline.wasm });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: started } }));
"""


def pack(files):
    """One archive: a 4-byte big-endian length, a JSON index {name: [offset, length]}, the bytes."""
    index, offset, body = {}, 0, []
    for name, data in files.items():
        index[name] = [offset, len(data)]
        offset += len(data)
        body.append(data)
    head = json.dumps(index, separators=(",", ":")).encode()
    return struct.pack(">I", len(head)) + head + b"".join(body)


def zopfli(data):
    """`data` gzipped by Zopfli (tools/zopfli.mjs, from npm): 4% smaller than gzip -9."""
    done = subprocess.run(["node", str(Path(__file__).with_name("zopfli.mjs"))], input=data, capture_output=True)
    if done.returncode != 0 or gzip.decompress(done.stdout) != data:
        sys.exit(f"classroom: zopfli failed (make setup installs it): {done.stderr.decode()[-500:]}")
    return done.stdout


def main():
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    copies = [(dist, None)] + [(p.parent, p.parent.name) for p in sorted(dist.glob("*/index.html"))]
    # Two at a time (Zopfli is most of the time, in its own process; the machine has two cores).
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for done in [pool.submit(write, dist, folder, edition) for folder, edition in copies]:
            done.result()


def write(dist, folder, edition):
    """The copy of the page in `folder` (the site's root, or an edition's folder, `edition` its code)."""
    html = (folder / "index.html").read_text(encoding="utf-8")
    module = re.search(r'<script type="module">.*?</script>', html, re.S)
    wasm_name = re.search(r"module_or_path: '(?:\.\.?/)+([^']+_bg\.wasm)'", module.group(0)).group(1)
    glue_name = re.search(r"from '(?:\.\.?/)+([^']+\.js)'", module.group(0)).group(1)
    glue = (dist / glue_name).read_text(encoding="utf-8")
    # The glue is a module: its exports become plain declarations in the start-up module.
    glue = re.sub(r"^export \{[^}]*\};?\s*$", "", glue, flags=re.M)
    glue = re.sub(r"^export (class|function|const|let) ", r"\1 ", glue, flags=re.M)
    if re.search(r"^\s*(import|export)\b", glue, re.M) or "</script" in glue:
        sys.exit("classroom: the wasm-bindgen glue has imports or exports this script cannot inline")

    files = {"WASM": (dist / wasm_name).read_bytes()}
    for path in sorted((dist / "data").iterdir()):
        if path.is_file() and path.name not in NOT_CARRIED:
            files[f"data/{path.name}"] = path.read_bytes()
    # Its own edition's words only (all seven would take it past its size limit).
    if edition:
        for detail in ["", "-detail"]:
            name = f"data/lang/{edition}{detail}.bin"
            files[name] = (dist / name).read_bytes()
    for page in PAGES:
        files[page] = (folder / page).read_bytes()
    archive = base64.b85encode(zopfli(pack(files))).decode().translate(SAFE)

    # Without the app (a browser too old for it), each step's figure is its description: the
    # pictures are not in the file.
    html = re.sub(
        r'(<noscript class="step-figure-box">)(.*?)(</noscript>)',
        lambda m: m.group(1)
        + re.sub(r'<picture>.*?<img [^>]*?alt="([^"]*)"[^>]*>\s*</picture>', r'<p>\1</p>', m.group(2), flags=re.S)
        + m.group(3),
        html,
        flags=re.S,
    )
    # The footer's "Download for offline use" link, followed here, keeps this very file.
    alphabet = B85.translate(SAFE)
    boot = BOOT.replace("GLUE", glue).replace("OUT_NAME", OUT).replace("ALPHABET", alphabet)
    html = html.replace(module.group(0), f'<script type="module">{boot}</script>', 1)
    # No policy of the web build's (its hashes are of other scripts): csp.py writes this file's.
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', "", html, count=1)
    # Nothing to preload: the glue and wasm are inside, the stand-in chart is not (the app draws).
    html = re.sub(r'<link rel="(?:modulepreload|preload)"[^>]*>', "", html)
    icon = (dist / next(p.name for p in dist.iterdir() if p.name.startswith("favicon"))).read_bytes()
    html = re.sub(
        r'<link rel="icon"[^>]*>',
        '<link rel="icon" href="data:image/svg+xml;base64,' + base64.b64encode(icon).decode() + '">',
        html,
        count=1,
    )
    # The stand-in chart's pictures are not in the file: an empty picture until the app draws.
    html = re.sub(r'<picture>(?:(?!</picture>).)*?elementtiming="chart-static"[^>]*>',
                  lambda m: re.sub(r'(srcset|src)="(?:\.\./)?figures/[^"]*"', rf'\1="{EMPTY_PICTURE}"', m.group(0)), html,
                  flags=re.S)
    # The other editions are not in the file: no switch to them (a rule, not an attribute: the
    # app renders the switch afresh when it does not hydrate). csp.py allows it by its hash.
    html = html.replace("</head>", "<style>nav.editions{display:none}</style></head>", 1)
    html = html.replace("</body>", f'<script type="application/octet-stream" id="offline-files">{archive}</script>\n</body>', 1)
    out = folder / OUT
    out.write_text(html, encoding="utf-8")
    subprocess.run([sys.executable, str(Path(__file__).with_name("csp.py")), str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    # A page opened from a blob: URL keeps this file's policy too: allow the carried pages' styles.
    html = out.read_text(encoding="utf-8")
    styles = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for page in PAGES
        for body in re.findall(r"<style[^>]*>(.*?)</style>", (folder / page).read_text(encoding="utf-8"), re.S)
    ]
    html = html.replace("style-src 'self'", " ".join(["style-src 'self'", *sorted(set(styles))]), 1)
    out.write_text(html, encoding="utf-8")
    size = out.stat().st_size
    print(f"classroom: {out} {size:,} bytes (limit {LIMIT:,})")
    if size >= LIMIT:
        sys.exit(f"classroom: {out} is {size:,} bytes, over the {LIMIT:,} limit")


if __name__ == "__main__":
    main()
