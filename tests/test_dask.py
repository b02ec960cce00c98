"""`extract --engine dask`: the same bytes, manifest, summary and exit code as a local run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.batch import MANIFEST_NAME
from pipeline.cli import main
from pipeline.manifest import read_manifest

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed "
                                  "(pip install '.[dask]')")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST_NAME}


@pytest.mark.slow
def test_dask_cluster_writes_the_same_outputs_as_a_local_run(tmp_path, cluster, capsys):
    articles = tmp_path / "in"
    for part in ("a", "b/c"):
        (articles / part).mkdir(parents=True)
        for sample in SAMPLES.glob("*.txt"):
            shutil.copy(sample, articles / part / sample.name)
    (articles / "a" / "zipped.txt").write_bytes(b"\x1f\x8b\x08\x00rest")
    local, remote = tmp_path / "local", tmp_path / "dask"
    code_local = main(["extract", str(articles), "--out", str(local), "--evidence",
                       "--report", str(tmp_path / "local.json")])
    said_local = capsys.readouterr()
    code_dask = main(["extract", str(articles), "--out", str(remote), "--evidence", "--engine",
                      "dask", "--scheduler", cluster.scheduler_address,
                      "--report", str(tmp_path / "dask.json")])
    said_dask = capsys.readouterr()
    assert code_local == code_dask == 1
    assert _files(local) and _files(local) == _files(remote)
    assert said_local.err == said_dask.err
    assert said_dask.out.startswith("20 done, 0 skipped (unchanged), 1 failed in ")
    manifests = [read_manifest(str(d / MANIFEST_NAME)) for d in (local, remote)]
    assert manifests[0]["files"] == {
        key: {**entry} for key, entry in manifests[1]["files"].items()}
    reports = [json.loads((tmp_path / f"{n}.json").read_text()) for n in ("local", "dask")]
    strip = [[{k: v for k, v in f.items() if k not in ("seconds", "output")} for f in r["files"]]
             for r in reports]
    assert strip[0] == strip[1]
    # a re-run on the cluster skips what the manifest says is unchanged
    assert main(["extract", str(articles), "--out", str(remote), "--engine", "dask",
                 "--evidence", "--scheduler", cluster.scheduler_address]) == 1
    assert capsys.readouterr().out.startswith("0 done, 20 skipped (unchanged), 1 failed")


@pytest.mark.slow
def test_dask_reads_and_writes_fsspec_urls(tmp_path, cluster, capsys):
    pytest.importorskip("fsspec")
    articles = tmp_path / "in"
    articles.mkdir()
    shutil.copy(SAMPLES / "lantern-keepers-renewal.txt", articles / "one.txt")
    url_in, url_out = f"file://{articles}", f"file://{tmp_path / 'out'}"
    assert main(["extract", url_in, "--out", url_out, "--engine", "dask",
                 "--scheduler", cluster.scheduler_address]) == 0
    assert main(["extract", str(articles), "--out", str(tmp_path / "local")]) == 0
    capsys.readouterr()
    assert (tmp_path / "out" / "one.jsonld").read_bytes() == (
        tmp_path / "local" / "one.jsonld").read_bytes()
    assert read_manifest(str(tmp_path / "out" / MANIFEST_NAME))["files"]


def test_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    code = main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
                 "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:9" in capsys.readouterr().err
