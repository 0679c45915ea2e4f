#!/bin/sh
# Benchmark: `cct-lint scan <folder>` and `--git` on a generated monorepo (default 1,000 manifests of mixed
# kinds, 50,000 files), JVM start included, against `git ls-files | xargs cat > /dev/null` on the same tree
# (the floor: reading every committed file once), and the folder scan with the Cloud Native checks. Usage: bench/run-tree-bench.sh [manifests] [files] [runs]
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
modules=${1:-1000}
files=${2:-50000}
runs=${3:-3}
tree="$root/bench/work/monorepo-$modules-$files"
if [ ! -d "$tree/.git" ]; then
  rm -rf "$tree"
  java "$root/bench/GenerateMonorepo.java" "$modules" "$files" "$tree"
  (cd "$tree" && git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.org commit -qm bench)
fi
echo "tree: $tree ($(cd "$tree" && git ls-files | wc -l) files); java: $(java -version 2>&1 | head -1)"
i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  sync
  /usr/bin/time -f "run $i  git ls-files | xargs cat: %e s wall" sh -c "cd '$tree' && git ls-files -z | xargs -0 cat > /dev/null"
  /usr/bin/time -f "run $i  cct-lint scan <folder>:      %e s wall, %M KB peak RSS" \
    "$root/cct-lint" scan "$tree" --format json --fail-on none > "$root/bench/work/tree.json"
  /usr/bin/time -f "run $i  cct-lint scan --cloud-native: %e s wall, %M KB peak RSS" \
    "$root/cct-lint" scan "$tree" --cloud-native --format json --fail-on none > "$root/bench/work/tree-cn.json"
  /usr/bin/time -f "run $i  cct-lint scan --git:         %e s wall, %M KB peak RSS" \
    "$root/cct-lint" scan --git "$tree" --rev HEAD --format json --fail-on none > "$root/bench/work/git.json"
done
