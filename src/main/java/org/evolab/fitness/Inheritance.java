package org.evolab.fitness;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.genome.Genome;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Starts a child's freshly initialised network from its parent's trained weights: the layers
 * {@link ParentWeights#matchingLayers} names take the parent's weights and biases, a resized one
 * the overlapping block (the first rows and columns of W, the first entries of b) with the rest
 * as initialised; the output layer too where {@link ParentWeights#inheritsOutput} says so. The
 * optimiser's state starts fresh.
 */
final class Inheritance {
    private Inheritance() {}

    /** Copies into {@code child} what it inherits from {@code parent}'s {@code parentParams}; returns the layers copied. */
    static int apply(
            MultiLayerNetwork child, Genome childGenome, Genome parentGenome, float[] parentParams, TrainingData data) {
        int hidden = ParentWeights.matchingLayers(childGenome, parentGenome);
        boolean output = ParentWeights.inheritsOutput(childGenome, parentGenome);
        if (hidden == 0 && !output) {
            return 0;
        }
        MultiLayerNetwork parent = NetworkFactory.build(parentGenome, data.inputs(), data.outputs(), data.task(), 0);
        try (INDArray p = Nd4j.create(parentParams, new long[] {1, parentParams.length}, 'c')) {
            parent.setParams(p);
            for (int i = 0; i < hidden; i++) {
                copyBlock(parent, child, i, i);
            }
            if (output) {
                copyBlock(
                        parent,
                        child,
                        parentGenome.layers().size(),
                        childGenome.layers().size());
            }
        } finally {
            NativeRelease.close(parent);
        }
        return hidden + (output ? 1 : 0);
    }

    private static void copyBlock(MultiLayerNetwork from, MultiLayerNetwork to, int fromLayer, int toLayer) {
        for (String key : new String[] {"W", "b"}) {
            INDArray source = from.getLayer(fromLayer).getParam(key);
            INDArray target = to.getLayer(toLayer).getParam(key);
            INDArrayIndex[] block = new INDArrayIndex[source.rank()];
            for (int d = 0; d < block.length; d++) {
                block[d] = NDArrayIndex.interval(0, Math.min(source.size(d), target.size(d)));
            }
            // getParam is a view into the network's flat parameters: assigning to it sets them.
            target.get(block).assign(source.get(block));
        }
    }
}
