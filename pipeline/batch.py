"""Batch runner: many input files → one output file each, in one process, N processes or Dask.

One bad article never stops the batch: its error (file, stage, code, reason) is collected, the
rest is written, and the caller turns the failures into the exit code. Outputs mirror the input
folders under `--out`, so two `index.txt` in different folders never overwrite each other, and
no output is ever written outside `--out`.

Runs are incremental: `<out>/manifest.json` records each input's SHA-256 (and, for a local
file, its size and mtime in ns) and the pipeline version; an input whose bytes, pipeline and
options are unchanged and whose output is still there is skipped. A local input whose size and
mtime both match the manifest is not even read; when either differs it is hashed again.
Writes are atomic (temporary file + rename) and temporary files left by a killed run are
removed by the next run, so `--out` only ever holds complete outputs.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import posixpath
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from .errors import PipelineError
from .read import is_url, read_file

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md", ".markdown")
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1
# write_atomic's temporary files: ".<name>.<8 random characters>.tmp"
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")


@dataclass(frozen=True, slots=True)
class Job:
    source: str  # a local path or an fsspec URL
    target: str  # <out>/<key>
    key: str  # the output's path relative to --out, with "/" separators


@dataclass(slots=True)
class Outcome:
    source: str
    status: str  # ok | skipped | failed
    seconds: float
    code: str | None = None
    stage: str | None = None
    message: str | None = None
    output: str | None = None
    warnings: list[str] = field(default_factory=list)
    sha256: str | None = None
    stamp: tuple[int, int] | None = None  # (size, mtime_ns) of a local input, before reading


@dataclass(frozen=True, slots=True)
class Options:
    out: str
    base_url: str = "#"
    date_override: date | None = None
    evidence: bool = False
    max_bytes: int = 20 * 1024 * 1024

    def fingerprint(self) -> str:
        """What besides the input's bytes decides the output's bytes."""
        return json.dumps([self.base_url, self.date_override and self.date_override.isoformat(),
                           self.evidence])


# ------------------------------------------------------------------------ locations
def _join(base: str, key: str) -> str:
    """`base/key` (key has "/" separators): a URL, or a local path spelled as `Path` would."""
    if is_url(base):
        return posixpath.join(base.rstrip("/"), key)
    folder = _local_folder(base)
    parts = key.split("/")
    return os.path.join(folder, *parts) if folder != "." else os.path.join(*parts)


@cache
def _local_folder(base: str) -> str:
    return str(Path(base))


def _exists(location: str) -> bool:
    if is_url(location):
        import fsspec

        fs, path = fsspec.core.url_to_fs(location)
        return bool(fs.exists(path))
    return os.path.exists(location)


def _is_dir(location: str) -> bool:
    if is_url(location):
        import fsspec

        fs, path = fsspec.core.url_to_fs(location)
        return bool(fs.isdir(path))
    return os.path.isdir(location)


def _write(location: str, text: str | Iterable[str]) -> None:
    """Atomic local write (temporary file + rename); one PUT for a URL (objects are atomic).
    `text` may come in pieces (the manifest), written as they come."""
    if is_url(location):
        import fsspec

        with fsspec.open(location, "w", encoding="utf-8", newline="\n") as handle:
            for chunk in [text] if isinstance(text, str) else text:
                handle.write(chunk)
        return
    from .emit import write_atomic, write_chunks_atomic

    if isinstance(text, str):
        write_atomic(Path(location), text)
    else:
        write_chunks_atomic(Path(location), text)


def _read_text(location: str) -> str | None:
    try:
        if is_url(location):
            import fsspec

            with fsspec.open(location, "r", encoding="utf-8") as handle:
                return str(handle.read())
        return Path(location).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None


def _files_under(root: str, suffixes: tuple[str, ...]) -> list[tuple[str, str]]:
    """(location, path relative to root with "/") of every article under a folder, sorted."""
    if is_url(root):
        import fsspec

        fs, base = fsspec.core.url_to_fs(root)
        protocol = root.split("://", 1)[0]
        base = base.rstrip("/")
        found = []
        for path in fs.find(base):
            if posixpath.splitext(path)[1].lower() in suffixes:
                relative = posixpath.relpath(path, base)
                found.append((f"{protocol}://{path}" if protocol != "file" else path, relative))
        return sorted(found, key=lambda item: item[1])
    out: list[tuple[str, str]] = []
    pending = [(root, "")]
    while pending:  # os.walk without following linked folders, and no Path per file
        folder, relative = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir():
                if not entry.is_symlink():
                    pending.append((entry.path, f"{relative}{entry.name}/"))
            elif os.path.splitext(entry.name)[1].lower() in suffixes and entry.is_file():
                out.append((entry.path, relative + entry.name))
    return sorted(out, key=lambda item: item[1])


def _parent(location: str) -> str:
    return posixpath.dirname(location.rstrip("/")) if is_url(location) else os.path.dirname(
        os.path.abspath(location))


def _common_base(roots: Sequence[str]) -> str:
    """The folder all roots share: with several roots, keys keep the folders below it."""
    if all(is_url(r) for r in roots):
        return posixpath.commonpath([_parent(r) if not _is_dir(r) else r.rstrip("/")
                                     for r in roots]) if len(roots) > 1 else ""
    if any(is_url(r) for r in roots):
        raise ValueError("inputs mix local paths and URLs; give one kind per run")
    folders = [os.path.abspath(r) if os.path.isdir(r) else _parent(r) for r in roots]
    return os.path.commonpath(folders)


def _key(relative: str) -> str:
    """`a/b.txt` → `a/b.jsonld`; never absolute, never `..` (nothing lands outside --out)."""
    stem, _ = posixpath.splitext(relative)
    parts = [p for p in stem.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        raise ValueError(f"unsafe output name from {relative!r}")
    return "/".join(parts) + ".jsonld"


def plan(
    paths: Iterable[Path | str], out: Path | str, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES
) -> Iterator[Job]:
    """Inputs (files or folders, recursed) → jobs, with targets mirrored under `out`, sorted.

    One folder: its files keep their paths below it. One file: `<out>/<stem>.jsonld`. Several
    inputs: paths below the folder they share, so `a/index.txt` and `b/index.txt` stay apart.
    """
    roots = [str(p) for p in paths]
    if not roots:
        return
    base = _common_base(roots) if len(roots) > 1 else ""
    out_text = str(out)
    for root in roots:
        if _is_dir(root):
            prefix = _relative(root, base) if base else ""
            for location, relative in _files_under(root, suffixes):
                key = _key(posixpath.join(prefix, relative) if prefix else relative)
                yield Job(location, _join(out_text, key), key)
        else:
            name = posixpath.basename(root.rstrip("/")) if is_url(root) else os.path.basename(root)
            relative = _relative(root, base) if base else name
            key = _key(relative)
            yield Job(root, _join(out_text, key), key)


def _relative(location: str, base: str) -> str:
    if is_url(location):
        return posixpath.relpath(location.rstrip("/"), base)
    return Path(os.path.relpath(os.path.abspath(location), base)).as_posix()


# ------------------------------------------------------------------------ one article
def _input_bytes(location: str, max_bytes: int) -> bytes | None:
    """An input's bytes; None when it cannot be read or is over the size limit (reading it
    again through `read_file` then raises the error that says why)."""
    from .read import read_bytes

    try:
        return read_bytes(location, max_bytes)
    except PipelineError:
        return None


def _stamp(location: str) -> tuple[int, int] | None:
    """(size, mtime_ns) of a local file; None for a URL or when it cannot be stat'ed."""
    if is_url(location):
        return None
    try:
        info = os.stat(location)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def known_token(sha256: str, stamp: tuple[int, int] | None) -> str:
    """What the manifest knows of an input, as the one string a job carries: "sha[@size:ns]"."""
    return sha256 if stamp is None else f"{sha256}@{stamp[0]}:{stamp[1]}"


def _parse_known(known: str | None) -> tuple[str | None, tuple[int, int] | None]:
    if known is None:
        return None, None
    sha, _, stamp = known.partition("@")
    size, _, mtime = stamp.partition(":")
    if size.isdigit() and mtime.isdigit():
        return sha, (int(size), int(mtime))
    return sha, None


def process(job: Job, options: Options, known: str | None = None) -> Outcome:
    """One article through every stage to its written output; errors become the Outcome.

    `known` is what the manifest holds for this input (`known_token`: its SHA-256, and its size
    and mtime when local). When the input is unchanged and the output is still there, nothing
    is redone and the outcome is "skipped": a matching size and mtime spare reading the input;
    otherwise its bytes are hashed and compared.
    """
    started = time.perf_counter()
    known_sha, known_stamp = _parse_known(known)
    stamp = _stamp(job.source)
    outputs_there = None
    if known_sha is not None and stamp is not None and stamp == known_stamp:
        outputs_there = _outputs_exist(job, options)
        if outputs_there:
            return Outcome(job.source, "skipped", time.perf_counter() - started,
                           output=job.target, sha256=known_sha, stamp=stamp)
    # Read once: hash the bytes, and when they changed, process those very bytes.
    data = _input_bytes(job.source, options.max_bytes)
    sha = None if data is None else hashlib.sha256(data).hexdigest()
    if known_sha is not None and sha == known_sha and (
        outputs_there if outputs_there is not None else _outputs_exist(job, options)
    ):
        return Outcome(job.source, "skipped", time.perf_counter() - started,
                       output=job.target, sha256=sha, stamp=stamp)
    from .api import evidence, run_article  # only now: a run that skips everything stays light
    from .emit import dumps

    _settle_heap()

    try:
        article = read_file(job.source, options.date_override, options.max_bytes, data)
        result = run_article(article, options.base_url)
        _write(job.target, dumps(result.document))
        if options.evidence:
            _write(_evidence_target(job.target), dumps(evidence(result.extraction)))
    except PipelineError as exc:
        return Outcome(job.source, "failed", time.perf_counter() - started, exc.code,
                       exc.stage, str(exc))
    except OSError as exc:
        return Outcome(job.source, "failed", time.perf_counter() - started, "E501", "write",
                       f"{job.target}: cannot write: {exc.strerror or exc}")
    except RecursionError:
        return Outcome(job.source, "failed", time.perf_counter() - started, "E301",
                       "extract", f"{job.source}: input nests too deeply to process")
    except MemoryError:
        return Outcome(job.source, "failed", time.perf_counter() - started, "E302",
                       "extract", f"{job.source}: out of memory (lower --max-bytes)")
    except Exception as exc:  # a bug must cost one article, never the batch
        return Outcome(job.source, "failed", time.perf_counter() - started, "E900",
                       "internal", f"{job.source}: internal error: {type(exc).__name__}: {exc}")
    return Outcome(job.source, "ok", time.perf_counter() - started, output=job.target,
                   warnings=list(article.warnings), sha256=sha, stamp=stamp)


_OWN_PROCESS = False  # set by the command (`cli.run`): the process is ours, not a host's


def own_the_process() -> None:
    """The command line owns its process: let the batch freeze the start-up heap. A CMS that
    calls `run` keeps its garbage collector as it was."""
    global _OWN_PROCESS
    _OWN_PROCESS = True


def _settle_heap() -> None:
    """Move what start-up built (modules, pydantic's validators, compiled rules) out of the
    garbage collector's sight, once, in the command's own process. It lives as long as the
    process, yet every full collection walked all of it again: ~10% of extraction time on real
    articles. Freezing is permanent, so never in a host's process."""
    if _OWN_PROCESS:
        _freeze_once()


@cache
def _freeze_once() -> None:
    import gc

    gc.freeze()


def _outputs_exist(job: Job, options: Options) -> bool:
    return _exists(job.target) and (
        not options.evidence or _exists(_evidence_target(job.target))
    )


def process_many(batch: list[tuple[Job, Options, str | None]]) -> list[Outcome]:
    """`process` over a chunk: the unit a worker process or a Dask task runs."""
    return [process(job, options, known) for job, options, known in batch]


def _evidence_target(target: str) -> str:
    return target[: -len(".jsonld")] + ".evidence.json"


# ------------------------------------------------------------------------ manifest
@cache
def pipeline_version() -> str:
    """`__version__` plus a digest of the code and schemas that shape the output."""
    from . import __version__
    from .validate import schemas_dir

    hasher = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in [*sorted(package.rglob("*.py")), *sorted(package.glob("data/*.json")),
                 *sorted(schemas_dir().glob("*.json"))]:
        hasher.update(path.name.encode())
        hasher.update(path.read_bytes())
    return f"{__version__}+{hasher.hexdigest()[:16]}"


class Manifest:
    """`<out>/manifest.json`: per output key, the input and its SHA-256; saved atomically."""

    def __init__(self, out: str, options: Options, force: bool = False) -> None:
        self.location = _join(out, MANIFEST_NAME)
        self.header = {"format": MANIFEST_FORMAT, "pipeline": pipeline_version(),
                       "options": options.fingerprint()}
        self.files: dict[str, dict[str, Any]] = {}
        self.dirty = False
        previous = None if force else _read_text(self.location)
        if previous is None:
            return
        try:
            data = json.loads(previous)
        except ValueError:
            return
        if isinstance(data, dict) and all(data.get(k) == v for k, v in self.header.items()):
            files = data.get("files")
            if isinstance(files, dict):
                self.files = files

    def known(self, job: Job) -> str | None:
        """`known_token` of the input as last recorded, or None (new input, or another source)."""
        entry = self.files.get(job.key)
        if not entry or entry.get("source") != job.source:
            return None
        sha, size, mtime = entry.get("sha256"), entry.get("size"), entry.get("mtime_ns")
        if not isinstance(sha, str):
            return None
        if type(size) is int and type(mtime) is int:
            return known_token(sha, (size, mtime))
        return known_token(sha, None)

    def record(self, job: Job, outcome: Outcome) -> None:
        if outcome.status in ("ok", "skipped") and outcome.sha256:
            entry: dict[str, Any] = {"source": job.source, "sha256": outcome.sha256}
            if outcome.stamp is not None:
                entry["size"], entry["mtime_ns"] = outcome.stamp
            if self.files.get(job.key) != entry:
                self.files[job.key] = entry
                self.dirty = True
        elif self.files.pop(job.key, None) is not None:
            self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        payload = {**self.header, "files": dict(sorted(self.files.items()))}
        encoder = json.JSONEncoder(indent=1, ensure_ascii=False)
        _write(self.location, itertools.chain(encoder.iterencode(payload), "\n"))
        self.dirty = False


def remove_stray_temporaries(out: str) -> int:
    """Delete temporary files a killed run left under `out`; returns how many."""
    if is_url(out) or not os.path.isdir(out):
        return 0
    removed = 0
    for directory, _, files in os.walk(out):
        for name in files:
            if _TEMPORARY.match(name):
                Path(directory, name).unlink(missing_ok=True)
                removed += 1
    return removed


# ------------------------------------------------------------------------ the run
Mapper = Callable[[list[tuple[Job, Options, str | None]]], Iterator[Outcome]]


@dataclass(slots=True)
class RunResult:
    outcomes_ok: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    total: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def local_mapper(jobs: int) -> Mapper:
    """In this process (`jobs` ≤ 1) or in a pool of `jobs` processes, results in input order."""

    def serial(items: list[tuple[Job, Options, str | None]]) -> Iterator[Outcome]:
        for job, options, known in items:
            yield process(job, options, known)

    def parallel(items: list[tuple[Job, Options, str | None]]) -> Iterator[Outcome]:
        _warm_up()
        chunks = _chunks(items, jobs)
        if hasattr(os, "fork"):
            yield from _forked(chunks, jobs)
        else:
            yield from _pooled(chunks, jobs)

    return parallel if jobs > 1 else serial


Chunk = list[tuple[Job, Options, str | None]]


def _chunks(items: list[tuple[Job, Options, str | None]], jobs: int) -> list[Chunk]:
    """Chunks of up to 16 articles, the last few single ones, so that the workers finish
    within about an article of each other."""
    tail = min(len(items), 4 * jobs)
    head = len(items) - tail
    size = max(1, min(16, head // (jobs * 8)))
    chunks = [items[i : min(i + size, head)] for i in range(0, head, size)]
    return chunks + [[item] for item in items[head:]]


def _warm_up() -> None:
    """Import and compile everything before forking, so workers start warm and share it."""
    from . import api  # noqa: F401
    from .rules import ALL_RULES
    from .validate import _fast_validator

    _fast_validator()
    for rule in ALL_RULES:
        rule.pattern  # noqa: B018


def _forked(chunks: list[Chunk], jobs: int) -> Iterator[Outcome]:
    """`jobs` forked workers take the next chunk as they come free; outcomes come back in order.

    A shared counter hands out chunks and one pipe per worker brings their outcomes back: two
    workers run at ~1.9x one process, where `multiprocessing.Pool` (its threads, a pickle per
    task) ran at ~1.6x. A chunk whose worker died is reported failed, never lost.
    """
    import pickle
    import select

    claimed = _SharedCounter()
    workers: dict[int, int] = {}  # read end of its pipe -> pid
    # The warm state is shared with forked workers page by page; the garbage collector
    # would touch (and so copy) every one of those pages in each worker. Frozen, it skips them.
    _settle_heap()
    try:
        for _ in range(jobs):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                os._exit(_work(chunks, claimed, write_end))
            os.close(write_end)
            workers[read_end] = pid
        done: dict[int, list[Outcome]] = {}
        holding: dict[int, int] = {}  # read end -> the chunk its worker said it took
        following = 0
        open_ends = list(workers)
        while following < len(chunks):
            if following in done:
                yield from done.pop(following)
                following += 1
                continue
            if not open_ends:  # every worker has ended: what is still missing, died with one
                done[following] = _died(chunks[following])
                continue
            for end in select.select(open_ends, [], [])[0]:
                message = _receive(end)
                if message is None:  # the worker ended; a chunk it held died with it, now
                    open_ends.remove(end)
                    lost = holding.pop(end, None)
                    if lost is not None and lost not in done:
                        done[lost] = _died(chunks[lost])
                    if open_ends:
                        claimed.recover()  # it may have died holding the counter's lock
                    continue
                index, outcomes = pickle.loads(message)
                if outcomes is None:
                    holding[end] = index
                else:
                    done[index] = outcomes
                    holding.pop(end, None)
    finally:
        claimed.close()
        for end, pid in workers.items():
            os.close(end)
            with contextlib.suppress(ProcessLookupError):  # a worker still busy: we stopped early
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


class _SharedCounter:
    """The next chunk to take, shared by forked workers: 8 bytes of shared memory, and a pipe
    holding one token as its lock (a read takes it, so one worker at a time moves the count).

    `multiprocessing.Value` does the same but imports multiprocessing and ctypes first, ~19 ms
    that every `--jobs` run spends before it can fork.
    """

    def __init__(self) -> None:
        import mmap

        self._memory = mmap.mmap(-1, 8)  # anonymous and shared: forked workers see one count
        self._token_read, self._token_write = os.pipe()
        os.write(self._token_write, b"\0")

    def take(self) -> int:
        """The current count, incremented; blocks while another worker holds the token."""
        os.read(self._token_read, 1)
        try:
            index = int.from_bytes(self._memory[:8], "little")
            self._memory[:8] = (index + 1).to_bytes(8, "little")
        finally:
            os.write(self._token_write, b"\0")
        return index

    def recover(self) -> None:
        """After a worker died: when the token has been gone for half a second, the worker died
        holding it (it is held for microseconds), so put one back and the others go on. At
        worst two workers then take the same chunk, whose output is the same either way."""
        import select

        if not select.select([self._token_read], [], [], 0.5)[0]:
            os.write(self._token_write, b"\0")

    def close(self) -> None:
        os.close(self._token_read)
        os.close(self._token_write)
        self._memory.close()


def _died(chunk: Chunk) -> list[Outcome]:
    return [Outcome(job.source, "failed", 0.0, "E901", "internal",
                    f"{job.source}: its worker process died") for job, _, _ in chunk]


def _work(chunks: list[Chunk], claimed: _SharedCounter, write_end: int) -> int:
    """A forked worker: claim the next chunk, say so (index, None), process it, send (index,
    outcomes); repeat. Saying which chunk it holds lets the parent fail that chunk the moment
    the worker dies, instead of holding back every later result until all workers end."""
    import pickle

    try:
        while True:
            index = claimed.take()
            if index >= len(chunks):
                return 0
            _send(write_end, pickle.dumps((index, None)))
            payload = pickle.dumps((index, process_many(chunks[index])))
            _send(write_end, payload)
    except BaseException:
        return 1


def _send(fd: int, payload: bytes) -> None:
    data = memoryview(len(payload).to_bytes(8, "little") + payload)
    while data:
        data = data[os.write(fd, data):]


def _receive(fd: int) -> bytes | None:
    """One message from `_send`, or None at the end of the stream (or a torn message)."""
    header = _read_exactly(fd, 8)
    if header is None:
        return None
    return _read_exactly(fd, int.from_bytes(header, "little"))


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts: list[bytes] = []
    while size:
        part = os.read(fd, size)
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _pooled(chunks: list[Chunk], jobs: int) -> Iterator[Outcome]:
    """Where there is no fork: a spawned `multiprocessing.Pool`, tasks handed out as they finish."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        for outcomes in pool.imap(process_many, chunks):
            yield from outcomes


class Progress:
    """done/total, rate and ETA on one terminal line; silent when the stream is not a TTY."""

    def __init__(self, total: int, stream: TextIO, enabled: bool | None = None) -> None:
        self.total, self.stream = total, stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.started = time.perf_counter()
        self.shown = 0.0
        self.visible = False

    def update(self, done: int) -> None:
        now = time.perf_counter()
        if not self.enabled or (now - self.shown < 0.1 and done < self.total):
            return
        self.shown = now
        elapsed = now - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / rate if rate > 0 else 0.0
        width = 30
        filled = int(width * done / self.total) if self.total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} {rate:.0f} articles/s ETA {eta:.0f}s ")
        self.stream.flush()
        self.visible = True

    def clear(self) -> None:
        if self.visible:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()
            self.visible = False


def checkpoint_interval(base_seconds: float, last_save_seconds: float) -> float:
    """Seconds until the next manifest checkpoint: `base_seconds`, or longer when saving is slow.

    A checkpoint rewrites the whole manifest (~170 ms at 30,000 inputs, seconds at a million);
    waiting 20x the last save keeps checkpoints under 5% of a run whatever the archive size."""
    return max(base_seconds, 20 * last_save_seconds)


def run(
    paths: Sequence[Path | str],
    options: Options,
    *,
    mapper: Mapper | None = None,
    force: bool = False,
    report: Path | str | None = None,
    progress: bool | None = None,
    stream: TextIO | None = None,
    checkpoint_seconds: float = 5.0,
) -> RunResult:
    """Plan, skip what is unchanged, process the rest, write manifest and report; never raises
    for one bad article. Messages (warnings, errors, progress) go to `stream` (stderr)."""
    stream = sys.stderr if stream is None else stream
    started = time.perf_counter()
    result = RunResult()
    missing = [str(p) for p in paths if not _exists(str(p))]
    for location in missing:
        print(f"error: {location}: no such file or folder", file=stream)
    result.failed += len(missing)
    remove_stray_temporaries(options.out)
    manifest = Manifest(options.out, options, force)
    jobs: list[Job] = []
    entries: list[dict[str, Any]] = [
        {"source": m, "status": "failed", "code": "E106", "stage": "read",
         "message": f"{m}: no such file or folder"} for m in missing
    ]
    seen: dict[str, str] = {}
    try:
        planned = list(plan([p for p in paths if str(p) not in missing], options.out))
    except ValueError as exc:
        print(f"error: {exc}", file=stream)
        result.failed += 1
        planned = []
    for job in planned:
        if job.key in seen:
            message = (f"{job.source}: output {job.key} would overwrite the output of "
                       f"{seen[job.key]}; rename one of them")
            print(f"error: {message} [E502, write]", file=stream)
            entries.append({"source": job.source, "status": "failed", "code": "E502",
                            "stage": "write", "message": message})
            result.failed += 1
            continue
        seen[job.key] = job.source
        jobs.append(job)
    result.total = len(jobs) + result.failed
    bar = Progress(len(jobs), stream, progress)
    items = [(job, options, manifest.known(job)) for job in jobs]
    last_save = time.perf_counter()
    interval = checkpoint_seconds
    mapper = local_mapper(1) if mapper is None else mapper
    try:
        for done, (job, outcome) in enumerate(zip(jobs, mapper(items), strict=True), 1):
            manifest.record(job, outcome)
            if outcome.status == "ok":
                result.outcomes_ok += 1
            elif outcome.status == "skipped":
                result.skipped += 1
            else:
                result.failed += 1
            if outcome.warnings or outcome.status == "failed":
                bar.clear()
                for warning in outcome.warnings:
                    print(f"warning: {warning}", file=stream)
                if outcome.status == "failed":
                    print(f"error: {outcome.message} [{outcome.code}, {outcome.stage}]",
                          file=stream)
            if report is not None:
                entries.append(_report_entry(outcome))
            bar.update(done)
            if time.perf_counter() - last_save > interval:
                saving = time.perf_counter()
                manifest.save()
                last_save = time.perf_counter()
                interval = checkpoint_interval(checkpoint_seconds, last_save - saving)
    finally:
        bar.clear()
        manifest.save()
    result.seconds = time.perf_counter() - started
    if report is not None:
        payload = {"pipeline": pipeline_version(), "summary": _summary_dict(result),
                   "files": entries}
        _write(str(report), json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return result


def _report_entry(outcome: Outcome) -> dict[str, Any]:
    entry = {name: getattr(outcome, name) for name in Outcome.__slots__ if name != "stamp"}
    entry["seconds"] = round(outcome.seconds, 6)
    return {k: v for k, v in entry.items() if v not in (None, [])}


def _summary_dict(result: RunResult) -> dict[str, Any]:
    handled = result.outcomes_ok + result.skipped + result.failed
    return {"done": result.outcomes_ok, "skipped": result.skipped, "failed": result.failed,
            "seconds": round(result.seconds, 3),
            "articles_per_second": round(handled / result.seconds, 1) if result.seconds else 0}


def summary(result: RunResult) -> str:
    """The one line every run ends with."""
    handled = result.outcomes_ok + result.skipped + result.failed
    rate = handled / result.seconds if result.seconds > 0 else 0.0
    return (f"{result.outcomes_ok} done, {result.skipped} skipped (unchanged), "
            f"{result.failed} failed in {result.seconds:.2f}s ({rate:.0f} articles/s)")
