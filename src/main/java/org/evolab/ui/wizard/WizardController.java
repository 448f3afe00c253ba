package org.evolab.ui.wizard;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.evolab.ui.common.Dialogs;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.common.Views;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.common.Worker;

/**
 * The stepper: Back / Next / Start over the steps, Next disabled while the step shown has a
 * problem (the step shows it beside the field at fault), settings saved to and loaded from the
 * run config JSON the CLI's {@code --config} reads.
 */
public final class WizardController {
    private final List<WizardStep> steps;
    private final SettingsFilesViewModel settingsFiles;
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private Runnable onStart = () -> {};
    private Runnable onResumeFolder = () -> {};
    private Parent view;

    @FXML
    private HBox stepper;

    @FXML
    private Label stepSubtitle;

    @FXML
    private StackPane stepHolder;

    @FXML
    private Label wizardProblem;

    @FXML
    private Button wizardBack;

    @FXML
    private Button wizardNext;

    @FXML
    private Button wizardFinish;

    @FXML
    private Button startButton;

    @FXML
    private Button saveConfigButton;

    @FXML
    private Button loadConfigButton;

    @FXML
    private Button resumeFolderButton;

    public WizardController(WizardModel model, List<WizardStep> steps) {
        this.steps = List.copyOf(steps);
        this.settingsFiles = new SettingsFilesViewModel(model, Worker.background());
        settingsFiles.setOnError((title, message) -> Dialogs.error(view, title, message));
    }

    public Parent view() {
        if (view == null) {
            view = Views.load("Wizard.fxml", this);
        }
        return view;
    }

    public void setOnStart(Runnable action) {
        this.onStart = action;
    }

    /** What "Resume a run…" does: the window around the wizard knows where runs are kept. */
    public void setOnResumeFolder(Runnable action) {
        this.onResumeFolder = action;
    }

    @FXML
    private void resumeFolder() {
        onResumeFolder.run();
    }

    public int stepIndex() {
        return index.get();
    }

    public void showStep(int i) {
        index.set(Math.max(0, Math.min(steps.size() - 1, i)));
    }

    @FXML
    private void initialize() {
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                Region line = new Region();
                line.getStyleClass().add("step-line");
                stepper.getChildren().add(line);
            }
            stepper.getChildren().add(stepChip(i));
        }
        index.addListener((o, a, b) -> show());

        ObservableValue<String> problem = Bindings.createStringBinding(
                () -> steps.get(index.get()).problem().getValue(), dependencies());
        StringBinding firstProblem = Bindings.createStringBinding(
                () -> {
                    for (WizardStep s : steps) {
                        if (s.problem().getValue() != null) {
                            return s.title() + ": " + s.problem().getValue();
                        }
                    }
                    return null;
                },
                dependencies());
        BooleanBinding allValid = firstProblem.isNull();
        BooleanBinding last = index.isEqualTo(steps.size() - 1);

        wizardProblem
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> problem.getValue() == null ? "" : UserMessages.capitalize(problem.getValue()), problem));
        wizardBack.disableProperty().bind(index.isEqualTo(0));
        wizardNext.disableProperty().bind(Bindings.createBooleanBinding(() -> problem.getValue() != null, problem));
        wizardNext.visibleProperty().bind(last.not());
        wizardNext.managedProperty().bind(wizardNext.visibleProperty());
        wizardNext.defaultButtonProperty().bind(wizardNext.visibleProperty());
        wizardFinish.visibleProperty().bind(last.not());
        wizardFinish.managedProperty().bind(wizardFinish.visibleProperty());
        wizardFinish.disableProperty().bind(allValid.not());
        startButton.visibleProperty().bind(last);
        startButton.managedProperty().bind(startButton.visibleProperty());
        startButton.defaultButtonProperty().bind(last);
        startButton.disableProperty().bind(allValid.not());
        Tooltip finishTip = new Tooltip();
        finishTip
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> firstProblem.get() == null
                                ? "Start the run now with the settings as they are, skipping the remaining steps"
                                : firstProblem.get(),
                        firstProblem));
        wizardFinish.setTooltip(finishTip);
        startButton.setTooltip(new Tooltip("Start the evolution with these settings (Enter)"));
        saveConfigButton.setTooltip(
                new Tooltip("Save every setting to a JSON file that the CLI's --config also reads"));
        loadConfigButton.setTooltip(new Tooltip("Load the settings of a run config JSON file"));
        loadConfigButton.disableProperty().bind(settingsFiles.loadingProperty());
        resumeFolderButton.setTooltip(new Tooltip("Continue a run that was cancelled or cut short, from its folder"));
        show();
    }

    private javafx.beans.Observable[] dependencies() {
        javafx.beans.Observable[] deps = new javafx.beans.Observable[steps.size() + 1];
        deps[0] = index;
        for (int i = 0; i < steps.size(); i++) {
            deps[i + 1] = steps.get(i).problem();
        }
        return deps;
    }

    private Parent stepChip(int i) {
        WizardStep step = steps.get(i);
        Label number = new Label(Integer.toString(i + 1));
        number.getStyleClass().add("step-number");
        Label title = new Label(step.title());
        title.getStyleClass().add("step-title");
        HBox chip = new HBox(8, number, title);
        chip.getStyleClass().add("step");
        chip.setId("step-" + (i + 1));
        chip.setOnMouseClicked(e -> {
            // Forward only over complete steps, backward always.
            for (int k = 0; k < i; k++) {
                if (steps.get(k).problem().getValue() != null) {
                    showStep(k);
                    return;
                }
            }
            showStep(i);
        });
        return chip;
    }

    private void show() {
        int current = index.get();
        WizardStep step = steps.get(current);
        stepHolder.getChildren().setAll(step.view());
        stepSubtitle.setText(step.subtitle());
        int k = 0;
        for (var node : stepper.getChildren()) {
            if (!node.getStyleClass().contains("step")) {
                continue;
            }
            node.getStyleClass().removeAll("current", "done");
            if (k < current) {
                node.getStyleClass().add("done");
            } else if (k == current) {
                node.getStyleClass().add("current");
            }
            k++;
        }
        step.shown();
        // Enter moves on: the default button gets the focus (a click on a field takes it from there).
        javafx.application.Platform.runLater(
                () -> (current == steps.size() - 1 ? startButton : wizardNext).requestFocus());
    }

    @FXML
    private void back() {
        showStep(index.get() - 1);
    }

    @FXML
    private void next() {
        if (steps.get(index.get()).problem().getValue() == null) {
            showStep(index.get() + 1);
        }
    }

    @FXML
    private void start() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).problem().getValue() != null) {
                showStep(i);
                return;
            }
        }
        onStart.run();
    }

    @FXML
    private void saveConfig() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save run settings");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Run settings (*.json)", "*.json"));
        chooser.setInitialFileName("evolab-run.json");
        var file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            saveConfig(file.toPath());
        }
    }

    /**
     * Writes the current settings as run config JSON, off the FX thread (the file appears whole:
     * written aside, then moved); a failure is shown as a dialog.
     */
    public void saveConfig(Path file) {
        settingsFiles.save(file);
    }

    @FXML
    private void loadConfig() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open run settings");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Run settings (*.json)", "*.json"));
        var file = chooser.showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            loadConfig(file.toPath(), () -> {});
        }
    }

    /**
     * Reads a run config JSON off the FX thread and applies it, then runs {@code onLoaded}; a bad
     * file is shown as a dialog, the settings stay.
     */
    public void loadConfig(Path file, Runnable onLoaded) {
        settingsFiles.load(file, onLoaded);
    }
}
