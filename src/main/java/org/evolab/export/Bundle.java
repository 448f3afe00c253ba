package org.evolab.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.data.Preprocessor;
import org.evolab.genome.Genome;

/**
 * A model bundle read back from disk and checked: the restored network, the genome that made it,
 * the preprocessing that turns raw CSV rows into its inputs, and the run's records.
 */
public record Bundle(Path file, MultiLayerNetwork network, Genome genome, Preprocessor preprocessor, JsonNode run,
                     JsonNode metrics, List<String> entries) {
    public long parameterCount() {
        return network.numParams();
    }
}
