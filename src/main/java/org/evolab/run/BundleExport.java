package org.evolab.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.evolab.data.metrics.ClassificationMetrics;
import org.evolab.data.metrics.RegressionMetrics;
import org.evolab.data.schema.ColumnInfo;
import org.evolab.data.schema.TaskType;
import org.evolab.export.Bundle;
import org.evolab.export.BundleContents;
import org.evolab.export.BundleFormat;
import org.evolab.export.BundleWriter;
import org.evolab.fitness.FinalModel;
import org.evolab.genome.Genome;
import org.evolab.util.InvalidInputException;
import org.evolab.util.Json;

/** Turns a completed run into a model bundle: the network plus Evolab's records of the run. */
public final class BundleExport {
    private BundleExport() {}

    /**
     * Writes the bundle of {@code result} to {@code target}, verified by reading it back.
     *
     * @param images extra PNG entries by file name ({@code fitness.png}, {@code topology.png}); may be empty
     */
    public static Bundle write(RunResult result, Path target, boolean overwrite, Map<String, byte[]> images) {
        if (!result.completed() || result.model() == null) {
            throw new InvalidInputException("there is no trained model to export: the run "
                    + result.status().name().toLowerCase(Locale.ROOT));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                BundleFormat.GENOME, utf8(Json.write(result.best().individual().genome())));
        entries.put(
                BundleFormat.PREPROCESSING, utf8(result.data().preprocessor().toJson()));
        entries.put(BundleFormat.MODEL, utf8(Json.write(ModelRecord.of(result))));
        entries.put(BundleFormat.RUN, utf8(Json.write(runRecord(result))));
        entries.put(BundleFormat.METRICS, utf8(Json.write(metricsRecord(result))));
        entries.put(BundleFormat.HISTORY, utf8(RunReports.historyCsv(result.history())));
        entries.put(BundleFormat.LEADERBOARD, utf8(RunReports.leaderboardCsv(result.leaderboard())));
        entries.put(BundleFormat.MODEL_CARD, utf8(modelCard(result, target)));
        images.forEach((name, png) -> entries.put(BundleFormat.PREFIX + name, png));
        return BundleWriter.write(target, new BundleContents(result.model().toModelZip(), entries), overwrite);
    }

    static ObjectNode runRecord(RunResult r) {
        ObjectNode run = Json.mapper().createObjectNode();
        run.put("format", 1);
        run.put("createdAt", Instant.now().toString());
        ObjectNode versions = run.putObject("versions");
        versions.put("evolab", Versions.evolab());
        versions.put("deeplearning4j", Versions.DL4J);
        versions.put("java", System.getProperty("java.version"));
        run.set("config", Json.mapper().valueToTree(r.config()));
        run.put("seed", r.config().seed());
        run.put("status", r.status().name().toLowerCase(Locale.ROOT));
        run.put("stopReason", r.stopReason());
        run.put("generations", r.history().size());
        run.put("evaluations", r.evaluations());
        run.put("trainings", r.trainings());
        run.put("cacheHits", r.cacheHits());
        run.put("wallSeconds", r.wallSeconds());
        run.put("finalEpochs", r.model().epochs());
        ObjectNode finalModel = run.putObject("finalModel");
        finalModel.put("origin", r.model().origin().id());
        finalModel.put("trainingRows", r.model().trainingRows());
        finalModel.put("epochs", r.model().epochs());
        finalModel.put("refit", r.config().training().refit().id());
        finalModel.put("testedModelTrainingRows", r.test().trainingRows());
        ObjectNode best = run.putObject("bestIndividual");
        best.put("id", r.best().individual().id());
        best.put("generation", r.best().individual().generation());
        best.set("parentIds", Json.mapper().valueToTree(r.best().individual().parentIds()));
        best.set("operators", Json.mapper().valueToTree(r.best().individual().operators()));
        best.put("genomeId", r.best().individual().genome().id());
        if (r.model().isEnsemble()) {
            run.set("ensemble", ModelRecord.membersNode(r));
        }
        return run;
    }

    /** metrics.json: the validation fitness of the search and the final model's test metrics. */
    public static ObjectNode metricsRecord(RunResult r) {
        ObjectNode m = Json.mapper().createObjectNode();
        m.put("task", r.data().taskType().name().toLowerCase(Locale.ROOT));
        m.put("metric", r.metric().id());
        m.put("validationScore", r.best().fitness());
        m.put("testRows", r.test().rows());
        // The test metrics' model, and the exported one: the same unless refit on every labelled row.
        m.put("testedModelTrainingRows", r.test().trainingRows());
        m.put("exportedModelTrainingRows", r.model().trainingRows());
        m.put("refit", r.refitted());
        ObjectNode test = m.putObject("test");
        if (r.test().task() == TaskType.CLASSIFICATION) {
            ClassificationMetrics c = r.test().classification();
            test.put("accuracy", c.accuracy());
            test.put("macroF1", c.macroF1());
            ArrayNode perClass = test.putArray("perClass");
            for (int i = 0; i < c.labels().size(); i++) {
                perClass.addObject()
                        .put("label", c.labels().get(i))
                        .put("precision", c.precision()[i])
                        .put("recall", c.recall()[i]);
            }
            test.set("labels", Json.mapper().valueToTree(c.labels()));
            test.set("confusion", Json.mapper().valueToTree(c.confusion()));
        } else {
            RegressionMetrics g = r.test().regression();
            test.put("rmse", g.rmse());
            test.put("mae", g.mae());
            test.put("r2", g.r2());
        }
        return m;
    }

    static String modelCard(RunResult r, Path target) {
        Genome g = r.best().individual().genome();
        StringBuilder md = new StringBuilder();
        String file = target.getFileName() == null
                ? "model.zip"
                : target.getFileName().toString();
        md.append("# Evolab model: ")
                .append(r.data().schema().target())
                .append(" from ")
                .append(r.data().table().name())
                .append("\n\n");
        md.append("A ")
                .append(r.data().taskType().name().toLowerCase(Locale.ROOT))
                .append(
                        r.model().isEnsemble()
                                ? " ensemble of " + r.model().members().size() + " networks"
                                : " network")
                .append(" chosen by a genetic search over ")
                .append(r.evaluations())
                .append(" evaluations (")
                .append(r.trainings())
                .append(" trainings, ")
                .append(r.cacheHits())
                .append(" cache hits) in ")
                .append(r.history().size())
                .append(" generations, seed ")
                .append(r.config().seed())
                .append(".\n\n");
        md.append("## Network\n\n");
        md.append("- inputs: ")
                .append(r.data().inputCount())
                .append(" (from columns ")
                .append(String.join(", ", r.data().preprocessor().inputColumns()))
                .append(")\n");
        for (int i = 0; i < g.layers().size(); i++) {
            md.append("- hidden ")
                    .append(i + 1)
                    .append(": ")
                    .append(g.layers().get(i))
                    .append('\n');
        }
        md.append("- output: ")
                .append(
                        r.data().taskType() == TaskType.CLASSIFICATION
                                ? "softmax over "
                                        + String.join(
                                                ", ", r.data().preprocessor().classLabels())
                                : "identity (" + r.data().schema().target() + ")")
                .append('\n');
        md.append(String.format(
                Locale.ROOT,
                "- training: %s, learning rate %.3g, batch %s, dropout %.2f, L2 %.2g%n",
                g.optimizer().id(),
                g.learningRate(),
                g.batchSize() == Genome.FULL_BATCH ? "full" : g.batchSize(),
                g.dropout(),
                g.l2()));
        md.append(String.format(
                Locale.ROOT,
                "- weights: %s, trained on %d rows for %.2f epochs%n",
                r.refitted()
                        ? "refit after the test on every labelled row (training, validation and test splits), with the "
                                + "tested model's genome and epochs"
                        : r.model().origin() == FinalModel.SEARCH
                                ? "the search's own network at its best validation epoch (training split only)"
                                : "retrained after the search on the training and validation splits",
                r.model().trainingRows(),
                r.model().epochs()));
        md.append("- parameters: ").append(r.model().parameterCount()).append("\n\n");
        if (r.model().isEnsemble()) {
            md.append(ModelRecord.cardSection(r));
        }
        md.append("## Scores\n\n");
        md.append(String.format(
                Locale.ROOT,
                "- validation %s (search): %.4f%n",
                r.metric().id(),
                r.best().fitness()));
        if (r.test().task() == TaskType.CLASSIFICATION) {
            md.append(String.format(
                    Locale.ROOT,
                    "- test accuracy: %.4f, macro-F1: %.4f on %d rows%n",
                    r.test().classification().accuracy(),
                    r.test().classification().macroF1(),
                    r.test().rows()));
        } else {
            md.append(String.format(
                    Locale.ROOT,
                    "- test RMSE: %.4g, MAE: %.4g, R²: %.4f on %d rows%n",
                    r.test().regression().rmse(),
                    r.test().regression().mae(),
                    r.test().regression().r2(),
                    r.test().rows()));
        }
        md.append("\n").append(ModelRows.sentence(r)).append("\n");
        md.append("\n## Data\n\n");
        for (ColumnInfo c : r.data().schema().columns()) {
            md.append("- `")
                    .append(c.name())
                    .append("`: ")
                    .append(c.kind().name().toLowerCase(Locale.ROOT))
                    .append(", ")
                    .append(c.role().name().toLowerCase(Locale.ROOT));
            if (c.missing() > 0) {
                md.append(", ").append(c.missing()).append(" missing");
            }
            md.append('\n');
        }
        md.append(
                "\nThe preprocessing (imputation, one-hot vocabularies, scaling) was fitted on the training split only "
                        + "and is saved in `evolab/preprocessing.json`.\n\n");
        md.append("## Use\n\n```\njava -jar evolab.jar predict --model ")
                .append(file)
                .append(" --data new.csv --out predictions.csv\n```\n\n");
        md.append("In Java, the network alone: `ModelSerializer.")
                .append(r.model().isEnsemble() ? "restoreComputationGraph" : "restoreMultiLayerNetwork")
                .append("(new File(\"")
                .append(file)
                .append("\"))`; its inputs are the encoded features listed in `evolab/preprocessing.json`.\n");
        return md.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
