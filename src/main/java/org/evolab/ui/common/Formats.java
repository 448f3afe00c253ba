package org.evolab.ui.common;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;

/** How numbers, durations and genomes read on screen. One place, so every view says them alike. */
public final class Formats {
    private Formats() {}

    /** A score with four decimals, or a dash for a failed training. */
    public static String score(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "failed";
    }

    /** Epochs trained: whole numbers as they are, a partial epoch (halving stopped it) with two decimals. */
    public static String epochs(double e) {
        return e == Math.rint(e) ? String.format(Locale.ROOT, "%d", (long) e) : String.format(Locale.ROOT, "%.2f", e);
    }

    /** 1,234,567 */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 12 K / 3.4 M for large counts, the plain number below 10,000. */
    public static String compact(long n) {
        if (n < 10_000) {
            return count(n);
        }
        if (n < 10_000_000) {
            return String.format(Locale.ROOT, "%.1f K", n / 1e3);
        }
        if (n < 10_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f G", n / 1e9);
    }

    /** m:ss or h:mm:ss. */
    public static String clock(Duration d) {
        if (d == null) {
            return "–";
        }
        long s = Math.max(0, d.toSeconds());
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "about 40 s", "about 12 min", "about 2.5 h". */
    public static String roughDuration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "unknown";
        }
        if (seconds < 90) {
            return String.format(Locale.ROOT, "about %d s", Math.max(1, Math.round(seconds)));
        }
        if (seconds < 90 * 60) {
            return String.format(Locale.ROOT, "about %d min", Math.round(seconds / 60));
        }
        return String.format(Locale.ROOT, "about %.1f h", seconds / 3600);
    }

    /** A learning rate or L2 value: 1e-3 reads "0.001", 3.2e-5 reads "3.2e-5". */
    public static String small(double v) {
        if (v == 0) {
            return "0";
        }
        if (v >= 1e-3 && v < 1e4) {
            return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
        }
        String s = String.format(Locale.ROOT, "%.1e", v);
        return s.replace(".0e", "e").replace("e-0", "e-").replace("e+0", "e");
    }

    /** "64 relu › 32 tanh". */
    public static String layers(List<LayerGene> layers) {
        StringBuilder sb = new StringBuilder();
        for (LayerGene l : layers) {
            if (sb.length() > 0) {
                sb.append(" › ");
            }
            sb.append(l.width()).append(' ').append(l.activation().id());
        }
        return sb.toString();
    }

    /** The training genes of a genome in a short line. */
    public static String training(Genome g) {
        return String.format(
                Locale.ROOT,
                "%s, lr %s, batch %s, dropout %.2f, L2 %s, ≤%d epochs",
                g.optimizer().id(),
                small(g.learningRate()),
                g.batchSize() == Genome.FULL_BATCH ? "full" : Integer.toString(g.batchSize()),
                g.dropout(),
                small(g.l2()),
                g.maxEpochs());
    }

    /** A genome over several lines, for tooltips. */
    public static String genomeBlock(Genome g) {
        return "Hidden layers: " + layers(g.layers()) + "\nTraining: " + training(g);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }
}
