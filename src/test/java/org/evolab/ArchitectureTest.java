package org.evolab;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.evolab.fitness.Trainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/ARCHITECTURE.md ("Layers"), checked on the compiled classes. */
class ArchitectureTest {
    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // The main classes' own folder: the build folder is configurable, so path patterns would not do.
        try {
            main = new ClassFileImporter()
                    .importPath(Path.of(Launcher.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.evolab.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(main);
    }

    @Test
    void onlyFitnessAndExportUseDl4jOrNd4j() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.evolab.fitness..", "org.evolab.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .check(main);
    }

    @Test
    void theLowerLayersDoNotDependOnTheUpperOnes() {
        noClasses()
                .that()
                .resideInAnyPackage("org.evolab.data..", "org.evolab.genome..", "org.evolab.util..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.evolab.evolution..",
                        "org.evolab.fitness..",
                        "org.evolab.export..",
                        "org.evolab.run..",
                        "org.evolab.analysis..",
                        "org.evolab.cli..",
                        "org.evolab.ui..")
                .check(main);
        noClasses()
                .that()
                .resideInAnyPackage("org.evolab.evolution..", "org.evolab.fitness..", "org.evolab.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.evolab.run..", "org.evolab.analysis..", "org.evolab.cli..", "org.evolab.ui..")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.evolab.run..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.evolab.analysis..", "org.evolab.cli..", "org.evolab.ui..")
                .check(main);
        // analysis sits beside run: it reads what a run wrote (run folders, bundles), never drives one.
        noClasses()
                .that()
                .resideInAPackage("org.evolab.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.evolab.run..", "org.evolab.cli..", "org.evolab.ui..", "org.evolab.bench..")
                .check(main);
    }

    /**
     * {@code data}'s sub-packages depend one way: {@code csv} (the table read) under {@code schema}
     * under {@code prep} (split, preprocessing) under {@code checks}; {@code metrics} and
     * {@code sample} stand alone. Every class of {@code data} is in one of them.
     */
    @Test
    void dataSubPackagesDependOneWay() {
        dataPackageUsesOnly("csv");
        dataPackageUsesOnly("schema", "csv");
        dataPackageUsesOnly("prep", "csv", "schema");
        dataPackageUsesOnly("checks", "csv", "schema", "prep");
        dataPackageUsesOnly("metrics");
        dataPackageUsesOnly("sample");
        classes()
                .that()
                .resideInAPackage("org.evolab.data..")
                .should()
                .resideInAnyPackage(DATA_PACKAGES.stream()
                        .map(p -> "org.evolab.data." + p + "..")
                        .toArray(String[]::new))
                .check(main);
    }

    private static final List<String> DATA_PACKAGES = List.of("csv", "schema", "prep", "checks", "metrics", "sample");

    private static void dataPackageUsesOnly(String pkg, String... allowed) {
        String[] others = DATA_PACKAGES.stream()
                .filter(p -> !p.equals(pkg) && !List.of(allowed).contains(p))
                .map(p -> "org.evolab.data." + p + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage("org.evolab.data." + pkg + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .check(main);
    }

    @Test
    void theCliAndTheUiAreIndependent() {
        noClasses()
                .that()
                .resideInAPackage("org.evolab.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.evolab.ui..")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.evolab.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.evolab.cli..")
                .check(main);
    }

    /**
     * The run trains through the {@link Trainer} seam: it does not make DL4J trainers, the worker
     * pool or successive halving itself. They come from a {@link Trainer.Factory} its caller passes,
     * or from {@code run.Trainers}, the one default factory, named here.
     */
    @Test
    void theRunGetsItsTrainersThroughTheSeam() {
        noClasses()
                .that()
                .resideInAPackage("org.evolab.run..")
                .and()
                .doNotHaveFullyQualifiedName("org.evolab.run.Trainers")
                .should()
                .dependOnClassesThat()
                .haveNameMatching("org\\.evolab\\.fitness\\.(Dl4j\\w*|ParallelEvaluator|SuccessiveHalving)(\\$.*)?")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.evolab.run..")
                .and()
                .doNotHaveFullyQualifiedName("org.evolab.run.Trainers")
                .should()
                .callConstructorWhere(target(owner(assignableTo(Trainer.class))))
                .check(main);
    }

    /**
     * Spark stays in {@code org.evolab.spark}, which trains behind the seam like {@code fitness}'s
     * trainer: nothing below it knows it, and it drives no run. The CLI, the window and the
     * launcher (its module flags) may name it; {@code run} may not (so it never makes a Spark
     * trainer itself, and a build without Spark runs).
     */
    @Test
    void sparkStaysInItsPackageBehindTheSeam() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.evolab.spark..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "scala..")
                .check(main);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.evolab.data..",
                        "org.evolab.genome..",
                        "org.evolab.util..",
                        "org.evolab.evolution..",
                        "org.evolab.fitness..",
                        "org.evolab.export..",
                        "org.evolab.run..",
                        "org.evolab.analysis..",
                        "org.evolab.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.evolab.spark..")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.evolab.spark..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.evolab.run..",
                        "org.evolab.analysis..",
                        "org.evolab.cli..",
                        "org.evolab.ui..",
                        "org.evolab.bench..",
                        "org.nd4j..",
                        "org.deeplearning4j..")
                .check(main);
    }

    @Test
    void nothingUsesJavaDeserialization() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectInputStream")
                .check(main);
    }
}
