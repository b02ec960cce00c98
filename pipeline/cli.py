"""Command line: `python -m pipeline extract|validate …`. Exit 0 ok, 1 some failed, 2 bad usage.

Heavy packages (pydantic, dateparser, jsonschema) are imported inside the commands, so `--help`
and argument errors answer at once.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn TV-news articles into validated schema.org JSON-LD.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="articles (.txt files or folders) → DIR/<name>.jsonld")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    extract.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    extract.add_argument("--date", type=_date, help="publication date for every article (YYYY-MM-DD)")
    extract.add_argument("--base-url", default="#", help="base of the @ids (default: '#', relative)")
    extract.add_argument("--evidence", action="store_true",
                         help="also write <name>.evidence.json: each fact with its rule and span")
    extract.add_argument("--report", type=Path, help="write a JSON run report (status, code, time per file)")
    extract.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024,
                         help="refuse inputs larger than this (default 20 MiB)")

    validate = commands.add_parser("validate", help="check .jsonld files against schemas/")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import Options, plan, process, summary, write_report

    options = Options(args.out, args.base_url, args.date, args.evidence, args.max_bytes)
    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"error: {path}: no such file or folder", file=sys.stderr)
    started = time.perf_counter()
    outcomes = []
    for job in plan([p for p in args.paths if p.exists()], args.out):
        outcome = process(job, options)
        outcomes.append(outcome)
        for warning in outcome.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if outcome.status == "failed":
            print(f"error: {outcome.message} [{outcome.code}, {outcome.stage}]", file=sys.stderr)
    if args.report:
        write_report(args.report, outcomes)
    print(summary(outcomes, time.perf_counter() - started))
    return 1 if missing or any(o.status == "failed" for o in outcomes) else 0


def cmd_validate(args: argparse.Namespace) -> int:
    import json

    from .validate import validate_document

    findings_out = []
    failed = False
    files = [f for p in args.paths for f in (sorted(p.rglob("*.jsonld")) if p.is_dir() else [p])]
    for path in files:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            findings_out.append({"file": str(path), "pointer": "", "severity": "error",
                                 "message": f"cannot read JSON: {exc}"})
            failed = True
            continue
        for finding in validate_document(document):
            findings_out.append({"file": str(path), **finding.as_dict()})
            failed = failed or finding.severity == "error"
    if args.format == "json":
        print(json.dumps({"files": len(files), "findings": findings_out}, indent=2, ensure_ascii=False))
    else:
        for f in findings_out:
            print(f"{f['file']}: {f['pointer'] or '/'}: {f['severity']}: {f['message']}")
        print(f"{len(files)} files checked, {len(findings_out)} findings")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "extract":
        return cmd_extract(args)
    return cmd_validate(args)
