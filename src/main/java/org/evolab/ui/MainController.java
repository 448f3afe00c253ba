package org.evolab.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Dialogs;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.common.Views;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.run.RunController;
import org.evolab.ui.wizard.WizardController;
import org.evolab.ui.wizard.data.DataStepController;
import org.evolab.ui.wizard.evolution.EvolutionStepController;
import org.evolab.ui.wizard.search.SearchStepController;

/** The window's content: an app bar over either the wizard or the run (live view and results). */
public final class MainController {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainController.class);
    private final WizardModel model;
    private final DataStepController dataStep;
    private final SearchStepController searchStep;
    private final EvolutionStepController evolutionStep;
    private final WizardController wizard;
    private final RunController run = new RunController();
    private Parent view;

    @FXML
    private ImageView appIcon;

    @FXML
    private Label appStatus;

    @FXML
    private StackPane pages;

    public MainController(WizardModel model) {
        this.model = model;
        this.dataStep = new DataStepController(model);
        this.searchStep = new SearchStepController(model);
        this.evolutionStep = new EvolutionStepController(model);
        this.wizard = new WizardController(model, List.of(dataStep, searchStep, evolutionStep));
    }

    public Parent view() {
        if (view == null) {
            view = Views.load("Main.fxml", this);
        }
        return view;
    }

    @FXML
    private void initialize() {
        appIcon.setImage(EvolabApp.icon(64));
        wizard.setOnStart(this::startRun);
        wizard.setOnResumeFolder(this::chooseRunToResume);
        run.setOnSettings(this::showWizard);
        run.runningProperty().addListener((o, was, now) -> updateStatus());
        run.monitor().outcomeProperty().addListener(o -> updateStatus());
        showWizard();
    }

    private void updateStatus() {
        appStatus.getStyleClass().removeAll("running", "done", "cancelled");
        if (run.isRunning()) {
            appStatus.setText("● Run in progress");
            appStatus.getStyleClass().add("running");
        } else if (run.monitor().outcomeProperty().get() != null) {
            var outcome = run.monitor().outcomeProperty().get();
            appStatus.setText(
                    switch (outcome) {
                        case COMPLETED -> "✓ Run completed";
                        case CANCELLED -> "Run cancelled";
                        case FAILED -> "Run failed";
                    });
            appStatus.getStyleClass().add(outcome == org.evolab.run.RunStatus.COMPLETED ? "done" : "cancelled");
        } else {
            appStatus.setText("");
        }
    }

    /** Starts a run with the wizard's settings, or says why it cannot. */
    public void startRun() {
        DatasetInfo data = model.dataset();
        if (data == null || !data.usable()) {
            Dialogs.error(view, "Cannot start", "Choose a data file first.");
            return;
        }
        try {
            run.start(model.config(), data);
        } catch (RuntimeException e) {
            if (!(e instanceof org.evolab.util.InvalidInputException)) {
                LOG.error("could not start a run", e);
            }
            Dialogs.error(view, "Cannot start the run", UserMessages.of(e));
            return;
        }
        pages.getChildren().setAll(run.view());
    }

    private void chooseRunToResume() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Resume a run: choose its folder");
        java.io.File root = org.evolab.ui.run.RunFolders.root().toFile();
        if (root.isDirectory()) {
            chooser.setInitialDirectory(root);
        }
        java.io.File dir = chooser.showDialog(view.getScene().getWindow());
        if (dir != null) {
            resumeRun(dir.toPath());
        }
    }

    /**
     * Continues the run kept in {@code dir} (one cancelled, or whose window was closed or killed):
     * its settings and data are loaded into the wizard, then the run goes on from its checkpoint.
     */
    public void resumeRun(java.nio.file.Path dir) {
        try {
            org.evolab.run.RunFolder.checkResumable(dir);
        } catch (RuntimeException e) {
            Dialogs.error(view, "Cannot resume", UserMessages.of(e));
            return;
        }
        wizard.loadConfig(
                dir.resolve(org.evolab.run.RunFolder.CONFIG),
                () -> whenDataReady(() -> {
                    try {
                        run.resume(dir, model.dataset());
                    } catch (RuntimeException e) {
                        Dialogs.error(view, "Cannot resume the run", UserMessages.of(e));
                        return;
                    }
                    pages.getChildren().setAll(run.view());
                }));
    }

    private void whenDataReady(Runnable action) {
        if (model.dataReady().get()) {
            action.run();
            return;
        }
        model.dataReady().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    model.dataReady().removeListener(this);
                    action.run();
                }
            }
        });
    }

    public void showWizard() {
        pages.getChildren().setAll(wizard.view());
    }

    public WizardModel model() {
        return model;
    }

    public WizardController wizard() {
        return wizard;
    }

    public DataStepController dataStep() {
        return dataStep;
    }

    public RunController run() {
        return run;
    }
}
