"""The HTML review in real headless Chromium (Debian's package, no browser download): the sample
with a hostile source, and a generated corpus of 1,000 documents."""
import json
import os
import shutil

import pytest
from runner import REPO, run_cli

from benchmarks.corpus import build

CHROMIUM = os.environ.get("CROSSCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}
# A source that tries to run code: it must show as text, and no dialog may open.
HOSTILE = ("Meta released Llama 3 in April 2024, the press release said. <script>alert(1)</script>\n"
           "<img src=x onerror=\"alert(2)\"> The model card followed. </script><b>bold</b>\n")

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


def check_into(docs, report):
    config = report.parent / "empty.cfg"  # defaults, whatever the cwd holds
    config.write_text("", encoding="utf-8")
    config = str(config)
    outcome = run_cli("check", docs, "--html", report, "--config", config, "--format", "json")
    assert outcome.exit_code == 1, outcome.output
    return config


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Render the review of sources/ plus a hostile source; return (report, docs folder, config)."""
    root = tmp_path_factory.mktemp("review")
    docs = root / "docs"
    shutil.copytree(REPO / "sources", docs)
    (docs / "hostile-notes.txt").write_text(HOSTILE, encoding="utf-8")
    report = root / "review.html"
    return report, docs, check_into(docs, report)


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    """Render the review of a generated corpus of 1,000 documents."""
    root = tmp_path_factory.mktemp("thousand")
    build(str(root / "docs"), 1000)
    report = root / "review.html"
    check_into(root / "docs", report)
    return report


def open_page(browser, report, viewport=DESKTOP):
    context = browser.new_context(viewport=viewport, accept_downloads=True)
    page = context.new_page()
    page.dialogs, page.errors = [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(report.as_uri())
    return page


@pytest.fixture
def review(browser, rendered):
    """Open the review in a fresh context (empty storage); return (page, docs, config)."""
    report, docs, config = rendered
    page = open_page(browser, report)
    yield page, docs, config
    assert page.errors == [] and page.dialogs == []
    page.context.close()


def in_first_screen(page, locator):
    box = locator.bounding_box()
    return box is not None and 0 <= box["y"] < page.viewport_size["height"] - 40


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def screenshot(page, name):
    os.makedirs(REPO / "reports", exist_ok=True)
    page.screenshot(path=str(REPO / "reports" / name))


def test_conflicts_come_first_and_agreements_fold_into_counts_without_review_buttons(review):
    page, *_ = review
    first = page.locator("article.card").first
    assert first.get_attribute("data-verdict") == "conflict" and in_first_screen(page, first)
    group = page.locator("details.agreement-group").first
    assert "agreement" in group.locator("summary").inner_text()
    assert group.locator("article.card").count() == 0  # drawn only when opened
    group.locator("summary").click()
    agreements = group.locator("article.card")
    agreements.first.wait_for()  # drawn on the details' toggle event, which fires after the click
    assert agreements.count() >= 1 and agreements.locator("button").count() == 0
    page.locator("input[name=verdict][value=conflict]").uncheck()
    assert page.locator("article.card[data-verdict=conflict]").count() == 0
    assert "hide=conflict" in page.url  # the filter is in the URL: a reload or a shared link keeps it
    page.reload()
    assert not page.locator("input[name=verdict][value=conflict]").is_checked()
    assert page.locator("article.card[data-verdict=conflict]").count() == 0


def test_a_quote_link_opens_the_value_in_its_source_and_back_returns_to_the_card(review):
    page, *_ = review
    cards = page.locator("article.card[data-verdict=conflict]")
    card = cards.nth(cards.count() - 1)
    card.scroll_into_view_if_needed()
    link = card.locator("a.quote-link").last
    target = link.get_attribute("data-at")
    link.click()
    mark = page.locator(f"#viewer mark[id='{target}']")
    mark.wait_for(state="visible")
    assert in_first_screen(page, mark) and "flash" in mark.get_attribute("class")
    screenshot(page, "browser-quote-link.png")
    page.go_back()
    page.locator("#viewer").wait_for(state="hidden")
    card = page.locator(f"#f-{card.get_attribute('data-id')}")
    assert in_first_screen(page, card) and "current" in card.get_attribute("class")


def test_keyboard_review_and_decisions_survive_a_reload(review):
    page, *_ = review
    page.keyboard.press("j")
    page.keyboard.press("j")
    second = page.locator("article.card.current")
    assert second.get_attribute("id") == page.locator("article.card").nth(1).get_attribute("id")
    page.keyboard.press("a")
    page.keyboard.press("k")
    page.keyboard.press("f")
    assert page.locator("#n-accepted").inner_text() == "1" and page.locator("#n-fix").inner_text() == "1"
    page.reload()
    assert "is-fix" in page.locator("article.card").nth(0).get_attribute("class")
    assert "is-accepted" in page.locator("article.card").nth(1).get_attribute("class")


def test_a_hostile_source_shows_as_text_and_runs_nothing(review):
    page, *_ = review
    page.click("#sources-panel > summary")
    page.locator("a.source-link", has_text="hostile-notes").click()
    text = page.locator("#viewer-text")
    text.wait_for(state="visible")
    page.wait_for_function("document.getElementById('viewer-text').textContent.includes('alert(1)')")
    assert "<script>alert(1)</script>" in text.inner_text() and "<img src=x onerror=" in text.inner_text()
    assert page.locator("script").count() == 3 and page.locator("img").count() == 0
    assert page.locator("#viewer b").count() == 0
    page.wait_for_timeout(200)


def test_timeline_rows_follow_the_filters_and_take_one_tab_stop(review):
    page, *_ = review
    page.click("#timeline-panel > summary")
    rows = page.locator("#timeline .trow")
    assert rows.first.get_attribute("class") == "trow v-conflict"
    everything = rows.count()
    assert page.locator("#timeline a, #timeline button, #timeline [tabindex]").count() == 0
    page.select_option("#filter-kind", "entity")
    assert rows.count() == 0
    page.select_option("#filter-kind", "")
    assert rows.count() == everything


def test_exported_decisions_are_a_baseline_the_cli_accepts(review, tmp_path):
    page, docs, config = review
    page.locator("#more").click() if page.locator("#more").is_visible() else None
    for card in page.locator("article.card.l-error").all():
        card.locator(".js-accept").click()
        card.locator(".js-note").fill("reviewed: the sources differ on purpose")
    with page.expect_download() as download:
        page.click("#export")
    baseline = tmp_path / "baseline.json"
    download.value.save_as(str(baseline))
    accepted = json.loads(baseline.read_text(encoding="utf-8"))["accepted"]
    assert accepted and all(e["note"] == "reviewed: the sources differ on purpose" for e in accepted)
    check = ["check", str(docs), "--config", config]
    assert run_cli(*check).exit_code == 1
    assert run_cli(*check, "--baseline", baseline).exit_code == 0


def test_importing_a_baseline_restores_decisions_and_a_bad_file_says_why(review, tmp_path):
    page, *_ = review
    first = page.locator("article.card.l-error").first
    baseline, bad = tmp_path / "earlier.json", tmp_path / "notes.json"
    baseline.write_text(json.dumps({"accepted": [{"id": first.get_attribute("data-id"), "note": "seen in May"}],
                                    "to_fix": []}), encoding="utf-8")
    page.set_input_files("#import", str(baseline))
    page.wait_for_function("document.getElementById('n-accepted').textContent === '1'")
    assert "is-accepted" in first.get_attribute("class")
    assert first.locator(".js-note").input_value() == "seen in May"
    assert "left after your review" in page.locator("#after-review").inner_text()
    bad.write_text("{not json", encoding="utf-8")
    page.set_input_files("#import", str(bad))
    page.locator("#message.bad").wait_for(state="visible")
    assert "Could not import notes.json: it is not JSON" in page.locator("#message").inner_text()


def test_the_sample_reads_on_a_phone_without_sideways_scrolling(browser, rendered):
    page = open_page(browser, rendered[0], PHONE)
    first = page.locator("article.card").first
    assert first.get_attribute("data-verdict") == "conflict" and in_first_screen(page, first)
    for panel in ("#timeline-panel", "#sources-panel", "#alone-panel"):
        page.click(f"{panel} > summary")
    assert no_horizontal_scroll(page)
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "browser-phone-sample.png")
    page.context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_thousand_documents_open_on_their_first_conflict_and_draw_the_rest_on_demand(browser, thousand,
                                                                                        viewport):
    page = open_page(browser, thousand, viewport)
    first = page.locator("article.card").first
    assert first.get_attribute("data-verdict") == "conflict" and in_first_screen(page, first)
    drawn = page.locator("#cards article.card").count()
    assert drawn <= 40  # a first screen, not every card
    page.locator("#more-holder").scroll_into_view_if_needed()
    page.locator("#cards article.card").nth(drawn).wait_for(state="attached")
    page.evaluate("window.scrollTo(0, 0)")
    assert no_horizontal_scroll(page)
    screenshot(page, f"browser-1000-{'phone' if viewport is PHONE else 'desktop'}.png")
    assert page.errors == []
    page.context.close()
