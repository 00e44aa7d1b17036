"""Cost of hostile documents: seconds, peak memory and report size of `crosscheck check` on one
over-long sentence and one over-long line, at growing sizes, to show the cost is linear.

    python -m benchmarks.hostile                  # 1 MB single sentence, 10 MB single line
    python -m benchmarks.hostile --scale 0.25     # the same shapes at a quarter of the size

Each case is two sources (the hostile file and a copy that disagrees on its dates), so that
findings, and their quotes, reach the report. Each check is a fresh process, so its peak memory
(max RSS) and CPU time are its own; the report's size is printed, and the seconds of each stage
(extract: read, extract and build claims; align; compare), so a stage that grows faster than
the input shows.

- sentence: prose with a date or a figure every few words and no full stop, 1 MB (the shape
  of a table or a PDF text layer flattened into one "sentence");
- line: the same prose with full stops but no line break, 10 MB, 25 dates in it;
- percents: "1% " repeated, the attack that took 52 s at 48 KB and 224 s at 96 KB.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

# Words of the sample articles' sentences (fortune-2024-11-19), shuffled into filler prose.
WORDS = ("Meta released Llama models free for research and commercial use while analysts said the "
         "company would spend more on data centers and open models caught up with closed rivals").split()


def sentence(size: int, seed: int = 1) -> str:
    """Return one sentence of about `size` characters: words with a value every ~12 of them."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        word = rng.choice(WORDS) if rng.random() > 1 / 12 else rng.choice(
            [f"{rng.randint(1, 99)}%", f"${rng.randint(1, 900)} million", f"July {rng.randint(1, 28)}, 2023"])
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)


def line(size: int, dates: int = 25, seed: int = 2) -> str:
    """Return one line of about `size` characters of sentences, with `dates` dates spread in it."""
    rng = random.Random(seed)
    sentences, length = [], 0
    while length < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
        sentences.append(words[0].upper() + words[1:] + ".")
        length += len(sentences[-1]) + 1
    step = max(1, len(sentences) // (dates + 1))
    for n in range(1, dates + 1):
        index = min(n * step, len(sentences) - 1)
        sentences[index] = sentences[index][:-1] + f" on July {n}, 2023."
    return " ".join(sentences)


def percents(size: int) -> str:
    return "1% " * (size // 3)


CASES = {"sentence": (sentence, 2**20), "line": (line, 10 * 2**20), "percents": (percents, 96 * 2**10)}


def run(case: str, size: int, folder: str) -> dict:
    """Check the case's two sources in a fresh process; return seconds, peak MiB and report bytes."""
    make, _ = CASES[case]
    text = make(size)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "a.txt"), "w", encoding="utf-8") as handle:
        handle.write(text)
    with open(os.path.join(folder, "b.txt"), "w", encoding="utf-8") as handle:
        handle.write(text.replace(", 2023", ", 2024").replace("1%", "2%"))
    report = folder + ".json"
    command = [sys.executable, "-c", _CHILD, folder, report]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1, 2) or not os.path.exists(report):
        raise SystemExit(f"{case}: crosscheck failed ({done.returncode}): {done.stderr[-2000:]}")
    peak, cpu, stages, errors = done.stdout.split("\t")
    return {"case": case, "bytes": len(text.encode("utf-8")), "seconds": seconds, "cpu": float(cpu),
            "stages": json.loads(stages), "peak_mib": int(peak) / 1024,
            "report_bytes": os.path.getsize(report), "errors": errors.strip()}


# The check runs in a child that reports its own peak RSS (ru_maxrss, KiB on Linux), its CPU
# seconds (on a shared machine, wall time measures the neighbours too) and the seconds of each
# stage, so that a stage whose cost grows faster than the input shows as such. No claims cache:
# a rerun would measure the cache.
_CHILD = """
import json, resource, sys
from crosscheck.config import Config
from crosscheck.pipeline import check
from crosscheck.report import render, write_atomic
timings = {}
result = check([sys.argv[1]], Config(jobs=1, cache="off"), timings=timings)
write_atomic(sys.argv[2], render(result, "json"))
errors = sorted({e for s in result.sources for e in s.errors})
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime
print(usage.ru_maxrss, cpu, json.dumps(timings), "; ".join(errors)[:300], sep="\\t")
"""


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every case's size by this")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated cases to run")
    parser.add_argument("--steps", type=int, default=3, help="sizes per case: 1/4, 1/2, 1 of the full size")
    options = parser.parse_args(argv)
    print(f"{'case':<9} {'MB':>6} {'seconds':>8} {'cpu s':>7} {'cpu s/MB':>8} {'extract':>8} {'align':>7} "
          f"{'compare':>8} {'peak MiB':>9} {'report KB':>10}  errors")
    with tempfile.TemporaryDirectory() as root:
        for case in options.cases.split(","):
            full = int(CASES[case][1] * options.scale)
            for step in range(options.steps - 1, -1, -1):
                size = full // 2**step
                row = run(case, size, os.path.join(root, f"{case}-{size}"))
                megabytes = row["bytes"] / 1e6
                stages = row["stages"]
                print(f"{case:<9} {megabytes:6.2f} {row['seconds']:8.1f} {row['cpu']:7.1f} "
                      f"{row['cpu'] / megabytes:8.1f} {stages.get('read+extract+claims', 0):8.1f} "
                      f"{stages.get('align', 0):7.1f} {stages.get('compare', 0):8.1f} "
                      f"{row['peak_mib']:9.0f} {row['report_bytes'] / 1e3:10.1f}  {row['errors'] or '-'}",
                      flush=True)


if __name__ == "__main__":
    main()
