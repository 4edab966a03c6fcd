#!/bin/sh
# Fetches the one file of each package version that versions.txt lists into downloads/ (git-ignored),
# named <package>-<version>.<ext>, after checking the package against its recorded integrity. Files
# already there are not fetched again, so a warm build does not touch the network.
set -eu
cd "$(dirname "$0")"
mkdir -p downloads
grep -v '^#' versions.txt | while read -r pkg version integrity file; do
  [ -n "$pkg" ] || continue
  name="$(printf '%s' "$pkg" | tr -d '@' | tr '/' '-')-$version.${file##*.}"
  [ -s "downloads/$name" ] && continue
  if ! command -v npm >/dev/null 2>&1; then
    echo "spec-history: fetching $pkg@$version needs npm on the PATH; install Node.js and npm, or skip with -Dspecpoet.corpus.skip" >&2
    exit 1
  fi
  tmp="$(mktemp -d)"
  npm pack "$pkg@$version" --pack-destination "$tmp" --json --loglevel=error > "$tmp/pack.json"
  got="$(node -e 'console.log(require(process.argv[1])[0].integrity)' "$tmp/pack.json")"
  if [ "$got" != "$integrity" ]; then
    echo "spec-history: $pkg@$version has integrity $got, versions.txt records $integrity" >&2
    rm -rf "$tmp"
    exit 1
  fi
  tar -xzf "$tmp"/*.tgz -C "$tmp" "package/$file"
  mv "$tmp/package/$file" "downloads/$name"
  rm -rf "$tmp"
  echo "spec-history: $pkg@$version -> downloads/$name"
done
