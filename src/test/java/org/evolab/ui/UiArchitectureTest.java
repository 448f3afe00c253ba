package org.evolab.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ui drives the engine through its own types only: no DL4J or ND4J, and screens do not reach into each other. */
class UiArchitectureTest {
    static final JavaClasses UI = importUi();

    /** The ui's own classes only: resolving every class they mention from the class path (DL4J...) takes long. */
    private static JavaClasses importUi() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages("org.evolab.ui");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void theUiNeverTouchesDl4jOrNd4j() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..")
                .check(UI);
    }

    @Test
    void wizardStepsKnowOnlyTheSharedModelNotEachOtherOrTheRun() {
        noClasses()
                .that()
                .resideInAPackage("org.evolab.ui.wizard..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.evolab.ui.run..", "org.evolab.ui.results..")
                .check(UI);
        noClasses()
                .that()
                .resideInAPackage("org.evolab.ui.wizard.data..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.evolab.ui.wizard.search..", "org.evolab.ui.wizard.evolution..")
                .check(UI);
    }

    /** View models are plain Java: properties and collections, no nodes, stages or FX thread (tested without a toolkit). */
    @Test
    void viewModelsUseNoToolkit() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx.scene..",
                        "javafx.stage..",
                        "javafx.application..",
                        "javafx.fxml..",
                        "javafx.concurrent..",
                        "org.controlsfx..")
                .check(UI);
    }
}
