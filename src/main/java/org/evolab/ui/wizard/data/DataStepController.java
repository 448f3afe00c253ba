package org.evolab.ui.wizard.data;

import java.io.File;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.evolab.data.sample.SampleDataset;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Spinners;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.FxmlWizardStep;
import org.evolab.ui.wizard.data.DataStepViewModel.TaskChoice;

/**
 * Step 1: which CSV, which column to predict, how each column is used, how rows are split.
 * Builds the controls and binds them to its {@link DataStepViewModel}, which holds the logic.
 */
public final class DataStepController extends FxmlWizardStep {
    private final WizardModel model;
    private final DataStepViewModel viewModel;
    private DataPreview preview;
    private TargetView targetView;

    @FXML
    private Region dropZone;

    @FXML
    private ComboBox<SampleDataset> sampleDataChoice;

    @FXML
    private Label sampleDescription;

    @FXML
    private TextField dataFileField;

    @FXML
    private Button browseDataButton;

    @FXML
    private Label dataMessage;

    @FXML
    private Label previewInfo;

    @FXML
    private TableView<String[]> previewTable;

    @FXML
    private TableView<ColumnRow> columnsTable;

    @FXML
    private TableColumn<ColumnRow, String> nameColumn;

    @FXML
    private TableColumn<ColumnRow, ColumnKind> kindColumn;

    @FXML
    private TableColumn<ColumnRow, ColumnRole> roleColumn;

    @FXML
    private TableColumn<ColumnRow, String> missingColumn;

    @FXML
    private TableColumn<ColumnRow, String> distinctColumn;

    @FXML
    private ComboBox<String> targetColumnChoice;

    @FXML
    private ComboBox<TaskChoice> taskTypeChoice;

    @FXML
    private Label targetInfo;

    @FXML
    private Label targetChartTitle;

    @FXML
    private BarChart<String, Number> targetChart;

    @FXML
    private Label targetCaption;

    @FXML
    private Spinner<Integer> trainSpinner;

    @FXML
    private Spinner<Integer> validationSpinner;

    @FXML
    private Label testShareLabel;

    @FXML
    private Label splitMessage;

    @FXML
    private VBox dataWarnings;

    @FXML
    private VBox columnProfile;

    public DataStepController(WizardModel model) {
        super("DataStep.fxml", "Data", "Choose a CSV file and the column the network should learn to predict.");
        this.model = model;
        this.viewModel = new DataStepViewModel(model);
    }

    @FXML
    private void initialize() {
        DataStepViewModel vm = viewModel;
        sampleDataChoice.setItems(vm.samples());
        sampleDataChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SampleDataset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Your own file" : item.title());
            }
        });
        sampleDataChoice.valueProperty().bindBidirectional(vm.sampleProperty());
        sampleDescription.textProperty().bind(vm.sampleDescriptionProperty());
        sampleDataChoice.setTooltip(new Tooltip("Example data sets that come with Evolab"));
        dataFileField.textProperty().bindBidirectional(vm.dataFileProperty());
        dataFileField.setOnAction(e -> vm.openTyped(true));
        dataFileField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.openTyped(false);
            }
        });
        dataFileField.setTooltip(new Tooltip("Path of a CSV file with a header row; press Enter to read it"));
        browseDataButton.setTooltip(new Tooltip("Choose a CSV file on this computer"));
        DropZone.install(dropZone, this::openFile);
        new ColumnsEditor(vm, columnsTable, nameColumn, kindColumn, roleColumn, missingColumn, distinctColumn);
        columnsTable.setItems(vm.columnRows());
        preview = new DataPreview(previewTable, previewInfo);
        targetView = new TargetView(targetInfo, targetChartTitle, targetChart, targetCaption);
        new DataWarningsView(model, dataWarnings, vm::setRole, vm::setKind);
        new ColumnProfileView(
                model, columnProfile, columnsTable.getSelectionModel().selectedItemProperty());

        targetColumnChoice.setItems(vm.targetChoices());
        targetColumnChoice.valueProperty().bindBidirectional(vm.targetProperty());
        targetColumnChoice.setTooltip(new Tooltip("The column the network learns to predict from the others"));
        taskTypeChoice.setItems(FXCollections.observableArrayList(TaskChoice.values()));
        taskTypeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskChoice t) {
                return vm.taskLabel(t);
            }

            @Override
            public TaskChoice fromString(String s) {
                return null;
            }
        });
        taskTypeChoice.valueProperty().bindBidirectional(vm.taskProperty());
        taskTypeChoice.setTooltip(
                new Tooltip("Classification predicts one of a set of labels, regression predicts a number"));

        Spinners.integer(trainSpinner, 10, 90, vm.trainPercentProperty().get(), 5);
        Spinners.integer(
                validationSpinner, 5, 80, vm.validationPercentProperty().get(), 5);
        trainSpinner.getValueFactory().valueProperty().bindBidirectional(vm.trainPercentProperty());
        validationSpinner.getValueFactory().valueProperty().bindBidirectional(vm.validationPercentProperty());
        testShareLabel.textProperty().bind(vm.testShareProperty());
        splitMessage.textProperty().bind(vm.splitWarningProperty());
        splitMessage.visibleProperty().bind(vm.splitWarningProperty().isNotNull());
        splitMessage.managedProperty().bind(splitMessage.visibleProperty());
        trainSpinner.setTooltip(new Tooltip("Share of rows the networks are trained on"));
        validationSpinner.setTooltip(
                new Tooltip("Share of rows that score each network during the search (its fitness)"));

        dataMessage.textProperty().bind(vm.statusProperty());
        vm.statusKindProperty().addListener((o, old, kind) -> showStatus(kind));
        showStatus(vm.statusKindProperty().get());
        vm.shownProperty().addListener((o, old, info) -> showData(info));
        showData(vm.shownProperty().get());
        follow(vm.problemProperty(), null);
        vm.offerFirstSample();
    }

    private void showStatus(DataStepViewModel.Status kind) {
        dataMessage.getStyleClass().removeAll("message-error", "message-ok", "message-busy");
        switch (kind) {
            case BUSY -> dataMessage.getStyleClass().add("message-busy");
            case ERROR -> dataMessage.getStyleClass().add("message-error");
            case OK -> dataMessage.getStyleClass().add("message-ok");
            case NONE -> {}
        }
    }

    private void showData(DatasetInfo info) {
        preview.show(info == null ? null : info.table());
        targetView.show(info);
        // The "Detect (...)" entry names what was detected: have the drop-down draw it again.
        TaskChoice chosen = taskTypeChoice.getValue();
        taskTypeChoice.setValue(null);
        taskTypeChoice.setValue(chosen);
    }

    /** Opens the file chooser and reads the chosen CSV. */
    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV files (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        String current = model.config().data();
        if (current != null) {
            File dir = new File(current).getAbsoluteFile().getParentFile();
            if (dir != null && dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File chosen = chooser.showOpenDialog(view().getScene().getWindow());
        if (chosen != null) {
            openFile(chosen.toPath());
        }
    }

    /** Reads {@code file} as the run's data (the Browse and drag-and-drop path). */
    public void openFile(Path file) {
        viewModel.open(file);
    }
}
