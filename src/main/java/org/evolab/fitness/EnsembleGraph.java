package org.evolab.fitness;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Several trained networks as one DL4J {@link ComputationGraph} whose single output is the mean of
 * theirs: every member's layers side by side on the same input, with their trained weights, its
 * output layer as a dense layer of the same activation (softmax or identity), all averaged by an
 * {@link ElementWiseVertex}. The graph is for inference: it carries no loss, updater or dropout, so
 * whoever opens it in plain DL4J gets exactly the members' mean from {@code outputSingle}.
 */
final class EnsembleGraph {
    static final String INPUT = "input";
    static final String MEAN = "mean";

    private EnsembleGraph() {}

    static ComputationGraph of(List<MultiLayerNetwork> members) {
        if (members.size() < 2) {
            throw new IllegalArgumentException("an ensemble needs at least two members, got " + members.size());
        }
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT)
                .graphBuilder()
                .addInputs(INPUT);
        String[] outputs = new String[members.size()];
        for (int m = 0; m < members.size(); m++) {
            MultiLayerNetwork net = members.get(m);
            String previous = INPUT;
            for (int i = 0; i < net.getnLayers(); i++) {
                BaseLayer conf = (BaseLayer) net.getLayer(i).conf().getLayer();
                String name = layerName(m, i);
                graph.addLayer(
                        name,
                        new DenseLayer.Builder()
                                .nIn(net.layerInputSize(i))
                                .nOut(net.layerSize(i))
                                .activation(conf.getActivationFn())
                                .build(),
                        previous);
                previous = name;
            }
            outputs[m] = previous;
        }
        graph.addVertex(MEAN, new ElementWiseVertex(ElementWiseVertex.Op.Average), outputs)
                .setOutputs(MEAN);
        ComputationGraph ensemble = new ComputationGraph(graph.build());
        ensemble.init();
        for (int m = 0; m < members.size(); m++) {
            MultiLayerNetwork net = members.get(m);
            for (int i = 0; i < net.getnLayers(); i++) {
                Layer from = net.getLayer(i);
                Layer to = ensemble.getLayer(layerName(m, i));
                to.setParam("W", from.getParam("W").dup());
                to.setParam("b", from.getParam("b").dup());
            }
        }
        return ensemble;
    }

    /** Member {@code m}'s layer {@code i} (its output layer is the last). */
    static String layerName(int m, int i) {
        return "m" + m + "_l" + i;
    }
}
