package org.evolab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.evolab.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On the small laptop screens people still have (1280x800, 1366x768; the window's content is
 * about 70 px less high than the screen), no label, button, tab or check box of the wizard's
 * steps, the run screen or the results is cut short with an ellipsis. Table cells are left out: a column that is too
 * narrow is the user's to widen.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {
    static final double[][] SIZES = {{1280, 730}, {1366, 698}};

    MainController main;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = EvolabApp.show(stage, SIZES[0]);
        stage.requestFocus();
    }

    @Test
    void noLabelOfTheRunOrResultsScreenIsCutShortOnSmallScreens() {
        FxWait.until(Duration.ofSeconds(30), "Iris to load", () -> main.model()
                .dataReady()
                .get());
        for (double[] size : SIZES) {
            for (int step = 0; step < 3; step++) {
                int s = step;
                FxWait.onFx(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    main.wizard().showStep(s);
                    return null;
                });
                assertThat(cutAfterLayout())
                        .as("labels cut short at %.0fx%.0f in wizard step %d", size[0], size[1], s + 1)
                        .isEmpty();
            }
        }
        FxWait.onFx(() -> {
            main.model().update(c -> c.withGa(c.ga().withPopulationSize(6).withGenerations(2)));
            main.startRun();
            return null;
        });
        FxWait.until(
                Duration.ofSeconds(180),
                "the run to finish",
                () -> main.run().lastResult() != null && !main.run().isRunning());
        assertThat(FxWait.onFx(() -> main.run().lastResult().status())).isEqualTo(RunStatus.COMPLETED);
        for (double[] size : SIZES) {
            for (int tab = 0; tab < 2; tab++) {
                int t = tab;
                FxWait.onFx(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    stage.getScene().getWindow().setWidth(size[0]);
                    TabPane tabs = (TabPane) stage.getScene().lookup("#runTabs");
                    tabs.getSelectionModel().select(t);
                    return null;
                });
                assertThat(cutAfterLayout())
                        .as(
                                "labels cut short at %.0fx%.0f on the %s tab",
                                size[0], size[1], t == 0 ? "live" : "results")
                        .isEmpty();
            }
        }
    }

    private List<String> cutAfterLayout() {
        FxWait.onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return null;
        });
        return FxWait.onFx(() -> truncated(stage.getScene().getRoot()));
    }

    /** Every visible {@link Labeled} (not a table cell) whose drawn text is not its whole text. */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible() || node instanceof TableCell<?, ?>) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Node shown = l.lookup(".text");
            String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            if (shown instanceof Text text && !whole.equals(text.getText())) {
                out.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " '" + l.getText()
                        + "' shown as '" + text.getText() + "' (" + Math.round(l.getWidth()) + " px)");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
