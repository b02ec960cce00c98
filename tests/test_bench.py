"""The benchmark's own measuring tools: a wrong measure would mislead everyone reading it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux's /proc")
def test_peak_rss_is_the_childs_own_not_its_parents(tmp_path):
    """The kernel carries a parent's RSS high-water mark into a child's `ru_maxrss` across fork
    and exec; `bench.peak` must report what the child itself used."""
    ballast = bytearray(200 * 1024 * 1024)
    for offset in range(0, len(ballast), 4096):  # make every page resident
        ballast[offset] = 1
    peak_file = tmp_path / "peak"
    done = subprocess.run([sys.executable, "-m", "bench.peak", str(peak_file), "platform"],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip()  # the module ran: `python -m platform` prints the platform
    child_kib = int(peak_file.read_text(encoding="ascii"))
    assert 1024 < child_kib < 100 * 1024
    del ballast
