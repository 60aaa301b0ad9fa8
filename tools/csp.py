#!/usr/bin/env python3
"""Adds the Content-Security-Policy and referrer policy to a built dist/index.html, and limits
trunk's wasm preload to browsers running scripts (readers without them never use the wasm, and
Chrome warns about an unused preload).

The policy allows only the site's own scripts, styles, images and data, WebAssembly compilation
('wasm-unsafe-eval'), and, by their SHA-256 hashes, the inline scripts (trunk's module script that
starts the wasm, and prepaint.js) and the inlined stylesheets; no inline style attributes. Run after every release build (the Makefile does); `trunk serve` (development) skips it,
because its live-reload script would need more.
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/index.html")
html = path.read_text(encoding="utf-8")
html = re.sub(
    r'<link rel="preload"(?![^>]*\bmedia=)([^>]*\bas="fetch"[^>]*type="application/wasm"[^>]*)>',
    r'<link rel="preload" media="(scripting: enabled)"\1>',
    html,
)
path.write_text(html, encoding="utf-8")
if 'http-equiv="Content-Security-Policy"' in html:
    sys.exit(0)
hashes = [
    "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
    for attrs, body in re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.S)
    if body.strip()
]
# The page's own stylesheets are inlined (index.html), each allowed by its hash.
style_hashes = [
    "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
    for body in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S)
]
policy = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
    # No inline styles at all: chart labels are measured with the canvas (src/charts/panel/label_width.rs), not
    # plotters' styled <span>, and Leptos sets the few inline positions (tooltip, progress bar)
    # through CSSOM, which the policy does not govern.
    " ".join(["style-src 'self'", *style_hashes]),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
])
meta = (f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '  <meta name="referrer" content="strict-origin-when-cross-origin">\n  ')
html = html.replace('<meta name="viewport"', meta + '<meta name="viewport"', 1)
path.write_text(html, encoding="utf-8")
print(f"csp: {len(hashes)} inline script(s) allowed by hash")
