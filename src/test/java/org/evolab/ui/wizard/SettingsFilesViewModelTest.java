package org.evolab.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.evolab.run.RunConfig;
import org.evolab.ui.common.WizardModel;
import org.evolab.ui.common.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFilesViewModelTest {
    private final WizardModel model = new WizardModel(List.of());
    private final List<String> errors = new ArrayList<>();
    private int loaded;

    private SettingsFilesViewModel files(Worker worker) {
        SettingsFilesViewModel vm = new SettingsFilesViewModel(model, worker);
        vm.setOnError((title, message) -> errors.add(title + ": " + message));
        return vm;
    }

    /** Holds the work handed to it until the test runs it, as the FX thread sees a background read. */
    private static final class Queued implements Worker {
        final List<Runnable> jobs = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.add(() -> Worker.direct().submit(work, onSuccess, onFailure));
        }
    }

    @Test
    void savedSettingsLoadBackIntoTheWizard(@TempDir Path dir) {
        SettingsFilesViewModel vm = files(Worker.direct());
        model.update(c -> c.withSeed(7).withGa(c.ga().withPopulationSize(14)));
        RunConfig saved = model.config();
        Path file = dir.resolve("settings.json");
        vm.save(file);
        assertThat(RunConfig.read(file)).isEqualTo(saved);

        model.update(c -> c.withSeed(8).withGa(c.ga().withPopulationSize(6)));
        vm.load(file, () -> loaded++);
        assertThat(model.config()).isEqualTo(saved);
        assertThat(loaded).isEqualTo(1);
        assertThat(errors).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void theFileIsReadOnTheWorkerNotWhileTheWizardWaits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, model.config().withSeed(99).toJson());
        Queued worker = new Queued();
        SettingsFilesViewModel vm = files(worker);

        vm.load(file, () -> loaded++);
        assertThat(vm.loadingProperty().get()).isTrue();
        Files.delete(file); // not read yet: the read is the worker's, which has not run
        assertThat(model.config().seed()).isNotEqualTo(99);

        worker.jobs.get(0).run();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(loaded).isZero();
        assertThat(errors)
                .singleElement()
                .asString()
                .startsWith("Settings not loaded: ")
                .contains("settings.json");
    }

    @Test
    void onlyTheFileAskedForLastIsApplied(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Files.writeString(first, model.config().withSeed(1).toJson());
        Files.writeString(second, model.config().withSeed(2).toJson());
        Queued worker = new Queued();
        SettingsFilesViewModel vm = files(worker);

        vm.load(first, () -> loaded++);
        vm.load(second, () -> loaded++);
        worker.jobs.get(1).run();
        assertThat(model.config().seed()).isEqualTo(2);
        assertThat(vm.loadingProperty().get()).isFalse();
        worker.jobs.get(0).run(); // the older answer arrives late and changes nothing
        assertThat(model.config().seed()).isEqualTo(2);
        assertThat(loaded).isEqualTo(1);
    }

    @Test
    void aBadFileIsReportedAndEverySettingStays(@TempDir Path dir) throws Exception {
        model.update(c -> c.withSeed(5));
        RunConfig before = model.config();
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"ga\": {\"populationSize\": ");
        SettingsFilesViewModel vm = files(Worker.direct());

        vm.load(file, () -> loaded++);
        assertThat(model.config()).isEqualTo(before);
        assertThat(loaded).isZero();
        assertThat(errors)
                .singleElement()
                .asString()
                .startsWith("Settings not loaded: ")
                .contains("broken.json");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedSaveIsReported(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        files(Worker.direct()).save(notAFolder.resolve("settings.json"));
        assertThat(errors).singleElement().asString().startsWith("Settings not saved: ");
    }
}
