package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.data.schema.TaskType;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Where dropout acts: never on the input of a regression's identity output. */
class NetworkFactoryTest {
    private static Genome genome(int hiddenLayers) {
        List<LayerGene> layers = java.util.Collections.nCopies(hiddenLayers, new LayerGene(32, Activation.RELU));
        return new Genome(layers, 1e-3, Optimizer.ADAM, 16, 0.5, 0, 10);
    }

    /** The network's outputs on {@code x} while training (dropout on) and at inference (off). */
    private static boolean trainingOutputIsNoisy(Genome genome, int outputs, TaskType task) {
        MultiLayerNetwork net = NetworkFactory.build(genome, 5, outputs, task, 7);
        INDArray x = Nd4j.rand(DataType.FLOAT, 64, 5);
        INDArray inference = net.output(x, false);
        INDArray training = net.output(x, true);
        return !training.equalsWithEps(inference, 1e-6);
    }

    @Test
    void aRegressionsOutputLayerSeesNoDropout() {
        assertThat(trainingOutputIsNoisy(genome(1), 1, TaskType.REGRESSION)).isFalse();
    }

    @Test
    void aRegressionKeepsDropoutBetweenHiddenLayers() {
        assertThat(trainingOutputIsNoisy(genome(2), 1, TaskType.REGRESSION)).isTrue();
    }

    @Test
    void aClassifiersOutputLayerKeepsItsDropout() {
        assertThat(trainingOutputIsNoisy(genome(1), 3, TaskType.CLASSIFICATION)).isTrue();
    }
}
