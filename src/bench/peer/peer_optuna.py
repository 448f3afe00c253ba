"""The peer: what a Python user would do instead of Evolab, run as its own process.

Optuna's TPE sampler (seeded) tunes a scikit-learn MLP inside a preprocessing pipeline, each trial
scored by 3-fold cross-validation on train.csv (as Optuna's own scikit-learn example does:
cross_val_score(..., cv=3); stratified folds for a classifier); then the best parameters are
refitted on all of train.csv and scored once on holdout.csv, which is read only after the refit.

    python3 peer_optuna.py --train train.csv --holdout holdout.csv --target COL --task TASK
                           --seed S [--trials 40] [--jobs 2] [--cv 3] --result result.json

The benchmark measures this whole process, Python's start-up and imports included.
"""

import argparse
import json
import os
import sys
import time
import warnings

import numpy as np
import optuna
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_datasets import read_table  # noqa: E402
from peer_scoring import score  # noqa: E402

ACTIVATIONS = ["relu", "tanh", "logistic"]


def suggest_params(trial: optuna.Trial) -> dict:
    """The issue's space: 1-3 hidden layers of 10-100, relu/tanh/logistic, learning rate 1e-4..1e-1
    (log), batch 16-128, L2 1e-6..1e-2 (log), 20-100 epochs."""
    layers = trial.suggest_int("n_layers", 1, 3)
    return {
        "hidden_layer_sizes": tuple(trial.suggest_int(f"n_units_l{i}", 10, 100) for i in range(layers)),
        "activation": trial.suggest_categorical("activation", ACTIVATIONS),
        "learning_rate_init": trial.suggest_float("learning_rate_init", 1e-4, 1e-1, log=True),
        "batch_size": trial.suggest_int("batch_size", 16, 128),
        "alpha": trial.suggest_float("alpha", 1e-6, 1e-2, log=True),
        "max_iter": trial.suggest_int("max_iter", 20, 100),
    }


def params_from_trial(values: dict) -> dict:
    """The same parameters rebuilt from a finished trial's values (for the refit)."""
    layers = values["n_layers"]
    return {
        "hidden_layer_sizes": tuple(values[f"n_units_l{i}"] for i in range(layers)),
        "activation": values["activation"],
        "learning_rate_init": values["learning_rate_init"],
        "batch_size": values["batch_size"],
        "alpha": values["alpha"],
        "max_iter": values["max_iter"],
    }


def build_model(task: str, categorical: list, numeric: list, mlp_params: dict, seed: int):
    preprocess = ColumnTransformer([
        ("numeric", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
        ("categorical", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                                  ("one_hot", OneHotEncoder(handle_unknown="ignore"))]), categorical),
    ])
    if task == "classification":
        return Pipeline([("preprocess", preprocess), ("mlp", MLPClassifier(random_state=seed, **mlp_params))])
    regressor = Pipeline([("preprocess", preprocess), ("mlp", MLPRegressor(random_state=seed, **mlp_params))])
    return TransformedTargetRegressor(regressor=regressor, transformer=StandardScaler())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True)
    parser.add_argument("--holdout", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--task", required=True, choices=["classification", "regression"])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--trials", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=2, help="Optuna's n_jobs (trials at once, threads)")
    parser.add_argument("--cv", type=int, default=3,
                        help="folds per trial; 0 scores each trial on one seeded 80/20 split of train.csv instead")
    parser.add_argument("--result", required=True)
    args = parser.parse_args(argv)

    warnings.filterwarnings("ignore", category=ConvergenceWarning)  # max_iter below convergence is in the space
    warnings.filterwarnings("ignore", message="Got `batch_size`")  # batch above a small fold's rows: clipped
    optuna.logging.set_verbosity(optuna.logging.WARNING)

    train = read_table(args.train)
    x, y = train.drop(columns=[args.target]), train[args.target]
    if args.task == "classification":
        y = y.astype(str)
    categorical = [c for c in x.columns if x[c].dtype == object]
    numeric = [c for c in x.columns if c not in categorical]
    scoring = "accuracy" if args.task == "classification" else "neg_root_mean_squared_error"

    def objective(trial: optuna.Trial) -> float:
        model = build_model(args.task, categorical, numeric, suggest_params(trial), args.seed)
        if args.cv > 0:
            return float(np.mean(cross_val_score(model, x, y, cv=args.cv, scoring=scoring)))
        stratify = y if args.task == "classification" else None
        x_fit, x_val, y_fit, y_val = train_test_split(x, y, test_size=0.2, random_state=args.seed, stratify=stratify)
        model.fit(x_fit, y_fit)
        metric, value = score(args.task, y_val, model.predict(x_val))
        return value if metric == "accuracy" else -value

    started = time.monotonic()
    study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=args.seed))
    study.optimize(objective, n_trials=args.trials, n_jobs=args.jobs)
    searched = time.monotonic()

    best = params_from_trial(study.best_trial.params)
    model = build_model(args.task, categorical, numeric, best, args.seed)
    model.fit(x, y)
    refitted = time.monotonic()

    holdout = read_table(args.holdout)  # first read here, after the search and the refit
    truth = holdout[args.target]
    metric, value = score(args.task, truth, model.predict(holdout.drop(columns=[args.target])))
    result = {
        "metric": metric,
        "holdout_score": value,
        "best_validation_score": study.best_value if metric == "accuracy" else -study.best_value,
        "validation": f"{args.cv}-fold cross-validation" if args.cv > 0 else "one 80/20 split of train.csv",
        "best_params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in best.items()},
        "trials": len(study.trials),
        "search_seconds": round(searched - started, 3),
        "refit_seconds": round(refitted - searched, 3),
    }
    tmp = args.result + ".tmp"
    with open(tmp, "w") as f:
        json.dump(result, f, indent=2)
    os.replace(tmp, args.result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
