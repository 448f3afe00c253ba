package org.evolab.analysis;

/**
 * The colour scale of fitness in every analysis plot, the GUI's and the CLI's: dark blue for the
 * worst of a run through teal and green to yellow for the best (a viridis-like ramp that stays
 * readable in grey and for red-green colour blindness).
 */
public final class FitnessColors {
    private static final int[][] STOPS = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
    /** The highlight of the best genome and of the Pareto front. */
    public static final int HIGHLIGHT = 0xD62728;

    private FitnessColors() {}

    /** The 0xRRGGBB colour at {@code t} in [0, 1] (clamped); 0 is the worst. */
    public static int rgb(double t) {
        double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) x);
        double f = x - i;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = (rgb << 8) | (int) Math.round(STOPS[i][c] + f * (STOPS[i + 1][c] - STOPS[i][c]));
        }
        return rgb;
    }

    /** Where {@code fitness} sits between the worst and the best score of the run, in [0, 1]. */
    public static double scale(double fitness, double worst, double best) {
        return best > worst ? (fitness - worst) / (best - worst) : 1;
    }
}
