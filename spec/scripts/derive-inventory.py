#!/usr/bin/env python3
"""Derive the inventory of the AI Gateway reference docs that SpecCompletenessTest checks the spec against.

Rerun (from the repository root, python3 with the standard library only):

    python3 spec/scripts/derive-inventory.py \
        [--seed /work/shared/seeds/000_4c3f19a1555a6992.reflowed.md] \
        [--out spec/src/test/resources/seed-inventory.json]

then commit the rewritten seed-inventory.json together with any change to ai-gateway.yaml.

What it reads: the reflowed reference page. Every operation is a heading of the form
    ## <summary> `ai_gateway.logs.list(...) -> ...` **get** `/accounts/{account_id}/...` <description>
followed by "### Parameters" and "### Returns" bullet lists, one bullet per field:
    - `name: type` optional description
The bullet lists lose the nesting (nested fields follow their parent), so each operation gets the flat
set of every name that appears: what the spec must contain somewhere in that operation. Bullets that
are not fields (`class X: …`, literal values like `"BLOCK"`, union members like `Optional[str]`) are
skipped. "## Domain Types" sections repeat the return types and are skipped.

The Python SDK renames a few JSON names; JSON_NAMES maps them back to the spelling of the docs' JSON
examples (the wire format).
"""
import argparse
import json
import os
import re
import sys

# Python name -> JSON name, where the docs' JSON examples spell a field differently from the SDK.
JSON_NAMES = {
    "element_id": "elementId",          # dynamic-routing element outputs
    "limit_type": "limitType",          # dynamic-routing rate element properties (camelCase on the wire)
    "disabled_reason": "disabledReason",  # billing top-up config
    "last_failed_at": "lastFailedAt",   # billing top-up config
    "p1": "P1",                         # gateway guardrail categories P1, S1 ... S13
    **{f"s{i}": f"S{i}" for i in range(1, 14)},
}

HEADING = re.compile(
    r"^## (?P<summary>.*?) `(?P<method>ai_gateway[\w.]*)\(.*?\) -> .*?` "
    r"\*\*(?P<http>\w+)\*\* `(?P<path>[^`]+)`\s*(?P<description>.*)$")
FIELD = re.compile(r"^- `(?P<name>[A-Za-z_][\w]*): ")


def fern(method):
    """ai_gateway.billing.topup.config.get -> ("ai-gateway.billing.topup.config", "get")."""
    parts = method.split(".")
    return ".".join(p.replace("_", "-") for p in parts[:-1]), parts[-1]


def parse(text):
    operations = []
    current = None
    section = None
    for line in text.splitlines():
        m = HEADING.match(line)
        if m:
            group, name = fern(m["method"])
            current = {
                "method": m["method"],
                "fern_group": group,
                "fern_method": name,
                "http_method": m["http"].lower(),
                "path": m["path"],
                "summary": m["summary"],
                "description": m["description"].strip(),
                "parameters": [],
                "response_fields": [],
            }
            operations.append(current)
            section = None
            continue
        if line.startswith("## ") or line.startswith("# "):
            current, section = None, None  # "## Domain Types", a new resource, ...
            continue
        if current is None:
            continue
        if line.startswith("### "):
            section = {"### Parameters": "parameters", "### Returns": "response_fields"}.get(line.strip())
            continue
        if section:
            f = FIELD.match(line)
            if f:
                name = JSON_NAMES.get(f["name"], f["name"])
                if name not in current[section]:
                    current[section].append(name)
    return operations


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="/work/shared/seeds/000_4c3f19a1555a6992.reflowed.md")
    ap.add_argument("--out", default=os.path.join(here, "..", "src", "test", "resources", "seed-inventory.json"))
    args = ap.parse_args()
    with open(args.seed, encoding="utf-8") as f:
        operations = parse(f.read())
    keys = [(o["http_method"], o["path"]) for o in operations]
    if len(set(keys)) != len(keys):
        sys.exit("duplicate method+path in the seed")
    inventory = {
        "source": os.path.basename(args.seed),
        "generated_by": "spec/scripts/derive-inventory.py",
        "json_names": JSON_NAMES,
        "operation_count": len(operations),
        "operations": operations,
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(inventory, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{len(operations)} operations -> {os.path.normpath(args.out)}")


if __name__ == "__main__":
    main()
