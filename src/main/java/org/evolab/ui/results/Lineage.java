package org.evolab.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evolab.evolution.Individual;
import org.evolab.run.Evaluation;

/**
 * The ancestry of an individual: its parents, their parents, and so on, with the operators that
 * made each child, found by walking {@code parentIds} through every individual the run showed.
 * Ancestries of a GA are graphs (one parent may appear on several branches); the tree repeats a
 * shared ancestor only once and marks later mentions, and stops after {@code maxNodes}.
 */
public final class Lineage {
    private Lineage() {}

    /**
     * One individual in the tree.
     *
     * @param individual null when the run never showed it (then only the id is known)
     * @param repeated   already shown elsewhere in the tree; its ancestors are not repeated
     */
    public record Node(String id, Individual individual, Evaluation evaluation, boolean repeated, List<Node> parents) {
        public List<String> operators() {
            return individual == null ? List.of() : individual.operators();
        }
    }

    public static Node of(String id, Map<String, Individual> known, Map<String, Evaluation> scored, int maxNodes) {
        int[] budget = {Math.max(1, maxNodes)};
        return walk(id, known, scored, new java.util.HashSet<>(), budget);
    }

    private static Node walk(
            String id,
            Map<String, Individual> known,
            Map<String, Evaluation> scored,
            java.util.Set<String> seen,
            int[] budget) {
        Individual individual = known.get(id);
        Evaluation evaluation = scored.get(id);
        if (individual == null && evaluation != null) {
            individual = evaluation.individual();
        }
        budget[0]--;
        if (!seen.add(id)) {
            return new Node(id, individual, evaluation, true, List.of());
        }
        List<Node> parents = new ArrayList<>();
        if (individual != null) {
            for (String parent : individual.parentIds()) {
                if (budget[0] <= 0) {
                    break;
                }
                parents.add(walk(parent, known, scored, seen, budget));
            }
        }
        return new Node(id, individual, evaluation, false, List.copyOf(parents));
    }

    /** Generations back to the oldest ancestor shown. */
    public static int depth(Node node) {
        int d = 0;
        for (Node p : node.parents()) {
            d = Math.max(d, 1 + depth(p));
        }
        return d;
    }

    /** Every node of the tree, depth first. */
    public static int size(Node node) {
        int n = 1;
        for (Node p : node.parents()) {
            n += size(p);
        }
        return n;
    }
}
