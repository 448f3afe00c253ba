package org.evolab.cli;

import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.Optimizer;
import org.evolab.genome.SearchSpace;
import org.evolab.util.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code evolab run}'s flags for the search space: each range or list given replaces the settings' one. */
final class SpaceOptions {
    @Option(
            names = "--layers",
            paramLabel = "MIN..MAX",
            description = "hidden layers (default 1..3; the search space's defaults follow the size of the data)")
    String layers;

    @Option(
            names = "--neurons",
            paramLabel = "MIN..MAX",
            description = "neurons per hidden layer (default 8..128 up to 10,000 training rows, narrower above)")
    String neurons;

    @Option(names = "--activations", paramLabel = "LIST", description = "relu,tanh,sigmoid,leakyrelu,elu")
    String activations;

    @Option(
            names = "--learning-rate",
            paramLabel = "MIN..MAX",
            description = "searched on a log scale (default 3e-4..3e-2)")
    String learningRate;

    @Option(names = "--optimizers", paramLabel = "LIST", description = "adam,nesterov,rmsprop (default adam,rmsprop)")
    String optimizers;

    @Option(
            names = "--batch-sizes",
            paramLabel = "LIST",
            description = "e.g. 16,32,64,full (default: those giving 4-64 steps per epoch)")
    String batchSizes;

    @Option(names = "--dropout", paramLabel = "MIN..MAX", description = "default 0..0.3")
    String dropout;

    @Option(names = "--l2", paramLabel = "MIN..MAX", description = "default 0..1e-3")
    String l2;

    @Option(
            names = "--epochs",
            paramLabel = "MIN..MAX",
            description = "max epochs per training (default 20..100, fewer on large data)")
    String epochs;

    SearchSpace applyTo(SearchSpace s) {
        return new SearchSpace(
                layers != null ? Ranges.intRange("--layers", layers) : s.layers(),
                neurons != null ? Ranges.intRange("--neurons", neurons) : s.neurons(),
                activations != null ? Ranges.list(activations, Activation::parse) : s.activations(),
                learningRate != null ? Ranges.doubleRange("--learning-rate", learningRate) : s.learningRate(),
                optimizers != null ? Ranges.list(optimizers, Optimizer::parse) : s.optimizers(),
                batchSizes != null ? Ranges.list(batchSizes, SpaceOptions::parseBatch) : s.batchSizes(),
                dropout != null ? Ranges.doubleRange("--dropout", dropout) : s.dropout(),
                l2 != null ? Ranges.doubleRange("--l2", l2) : s.l2(),
                epochs != null ? Ranges.intRange("--epochs", epochs) : s.epochs());
    }

    private static int parseBatch(String text) {
        if (text.equalsIgnoreCase("full")) {
            return Genome.FULL_BATCH;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--batch-sizes: '" + text + "' is not a whole number or 'full'");
        }
    }
}
