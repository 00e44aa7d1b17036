"""The Dask engine, on a LocalCluster, gives the same findings as the local engine."""
import json
import pathlib

import pytest
from runner import cli_runner

from crosscheck.align import align
from crosscheck.config import Config
from crosscheck.pipeline import check
from crosscheck.report import render

distributed = pytest.importorskip("distributed")

from crosscheck.align import blocks  # noqa: E402
from crosscheck.engines.dask_engine import DaskEngine  # noqa: E402

ARTICLES = [str(pathlib.Path(__file__).resolve().parent.parent / "sources")]  # the five sample articles


@pytest.fixture(scope="module")
def scheduler():
    # processes=False: workers are threads of this process, so the cluster starts in ~1 s.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_dask_engine_gives_the_local_findings(scheduler):
    local = check(ARTICLES, Config(engine="local", jobs=1))
    remote = check(ARTICLES, Config(engine="dask", scheduler=scheduler))
    assert local.claims == remote.claims
    assert render(local, "json") == render(remote, "json")
    assert json.loads(render(remote, "json"))["summary"]["conflict"] >= 1


def test_alignment_per_block_equals_alignment_of_all_claims(scheduler):
    claims = check(ARTICLES, Config(jobs=1)).claims
    assert len(blocks(claims)) > 3, "the articles should give several (kind, unit) blocks"
    with DaskEngine(scheduler) as engine:
        assert engine.align(claims, 60.0) == align(claims, threshold=60.0)


def test_cli_engine_options_reach_the_cluster(scheduler):
    from crosscheck.cli import cli

    def run(*options):
        arguments = ["check", *ARTICLES, "--format", "json", "--isolated", *options]
        return cli_runner().invoke(cli, arguments)

    remote, local = run("--engine", "dask", "--scheduler", scheduler), run("--jobs", "1")
    assert remote.exit_code == local.exit_code and local.exit_code in (0, 1), remote.output
    assert remote.stdout == local.stdout
