package org.evolab.cli;

import java.util.List;
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
        int[] layerRange =
                layers != null ? Ranges.intRange("--layers", layers) : new int[] {s.minLayers(), s.maxLayers()};
        int[] neuronRange =
                neurons != null ? Ranges.intRange("--neurons", neurons) : new int[] {s.minNeurons(), s.maxNeurons()};
        double[] lr = learningRate != null
                ? Ranges.doubleRange("--learning-rate", learningRate)
                : new double[] {s.minLearningRate(), s.maxLearningRate()};
        double[] drop = dropout != null
                ? Ranges.doubleRange("--dropout", dropout)
                : new double[] {s.minDropout(), s.maxDropout()};
        double[] l2Range = l2 != null ? Ranges.doubleRange("--l2", l2) : new double[] {s.minL2(), s.maxL2()};
        int[] epochRange =
                epochs != null ? Ranges.intRange("--epochs", epochs) : new int[] {s.minEpochs(), s.maxEpochs()};
        List<Activation> acts = activations != null ? Ranges.list(activations, Activation::parse) : s.activations();
        List<Optimizer> opts = optimizers != null ? Ranges.list(optimizers, Optimizer::parse) : s.optimizers();
        List<Integer> batches = batchSizes != null ? Ranges.list(batchSizes, SpaceOptions::parseBatch) : s.batchSizes();
        return new SearchSpace(
                layerRange[0],
                layerRange[1],
                neuronRange[0],
                neuronRange[1],
                acts,
                lr[0],
                lr[1],
                opts,
                batches,
                drop[0],
                drop[1],
                l2Range[0],
                l2Range[1],
                epochRange[0],
                epochRange[1]);
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
