package org.evolab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evolab.analysis.AnalysisFiles;
import org.evolab.analysis.AnalyzedRun;
import org.evolab.analysis.Importance;
import org.evolab.analysis.Trial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evolab analyze}: which genes mattered in a run, and accuracy against size. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description =
                "Parameter importance (PED-ANOVA), the Pareto front of fitness against size, and the plots of a run.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "RUN_DIR_OR_BUNDLE",
            description = "a run folder (--run-dir, ~/.evolab/runs/...) or a model bundle (.zip)")
    Path source;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder for importance.csv, pareto.csv and the PNG plots")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AnalyzedRun run = AnalyzedRun.open(source);
        AnalysisFiles.Written written = AnalysisFiles.write(run, out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "%s: %d genomes scored (%s)%n",
                run.name(),
                run.leaderboard().scored().size(),
                run.strategy());
        w.println("Parameter importance (PED-ANOVA: top 10 % against all genomes)");
        for (Importance i : written.importance()) {
            w.printf(Locale.ROOT, "  %-16s %6.3f  %s%n", i.gene(), i.importance(), "#".repeat((int)
                            Math.round(i.importance() * 40)));
        }
        w.printf(
                Locale.ROOT,
                "Pareto front of fitness against parameters: %d genomes%n",
                written.front().size());
        for (Trial t : written.front()) {
            w.printf(
                    Locale.ROOT,
                    "  %-8s %.4f  %,d parameters  %s%n",
                    t.individualId(),
                    t.fitness(),
                    t.parameters(),
                    t.genome().summary());
        }
        w.println("Wrote " + written.files().size() + " files to " + out);
        w.flush();
        return EvolabCommand.OK;
    }
}
