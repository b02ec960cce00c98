"""Batch runner: many input files → one output file each, in one process, N processes or Dask.

One bad article never stops the batch: its error (file, stage, code, reason) is collected, the
rest is written, and the caller turns the failures into the exit code. Outputs mirror the input
folders under `--out`, so two `index.txt` in different folders never overwrite each other, and
no output is ever written outside `--out`.

Runs are incremental: `<out>/manifest.sqlite` (see manifest.py) records each input's SHA-256
(and, for a local file, its size and mtime in ns) and the pipeline version; an input whose
bytes, pipeline and options are unchanged and whose output is still there is skipped. A local
input whose size and mtime both match the manifest is not even read; when either differs it
is hashed again.
Writes are atomic (temporary file + rename) and temporary files left by a killed run are
removed by the next run, so `--out` only ever holds complete outputs.
"""

from __future__ import annotations

import collections
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
from .manifest import NAME as MANIFEST_NAME
from .manifest import Manifest, parse_known_token
from .read import is_url, read_file

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md", ".markdown")
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


def _files_under(root: str, suffixes: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(location, path relative to root with "/") of every article under a folder, in no
    particular order (`Plan` sorts them), and never a whole folder's listing at once."""
    if is_url(root):
        import fsspec

        fs, base = fsspec.core.url_to_fs(root)
        protocol = root.split("://", 1)[0]
        base = base.rstrip("/")
        for path in fs.find(base):
            if posixpath.splitext(path)[1].lower() in suffixes:
                relative = posixpath.relpath(path, base)
                yield (f"{protocol}://{path}" if protocol != "file" else path), relative
        return
    pending = [(root, "")]
    while pending:  # os.walk without following linked folders, and no Path per file
        folder, relative = pending.pop()
        try:
            entries = os.scandir(folder)
        except OSError:
            continue
        with entries:
            for entry in entries:
                if entry.is_dir():
                    if not entry.is_symlink():
                        pending.append((entry.path, f"{relative}{entry.name}/"))
                elif os.path.splitext(entry.name)[1].lower() in suffixes and entry.is_file():
                    yield entry.path, relative + entry.name


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


class Plan:
    """Every input's job, sorted, held in a private temporary SQLite database (deleted when
    closed) instead of a list: a million inputs are ~1 GB as Python objects, and SQLite sorts
    on disk once its small cache is full.

    One folder: its files keep their paths below it. One file: `<out>/<stem>.jsonld`. Several
    inputs: paths below the folder they share, so `a/index.txt` and `b/index.txt` stay apart.
    Jobs come root by root, in the order given, and sorted by path within a root.
    """

    def __init__(self, paths: Iterable[Path | str], out: Path | str,
                 suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> None:
        import sqlite3

        self.out = str(out)
        self._db = sqlite3.connect("")
        self._db.execute("CREATE TABLE jobs (root INTEGER, relative TEXT, source TEXT, key TEXT,"
                         " earlier TEXT, PRIMARY KEY (root, relative)) WITHOUT ROWID")
        try:
            self._db.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, NULL)",
                                 _planned_rows([str(p) for p in paths], suffixes))
        except BaseException:
            self._db.close()
            raise
        self._db.execute("CREATE INDEX jobs_by_key ON jobs (key)")
        self._db.execute(_MARK_CLASHES)
        self.count: int = self._db.execute(
            "SELECT COUNT(*) FROM jobs WHERE earlier IS NULL").fetchone()[0]

    def __iter__(self) -> Iterator[Job]:
        """The jobs to run, in order; clashing ones are left out (see `clashes`)."""
        for source, key in self._db.execute(
                "SELECT source, key FROM jobs WHERE earlier IS NULL ORDER BY root, relative"):
            yield Job(source, _join(self.out, key), key)

    def clashes(self) -> list[tuple[Job, str]]:
        """Each job whose output an earlier job already writes, with that job's source."""
        rows = self._db.execute("SELECT source, key, earlier FROM jobs WHERE earlier IS NOT NULL"
                                " ORDER BY root, relative")
        return [(Job(source, _join(self.out, key), key), earlier) for source, key, earlier in rows]

    def close(self) -> None:
        self._db.close()


# A job clashes when an earlier one (by root, then path) has its output key: it is marked
# with the first one's source. Keys are indexed, and clashes are rare, so this stays cheap.
_MARK_CLASHES = """
UPDATE jobs SET earlier = (
    SELECT f.source FROM jobs AS f WHERE f.key = jobs.key ORDER BY f.root, f.relative LIMIT 1)
WHERE key IN (SELECT key FROM jobs GROUP BY key HAVING COUNT(*) > 1)
  AND (root, relative) != (
    SELECT f.root, f.relative FROM jobs AS f WHERE f.key = jobs.key
    ORDER BY f.root, f.relative LIMIT 1)
"""


def _planned_rows(roots: list[str],
                  suffixes: tuple[str, ...]) -> Iterator[tuple[int, str, str, str]]:
    """(root's index, path below it, source, output key) of every input; raises ValueError
    for inputs that mix URLs and paths or would write outside `--out`."""
    if not roots:
        return
    base = _common_base(roots) if len(roots) > 1 else ""
    for index, root in enumerate(roots):
        if _is_dir(root):
            prefix = _relative(root, base) if base else ""
            for location, relative in _files_under(root, suffixes):
                yield index, relative, location, _key(
                    posixpath.join(prefix, relative) if prefix else relative)
        else:
            name = posixpath.basename(root.rstrip("/")) if is_url(root) else os.path.basename(root)
            yield index, "", root, _key(_relative(root, base) if base else name)


def plan(
    paths: Iterable[Path | str], out: Path | str, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES
) -> Iterator[Job]:
    """Every input's job, in `Plan` order, clashing ones left out."""
    planned = Plan(paths, out, suffixes)
    try:
        yield from planned
    finally:
        planned.close()


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


def process(job: Job, options: Options, known: str | None = None) -> Outcome:
    """One article through every stage to its written output; errors become the Outcome.

    `known` is what the manifest holds for this input (`known_token`: its SHA-256, and its size
    and mtime when local). When the input is unchanged and the output is still there, nothing
    is redone and the outcome is "skipped": a matching size and mtime spare reading the input;
    otherwise its bytes are hashed and compared.
    """
    started = time.perf_counter()
    known_sha, known_stamp = parse_known_token(known)
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


def open_manifest(options: Options, force: bool = False) -> Manifest:
    """`<out>/manifest.sqlite`, trusted only when made by this pipeline with these options."""
    header = {"pipeline": pipeline_version(), "options": options.fingerprint()}
    return Manifest(_join(options.out, MANIFEST_NAME), header, force)


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
Item = tuple[Job, Options, str | None]
# Items in, their outcomes out in the same order. A mapper may read ahead, but only so far:
# the run hands items over one by one from the plan and never holds them all.
Mapper = Callable[[Iterable[Item]], Iterator[Outcome]]


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


_WINDOW = 8192  # items a `--jobs` run forks workers for at a time


def local_mapper(jobs: int) -> Mapper:
    """In this process (`jobs` ≤ 1) or in `jobs` processes, results in input order.

    Processes are forked per window of items, so memory stays flat whatever the archive size;
    a fork costs a few ms, a window several seconds of work."""

    def serial(items: Iterable[Item]) -> Iterator[Outcome]:
        for job, options, known in items:
            yield process(job, options, known)

    def parallel(items: Iterable[Item]) -> Iterator[Outcome]:
        _warm_up()
        for window in batches(items, _WINDOW):
            chunks = _chunks(window, jobs)
            if hasattr(os, "fork"):
                yield from _forked(chunks, jobs)
            else:
                yield from _pooled(chunks, jobs)

    return parallel if jobs > 1 else serial


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of up to `size` items (`itertools.batched` from Python 3.12)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


Chunk = list[Item]


def _chunks(items: list[Item], jobs: int) -> list[Chunk]:
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

    A checkpoint commits the manifest: milliseconds on a local disk, but an output folder given
    as a URL gets the whole file uploaded (seconds at a million inputs); waiting 20x the last
    save keeps checkpoints under 5% of a run whatever the archive size."""
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
    for one bad article. Messages (warnings, errors, progress) go to `stream` (stderr).

    Memory stays flat whatever the number of inputs: the plan and the manifest live in SQLite,
    report entries in a temporary file, and items reach the mapper one by one."""
    stream = sys.stderr if stream is None else stream
    started = time.perf_counter()
    result = RunResult()
    entries = _ReportEntries() if report is not None else None
    missing = [str(p) for p in paths if not _exists(str(p))]
    for location in missing:
        print(f"error: {location}: no such file or folder", file=stream)
        if entries is not None:
            entries.add({"source": location, "status": "failed", "code": "E106",
                         "stage": "read", "message": f"{location}: no such file or folder"})
    result.failed += len(missing)
    remove_stray_temporaries(options.out)
    try:
        planned: Plan | None = Plan([p for p in paths if str(p) not in missing], options.out)
    except ValueError as exc:
        print(f"error: {exc}", file=stream)
        result.failed += 1
        planned = None
    manifest = open_manifest(options, force)
    try:
        clashes = planned.clashes() if planned is not None else []
        for job, earlier in clashes:
            message = (f"{job.source}: output {job.key} would overwrite the output of "
                       f"{earlier}; rename one of them")
            print(f"error: {message} [E502, write]", file=stream)
            if entries is not None:
                entries.add({"source": job.source, "status": "failed", "code": "E502",
                             "stage": "write", "message": message})
        result.failed += len(clashes)
        todo = planned.count if planned is not None else 0
        result.total = todo + result.failed
        _process_all(planned or [], options, manifest, mapper or local_mapper(1),
                     result, Progress(todo, stream, progress), stream, entries,
                     checkpoint_seconds)
    finally:
        manifest.save()
        manifest.close()
        if planned is not None:
            planned.close()
    if manifest.failure:
        print(f"warning: the manifest was not updated ({manifest.failure}); the outputs are "
              "complete, but the next run will redo these articles", file=stream)
    result.seconds = time.perf_counter() - started
    if report is not None and entries is not None:
        with entries:
            _write(str(report), entries.document(pipeline_version(), _summary_dict(result)))
    return result


def _process_all(jobs: Iterable[Job], options: Options,
                 manifest: Manifest, mapper: Mapper, result: RunResult, bar: Progress,
                 stream: TextIO, entries: _ReportEntries | None,
                 checkpoint_seconds: float) -> None:
    """The main loop: items out to the mapper, outcomes back into counts, messages, report and
    manifest (saved at checkpoints, so a killed run keeps most of what it did)."""
    handed: collections.deque[tuple[Job, str | None]] = collections.deque()

    def items() -> Iterator[Item]:
        for job in jobs:
            known = manifest.known(job.key, job.source)
            handed.append((job, known))
            yield job, options, known

    last_save = time.perf_counter()
    interval = checkpoint_seconds
    try:
        for done, outcome in enumerate(mapper(items()), 1):
            job, known = handed.popleft()
            manifest.record(job.key, job.source,
                            outcome.sha256 if outcome.status in ("ok", "skipped") else None,
                            outcome.stamp, known)
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
            if entries is not None:
                entries.add(_report_entry(outcome))
            bar.update(done)
            if time.perf_counter() - last_save > interval:
                saving = time.perf_counter()
                manifest.save()
                last_save = time.perf_counter()
                interval = checkpoint_interval(checkpoint_seconds, last_save - saving)
        if handed:
            raise RuntimeError(f"the mapper lost {len(handed)} outcomes")
    finally:
        bar.clear()


class _ReportEntries:
    """`--report`'s per-file entries, one JSON line each in a temporary file until the run
    ends: a million-file report is written without being held."""

    def __init__(self) -> None:
        import tempfile

        self._file = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 (closed by __exit__)
        self._count = 0

    def add(self, entry: dict[str, Any]) -> None:
        self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._count += 1

    def document(self, pipeline: str, summary: dict[str, Any]) -> Iterator[str]:
        """The report's JSON text, in pieces: header and summary, then one entry per line."""
        yield (f'{{\n  "pipeline": {json.dumps(pipeline)},\n'
               f'  "summary": {json.dumps(summary)},\n  "files": [')
        self._file.seek(0)
        for index, line in enumerate(self._file):
            yield ("\n    " if index == 0 else ",\n    ") + line.rstrip("\n")
        yield "\n  ]\n}\n" if self._count else "]\n}\n"

    def __enter__(self) -> _ReportEntries:
        return self

    def __exit__(self, *_: object) -> None:
        self._file.close()


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
