"""Settings read as linters read theirs: every documented block, the walk-up, clear errors."""
import os
import re

import pytest
from runner import REPO, run_cli

from crosscheck import cli as cli_module
from crosscheck.config import Config, ConfigError, load_settings

DOCS = {name: (REPO / name).read_text(encoding="utf-8") for name in ("README.md", "docs/ci.md")}


def blocks(language):
    """Every fenced block of `language` in the README and docs/ci.md, with where it is from."""
    return [(name, block) for name, text in DOCS.items()
            for block in re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)]


def settings_file(folder, name, block):
    """Write a documented block verbatim into a file of the kind `name`, beside other tools' sections."""
    before = {"setup.cfg": "[metadata]\nname = demo\n\n", "tox.ini": "[tox]\nenvlist = py3\n\n",
              "pyproject.toml": '[build-system]\nrequires = ["setuptools"]\n\n'}[name]
    path = folder / name
    path.write_text(before + block + "\n[flake8]\nmax-line-length = 110\n" * name.endswith(("cfg", "ini")),
                    encoding="utf-8")
    return path


DOCUMENTED = ([(doc, name, block) for doc, block in blocks("ini") for name in ("setup.cfg", "tox.ini")]
              + [(doc, "pyproject.toml", block) for doc, block in blocks("toml")])


def test_the_docs_show_settings_for_every_supported_file():
    assert {doc for doc, _, _ in DOCUMENTED} == set(DOCS)
    assert {name for _, name, _ in DOCUMENTED} == {"setup.cfg", "tox.ini", "pyproject.toml"}


@pytest.mark.parametrize("doc, name, block", DOCUMENTED)
def test_documented_settings_parse_verbatim_from_every_file(tmp_path, doc, name, block):
    path = settings_file(tmp_path, name, block)
    settings = load_settings(str(path))
    written = dict(re.findall(r"^(\w+) = (.*?)(?:\s+[;#].*)?$", block, re.MULTILINE))
    config = settings.config
    assert config.fail_on == "conflict"  # the comment after it is not part of the value
    assert config.align_threshold == 60.0
    assert config.baseline == "crosscheck-baseline.json"
    assert config.paths == (written["paths"].strip('[]"'),)
    for key in written:
        assert settings.origins[key].startswith(name), (key, settings.origins[key])


def test_ini_values_are_not_interpolated_and_keep_no_comment(tmp_path):
    (tmp_path / "setup.cfg").write_text(
        "[crosscheck]\nscheduler = tcp://host:8786  ; 100% of the cluster\nextractors = dates, figures # two\n",
        encoding="utf-8")
    config = load_settings(str(tmp_path / "setup.cfg")).config
    assert config.scheduler == "tcp://host:8786"
    assert config.extractors == ("dates", "figures")


def test_the_config_is_found_walking_up_and_its_paths_are_relative_to_it(tmp_path):
    project = tmp_path / "project"
    deeper = project / "chapters" / "draft"
    deeper.mkdir(parents=True)
    (project / "setup.cfg").write_text("[crosscheck]\npaths = docs\nbaseline = ci/accepted.json\n",
                                       encoding="utf-8")
    os.chdir(deeper)
    settings = load_settings()
    assert settings.file == str(project / "setup.cfg")
    assert settings.config.paths == (os.path.join("..", "..", "docs"),)
    assert settings.config.baseline == os.path.join("..", "..", "ci", "accepted.json")


def test_the_walk_up_takes_the_first_file_with_a_crosscheck_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n", encoding="utf-8")
    (tmp_path / "tox.ini").write_text("[crosscheck]\nfail_on = never\n", encoding="utf-8")
    settings = load_settings(start=str(tmp_path))
    assert settings.file == str(tmp_path / "tox.ini") and settings.config.fail_on == "never"
    (tmp_path / "pyproject.toml").write_text('[tool.crosscheck]\nfail_on = "compatible"\n', encoding="utf-8")
    assert load_settings(start=str(tmp_path)).config.fail_on == "compatible"


def test_the_walk_up_stops_at_the_repository_root(tmp_path):
    (tmp_path / "setup.cfg").write_text("[crosscheck]\nfail_on = never\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "sub").mkdir()
    settings = load_settings(start=str(repo / "sub"))
    assert settings.file is None and settings.config == Config()


@pytest.mark.parametrize("name, content, message", [
    ("setup.cfg", "[crosscheck]\nalign_threshold = 1000\n",
     "setup.cfg: [crosscheck] align_threshold = '1000': must be a number from 0 to 100"),
    ("setup.cfg", "[crosscheck]\nalign_threshold = nan\n", "align_threshold = 'nan': must be a number"),
    ("setup.cfg", "[crosscheck]\nalign_threshold = inf\n", "align_threshold = 'inf': must be a number"),
    ("setup.cfg", "[crosscheck]\nfigure_tolerance = -0.01\n",
     "[crosscheck] figure_tolerance = '-0.01': must be a number from 0 to 1"),
    ("tox.ini", "[crosscheck]\nhedge_tolerance = -1\n", "tox.ini: [crosscheck] hedge_tolerance = '-1'"),
    ("setup.cfg", "[crosscheck]\nfail_on = conflicts  # the doc's comment\n",
     "fail_on = 'conflicts': must be one of conflict, compatible, never"),
    ("setup.cfg", "[crosscheck]\nfail-on = sometimes\n", "[crosscheck] fail-on = 'sometimes'"),
    ("setup.cfg", "[crosscheck]\nthreshold = 50\n", "[crosscheck] threshold: unknown setting"),
    ("setup.cfg", "[crosscheck]\npaths =\n", "paths = '': must name at least one"),
    ("setup.cfg", "[crosscheck\npaths = docs\n", "setup.cfg: not a valid INI file"),
    ("pyproject.toml", "[tool.crosscheck]\njobs = \"two\"\n",
     "pyproject.toml: [tool.crosscheck] jobs = 'two': must be a whole number"),
    ("pyproject.toml", "[tool.crosscheck]\npaths = 3\n", "[tool.crosscheck] paths = 3: must be a list"),
    ("pyproject.toml", "[tool.crosscheck]\nhedge_tolerance = -0.5\n", "hedge_tolerance = -0.5: must be"),
    ("pyproject.toml", "[tool.crosscheck\n", "pyproject.toml: not valid TOML"),
])
def test_a_bad_value_names_the_file_the_key_and_the_value(tmp_path, name, content, message):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(str(tmp_path / name))
    assert message in str(error.value)
    outcome = run_cli("check", tmp_path, "--config", tmp_path / name)
    assert outcome.exit_code == 2 and message in outcome.stderr
    assert "Traceback" not in outcome.output + outcome.stderr


def test_a_non_utf8_config_is_named_with_the_byte(tmp_path):
    (tmp_path / "setup.cfg").write_bytes("[crosscheck]\n; café\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"setup.cfg: not UTF-8 text \(byte 0xe9"):
        load_settings(str(tmp_path / "setup.cfg"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_config_is_refused_without_reading_it(tmp_path):
    os.mkfifo(tmp_path / "setup.cfg")
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(str(tmp_path / "setup.cfg"))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_config_is_refused():
    outcome = run_cli("check", "--config", "/dev/zero")
    assert outcome.exit_code == 2 and "/dev/zero: not a regular file" in outcome.stderr


def test_a_huge_config_is_refused(tmp_path):
    (tmp_path / "setup.cfg").write_text("[crosscheck]\n" + "; padding\n" * 200_000, encoding="utf-8")
    with pytest.raises(ConfigError, match="too large for a config file"):
        load_settings(str(tmp_path / "setup.cfg"))


def test_a_missing_config_file_is_a_usage_error(tmp_path):
    outcome = run_cli("check", tmp_path, "--config", tmp_path / "nope.cfg")
    assert outcome.exit_code == 2 and "nope.cfg: no such config file" in outcome.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "1000", "-1"])
def test_the_threshold_flag_is_held_to_its_range(tmp_path, value):
    outcome = run_cli("check", tmp_path, "--isolated", "--threshold", value)
    assert outcome.exit_code == 2 and "must be a number from 0 to 100" in outcome.stderr


def test_config_command_shows_each_setting_and_where_it_came_from(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.crosscheck]\nfail_on = "compatible"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    os.chdir(tmp_path / "sub")
    lines = run_cli("config").stdout.splitlines()
    assert lines[0] == "# config file: ../pyproject.toml".replace("/", os.sep)
    assert "fail_on = compatible  # ../pyproject.toml [tool.crosscheck]".replace("/", os.sep) in lines
    assert "align_threshold = 60  # default" in lines


def test_an_uncaught_exception_exits_2_with_one_line_and_no_traceback(monkeypatch, capsys, tmp_path):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug in a stage")

    monkeypatch.setattr("crosscheck.pipeline.check", broken)
    monkeypatch.setattr("sys.argv", ["crosscheck", "check", str(tmp_path), "--isolated"])
    with pytest.raises(SystemExit) as done:
        cli_module.main()
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert "internal error" in err and "RuntimeError: a bug in a stage" in err and "Traceback" not in err


def test_an_unknown_extractor_in_a_config_file_names_the_file(tmp_path):
    (tmp_path / "tox.ini").write_text("[crosscheck]\nextractors = dates, figure  ; typo\n", encoding="utf-8")
    outcome = run_cli("check", tmp_path, "--config", tmp_path / "tox.ini")
    assert outcome.exit_code == 2
    assert "tox.ini [crosscheck] extractors = 'dates, figure': unknown extractor(s): figure" in outcome.stderr
