package org.evolab.ui.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.UserMessages;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.common.Worker;
import org.evolab.util.AtomicFiles;
import org.evolab.util.WriteFaults;

/**
 * The wizard's "Save settings" and "Load settings" without their file choosers: the run config
 * JSON written and read on the {@link Worker} (off the FX thread on screen, at once in tests), a
 * file read applied to the wizard's model, a failure handed to the error handler with a title and
 * the message for the user (the settings then stay as they were). Plain Java (JavaFX properties
 * only), tested without a toolkit.
 */
public final class SettingsFilesViewModel {
    static final String NOT_SAVED = "Settings not saved";
    static final String NOT_LOADED = "Settings not loaded";

    private final WizardModel model;
    private final Worker worker;
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private BiConsumer<String, String> onError = (title, message) -> {};
    /** Only the file asked for last counts: one asked for before and read later is dropped. */
    private long loads;

    public SettingsFilesViewModel(WizardModel model, Worker worker) {
        this.model = model;
        this.worker = worker;
    }

    /** Where a failure goes: a title ("Settings not loaded") and what went wrong, for the user. */
    public void setOnError(BiConsumer<String, String> handler) {
        this.onError = handler;
    }

    /** True while a settings file is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Writes the current settings to {@code file} (whole: written aside, then moved). */
    public void save(Path file) {
        String json = model.config().toJson();
        worker.submit(
                () -> {
                    try {
                        AtomicFiles.writeString(file, json);
                    } catch (IOException e) {
                        throw WriteFaults.cannotWrite(file, "the settings", e);
                    }
                    return file;
                },
                written -> {},
                e -> onError.accept(NOT_SAVED, UserMessages.of(e)));
    }

    /**
     * Reads the run config in {@code file} and applies it to the wizard, then runs {@code onLoaded};
     * a file that cannot be read or is not a run config leaves every setting as it is.
     */
    public void load(Path file, Runnable onLoaded) {
        long request = ++loads;
        loading.set(true);
        worker.submit(
                () -> RunConfig.read(file),
                config -> {
                    if (request == loads) {
                        loading.set(false);
                        model.applyLoadedConfig(config);
                        onLoaded.run();
                    }
                },
                e -> {
                    if (request == loads) {
                        loading.set(false);
                        onError.accept(NOT_LOADED, UserMessages.of(e));
                    }
                });
    }
}
