package org.evolab.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.data.prep.Preprocessor;
import org.evolab.genome.Genome;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A model bundle read back from disk and checked: the restored network (a DL4J
 * {@code MultiLayerNetwork}, or for an ensemble the {@code ComputationGraph} that averages its
 * members), the genome that made it (an ensemble's best member), the member genomes of an ensemble
 * (best first; empty for a single network), the preprocessing that turns raw CSV rows into its
 * inputs, and the run's records.
 */
public record Bundle(
        Path file,
        Model network,
        Genome genome,
        List<Genome> members,
        Preprocessor preprocessor,
        JsonNode run,
        JsonNode metrics,
        List<String> entries) {
    public Bundle {
        members = List.copyOf(members);
    }

    public long parameterCount() {
        return network.numParams();
    }

    public boolean isEnsemble() {
        return !members.isEmpty();
    }

    /** The network's outputs for {@code features}: class probabilities, or the standardized target. */
    INDArray output(INDArray features) {
        synchronized (network) {
            return network instanceof ComputationGraph graph
                    ? graph.outputSingle(false, features)
                    : ((MultiLayerNetwork) network).output(features, false);
        }
    }

    /** The number of encoded features the network takes. */
    long inputCount() {
        return network instanceof ComputationGraph graph
                ? graph.layerInputSize(0)
                : ((MultiLayerNetwork) network).layerInputSize(0);
    }
}
