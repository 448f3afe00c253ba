package org.evolab.ui.wizard.data;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
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
import org.evolab.data.ColumnInfo;
import org.evolab.data.ColumnKind;
import org.evolab.data.ColumnRole;
import org.evolab.data.DataTable;
import org.evolab.data.SampleDataset;
import org.evolab.data.SplitRatios;
import org.evolab.data.TaskType;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Problem;
import org.evolab.ui.common.Spinners;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.wizard.FxmlWizardStep;

/** Step 1: which CSV, which column to predict, how each column is used, how rows are split. */
public final class DataStepController extends FxmlWizardStep {
    /** The task type drop-down: inferred, or forced. */
    enum TaskChoice {
        AUTO, CLASSIFICATION, REGRESSION;

        TaskType type() {
            return this == AUTO ? null : TaskType.valueOf(name());
        }

        static TaskChoice of(TaskType t) {
            return t == null ? AUTO : valueOf(t.name());
        }
    }

    private final WizardModel model;
    /** True while controls are being set from the model, so their listeners do not write back. */
    private boolean syncing;
    private ColumnsEditor columns;
    private DataPreview preview;
    private TargetView targetView;

    @FXML private Region dropZone;
    @FXML private ComboBox<SampleDataset> sampleDataChoice;
    @FXML private Label sampleDescription;
    @FXML private TextField dataFileField;
    @FXML private Button browseDataButton;
    @FXML private Label dataMessage;
    @FXML private Label previewInfo;
    @FXML private TableView<String[]> previewTable;
    @FXML private TableView<ColumnRow> columnsTable;
    @FXML private TableColumn<ColumnRow, String> nameColumn;
    @FXML private TableColumn<ColumnRow, ColumnKind> kindColumn;
    @FXML private TableColumn<ColumnRow, ColumnRole> roleColumn;
    @FXML private TableColumn<ColumnRow, String> missingColumn;
    @FXML private TableColumn<ColumnRow, String> distinctColumn;
    @FXML private ComboBox<String> targetColumnChoice;
    @FXML private ComboBox<TaskChoice> taskTypeChoice;
    @FXML private Label targetInfo;
    @FXML private Label targetChartTitle;
    @FXML private BarChart<String, Number> targetChart;
    @FXML private Label targetCaption;
    @FXML private Spinner<Integer> trainSpinner;
    @FXML private Spinner<Integer> validationSpinner;
    @FXML private Label testShareLabel;
    @FXML private Label splitMessage;
    @FXML private VBox dataWarnings;
    @FXML private VBox columnProfile;

    public DataStepController(WizardModel model) {
        super("DataStep.fxml", "Data", "Choose a CSV file and the column the network should learn to predict.");
        this.model = model;
    }

    @FXML
    private void initialize() {
        sampleDataChoice.setItems(FXCollections.observableArrayList(model.samples()));
        sampleDataChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SampleDataset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Your own file" : item.title());
            }
        });
        sampleDataChoice.valueProperty().addListener((o, old, sample) -> {
            sampleDescription.setText(sample == null ? "Loaded from the file named below." : sample.description());
            if (!syncing && sample != null) {
                dataFileField.setText(sample.file().toString());
                model.loadData(sample.file(), sample.target(), false);
            }
        });
        sampleDataChoice.setTooltip(new Tooltip("Example data sets that come with Evolab"));
        dataFileField.setOnAction(e -> loadTypedPath(true));
        dataFileField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                loadTypedPath(false);
            }
        });
        dataFileField.setTooltip(new Tooltip("Path of a CSV file with a header row; press Enter to read it"));
        browseDataButton.setTooltip(new Tooltip("Choose a CSV file on this computer"));
        DropZone.install(dropZone, this::openFile);
        columns = new ColumnsEditor(model, columnsTable, nameColumn, kindColumn, roleColumn, missingColumn,
                distinctColumn, this::refreshData);
        preview = new DataPreview(previewTable, previewInfo);
        targetView = new TargetView(targetInfo, targetChartTitle, targetChart, targetCaption);
        new DataWarningsView(model, dataWarnings, this::setRole, this::setKind);
        new ColumnProfileView(model, columnProfile, columnsTable.getSelectionModel().selectedItemProperty());

        targetColumnChoice.valueProperty().addListener((o, old, target) -> {
            if (!syncing && target != null && !target.equals(model.config().target())) {
                model.changeColumns(c -> ColumnsEditor.withoutOverridesOf(c.withTarget(target), target));
            }
        });
        targetColumnChoice.setTooltip(new Tooltip("The column the network learns to predict from the others"));
        taskTypeChoice.setItems(FXCollections.observableArrayList(TaskChoice.values()));
        taskTypeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TaskChoice t) {
                if (t == null) {
                    return "";
                }
                if (t == TaskChoice.AUTO) {
                    DatasetInfo info = model.dataset();
                    return info != null && info.taskType() != null && model.config().taskType() == null
                            ? "Detect (" + info.taskType().id() + ")" : "Detect automatically";
                }
                return t == TaskChoice.CLASSIFICATION ? "Classification (labels)" : "Regression (a number)";
            }

            @Override
            public TaskChoice fromString(String s) {
                return null;
            }
        });
        taskTypeChoice.valueProperty().addListener((o, old, t) -> {
            if (!syncing && t != null && t.type() != model.config().taskType()) {
                model.changeColumns(c -> c.withTaskType(t.type()));
            }
        });
        taskTypeChoice.setTooltip(new Tooltip("Classification predicts one of a set of labels, regression predicts a number"));

        SplitRatios split = model.config().split();
        Spinners.integer(trainSpinner, 10, 90, (int) Math.round(split.train() * 100), 5);
        Spinners.integer(validationSpinner, 5, 80, (int) Math.round(split.validation() * 100), 5);
        trainSpinner.valueProperty().addListener(o -> pushSplit());
        validationSpinner.valueProperty().addListener(o -> pushSplit());
        trainSpinner.setTooltip(new Tooltip("Share of rows the networks are trained on"));
        validationSpinner.setTooltip(new Tooltip("Share of rows that score each network during the search (its fitness)"));

        model.datasetProperty().addListener(o -> refreshData());
        model.dataProblemProperty().addListener(o -> refreshData());
        model.busyProperty().addListener(o -> refreshData());
        model.configProperty().addListener((o, old, config) -> pullFromConfig(config));
        problem.bind(Bindings.createStringBinding(this::computeProblem, model.datasetProperty(),
                model.dataProblemProperty(), model.busyProperty(), model.configProperty()));

        pullFromConfig(model.config());
        refreshData();
        SampleDataset first = model.samples().isEmpty() ? null : model.samples().get(0);
        if (first != null && model.config().data() == null) {
            sampleDataChoice.setValue(first);
        }
    }

    private String computeProblem() {
        if (model.busyProperty().get()) {
            return "reading the data…";
        }
        if (model.dataProblemProperty().get() != null) {
            return model.dataProblemProperty().get();
        }
        DatasetInfo info = model.dataset();
        if (info == null) {
            return "choose a CSV file";
        }
        if (info.problem() != null) {
            return info.problem();
        }
        return Problem.messageOf(Problem.check(() -> model.config().split().validate()));
    }

    private void loadTypedPath(boolean always) {
        String text = dataFileField.getText() == null ? "" : dataFileField.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        if (!always && text.equals(model.config().data())) {
            return;
        }
        Path file;
        try {
            file = Path.of(text.startsWith("~" + File.separator) ? System.getProperty("user.home") + text.substring(1) : text);
        } catch (InvalidPathException e) {
            model.reportDataProblem(text + ": not a valid file path");
            return;
        }
        selectSampleQuietly(file);
        model.loadData(file, sampleTarget(file), false);
    }

    private String sampleTarget(Path file) {
        SampleDataset s = sampleDataChoice.getValue();
        return s != null && s.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()) ? s.target() : null;
    }

    private void selectSampleQuietly(Path file) {
        SampleDataset match = null;
        for (SampleDataset s : model.samples()) {
            try {
                if (s.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                    match = s;
                }
            } catch (RuntimeException ignored) {
                // an odd path simply matches no sample
            }
        }
        syncing = true;
        try {
            sampleDataChoice.setValue(match);
        } finally {
            syncing = false;
        }
        if (match == null) {
            sampleDescription.setText("Loaded from the file named below.");
        }
    }

    /** Opens the file chooser and reads the chosen CSV. */
    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files (*.csv, *.tsv, *.txt)",
                "*.csv", "*.tsv", "*.txt"), new FileChooser.ExtensionFilter("All files", "*.*"));
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
        dataFileField.setText(file.toString());
        selectSampleQuietly(file);
        model.loadData(file, sampleTarget(file), false);
    }

    /** Reads column {@code name} as {@code kind} from now on. */
    public void setKind(String name, ColumnKind kind) {
        columns.setKind(name, kind);
    }

    /** Uses column {@code name} as {@code role}; TARGET makes it the column to predict. */
    public void setRole(String name, ColumnRole role) {
        columns.setRole(name, role);
    }

    private void pushSplit() {
        if (syncing) {
            return;
        }
        int train = trainSpinner.getValue();
        int validation = validationSpinner.getValue();
        int test = 100 - train - validation;
        testShareLabel.setText(test + " %");
        if (test < 5) {
            splitMessage.setText("Training and validation leave " + test + " % for the test; keep at least 5 %.");
            splitMessage.setVisible(true);
            splitMessage.setManaged(true);
            model.update(c -> c.withSplit(new SplitRatios(train / 100.0, validation / 100.0, Math.max(0, test) / 100.0)));
            return;
        }
        splitMessage.setVisible(false);
        splitMessage.setManaged(false);
        model.update(c -> c.withSplit(new SplitRatios(train / 100.0, validation / 100.0, test / 100.0)));
    }

    private void pullFromConfig(RunConfig config) {
        syncing = true;
        try {
            int train = (int) Math.round(config.split().train() * 100);
            int validation = (int) Math.round(config.split().validation() * 100);
            if (!Objects.equals(trainSpinner.getValue(), train)) {
                Spinners.set(trainSpinner, train);
            }
            if (!Objects.equals(validationSpinner.getValue(), validation)) {
                Spinners.set(validationSpinner, validation);
            }
            testShareLabel.setText((100 - train - validation) + " %");
            if (config.data() != null && !config.data().equals(dataFileField.getText()) && !dataFileField.isFocused()) {
                dataFileField.setText(config.data());
            }
            taskTypeChoice.setValue(TaskChoice.of(config.taskType()));
            if (config.target() != null && targetColumnChoice.getItems().contains(config.target())) {
                targetColumnChoice.setValue(config.target());
            }
        } finally {
            syncing = false;
        }
    }

    private void refreshData() {
        DatasetInfo info = model.dataset();
        String loadProblem = model.dataProblemProperty().get();
        boolean busy = model.busyProperty().get();
        dataMessage.getStyleClass().removeAll("message-error", "message-ok", "message-busy");
        if (busy) {
            dataMessage.setText("Reading…");
            dataMessage.getStyleClass().add("message-busy");
        } else if (loadProblem != null) {
            dataMessage.setText(loadProblem);
            dataMessage.getStyleClass().add("message-error");
        } else if (info != null && info.problem() != null) {
            dataMessage.setText(info.problem());
            dataMessage.getStyleClass().add("message-error");
        } else if (info != null) {
            dataMessage.setText(readySummary(info));
            dataMessage.getStyleClass().add("message-ok");
        } else {
            dataMessage.setText("Choose a sample, type the path of a CSV file, or drop one here.");
        }
        if (busy) {
            return;
        }
        DataTable table = info == null ? null : info.table();
        if (loadProblem != null) {
            table = null;
        }
        preview.show(table);
        fillColumns(loadProblem == null ? info : null);
        targetView.show(loadProblem == null ? info : null);
    }

    private static String readySummary(DatasetInfo info) {
        var schema = info.schema();
        long features = schema.features().size();
        String task = schema.taskType() == TaskType.CLASSIFICATION
                ? "classification into " + schema.classLabels().size() + " classes"
                : "regression of a number";
        return String.format(Locale.ROOT, "Ready: %s rows, %d feature column%s (%d network inputs), %s of '%s'.",
                org.evolab.ui.common.Formats.count(info.table().rowCount()), features, features == 1 ? "" : "s",
                info.inputs(), task, schema.target());
    }

    private void fillColumns(DatasetInfo info) {
        List<ColumnRow> rows;
        if (info == null) {
            rows = List.of();
        } else if (info.schema() == null) {
            rows = info.table().columnNames().stream().map(ColumnRow::unknown).toList();
        } else {
            Map<String, ColumnRole> roleOverrides = model.config().columnRoles();
            rows = info.schema().columns().stream()
                    .map((ColumnInfo c) -> ColumnRow.of(c, roleOverrides.containsKey(c.name()))).toList();
        }
        columnsTable.setItems(FXCollections.observableArrayList(rows));
        syncing = true;
        try {
            List<String> names = info == null ? List.of() : info.table().columnNames();
            if (!targetColumnChoice.getItems().equals(names)) {
                targetColumnChoice.setItems(FXCollections.observableArrayList(names));
            }
            String target = model.config().target();
            targetColumnChoice.setValue(target != null && names.contains(target) ? target : null);
            taskTypeChoice.setValue(null);
            taskTypeChoice.setValue(TaskChoice.of(model.config().taskType()));
        } finally {
            syncing = false;
        }
    }
}
