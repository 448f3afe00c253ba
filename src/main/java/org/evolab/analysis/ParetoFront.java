package org.evolab.analysis;

import java.util.Comparator;
import java.util.List;
import org.evolab.evolution.NonDominatedSorting;

/**
 * Accuracy against size: the genomes no other genome beats in both higher fitness and fewer
 * parameters, by the same non-dominated sorting the NSGA-II selection uses. Failed trainings are
 * never on it.
 */
public final class ParetoFront {
    private ParetoFront() {}

    /** The non-dominated trials of {@code board}, smallest network first. */
    public static List<Trial> of(Leaderboard board) {
        List<Trial> scored = board.scored();
        if (scored.isEmpty()) {
            return List.of();
        }
        double[][] points = scored.stream()
                .map(t -> new double[] {t.fitness(), -t.parameters()})
                .toArray(double[][]::new);
        return NonDominatedSorting.fronts(points).get(0).stream()
                .map(scored::get)
                .sorted(Comparator.comparingLong(Trial::parameters).thenComparing(Trial::individualId))
                .toList();
    }

    /** {@code pareto.csv}: the front as a table, one genome per line. */
    public static String csv(List<Trial> front) {
        StringBuilder sb = new StringBuilder("individual,genome_id,fitness,parameters,genome\n");
        for (Trial t : front) {
            sb.append(t.individualId())
                    .append(',')
                    .append(t.genomeId())
                    .append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.6f", t.fitness()))
                    .append(',')
                    .append(t.parameters())
                    .append(',')
                    .append(t.genome().canonical())
                    .append('\n');
        }
        return sb.toString();
    }
}
