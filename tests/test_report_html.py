"""The HTML review: self-contained, every source text escaped, cards, links and timeline consistent."""
import dataclasses
import re
from html.parser import HTMLParser

from sample_result import sample_result

from crosscheck.report import render


class Page(HTMLParser):
    """Collect elements by id with their text, the links, and the script and external references."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.texts, self.attrs, self.links, self.external, self.scripts = {}, {}, [], [], 0
        self._open = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.scripts += tag == "script"
        for name in ("src", "href", "xlink:href"):
            if re.match(r"(?i)\s*(https?:|//)", attrs.get(name) or ""):
                self.external.append(attrs[name])
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append((attrs["href"][1:], attrs.get("class", "")))
        if "id" in attrs:
            self.attrs[attrs["id"]] = attrs
            self.texts[attrs["id"]] = ""
            self._open.append((tag, attrs["id"]))
        elif tag not in ("meta", "input", "br", "img", "rect", "line"):
            self._open.append((tag, None))

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, element in self._open:
            if element:
                self.texts[element] += data


def page(**kwargs):
    result = sample_result(**kwargs)
    return result, Page(render(result, "html"))


def test_page_is_self_contained():
    html = render(sample_result(), "html")
    parsed = Page(html)
    assert parsed.external == [] and "<link" not in html and "@import" not in html
    assert parsed.scripts == 1  # ours, inline


def test_markup_in_a_source_is_shown_as_text_everywhere():
    html = render(sample_result(hostile=True), "html")
    assert "<script>alert(1)</script>" not in html and "<b>Open</b>" not in html
    assert "An &lt;script&gt;alert(1)&lt;/script&gt; | **bold**" in html
    assert Page(html).scripts == 1


def test_every_finding_has_a_card_with_its_verdict_and_values():
    result, parsed = page()
    for finding in result.findings:
        card = parsed.attrs[f"f-{finding.id}"]
        assert card["data-verdict"] == finding.verdict and card["data-kind"] == finding.kind
        assert finding.reason in parsed.texts[f"f-{finding.id}"]
        for claim in finding.claims:
            assert claim.text in parsed.texts[f"f-{finding.id}"], claim.quote


def test_each_quote_link_lands_on_its_value_in_the_full_text():
    result, parsed = page()
    targets = [target for target, css in parsed.links if "quote-link" in css]
    claims = [c for f in result.findings for c in f.claims]
    assert len(targets) == len(claims)
    for target, claim in zip(targets, claims):
        assert parsed.texts[target] == claim.text, claim.quote
        assert f"src-{target.split('-')[0]}" in parsed.attrs  # inside that source's full text


def test_the_value_is_highlighted_inside_its_sentence():
    html = render(sample_result(), "html")
    assert re.search(r"By the time Llama 3 models were released in April and "
                     r'<mark class="hl m-conflict">July 2024</mark>, Llama had', html)


def test_timeline_marks_the_conflicting_dates():
    result, parsed = page()
    html = render(result, "html")
    dated = [f for f in result.findings if (f.verdict, f.kind) == ("conflict", "date")]
    conflicting = [c for f in dated for c in f.claims]
    assert len(re.findall(r'class="mark t-conflict', html)) == len(conflicting)
    assert len(re.findall(r'class="mark t-compatible', html)) == 2
    assert re.search(r'<text class="tick-label"[^>]*>2023</text>', html)


def test_filters_offer_every_kind_and_source():
    result, parsed = page()
    html = render(result, "html")
    for source in result.sources:
        assert f">{source.id}</option>" in html
    for kind in ("date", "entity", "figure"):
        assert f'<option value="{kind}">{kind}</option>' in html


def test_a_waived_finding_starts_accepted():
    first = sample_result().findings[0].id
    _, parsed = page(waived=[first])
    assert parsed.attrs[f"f-{first}"]["data-waived"] == "true"


def test_output_is_byte_identical_across_runs():
    assert render(sample_result(), "html") == render(sample_result(), "html")


def test_a_run_without_findings_or_dates_still_renders():
    result = sample_result()
    empty = dataclasses.replace(result, claims=(), findings=())
    html = render(empty, "html")
    assert "No finding: no two sources make claims about the same thing." in html
    assert "<svg" not in html and 'id="src-s0"' in html


def test_conflicting_dates_are_drawn_over_the_others():
    html = render(sample_result(), "html")
    row = html[html.index('>fortune</text>'):]
    row = row[:row.index("</g>")]
    layers = re.findall(r'class="mark t-(\w+)', row)
    assert layers == sorted(layers, key=["plain", "agreement", "compatible", "conflict"].index), layers
