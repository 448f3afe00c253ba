package org.evolab.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where each genome sits along one gene, for slice plots and parallel coordinates: numeric genes
 * on their own scale (log10 for genes searched on a log scale), categorical genes at the index of
 * their category. Absent genes have no position (NaN).
 *
 * @param low        smallest position over the run
 * @param high       largest position over the run
 * @param categories the categories in axis order; empty for a numeric gene
 */
public record GeneAxis(Gene gene, double low, double high, List<String> categories) {
    public GeneAxis {
        categories = List.copyOf(categories);
    }

    /** The axis of {@code gene} over the trials of {@code board} (all of them, so failures can be drawn too). */
    public static GeneAxis of(Gene gene, Leaderboard board) {
        if (!gene.scale().numeric()) {
            TreeSet<String> seen = new TreeSet<>(Gene.CATEGORY_ORDER);
            board.trials().forEach(t -> {
                Object v = gene.value().apply(t.genome());
                if (v != null) {
                    seen.add((String) v);
                }
            });
            return new GeneAxis(gene, 0, Math.max(0, seen.size() - 1), List.copyOf(seen));
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Trial t : board.trials()) {
            Object v = gene.value().apply(t.genome());
            if (v != null) {
                low = Math.min(low, gene.axis((Double) v));
                high = Math.max(high, gene.axis((Double) v));
            }
        }
        return low > high ? new GeneAxis(gene, 0, 0, List.of()) : new GeneAxis(gene, low, high, List.of());
    }

    /** Every gene of {@code board} that takes more than one value in it: the ones worth an axis. */
    public static List<GeneAxis> varying(Leaderboard board) {
        return board.genes().stream()
                .map(g -> of(g, board))
                .filter(a -> a.high > a.low)
                .toList();
    }

    /** The trial's position on this axis, NaN where the genome lacks the gene. */
    public double position(Trial trial) {
        Object v = gene.value().apply(trial.genome());
        if (v == null) {
            return Double.NaN;
        }
        return gene.scale().numeric() ? gene.axis((Double) v) : categories.indexOf(Objects.toString(v));
    }

    /** The position scaled to [0, 1] over the run (0.5 when every genome has the same value). */
    public double normalized(Trial trial) {
        double p = position(trial);
        return high > low ? (p - low) / (high - low) : 0.5;
    }

    public boolean logScale() {
        return gene.scale() == Gene.Scale.LOG;
    }

    /** A tick label for a position: the category, the value (10^x on a log axis), a compact number. */
    public String label(double position) {
        if (!gene.scale().numeric()) {
            int i = (int) Math.round(position);
            return i >= 0 && i < categories.size() ? categories.get(i) : "";
        }
        double v = logScale() ? Math.pow(10, position) : position;
        if (logScale() && position <= Math.log10(Gene.LOG_ZERO)) {
            return "0";
        }
        return Math.abs(v) >= 1000 || (v != 0 && Math.abs(v) < 0.01)
                ? String.format(Locale.ROOT, "%.0e", v)
                : v == Math.rint(v)
                        ? Long.toString((long) v)
                        : new java.math.BigDecimal(String.format(Locale.ROOT, "%.2g", v))
                                .stripTrailingZeros()
                                .toPlainString();
    }

    /** The axis title: the gene, with its scale where it is not linear. */
    public String title() {
        return gene.name() + (logScale() ? " (log)" : "");
    }
}
