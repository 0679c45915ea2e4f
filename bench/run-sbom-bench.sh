#!/bin/sh
# Benchmark: `cct-lint scan --sbom` on a generated CycloneDX 1.6 JSON of N components (default 20,000),
# JVM start included. Prints wall time and peak resident memory of each run (GNU time).
# Usage: bench/run-sbom-bench.sh [components] [runs]   (after `mvn -B -q package -DskipTests`)
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
n=${1:-20000}
runs=${2:-5}
work="$root/bench/work"
mkdir -p "$work"
sbom="$work/sbom-$n.cdx.json"
[ -f "$sbom" ] || java "$root/bench/GenerateSbom.java" "$n" "$sbom"
echo "input: $sbom ($(wc -c < "$sbom") bytes, $n components); java: $(java -version 2>&1 | head -1)"
for extra in "" "--no-validate"; do
  i=0
  while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    /usr/bin/time -f "run $i ${extra:-(validating)}: %e s wall, %M KB peak RSS" \
      "$root/cct-lint" scan --sbom "$sbom" --format json $extra --fail-on none > "$work/out.json"
  done
done
