"""The batch runner as a user sees it: `python -m pipeline extract …` on folders of articles."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import MANIFEST_NAME, Options, plan, run
from pipeline.cli import main
from pipeline.manifest import read_manifest
from pipeline.validate import validate_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOOD = (SAMPLES / "lantern-keepers-renewal.txt").read_text(encoding="utf-8")


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST_NAME}


def corpus(folder: Path, copies: int = 3) -> Path:
    """The samples, `copies` times, in nested folders."""
    for i in range(copies):
        target = folder / f"part{i}" / ("deep" if i % 2 else "")
        target.mkdir(parents=True, exist_ok=True)
        for sample in sorted(SAMPLES.glob("*.txt")):
            shutil.copy(sample, target / sample.name)
    return folder


def test_one_bad_article_is_reported_and_the_rest_written(tmp_path, capsys):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "good.txt").write_text(GOOD, encoding="utf-8")
    (articles / "empty.txt").write_bytes(b"")
    (articles / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    report = tmp_path / "run.json"
    code = main(["extract", str(articles), "--out", str(tmp_path / "out"), "--report", str(report)])
    err = capsys.readouterr()
    assert code == 1
    assert (tmp_path / "out" / "good.jsonld").exists()
    assert not (tmp_path / "out" / "empty.jsonld").exists()
    assert "empty.txt: empty article" in err.err and "[E101, read]" in err.err
    assert "image.txt: binary file (a PNG image)" in err.err and "[E102, read]" in err.err
    assert err.out.strip() == err.out.strip().splitlines()[-1]  # one summary line
    assert err.out.startswith("1 done, 0 skipped (unchanged), 2 failed in ")
    files = {Path(f["source"]).name: f for f in json.loads(report.read_text())["files"]}
    assert files["good.txt"]["status"] == "ok" and files["good.txt"]["seconds"] > 0
    assert (files["empty.txt"]["status"], files["empty.txt"]["code"]) == ("failed", "E101")
    assert (files["image.txt"]["code"], files["image.txt"]["stage"]) == ("E102", "read")


def test_same_names_in_different_folders_do_not_overwrite(tmp_path):
    for folder in ("a", "b/c"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "index.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    assert sorted(outputs(tmp_path / "out")) == ["a/index.jsonld", "b/c/index.jsonld"]
    # the same two files named one by one keep their folders below the folder they share
    assert main(["extract", str(tmp_path / "in/a/index.txt"), str(tmp_path / "in/b/c/index.txt"),
                 "--out", str(tmp_path / "out2")]) == 0
    assert sorted(outputs(tmp_path / "out2")) == ["a/index.jsonld", "b/c/index.jsonld"]


def test_nothing_is_written_outside_out(tmp_path):
    (tmp_path / "in" / "x").mkdir(parents=True)
    (tmp_path / "in" / "x" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(GOOD, encoding="utf-8")
    before = {p for p in tmp_path.rglob("*")}
    main(["extract", str(tmp_path / "in" / "x" / "a.txt"),
          str(tmp_path / "in" / "x" / ".." / "b.txt"), "--out", str(tmp_path / "out")])
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(tmp_path / "out" in p.parents or p == tmp_path / "out" for p in created)
    for job in plan([tmp_path / "in"], tmp_path / "out"):
        assert ".." not in job.key.split("/") and not os.path.isabs(job.key)


def test_colliding_outputs_fail_instead_of_overwriting(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "show.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "show.TXT").write_text(GOOD.replace("Hulu", "Netflix"), encoding="utf-8")
    if len(list((tmp_path / "in").iterdir())) < 2:
        pytest.skip("case-insensitive file system")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 1
    assert "would overwrite the output of" in capsys.readouterr().err


def test_missing_input_is_an_error_and_the_rest_still_runs(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    code = main(["extract", str(tmp_path / "nope.txt"), str(tmp_path / "a.txt"),
                 "--out", str(tmp_path / "out")])
    assert code == 1
    assert "nope.txt: no such file or folder" in capsys.readouterr().err
    assert (tmp_path / "out" / "a.jsonld").exists()


def test_rerun_skips_unchanged_and_redoes_changed_new_and_forced(tmp_path, capsys):
    articles = corpus(tmp_path / "in", copies=2)
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    first = outputs(out)
    assert capsys.readouterr().out.startswith("20 done, 0 skipped")
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("0 done, 20 skipped (unchanged), 0 failed")
    changed = articles / "part0" / "lantern-keepers-renewal.txt"
    changed.write_text(GOOD.replace("Hulu", "Netflix"), encoding="utf-8")
    (articles / "part0" / "new.txt").write_text(GOOD, encoding="utf-8")
    (out / "part1" / "deep" / "tv-this-week-roundup.jsonld").unlink()  # a lost output is redone
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("3 done, 18 skipped (unchanged), 0 failed")
    assert b"Netflix" in (out / "part0" / "lantern-keepers-renewal.jsonld").read_bytes()
    assert main(["extract", str(articles), "--out", str(out), "--force"]) == 0
    assert capsys.readouterr().out.startswith("21 done, 0 skipped")
    # other options give other bytes: nothing is skipped
    assert main(["extract", str(articles), "--out", str(out), "--base-url", "https://x.test/"]) == 0
    assert capsys.readouterr().out.startswith("21 done, 0 skipped")
    manifest = read_manifest(str(out / MANIFEST_NAME))
    assert manifest["pipeline"].startswith("0.") and len(manifest["files"]) == 21
    assert all(len(e["sha256"]) == 64 for e in manifest["files"].values())
    assert set(first) <= set(outputs(out))


def test_rerun_trusts_size_and_mtime_and_hashes_when_either_differs(tmp_path, capsys, monkeypatch):
    articles = corpus(tmp_path / "in", copies=1)
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    entries = read_manifest(str(out / MANIFEST_NAME))["files"].values()
    assert all(isinstance(e["size"], int) and isinstance(e["mtime_ns"], int) for e in entries)
    capsys.readouterr()
    from pipeline import read

    hashed: list[str] = []  # every read of an input's bytes
    real_read = read.read_bytes
    monkeypatch.setattr(read, "read_bytes", lambda loc, limit: hashed.append(str(loc)) or
                        real_read(loc, limit))
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("0 done, 10 skipped (unchanged)")
    assert hashed == []  # size and mtime match: nothing is read
    touched = articles / "part0" / "lantern-keepers-renewal.txt"
    os.utime(touched, ns=(1, 1))  # same bytes, other mtime: hashed, still skipped
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("0 done, 10 skipped (unchanged)")
    assert hashed == [str(touched)]
    touched.write_text(GOOD.replace("Hulu", "HULU"), encoding="utf-8")  # same size, new bytes
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("1 done, 9 skipped (unchanged)")
    assert hashed == [str(touched)] * 2  # the changed input is read once, hashed and processed


def test_two_jobs_write_the_same_bytes_in_the_same_order(tmp_path, capsys):
    articles = corpus(tmp_path / "in", copies=3)
    (articles / "part0" / "broken.txt").write_bytes(b"\x1f\x8b\x08" + os.urandom(64))
    one, two = tmp_path / "one", tmp_path / "two"
    r1, r2 = tmp_path / "r1.json", tmp_path / "r2.json"
    assert main(["extract", str(articles), "--out", str(one), "--evidence",
                 "--report", str(r1)]) == 1
    err_one = capsys.readouterr().err
    assert main(["extract", str(articles), "--out", str(two), "--evidence", "--report", str(r2),
                 "--jobs", "2"]) == 1
    err_two = capsys.readouterr().err
    assert outputs(one) == outputs(two)
    assert err_one == err_two  # same messages, same order
    order = [[f["source"], f["status"]] for f in json.loads(r1.read_text())["files"]]
    assert order == [[f["source"], f["status"]] for f in json.loads(r2.read_text())["files"]]


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")

    class Tty:
        def __init__(self, tty: bool) -> None:
            self.text, self.tty = "", tty

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return self.tty

    off, on = Tty(False), Tty(True)
    run([tmp_path / "in"], Options(str(tmp_path / "o1")), stream=off)  # type: ignore[arg-type]
    run([tmp_path / "in"], Options(str(tmp_path / "o2")), stream=on)  # type: ignore[arg-type]
    assert off.text == ""
    assert "1/1" in on.text and "articles/s" in on.text and "ETA" in on.text


def test_stray_temporary_files_are_removed_by_the_next_run(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "out" / "sub").mkdir(parents=True)
    stray = tmp_path / "out" / "sub" / ".a.jsonld.k3j_x9a2.tmp"
    stray.write_text("{half", encoding="utf-8")
    keep = tmp_path / "out" / "notes.tmp"  # not ours: left alone
    keep.write_text("mine", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    assert not stray.exists() and keep.exists()


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_only_complete_outputs(tmp_path):
    articles = corpus(tmp_path / "in", copies=6)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(articles), "--out", str(out),
               "--evidence", "--force"]
    rng = random.Random(5)
    for _ in range(4):
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.4, 2.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for path in out.rglob("*.jsonld"):
            assert validate_document(json.loads(path.read_text(encoding="utf-8"))) == [], path
        for path in out.rglob("*.evidence.json"):
            json.loads(path.read_text(encoding="utf-8"))
    finished = subprocess.run(command[:-1], cwd=ROOT, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    clean = tmp_path / "clean"
    assert main(["extract", str(articles), "--out", str(clean), "--evidence"]) == 0
    assert outputs(out) == outputs(clean)


def test_a_worker_that_dies_fails_its_articles_and_the_batch_goes_on(tmp_path, capsys,
                                                                     monkeypatch):
    from pipeline import batch

    articles = corpus(tmp_path / "in", copies=3)
    (articles / "part1" / "crash.txt").write_text(GOOD, encoding="utf-8")
    real_process = batch.process

    def process(job, options, known=None):
        if job.source.endswith("crash.txt"):
            os._exit(3)  # what a segfault or the OOM killer looks like from outside
        return real_process(job, options, known)

    monkeypatch.setattr(batch, "process", process)
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out), "--jobs", "2"]) == 1
    captured = capsys.readouterr()
    assert "crash.txt: its worker process died [E901, internal]" in captured.err
    assert captured.out.startswith("30 done, 0 skipped (unchanged), 1 failed")
    assert len(list(out.rglob("*.jsonld"))) == 30


def test_chunks_cover_every_item_once_in_order_and_end_small():
    from pipeline.batch import _chunks

    for count in (0, 1, 7, 100, 1000):
        items = list(range(count))
        for jobs in (2, 3, 8):
            chunks = _chunks(items, jobs)  # type: ignore[arg-type]
            assert [i for chunk in chunks for i in chunk] == items
            assert all(1 <= len(chunk) <= 16 for chunk in chunks)
            assert all(len(chunk) == 1 for chunk in chunks[-min(count, 4 * jobs):])


def test_without_fork_a_spawned_pool_gives_the_same_outcomes(tmp_path):
    from pipeline.batch import _chunks, _pooled, process

    articles = corpus(tmp_path / "in", copies=1)
    options = Options(str(tmp_path / "out"))
    items = [(job, options, None) for job in plan([articles], options.out)]
    serial = [process(*item) for item in items]
    for item in items:
        Path(item[0].target).unlink()
    pooled = list(_pooled(_chunks(items, 2), 2))
    assert [(o.source, o.status, o.sha256) for o in pooled] == [
        (o.source, o.status, o.sha256) for o in serial]


def test_plan_walks_folders_like_os_walk_and_spells_targets_like_path(tmp_path):
    from pipeline.batch import _join

    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "b" / "deep" / "x.TXT").write_text("x")
    (root / "a" / "y.md").write_text("y")
    (root / "a" / "notes.json").write_text("{}")
    (root / "linked").symlink_to(root / "b", target_is_directory=True)  # not followed
    (root / "alias.txt").symlink_to(root / "a" / "y.md")  # a linked file is an input
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    jobs = list(plan([root], "out/"))
    assert [(j.source, j.key, j.target) for j in jobs] == [
        (str(root / "a" / "y.md"), "a/y.jsonld", "out/a/y.jsonld"),
        (str(root / "alias.txt"), "alias.jsonld", "out/alias.jsonld"),
        (str(root / "b" / "deep" / "x.TXT"), "b/deep/x.jsonld", "out/b/deep/x.jsonld"),
    ]
    for base in ("out", "./out/", "/", "a//b/", "."):
        assert _join(base, "p/q.jsonld") == str(Path(base) / "p/q.jsonld")


def _ended(pid: int) -> bool:
    """Gone, or a zombie no one reaps (orphans in a container whose init does not wait)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_workers_stop_soon_after_their_parent_is_killed(tmp_path):
    """Workers whose parent died stop after the chunk they hold (their next send fails): they
    exit on their own, and nothing is written after they have."""
    if not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists():
        pytest.skip("needs Linux /proc to find the worker processes")
    articles = corpus(tmp_path / "in", copies=30)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(articles),
                             "--out", str(out), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list(out.rglob("*.jsonld")) and time.monotonic() < deadline:
        time.sleep(0.02)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
    workers = [int(pid) for pid in children]
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    while not all(_ended(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert all(_ended(pid) for pid in workers), "workers kept running without their parent"
    settled = sorted(out.rglob("*"))
    time.sleep(0.2)
    assert sorted(out.rglob("*")) == settled
    assert len(list(out.rglob("*.jsonld"))) < 300


def test_the_command_reports_and_exits_like_main(tmp_path):
    """`python -m pipeline` skips the interpreter's teardown (os._exit): the summary line, the
    error naming the bad file and the exit code must still all arrive, every output too, and
    the exit handlers must still run (they save the compiled rules for the next start)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "samples" / sorted(p.name for p in (ROOT / "samples").glob("*.txt"))[0],
                folder / "good.txt")
    (folder / "bad.txt").write_bytes(b"")
    out = tmp_path / "out"
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    buffered["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "--out",
                           str(out)], cwd=ROOT, capture_output=True, text=True, check=False,
                          env=buffered)
    assert done.returncode == 1
    assert "bad.txt: empty article" in done.stderr
    assert done.stdout.rstrip().endswith("articles/s)") and "1 failed" in done.stdout
    assert (out / "good.jsonld").exists() and (out / MANIFEST_NAME).exists()
    assert list((tmp_path / "cache").rglob("regex-*")), "the compiled rules were not saved"


def test_manifest_checkpoints_back_off_when_saving_is_slow():
    """A big archive's manifest takes long to upload (an output URL): checkpoints then come
    less often, so they never cost more than ~5% of the run; a small one keeps 5 seconds."""
    from pipeline.batch import checkpoint_interval

    assert checkpoint_interval(5.0, 0.01) == 5.0
    slow = checkpoint_interval(5.0, 3.0)  # a million-entry manifest sent to object storage
    assert slow >= 60.0 and 3.0 / (slow + 3.0) <= 0.05


def test_a_host_calling_run_keeps_its_garbage_collector(tmp_path):
    """Only the command freezes the start-up heap (gc.freeze is permanent); a CMS calling
    `run` from its own process, serially or with two workers, finds its collector untouched."""
    import gc

    articles = corpus(tmp_path / "in", copies=2)
    frozen = gc.get_freeze_count()
    for jobs in ("1", "2"):
        assert main(["extract", str(articles), "--out", str(tmp_path / jobs), "--jobs", jobs]) == 0
        assert gc.get_freeze_count() == frozen, jobs


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the forked runner needs fork")
def test_a_dead_workers_chunk_is_reported_at_once_not_after_the_others(tmp_path, monkeypatch):
    """The chunk of a worker that died is failed as soon as its pipe closes: the results
    after it flow on while the other worker is still busy (here: waiting for the first
    result to reach us, which it would never do if the dead chunk were held back)."""
    from pipeline import batch
    from pipeline.batch import Job, Options, Outcome, _forked

    go = tmp_path / "go"

    def process_many(chunk):
        job = chunk[0][0]
        if job.source == "dies":
            os._exit(3)
        if job.source == "waits":
            deadline = time.monotonic() + 10
            while not go.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            return [Outcome(job.source, "ok" if go.exists() else "held back", 0.0)]
        return [Outcome(job.source, "ok", 0.0)]

    monkeypatch.setattr(batch, "process_many", process_many)
    options = Options(str(tmp_path / "out"))
    chunks = [[(Job(name, name, name), options, None)] for name in ("dies", "waits", "last")]
    seen = []
    for outcome in _forked(chunks, 2):
        seen.append((outcome.source, outcome.status, outcome.code))
        go.touch()
    assert seen == [("dies", "failed", "E901"), ("waits", "ok", None), ("last", "ok", None)]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the forked runner needs fork")
def test_a_worker_dying_while_it_holds_the_chunk_counter_stops_nobody(tmp_path, monkeypatch):
    """The chunk counter's lock is a token in a pipe; a worker killed while holding it (the
    OOM killer picks its moment) must not leave the others waiting for it forever."""
    from pipeline import batch
    from pipeline.batch import Job, Options, Outcome, _forked

    class DiesHoldingTheLock(batch._SharedCounter):
        def take(self) -> int:
            index = super().take()
            if index == 0:
                os.read(self._token_read, 1)  # takes the lock again, and dies with it
                os._exit(3)
            return index

    def timeout(*_):
        raise TimeoutError("workers waited forever for the lost lock")

    monkeypatch.setattr(batch, "_SharedCounter", DiesHoldingTheLock)
    monkeypatch.setattr(batch, "process_many", lambda chunk: [
        Outcome(job.source, "ok", 0.0) for job, _, _ in chunk])
    options = Options(str(tmp_path / "out"))
    chunks = [[(Job(name, name, name), options, None)] for name in ("a", "b", "c", "d")]
    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(30)
    try:
        seen = [(o.source, o.status, o.code) for o in _forked(chunks, 2)]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert seen == [("a", "failed", "E901"), ("b", "ok", None), ("c", "ok", None),
                    ("d", "ok", None)]


def test_two_jobs_over_many_windows_match_one_job(tmp_path, capsys, monkeypatch):
    """Workers are forked per window of the plan, so memory stays flat on a huge archive;
    windows smaller than the corpus must still give the one-job bytes, messages and order."""
    from pipeline import batch

    articles = corpus(tmp_path / "in", copies=2)
    (articles / "part1" / "empty.txt").write_bytes(b"")
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(articles), "--out", str(one)]) == 1
    said_one = capsys.readouterr()
    monkeypatch.setattr(batch, "_WINDOW", 5)
    assert main(["extract", str(articles), "--out", str(two), "--jobs", "2"]) == 1
    said_two = capsys.readouterr()
    assert outputs(one) == outputs(two)
    assert len(outputs(two)) == 2 * len(list(SAMPLES.glob("*.txt")))
    assert said_one.err == said_two.err and "empty.txt: empty article" in said_two.err
    assert read_manifest(str(one / MANIFEST_NAME))["files"] == read_manifest(
        str(two / MANIFEST_NAME))["files"]


def test_a_damaged_manifest_is_started_afresh_not_trusted(tmp_path, capsys):
    articles = corpus(tmp_path / "in", copies=1)
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST_NAME).write_bytes(b"not a database at all" * 100)
    count = len(list(articles.rglob("*.txt")))
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"{count} done, 0 skipped")
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"0 done, {count} skipped")
    assert len(read_manifest(str(out / MANIFEST_NAME))["files"]) == count


def test_a_manifest_from_a_killed_run_keeps_its_last_checkpoint(tmp_path, capsys):
    """A run killed between checkpoints leaves SQLite's journal behind; the next run rolls it
    back and trusts what the last checkpoint committed, nothing more."""
    from pipeline.batch import open_manifest

    articles = corpus(tmp_path / "in", copies=1)
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    capsys.readouterr()
    killed = open_manifest(Options(str(out)))
    for key in list(read_manifest(str(out / MANIFEST_NAME))["files"])[:3]:
        killed.record(key, "elsewhere.txt", None, None, None)  # uncommitted: never saved
    shutil.copy(out / (MANIFEST_NAME + "-journal"), tmp_path / "journal")
    shutil.copy(out / MANIFEST_NAME, tmp_path / "db")
    killed.close()
    shutil.copy(tmp_path / "db", out / MANIFEST_NAME)  # as the kill left them: hot journal
    shutil.copy(tmp_path / "journal", out / (MANIFEST_NAME + "-journal"))
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    count = len(list(articles.rglob("*.txt")))
    assert capsys.readouterr().out.startswith(f"0 done, {count} skipped")


def test_the_report_lists_plan_errors_first_and_is_json_even_when_empty(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    report = tmp_path / "run.json"
    result = run([tmp_path / "nope", tmp_path / "in", tmp_path / "in" / "a.txt"],
                 Options(str(tmp_path / "out")), report=report)
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [(Path(f["source"]).name, f["status"], f.get("code")) for f in files] == [
        ("nope", "failed", "E106"), ("a.txt", "failed", "E502"), ("a.txt", "ok", None)]
    assert (result.failed, result.outcomes_ok, result.total) == (2, 1, 3)
    (tmp_path / "empty").mkdir()
    run([tmp_path / "empty"], Options(str(tmp_path / "out2")), report=report)
    document = json.loads(report.read_text(encoding="utf-8"))
    assert document["files"] == [] and document["summary"]["done"] == 0


def test_a_manifest_locked_by_another_run_costs_time_not_outputs(tmp_path, capsys,
                                                                 monkeypatch):
    """Two runs on one folder: the second cannot write the manifest while the first holds its
    lock. Its outputs are still all written, it says why the manifest was not updated, and it
    waits for the lock once, not once per article."""
    import sqlite3

    from pipeline import manifest as manifest_module

    articles = corpus(tmp_path / "in", copies=1)
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    for path in articles.rglob("*.txt"):  # changed inputs: each needs a new manifest entry
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    capsys.readouterr()
    monkeypatch.setattr(manifest_module, "BUSY_SECONDS", 0.2)
    other_run = sqlite3.connect(out / MANIFEST_NAME)
    other_run.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        assert main(["extract", str(articles), "--out", str(out)]) == 0
        spent = time.perf_counter() - started
    finally:
        other_run.rollback()
        other_run.close()
    said = capsys.readouterr()
    count = len(list(articles.rglob("*.txt")))
    assert said.out.startswith(f"{count} done, 0 skipped")
    assert len(list(out.rglob("*.jsonld"))) == count
    assert "warning: the manifest was not updated" in said.err and "locked" in said.err
    assert spent < 0.2 * count  # gave up after the first wait
    assert main(["extract", str(articles), "--out", str(out)]) == 0  # redone, as it said
    assert capsys.readouterr().out.startswith(f"{count} done, 0 skipped")
    assert main(["extract", str(articles), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"0 done, {count} skipped")
