"""The Dask engine against the local engine: one line per corpus and engine.

    python -m benchmarks.dask_cluster DIR [DIR ...] [--workers 2]

Each line times `crosscheck check DIR --format json -o FILE` as a user runs it, in a process
of its own: with the local engine on all cores (`--jobs 0`), and with `--engine dask` against
a LocalCluster of `--workers` single-threaded worker processes that this benchmark starts
before the clock, as a running cluster would be there already. It prints the wall time, the
CPU seconds of the command, of the workers and of the scheduler (which runs in this process),
the command's peak memory (max RSS: for dask, the client's), the workers' peak, the load
average of the machine around the run (the machine may be shared: compare lines run in the
same minutes), and whether the two JSON reports are the same bytes.

`on_engine` is what `benchmarks.speed --engine dask` runs on.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import replace

ENGINES = ("local", "dask")


@contextmanager
def on_engine(engine: str, config, workers: int = 2):
    """Yield `config` set to run on `engine`: for dask, on a LocalCluster of `workers` processes."""
    if engine == "local":
        yield config
        return
    from crosscheck.engines.dask_engine import local_cluster

    # The cluster the engine starts when given no scheduler, started here before the clock.
    with local_cluster(workers) as cluster:
        yield replace(config, engine="dask", scheduler=cluster.scheduler_address)


def run_check(folder: str, options: list, report: str) -> dict:
    """Run `crosscheck check` on `folder` in a new process; return its wall and CPU time and peak."""
    command = [sys.executable, "-m", "crosscheck", "check", folder, "--format", "json", "-o", report,
               "--isolated", "--no-cache", *options]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    # wait4: the command's own usage with that of the processes it waited for (a pool's).
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    with open(report, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()[:12]
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss / 1024,
            "load": (load, os.getloadavg()[0]), "sha": digest}


def on_cluster(folder: str, workers: int, report: str) -> dict:
    """Time `--engine dask` on `folder` against a LocalCluster started before the clock."""
    from distributed import Client

    from crosscheck.engines.dask_engine import local_cluster

    with local_cluster(workers) as cluster, Client(cluster, set_as_default=False) as client:
        client.run(_import_crosscheck)  # a running cluster has imported it for an earlier run
        before, scheduler = client.run(_usage), _own_cpu()
        found = run_check(folder, ["--engine", "dask", "--scheduler", cluster.scheduler_address], report)
        after, scheduler = client.run(_usage), _own_cpu() - scheduler
    found["workers_cpu"] = sum(after[w][0] - before[w][0] for w in after)
    found["workers_peak"] = max(usage[1] for usage in after.values())
    found["scheduler_cpu"] = scheduler
    return found


def _import_crosscheck() -> None:
    import crosscheck.pipeline  # noqa: F401


def _usage() -> tuple:
    times, usage = os.times(), resource.getrusage(resource.RUSAGE_SELF)
    return times.user + times.system, usage.ru_maxrss / 1024


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


def describe(engine: str, folder: str, found: dict) -> str:
    """Return one benchmark line."""
    files = [os.path.join(root, name) for root, _, names in os.walk(folder) for name in names]
    megabytes = sum(os.path.getsize(path) for path in files) / 1e6
    cpu = f"{found['cpu']:.1f}"
    if engine == "dask":
        total = found["cpu"] + found["workers_cpu"] + found["scheduler_cpu"]
        cpu = (f"{total:.1f} (client {found['cpu']:.1f}, workers {found['workers_cpu']:.1f}, "
               f"scheduler {found['scheduler_cpu']:.1f})")
    workers = f", workers' peak {found['workers_peak']:.0f} MiB" if engine == "dask" else ""
    return (f"{len(files):>6,} docs {megabytes:5.1f} MB  {engine:<5} {found['wall']:7.1f} s wall, "
            f"CPU {cpu} s, peak {found['peak']:.0f} MiB{workers}; "
            f"load {found['load'][0]:.1f}->{found['load'][1]:.1f}; report {found['sha']}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", help="corpora to check (only read)")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--engines", default="local,dask", help="which engines, in this order")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        for folder in args.folders:
            digests = set()
            for engine in args.engines.split(","):
                report = os.path.join(scratch, f"{engine}.json")
                if engine == "local":
                    found = run_check(folder, ["--jobs", "0"], report)
                else:
                    found = on_cluster(folder, args.workers, report)
                digests.add(found["sha"])
                print(describe(engine, folder, found), flush=True)
            print(f"  the reports are {'the same bytes' if len(digests) == 1 else 'DIFFERENT'}", flush=True)


if __name__ == "__main__":
    main()
