"""The peer benchmark's datasets: each becomes a plain CSV, split once into train and holdout.

Sources: the real data sets Debian's python3-sklearn ships under sklearn/datasets/data/ (read
with sklearn's own loaders, which know their formats: breast_cancer, wine and iris start with a
line of counts and class names, digits has no header, diabetes is two space-separated files),
and the samples bundled in the repository's sample-data/ folder.

Every data set is split ONCE, with a fixed seed (not the run seeds) and stratified for
classification, into train.csv (80%) and holdout.csv (20%), plus holdout_features.csv (the
holdout without its target) for Evolab's predict. A folder already written with the same split
settings is kept as it is, so every tool and every seed sees the same files.
"""

import json
import os
import re
from dataclasses import dataclass
from typing import Callable, Dict, List

import pandas as pd

SPLIT_SEED = 20261202
HOLDOUT_FRACTION = 0.2
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Dataset:
    name: str
    task: str  # "classification" or "regression"
    target: str
    source: str
    load: Callable[[str], pd.DataFrame]  # repo root -> the whole table, target column last


def _column_name(text: str) -> str:
    """'mean radius' -> 'mean_radius', 'od280/od315_of_diluted_wines' -> 'od280_od315_...'."""
    return re.sub(r"[^0-9A-Za-z]+", "_", str(text)).strip("_")


def _from_sklearn(loader_name: str, target: str, labels: str, **loader_args) -> Callable[[str], pd.DataFrame]:
    """labels: 'names' writes the class names (e.g. 'malignant'), 'codes' the integers, 'values' a
    regression target as it is."""

    def load(_repo_root: str) -> pd.DataFrame:
        import sklearn.datasets

        bunch = getattr(sklearn.datasets, loader_name)(**loader_args)
        table = pd.DataFrame(bunch.data, columns=[_column_name(c) for c in bunch.feature_names])
        if labels == "names":
            table[target] = [str(bunch.target_names[code]) for code in bunch.target]
        elif labels == "codes":
            table[target] = [int(code) for code in bunch.target]
        else:
            table[target] = bunch.target
        return table

    return load


def _from_sample(file_name: str) -> Callable[[str], pd.DataFrame]:
    def load(repo_root: str) -> pd.DataFrame:
        # keep_default_na=False + na_values=[""]: only empty cells are missing (housing has some)
        return pd.read_csv(os.path.join(repo_root, "sample-data", file_name), keep_default_na=False, na_values=[""])

    return load


_SK = "python3-sklearn: sklearn/datasets/data/"
CATALOGUE: Dict[str, Dataset] = {
    d.name: d
    for d in [
        Dataset("iris", "classification", "species", _SK + "iris.csv",
                _from_sklearn("load_iris", "species", "names")),
        Dataset("wine", "classification", "cultivar", _SK + "wine_data.csv",
                _from_sklearn("load_wine", "cultivar", "names")),
        Dataset("breast_cancer", "classification", "diagnosis", _SK + "breast_cancer.csv",
                _from_sklearn("load_breast_cancer", "diagnosis", "names")),
        Dataset("digits", "classification", "digit", _SK + "digits.csv.gz",
                _from_sklearn("load_digits", "digit", "codes")),
        Dataset("diabetes", "regression", "progression",
                _SK + "diabetes_data_raw.csv.gz + diabetes_target.csv.gz (raw, not scaled)",
                _from_sklearn("load_diabetes", "progression", "values", scaled=False)),
        Dataset("spirals", "classification", "arm", "sample-data/spirals.csv", _from_sample("spirals.csv")),
        Dataset("housing", "regression", "price_k", "sample-data/housing.csv", _from_sample("housing.csv")),
        # The same 150 flowers as sklearn's iris (a copy from DL4J): only on request, not by default.
        Dataset("sample_iris", "classification", "species", "sample-data/iris.csv", _from_sample("iris.csv")),
    ]
}
DEFAULT_DATASETS: List[str] = ["iris", "wine", "breast_cancer", "digits", "diabetes", "spirals", "housing"]


@dataclass(frozen=True)
class PreparedDataset:
    dataset: Dataset
    folder: str
    train_rows: int
    holdout_rows: int
    features: int

    @property
    def train(self) -> str:
        return os.path.join(self.folder, "train.csv")

    @property
    def holdout(self) -> str:
        return os.path.join(self.folder, "holdout.csv")

    @property
    def holdout_features(self) -> str:
        return os.path.join(self.folder, "holdout_features.csv")


def _split_settings(dataset: Dataset) -> dict:
    return {"format": FORMAT_VERSION, "dataset": dataset.name, "source": dataset.source, "task": dataset.task,
            "target": dataset.target, "split_seed": SPLIT_SEED, "holdout_fraction": HOLDOUT_FRACTION,
            "stratified": dataset.task == "classification"}


def prepare(dataset: Dataset, repo_root: str, data_root: str) -> PreparedDataset:
    """Writes (once) and returns the dataset's train/holdout files under data_root/NAME/."""
    folder = os.path.join(data_root, dataset.name)
    meta_path = os.path.join(folder, "meta.json")
    settings = _split_settings(dataset)
    if os.path.exists(meta_path):
        with open(meta_path) as f:
            meta = json.load(f)
        if {k: meta.get(k) for k in settings} == settings:
            return PreparedDataset(dataset, folder, meta["train_rows"], meta["holdout_rows"], meta["features"])

    from sklearn.model_selection import train_test_split

    table = dataset.load(repo_root)
    if table.columns[-1] != dataset.target:
        raise ValueError(f"{dataset.name}: expected the target '{dataset.target}' as the last column")
    stratify = table[dataset.target] if dataset.task == "classification" else None
    train, holdout = train_test_split(table, test_size=HOLDOUT_FRACTION, random_state=SPLIT_SEED,
                                      shuffle=True, stratify=stratify)
    os.makedirs(folder, exist_ok=True)
    _write_atomically(train, os.path.join(folder, "train.csv"))
    _write_atomically(holdout, os.path.join(folder, "holdout.csv"))
    _write_atomically(holdout.drop(columns=[dataset.target]), os.path.join(folder, "holdout_features.csv"))
    meta = dict(settings, train_rows=len(train), holdout_rows=len(holdout), features=table.shape[1] - 1,
                classes=int(table[dataset.target].nunique()) if dataset.task == "classification" else None)
    tmp = meta_path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(meta, f, indent=2)
    os.replace(tmp, meta_path)  # written last: a folder without meta.json is rewritten next time
    return PreparedDataset(dataset, folder, len(train), len(holdout), table.shape[1] - 1)


def _write_atomically(table: pd.DataFrame, path: str) -> None:
    tmp = path + ".tmp"
    table.to_csv(tmp, index=False)
    os.replace(tmp, path)


def read_table(path: str) -> pd.DataFrame:
    """How both the peer and the scorer read a split file: only empty cells are missing."""
    return pd.read_csv(path, keep_default_na=False, na_values=[""])
