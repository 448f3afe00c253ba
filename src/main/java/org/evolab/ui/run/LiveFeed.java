package org.evolab.ui.run;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.evolab.data.schema.TaskType;
import org.evolab.genome.Genome;
import org.evolab.run.Evaluation;
import org.evolab.run.ModelRows;
import org.evolab.run.RunConfig;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;
import org.evolab.ui.common.DatasetInfo;
import org.evolab.ui.common.Formats;

/**
 * Feeds the Live tab from the run's events: the monitor's numbers, the fitness chart, and the
 * diagram of the best network (of each generation, then of the final model).
 */
final class LiveFeed {
    private final RunMonitor monitor;
    private final FitnessPlot plot;
    private final TopologyView topologyView;
    /** The data set of the run shown (its names stand in until the run has fitted its own). */
    private final Supplier<DatasetInfo> dataset;

    private List<String> runInputNames;
    private List<String> runOutputNames;

    LiveFeed(RunMonitor monitor, FitnessPlot plot, TopologyView topologyView, Supplier<DatasetInfo> dataset) {
        this.monitor = monitor;
        this.plot = plot;
        this.topologyView = topologyView;
        this.dataset = dataset;
    }

    /** Empties the chart and the diagram for a fresh run of {@code runConfig}. */
    void reset(RunConfig runConfig) {
        plot.reset(runConfig.ga().generations(), metricOf(runConfig, dataset.get()));
        topologyView.clear();
    }

    private static org.evolab.fitness.FitnessMetric metricOf(RunConfig c, DatasetInfo d) {
        if (c.training().metric() != null) {
            return c.training().metric();
        }
        return org.evolab.fitness.FitnessMetric.defaultFor(
                d.taskType() == null ? TaskType.CLASSIFICATION : d.taskType());
    }

    /** One batch of events, on the FX thread: update the numbers, the chart, then draw the topology once. */
    void handle(List<RunEvent> batch) {
        DatasetInfo data = dataset.get();
        RunEvent.GenerationFinished lastGeneration = null;
        for (RunEvent e : batch) {
            monitor.accept(e);
            if (e instanceof RunEvent.RunStarted s) {
                runInputNames = s.inputNames();
                runOutputNames = s.outputNames();
                plot.setMetric(monitor.metric());
                plot.setGenerations(s.config().ga().generations());
                plot.dropFrom(s.firstGeneration());
            } else if (e instanceof RunEvent.EvaluationFinished ev) {
                plot.addEvaluation(ev.evaluation(), ev.indexInGeneration(), ev.populationSize());
            } else if (e instanceof RunEvent.GenerationFinished g) {
                plot.addGeneration(g.stats());
                lastGeneration = g;
            }
        }
        if (lastGeneration != null) {
            Evaluation best = lastGeneration.best();
            String caption = String.format(
                    Locale.ROOT,
                    "Best of generation %d: %s · %s %s",
                    best.generation(),
                    best.individual().id(),
                    metricName(),
                    Formats.score(best.fitness()));
            topologyView.show(new TopologyView.Network(
                    best.individual().genome(),
                    inputNames(best.individual().genome()),
                    runOutputNames != null ? runOutputNames : data.outputNames(),
                    data.taskType() == TaskType.CLASSIFICATION,
                    lastGeneration.bestWeights(),
                    best.result().parameters(),
                    caption));
        }
    }

    private String metricName() {
        return FitnessPlot.metricName(monitor.metric());
    }

    /** The run's own names (fitted on its training split) once it has started, the preview's before. */
    private List<String> inputNames(Genome genome) {
        return runInputNames != null ? runInputNames : dataset.get().inputNames();
    }

    /** Draws the network the finished run ended with: its final model, or its best when none was trained. */
    void showFinal(RunResult result) {
        if (result.best() != null) {
            DatasetInfo data = dataset.get();
            Evaluation best = result.best();
            List<String> inputs =
                    result.data() != null ? result.data().preprocessor().featureNames() : data.inputNames();
            List<String> outputs = result.data() != null && result.data().taskType() == TaskType.CLASSIFICATION
                    ? result.data().preprocessor().classLabels()
                    : data.outputNames();
            List<double[][]> weights = result.model() != null ? result.model().layerWeights() : null;
            String caption = result.model() != null
                    ? String.format(
                            Locale.ROOT,
                            "Final model: %s, trained on %s · %s %s",
                            best.individual().id(),
                            ModelRows.exported(result),
                            metricName(),
                            Formats.score(best.fitness()))
                    : String.format(
                            Locale.ROOT,
                            "Best found: %s · %s %s (not retrained: the run %s)",
                            best.individual().id(),
                            metricName(),
                            Formats.score(best.fitness()),
                            result.status().name().toLowerCase(Locale.ROOT));
            topologyView.show(
                    new TopologyView.Network(
                            best.individual().genome(),
                            inputs,
                            outputs,
                            result.data() != null && result.data().taskType() == TaskType.CLASSIFICATION,
                            weights,
                            result.model() != null
                                    ? result.model().parameterCount()
                                    : best.result().parameters(),
                            caption),
                    false);
        }
    }
}
