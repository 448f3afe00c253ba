package org.evolab.genome;

import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.List;

/**
 * The JSON shape of a {@link SearchSpace}: one flat object of {@code minLayers}, {@code maxLayers},
 * ... {@code maxEpochs}, the keys (and their order) of every earlier version, so run settings,
 * checkpoints and run folders read and write as they did before the ranges became records.
 */
final class SearchSpaceJson {
    private SearchSpaceJson() {}

    /** The keys, in the order they are written. */
    record Flat(
            int minLayers,
            int maxLayers,
            int minNeurons,
            int maxNeurons,
            List<Activation> activations,
            double minLearningRate,
            double maxLearningRate,
            List<Optimizer> optimizers,
            List<Integer> batchSizes,
            double minDropout,
            double maxDropout,
            double minL2,
            double maxL2,
            int minEpochs,
            int maxEpochs) {}

    static final class Write extends StdConverter<SearchSpace, Flat> {
        @Override
        public Flat convert(SearchSpace s) {
            return new Flat(
                    s.layers().min(),
                    s.layers().max(),
                    s.neurons().min(),
                    s.neurons().max(),
                    s.activations(),
                    s.learningRate().min(),
                    s.learningRate().max(),
                    s.optimizers(),
                    s.batchSizes(),
                    s.dropout().min(),
                    s.dropout().max(),
                    s.l2().min(),
                    s.l2().max(),
                    s.epochs().min(),
                    s.epochs().max());
        }
    }

    static final class Read extends StdConverter<Flat, SearchSpace> {
        @Override
        public SearchSpace convert(Flat f) {
            return new SearchSpace(
                    new IntRange(f.minLayers, f.maxLayers),
                    new IntRange(f.minNeurons, f.maxNeurons),
                    f.activations,
                    new DoubleRange(f.minLearningRate, f.maxLearningRate),
                    f.optimizers,
                    f.batchSizes,
                    new DoubleRange(f.minDropout, f.maxDropout),
                    new DoubleRange(f.minL2, f.maxL2),
                    new IntRange(f.minEpochs, f.maxEpochs));
        }
    }
}
