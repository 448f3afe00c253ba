"""The peer benchmark's result files: NAME.json (everything), NAME.csv (one row per run), NAME.md."""

import csv
import io
import json
import math
import os
import statistics
from typing import List

PEER = "peer"
CSV_FIELDS = ["tool", "dataset", "task", "metric", "seed", "status", "holdout_score", "wall_seconds",
              "load_average_before", "started_utc", "error"]


def machine_lines(machine: dict) -> str:
    return "\n".join([
        f"Machine: {machine['cpu_model']}, {machine['cores']} cores, {machine['memory_gib']} GiB, {machine['os']}",
        f"Software: {machine['java']}; Python {machine['python']}, scikit-learn {machine['sklearn']}, "
        f"Optuna {machine['optuna']}, NumPy {machine['numpy']}, pandas {machine['pandas']}",
        f"Run: {machine['date_utc']}, commit {machine['commit']}, load average at start "
        f"{machine['load_average_at_start']}"
        + (f", at end {machine['load_average_at_end']}" if "load_average_at_end" in machine else ""),
    ])


def _write_atomically(path: str, text: str) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", newline="") as f:
        f.write(text)
    os.replace(tmp, path)


def write_all(results_dir: str, name: str, machine: dict, settings: dict, datasets: dict, runs: List[dict]):
    """Rewrites all three files (after every run, so an interrupted benchmark keeps what it measured)."""
    base = os.path.join(results_dir, name)
    _write_atomically(base + ".json", json.dumps({"machine": machine, "settings": settings, "datasets": datasets,
                                                  "runs": runs}, indent=2))
    rows = [dict({k: r.get(k, "") for k in CSV_FIELDS}, error=(r.get("error") or "").split("\n")[0]) for r in runs]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    _write_atomically(base + ".csv", buffer.getvalue())
    _write_atomically(base + ".md", full_markdown(machine, settings, datasets, runs))
    return [base + ".json", base + ".csv", base + ".md"]


def _fmt(value: float) -> str:
    return f"{value:.4f}"


def _better(metric: str, a: float, b: float) -> int:
    """+1 if a is the better score, -1 if b is, 0 for a tie. Means of accuracies that count the same
    rows right can differ in the last bits (112+109+112 and 110+110+113 of 114 rows), so scores
    within 1e-9 of each other tie."""
    if math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12):
        return 0
    return (1 if a > b else -1) if metric == "accuracy" else (1 if a < b else -1)


def summary_markdown(settings: dict, datasets: dict, runs: List[dict]) -> str:
    """One row per dataset and challenger: the reference's (the peer's) and the challenger's mean
    holdout score over the seeds that succeeded, the better of the two, summed wall times, ratio."""
    tools = settings["tools"]
    if len(tools) == 1:
        return _single_tool_markdown(tools[0], datasets, runs)
    reference = PEER if PEER in tools else tools[0]
    challengers = [t for t in tools if t != reference]
    lines = [f"| dataset | metric | rows train / holdout | {reference} mean | challenger | challenger mean | better "
             f"| {reference} wall (s) | challenger wall (s) | wall ratio challenger / {reference} |",
             "| --- | --- | --- | ---: | --- | ---: | --- | ---: | ---: | ---: |"]
    # per challenger: summed walls of both sides over the datasets where both have successful runs
    totals = {c: {"reference": 0.0, "challenger": 0.0} for c in challengers}
    wins = {c: {"reference": 0, "challenger": 0, "tie": 0} for c in challengers}
    for name, info in datasets.items():
        ok = {t: [r for r in runs if r["dataset"] == name and r["tool"] == t and r["status"] == "ok"] for t in tools}
        counts = {t: len([r for r in runs if r["dataset"] == name and r["tool"] == t]) for t in tools}
        metric = "accuracy" if info["task"] == "classification" else "rmse"

        def cell(tool):
            if not ok[tool]:
                return "failed" if counts[tool] else "-"
            mean = _fmt(statistics.mean(r["holdout_score"] for r in ok[tool]))
            return mean if len(ok[tool]) == counts[tool] else f"{mean} ({len(ok[tool])} of {counts[tool]} ok)"

        def wall(tool):
            return f"{sum(r['wall_seconds'] for r in ok[tool]):.1f}" if ok[tool] else "-"

        for c in challengers:
            better, ratio = "-", "-"
            if ok[reference] and ok[c]:
                verdict = _better(metric, statistics.mean(r["holdout_score"] for r in ok[c]),
                                  statistics.mean(r["holdout_score"] for r in ok[reference]))
                better = {1: c, -1: reference, 0: "tie"}[verdict]
                wins[c][{1: "challenger", -1: "reference", 0: "tie"}[verdict]] += 1
                ref_wall, challenger_wall = (sum(r["wall_seconds"] for r in ok[t]) for t in (reference, c))
                totals[c]["reference"] += ref_wall
                totals[c]["challenger"] += challenger_wall
                ratio = f"{challenger_wall / ref_wall:.2f}x" if ref_wall else "-"
            lines.append(f"| {name} | {metric} | {info['train_rows']} / {info['holdout_rows']} | {cell(reference)} "
                         f"| {c} | {cell(c)} | {better} | {wall(reference)} | {wall(c)} | {ratio} |")
    for c in challengers:
        ref_total, challenger_total = totals[c]["reference"], totals[c]["challenger"]
        ratio = f"{challenger_total / ref_total:.2f}x" if ref_total else "-"
        w = wins[c]
        lines.append(f"| **all** | | | | {c} | | {reference} {w['reference']}, {c} {w['challenger']}, "
                     f"ties {w['tie']} | {ref_total:.1f} | {challenger_total:.1f} | {ratio} |")
    return "\n".join(lines)


def _single_tool_markdown(tool: str, datasets: dict, runs: List[dict]) -> str:
    lines = [f"| dataset | metric | rows train / holdout | {tool} mean | runs ok | {tool} wall (s) |",
             "| --- | --- | --- | ---: | ---: | ---: |"]
    for name, info in datasets.items():
        mine = [r for r in runs if r["dataset"] == name and r["tool"] == tool]
        ok = [r for r in mine if r["status"] == "ok"]
        mean = _fmt(statistics.mean(r["holdout_score"] for r in ok)) if ok else "-"
        metric = "accuracy" if info["task"] == "classification" else "rmse"
        lines.append(f"| {name} | {metric} | {info['train_rows']} / {info['holdout_rows']} | {mean} "
                     f"| {len(ok)} of {len(mine)} | {sum(r['wall_seconds'] for r in ok):.1f} |")
    return "\n".join(lines)


def _run_notes(run: dict) -> str:
    details = run.get("details") or {}
    if run["tool"] == PEER and details:
        p = details.get("best_params", {})
        return (f"best {p.get('hidden_layer_sizes')} {p.get('activation')}, lr {p.get('learning_rate_init', 0):.2g}, "
                f"batch {p.get('batch_size')}, {p.get('max_iter')} epochs; search {details.get('search_seconds')} s, "
                f"refit {details.get('refit_seconds')} s")
    if details:
        return (f"validation {details.get('validationScore')}, {details.get('evaluations')} evaluations, "
                f"{details.get('cacheHits')} cache hits, run's own wall {details.get('wallSeconds')} s")
    return ""


def full_markdown(machine: dict, settings: dict, datasets: dict, runs: List[dict]) -> str:
    budget = settings["budget"]
    variants = "; ".join(f"{n}: `{a or '(CLI defaults)'}`" for n, a in settings["evolab_variants"].items())
    out = ["# Peer benchmark results", "", machine_lines(machine).replace("\n", "  \n"), "",
           f"Budget: peer {budget['trials']} Optuna trials ({budget['cv_folds']}-fold CV per trial, "
           f"n_jobs {budget['threads']}); Evolab population {budget['population']} x {budget['generations']} "
           f"generations, --workers {budget['threads']}; timeout {budget['timeout_seconds']} s per run. "
           f"Seeds {', '.join(map(str, settings['seeds']))}. Evolab variants: {variants or '-'}. "
           f"JVM: `{settings['java']}`, jar `{settings['jar']}` (sha256 {settings.get('jar_sha256')}).", "",
           "Scores are on holdout.csv (20% of each dataset, split once, seed "
           f"{settings['split']['seed']}); walls are summed over the seeds that succeeded.", "",
           summary_markdown(settings, datasets, runs), "", "## Every run", "",
           "| dataset | seed | tool | status | holdout score | wall (s) | load before | notes |",
           "| --- | ---: | --- | --- | ---: | ---: | ---: | --- |"]
    for r in runs:
        value = _fmt(r["holdout_score"]) if r["status"] == "ok" else "-"
        out.append(f"| {r['dataset']} | {r['seed']} | {r['tool']} | {r['status']}{' (reused)' if r.get('reused') else ''} "
                   f"| {value} | {r['wall_seconds']:.1f} | {r.get('load_average_before', '')} | {_run_notes(r)} |")
    failures = [r for r in runs if r["status"] != "ok"]
    if failures:
        out += ["", "## Failures", ""]
        for r in failures:
            out += [f"{r['tool']} on {r['dataset']}, seed {r['seed']}: {r['status']}", "", "```",
                    r.get("error", ""), "```", ""]
    return "\n".join(out) + "\n"
