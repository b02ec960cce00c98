#!/usr/bin/env python3
"""schema.org release CSVs → `pipeline/data/schemaorg-vocab.json`, the compact vocabulary table.

Keeps facts only (types and their direct supertypes, enumeration members, properties with
domains and ranges, superseded terms, the context's keyword aliases); schema.org's descriptions
are left out. Run it again when moving to a new release:

    python scripts/build_vocabulary.py ../shared/peer/schemaorg-vocab \
        pipeline/data/schemaorg-vocab.json
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

SCHEMA = "https://schema.org/"
TYPES_CSV = "schemaorg-current-https-types.csv"
PROPERTIES_CSV = "schemaorg-current-https-properties.csv"
CONTEXT = "schemaorgcontext.jsonld"


def _terms(cell: str) -> list[str]:
    """ "https://schema.org/A, https://schema.org/B" → ["A", "B"]; non-schema.org IRIs dropped."""
    return sorted(
        item.strip()[len(SCHEMA) :] for item in cell.split(",") if item.strip().startswith(SCHEMA)
    )


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if not row["id"].startswith(SCHEMA):
            raise SystemExit(f"{path}: unexpected term outside schema.org: {row['id']}")
    return rows


def build(folder: Path, release: str) -> dict[str, object]:
    """Read the two CSVs and the context file in `folder` → the table written to JSON."""
    types: dict[str, list[str]] = {}
    members: dict[str, list[str]] = {}
    superseded: dict[str, str] = {}
    for row in _rows(folder / TYPES_CSV):
        label = row["id"][len(SCHEMA) :]
        if row["enumerationtype"]:
            members[label] = _terms(row["enumerationtype"])
        else:
            types[label] = _terms(row["subTypeOf"])
        if row["supersededBy"]:
            superseded[label] = _terms(row["supersededBy"])[0]
    properties: dict[str, dict[str, list[str]]] = {}
    for row in _rows(folder / PROPERTIES_CSV):
        label = row["id"][len(SCHEMA) :]
        properties[label] = {
            "domains": _terms(row["domainIncludes"]),
            "ranges": _terms(row["rangeIncludes"]),
        }
        if row["supersededBy"]:
            superseded[label] = _terms(row["supersededBy"])[0]
    context = json.loads((folder / CONTEXT).read_text(encoding="utf-8"))["@context"]
    aliases = {k: v for k, v in context.items() if isinstance(v, str) and v.startswith("@")}
    return {
        "release": release,
        "source": "schema.org data/releases (types/properties CSV, context); facts only",
        "aliases": dict(sorted(aliases.items())),
        "types": dict(sorted(types.items())),
        "members": dict(sorted(members.items())),
        "properties": dict(sorted(properties.items())),
        "superseded": dict(sorted(superseded.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding the release's CSV files")
    parser.add_argument("out", type=Path, help="JSON file to write")
    parser.add_argument("--release", default="30.0", help="release number recorded in the table")
    args = parser.parse_args(argv)
    table = build(args.folder, args.release)
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    counts = {k: len(v) for k, v in table.items() if isinstance(v, dict)}
    print(f"{args.out}: {len(text)} bytes, {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
