package org.evolab.run;

import java.util.List;
import java.util.Locale;

/** The run's tables as CSV: per-generation history and the leaderboard of every genome scored. */
public final class RunReports {
    private RunReports() {}

    public static String historyCsv(List<GenerationStats> history) {
        StringBuilder sb = new StringBuilder(
                "generation,best,mean,worst,diversity,evaluations,cache_hits,failures,best_individual,best_genome,elapsed_s\n");
        for (GenerationStats s : history) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%d,%s,%s,%s,%.4f,%d,%d,%d,%s,%s,%.2f%n",
                    s.generation(),
                    num(s.best()),
                    num(s.mean()),
                    num(s.worst()),
                    s.diversity(),
                    s.evaluations(),
                    s.cacheHits(),
                    s.failures(),
                    s.bestIndividualId(),
                    s.bestGenomeId(),
                    s.elapsedSeconds()));
        }
        return sb.toString();
    }

    public static String leaderboardCsv(List<Evaluation> leaderboard) {
        StringBuilder sb = new StringBuilder("rank,individual,genome_id,generation,parents,operators,fitness,epochs,"
                + "best_epoch,stopped_early,parameters,train_ms,failure,genome\n");
        int rank = 1;
        for (Evaluation e : leaderboard) {
            var ind = e.individual();
            var r = e.result();
            sb.append(rank++)
                    .append(',')
                    .append(ind.id())
                    .append(',')
                    .append(ind.genome().id())
                    .append(',')
                    .append(ind.generation())
                    .append(',')
                    .append(quote(String.join(" ", ind.parentIds())))
                    .append(',')
                    .append(quote(String.join(" ", ind.operators())))
                    .append(',')
                    .append(num(r.fitness()))
                    .append(',')
                    .append(epochs(r.epochs()))
                    .append(',')
                    .append(epochs(r.bestEpoch()))
                    .append(',')
                    .append(r.endedEarly())
                    .append(',')
                    .append(r.parameters())
                    .append(',')
                    .append(r.trainMillis())
                    .append(',')
                    .append(quote(r.failure() == null ? "" : r.failure()))
                    .append(',')
                    .append(quote(ind.genome().canonical()))
                    .append('\n');
        }
        return sb.toString();
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }

    /** Whole epochs as integers; a partial one (halving stopped the training mid-epoch) with 3 decimals. */
    static String epochs(double e) {
        return e == Math.rint(e) ? Long.toString((long) e) : String.format(Locale.ROOT, "%.3f", e);
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
