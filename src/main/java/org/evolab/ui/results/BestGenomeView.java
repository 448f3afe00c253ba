package org.evolab.ui.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import org.evolab.fitness.FinalModel;
import org.evolab.genome.Genome;
import org.evolab.run.Evaluation;
import org.evolab.run.RunResult;
import org.evolab.ui.common.Formats;
import org.evolab.ui.run.RunMonitor;

/**
 * The Results screen's best genome: its details grid, and the lineage tree of the individual
 * selected in the leaderboard. Wired to the screen's nodes here; {@link ResultsController} feeds it.
 */
final class BestGenomeView {
    /** Lineage nodes shown at most; a long run's ancestry is a large graph. */
    static final int LINEAGE_NODES = 120;

    private final GridPane bestDetails;
    private final TreeView<Lineage.Node> lineageTree;
    private final Label lineageSummary;

    BestGenomeView(GridPane bestDetails, TreeView<Lineage.Node> lineageTree, Label lineageSummary) {
        this.bestDetails = bestDetails;
        this.lineageTree = lineageTree;
        this.lineageSummary = lineageSummary;
        lineageTree.setCellFactory(tv -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Lineage.Node node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : describe(node));
            }
        });
    }

    void clear() {
        lineageTree.setRoot(null);
        lineageSummary.setText("");
        bestDetails.getChildren().clear();
    }

    /** Fills the details grid with {@code best} of {@code result} (which may be null). */
    void showBest(Evaluation best, RunResult result) {
        bestDetails.getChildren().clear();
        Genome g = best.individual().genome();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {
            "Individual",
            best.individual().id() + ", born in generation " + best.individual().generation() + ", made by "
                    + String.join(", ", best.individual().operators())
        });
        lines.add(new String[] {
            "Layers",
            Formats.layers(g.layers()) + "  ·  " + Formats.count(best.result().parameters()) + " parameters"
        });
        lines.add(new String[] {
            "Training",
            g.optimizer().id() + ", learning rate " + Formats.small(g.learningRate()) + ", batch "
                    + (g.batchSize() == Genome.FULL_BATCH ? "full" : Integer.toString(g.batchSize()))
                    + String.format(Locale.ROOT, ", dropout %.2f, L2 %s", g.dropout(), Formats.small(g.l2()))
        });
        lines.add(new String[] {
            "Epochs",
            Formats.epochs(best.result().epochs()) + " in the search (best at "
                    + Formats.epochs(best.result().bestEpoch()) + ")"
                    + (result != null
                                    && result.model() != null
                                    && result.model().origin() == FinalModel.RETRAIN
                            ? "; " + Formats.epochs(result.model().epochs())
                                    + (result.refitted()
                                            ? " for the final model, refit on every labelled row"
                                            : " for the retrained final model")
                            : "")
        });
        EnsembleText.membersLine(result).ifPresent(lines::add);
        for (int i = 0; i < lines.size(); i++) {
            Label key = new Label(lines.get(i)[0]);
            key.getStyleClass().add("field-label");
            Label value = new Label(lines.get(i)[1]);
            value.setWrapText(true);
            // a grid row is one line high unless its wrapping label may ask for more
            value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            value.getStyleClass().add("detail-value");
            bestDetails.addRow(i, key, value);
        }
    }

    /** Shows the ancestry of {@code of}, from what the monitor saw and the result's leaderboard (either may be null). */
    void showLineage(Evaluation of, RunMonitor monitor, RunResult result) {
        Map<String, org.evolab.evolution.Individual> known = new LinkedHashMap<>();
        Map<String, Evaluation> scored = new LinkedHashMap<>();
        if (monitor != null) {
            known.putAll(monitor.individuals());
            scored.putAll(monitor.evaluationsById());
        }
        if (result != null) {
            for (Evaluation e : result.leaderboard()) {
                known.putIfAbsent(e.individual().id(), e.individual());
                scored.putIfAbsent(e.individual().id(), e);
            }
        }
        Lineage.Node root = Lineage.of(of.individual().id(), known, scored, LINEAGE_NODES);
        TreeItem<Lineage.Node> item = tree(root);
        lineageTree.setRoot(item);
        expand(item, 3);
        int depth = Lineage.depth(root);
        lineageSummary.setText(
                depth == 0
                        ? of.individual().id() + " was drawn at random: no ancestors"
                        : of.individual().id() + ": " + (Lineage.size(root) - 1) + " ancestors over " + depth
                                + " generation" + (depth == 1 ? "" : "s"));
    }

    private static TreeItem<Lineage.Node> tree(Lineage.Node node) {
        TreeItem<Lineage.Node> item = new TreeItem<>(node);
        for (Lineage.Node p : node.parents()) {
            item.getChildren().add(tree(p));
        }
        return item;
    }

    private static void expand(TreeItem<?> item, int levels) {
        if (levels <= 0) {
            return;
        }
        item.setExpanded(true);
        for (TreeItem<?> child : item.getChildren()) {
            expand(child, levels - 1);
        }
    }

    private static String describe(Lineage.Node node) {
        StringBuilder sb = new StringBuilder(node.id());
        if (node.evaluation() != null) {
            sb.append("  ").append(Formats.score(node.evaluation().fitness()));
        }
        if (node.individual() != null) {
            sb.append("  ").append(Formats.layers(node.individual().genome().layers()));
            sb.append("  ⟵ ").append(String.join(", ", node.operators()));
        } else {
            sb.append("  (not seen)");
        }
        if (node.repeated()) {
            sb.append("  (see above)");
        }
        return sb.toString();
    }
}
