"""Command line: `python -m pipeline extract|validate …`. Exit 0 ok, 1 some failed, 2 bad usage.

Heavy packages (pydantic, dateparser, jsonschema) are imported inside the commands, so `--help`
and argument errors answer at once.
"""

from __future__ import annotations

import argparse
import atexit
import os
import sys
from datetime import date
from pathlib import Path
from typing import NoReturn


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

    extract = commands.add_parser(
        "extract", help="articles (.txt, .html, .md files or folders) → DIR/<name>.jsonld")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="article files or folders (local paths, or fsspec URLs with Dask)")
    extract.add_argument("--out", required=True, metavar="DIR",
                         help="output folder; input folders are mirrored below it")
    extract.add_argument("--date", type=_date,
                         help="publication date for every article (YYYY-MM-DD)")
    extract.add_argument("--base-url", default="#",
                         help="base of the @ids (default: '#', relative)")
    extract.add_argument("--evidence", action="store_true",
                         help="also write <name>.evidence.json: each fact with its rule and span")
    extract.add_argument("--report", metavar="FILE",
                         help="write a JSON run report (status, error code, time per file)")
    extract.add_argument("--max-bytes", type=_positive, default=20 * 1024 * 1024,
                         help="refuse inputs larger than this (default 20 MiB)")
    extract.add_argument("--jobs", "-j", type=_positive, default=1,
                         help="worker processes (default 1; with --engine dask: local workers)")
    extract.add_argument("--force", action="store_true",
                         help="redo every article, even those the manifest says are unchanged")
    extract.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="run in this machine's processes (default) or on a Dask cluster")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="Dask scheduler (tcp://host:8786); default: a local cluster")
    extract.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                         help="progress bar on stderr (default: only on a terminal)")

    validate = commands.add_parser(
        "validate", help="check JSON-LD files and HTML pages: schemas/ and schema.org terms")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                          help=".jsonld/.json files, .html pages, or folders of them")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.add_argument("--page", action="store_true",
                          help="pages: every TV name in the markup must be in the visible text")
    validate.add_argument("--contract", action="store_true",
                          help="hold every document to our output contract (errors, not warnings)")

    embed = commands.add_parser(
        "embed", help="print the <script> block for DOC, or put it into an HTML page")
    embed.add_argument("document", type=Path, metavar="DOC.jsonld")
    embed.add_argument("--into", type=Path, metavar="PAGE.html",
                       help="inject before </head>, replacing our earlier block (atomic write)")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def cmd_extract(args: argparse.Namespace, own_process: bool = False) -> int:
    from .batch import Mapper, Options, own_the_process, run, summary

    if own_process:
        own_the_process()

    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    options = Options(args.out, args.base_url, args.date, args.evidence, args.max_bytes)
    mapper: Mapper | None = None
    if args.engine == "dask":
        from .dask_runner import DaskUnavailable, dask_mapper

        try:
            mapper = dask_mapper(args.scheduler, workers=args.jobs)
        except DaskUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    elif args.jobs > 1:
        from .batch import local_mapper

        mapper = local_mapper(args.jobs)
    progress = {"auto": None, "on": True, "off": False}[args.progress]
    result = run(args.paths, options, mapper=mapper, force=args.force, report=args.report,
                 progress=progress)
    print(summary(result))
    return result.exit_code


def cmd_validate(args: argparse.Namespace) -> int:
    from .markup import run_validate

    return run_validate(args.paths, args.format, page=args.page, contract=args.contract)


def cmd_embed(args: argparse.Namespace) -> int:
    from .embed import run_embed

    return run_embed(args.document, args.into)


def main(argv: list[str] | None = None, own_process: bool = False) -> int:
    """Run one command; `own_process` when the command line owns the process (`run`)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "extract":
        return cmd_extract(args, own_process)
    if args.command == "embed":
        return cmd_embed(args)
    return cmd_validate(args)


def run(argv: list[str] | None = None) -> NoReturn:
    """`main`, then exit the process: what `python -m pipeline` and the console script run.

    Everything the command writes is on disk (atomic renames) and flushed here, and the exit
    handlers run (they save the compiled-rule cache), so only the interpreter's teardown,
    freeing every cached scan and compiled rule (~50 ms after a batch), is skipped with
    `os._exit`. Not when other threads or a Dask client may still be working: then the exit is
    the ordinary one. `main` itself never exits the process, so it stays safe to call from a
    CMS's Python code or a test.
    """
    code = main(argv, own_process=True)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe (`| head`): let Python report it the usual way
        raise SystemExit(code) from None
    threading = sys.modules.get("threading")
    if "distributed" in sys.modules or (threading and threading.active_count() > 1):
        raise SystemExit(code)
    atexit._run_exitfuncs()
    os._exit(code)
