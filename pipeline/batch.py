"""Batch runner: many input files → one output file each, in one process.

One bad article never stops the batch: its error (file, stage, code, reason) is collected, the
rest is written, and the caller turns the failures into the exit code. Outputs mirror the input
folders under `--out`, so two `index.txt` in different folders never overwrite each other.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import PipelineError

ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True, slots=True)
class Job:
    source: Path
    target: Path


@dataclass(slots=True)
class Outcome:
    source: str
    status: str  # ok | failed
    seconds: float
    code: str | None = None
    stage: str | None = None
    message: str | None = None
    output: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Options:
    out: Path
    base_url: str = "#"
    date_override: date | None = None
    evidence: bool = False
    max_bytes: int = 20 * 1024 * 1024


def plan(paths: Iterable[Path], out: Path, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[Job]:
    """Inputs (files or folders, recursed) → jobs, with targets mirrored under `out`, sorted."""
    for path in paths:
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file()):
                relative = found.relative_to(path).with_suffix(".jsonld")
                yield Job(found, out / relative)
        else:
            yield Job(path, out / (path.stem + ".jsonld"))


def process(job: Job, options: Options) -> Outcome:
    """One article through every stage to its written output; errors become the Outcome."""
    from .api import evidence, run_article
    from .emit import dumps, write_atomic
    from .read import read_path

    started = time.perf_counter()
    try:
        article = read_path(job.source, options.date_override, options.max_bytes)
        result = run_article(article, options.base_url)
        write_atomic(job.target, dumps(result.document))
        if options.evidence:
            write_atomic(job.target.with_suffix(".evidence.json"), dumps(evidence(result.extraction)))
    except PipelineError as exc:
        return Outcome(str(job.source), "failed", time.perf_counter() - started, exc.code,
                       exc.stage, str(exc))
    except OSError as exc:
        return Outcome(str(job.source), "failed", time.perf_counter() - started, "E501", "write",
                       f"{job.target}: cannot write: {exc.strerror}")
    except RecursionError:
        return Outcome(str(job.source), "failed", time.perf_counter() - started, "E301",
                       "extract", f"{job.source}: input nests too deeply to process")
    return Outcome(str(job.source), "ok", time.perf_counter() - started, output=str(job.target),
                   warnings=list(article.warnings))


def write_report(path: Path, outcomes: list[Outcome]) -> None:
    from .emit import dumps, write_atomic

    payload = [
        {k: v for k, v in vars_of(o).items() if v not in (None, [])} for o in outcomes
    ]
    write_atomic(path, dumps({"files": payload}))


def vars_of(outcome: Outcome) -> dict[str, object]:
    return {name: getattr(outcome, name) for name in outcome.__slots__}  # type: ignore[attr-defined]


def summary(outcomes: list[Outcome], seconds: float) -> str:
    done = sum(o.status == "ok" for o in outcomes)
    failed = sum(o.status == "failed" for o in outcomes)
    rate = len(outcomes) / seconds if seconds > 0 else 0.0
    return f"{done} done, {failed} failed, {len(outcomes)} articles in {seconds:.2f}s ({rate:.0f} articles/s)"


def dumps_outcome(outcome: Outcome) -> str:
    return json.dumps(vars_of(outcome), ensure_ascii=False)
