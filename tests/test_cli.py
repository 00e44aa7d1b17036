"""The command line: help everywhere, formats, --html, --claims-out, baselines, config precedence."""
import importlib.util
import json

import pytest
from runner import REPO, run_cli

from crosscheck.cli import cli
from crosscheck.report import REPORTERS

DOCS = {
    # egoistai-zuckerberg-ai-pivot
    "egoistai.txt": "Meta's open models\n\n• Llama 2 (July 2023): This was the game-changer.\n"
                    "• Llama 3 (April 2024): The latest iteration significantly raised the bar.\n",
    # fortune-2024-11-19
    "fortune.txt": "On July 18, 2023, Meta released Llama 2 “free for research and commercial use.”\n"
                   "By the time Llama 3 models were released in April and July 2024, Llama had mostly caught "
                   "up to its closed-source rivals in speed and accuracy.\n",
}


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args):
    return run_cli(*args, catch_exceptions=False)


def walk(group):
    for name, command in group.commands.items():
        yield name, command


@pytest.mark.parametrize("name, command", list(walk(cli)))
def test_every_command_and_option_has_help(name, command):
    assert command.help, f"crosscheck {name} has no help"
    for param in command.params:
        if param.param_type_name == "option":
            assert param.help, f"crosscheck {name} {param.opts[0]} has no help"


@pytest.mark.parametrize("format_", sorted(REPORTERS))
def test_every_format_reports_the_conflict_and_exits_1(docs, format_):
    outcome = run("check", docs, "--format", format_, "--isolated")
    assert outcome.exit_code == 1, outcome.output
    assert "Llama 3" in outcome.output


def test_html_is_written_beside_the_chosen_format(docs, tmp_path):
    outcome = run("check", docs, "--format", "json", "--html", tmp_path / "out" / "report.html")
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert json.loads(outcome.output)["summary"]["conflict"] == 1
    assert '"verdict":"conflict"' in html and "released in April and" in html


def test_baseline_command_then_check_exits_0(docs, tmp_path):
    baseline = tmp_path / "baseline.json"
    made = run("baseline", docs, "-o", baseline)
    assert made.exit_code == 0, made.output
    accepted = json.loads(baseline.read_text(encoding="utf-8"))["accepted"]
    assert [e["verdict"] for e in accepted] == ["conflict"]
    assert run("check", docs, "--baseline", baseline).exit_code == 0
    # the compatible date was not accepted, so a stricter level still fails
    assert run("check", docs, "--baseline", baseline, "--fail-on", "compatible").exit_code == 1


def test_baseline_command_keeps_the_notes_already_written(docs, tmp_path):
    baseline = tmp_path / "baseline.json"
    run("baseline", docs, "-o", baseline)
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["accepted"][0]["note"] = "Fortune counts the 3.1 release"
    baseline.write_text(json.dumps(data), encoding="utf-8")
    run("baseline", docs, "-o", baseline)
    kept = json.loads(baseline.read_text(encoding="utf-8"))["accepted"][0]["note"]
    assert kept == "Fortune counts the 3.1 release"


def test_a_broken_baseline_exits_2_with_its_name(docs, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    outcome = run("check", docs, "--baseline", bad)
    assert outcome.exit_code == 2 and "bad.json" in outcome.stderr


def test_setup_cfg_sets_the_level_and_flags_win(docs, tmp_path):
    config = tmp_path / "setup.cfg"
    config.write_text(f"[crosscheck]\npaths = {docs}\nfail_on = never\n", encoding="utf-8")
    assert run("check", "--config", config).exit_code == 0
    assert run("check", "--config", config, "--fail-on", "conflict").exit_code == 1


def test_setup_cfg_baseline_path_is_used_by_both_commands(docs, tmp_path):
    baseline = tmp_path / "accepted.json"
    config = tmp_path / "setup.cfg"
    config.write_text(f"[crosscheck]\npaths = {docs}\nbaseline = {baseline}\n", encoding="utf-8")
    assert run("baseline", "--config", config).exit_code == 0 and baseline.exists()
    assert run("check", "--config", config).exit_code == 0


def test_claims_out_csv_has_one_row_per_claim(docs, tmp_path):
    pandas = pytest.importorskip("pandas")
    table = tmp_path / "claims.csv"
    report = json.loads(run("check", docs, "--format", "json", "--claims-out", table).output)
    frame = pandas.read_csv(table)
    assert len(frame) == sum(s["claims"] for s in report["sources"])
    row = frame[frame["text"] == "July 18, 2023"].iloc[0]
    assert json.loads(row["value"]) == {"start": "2023-07-18", "end": "2023-07-18", "granularity": "day"}


def test_claims_out_parquet(docs, tmp_path):
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    table = tmp_path / "claims.parquet"
    assert run("check", docs, "--claims-out", table).exit_code == 1
    assert "July 18, 2023" in set(pandas.read_parquet(table)["text"])


def test_parquet_without_pyarrow_is_a_clear_usage_error(docs, tmp_path, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pyarrow" else real(name, *a))
    outcome = run("check", docs, "--claims-out", tmp_path / "claims.parquet")
    assert outcome.exit_code == 2 and "pip install 'crosscheck-claims[parquet]'" in outcome.stderr


def test_an_unknown_table_suffix_exits_2_before_any_work(docs, tmp_path):
    outcome = run("check", docs, "--claims-out", tmp_path / "claims.xlsx")
    assert outcome.exit_code == 2 and ".csv or .parquet" in outcome.stderr


def test_ci_installs_the_browser_before_running_the_tests():
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    lines = script.strip().splitlines()
    assert lines[-1] == ("python3 -m venv .venv && . .venv/bin/activate && pip install -q -e '.[test]' "
                         "&& pytest -q")
    assert "apt-get install" in script and "chromium" in script
    assert script.index("apt-get install") < script.index(lines[-1])


def test_the_cli_names_every_report_format_and_the_text_limit_it_documents():
    from crosscheck import cli as cli_module
    from crosscheck.report import text

    assert set(cli_module.FORMATS) == set(REPORTERS)
    assert cli_module.FULL_LIMIT == text.FULL_LIMIT


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["check", "--help"], ["config"]])
def test_version_and_help_load_neither_the_pipeline_nor_pandas(args):
    import subprocess
    import sys

    probe = ("import sys\nfrom crosscheck.cli import main\nsys.argv = ['crosscheck'] + sys.argv[1:]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "heavy = [m for m in ('crosscheck.pipeline', 'crosscheck.extract', 'crosscheck.report', 'pandas',"
             " 'dateparser', 'jinja2') if m in sys.modules]\nprint('HEAVY', heavy, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120)
    assert "HEAVY []" in done.stderr, done.stderr


def test_a_json_check_of_text_files_imports_only_what_it_uses(docs):
    # Seven report formats, a process pool, YAML front matter and encoding detection are each
    # imported by the run that needs them; this one needs none.
    import subprocess
    import sys

    probe = ("import sys\nfrom crosscheck.cli import main\nsys.argv = ['crosscheck'] + sys.argv[1:]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "unused = [m for m in ('crosscheck.report.html', 'crosscheck.report.junit', 'crosscheck.report.sarif', "
             "'jinja2', 'xml.etree.ElementTree', 'multiprocessing', 'concurrent.futures', 'yaml', "
             "'charset_normalizer') if m in sys.modules]\nprint('UNUSED', unused, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", probe, "check", str(docs), "--format", "json", "--isolated",
                           "--no-cache", "-j", "1"], capture_output=True, text=True, timeout=300)
    assert '"verdict": "conflict"' in done.stdout
    assert "UNUSED []" in done.stderr, done.stderr


def test_front_matter_is_metadata_not_claims(tmp_path):
    # PAC train, washington-times 2017-12-12: the title's "$300 billion" is the source's title,
    # not a claim; the same figure in the body is one.
    path = tmp_path / "washington-times.md"
    path.write_text("---\ntitle: Treasury report says tax-cut plan will more than pay for itself, add $300 billion "
                    "in revenue\noutlet: Washington Times\npublished: 2017-12-12\n---\n\nThe Treasury Department said "
                    "Monday that the plan would pay for itself, boosting revenue by $300 billion over 10 years.\n",
                    encoding="utf-8")
    result = run("extract", path, "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    body = path.read_text(encoding="utf-8").index("The Treasury")
    assert [r["text"] for r in records if r["text"] == "$300 billion"] == ["$300 billion"]
    assert all(r["start"] >= body for r in records)
