"""The machine and software a benchmark ran on, as the docs record it."""

import os
import platform
import subprocess
from datetime import datetime, timezone


def _first_line(command, repo_root=None) -> str:
    try:
        done = subprocess.run(command, cwd=repo_root, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e})"
    text = (done.stdout + done.stderr).strip()
    return text.splitlines()[0] if text else "unavailable"


def _lscpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return platform.processor() or "unknown"
    for line in out.splitlines():
        if line.startswith("Model name:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def _memory_gib() -> float:
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return float("nan")


def load_average() -> float:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return float("nan")


def describe(repo_root: str, java: str) -> dict:
    import numpy
    import optuna
    import pandas
    import sklearn

    commit = _first_line(["git", "rev-parse", "--short", "HEAD"], repo_root)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo_root,
                           capture_output=True, text=True).stdout.strip()
    return {
        "date_utc": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu_model": _lscpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _memory_gib(),
        "os": f"{platform.system()} {platform.release()}",
        "java": _first_line([java, "-version"]),
        "python": platform.python_version(),
        "sklearn": sklearn.__version__,
        "optuna": optuna.__version__,
        "numpy": numpy.__version__,
        "pandas": pandas.__version__,
        "commit": commit + (" (uncommitted changes)" if dirty else ""),
        "load_average_at_start": load_average(),
    }
