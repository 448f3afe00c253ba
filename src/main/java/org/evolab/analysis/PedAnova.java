package org.evolab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Parameter importance by PED-ANOVA (Watanabe, Bansal and Hutter, "PED-ANOVA: Efficiently
 * Quantifying Hyperparameter Importance in Arbitrary Subspaces", IJCAI 2023), the method
 * optuna-dashboard shows.
 *
 * <p>A gene matters when the genomes of the top quantile (the best 10 %, at least two) hold it
 * differently from all genomes of the run. For each gene, both distributions are estimated on a
 * grid of at most {@value #STEPS} steps (log10 steps for genes searched on a log scale) by a
 * Parzen estimator with Scott's bandwidth and a wide prior kernel (a categorical gene: counts
 * smoothed as Optuna's categorical kernel), and the importance is their Pearson divergence
 * {@code sum p_all * (p_top / p_all - 1)^2}. The divergences are normalised to sum to 1.
 *
 * <p>A gene a genome lacks (the width of a third layer in a two-layer network) is, as for any
 * conditional parameter, compared in the subspace where it exists: the top genomes that have it
 * against all genomes that have it, and that divergence counts in proportion to the share of the
 * top genomes that have it. When fewer than two top genomes have it, it explains nothing beyond
 * {@code depth}, which already tells shallow from deep (one genome would make a spike of any
 * value). A gene with one value in the whole run explains nothing.
 */
public final class PedAnova {
    /** Top quantile compared with the whole run (Optuna's default baseline). */
    public static final double TOP_QUANTILE = 0.1;

    static final int MIN_TOP = 2;
    static final int STEPS = 50;
    private static final double PRIOR_WEIGHT = 1.0;
    private static final double EPS = 1e-12;

    private PedAnova() {}

    /** The importance of every gene of {@code board}, most important first, summing to 1. */
    public static List<Importance> of(Leaderboard board) {
        Table all = board.scoredTable();
        List<Gene> genes = board.genes();
        List<Importance> result = new ArrayList<>();
        if (all.rowCount() <= MIN_TOP) {
            genes.forEach(g -> result.add(new Importance(g.name(), 1.0 / genes.size())));
            return result;
        }
        int topCount = Math.max(MIN_TOP, (int) Math.ceil(TOP_QUANTILE * all.rowCount()));
        Table top = all.sortDescendingOn(Leaderboard.FITNESS).first(topCount);
        double[] divergence = new double[genes.size()];
        for (int i = 0; i < genes.size(); i++) {
            Gene gene = genes.get(i);
            int present =
                    top.column(gene.name()).size() - top.column(gene.name()).countMissing();
            if (present < MIN_TOP) {
                continue;
            }
            double inSubspace = gene.scale().numeric()
                    ? numeric(gene, all.doubleColumn(gene.name()), top.doubleColumn(gene.name()))
                    : categorical(all.stringColumn(gene.name()), top.stringColumn(gene.name()));
            divergence[i] = inSubspace * present / topCount;
        }
        double sum = Arrays.stream(divergence).sum();
        for (int i = 0; i < genes.size(); i++) {
            result.add(new Importance(genes.get(i).name(), sum > 0 ? divergence[i] / sum : 1.0 / genes.size()));
        }
        result.sort(Comparator.comparingDouble(Importance::importance).reversed());
        return result;
    }

    private static double numeric(Gene gene, DoubleColumn allColumn, DoubleColumn topColumn) {
        double[] all = present(gene, allColumn);
        double[] top = present(gene, topColumn);
        double low = Arrays.stream(all).min().orElse(0);
        double high = Arrays.stream(all).max().orElse(0);
        if (top.length == 0 || high == low) {
            return 0;
        }
        boolean integral = gene.scale() != Gene.Scale.LOG && Arrays.stream(all).allMatch(v -> v == Math.rint(v));
        int steps = integral ? (int) Math.min(STEPS, high - low + 1) : STEPS;
        return pearson(parzen(counts(all, low, high, steps)), parzen(counts(top, low, high, steps)));
    }

    private static double[] present(Gene gene, DoubleColumn column) {
        return column.removeMissing().asList().stream().mapToDouble(gene::axis).toArray();
    }

    private static double[] counts(double[] values, double low, double high, int steps) {
        double[] counts = new double[steps];
        for (double v : values) {
            counts[(int) Math.round((v - low) / (high - low) * (steps - 1))]++;
        }
        return counts;
    }

    /**
     * The density on grid points 0..n-1 of a mixture of discretised Gaussian kernels, one per
     * observed grid point weighted by its count with Scott's bandwidth, plus a prior kernel centred
     * on the grid and as wide as it.
     */
    static double[] parzen(double[] counts) {
        int n = counts.length;
        double total = Arrays.stream(counts).sum();
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += j * counts[j] / total;
        }
        double squares = 0;
        for (int j = 0; j < n; j++) {
            squares += counts[j] * (j - mean) * (j - mean);
        }
        double sd = Math.sqrt(squares / Math.max(1, total - 1));
        double iqr = quantile(counts, total, 0.75) - quantile(counts, total, 0.25);
        double sigma = Math.max(0.5 / 1.64, 1.059 * Math.min(iqr / 1.34, sd) * Math.pow(total, -0.2));
        double[] pdf = new double[n];
        for (int j = 0; j < n; j++) {
            if (counts[j] > 0) {
                addKernel(pdf, j, sigma, counts[j] / (total + PRIOR_WEIGHT));
            }
        }
        addKernel(pdf, (n - 1) / 2.0, n, PRIOR_WEIGHT / (total + PRIOR_WEIGHT));
        return pdf;
    }

    /** Adds {@code weight} times a Gaussian kernel truncated to and normalised on the grid. */
    private static void addKernel(double[] pdf, double mu, double sigma, double weight) {
        double[] k = new double[pdf.length];
        double sum = 0;
        for (int j = 0; j < pdf.length; j++) {
            k[j] = Math.exp(-0.5 * (j - mu) * (j - mu) / (sigma * sigma));
            sum += k[j];
        }
        for (int j = 0; j < pdf.length; j++) {
            pdf[j] += weight * k[j] / sum;
        }
    }

    /** The grid point below which a share {@code q} of the observations lie. */
    private static double quantile(double[] counts, double total, double q) {
        double seen = 0;
        for (int j = 0; j < counts.length; j++) {
            seen += counts[j];
            if (seen >= q * total) {
                return j;
            }
        }
        return counts.length - 1;
    }

    private static double categorical(StringColumn allColumn, StringColumn topColumn) {
        List<String> all = allColumn.asList().stream().filter(s -> !s.isEmpty()).toList();
        List<String> top = topColumn.asList().stream().filter(s -> !s.isEmpty()).toList();
        List<String> choices = new ArrayList<>(new TreeSet<>(all));
        if (top.isEmpty() || choices.size() < 2) {
            return 0;
        }
        return pearson(smoothed(all, choices), smoothed(top, choices));
    }

    /**
     * A categorical Parzen estimator as Optuna's: a kernel per observed category, weighted by its
     * count, with mass 1 on the category and {@code w / (u + 1)} on every category (w the prior
     * weight, u the categories observed), renormalised; mixed with a uniform prior kernel of weight w.
     */
    private static double[] smoothed(List<String> values, List<String> choices) {
        int k = choices.size();
        double[] counts = new double[k];
        for (String v : values) {
            counts[choices.indexOf(v)] += 1;
        }
        double observed = Arrays.stream(counts).filter(c -> c > 0).count();
        double fill = PRIOR_WEIGHT / (observed + 1);
        double total = values.size();
        double[] p = new double[k];
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                p[j] += counts[c] * ((j == c ? 1 : 0) + fill) / (1 + k * fill);
            }
        }
        for (int j = 0; j < k; j++) {
            p[j] = (p[j] + PRIOR_WEIGHT / k) / (total + PRIOR_WEIGHT);
        }
        return p;
    }

    /** Pearson divergence of {@code top} from {@code all}: {@code sum all * (top / all - 1)^2}. */
    static double pearson(double[] all, double[] top) {
        double d = 0;
        for (int j = 0; j < all.length; j++) {
            double a = all[j] + EPS;
            double ratio = (top[j] + EPS) / a - 1;
            d += a * ratio * ratio;
        }
        return d;
    }
}
