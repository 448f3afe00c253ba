package org.evolab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.evolab.export.Bundle;
import org.evolab.run.BundleExport;
import org.evolab.run.CostModel;
import org.evolab.run.Eta;
import org.evolab.run.EvolutionRun;
import org.evolab.run.GenerationStats;
import org.evolab.run.ModelRows;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;
import org.evolab.util.AtomicFiles;
import org.evolab.util.Json;
import org.evolab.util.WriteFaults;
import picocli.CommandLine;

/**
 * Drives a headless run ({@code run} and {@code resume}) to its end: progress and generation
 * lines while it runs, Ctrl-C as a cancel, then the bundle, the JSON report and the summary.
 * Everything goes through picocli's writers: results on its out, the progress bar and errors on
 * its err.
 */
final class RunDriver {
    private final PrintWriter stdout;
    private final PrintWriter stderr;
    private final boolean quiet;
    private final Terminal terminal;
    private long plannedEvaluations = 1;

    private RunDriver(CommandLine cli, boolean quiet) {
        this.stdout = cli.getOut();
        this.stderr = cli.getErr();
        this.quiet = quiet;
        this.terminal = new Terminal(stderr, System.console() != null && !quiet);
    }

    /** Runs {@code run} to the end with progress on the terminal, then writes the bundle and report. */
    static int execute(EvolutionRun run, Path out, Path report, boolean force, boolean quiet, CommandLine cli) {
        return new RunDriver(cli, quiet).drive(run.estimateCost(!quiet), out, report, force);
    }

    private int drive(EvolutionRun run, Path out, Path report, boolean force) {
        run.addListener(this::onEvent);
        Thread hook = new Thread(
                () -> {
                    run.control().cancel();
                    terminal.clearBar();
                },
                "evolab-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        RunResult result;
        try {
            result = run.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook has done its work
            }
            terminal.clearBar();
        }
        if (!result.completed()) {
            stderr.println("evolab: " + (result.error() != null ? result.error() : "run " + result.stopReason()));
            stderr.flush();
            return 1;
        }
        Bundle bundle = BundleExport.write(result, out, force, Map.of());
        if (report != null) {
            try {
                AtomicFiles.writeString(report, Json.write(report(result, bundle)));
            } catch (IOException e) {
                throw WriteFaults.cannotWrite(report, "the report", e);
            }
        }
        stdout.println(summary(result, bundle));
        stdout.flush();
        return 0;
    }

    private void onEvent(RunEvent event) {
        if (event instanceof RunEvent.RunStarted s) {
            plannedEvaluations = Eta.plannedEvaluations(s.config().ga());
        }
        if (event instanceof RunEvent.RunStarted s && !quiet) {
            terminal.println(
                    stdout,
                    String.format(
                            Locale.ROOT,
                            "Evolab: %s, target '%s' (%s), %d inputs -> %d outputs; rows %d train / %d validation / %d test; "
                                    + "population %d, %d generations, %d workers, seed %d",
                            s.config().data(),
                            s.schema().target(),
                            s.schema().taskType().name().toLowerCase(Locale.ROOT),
                            s.inputs(),
                            s.outputs(),
                            s.trainRows(),
                            s.validationRows(),
                            s.testRows(),
                            s.config().ga().populationSize(),
                            s.config().ga().generations(),
                            s.workers(),
                            s.config().seed()));
        } else if (event instanceof RunEvent.EvaluationFinished e) {
            int done = e.evaluationsDone();
            long total = Math.max(done, plannedEvaluations);
            Duration eta = Eta.remaining(e.elapsed(), done, total);
            terminal.progress(
                    done / (double) total,
                    String.format(Locale.ROOT, "%d/%d evaluations, %d cached", done, total, e.cacheHits()),
                    e.elapsed(),
                    eta);
        } else if (event instanceof RunEvent.GenerationFinished g && !quiet) {
            GenerationStats s = g.stats();
            terminal.println(
                    stdout,
                    String.format(
                            Locale.ROOT,
                            "gen %2d/%d  best %s  mean %s  worst %s  diversity %.2f  trained %d, cached %d, failed %d  %s  best: %s",
                            s.generation() + 1,
                            g.totalGenerations(),
                            fmt(s.best()),
                            fmt(s.mean()),
                            fmt(s.worst()),
                            s.diversity(),
                            s.evaluations() - s.cacheHits(),
                            s.cacheHits(),
                            s.failures(),
                            Terminal.clock(g.elapsed()),
                            g.best().individual().genome().summary()));
        } else if (event instanceof RunEvent.CostEstimated c && !quiet) {
            terminal.println(
                    stdout,
                    "Estimated duration: about " + Terminal.clock(c.estimate())
                            + (c.model() == CostModel.PRIOR
                                    ? " (before any training: a short run is not calibrated)"
                                    : " (calibrated on this data)"));
        } else if (event instanceof RunEvent.StatusChanged c && !quiet) {
            terminal.println(stdout, c.message());
        }
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "  -   ";
    }

    private static ObjectNode report(RunResult r, Bundle bundle) {
        ObjectNode report = Json.mapper().createObjectNode();
        report.put("status", r.status().name().toLowerCase(Locale.ROOT));
        report.put("bundle", bundle.file().toString());
        report.set("bestGenome", Json.mapper().valueToTree(r.best().individual().genome()));
        report.put("bestGenomeSummary", r.best().individual().genome().summary());
        report.put("model", bundle.isEnsemble() ? "ensemble" : "network");
        if (bundle.isEnsemble()) {
            report.set("ensemble", bundle.run().path("ensemble"));
        }
        report.put("metric", r.metric().id());
        report.put("validationScore", r.best().fitness());
        ObjectNode metrics = BundleExport.metricsRecord(r);
        report.set("testMetrics", metrics.get("test"));
        // Which rows each figure comes from: the test scores a model trained without the test rows.
        report.put("testRows", r.test().rows());
        report.set("testedModelTrainingRows", metrics.get("testedModelTrainingRows"));
        report.set("exportedModelTrainingRows", metrics.get("exportedModelTrainingRows"));
        report.put("refit", r.config().training().refit().id());
        report.put("rows", ModelRows.sentence(r));
        report.put("generations", r.history().size());
        report.put("evaluations", r.evaluations());
        report.put("trainings", r.trainings());
        report.put("cacheHits", r.cacheHits());
        report.put("wallSeconds", r.wallSeconds());
        report.put("stopReason", r.stopReason());
        report.put("seed", r.config().seed());
        return report;
    }

    private static String summary(RunResult r, Bundle bundle) {
        int asked = r.config().training().ensemble();
        int members = bundle.isEnsemble() ? bundle.members().size() : 1;
        String ensemble = members >= asked
                ? ""
                : members == 1
                        ? String.format(
                                Locale.ROOT,
                                "--ensemble %d: no other genome scored within reach of the best, "
                                        + "so the best network is exported alone%n",
                                asked)
                        : String.format(
                                Locale.ROOT,
                                "--ensemble %d: only %d distinct genomes scored within reach of the best, "
                                        + "so the model averages %d%n",
                                asked,
                                members,
                                members);
        if (bundle.isEnsemble()) {
            ensemble += String.format(
                    Locale.ROOT,
                    "Exported: ensemble of %d: %s%n",
                    members,
                    String.join(
                            " | ",
                            bundle.members().stream().map(g -> g.summary()).toList()));
        }
        return ensemble
                + String.format(
                        Locale.ROOT,
                        "Best: %s%nValidation %s %.4f; test %s %.4f on %d rows; %d evaluations (%d trained, %d cached) in %.1f s%n"
                                + "%s%nModel bundle: %s",
                        r.best().individual().genome().summary(),
                        r.metric().id(),
                        r.best().fitness(),
                        r.test().headlineName(),
                        r.test().headline(),
                        r.test().rows(),
                        r.evaluations(),
                        r.trainings(),
                        r.cacheHits(),
                        r.wallSeconds(),
                        ModelRows.sentence(r),
                        bundle.file());
    }
}
