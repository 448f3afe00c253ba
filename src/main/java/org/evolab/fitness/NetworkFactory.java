package org.evolab.fitness;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.evolab.data.schema.TaskType;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Genome to DL4J network: dense hidden layers, softmax + cross-entropy or identity + MSE output.
 * A genome's dropout acts between hidden layers, and on the output layer's input for a classifier
 * only.
 */
public final class NetworkFactory {
    private NetworkFactory() {}

    public static MultiLayerNetwork build(Genome genome, int inputs, int outputs, TaskType task, long seed) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(genome, inputs, outputs, task, seed));
        net.init();
        return net;
    }

    public static MultiLayerConfiguration configuration(
            Genome genome, int inputs, int outputs, TaskType task, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(updater(genome))
                .l2(genome.l2())
                .list();
        int previous = inputs;
        for (int i = 0; i < genome.layers().size(); i++) {
            LayerGene gene = genome.layers().get(i);
            DenseLayer.Builder layer = new DenseLayer.Builder()
                    .nIn(previous)
                    .nOut(gene.width())
                    .activation(activation(gene.activation()))
                    .weightInit(weightInit(gene.activation()));
            // Dropout acts on a layer's input: never on the raw features, only between hidden layers.
            if (i > 0 && genome.dropout() > 0) {
                layer.dropOut(1.0 - genome.dropout()); // DL4J takes the probability of *keeping* a unit
            }
            list.layer(layer.build());
            previous = gene.width();
        }
        OutputLayer.Builder out = task == TaskType.CLASSIFICATION
                ? new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                : new OutputLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY);
        out.nIn(previous).nOut(outputs).weightInit(WeightInit.XAVIER);
        // Not before a regression's identity output: there the dropped units' noise is noise in the
        // prediction itself, which MSE then chases. Housing (peer benchmark, seeds 1-3) lost 0.9-2.2
        // RMSE to it; dropout between hidden layers still regularises (diabetes kept its scores).
        if (genome.dropout() > 0 && task == TaskType.CLASSIFICATION) {
            out.dropOut(1.0 - genome.dropout());
        }
        list.layer(out.build());
        return list.build();
    }

    static IUpdater updater(Genome genome) {
        return switch (genome.optimizer()) {
            case ADAM -> new Adam(genome.learningRate());
            case NESTEROV -> new Nesterovs(genome.learningRate(), 0.9);
            case RMSPROP -> new RmsProp(genome.learningRate());
        };
    }

    static Activation activation(org.evolab.genome.Activation a) {
        return switch (a) {
            case RELU -> Activation.RELU;
            case TANH -> Activation.TANH;
            case SIGMOID -> Activation.SIGMOID;
            case LEAKY_RELU -> Activation.LEAKYRELU;
            case ELU -> Activation.ELU;
        };
    }

    /** He initialisation for the rectifier family, Xavier for the saturating ones. */
    static WeightInit weightInit(org.evolab.genome.Activation a) {
        return switch (a) {
            case RELU, LEAKY_RELU, ELU -> WeightInit.RELU;
            case TANH, SIGMOID -> WeightInit.XAVIER;
        };
    }
}
