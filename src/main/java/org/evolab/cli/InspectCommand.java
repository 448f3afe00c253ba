package org.evolab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evolab.data.schema.TaskType;
import org.evolab.export.Bundle;
import org.evolab.export.BundleReader;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evolab inspect}: what is in a model bundle, in words. */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Show a readable summary of a model bundle.")
public final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "BUNDLE", description = "model bundle (.zip)")
    Path bundlePath;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Bundle b = BundleReader.read(bundlePath);
        PrintWriter out = spec.commandLine().getOut();
        out.print(describe(b));
        out.flush();
        return 0;
    }

    /** An ensemble's members, one line each (the layers above are its best member's); nothing for a network. */
    static String ensembleLines(Bundle b) {
        if (!b.isEnsemble()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "  model       ensemble of %d networks, their outputs averaged (one DL4J ComputationGraph; "
                        + "the layers above are the best member's)%n",
                b.members().size()));
        for (int i = 0; i < b.members().size(); i++) {
            Genome m = b.members().get(i);
            sb.append(String.format(Locale.ROOT, "  member %-4d %s (id %s)%n", i + 1, m.summary(), m.id()));
        }
        return sb.toString();
    }

    static String describe(Bundle b) {
        StringBuilder sb = new StringBuilder();
        Genome g = b.genome();
        var pre = b.preprocessor();
        sb.append("Evolab model bundle ").append(b.file().getFileName()).append('\n');
        sb.append(String.format(
                Locale.ROOT,
                "  task        %s of '%s'%n",
                pre.taskType().name().toLowerCase(Locale.ROOT),
                pre.target()));
        sb.append("  inputs      ")
                .append(pre.featureCount())
                .append(" features from columns ")
                .append(String.join(", ", pre.inputColumns()))
                .append('\n');
        int i = 1;
        for (LayerGene layer : g.layers()) {
            sb.append(String.format("  hidden %-4d %s%n", i++, layer));
        }
        sb.append("  output      ")
                .append(
                        pre.taskType() == TaskType.CLASSIFICATION
                                ? "softmax: " + String.join(", ", pre.classLabels())
                                : "identity: " + pre.target())
                .append('\n');
        sb.append(String.format(Locale.ROOT, "  parameters  %,d%n", b.parameterCount()));
        sb.append("  genome      ")
                .append(g.summary())
                .append(" (id ")
                .append(g.id())
                .append(")\n");
        sb.append(ensembleLines(b));
        JsonNode m = b.metrics();
        sb.append(String.format(
                Locale.ROOT,
                "  validation  %s %.4f%n",
                m.path("metric").asText(),
                m.path("validationScore").asDouble()));
        sb.append("  test       ");
        Iterator<Map.Entry<String, JsonNode>> fields = m.path("test").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNumber()) {
                sb.append(String.format(
                        Locale.ROOT, " %s %.4f", f.getKey(), f.getValue().asDouble()));
            }
        }
        sb.append(" on ").append(m.path("testRows").asInt()).append(" rows\n");
        if (m.has("exportedModelTrainingRows")) { // older bundles do not say
            sb.append(String.format(
                    Locale.ROOT,
                    "  rows        the test scored a model trained on %d rows; the exported one trained on %d%s%n",
                    m.path("testedModelTrainingRows").asInt(),
                    m.path("exportedModelTrainingRows").asInt(),
                    m.path("refit").asBoolean() ? " (refit after the test on every labelled row)" : " (the same)"));
        }
        JsonNode run = b.run();
        sb.append(String.format(
                Locale.ROOT,
                "  run         %d generations, %d evaluations (%d cached), %.1f s, seed %d, %s%n",
                run.path("generations").asInt(),
                run.path("evaluations").asInt(),
                run.path("cacheHits").asInt(),
                run.path("wallSeconds").asDouble(),
                run.path("seed").asLong(),
                run.path("stopReason").asText()));
        sb.append("  data        ")
                .append(run.path("config").path("data").asText())
                .append('\n');
        sb.append("  made by     Evolab ")
                .append(run.path("versions").path("evolab").asText())
                .append(", DL4J ")
                .append(run.path("versions").path("deeplearning4j").asText())
                .append(", ")
                .append(run.path("createdAt").asText())
                .append('\n');
        sb.append("  entries     ").append(String.join(", ", b.entries())).append('\n');
        return sb.toString();
    }
}
