package org.evolab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.evolab.ui.run.TopologyView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TopologyViewTest {
    static final List<String> INPUTS = List.of("a", "b", "c", "d");
    static final List<String> OUTPUTS = List.of("x", "y", "z");

    TopologyView view;

    @Start
    void start(Stage stage) {
        view = new TopologyView();
        stage.setScene(new Scene(new StackPane(view), 900, 420));
        stage.show();
    }

    static Genome genome(LayerGene... layers) {
        return new Genome(List.of(layers), 1e-3, Optimizer.ADAM, 32, 0, 0, 20);
    }

    static double[][] matrix(int from, int to) {
        double[][] m = new double[from][to];
        for (int i = 0; i < from; i++) {
            for (int j = 0; j < to; j++) {
                m[i][j] = ((i + j) % 2 == 0 ? 1 : -1) * (0.1 + (i * 7 + j) % 5);
            }
        }
        return m;
    }

    @Test
    void aWideLayerIsDrawnCappedWithItsRestCountedAndEdgesColouredBySign(FxRobot robot) {
        Genome g = genome(new LayerGene(100, Activation.RELU), new LayerGene(5, Activation.TANH));
        List<double[][]> weights = List.of(matrix(4, 100), matrix(100, 5), matrix(5, 3));
        robot.interact(() -> view.show(new TopologyView.Network(g, INPUTS, OUTPUTS, true, weights, 1234, "caption")));

        Set<Node> hidden = robot.from(view).lookup(".hidden-layer-label").queryAll();
        assertThat(hidden).hasSize(2);
        assertThat(robot.from(view).lookup("#layer-0").queryAs(Label.class).getText())
                .isEqualTo("100\nrelu");
        assertThat(robot.from(view).lookup("#layer-1").queryAs(Label.class).getText())
                .isEqualTo("5\ntanh");
        assertThat(robot.from(view).lookup(".more-nodes").queryAs(Label.class).getText())
                .isEqualTo("+91");
        assertThat(robot.from(view).lookup(".neuron").queryAll()).hasSize(4 + 9 + 5 + 3);
        Set<Line> edges = robot.from(view).lookup((Node n) -> n instanceof Line).queryAllAs(Line.class);
        assertThat(edges).hasSize(4 * 9 + 9 * 5 + 5 * 3);
        assertThat(edges).extracting(Line::getStroke).contains(Color.web("#2563eb"), Color.web("#f97316"));
        assertThat(robot.from(view)
                        .lookup("#topologyParameters")
                        .queryAs(Label.class)
                        .getText())
                .startsWith("1,234 parameters");
        assertThat(robot.from(view).lookup(".input-name").queryAll()).hasSize(4);
        assertThat(robot.from(view).lookup(".output-name").queryAll()).hasSize(3);
    }

    @Test
    void withoutWeightsTheEdgesAreNeutral(FxRobot robot) {
        Genome g = genome(new LayerGene(3, Activation.ELU));
        robot.interact(() -> view.show(new TopologyView.Network(g, INPUTS, OUTPUTS, true, null, 30, "")));
        Set<Line> edges = robot.from(view).lookup((Node n) -> n instanceof Line).queryAllAs(Line.class);
        assertThat(edges).hasSize(4 * 3 + 3 * 3).allSatisfy(l -> assertThat(l.getStroke())
                .isEqualTo(Color.web("#94a3b8")));
    }

    @Test
    void whatChangedFromThePreviousBestIsHighlighted(FxRobot robot) {
        Genome before = genome(new LayerGene(8, Activation.RELU));
        Genome after = genome(new LayerGene(12, Activation.RELU), new LayerGene(4, Activation.TANH));
        robot.interact(() -> view.show(new TopologyView.Network(before, INPUTS, OUTPUTS, true, null, 10, "")));
        assertThat(robot.from(view).lookup(".layer-highlight").queryAll()).isEmpty();
        robot.interact(() -> view.show(new TopologyView.Network(after, INPUTS, OUTPUTS, true, null, 20, "")));
        assertThat(robot.from(view).lookup(".layer-highlight").queryAll()).hasSize(2);
        assertThat(robot.from(view)
                        .lookup("#topologyChange")
                        .queryAs(Label.class)
                        .getText())
                .contains("layer 1 8→12")
                .contains("added layer 2");
        assertThat(robot.from(view).lookup("#layer-1").queryAs(Label.class).getStyleClass())
                .contains("changed");
    }

    @Test
    void aCaptionWiderThanTheViewWrapsWholeAndTheDiagramStartsBelowIt(FxRobot robot) {
        Genome g = genome(new LayerGene(6, Activation.RELU));
        String caption = "Final model: g12-07, trained on the 1,234,567 training + validation rows"
                + " of a file with a long name · accuracy 0.9767 · and a few more words to be sure";
        robot.interact(() -> {
            view.setMaxSize(520, 400); // narrower than the caption's one line, whatever the fonts
            view.show(new TopologyView.Network(g, INPUTS, OUTPUTS, true, null, 60, caption));
        });
        robot.interact(() -> view.getScene().getRoot().layout());
        Label shown = robot.from(view).lookup("#topologyCaption").queryAs(Label.class);
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) shown.lookup(".text");
        assertThat(drawn.getText()).isEqualTo(caption);
        double oneLine = robot.from(view)
                .lookup("#topologyParameters")
                .queryAs(Label.class)
                .getHeight();
        assertThat(shown.getHeight()).as("two lines or more").isGreaterThan(1.5 * oneLine);
        Label layer = robot.from(view).lookup("#layer-0").queryAs(Label.class);
        assertThat(layer.getBoundsInParent().getMinY())
                .isGreaterThanOrEqualTo(shown.getBoundsInParent().getMaxY());
    }
}
