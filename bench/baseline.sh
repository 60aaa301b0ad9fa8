#!/usr/bin/env bash
# Builds the baseline release (the commit in bench/baseline, or $BASELINE) the way `make build`
# does, once per commit, and prints its dist folder. It builds in a git worktree under target/
# with the machine's shared dependency cache, so only the crate itself is compiled.
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${BASELINE:-$(awk 'NF && $1 !~ /^#/ { print $1; exit }' bench/baseline)}
sha=$(git rev-parse --verify --quiet "$ref^{commit}") || { echo "baseline: no commit $ref (a shallow clone? git fetch --unshallow)" >&2; exit 1; }
out=$PWD/target/bench-baseline/$sha
if [ ! -f "$out/dist/index.html" ]; then
  echo "baseline: building $ref ($sha)" >&2
  rm -rf "$out"
  git worktree prune
  git worktree add --detach "$out/src" "$sha" >&2
  (
    cd "$out/src"
    trunk build --release --dist "$out/dist" >&2
    python3 tools/csp.py "$out/dist/index.html" >&2
  )
  git worktree remove --force "$out/src"
fi
echo "$out/dist"
