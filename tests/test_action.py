"""The composite GitHub Action, run as far as it can be without GitHub: its steps as bash scripts
on a fixture repository, with the environment the runner gives them."""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from runner import REPO

ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
BASH = shutil.which("bash")
CROSSCHECK = shutil.which("crosscheck", path=os.path.dirname(sys.executable))

DOCS = {
    # egoistai-zuckerberg-ai-pivot
    "egoistai.md": "• Llama 3 (April 2024): The latest iteration significantly raised the bar.\n",
    # fortune-2024-11-19
    "fortune.md": "By the time Llama 3 models were released in April and July 2024, Llama had mostly caught up "
                  "to its closed-source rivals in speed and accuracy.\n",
}

pytestmark = pytest.mark.skipif(not (BASH and CROSSCHECK), reason="needs bash and the crosscheck command")


@pytest.fixture
def fixture_repo(tmp_path):
    """A documentation repository with two conflicting documents and its settings in pyproject.toml."""
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / ".git").mkdir()
    for name, text in DOCS.items():
        (repo / "docs" / name).write_text(text, encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.crosscheck]\npaths = ["docs"]\n', encoding="utf-8")
    return repo


def inputs(given):
    defaults = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    return dict(defaults, **given)


def run_step(step, repo, given=None):
    """Run one `run:` step as the runner does: bash -eo pipefail, inputs through its env."""
    values = inputs(given or {})
    env = {key: re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: values[m.group(1)], str(value))
           for key, value in step.get("env", {}).items()}
    runner = repo.parent / "runner"
    runner.mkdir(exist_ok=True)
    files = {name: runner / f"{name.lower()}.txt" for name in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY")}
    for path in files.values():
        path.write_text("", encoding="utf-8")
    env.update({name: str(path) for name, path in files.items()}, GITHUB_ACTION_PATH=str(REPO),
               PATH=os.path.dirname(CROSSCHECK) + os.pathsep + os.environ.get("PATH", ""),
               HOME=os.environ.get("HOME", str(runner)))
    script = runner / f"{step['id']}.sh"
    script.write_text(step["run"], encoding="utf-8")
    done = subprocess.run([BASH, "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)
    return done, {name: path.read_text(encoding="utf-8") for name, path in files.items()}


def step(step_id):
    return next(s for s in ACTION["runs"]["steps"] if s["id"] == step_id)


def test_the_action_installs_itself_runs_the_check_and_uploads_sarif():
    assert ACTION["runs"]["using"] == "composite"
    assert '"$GITHUB_ACTION_PATH"' in step("install")["run"]  # the action's own version of crosscheck
    upload = step("upload")
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif }}" and "always()" in upload["if"]


def test_the_check_step_fails_on_a_conflict_then_passes_with_a_baseline(fixture_repo):
    done, files = run_step(step("check"), fixture_repo)
    assert done.returncode == 1, done.stderr
    assert files["GITHUB_OUTPUT"] == "exit-code=1\n"
    assert re.search(r"^::error file=docs/egoistai.md,line=1,title=crosscheck conflict", done.stdout, re.M)
    assert "**1 conflict**" in files["GITHUB_STEP_SUMMARY"]
    sarif = json.loads((fixture_repo / "crosscheck.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["date-conflict"]

    accepted = subprocess.run([CROSSCHECK, "baseline"], cwd=fixture_repo, capture_output=True, text=True)
    assert accepted.returncode == 0 and (fixture_repo / "crosscheck-baseline.json").exists()
    done, files = run_step(step("check"), fixture_repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert files["GITHUB_OUTPUT"] == "exit-code=0\n"
    assert re.search(r"^::notice file=docs/egoistai.md", done.stdout, re.M)


def test_inputs_are_data_not_script(fixture_repo):
    done, files = run_step(step("check"), fixture_repo, {"paths": "docs/$(touch pwned)", "fail-on": "never"})
    assert not (fixture_repo / "pwned").exists()
    assert done.returncode == 2 and files["GITHUB_OUTPUT"] == "exit-code=2\n"


def test_docs_ci_uses_the_action_with_its_inputs():
    ci = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(re.search(r"```yaml\n(name: crosscheck\n.*?)```", ci, re.DOTALL).group(1))
    steps = workflow["jobs"]["crosscheck"]["steps"]
    ours = [s for s in steps if "/crosscheck@" in str(s.get("uses", ""))]
    assert ours, steps
    assert set(ours[0].get("with", {})) <= set(ACTION["inputs"])
    assert workflow["permissions"]["security-events"] == "write"


def test_the_pre_commit_hook_prints_the_short_report():
    hooks = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["crosscheck"]["entry"].split() == ["crosscheck", "check", "--concise"]
    assert hooks["crosscheck"]["pass_filenames"] is False
