#!/usr/bin/env bash
# The peer benchmark in one command: Evolab's CLI against Optuna (TPE) + a scikit-learn MLP.
#
#   src/bench/peer/run-peer-bench.sh                 # all datasets, seeds 1 2 3 (about an hour or more)
#   src/bench/peer/run-peer-bench.sh --quick         # smoke test: iris, seed 1, tiny budgets
#   src/bench/peer/run-peer-bench.sh --datasets iris,breast_cancer --seeds 1
#   EVOLAB_ARGS="--strategy random" src/bench/peer/run-peer-bench.sh --evolab-name random --name random
#   src/bench/peer/run-peer-bench.sh --tools evolab,random --variant 'random=--strategy random'
#   src/bench/peer/run-peer-bench.sh --help          # every option
#
# Installs Debian's python3-optuna, python3-sklearn and python3-pandas when missing (pip cannot
# reach its registry here), builds target/evolab.jar when missing, then runs peer_bench.py with
# Debian's own Python (those packages live in its dist-packages). Results: target/peer-bench/results/.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$repo"
python=/usr/bin/python3

if ! "$python" -c 'import optuna, sklearn, pandas, numpy' 2>/dev/null; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    packages=(python3-optuna python3-sklearn python3-pandas)
    echo "peer-bench: installing ${packages[*]}" >&2
    $sudo apt-get install -y "${packages[@]}" >&2 \
        || { $sudo apt-get update >&2 && $sudo apt-get install -y "${packages[@]}" >&2; }
fi

jar="${EVOLAB_JAR:-target/evolab.jar}"
if [ ! -f "$jar" ] && [ "$jar" = target/evolab.jar ]; then  # another EVOLAB_JAR is the caller's to build
    echo "peer-bench: building $jar" >&2
    mvn -B -q package -DskipTests
fi

exec "$python" src/bench/peer/peer_bench.py --jar "$jar" "$@"
