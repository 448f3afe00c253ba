package org.evolab.genome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.evolab.util.Json;
import org.junit.jupiter.api.Test;

/** A space is written and read as the flat object of earlier versions, whatever its records. */
class SearchSpaceJsonTest {
    @Test
    void theJsonIsTheFlatObjectOfEarlierVersionsKeyForKey() {
        assertThat(Json.write(SearchSpace.defaults()))
                .isEqualTo(
                        """
                {
                  "minLayers" : 1,
                  "maxLayers" : 10,
                  "minNeurons" : 10,
                  "maxNeurons" : 100,
                  "activations" : [ "relu", "tanh", "sigmoid", "leakyrelu", "elu" ],
                  "minLearningRate" : 1.0E-4,
                  "maxLearningRate" : 0.1,
                  "optimizers" : [ "adam", "nesterov", "rmsprop" ],
                  "batchSizes" : [ 16, 32, 64, 128, 0 ],
                  "minDropout" : 0.0,
                  "maxDropout" : 0.5,
                  "minL2" : 0.0,
                  "maxL2" : 0.001,
                  "minEpochs" : 20,
                  "maxEpochs" : 100
                }""");
    }

    @Test
    void aSpaceWrittenByAnEarlierVersionReadsIntoItsRanges() throws Exception {
        String old =
                """
                {"minLayers":2,"maxLayers":4,"minNeurons":8,"maxNeurons":64,"activations":["relu"],
                 "minLearningRate":0.001,"maxLearningRate":0.01,"optimizers":["adam"],"batchSizes":[32,0],
                 "minDropout":0.1,"maxDropout":0.2,"minL2":0.0,"maxL2":0.0001,"minEpochs":5,"maxEpochs":50}""";
        SearchSpace read = new ObjectMapper().readValue(old, SearchSpace.class);
        assertThat(read)
                .isEqualTo(new SearchSpace(
                        new IntRange(2, 4),
                        new IntRange(8, 64),
                        List.of(Activation.RELU),
                        new DoubleRange(0.001, 0.01),
                        List.of(Optimizer.ADAM),
                        List.of(32, 0),
                        new DoubleRange(0.1, 0.2),
                        new DoubleRange(0.0, 1e-4),
                        new IntRange(5, 50)));
        assertThat(Json.mapper().readValue(Json.write(read), SearchSpace.class)).isEqualTo(read);
    }

    @Test
    void withersChangeOnlyTheirRange() {
        SearchSpace d = SearchSpace.defaults();
        SearchSpace changed = d.withLayers(2, 3).withL2(0, 1e-4);
        assertThat(changed.layers()).isEqualTo(new IntRange(2, 3));
        assertThat(changed.l2()).isEqualTo(new DoubleRange(0, 1e-4));
        assertThat(changed.withLayers(1, 10).withL2(0, 1e-3)).isEqualTo(d);
        assertThat(d.withEpochs(3, 9).epochs()).isEqualTo(new IntRange(3, 9));
        assertThat(d.withNeurons(4, 5).neurons()).isEqualTo(new IntRange(4, 5));
        assertThat(d.withLearningRate(1e-3, 1e-2).learningRate()).isEqualTo(new DoubleRange(1e-3, 1e-2));
        assertThat(d.withDropout(0.1, 0.2).dropout()).isEqualTo(new DoubleRange(0.1, 0.2));
        assertThat(d.withActivations(List.of(Activation.ELU)).activations()).containsExactly(Activation.ELU);
        assertThat(d.withOptimizers(List.of(Optimizer.NESTEROV)).optimizers()).containsExactly(Optimizer.NESTEROV);
        assertThat(d.withBatchSizes(List.of(8)).batchSizes()).containsExactly(8);
    }
}
