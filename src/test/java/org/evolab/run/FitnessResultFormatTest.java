package org.evolab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evolab.fitness.FitnessResult;
import org.evolab.fitness.FitnessResult.Outcome;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run folders written before {@link Outcome} existed hold two booleans, stoppedEarly and halved,
 * in every fitness-cache line and checkpoint: they must still resume, with the outcome they meant.
 */
class FitnessResultFormatTest {
    /** Cache lines as the previous format wrote them (copied from a run folder of that version). */
    private static final List<String> OLD_LINES = List.of(
            "{\"context\":\"ctx\",\"generation\":0,\"result\":{\"genomeId\":\"halved\",\"fitness\":0.8,"
                    + "\"validationLoss\":0.4,\"epochs\":2.5,\"bestEpoch\":2.0,\"stoppedEarly\":true,"
                    + "\"validationCurve\":[0.6,0.8],\"lossCurve\":[0.9,0.5],\"parameters\":120,\"trainMillis\":30,"
                    + "\"halved\":true}}",
            "{\"context\":\"ctx\",\"generation\":0,\"result\":{\"genomeId\":\"early\",\"fitness\":0.9,"
                    + "\"validationLoss\":0.3,\"epochs\":7.0,\"bestEpoch\":4.0,\"stoppedEarly\":true,"
                    + "\"validationCurve\":[0.9],\"lossCurve\":[0.4],\"parameters\":120,\"trainMillis\":40,"
                    + "\"halved\":false}}",
            "{\"context\":\"ctx\",\"generation\":1,\"result\":{\"genomeId\":\"full\",\"fitness\":0.7,"
                    + "\"validationLoss\":0.5,\"epochs\":10.0,\"bestEpoch\":10.0,\"stoppedEarly\":false,"
                    + "\"validationCurve\":[0.7],\"lossCurve\":[0.6],\"parameters\":80,\"trainMillis\":50,"
                    + "\"halved\":false}}",
            "{\"context\":\"ctx\",\"generation\":1,\"result\":{\"genomeId\":\"failed\",\"fitness\":\"-Infinity\","
                    + "\"validationLoss\":\"Infinity\",\"epochs\":1.0,\"bestEpoch\":0.0,\"stoppedEarly\":false,"
                    + "\"failure\":\"diverged: training loss became NaN in epoch 1\",\"validationCurve\":[],"
                    + "\"lossCurve\":[],\"parameters\":80,\"trainMillis\":5,\"halved\":false}}");

    @Test
    void oldCacheLinesReadAsTheOutcomeTheyMeant(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(RunFolder.CACHE), OLD_LINES, StandardCharsets.UTF_8);
        Map<String, FitnessResult> known = new RunFolder(dir).readCache("ctx", 2);

        assertThat(known).hasSize(4);
        assertThat(known.get("halved").outcome()).isEqualTo(Outcome.HALVED);
        assertThat(known.get("early").outcome()).isEqualTo(Outcome.STOPPED_EARLY);
        assertThat(known.get("full").outcome()).isEqualTo(Outcome.TRAINED_TO_BUDGET);
        FitnessResult failed = known.get("failed");
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.failure()).startsWith("diverged");
        assertThat(failed.fitness()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(known.get("halved").validationCurve()).containsExactly(0.6, 0.8);
        assertThat(known.get("halved").epochs()).isEqualTo(2.5);
    }

    @Test
    void anOldCheckpointEvaluationReads() {
        // A checkpoint's "scored" entries embed the result the same way (same mapper, same creator).
        String old = "{\"generation\":3,\"individual\":null,\"cacheHit\":false,\"result\":{\"genomeId\":\"g\","
                + "\"fitness\":0.5,\"validationLoss\":1.0,\"epochs\":3.0,\"bestEpoch\":3.0,\"stoppedEarly\":true,"
                + "\"validationCurve\":[0.5],\"lossCurve\":[1.0],\"parameters\":10,\"trainMillis\":1,\"halved\":true}}";
        FitnessResult r = Json.read(old, Evaluation.class, "checkpoint").result();
        assertThat(r.outcome()).isEqualTo(Outcome.HALVED);
        assertThat(r.halved()).isTrue();
        assertThat(r.endedEarly()).isTrue();
    }

    @Test
    void theNewFormatWritesTheOutcomeAndReadsBack(@TempDir Path dir) throws Exception {
        RunFolder folder = new RunFolder(dir);
        FitnessResult early = new FitnessResult(
                "g", 0.9, 0.2, 6, 3, Outcome.STOPPED_EARLY, null, List.of(0.8, 0.9), List.of(0.5, 0.3), 99, 12);
        folder.appendCache("ctx", 0, early);
        folder.appendCache(
                "ctx", 0, FitnessResult.failed("f", "out of memory while training", 1, 99, 3, List.of(), List.of()));
        folder.close();

        String text = Files.readString(dir.resolve(RunFolder.CACHE));
        assertThat(text)
                .contains("\"outcome\":\"STOPPED_EARLY\"")
                .contains("\"outcome\":\"FAILED\"")
                .doesNotContain("halved")
                .doesNotContain("stoppedEarly");
        Map<String, FitnessResult> back = new RunFolder(dir).readCache("ctx", 1);
        assertThat(back.get("g")).isEqualTo(early);
        assertThat(back.get("f").outcome()).isEqualTo(Outcome.FAILED);
    }
}
