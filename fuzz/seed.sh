#!/bin/sh
# Fills fuzz/corpus/<target>/ with seeds from the repository's fixtures.
# Usage: fuzz/seed.sh   (from anywhere; idempotent)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
fx="$here/../fixtures"
for t in article timex pipeline; do
    mkdir -p "$here/corpus/$t"
    cp "$fx"/articles/*.txt "$here/corpus/$t/"
    cp "$fx"/adversarial/* "$here/corpus/$t/"
    rm -f "$here/corpus/$t/README.md"
done
# One seed per JSONL line, good and bad.
mkdir -p "$here/corpus/jsonl_record"
n=0
while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    printf '%s' "$line" > "$here/corpus/jsonl_record/sample-$n.jsonl"
done < "$fx/jsonl/sample.jsonl"
cp "$here/corpus/jsonl_record/"*.jsonl "$here/corpus/pipeline/"
# A tiny WARC/WET stream for the record reader.
mkdir -p "$here/corpus/warc"
printf 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:0001>\r\nWARC-Target-URI: https://example.invalid/a\r\nWARC-Date: 2023-09-11T18:42:00Z\r\nContent-Type: text/plain\r\nContent-Length: 36\r\n\r\nUpdated Sept. 11, 2023, 2:42 p.m. ET\r\n\r\n' > "$here/corpus/warc/wet-1.warc"
# Pages, good and bad, for the HTML reader.
mkdir -p "$here/corpus/html"
cp "$fx"/html/*.html "$here/corpus/html/"
# Regression inputs found earlier are seeds too.
if [ -d "$fx/regressions" ]; then
    for f in "$fx"/regressions/*.bin; do
        [ -e "$f" ] || continue
        t=$(basename "$f" | sed 's/-[0-9]*\.bin$//')
        mkdir -p "$here/corpus/$t" && cp "$f" "$here/corpus/$t/"
    done
fi
echo "seeded: $(ls "$here"/corpus | tr '\n' ' ')"
