package org.evolab.ui.run;

import java.util.List;
import java.util.Locale;
import javafx.animation.FadeTransition;
import javafx.animation.ScaleTransition;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.ui.common.Formats;

/**
 * A diagram of one network: the input layer (feature names), the hidden layers (width and
 * activation), the output layer (class names or the target); edges coloured by the sign and
 * drawn thicker for larger trained weights. Wide layers show at most {@value #MAX_NODES} nodes
 * and a "+N". When a new genome differs from the previous one, the layers that changed are
 * highlighted for a moment.
 *
 * <p>Layer headings are real labels: ids {@code layer-input}, {@code layer-0} …, {@code layer-output};
 * hidden ones carry the style class {@code hidden-layer-label}.
 */
public final class TopologyView extends Pane {
    static final int MAX_NODES = 10;
    static final double LABEL_WIDTH = 112;
    static final double HEAD_HEIGHT = 40;
    static final Color POSITIVE = Color.web("#2563eb");
    static final Color NEGATIVE = Color.web("#f97316");
    static final Color NEUTRAL = Color.web("#94a3b8");

    /**
     * What to draw.
     *
     * @param weights trained weight matrices [from][to], hidden layers then the output layer; null draws neutral edges
     * @param caption a line above the diagram ("Best of generation 3 · accuracy 0.97")
     */
    public record Network(
            Genome genome,
            List<String> inputs,
            List<String> outputs,
            boolean classification,
            List<double[][]> weights,
            long parameters,
            String caption) {}

    private Network network;
    private Genome previous;
    private List<GenomeChanges.Change> changes = List.of();
    private String changeText = "";
    private final Label empty = new Label("The best network of each generation is drawn here.");

    public TopologyView() {
        getStyleClass().add("topology-view");
        empty.getStyleClass().add("hint");
        getChildren().add(empty);
        widthProperty().addListener(o -> rebuild(false));
        heightProperty().addListener(o -> rebuild(false));
        setMinSize(200, 160);
        setPrefSize(520, 320);
    }

    /** Draws {@code n}; changes from the genome drawn before are highlighted. */
    public void show(Network n) {
        show(n, true);
    }

    /** Draws {@code n}, highlighting what changed from the genome drawn before only when {@code compare}. */
    public void show(Network n, boolean compare) {
        Genome before = network == null ? null : network.genome();
        if (!compare) {
            changes = List.of();
            changeText = "";
            network = n;
            rebuild(false);
            return;
        }
        if (before != null && !before.equals(n.genome())) {
            previous = before;
            changes = GenomeChanges.diff(before, n.genome());
            changeText = GenomeChanges.describe(before, n.genome(), changes);
        } else if (before == null) {
            changes = List.of();
            changeText = "";
        }
        boolean animate = before != null && !before.equals(n.genome());
        network = n;
        rebuild(animate);
    }

    public void clear() {
        network = null;
        previous = null;
        changes = List.of();
        changeText = "";
        rebuild(false);
    }

    public Network network() {
        return network;
    }

    /** The genome drawn before the current one, or null. */
    public Genome previous() {
        return previous;
    }

    private void rebuild(boolean animate) {
        getChildren().clear();
        double w = getWidth();
        double h = getHeight();
        if (network == null || w < 50 || h < 50) {
            empty.relocate(16, 16);
            getChildren().add(empty);
            return;
        }
        Genome g = network.genome();
        int hidden = g.layers().size();
        int columns = hidden + 2;
        int[] widths = new int[columns];
        widths[0] = Math.max(1, network.inputs().size());
        for (int i = 0; i < hidden; i++) {
            widths[i + 1] = g.layers().get(i).width();
        }
        widths[columns - 1] = Math.max(1, network.outputs().size());

        double left = LABEL_WIDTH + 18;
        double right = LABEL_WIDTH + 18;
        // the caption wraps rather than end in an ellipsis (fonts differ between machines); the
        // diagram starts below however many lines it takes
        Label caption = new Label(network.caption() == null ? "" : network.caption());
        caption.setId("topologyCaption");
        caption.getStyleClass().add("topology-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(w - 24);
        caption.relocate(12, 6);
        getChildren().add(caption);
        caption.applyCss();
        double captionHeight = caption.prefHeight(w - 24);
        double top = Math.max(30, 6 + captionHeight + 4) + HEAD_HEIGHT;
        double bottom = 34;
        double span = Math.max(10, w - left - right);
        double[] xs = new double[columns];
        for (int c = 0; c < columns; c++) {
            xs[c] = left + span * c / (columns - 1);
        }
        int maxShown = 1;
        for (int n : widths) {
            maxShown = Math.max(maxShown, Math.min(n, MAX_NODES));
        }
        double avail = Math.max(20, h - top - bottom - 18);
        double step = Math.min(34, avail / maxShown);
        double radius = Math.max(3, Math.min(8, step * 0.3));
        double[][] ys = new double[columns][];
        for (int c = 0; c < columns; c++) {
            int shown = shownCount(widths[c]);
            ys[c] = new double[shown];
            for (int j = 0; j < shown; j++) {
                ys[c][j] = top + avail / 2 + (j - (shown - 1) / 2.0) * step;
            }
        }

        // highlights behind changed layers
        Group highlights = new Group();
        for (int i = 0; i < hidden && i < changes.size(); i++) {
            if (changes.get(i) == GenomeChanges.Change.SAME) {
                continue;
            }
            double x = xs[i + 1];
            Rectangle r = new Rectangle(x - 26, top - HEAD_HEIGHT - 4, 52, avail + HEAD_HEIGHT + 22);
            r.setArcWidth(14);
            r.setArcHeight(14);
            r.getStyleClass().addAll("layer-highlight", changes.get(i).name().toLowerCase(Locale.ROOT));
            highlights.getChildren().add(r);
            if (animate) {
                FadeTransition fade = new FadeTransition(Duration.millis(1600), r);
                fade.setFromValue(1.0);
                fade.setToValue(0.35);
                fade.play();
            } else {
                r.setOpacity(0.35);
            }
        }
        getChildren().add(highlights);

        Group edges = new Group();
        edges.getStyleClass().add("edges");
        // hundreds of antialiased lines: drawn once into a bitmap, not again on every frame of the
        // highlight fading behind them (software rendering spent most of a redraw on them)
        edges.setCache(true);
        edges.setCacheHint(javafx.scene.CacheHint.QUALITY);
        List<double[][]> weights = network.weights();
        for (int c = 0; c + 1 < columns; c++) {
            double[][] matrix = matrixFor(weights, c, widths[c], widths[c + 1]);
            double max = maxAbs(matrix, ys[c].length, ys[c + 1].length, widths[c], widths[c + 1]);
            for (int a = 0; a < realShown(widths[c]); a++) {
                for (int b = 0; b < realShown(widths[c + 1]); b++) {
                    Line line = new Line(xs[c] + radius, ys[c][a], xs[c + 1] - radius, ys[c + 1][b]);
                    if (matrix == null || max == 0) {
                        line.setStroke(NEUTRAL);
                        line.setStrokeWidth(0.8);
                        line.setOpacity(0.35);
                    } else {
                        double v = matrix[a][b];
                        double m = Math.min(1, Math.abs(v) / max);
                        line.setStroke(v >= 0 ? POSITIVE : NEGATIVE);
                        line.setStrokeWidth(0.4 + 2.6 * m);
                        line.setOpacity(0.12 + 0.78 * m);
                    }
                    edges.getChildren().add(line);
                }
            }
        }
        getChildren().add(edges);

        for (int c = 0; c < columns; c++) {
            String kind = c == 0 ? "input" : c == columns - 1 ? "output" : "hidden";
            boolean changed = c > 0
                    && c < columns - 1
                    && c - 1 < changes.size()
                    && changes.get(c - 1) != GenomeChanges.Change.SAME;
            int real = realShown(widths[c]);
            for (int j = 0; j < real; j++) {
                Circle dot = new Circle(xs[c], ys[c][j], radius);
                dot.getStyleClass().addAll("neuron", kind);
                getChildren().add(dot);
                if (animate && changed) {
                    ScaleTransition pulse = new ScaleTransition(Duration.millis(450), dot);
                    pulse.setFromX(1.6);
                    pulse.setFromY(1.6);
                    pulse.setToX(1);
                    pulse.setToY(1);
                    pulse.play();
                }
            }
            if (widths[c] > real) {
                Label more = new Label("+" + (widths[c] - real));
                more.getStyleClass().add("more-nodes");
                more.setPrefWidth(48);
                more.setAlignment(Pos.CENTER);
                more.relocate(xs[c] - 24, ys[c][ys[c].length - 1] - 9);
                getChildren().add(more);
            }
        }

        // names beside the input and output nodes
        for (int j = 0; j < realShown(widths[0]) && j < network.inputs().size(); j++) {
            Label name = sideLabel(network.inputs().get(j), Pos.CENTER_RIGHT, "input-name");
            name.relocate(xs[0] - radius - 6 - LABEL_WIDTH, ys[0][j] - 9);
            getChildren().add(name);
        }
        int last = columns - 1;
        for (int j = 0; j < realShown(widths[last]) && j < network.outputs().size(); j++) {
            Label name = sideLabel(network.outputs().get(j), Pos.CENTER_LEFT, "output-name");
            name.relocate(xs[last] + radius + 6, ys[last][j] - 9);
            getChildren().add(name);
        }

        // headings
        for (int c = 0; c < columns; c++) {
            Label head;
            if (c == 0) {
                head = heading("Input\n" + widths[0] + (widths[0] == 1 ? " feature" : " features"), "layer-input");
            } else if (c == last) {
                head = heading(
                        network.classification()
                                ? "Output\n" + widths[c] + " classes"
                                : "Output\n"
                                        + (network.outputs().isEmpty()
                                                ? "1 value"
                                                : network.outputs().get(0)),
                        "layer-output");
            } else {
                LayerGene layer = g.layers().get(c - 1);
                head = heading(layer.width() + "\n" + layer.activation().id(), "layer-" + (c - 1));
                head.getStyleClass().add("hidden-layer-label");
                if (c - 1 < changes.size() && changes.get(c - 1) != GenomeChanges.Change.SAME) {
                    head.getStyleClass().add("changed");
                }
            }
            head.getStyleClass().add("layer-label");
            double width =
                    c == 0 || c == last ? LABEL_WIDTH : Math.max(56, Math.min(LABEL_WIDTH, span / (columns - 1) - 4));
            head.setPrefWidth(width);
            head.setMinWidth(width);
            head.relocate(xs[c] - width / 2, top - HEAD_HEIGHT - 4);
            getChildren().add(head);
        }

        Label params = new Label(Formats.count(network.parameters()) + " parameters · " + hidden + " hidden layer"
                + (hidden == 1 ? "" : "s"));
        params.setId("topologyParameters");
        params.getStyleClass().add("topology-parameters");
        params.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // one footer line: the counts at the left keep their width, what changed takes the rest
        javafx.scene.layout.HBox footer = new javafx.scene.layout.HBox(16, params);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPrefWidth(w - 24);
        footer.setMaxWidth(w - 24);
        footer.relocate(12, h - 26);
        getChildren().add(footer);

        if (!changeText.isEmpty()) {
            Label change = new Label(changeText);
            change.setId("topologyChange");
            change.getStyleClass().add("topology-change");
            change.setMaxWidth(Double.MAX_VALUE);
            change.setAlignment(Pos.CENTER_RIGHT);
            javafx.scene.layout.HBox.setHgrow(change, javafx.scene.layout.Priority.ALWAYS);
            footer.getChildren().add(change);
            if (animate) {
                FadeTransition fade = new FadeTransition(Duration.millis(900), change);
                fade.setFromValue(0);
                fade.setToValue(1);
                fade.play();
            }
        }
    }

    private static Label heading(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return l;
    }

    private static Label sideLabel(String text, Pos alignment, String style) {
        Label l = new Label(text.length() > 18 ? text.substring(0, 17) + "…" : text);
        l.setPrefWidth(LABEL_WIDTH);
        l.setMaxWidth(LABEL_WIDTH);
        l.setAlignment(alignment);
        l.getStyleClass().add(style);
        return l;
    }

    /** Nodes drawn for a layer of {@code n}: all when few, else MAX_NODES - 1 and a "+N". */
    static int shownCount(int n) {
        return n <= MAX_NODES ? n : MAX_NODES;
    }

    static int realShown(int n) {
        return n <= MAX_NODES ? n : MAX_NODES - 1;
    }

    private static double[][] matrixFor(List<double[][]> weights, int layer, int from, int to) {
        if (weights == null || layer >= weights.size()) {
            return null;
        }
        double[][] m = weights.get(layer);
        if (m == null || m.length != from || (from > 0 && m[0].length != to)) {
            return null;
        }
        return m;
    }

    private static double maxAbs(double[][] m, int shownFrom, int shownTo, int from, int to) {
        if (m == null) {
            return 0;
        }
        double max = 0;
        for (int a = 0; a < realShown(from); a++) {
            for (int b = 0; b < realShown(to); b++) {
                max = Math.max(max, Math.abs(m[a][b]));
            }
        }
        return max;
    }
}
