"""The HTML review: self-contained, data inert inside its script elements, cards, links and timeline consistent."""
import base64
import dataclasses
import gzip
import json
import re
from html.parser import HTMLParser

from sample_result import sample_result

from crosscheck.report import render


class Page(HTMLParser):
    """Collect the scripts (with their type and text), external references and element ids."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.scripts, self.external, self.ids, self._script = [], [], {}, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "xlink:href"):
            if re.match(r"(?i)\s*(https?:|//)", attrs.get(name) or ""):
                self.external.append(attrs[name])
        if "id" in attrs:
            self.ids[attrs["id"]] = attrs
        if tag == "script":
            self._script = [attrs.get("type", ""), attrs.get("id", ""), ""]
            self.scripts.append(self._script)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[2] += data

    def data(self, name):
        return json.loads(next(text for _, id_, text in self.scripts if id_ == name))


def page(**kwargs):
    result = sample_result(**kwargs)
    return result, Page(render(result, "html"))


def source_text(parsed, dom):
    """Unpack one source's text and highlights as the page's script does."""
    return json.loads(gzip.decompress(base64.b64decode(parsed.data("review-texts")[dom])))


def test_page_is_self_contained_and_runs_one_script():
    html = render(sample_result(), "html")
    parsed = Page(html)
    assert parsed.external == [] and "<link" not in html and "@import" not in html
    assert [kind for kind, _, _ in parsed.scripts] == ["application/json", "application/json", ""]


def test_markup_in_a_source_cannot_end_its_data_element():
    html = render(sample_result(hostile=True), "html")
    assert "<script>alert(1)</script>" not in html and "<b>Open</b>" not in html
    parsed = Page(html)
    assert len(parsed.scripts) == 3  # the source's </script> did not close one early
    quotes = [q for f in parsed.data("review-data")["findings"] for q in f["quotes"]]
    assert any(q["value"] == "Fair & <b>Open</b> Research" for q in quotes)  # as text, for textContent
    hostile = next(s["dom"] for s in parsed.data("review-data")["sources"] if s["id"] == "hostile")
    assert "An <script>alert(1)</script> | **bold**" in source_text(parsed, hostile)["text"]


def test_every_finding_has_its_verdict_values_and_quotes_in_page_order():
    result, parsed = page()
    data = parsed.data("review-data")
    assert [f["verdict"] for f in data["findings"]] == ["conflict", "conflict", "compatible", "agreement"]
    by_id = {f["id"]: f for f in data["findings"]}
    for finding in result.findings:
        shown = by_id[finding.id]
        assert shown["reason"] == finding.reason and shown["kind"] == finding.kind
        assert [q["value"] for q in shown["quotes"]] == [c.text for c in finding.claims]


def test_each_quote_link_lands_on_its_value_in_the_source_text():
    result, parsed = page()
    data = parsed.data("review-data")
    for finding in data["findings"]:
        for quote in finding["quotes"]:
            source = data["sources"][quote["s"]]
            packed = source_text(parsed, source["dom"])
            mark = next(m for m in packed["marks"] if m[3] == quote["at"])
            assert packed["text"][mark[0]:mark[1]] == quote["value"], quote


def test_the_value_is_cut_out_of_its_sentence():
    _, parsed = page()
    quotes = [q for f in parsed.data("review-data")["findings"] for q in f["quotes"]]
    july = next(q for q in quotes if q["value"] == "July 2024")
    assert july["before"].endswith("By the time Llama 3 models were released in April and ")
    assert july["after"].startswith(", Llama had mostly caught up")


def test_timeline_has_a_row_per_date_finding_conflicts_first_vague_values_faint():
    result, parsed = page()
    data = parsed.data("review-data")
    rows = data["timeline"]["rows"]
    assert [data["findings"][r["f"]]["verdict"] for r in rows] == ["conflict", "compatible"]
    grades = {m["label"]: m["grade"] for r in rows for m in r["marks"]}
    assert grades == {"egoistai: April 2024": "plain", "fortune: April 2024": "plain",
                      "fortune: July 2024": "plain", "egoistai: July 2023": "plain",
                      "fortune: July 18, 2023": "sharp"}
    assert [t["label"] for t in data["timeline"]["ticks"]] == ["2023", "2024"]


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
    assert [f["waived"] for f in parsed.data("review-data")["findings"] if f["id"] == first] == [True]


def test_output_is_byte_identical_across_runs():
    assert render(sample_result(), "html") == render(sample_result(), "html")


def test_a_run_without_findings_or_dates_still_renders():
    result = sample_result()
    empty = dataclasses.replace(result, claims=(), findings=())
    parsed = Page(render(empty, "html"))
    assert parsed.data("review-data")["findings"] == [] and parsed.data("review-data")["timeline"] is None
    assert "timeline-panel" not in parsed.ids and "no-findings" in parsed.ids


def test_each_source_row_has_a_bar_of_how_its_claims_stand():
    html = render(sample_result(), "html")
    row = html[html.index('data-source="s0"'):]
    row = row[:row.index("</tr>")]
    # egoistai: "April 2024" and "Facebook AI Research" conflict, "July 2023" is compatible
    assert re.findall(r'class="s-(\w+)" style="width:([\d.]+)%"', row) == \
        [("conflict", "66.67"), ("compatible", "33.33")]


def test_claims_no_other_source_makes_are_listed_as_stated_by_one_source_only():
    result = sample_result()
    text = result.sources[0].text  # egoistai: "…a powerhouse in academic AI for years."
    start = text.index("years")
    lone = dataclasses.replace(result.claims[0], start=start, end=start + 5, text="years",
                               line=text[:start].count("\n") + 1)
    parsed = Page(render(dataclasses.replace(result, claims=result.claims + (lone,)), "html"))
    data = parsed.data("review-data")
    assert [(data["sources"][row[0]]["id"], row[1]) for row in data["alone"]] == [("egoistai", 5)]
    packed = source_text(parsed, data["sources"][0]["dom"])
    mark = next(m for m in packed["marks"] if m[3] == data["alone"][0][5])
    assert packed["text"][mark[0]:mark[1]] == "years" and mark[2] == "single_source"


def test_a_source_that_could_not_be_read_is_named_above_the_findings():
    result = sample_result()
    broken = dataclasses.replace(result.sources[0], errors=("PDF has no text layer (scanned pages need OCR first)",))
    html = render(dataclasses.replace(result, sources=(broken,) + result.sources[1:]), "html")
    banner = html[html.index('class="panel troubled"'):html.index('class="panel findings-panel"')]
    assert "1 source could not be fully read" in banner
    assert "<code>docs/egoistai.txt</code>: PDF has no text layer" in banner
