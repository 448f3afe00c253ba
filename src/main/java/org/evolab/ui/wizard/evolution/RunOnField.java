package org.evolab.ui.wizard.evolution;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.evolab.run.RunConfig;
import org.evolab.spark.SparkSupport;
import org.evolab.ui.common.WizardModel;

/**
 * The evolution step's "Run on: this computer / a Spark cluster (URL)": the config's
 * {@code spark} master URL. Without Spark in this build the cluster choice says how to add it (and
 * a loaded settings file's master stays, for Start to refuse in the same words).
 */
final class RunOnField {
    static final String THIS_COMPUTER = "this computer";
    static final String SPARK = "a Spark cluster";

    private final WizardModel model;
    private final ChoiceBox<String> choice = new ChoiceBox<>(FXCollections.observableArrayList(THIS_COMPUTER, SPARK));
    private final TextField master = new TextField();
    private final Label hint = new Label();
    private boolean syncing;

    private RunOnField(WizardModel model) {
        this.model = model;
        choice.setId("runOnChoice");
        master.setId("sparkMasterField");
        hint.setId("sparkHint");
        master.setPromptText("spark://host:7077 or local[4]");
        master.setPrefColumnCount(18);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        choice.setTooltip(new Tooltip("Where the networks train: here, or as tasks on an Apache Spark cluster "
                + "(same seed, same results)"));
        choice.valueProperty().addListener((o, a, b) -> push());
        master.textProperty().addListener((o, a, b) -> push());
        model.configProperty().addListener((o, a, c) -> pull(c));
        pull(model.config());
    }

    /** Fills {@code box} (the FXML's place for it) with the choice, the URL field and the hint. */
    static void attach(HBox box, WizardModel model) {
        RunOnField field = new RunOnField(model);
        box.getChildren().setAll(field.choice, field.master, field.hint);
    }

    private void push() {
        boolean spark = SPARK.equals(choice.getValue());
        master.setVisible(spark && SparkSupport.available());
        master.setManaged(master.isVisible());
        hint.setText(
                !spark
                        ? ""
                        : SparkSupport.available()
                                ? "local[N] runs an embedded Spark with N cores"
                                : "Spark is not in this build: " + SparkSupport.HOW_TO_ADD);
        if (syncing || (spark && !SparkSupport.available())) {
            // Without Spark a loaded master stays in the config: Start then says how to add Spark.
            return;
        }
        String url = spark && !master.getText().isBlank() ? master.getText().trim() : null;
        if (!Objects.equals(url, model.config().spark())) {
            model.update(c -> c.withSpark(url));
        }
    }

    /** Shows a config's setting (loaded settings, a resumed run's). */
    private void pull(RunConfig config) {
        syncing = true;
        try {
            if (config.spark() != null) {
                choice.setValue(SPARK);
                if (!config.spark().equals(master.getText().trim())) {
                    master.setText(config.spark());
                }
            } else if (choice.getValue() == null
                    || (SPARK.equals(choice.getValue()) && !master.getText().isBlank())) {
                choice.setValue(THIS_COMPUTER);
            }
        } finally {
            syncing = false;
        }
        push();
    }
}
