"""The manifest, `<out>/manifest.sqlite`: what the last runs knew of each input.

Per output key: the input it came from, the input's SHA-256 and, for a local file, its size and
mtime in ns; once per file, the pipeline version and the options the outputs were made with.
A run looks each input up as it reaches it and records each outcome as it comes, so its memory
stays flat however big the archive: a JSON manifest had to be loaded and rewritten whole,
~1 KB of Python objects per entry, 1 GB at a million inputs.

SQLite commits are atomic and a killed run's journal is rolled back on the next open, so the
manifest is always the one of the last checkpoint. An output folder given as a URL keeps its
manifest there too; the run works on a local copy and uploads it at each checkpoint.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from typing import Any

from .read import is_url

NAME = "manifest.sqlite"
FORMAT = "2"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS header (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    key TEXT PRIMARY KEY, source TEXT NOT NULL, sha256 TEXT NOT NULL,
    size INTEGER, mtime_ns INTEGER
) WITHOUT ROWID;
"""


def known_token(sha256: str, stamp: tuple[int, int] | None) -> str:
    """What the manifest knows of an input, as the one string a job carries: "sha[@size:ns]"."""
    return sha256 if stamp is None else f"{sha256}@{stamp[0]}:{stamp[1]}"


def parse_known_token(known: str | None) -> tuple[str | None, tuple[int, int] | None]:
    """`known_token` back into (sha256, (size, mtime_ns) or None); (None, None) for None."""
    if known is None:
        return None, None
    sha, _, stamp = known.partition("@")
    size, _, mtime = stamp.partition(":")
    if size.isdigit() and mtime.isdigit():
        return sha, (int(size), int(mtime))
    return sha, None


class Manifest:
    """Look-ups and records for one run; `save` commits (a checkpoint), `close` ends.

    `header` is what makes earlier entries trustworthy (format, pipeline version, options):
    when the stored one differs, or `force` is given, no entry is known and the first record
    starts a new manifest.
    """

    def __init__(self, location: str, header: dict[str, str], force: bool = False) -> None:
        self.location = location
        self.header = {"format": FORMAT, **header}
        self.dirty = False
        self.failure: str | None = None  # why recording stopped, when it did
        self._remote = is_url(location)
        self._path = self._local_copy() if self._remote else location
        self._db: sqlite3.Connection | None = None
        self._trusted = False
        if self._path is not None and os.path.exists(self._path):
            try:
                self._db = _connect(self._path)
                self._trusted = not force and _stored_header(self._db) == self.header
            except sqlite3.Error as exc:  # busy: another run on the same folder holds it
                self._fail(exc)

    def known(self, key: str, source: str) -> str | None:
        """`known_token` of the input as last recorded, or None (new input, another source,
        or entries made by another pipeline version or options)."""
        if self._db is None or not self._trusted or self.failure:
            return None
        try:
            row = self._db.execute(
                "SELECT source, sha256, size, mtime_ns FROM files WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            return None
        if row is None or row[0] != source:
            return None
        _, sha, size, mtime = row
        return known_token(sha, (size, mtime) if size is not None and mtime is not None else None)

    def record(self, key: str, source: str, sha256: str | None,
               stamp: tuple[int, int] | None, known: str | None) -> None:
        """Keep a done or skipped input (`sha256` given), forget a failed one (None), so that it
        is redone next time. Nothing is written when the entry is the `known` one."""
        if self.failure or (
            sha256 is not None and known is not None and known_token(sha256, stamp) == known
        ):
            return
        try:
            db = self._writable()
            if sha256 is None:
                db.execute("DELETE FROM files WHERE key = ?", (key,))
            else:
                size, mtime = stamp if stamp is not None else (None, None)
                db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                           (key, source, sha256, size, mtime))
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)
            return
        self.dirty = True

    def save(self) -> None:
        """Commit what was recorded since the last save (and upload it, for a URL)."""
        if not self.dirty or self._db is None or self.failure:
            return
        try:
            self._db.commit()
            if self._remote and self._path is not None:
                _upload(self._path, self.location)
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)
        self.dirty = False

    def _fail(self, exc: BaseException) -> None:
        """A manifest that cannot be written (locked by another run on the same folder, disk
        full) costs the next run time, never this run's outputs: stop recording, say why."""
        self.failure = f"{self.location}: {exc}"
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.rollback()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._remote and self._path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._path)

    def _writable(self) -> sqlite3.Connection:
        """The open manifest, started afresh when its entries are not to be trusted (another
        pipeline version or options, `--force`, or a file that is not a manifest at all)."""
        if self._db is not None and self._trusted:
            return self._db
        if self._db is not None:
            self._db.close()
        if self._path is None:
            self._path = _temporary_path()
        for stale in (self._path, self._path + "-journal"):  # a killed run's journal too
            with contextlib.suppress(FileNotFoundError):
                os.unlink(stale)
        folder = os.path.dirname(self._path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        self._db = _connect(self._path)
        self._db.executescript(_SCHEMA)
        self._db.executemany("INSERT INTO header VALUES (?, ?)", self.header.items())
        self._trusted = True
        return self._db

    def _local_copy(self) -> str | None:
        """A URL's manifest, downloaded to a temporary file; None when there is none yet."""
        return _download(self.location)


def read_manifest(location: str) -> dict[str, Any]:
    """The whole manifest as one dict (header fields, and "files": key → entry), for people and
    tests; a run never loads it whole."""
    local = _download(location) if is_url(location) else location
    if local is None:
        raise FileNotFoundError(location)
    db = sqlite3.connect(f"file:{local}?mode=ro", uri=True)
    try:
        manifest: dict[str, Any] = dict(_stored_header(db) or {})
        manifest["files"] = dict(_entries(db))
    finally:
        db.close()
        if local != location:
            os.unlink(local)
    return manifest


def _entries(db: sqlite3.Connection) -> Iterator[tuple[str, dict[str, Any]]]:
    for key, source, sha, size, mtime in db.execute("SELECT * FROM files ORDER BY key"):
        entry: dict[str, Any] = {"source": source, "sha256": sha}
        if size is not None:
            entry["size"], entry["mtime_ns"] = size, mtime
        yield key, entry


BUSY_SECONDS = 5.0  # how long a write waits for another run's lock on the manifest
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def _connect(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level="DEFERRED",
                           check_same_thread=False)


def _stored_header(db: sqlite3.Connection) -> dict[str, str] | None:
    """The stored header, or None when the file is not a manifest (or is damaged); a manifest
    locked by another run raises, so that it is never taken for a damaged one and replaced."""
    try:
        return dict(db.execute("SELECT name, value FROM header"))
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise
        return None


def _temporary_path() -> str:
    handle, path = tempfile.mkstemp(prefix="tvseries-manifest-", suffix=".sqlite")
    os.close(handle)
    os.unlink(path)
    return path


def _download(location: str) -> str | None:
    """A copy of the file at a URL in a temporary file; None when there is none."""
    import fsspec

    fs, path = fsspec.core.url_to_fs(location)
    if not fs.exists(path):
        return None
    local = _temporary_path()
    fs.get(path, local)
    return local


def _upload(local: str, location: str) -> None:
    import fsspec

    fs, path = fsspec.core.url_to_fs(location)
    fs.put_file(local, path)
