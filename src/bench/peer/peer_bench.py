"""Peer benchmark: Evolab's CLI against Optuna (TPE) + a scikit-learn MLP on the same files.

For every dataset and seed, each tool searches at the same trial budget on train.csv (Evolab:
population x generations individuals; the peer: as many Optuna trials) and its final model is
scored once on holdout.csv, which neither tool sees while it searches or trains. Each tool runs as
its own process, timed from start to finish: the peer from Python's start to its holdout score,
Evolab's whole `run` (JVM start included; `predict` is not timed). A run that fails or times out is
recorded as such, with the tail of its stderr, and the benchmark goes on.

Usually started through run-peer-bench.sh beside this file (it installs what is missing first).
Results: WORK/results/NAME.json (everything), NAME.csv (one row per run), NAME.md (the tables).
"""

import argparse
import hashlib
import json
import os
import shlex
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import partial
from typing import List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import peer_datasets  # noqa: E402
import peer_machine  # noqa: E402
import peer_report  # noqa: E402
from peer_scoring import score  # noqa: E402

REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
PEER = peer_report.PEER
STDERR_TAIL_LINES = 25


@dataclass(frozen=True)
class Budget:
    trials: int  # the peer's Optuna trials
    population: int  # Evolab: population x generations individuals = trials
    generations: int
    threads: int  # the peer's Optuna n_jobs and Evolab's --workers
    cv_folds: int  # the peer's folds per trial (0: one 80/20 split)
    timeout_seconds: int


@dataclass(frozen=True)
class EvolabVariant:
    name: str
    extra_args: List[str]


@dataclass(frozen=True)
class Outcome:
    status: str  # ok, failed, timeout
    wall_seconds: float
    error: str = ""


def run_timed(command: List[str], folder: str, timeout_seconds: int, env: Optional[dict] = None) -> Outcome:
    """Runs one process with its output in folder/{stdout,stderr}.log; kills its whole group on timeout."""
    os.makedirs(folder, exist_ok=True)
    stdout_path, stderr_path = os.path.join(folder, "stdout.log"), os.path.join(folder, "stderr.log")
    with open(stdout_path, "w") as out, open(stderr_path, "w") as err:
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=out, stderr=err, env=env, start_new_session=True)
        try:
            rc = process.wait(timeout=timeout_seconds)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            return Outcome("timeout", round(time.monotonic() - started, 3),
                           f"killed after {timeout_seconds} s\n" + _tail(stderr_path))
        except BaseException:  # Ctrl-C: the child has its own session, so it would outlive us otherwise
            _kill_group(process)
            raise
        wall = round(time.monotonic() - started, 3)
    if rc != 0:
        return Outcome("failed", wall, f"exit status {rc}\n" + _tail(stderr_path))
    return Outcome("ok", wall)


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def _tail(path: str) -> str:
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-STDERR_TAIL_LINES:]).strip()
    except OSError as e:
        return f"(no stderr: {e})"


def peer_command(data: peer_datasets.PreparedDataset, seed: int, budget: Budget, folder: str) -> List[str]:
    return [sys.executable, os.path.join(HERE, "peer_optuna.py"), "--train", data.train,
            "--holdout", data.holdout, "--target", data.dataset.target, "--task", data.dataset.task,
            "--seed", str(seed), "--trials", str(budget.trials), "--jobs", str(budget.threads),
            "--cv", str(budget.cv_folds), "--result", os.path.join(folder, "result.json")]


def peer_run(data: peer_datasets.PreparedDataset, seed: int, budget: Budget, folder: str) -> dict:
    command = peer_command(data, seed, budget, folder)
    # One BLAS thread per Optuna thread, as Evolab runs OpenBLAS at one thread per worker:
    # n_jobs trials at once on n_jobs cores, without oversubscribing them.
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    outcome = run_timed(command, folder, budget.timeout_seconds, env)
    record = {"command": shlex.join(command)}
    if outcome.status != "ok":
        return dict(record, status=outcome.status, wall_seconds=outcome.wall_seconds, error=outcome.error)
    try:
        with open(os.path.join(folder, "result.json")) as f:
            details = json.load(f)
    except (OSError, ValueError) as e:
        return dict(record, status="failed", wall_seconds=outcome.wall_seconds, error=f"no result: {e}")
    return dict(record, status="ok", wall_seconds=outcome.wall_seconds, holdout_score=details["holdout_score"],
                details=details)


def evolab_command(data: peer_datasets.PreparedDataset, seed: int, budget: Budget, variant: EvolabVariant,
                   folder: str, java: List[str], jar: str) -> List[str]:
    return java + ["-jar", jar, "run", "--data", data.train, "--target", data.dataset.target,
                   "--task", data.dataset.task, "--population", str(budget.population),
                   "--generations", str(budget.generations), "--seed", str(seed),
                   "--workers", str(budget.threads), "--out", os.path.join(folder, "model.zip"),
                   "--report", os.path.join(folder, "report.json"), "--force"] + variant.extra_args


def evolab_run(data: peer_datasets.PreparedDataset, seed: int, budget: Budget, variant: EvolabVariant,
               folder: str, java: List[str], jar: str) -> dict:
    command = evolab_command(data, seed, budget, variant, folder, java, jar)
    outcome = run_timed(command, folder, budget.timeout_seconds)
    record = {"command": shlex.join(command)}
    if outcome.status != "ok":
        return dict(record, status=outcome.status, wall_seconds=outcome.wall_seconds, error=outcome.error)

    predictions = os.path.join(folder, "predictions.csv")
    predict = java + ["-jar", jar, "predict", "--model", os.path.join(folder, "model.zip"),
                      "--data", data.holdout_features, "--out", predictions, "--force"]
    predicted = run_timed(predict, os.path.join(folder, "predict"), budget.timeout_seconds)
    if predicted.status != "ok":
        return dict(record, status="failed", wall_seconds=outcome.wall_seconds,
                    error="predict " + predicted.status + ": " + predicted.error)
    try:
        truth = peer_datasets.read_table(data.holdout)[data.dataset.target]
        values = peer_datasets.read_table(predictions)["prediction"]
        _, holdout_score = score(data.dataset.task, truth, values)
        with open(os.path.join(folder, "report.json")) as f:
            summary = json.load(f)
    except (OSError, ValueError, KeyError) as e:
        return dict(record, status="failed", wall_seconds=outcome.wall_seconds, error=f"scoring: {e!r}")
    details = {k: summary.get(k) for k in ("validationScore", "testMetrics", "evaluations", "cacheHits",
                                           "wallSeconds", "bestGenome")}
    return dict(record, status="ok", wall_seconds=outcome.wall_seconds, holdout_score=holdout_score,
                details=details)


def parse_args(argv) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="datasets: " + ", ".join(peer_datasets.CATALOGUE))
    parser.add_argument("--quick", action="store_true",
                        help="smoke test: iris, seed 1, Evolab 4 x 2, 8 peer trials (results name 'quick')")
    parser.add_argument("--datasets", help="comma-separated (default: " + ",".join(peer_datasets.DEFAULT_DATASETS) + ")")
    parser.add_argument("--seeds", type=int, nargs="+", help="default: 1 2 3")
    parser.add_argument("--tools", help="comma-separated among 'peer' and the Evolab variants (default: all)")
    parser.add_argument("--trials", type=int, help="peer trials (default 40; --quick 8)")
    parser.add_argument("--population", type=int, help="Evolab population (default 10; --quick 4)")
    parser.add_argument("--generations", type=int, help="Evolab generations (default 4; --quick 2)")
    parser.add_argument("--threads", type=int, default=2, help="peer n_jobs and Evolab --workers (default 2)")
    parser.add_argument("--cv", type=int, default=3, help="peer folds per trial; 0: one 80/20 split (default 3)")
    parser.add_argument("--timeout", type=int, default=900, help="seconds per run of either tool (default 900)")
    parser.add_argument("--evolab-args", default=os.environ.get("EVOLAB_ARGS", ""),
                        help="extra flags for 'evolab run', e.g. '--strategy random' (default: $EVOLAB_ARGS)")
    parser.add_argument("--evolab-name", default="evolab", help="the name of that Evolab variant (default evolab)")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=ARGS",
                        help="one more Evolab variant with its own extra flags, e.g. "
                             "'random=--strategy random' (repeatable)")
    parser.add_argument("--jar", default=os.environ.get("EVOLAB_JAR", os.path.join(REPO_ROOT, "target", "evolab.jar")))
    parser.add_argument("--java-opts", default=os.environ.get("JAVA_OPTS", "-Xmx4g"), help="JVM flags (default -Xmx4g)")
    parser.add_argument("--work", default=os.path.join(REPO_ROOT, "target", "peer-bench"),
                        help="work folder: data/, runs/, results/ (default target/peer-bench)")
    parser.add_argument("--name", help="results name (default 'results'; --quick: 'quick')")
    parser.add_argument("--resume", action="store_true",
                        help="keep the successful runs already in the results file with the same command")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    # SIGTERM ends the benchmark as Ctrl-C does: through run_timed, which kills the running tool first
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    quick = args.quick
    names = (args.datasets.split(",") if args.datasets else (["iris"] if quick else peer_datasets.DEFAULT_DATASETS))
    unknown = [n for n in names if n not in peer_datasets.CATALOGUE]
    if unknown:
        print(f"peer-bench: unknown dataset(s) {', '.join(unknown)}; known: {', '.join(peer_datasets.CATALOGUE)}",
              file=sys.stderr)
        return 2
    seeds = args.seeds or ([1] if quick else [1, 2, 3])
    budget = Budget(trials=args.trials or (8 if quick else 40), population=args.population or (4 if quick else 10),
                    generations=args.generations or (2 if quick else 4), threads=args.threads, cv_folds=args.cv,
                    timeout_seconds=args.timeout)
    variants = [EvolabVariant(args.evolab_name, shlex.split(args.evolab_args))]
    for text in args.variant:
        name, sep, flags = text.partition("=")
        if not sep or not name:
            print(f"peer-bench: --variant expects NAME=ARGS, got '{text}'", file=sys.stderr)
            return 2
        variants.append(EvolabVariant(name, shlex.split(flags)))
    all_tools = [PEER] + [v.name for v in variants]
    tools = args.tools.split(",") if args.tools else all_tools
    if [t for t in tools if t not in all_tools] or len(set(tools)) != len(tools) \
            or len(set(all_tools)) != len(all_tools):
        print(f"peer-bench: --tools must name distinct tools among {', '.join(all_tools)}", file=sys.stderr)
        return 2
    args.jar = os.path.abspath(args.jar)
    if any(t != PEER for t in tools) and not os.path.isfile(args.jar):
        print(f"peer-bench: {args.jar} not found: build it with 'mvn -B -q package -DskipTests'", file=sys.stderr)
        return 2

    name = args.name or ("quick" if quick else "results")
    results_dir = os.path.join(args.work, "results")
    os.makedirs(results_dir, exist_ok=True)
    java = ["java"] + shlex.split(args.java_opts)
    machine = peer_machine.describe(REPO_ROOT, "java")
    settings = {"datasets": names, "seeds": seeds, "tools": tools, "budget": budget.__dict__,
                "evolab_variants": {v.name: shlex.join(v.extra_args) for v in variants if v.name in tools},
                "java": shlex.join(java), "jar": os.path.relpath(args.jar, REPO_ROOT),
                "jar_sha256": _sha256(args.jar) if os.path.isfile(args.jar) else None,
                "split": {"seed": peer_datasets.SPLIT_SEED, "holdout_fraction": peer_datasets.HOLDOUT_FRACTION}}
    print(peer_report.machine_lines(machine), flush=True)

    previous = _previous_runs(os.path.join(results_dir, name + ".json")) if args.resume else {}
    datasets, runs = {}, []
    for dataset_name in names:
        data = peer_datasets.prepare(peer_datasets.CATALOGUE[dataset_name], REPO_ROOT, os.path.join(args.work, "data"))
        datasets[dataset_name] = {"task": data.dataset.task, "target": data.dataset.target,
                                  "source": data.dataset.source, "train_rows": data.train_rows,
                                  "holdout_rows": data.holdout_rows, "features": data.features}
        for seed in seeds:
            for tool in tools:
                folder = os.path.join(args.work, "runs", name, dataset_name, f"seed-{seed}", tool)
                record = _run_one(tool, data, seed, budget, variants, folder, java, args.jar, settings["jar_sha256"],
                                  previous)
                runs.append(record)
                _print_run(record)
                peer_report.write_all(results_dir, name, machine, settings, datasets, runs)
    machine["load_average_at_end"] = peer_machine.load_average()
    paths = peer_report.write_all(results_dir, name, machine, settings, datasets, runs)
    print(peer_report.summary_markdown(settings, datasets, runs))
    print("results: " + ", ".join(os.path.relpath(p, REPO_ROOT) for p in paths))
    return 0


def _run_one(tool, data, seed, budget, variants, folder, java, jar, jar_sha256, previous) -> dict:
    if tool == PEER:
        command, run = peer_command(data, seed, budget, folder), partial(peer_run, data, seed, budget, folder)
        jar_sha256 = None  # the peer does not use the jar
    else:
        variant = next(v for v in variants if v.name == tool)
        command = evolab_command(data, seed, budget, variant, folder, java, jar)
        run = partial(evolab_run, data, seed, budget, variant, folder, java, jar)
    earlier = previous.get((tool, data.dataset.name, seed))
    if earlier and earlier.get("status") == "ok" and earlier.get("command") == shlex.join(command) \
            and earlier.get("jar_sha256") == jar_sha256:
        return dict(earlier, reused=True)  # --resume: the very same command (and jar) already succeeded
    base = {"tool": tool, "dataset": data.dataset.name, "task": data.dataset.task,
            "metric": "accuracy" if data.dataset.task == "classification" else "rmse", "seed": seed,
            "started_utc": time.strftime("%H:%M:%S", time.gmtime()),
            "load_average_before": peer_machine.load_average(), "jar_sha256": jar_sha256}
    return dict(base, **run())


def _sha256(path: str) -> str:
    """Tells one build of Evolab from another, so --resume never mixes results of two builds."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def _previous_runs(path: str) -> dict:
    try:
        with open(path) as f:
            return {(r["tool"], r["dataset"], r["seed"]): r for r in json.load(f).get("runs", [])}
    except (OSError, ValueError, KeyError):
        return {}


def _print_run(record: dict) -> None:
    if record["status"] == "ok":
        outcome = f"{record['metric']} {record['holdout_score']:.4f}"
    else:
        outcome = record["status"].upper() + ": " + record.get("error", "").splitlines()[0]
    print(f"{record['dataset']:>14} seed {record['seed']} {record['tool']:>10}: {outcome}, "
          f"{record['wall_seconds']:.1f} s{' (reused)' if record.get('reused') else ''}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
