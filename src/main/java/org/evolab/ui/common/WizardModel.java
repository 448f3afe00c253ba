package org.evolab.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.evolab.data.csv.DataTable;
import org.evolab.data.sample.SampleDataset;
import org.evolab.evolution.GaSettings;
import org.evolab.fitness.TrainingSettings;
import org.evolab.genome.DoubleRange;
import org.evolab.genome.IntRange;
import org.evolab.genome.SearchSpace;
import org.evolab.run.DataShape;
import org.evolab.run.RunConfig;

/**
 * The wizard's shared state: one {@link RunConfig} that every step edits, and the data set it
 * names as loaded and understood. Steps observe it and write to it; none talks to another.
 * Use on the FX thread; the loading work itself runs in the background.
 */
public final class WizardModel {
    private final ObjectProperty<RunConfig> config = new SimpleObjectProperty<>(this, "config", initialConfig());
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty dataProblem = new SimpleStringProperty(this, "dataProblem");
    private final List<SampleDataset> samples;
    /** Only the answer to the latest request counts; older ones arrive late and are dropped. */
    private long requests;
    /**
     * The search space the wizard last proposed: while the user has not changed it, a new file (or
     * a new target) brings the engine's default space for that data, the one the CLI would use.
     */
    private SearchSpace proposedSpace = config.get().searchSpace();
    /** The ensemble size the wizard last proposed, kept in step with the task as the space is. */
    private int proposedEnsemble = config.get().training().ensemble();

    public WizardModel(List<SampleDataset> samples) {
        this.samples = List.copyOf(samples);
    }

    /**
     * The engine's defaults, scaled down for an interactive first run: a GUI user should see the
     * first generation within a minute, not after a coffee. Every value stays editable.
     */
    public static RunConfig initialConfig() {
        SearchSpace d = SearchSpace.defaults();
        SearchSpace space = new SearchSpace(
                new IntRange(1, 3),
                new IntRange(4, 64),
                d.activations(),
                new DoubleRange(1e-3, 1e-1),
                d.optimizers(),
                List.of(16, 32, 64),
                new DoubleRange(0.0, 0.3),
                new DoubleRange(0.0, 1e-4),
                new IntRange(10, 60));
        return RunConfig.defaults()
                .withSearchSpace(space)
                .withGa(GaSettings.defaults().withPopulationSize(12).withGenerations(8))
                .withTraining(TrainingSettings.defaults().withPatience(8));
    }

    public List<SampleDataset> samples() {
        return samples;
    }

    public ObjectProperty<RunConfig> configProperty() {
        return config;
    }

    public RunConfig config() {
        return config.get();
    }

    public void update(UnaryOperator<RunConfig> change) {
        RunConfig next = change.apply(config.get());
        if (!next.equals(config.get())) {
            config.set(next);
        }
    }

    public ReadOnlyObjectProperty<DatasetInfo> datasetProperty() {
        return dataset;
    }

    public DatasetInfo dataset() {
        return dataset.get();
    }

    /** True while a file is being read or re-inspected. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Why the last file could not be read, or null. */
    public ReadOnlyStringProperty dataProblemProperty() {
        return dataProblem;
    }

    /** Whether the data step is complete: a file read and understood, nothing pending. */
    public BooleanBinding dataReady() {
        return Bindings.createBooleanBinding(
                () -> !busy.get() && dataset.get() != null && dataset.get().usable() && dataProblem.get() == null,
                busy,
                dataset,
                dataProblem);
    }

    /**
     * Reads {@code file} in the background and makes it the run's data. The target becomes
     * {@code preferredTarget} when the file has such a column, else the config's target when
     * {@code keepColumnSettings} (a loaded config), else the last column.
     */
    public void loadData(Path file, String preferredTarget, boolean keepColumnSettings) {
        long request = ++requests;
        busy.set(true);
        dataProblem.set(null);
        RunConfig snapshot = config.get();
        Background.run(() -> {
                    DataTable table = DatasetInspector.load(file);
                    String target = pickTarget(table, preferredTarget, keepColumnSettings ? snapshot.target() : null);
                    RunConfig cfg = keepColumnSettings
                            ? snapshot.withData(file.toString()).withTarget(target)
                            : snapshot.withData(file.toString())
                                    .withTarget(target)
                                    .withTaskType(null)
                                    .withColumnKinds(Map.of())
                                    .withColumnRoles(Map.of());
                    return new Loaded(cfg, DatasetInspector.inspect(file, table, cfg));
                })
                .onSuccess(loaded -> {
                    if (request != requests) {
                        return;
                    }
                    RunConfig c = loaded.config();
                    update(current -> current.withData(c.data())
                            .withTarget(c.target())
                            .withTaskType(c.taskType())
                            .withColumnKinds(c.columnKinds())
                            .withColumnRoles(c.columnRoles()));
                    if (!keepColumnSettings) {
                        proposeDefaults(loaded.info());
                    }
                    dataset.set(loaded.info());
                    busy.set(false);
                })
                .onFailure(error -> {
                    if (request != requests) {
                        return;
                    }
                    dataset.set(null);
                    dataProblem.set(UserMessages.of(error));
                    busy.set(false);
                })
                .start();
    }

    /** Shows a problem with the data the user named before any reading started (a malformed path). */
    public void reportDataProblem(String message) {
        requests++;
        dataset.set(null);
        dataProblem.set(UserMessages.capitalize(message));
        busy.set(false);
    }

    /** Applies a change of target, task type, column kinds or roles, and re-inspects the loaded table. */
    public void changeColumns(UnaryOperator<RunConfig> change) {
        update(change);
        DatasetInfo current = dataset.get();
        if (current == null) {
            return;
        }
        long request = ++requests;
        busy.set(true);
        RunConfig snapshot = config.get();
        Background.run(() -> DatasetInspector.inspect(current.file(), current.table(), snapshot))
                .onSuccess(info -> {
                    if (request == requests) {
                        proposeDefaults(info);
                        dataset.set(info);
                        busy.set(false);
                    }
                })
                .onFailure(error -> {
                    if (request == requests) {
                        dataset.set(new DatasetInfo(
                                current.file(), current.table(), null, List.of(), List.of(), UserMessages.of(error)));
                        busy.set(false);
                    }
                })
                .start();
    }

    /** Replaces every setting by those of a loaded config, reading its data file when it names one. */
    public void applyLoadedConfig(RunConfig loaded) {
        config.set(loaded);
        if (loaded.data() != null && !loaded.data().isBlank()) {
            loadData(Path.of(loaded.data()), loaded.target(), true);
        }
    }

    /**
     * The engine's default space and ensemble size for {@code info}'s data, each unless the user changed
     * the one proposed before.
     */
    private void proposeDefaults(DatasetInfo info) {
        if (info.schema() == null) {
            return;
        }
        DataShape shape = DataShape.of(info.table(), info.schema(), config.get().split());
        if (config.get().training().ensemble() == proposedEnsemble) {
            int ensemble = shape.defaultEnsemble();
            proposedEnsemble = ensemble;
            update(c -> c.withTraining(c.training().withEnsemble(ensemble)));
        }
        if (!config.get().searchSpace().equals(proposedSpace)) {
            return;
        }
        SearchSpace sized = shape.defaultSearchSpace();
        proposedSpace = sized;
        update(c -> c.withSearchSpace(sized));
    }

    private static String pickTarget(DataTable table, String preferred, String fromConfig) {
        if (preferred != null && table.columnIndex(preferred) >= 0) {
            return preferred;
        }
        if (fromConfig != null && table.columnIndex(fromConfig) >= 0) {
            return fromConfig;
        }
        return table.columnNames().get(table.columnCount() - 1);
    }

    private record Loaded(RunConfig config, DatasetInfo info) {}
}
