package org.evolab.ui.results;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evolab.data.schema.TaskType;
import org.evolab.run.BundleExport;
import org.evolab.run.Evaluation;
import org.evolab.run.RunReports;
import org.evolab.run.RunResult;
import org.evolab.run.RunStatus;
import org.evolab.run.TestReport;
import org.evolab.ui.common.Formats;
import org.evolab.ui.common.Message;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.common.Worker;
import org.evolab.ui.run.FitnessPlot;
import org.evolab.util.AtomicFiles;
import org.evolab.util.WriteFaults;

/**
 * The results screen without its controls: the run's outcome in words, the leaderboard's rows,
 * and the exports (the bundle path, what can be exported, the message, and the writes, which run
 * on the {@link Worker}: off the FX thread on screen, at once in tests). Plain Java (JavaFX
 * properties only), tested without a toolkit.
 */
public final class ResultsViewModel {
    /** A leaderboard line: the rank is fixed, so it stays right when the table is sorted otherwise. */
    public record Row(int rank, Evaluation evaluation) {}

    /** Where a bundle is to be written, and whether a file is there already (to confirm first). */
    public record BundleTarget(Path file, boolean exists) {}

    private final Worker worker;
    private final ObjectProperty<RunResult> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome");
    private final StringProperty outcomeStyle = new SimpleStringProperty(this, "outcomeStyle");
    private final StringProperty outcomeDetail = new SimpleStringProperty(this, "outcomeDetail");
    private final StringProperty validationCaption = new SimpleStringProperty(this, "validationCaption");
    private final StringProperty validationValue = new SimpleStringProperty(this, "validationValue");
    private final StringProperty testCaption = new SimpleStringProperty(this, "testCaption");
    private final StringProperty testValue = new SimpleStringProperty(this, "testValue");
    private final StringProperty evaluations = new SimpleStringProperty(this, "evaluations");
    private final StringProperty evaluationsDetail = new SimpleStringProperty(this, "evaluationsDetail");
    private final StringProperty time = new SimpleStringProperty(this, "time");
    private final ObservableList<Row> leaderboard = FXCollections.observableArrayList();
    private final StringProperty exportPath = new SimpleStringProperty(this, "exportPath", "");
    private final BooleanProperty bundleExportable = new SimpleBooleanProperty(this, "bundleExportable");
    private final BooleanProperty writing = new SimpleBooleanProperty(this, "writing");
    private final ObjectProperty<Message> exportMessage =
            new SimpleObjectProperty<>(this, "exportMessage", Message.NONE);

    public ResultsViewModel(Worker worker) {
        this.worker = worker;
        clear();
    }

    public ReadOnlyObjectProperty<RunResult> resultProperty() {
        return result;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    /** The style class of the outcome: ok, warning or error (null before a run ends). */
    public ReadOnlyStringProperty outcomeStyleProperty() {
        return outcomeStyle;
    }

    public ReadOnlyStringProperty outcomeDetailProperty() {
        return outcomeDetail;
    }

    public ReadOnlyStringProperty validationCaptionProperty() {
        return validationCaption;
    }

    public ReadOnlyStringProperty validationValueProperty() {
        return validationValue;
    }

    public ReadOnlyStringProperty testCaptionProperty() {
        return testCaption;
    }

    public ReadOnlyStringProperty testValueProperty() {
        return testValue;
    }

    public ReadOnlyStringProperty evaluationsProperty() {
        return evaluations;
    }

    public ReadOnlyStringProperty evaluationsDetailProperty() {
        return evaluationsDetail;
    }

    public ReadOnlyStringProperty timeProperty() {
        return time;
    }

    public ObservableList<Row> leaderboard() {
        return leaderboard;
    }

    /** The bundle path as typed. */
    public StringProperty exportPathProperty() {
        return exportPath;
    }

    /** Whether the run left a model to bundle (and no bundle is being written). */
    public ReadOnlyBooleanProperty bundleExportableProperty() {
        return bundleExportable;
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing;
    }

    public ReadOnlyObjectProperty<Message> exportMessageProperty() {
        return exportMessage;
    }

    /** Empties everything (a new run starts). */
    public void clear() {
        result.set(null);
        outcome.set("–");
        outcomeStyle.set(null);
        outcomeDetail.set("");
        validationValue.set("–");
        testValue.set("–");
        evaluations.set("–");
        evaluationsDetail.set("");
        time.set("–");
        leaderboard.clear();
        bundleExportable.set(false);
        exportMessage.set(Message.NONE);
    }

    /** Shows a finished run (completed, cancelled or failed). */
    public void show(RunResult r) {
        result.set(r);
        outcome.set(
                switch (r.status()) {
                    case COMPLETED -> "Completed";
                    case CANCELLED -> "Cancelled";
                    case FAILED -> "Failed";
                });
        outcomeStyle.set(
                r.status() == RunStatus.COMPLETED ? "ok" : r.status() == RunStatus.CANCELLED ? "warning" : "error");
        outcomeDetail.set(
                r.status() == RunStatus.FAILED
                        ? UserMessages.capitalize(r.error())
                        : r.stopReason() == null ? "" : UserMessages.capitalize(r.stopReason()));
        validationCaption.set("BEST VALIDATION "
                + (r.metric() == null
                        ? "SCORE"
                        : FitnessPlot.metricName(r.metric()).toUpperCase(Locale.ROOT)));
        validationValue.set(r.best() == null ? "–" : Formats.score(r.best().fitness()));
        TestReport test = r.test();
        testCaption.set(test == null ? "TEST" : ("TEST " + test.headlineName()).toUpperCase(Locale.ROOT));
        testValue.set(
                test == null
                        ? "–"
                        : test.task() == TaskType.CLASSIFICATION
                                ? Formats.percent(test.headline())
                                : Formats.score(test.headline()));
        evaluations.set(Formats.count(r.evaluations()));
        evaluationsDetail.set(Formats.count(r.trainings()) + " trained · " + Formats.count(r.cacheHits())
                + " from cache · " + r.history().size() + " generations");
        time.set(Formats.clock(Duration.ofMillis(Math.round(r.wallSeconds() * 1000))));
        List<Row> rows = new ArrayList<>();
        for (Evaluation e : r.leaderboard()) {
            rows.add(new Row(rows.size() + 1, e));
        }
        leaderboard.setAll(rows);
        boolean exportable = hasModel(r);
        bundleExportable.set(exportable);
        exportMessage.set(
                exportable
                        ? Message.NONE
                        : Message.plain("There is no trained model to export: the run "
                                + r.status().name().toLowerCase(Locale.ROOT)
                                + ". The history and leaderboard can still be saved."));
        exportPath.set(defaultExportPath(r).toString());
    }

    /** The bundle path typed in, or null when blank or not a path; {@code ~/} is the home folder. */
    public Path exportFile() {
        return parsePath(exportPath.get());
    }

    static Path defaultExportPath(RunResult r) {
        String name = r.data() == null ? "model" : r.data().table().name();
        name = name.replaceAll("(?i)\\.(csv|tsv|txt)$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        return Path.of(System.getProperty("user.home"), "evolab-models", name + "-" + stamp + ".zip");
    }

    /**
     * Where the bundle would go, or null with the reason in the export message (no model, no
     * path, a folder). The caller confirms with the user when the file exists.
     */
    public BundleTarget bundleTarget() {
        RunResult r = result.get();
        if (r == null || !hasModel(r)) {
            exportMessage.set(Message.error("There is no trained model to export."));
            return null;
        }
        Path target = exportFile();
        if (target == null) {
            exportMessage.set(Message.error("Give the path of a .zip file to write the bundle to."));
            return null;
        }
        if (Files.isDirectory(target)) {
            exportMessage.set(Message.error(target + " is a folder: give a .zip file name."));
            return null;
        }
        return new BundleTarget(target, Files.exists(target));
    }

    /** Writes the bundle to {@code target.file()} on the worker, with {@code pictures} of the live views. */
    public void writeBundle(BundleTarget target, Map<String, byte[]> pictures) {
        RunResult r = result.get();
        Path file = target.file();
        writing.set(true);
        bundleExportable.set(false);
        exportMessage.set(Message.plain("Writing " + file.getFileName() + "…"));
        worker.submit(
                () -> {
                    BundleExport.write(r, file, target.exists(), pictures);
                    return Files.size(file);
                },
                size -> {
                    writing.set(false);
                    bundleExportable.set(true);
                    exportMessage.set(Message.ok(String.format(
                            Locale.ROOT,
                            "Saved %s (%s KB). Use it with: evolab predict " + "--model %s",
                            file,
                            Formats.count(Math.max(1, size / 1024)),
                            file.getFileName())));
                },
                e -> {
                    writing.set(false);
                    bundleExportable.set(true);
                    exportMessage.set(Message.error("The bundle was not written: " + UserMessages.of(e)));
                });
    }

    /** Writes the per-generation history (the same CSV as in the bundle). */
    public void writeHistoryCsv(Path file) {
        RunResult r = result.get();
        write(file, () -> RunReports.historyCsv(r.history()).getBytes(StandardCharsets.UTF_8));
    }

    public void writeLeaderboardCsv(Path file) {
        RunResult r = result.get();
        write(file, () -> RunReports.leaderboardCsv(r.leaderboard()).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} (made on the worker too: encoding a picture takes a while) to {@code file}. */
    public void write(Path file, Supplier<byte[]> bytes) {
        exportMessage.set(Message.plain("Saving " + file.getFileName() + "…"));
        worker.submit(
                () -> {
                    byte[] content = bytes.get();
                    try {
                        AtomicFiles.write(file, out -> out.write(content));
                    } catch (java.io.IOException e) {
                        throw WriteFaults.cannotWrite(file, "the file", e);
                    }
                    return file;
                },
                f -> exportMessage.set(Message.ok("Saved " + f)),
                e -> exportMessage.set(Message.error(UserMessages.of(e))));
    }

    private static boolean hasModel(RunResult r) {
        return r.completed() && r.model() != null;
    }

    static Path parsePath(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("~" + File.separator)) {
            t = System.getProperty("user.home") + t.substring(1);
        }
        try {
            return Path.of(t);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
