package org.evolab.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.evolab.export.BundleFormat;
import org.evolab.fitness.FinalModel;
import org.evolab.fitness.TrainedModel;
import org.evolab.util.Json;

/**
 * What kind of model a run exported, for {@code evolab/model.json}, run.json, the report and the
 * model card: a single network, or an ensemble with, per member, its genome, its validation score
 * in the search and the rows and epochs that trained its final weights.
 */
final class ModelRecord {
    private ModelRecord() {}

    /** The exported model's members, best first: the model itself when it is a single network. */
    static List<TrainedModel> members(TrainedModel model) {
        return model.isEnsemble() ? model.members() : List.of(model);
    }

    /** {@code evolab/model.json}: the kind, and an ensemble's members. */
    static ObjectNode of(RunResult r) {
        ObjectNode model = Json.mapper().createObjectNode();
        model.put("kind", r.model().isEnsemble() ? BundleFormat.KIND_ENSEMBLE : BundleFormat.KIND_NETWORK);
        model.set("members", membersNode(r));
        return model;
    }

    static ArrayNode membersNode(RunResult r) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (TrainedModel m : members(r.model())) {
            ObjectNode member = list.addObject();
            Evaluation e = evaluationOf(r, m);
            member.put("genomeId", m.genome().id());
            member.put("summary", m.genome().summary());
            if (e != null) {
                member.put("individualId", e.individual().id());
                member.put("validationScore", e.fitness());
            }
            member.put("origin", m.origin().id());
            member.put("trainingRows", m.trainingRows());
            member.put("epochs", m.epochs());
            member.put("parameters", m.parameterCount());
            member.set("genome", Json.mapper().valueToTree(m.genome()));
        }
        return list;
    }

    private static Evaluation evaluationOf(RunResult r, TrainedModel m) {
        return r.leaderboard().stream()
                .filter(e -> e.individual().genome().id().equals(m.genome().id()))
                .findFirst()
                .orElse(r.best());
    }

    /** The model card's lines on an ensemble: which genomes, and which rows trained each. */
    static String cardSection(RunResult r) {
        StringBuilder md = new StringBuilder();
        List<TrainedModel> members = members(r.model());
        md.append("## Ensemble\n\n");
        md.append("The exported model is an ensemble of the ")
                .append(members.size())
                .append(
                        " best distinct genomes of the search: one DL4J ComputationGraph whose output is the mean of the "
                                + "members' outputs (")
                .append(
                        r.data().taskType().name().equals("CLASSIFICATION")
                                ? "class probabilities"
                                : "standardized target")
                .append("). The network described above is its best member.\n\n");
        int i = 1;
        for (TrainedModel m : members) {
            Evaluation e = evaluationOf(r, m);
            md.append(String.format(
                    Locale.ROOT,
                    "%d. `%s` (genome %s), validation %s %.4f; %s on %d rows for %.2f epochs%n",
                    i++,
                    m.genome().summary(),
                    m.genome().id(),
                    r.metric().id(),
                    e == null ? Double.NaN : e.fitness(),
                    r.refitted()
                            ? "refit after the test on every labelled row"
                            : m.origin() == FinalModel.SEARCH
                                    ? "the search's own network (training split)"
                                    : "retrained on the training and validation splits",
                    m.trainingRows(),
                    m.epochs()));
        }
        md.append('\n');
        return md.toString();
    }
}
