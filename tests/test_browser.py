"""A real browser (Debian's headless chromium) loads an embedded page: no article script runs,
and `JSON.parse` of our block's text is the emitted document. `.ci/run` installs chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.embed import inject
from tests.test_embed import EVIL, PAGE, evil_document

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="/usr/bin/chromium is missing (apt-get install -y chromium; .ci/run does this)",
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
    "--virtual-time-budget=2000",
]
# Test harness only: count alert() calls before the block, report the parse after the body.
SPY = (
    "<script>window.__alerts = [];"
    " window.alert = function (m) { __alerts.push(String(m)); };</script>"
)
REPORT = """<script>
var blocks = document.querySelectorAll('script[type="application/ld+json"]');
document.body.setAttribute("data-report", JSON.stringify({
  alerts: window.__alerts, blocks: blocks.length,
  scripts: document.scripts.length, parsed: JSON.parse(blocks[0].textContent)}));
</script>"""


def test_chromium_runs_no_article_script_and_parses_the_document(tmp_path: Path) -> None:
    from lxml import html

    page = inject(PAGE.replace("<head>\n", "<head>\n" + SPY + "\n").encode(), evil_document()).page
    page = page.replace(b"</body>", REPORT.encode() + b"\n</body>")
    target = tmp_path / "page.html"
    target.write_bytes(page)
    profile = tmp_path / "profile"
    done = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", target.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    shutil.rmtree(profile, ignore_errors=True)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    dom = html.fromstring(done.stdout)
    report = json.loads(dom.body.get("data-report"))
    assert report["alerts"] == [], "a script from the article ran"
    assert report["blocks"] == 1
    assert report["scripts"] == 4  # page script, spy, our block, report: nothing injected
    assert report["parsed"] == evil_document()
    assert report["parsed"]["@graph"][1]["actor"][0]["characterName"] == EVIL
