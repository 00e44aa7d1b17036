"""The HTML review of sources/ in real headless Chromium (Debian's package, no browser download)."""
import json
import os
import pathlib
import shutil

import pytest
from runner import cli_runner

from crosscheck.cli import cli

REPO = pathlib.Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CROSSCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
# A source that tries to run code: it must show as text, and no dialog may open.
HOSTILE = ("Meta released Llama 3 in April 2024, the press release said. <script>alert(1)</script>\n"
           "<img src=x onerror=\"alert(2)\"> The model card followed.\n")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed "
                       "(apt-get install -y chromium; .ci/run does it)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (test extra) is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Render the review of sources/ plus a hostile source; return (report, docs folder, config)."""
    root = tmp_path_factory.mktemp("review")
    docs = root / "docs"
    shutil.copytree(REPO / "sources", docs)
    (docs / "hostile-notes.txt").write_text(HOSTILE, encoding="utf-8")
    report, config = root / "review.html", str(root / "empty.cfg")  # defaults, whatever the cwd holds
    pathlib.Path(config).write_text("", encoding="utf-8")
    outcome = cli_runner().invoke(cli, ["check", str(docs), "--html", str(report), "--config", config])
    assert outcome.exit_code == 1, outcome.output
    return report, docs, config


@pytest.fixture
def review(browser, rendered):
    """Open the review in a fresh context (empty storage); return (page, dialogs seen, docs, config)."""
    report, docs, config = rendered
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(report.as_uri())
    yield page, dialogs, docs, config
    context.close()


def test_conflict_cards_show_and_the_verdict_filter_hides_them(review):
    page, *_ = review
    conflicts = page.locator("article.card[data-verdict=conflict]")
    assert conflicts.count() >= 1
    assert all(conflicts.nth(i).is_visible() for i in range(conflicts.count()))
    page.locator("input[name=verdict][value=conflict]").uncheck()
    assert not any(conflicts.nth(i).is_visible() for i in range(conflicts.count()))
    page.locator("input[name=verdict][value=conflict]").check()
    assert all(conflicts.nth(i).is_visible() for i in range(conflicts.count()))


def test_free_text_filter_keeps_only_matching_cards(review):
    page, *_ = review
    cards = page.locator("article.card")
    wanted = cards.last.get_attribute("data-id")
    page.fill("#filter-text", wanted)
    assert [c.get_attribute("data-id") for c in cards.all() if c.is_visible()] == [wanted]
    assert page.locator("#shown").inner_text() == f"1 of {cards.count()}"
    page.fill("#filter-text", "no finding says this zzzz")
    assert page.locator("#none-shown").is_visible()


def test_a_quote_link_scrolls_to_the_highlighted_value(review):
    page, *_ = review
    link = page.locator("article.card[data-verdict=conflict] a.quote-link").last
    target = link.get_attribute("href")[1:]
    link.click()
    mark = page.locator(f"mark[id='{target}']")
    mark.wait_for(state="visible")
    box, height = mark.bounding_box(), page.viewport_size["height"]
    assert 0 <= box["y"] <= height - box["height"], box
    assert "flash" in mark.get_attribute("class")
    os.makedirs(REPO / "reports", exist_ok=True)
    page.screenshot(path=str(REPO / "reports" / "browser-quote-link.png"))


def test_a_hostile_source_shows_as_text_and_runs_nothing(review):
    page, dialogs, *_ = review
    holder = page.locator("details.fulltext", has_text="hostile-notes")
    holder.locator("summary").click()
    text = holder.locator("pre").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=" in text
    assert page.locator("script").count() == 1 and page.locator("img").count() == 0
    page.wait_for_timeout(200)
    assert dialogs == []


def test_exported_decisions_are_a_baseline_the_cli_accepts(review, tmp_path):
    page, _, docs, config = review
    for card in page.locator("article.card.l-error").all():
        card.locator(".js-accept").click()
        card.locator(".js-note").fill("reviewed: the sources differ on purpose")
    assert page.locator("#n-accepted").inner_text() == str(page.locator("article.card.l-error").count())
    page.screenshot(path=str(REPO / "reports" / "browser-review.png"), full_page=True)
    with page.expect_download() as download:
        page.click("#export")
    baseline = tmp_path / "baseline.json"
    download.value.save_as(str(baseline))
    accepted = json.loads(baseline.read_text(encoding="utf-8"))["accepted"]
    assert accepted and all(e["note"] == "reviewed: the sources differ on purpose" for e in accepted)
    check = ["check", str(docs), "--config", config]
    assert cli_runner().invoke(cli, check).exit_code == 1
    assert cli_runner().invoke(cli, check + ["--baseline", str(baseline)]).exit_code == 0


def test_decisions_survive_a_reload(review):
    page, *_ = review
    card = page.locator("article.card").first
    card.locator(".js-fix").click()
    page.reload()
    assert "is-fix" in page.locator("article.card").first.get_attribute("class")


def test_importing_a_baseline_restores_decisions_and_notes(review, tmp_path):
    page, *_ = review
    first = page.locator("article.card.l-error").first
    baseline = tmp_path / "earlier.json"
    entry = {"id": first.get_attribute("data-id"), "note": "seen in May"}
    baseline.write_text(json.dumps({"accepted": [entry], "to_fix": []}), encoding="utf-8")
    page.set_input_files("#import", str(baseline))
    page.wait_for_function("document.getElementById('n-accepted').textContent === '1'")
    assert "is-accepted" in first.get_attribute("class")
    assert first.locator(".js-note").input_value() == "seen in May"
    assert "left after your review" in page.locator("#after-review").inner_text()
