#!/usr/bin/env bash
# Crash soak: many short CLI runs of varied data, sizes and seeds, each in its own JVM, as a user's
# runs would be. Counts exit statuses and JVM crash logs (any hs_err file is a failure).
#   src/bench/soak/crash-soak.sh [RUNS] [JAR]      (default 300 runs, target/evolab.jar)
# Writes target/soak/summary.txt and one log per run; prints one line per run and a summary.
set -u
cd "$(dirname "$0")/../../.."
runs=${1:-300}
jar=${2:-target/evolab.jar}
out=target/soak
rm -rf "$out"; mkdir -p "$out/data" "$out/crash"
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -B -q package -DskipTests)" >&2; exit 2; }

# Generated classification sets: 300 and 2,000 rows, 3 and 5 classes, with noise.
python3 - "$out/data" <<'PY'
import math, random, sys
d = sys.argv[1]
for rows, classes, feats, seed in [(300, 3, 5, 3), (2000, 5, 12, 7)]:
    r = random.Random(seed)
    with open(f"{d}/gen-{rows}x{feats}-{classes}.csv", "w") as f:
        f.write(",".join(f"f{i}" for i in range(feats)) + ",label\n")
        for _ in range(rows):
            x = [r.gauss(0, 1) for _ in range(feats)]
            s = [math.sin(x[c % feats] * (c + 1)) + x[(c + 1) % feats] * 0.5 + r.gauss(0, 0.3) for c in range(classes)]
            f.write(",".join(f"{v:.4f}" for v in x) + f",c{s.index(max(s))}\n")
PY
datasets=("sample-data/iris.csv species" "sample-data/spirals.csv arm" "sample-data/housing.csv price_k"
          "$out/data/gen-300x5-3.csv label" "$out/data/gen-2000x12-5.csv label")
sizes=("--population 4 --generations 2 --layers 1..2 --neurons 4..32 --epochs 2..6"
       "--population 6 --generations 2 --layers 1..3 --neurons 8..64 --epochs 3..8"
       "--population 3 --generations 3 --layers 1..1 --neurons 2..16 --epochs 2..4 --no-halving")
ok=0; failed=0; crashed=0
start=$(date +%s)
for ((i = 0; i < runs; i++)); do
  set -- ${datasets[$((i % ${#datasets[@]}))]}
  data=$1; target=$2
  size=${sizes[$(((i / ${#datasets[@]}) % ${#sizes[@]}))]}
  seed=$((i + 1))
  quiet=""; [ $((i % 2)) -eq 1 ] && quiet="--quiet"   # half the runs skip the calibration
  log="$out/run-$i.log"
  timeout 600 java -Xmx1g -XX:ErrorFile="$PWD/$out/crash/hs_err_pid%p.log" -jar "$jar" run --data "$data" \
      --target "$target" $size --seed $seed --workers 2 $quiet --out "$out/model-$i.zip" --force >"$log" 2>&1
  rc=$?
  if ls "$out"/crash/hs_err_pid*.log >/dev/null 2>&1 && [ "$(ls "$out"/crash | wc -l)" -gt "$crashed" ]; then
    crashed=$(ls "$out"/crash | wc -l); status=CRASH
  elif [ $rc -eq 0 ]; then ok=$((ok + 1)); status=ok; rm -f "$out/model-$i.zip"
  else failed=$((failed + 1)); status="exit $rc"; fi
  echo "run $i: $(basename "$data") seed $seed [$size${quiet:+ $quiet}]: $status"
done
secs=$(( $(date +%s) - start ))
summary="$runs runs in ${secs} s: $ok ok, $failed failed, $crashed JVM crashes ($(nproc) cores, $(java -version 2>&1 | sed -n 1p))"
echo "$summary" | tee "$out/summary.txt"
[ "$crashed" -eq 0 ] && [ "$failed" -eq 0 ]
