package org.evolab.ui.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evolab.analysis.GeneAxis;
import org.evolab.analysis.Importance;
import org.evolab.analysis.Leaderboard;
import org.evolab.analysis.ParetoFront;
import org.evolab.analysis.PedAnova;
import org.evolab.analysis.Trial;
import org.evolab.run.Evaluation;
import org.evolab.run.RunResult;

/**
 * The analysis of a finished run as the Analysis tab shows it, computed off the FX thread in one
 * go: the run's leaderboard as the analysis package sees it, PED-ANOVA importances, the genes that
 * vary (the axes of slice plots and parallel coordinates) and the Pareto front of fitness against
 * parameter count. Plain Java: tested without a toolkit.
 *
 * @param evaluations the run's evaluation of each trial, by individual id (to retrain one)
 */
public record RunAnalysis(
        Leaderboard board,
        List<Importance> importance,
        List<GeneAxis> axes,
        List<Trial> front,
        Map<String, Evaluation> evaluations) {
    public RunAnalysis {
        importance = List.copyOf(importance);
        axes = List.copyOf(axes);
        front = List.copyOf(front);
        evaluations = Map.copyOf(evaluations);
    }

    /** The method, as the importance chart names it. */
    public static final String METHOD = "PED-ANOVA (Watanabe et al., 2023)";

    public static RunAnalysis of(RunResult run) {
        Map<String, Evaluation> byId = new LinkedHashMap<>();
        run.leaderboard().forEach(e -> byId.putIfAbsent(e.individual().id(), e));
        List<Trial> trials = byId.values().stream()
                .map(e -> Trial.of(e.individual(), e.result()))
                .toList();
        Leaderboard board = Leaderboard.of(trials);
        boolean any = !board.scored().isEmpty();
        return new RunAnalysis(
                board,
                any ? PedAnova.of(board) : List.of(),
                any ? GeneAxis.varying(board) : List.of(),
                any ? ParetoFront.of(board) : List.of(),
                byId);
    }

    /** Whether there is anything to draw: at least one genome was scored. */
    public boolean hasData() {
        return !board.scored().isEmpty();
    }

    /** The best scored trial, or null. */
    public Trial best() {
        List<Trial> scored = board.scored();
        return scored.isEmpty() ? null : scored.get(0);
    }

    public double bestFitness() {
        return hasData() ? best().fitness() : Double.NaN;
    }

    public double worstFitness() {
        List<Trial> scored = board.scored();
        return scored.isEmpty() ? Double.NaN : scored.get(scored.size() - 1).fitness();
    }

    /** Where {@code t} sits on the run's fitness colour scale, in [0, 1]; 1 is the best. */
    public double colourScale(Trial t) {
        return org.evolab.analysis.FitnessColors.scale(t.fitness(), worstFitness(), bestFitness());
    }

    /** The run's evaluation of {@code t}, to retrain it. */
    public Evaluation evaluationOf(Trial t) {
        return evaluations.get(t.individualId());
    }

    /** The axis of the gene called {@code name}, if it varies in the run. */
    public GeneAxis axis(String name) {
        return axes.stream()
                .filter(a -> a.gene().name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** Genes a chart shows at most: more bars or axes than this do not read on a screen. */
    public static final int SHOWN_GENES = 12;

    /** The {@link #SHOWN_GENES} most important genes, most important first. */
    public List<Importance> topImportance() {
        return importance.subList(0, Math.min(SHOWN_GENES, importance.size()));
    }

    /** The axes of parallel coordinates: the most important genes that vary, at most {@link #SHOWN_GENES}, in gene order. */
    public List<GeneAxis> parallelAxes() {
        java.util.Set<String> top = new java.util.HashSet<>();
        for (Importance i : importance) {
            if (top.size() < SHOWN_GENES && axis(i.gene()) != null) {
                top.add(i.gene());
            }
        }
        return axes.stream().filter(a -> top.contains(a.gene().name())).toList();
    }

    /** The gene a slice plot starts with: the most important one that varies. */
    public GeneAxis firstSlice() {
        for (Importance i : importance) {
            GeneAxis a = axis(i.gene());
            if (a != null) {
                return a;
            }
        }
        return axes.isEmpty() ? null : axes.get(0);
    }
}
