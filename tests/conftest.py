import os

import pytest
from runner import REPO


@pytest.fixture
def corpus(tmp_path):
    """Return a function that writes {file name: text} into a fresh folder and returns its path."""

    def write(files, manifest=None):
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            with open(folder / name, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)  # newline="" keeps "\r\n" as written, as a user's file has it
        if manifest:
            (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
        return str(folder)

    return write


@pytest.fixture(autouse=True, scope="session")
def _no_user_cache(tmp_path_factory):
    """Keep the claims cache out of the user's cache folder for fixtures of every scope.

    A module- or session-scoped fixture that runs a check is set up before any function-scoped
    fixture; the function-scoped one below then gives each test a cache folder of its own.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("session-cache")))
        yield


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path, tmp_path_factory, monkeypatch):
    """Run every test outside the repo so that its setup.cfg does not leak into results.

    The claims cache goes to a folder of the test's own beside tmp_path (XDG_CACHE_HOME, which
    crosscheck honours on every system and child processes inherit): never the user's, never
    shared by two tests, and never inside a corpus a test writes into tmp_path.
    """
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))
    yield
    os.chdir(REPO)
