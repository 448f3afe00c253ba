"""One scorer for both tools: accuracy for classification, RMSE for regression."""

import math

import numpy as np


def _label(value) -> str:
    """A class label as text, so that 3, 3.0 and '3' (a CSV writer's choice) are the same class."""
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return str(int(number)) if math.isfinite(number) and number == int(number) else text


def score(task: str, truth, predicted):
    """Returns (metric name, value) for the holdout's true targets and a tool's predictions."""
    truth, predicted = list(truth), list(predicted)
    if len(truth) != len(predicted):
        raise ValueError(f"{len(predicted)} predictions for {len(truth)} rows")
    if task == "classification":
        hits = sum(_label(t) == _label(p) for t, p in zip(truth, predicted))
        return "accuracy", hits / len(truth)
    errors = np.asarray(truth, dtype=float) - np.asarray(predicted, dtype=float)
    return "rmse", float(np.sqrt(np.mean(errors ** 2)))
