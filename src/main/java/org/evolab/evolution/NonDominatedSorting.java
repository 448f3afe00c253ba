package org.evolab.evolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * NSGA-II's ranking (Deb, Pratap, Agarwal and Meyarivan, 2002): the fast non-dominated sort into
 * fronts, and the crowding distance inside each front. Every objective is maximised; a point
 * dominates another when it is at least as good in every objective and better in one.
 */
public final class NonDominatedSorting {
    private NonDominatedSorting() {}

    /** Whether {@code a} dominates {@code b} (all objectives maximised). */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] < b[k]) {
                return false;
            }
            better |= a[k] > b[k];
        }
        return better;
    }

    /**
     * The fronts of {@code points}: indices into it, the non-dominated first; within a front in
     * ascending index order.
     */
    public static List<List<Integer>> fronts(double[][] points) {
        int n = points.length;
        List<List<Integer>> dominatedBy = new ArrayList<>(n);
        int[] dominators = new int[n];
        List<List<Integer>> fronts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            dominatedBy.add(new ArrayList<>());
        }
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                if (dominates(points[p], points[q])) {
                    dominatedBy.get(p).add(q);
                    dominators[q]++;
                } else if (dominates(points[q], points[p])) {
                    dominatedBy.get(q).add(p);
                    dominators[p]++;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            if (dominators[p] == 0) {
                current.add(p);
            }
        }
        while (!current.isEmpty()) {
            fronts.add(current);
            List<Integer> next = new ArrayList<>();
            for (int p : current) {
                for (int q : dominatedBy.get(p)) {
                    if (--dominators[q] == 0) {
                        next.add(q);
                    }
                }
            }
            next.sort(Comparator.naturalOrder());
            current = next;
        }
        return fronts;
    }

    /**
     * The crowding distance of each member of {@code front} (indices into {@code points}), in the
     * same order: the sum over the objectives of the normalised gap between its two neighbours;
     * the extremes of every objective get infinity so that they are always kept.
     */
    public static double[] crowdingDistance(double[][] points, List<Integer> front) {
        int m = front.size();
        double[] distance = new double[m];
        if (m <= 2) {
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            return distance;
        }
        int objectives = points[front.get(0)].length;
        for (int k = 0; k < objectives; k++) {
            final int objective = k;
            Integer[] order = new Integer[m];
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> points[front.get(i)][objective]));
            double low = points[front.get(order[0])][k];
            double high = points[front.get(order[m - 1])][k];
            distance[order[0]] = Double.POSITIVE_INFINITY;
            distance[order[m - 1]] = Double.POSITIVE_INFINITY;
            if (high == low) {
                continue;
            }
            for (int i = 1; i < m - 1; i++) {
                distance[order[i]] +=
                        (points[front.get(order[i + 1])][k] - points[front.get(order[i - 1])][k]) / (high - low);
            }
        }
        return distance;
    }
}
