#!/usr/bin/env bash
# Times the specpoet:generate goal on the AI Gateway client (generated-client/, 46 operations,
# ~180 files): N runs that generate (-Dspecpoet.force, the baseline) against N no-op runs (nothing
# changed, the up-to-date check skips), side by side. Prints each run's time as the goal reports it
# (its own work, without Maven's start-up) and the whole `mvn` call's wall time, then the medians and
# the no-op/generate ratio.
#
# Needs the plugin installed first (mvn -B install -DskipTests). Usage, from the repository root:
#   bash maven-plugin/bench/up-to-date-timing.sh [N]        (N defaults to 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-5}

run() { # $1 = extra Maven flag; prints "<goal ms> <wall ms>"
  local t0 t1 out ms
  t0=$(date +%s%N)
  out=$(mvn -B -o -ntp -pl generated-client generate-sources $1 2>&1) || { echo "$out" >&2; exit 1; }
  t1=$(date +%s%N)
  ms=$(grep -oE 'specpoet: .*\(([0-9]+) ms\)$' <<<"$out" | grep -oE '[0-9]+ ms\)$' | grep -oE '^[0-9]+')
  [ -n "$ms" ] || { echo "no 'specpoet: ... (N ms)' line in the build output:" >&2; echo "$out" >&2; exit 1; }
  echo "$ms $(( (t1 - t0) / 1000000 ))"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

run "-Dspecpoet.force" >/dev/null # warm the file cache; leaves an up-to-date state behind
gen=(); noop=()
for i in $(seq "$n"); do
  gen+=("$(run -Dspecpoet.force)")
  noop+=("$(run "")")
done
printf '%-4s %-22s %-22s\n' run "generate: goal / mvn" "no-op: goal / mvn"
for i in $(seq 0 $((n - 1))); do
  read -r g gw <<<"${gen[$i]}"; read -r o ow <<<"${noop[$i]}"
  printf '%-4s %6s ms / %6s ms   %6s ms / %6s ms\n' $((i + 1)) "$g" "$gw" "$o" "$ow"
done
gm=$(printf '%s\n' "${gen[@]}" | cut -d' ' -f1 | median); gwm=$(printf '%s\n' "${gen[@]}" | cut -d' ' -f2 | median)
om=$(printf '%s\n' "${noop[@]}" | cut -d' ' -f1 | median); owm=$(printf '%s\n' "${noop[@]}" | cut -d' ' -f2 | median)
printf 'median: generate %s ms (mvn %s ms), no-op %s ms (mvn %s ms)\n' "$gm" "$gwm" "$om" "$owm"
awk -v o="$om" -v g="$gm" -v ow="$owm" -v gw="$gwm" 'BEGIN {
  printf "no-op / generate: goal %.3f, whole mvn call %.2f\n", (g > 0 ? o / g : 0), (gw > 0 ? ow / gw : 0) }'
