"""How heavy the HTML review is at scale: its size and its load time in headless Chromium.

    python -m benchmarks.review_page --docs 1000 [--repeat 3] [--chromium /usr/bin/chromium]

Targets (issue: the review at scale): under 10 MB and usable in under 3 s for 1,000 documents.
"Usable" is measured to the first conflict card on screen; opening the first quote's source text
(unpacked on demand) is timed too. Needs the test extra (playwright) and a Chromium binary.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time

from crosscheck import pipeline
from crosscheck.config import Config
from crosscheck.report import render

from .corpus import add_options, build_for

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def page_for(args: argparse.Namespace, folder: str) -> str:
    """Build the corpus, check it and write its review page; return the page's path."""
    build_for(args, os.path.join(folder, "docs"))
    result = pipeline.check([os.path.join(folder, "docs")], Config(jobs=args.jobs))
    path = os.path.join(folder, "review.html")
    with open(path, "w", encoding="utf-8") as out:
        out.write(render(result, "html"))
    return path


def load_times(path: str, chromium: str, repeat: int) -> list:
    """Return, per fresh page, seconds to the first conflict card, to the load event, to a source text."""
    from playwright.sync_api import sync_playwright

    runs = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        for _ in range(repeat):
            page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            started = time.perf_counter()
            page.goto("file://" + os.path.abspath(path), wait_until="commit")
            page.locator("article.card").first.wait_for(state="visible")
            shown = time.perf_counter() - started
            page.wait_for_load_state("load")
            loaded = time.perf_counter() - started
            opened = time.perf_counter()
            page.locator("a.quote-link").first.click()
            page.locator("#viewer mark.flash").wait_for(state="attached")
            runs.append((shown, loaded, time.perf_counter() - opened))
            page.context.close()
        browser.close()
    return runs


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_options(parser)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--chromium", default=os.environ.get("CROSSCHECK_CHROMIUM") or
                        shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = page_for(args, folder)
        size = os.path.getsize(path) / 1e6
        runs = load_times(path, args.chromium, args.repeat)
    shown, loaded, opened = (sorted(column) for column in zip(*runs))
    print(f"review page for {args.docs} documents: {size:.2f} MB (target < 10 MB)")
    print(f"first conflict card shown: best {shown[0]:.2f} s, median {statistics.median(shown):.2f} s "
          f"(target < 3 s); load event: median {statistics.median(loaded):.2f} s; "
          f"a source text opened: median {statistics.median(opened):.2f} s ({args.repeat} fresh pages)")


if __name__ == "__main__":
    main()
