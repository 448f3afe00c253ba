package org.evolab.ui.wizard.data;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evolab.data.prep.SplitRatios;
import org.evolab.data.sample.SampleDataset;
import org.evolab.data.schema.ColumnKind;
import org.evolab.data.schema.ColumnRole;
import org.evolab.data.schema.TaskType;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Problem;
import org.evolab.ui.common.WizardModel;

/**
 * The data step without its controls: which file, which sample, the target and task type, the
 * split, the status line and the rows of the columns table, kept in step with the wizard's
 * config. Plain Java (JavaFX properties only), tested without a toolkit; reading a file goes
 * through {@link WizardModel#loadData}, off the FX thread.
 *
 * <p>No guard flags: each property writes its own setting only when the config does not hold
 * it already, so setting a property from the config writes nothing back.
 */
public final class DataStepViewModel {
    /** The task type drop-down: inferred, or forced. */
    public enum TaskChoice {
        AUTO,
        CLASSIFICATION,
        REGRESSION;

        TaskType type() {
            return this == AUTO ? null : TaskType.valueOf(name());
        }

        static TaskChoice of(TaskType t) {
            return t == null ? AUTO : valueOf(t.name());
        }
    }

    /** How the status line under the file field looks. */
    public enum Status {
        NONE,
        BUSY,
        ERROR,
        OK
    }

    private final WizardModel model;
    private final ObjectProperty<SampleDataset> sample = new SimpleObjectProperty<>(this, "sample");
    private final StringProperty sampleDescription = new SimpleStringProperty(this, "sampleDescription");
    private final StringProperty dataFile = new SimpleStringProperty(this, "dataFile");
    /** The file last asked for: choosing the sample that is this file reads nothing again. */
    private Path requested;

    private final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target");
    private final ObservableList<String> targetChoices = FXCollections.observableArrayList();
    private final ObjectProperty<TaskChoice> task = new SimpleObjectProperty<>(this, "task");
    private final ObjectProperty<Integer> trainPercent = new SimpleObjectProperty<>(this, "trainPercent");
    private final ObjectProperty<Integer> validationPercent = new SimpleObjectProperty<>(this, "validationPercent");
    private final StringProperty testShare = new SimpleStringProperty(this, "testShare");
    private final StringProperty splitWarning = new SimpleStringProperty(this, "splitWarning");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final ObjectProperty<Status> statusKind = new SimpleObjectProperty<>(this, "statusKind", Status.NONE);
    /** The data the preview, columns and target chart show: null while there is none to show. */
    private final ObjectProperty<DatasetInfo> shown = new SimpleObjectProperty<>(this, "shown");

    private final ObservableList<ColumnRow> columnRows = FXCollections.observableArrayList();
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");

    public DataStepViewModel(WizardModel model) {
        this.model = model;
        sample.addListener((o, old, s) -> {
            sampleDescription.set(s == null ? "Loaded from the file named below." : s.description());
            if (s != null && !sameFile(s.file(), requested)) {
                open(s.file());
            }
        });
        target.addListener((o, old, t) -> {
            if (t != null && !t.equals(model.config().target())) {
                model.changeColumns(c -> withoutOverridesOf(c.withTarget(t), t));
            }
        });
        task.addListener((o, old, t) -> {
            if (t != null && t.type() != model.config().taskType()) {
                model.changeColumns(c -> c.withTaskType(t.type()));
            }
        });
        trainPercent.addListener((o, old, v) -> writeSplit());
        validationPercent.addListener((o, old, v) -> writeSplit());
        model.configProperty().addListener((o, old, config) -> load(old, config));
        for (Observable source : List.of(model.datasetProperty(), model.dataProblemProperty(), model.busyProperty())) {
            source.addListener(o -> refresh());
        }
        model.configProperty().addListener(o -> problem.set(computeProblem()));
        load(null, model.config());
        refresh();
    }

    public ObservableList<SampleDataset> samples() {
        return FXCollections.observableArrayList(model.samples());
    }

    /** The sample chosen; choosing one reads it. Null: the user's own file. */
    public ObjectProperty<SampleDataset> sampleProperty() {
        return sample;
    }

    public ReadOnlyStringProperty sampleDescriptionProperty() {
        return sampleDescription;
    }

    /** The text of the file field; {@link #openTyped} reads it. */
    public StringProperty dataFileProperty() {
        return dataFile;
    }

    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public ObservableList<String> targetChoices() {
        return targetChoices;
    }

    public ObjectProperty<TaskChoice> taskProperty() {
        return task;
    }

    public ObjectProperty<Integer> trainPercentProperty() {
        return trainPercent;
    }

    public ObjectProperty<Integer> validationPercentProperty() {
        return validationPercent;
    }

    public ReadOnlyStringProperty testShareProperty() {
        return testShare;
    }

    /** Why the split leaves too little for the test, or null. */
    public ReadOnlyStringProperty splitWarningProperty() {
        return splitWarning;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Status> statusKindProperty() {
        return statusKind;
    }

    public ReadOnlyObjectProperty<DatasetInfo> shownProperty() {
        return shown;
    }

    public ObservableList<ColumnRow> columnRows() {
        return columnRows;
    }

    /** Why the step cannot be left yet; null when the data is read and the split valid. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem;
    }

    /** Chooses the first sample, so a new user sees data at once; not when the config names a file. */
    public void offerFirstSample() {
        if (!model.samples().isEmpty() && model.config().data() == null) {
            sample.set(model.samples().get(0));
        }
    }

    /** How the task type drop-down names {@code t}: "Detect" says what it detected. */
    public String taskLabel(TaskChoice t) {
        if (t == null) {
            return "";
        }
        if (t == TaskChoice.AUTO) {
            DatasetInfo info = model.dataset();
            return info != null && info.taskType() != null && model.config().taskType() == null
                    ? "Detect (" + info.taskType().id() + ")"
                    : "Detect automatically";
        }
        return t == TaskChoice.CLASSIFICATION ? "Classification (labels)" : "Regression (a number)";
    }

    /**
     * Reads the file named in the file field ({@code always}: even when it is the config's data
     * already, as on Enter). A leading {@code ~/} is the home folder.
     */
    public void openTyped(boolean always) {
        String text = dataFile.get() == null ? "" : dataFile.get().strip();
        if (text.isEmpty() || !always && text.equals(model.config().data())) {
            return;
        }
        try {
            open(Path.of(
                    text.startsWith("~" + File.separator)
                            ? System.getProperty("user.home") + text.substring(1)
                            : text));
        } catch (InvalidPathException e) {
            model.reportDataProblem(text + ": not a valid file path");
        }
    }

    /** Reads {@code file} as the run's data (Browse, drag and drop, a sample, a typed path). */
    public void open(Path file) {
        requested = file;
        dataFile.set(file.toString());
        SampleDataset match = model.samples().stream()
                .filter(s -> sameFile(s.file(), file))
                .findFirst()
                .orElse(null);
        sample.set(match);
        model.loadData(file, match == null ? null : match.target(), false);
    }

    /** Reads column {@code name} as {@code kind} from now on. */
    public void setKind(String name, ColumnKind kind) {
        model.changeColumns(c -> {
            Map<String, ColumnKind> kinds = new HashMap<>(c.columnKinds());
            kinds.put(name, kind);
            return c.withColumnKinds(kinds);
        });
    }

    /** Uses column {@code name} as {@code role}; TARGET makes it the column to predict. */
    public void setRole(String name, ColumnRole role) {
        if (role == ColumnRole.TARGET) {
            model.changeColumns(c -> withoutOverridesOf(c.withTarget(name), name));
        } else if (name.equals(model.config().target())) {
            // The target cannot be a feature or ignored: keep it, and show its row as it was.
            refresh();
        } else {
            model.changeColumns(c -> {
                Map<String, ColumnRole> roles = new HashMap<>(c.columnRoles());
                roles.put(name, role);
                return c.withColumnRoles(roles);
            });
        }
    }

    /** {@code c} without the role and kind overrides of {@code column} (it becomes the target). */
    static RunConfig withoutOverridesOf(RunConfig c, String column) {
        Map<String, ColumnRole> roles = new HashMap<>(c.columnRoles());
        roles.remove(column);
        Map<String, ColumnKind> kinds = new HashMap<>(c.columnKinds());
        kinds.remove(column);
        return c.withColumnRoles(roles).withColumnKinds(kinds);
    }

    /** The split as the two percentages say; written only when it differs from the config's. */
    private void writeSplit() {
        Integer train = trainPercent.get();
        Integer validation = validationPercent.get();
        if (train == null || validation == null) {
            return;
        }
        int test = 100 - train - validation;
        testShare.set(test + " %");
        splitWarning.set(
                test < 5 ? "Training and validation leave " + test + " % for the test; keep at least 5 %." : null);
        SplitRatios now = model.config().split();
        if (percent(now.train()) != train || percent(now.validation()) != validation) {
            model.update(
                    c -> c.withSplit(new SplitRatios(train / 100.0, validation / 100.0, Math.max(0, test) / 100.0)));
        }
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    private void load(RunConfig old, RunConfig config) {
        trainPercent.set(percent(config.split().train()));
        validationPercent.set(percent(config.split().validation()));
        writeSplit();
        if (config.data() != null && (old == null || !config.data().equals(old.data()))) {
            dataFile.set(config.data());
        }
        task.set(TaskChoice.of(config.taskType()));
        if (config.target() != null && targetChoices.contains(config.target())) {
            target.set(config.target());
        }
    }

    private Problem computeProblem() {
        if (model.busyProperty().get()) {
            return Problem.general("reading the data…");
        }
        if (model.dataProblemProperty().get() != null) {
            return Problem.general(model.dataProblemProperty().get());
        }
        DatasetInfo info = model.dataset();
        if (info == null) {
            return Problem.general("choose a CSV file");
        }
        if (info.problem() != null) {
            return Problem.general(info.problem());
        }
        return Problem.check(() -> model.config().split().validate());
    }

    private void refresh() {
        problem.set(computeProblem());
        DatasetInfo info = model.dataset();
        String loadProblem = model.dataProblemProperty().get();
        if (model.busyProperty().get()) {
            setStatus(Status.BUSY, "Reading…");
            return;
        }
        if (loadProblem != null) {
            setStatus(Status.ERROR, loadProblem);
        } else if (info != null && info.problem() != null) {
            setStatus(Status.ERROR, info.problem());
        } else if (info != null) {
            setStatus(Status.OK, readySummary(info));
        } else {
            setStatus(Status.NONE, "Choose a sample, type the path of a CSV file, or drop one here.");
        }
        DatasetInfo data = loadProblem == null ? info : null;
        columnRows.setAll(rows(data));
        List<String> names = data == null ? List.of() : data.table().columnNames();
        if (!targetChoices.equals(names)) {
            targetChoices.setAll(names);
        }
        String t = model.config().target();
        target.set(t != null && names.contains(t) ? t : null);
        task.set(TaskChoice.of(model.config().taskType()));
        shown.set(data);
    }

    private void setStatus(Status kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }

    private List<ColumnRow> rows(DatasetInfo info) {
        if (info == null) {
            return List.of();
        }
        if (info.schema() == null) {
            return info.table().columnNames().stream().map(ColumnRow::unknown).toList();
        }
        Map<String, ColumnRole> overrides = model.config().columnRoles();
        return info.schema().columns().stream()
                .map(c -> ColumnRow.of(c, overrides.containsKey(c.name())))
                .toList();
    }

    private static String readySummary(DatasetInfo info) {
        var schema = info.schema();
        long features = schema.features().size();
        String task = schema.taskType() == TaskType.CLASSIFICATION
                ? "classification into " + schema.classLabels().size() + " classes"
                : "regression of a number";
        return String.format(
                Locale.ROOT,
                "Ready: %s rows, %d feature column%s (%d network inputs), %s of '%s'.",
                Formats.count(info.table().rowCount()),
                features,
                features == 1 ? "" : "s",
                info.inputs(),
                task,
                schema.target());
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a != null
                    && b != null
                    && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false; // an odd path simply matches no sample
        }
    }
}
