"""The Dask engine, on a LocalCluster of two workers, gives the local engine's report byte for byte."""
import json
import pathlib

import pytest
from runner import cli_runner

from benchmarks import corpus
from crosscheck.align import align, keys_of
from crosscheck.config import Config
from crosscheck.pipeline import check
from crosscheck.report import render

distributed = pytest.importorskip("distributed")

from crosscheck.align import blocks  # noqa: E402
from crosscheck.engines.dask_engine import DaskEngine, block_of  # noqa: E402

ARTICLES = [str(pathlib.Path(__file__).resolve().parent.parent / "sources")]  # the five sample articles
FORMATS = ("json", "text", "markdown", "sarif", "junit", "github")


@pytest.fixture(scope="module")
def scheduler():
    # processes=False: the two workers are threads of this process, so the cluster starts in ~1 s.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    # Many sources stating the same facts, a few deviating: blocks of every kind, and more
    # sources than one extraction partition holds.
    folder = tmp_path_factory.mktemp("many")
    corpus.build(str(folder), 90, size=1500, shape="many")
    return [str(folder)]


def _same_reports(paths, scheduler):
    local = check(paths, Config(engine="local", jobs=1, cache="off"))
    remote = check(paths, Config(engine="dask", scheduler=scheduler, cache="off"), keep_claims=False)
    assert remote.claims == () and remote.claim_count == len(local.claims)
    for format_ in FORMATS:
        assert render(remote, format_) == render(local, format_), format_
    return local, remote


def test_the_cluster_reports_the_sample_articles_as_the_local_engine(scheduler):
    _, remote = _same_reports(ARTICLES, scheduler)
    report = json.loads(render(remote, "json"))
    assert report["summary"]["conflict"] >= 1
    assert sum(source["claims"] for source in report["sources"]) == remote.claim_count


def test_the_cluster_reports_a_generated_corpus_as_the_local_engine(scheduler, generated):
    local, remote = _same_reports(generated, scheduler)
    assert len(local.findings) > 20 and len(blocks(local.claims)) > 3


def test_the_cluster_brings_every_claim_back_when_asked(scheduler):
    local = check(ARTICLES, Config(engine="local", jobs=1, cache="off"))
    remote = check(ARTICLES, Config(engine="dask", scheduler=scheduler, cache="off"))
    assert remote.claims == local.claims and remote.tally is None
    assert render(remote, "html") == render(local, "html")


def test_the_cluster_lets_the_texts_go_where_the_local_engine_does(scheduler):
    # A JSON report quotes the claims, not the texts: the client need not hold them.
    local = check(ARTICLES, Config(engine="local", jobs=1, cache="off"), keep_texts=False)
    remote = check(ARTICLES, Config(engine="dask", scheduler=scheduler, cache="off"),
                   keep_texts=False, keep_claims=False)
    assert remote.sources == local.sources and any(not source.text for source in remote.sources)
    assert render(remote, "json") == render(local, "json")


def test_a_claims_block_on_the_cluster_is_the_block_alignment_makes():
    claims = check(ARTICLES, Config(jobs=1, cache="off")).claims
    found = blocks(claims)
    assert len(found) > 3, "the articles should give several (kind, unit) blocks"
    for key, indices in found.items():
        assert {block_of(claims[i]) for i in indices} == {"/".join(key)}


def test_a_claims_identity_key_depends_on_its_block_alone(generated):
    # What makes aligning each block on its own worker exact: no claim of another block
    # changes a claim's key (its event words, read on demand, are its own sentence's).
    for paths in (ARTICLES, generated):
        claims = check(paths, Config(jobs=1, cache="off")).claims
        whole = keys_of(claims)
        by_block = {}
        for i, claim in enumerate(claims):
            by_block.setdefault(block_of(claim), []).append(i)
        for indices in by_block.values():
            alone = keys_of([claims[i] for i in indices])
            # The event words are read on demand from the claim's own sentence: left out here.
            assert [key._replace(event=None) for key in alone] == [whole[i]._replace(event=None) for i in indices]


def test_alignment_per_block_equals_alignment_of_all_claims(scheduler):
    claims = check(ARTICLES, Config(jobs=1, cache="off")).claims
    with DaskEngine(scheduler) as engine:
        assert engine.align(claims, 60.0) == align(claims, threshold=60.0)


def test_cli_engine_options_reach_the_cluster(scheduler):
    from crosscheck.cli import cli

    def run(*options):
        arguments = ["check", *ARTICLES, "--format", "json", "--isolated", "--no-cache", *options]
        return cli_runner().invoke(cli, arguments)

    remote, local = run("--engine", "dask", "--scheduler", scheduler), run("--jobs", "1")
    assert remote.exit_code == local.exit_code and local.exit_code in (0, 1), remote.output
    assert remote.stdout == local.stdout


def test_cli_extract_runs_on_the_cluster(scheduler):
    from crosscheck.cli import cli

    def run(*options):
        return cli_runner().invoke(cli, ["extract", *ARTICLES, "--isolated", *options])

    remote, local = run("--engine", "dask", "--scheduler", scheduler), run("--jobs", "1")
    assert remote.exit_code == local.exit_code == 0, remote.output
    assert remote.stdout == local.stdout and "2023" in local.stdout


def test_cli_without_a_scheduler_starts_a_local_cluster_of_jobs_workers():
    # No address: the engine starts its own LocalCluster of --jobs worker processes (one here:
    # each process imports crosscheck, seconds on a busy machine) and closes it after the run.
    from crosscheck.cli import cli

    def run(*options):
        arguments = ["check", *ARTICLES, "--format", "json", "--isolated", "--no-cache", "--jobs", "1", *options]
        return cli_runner().invoke(cli, arguments)

    remote, local = run("--engine", "dask"), run()
    assert remote.exit_code == local.exit_code and local.exit_code in (0, 1), remote.output
    assert remote.stdout == local.stdout
