package org.evolab.fitness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.evolab.genome.Genome;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained network, or an ensemble of them averaged in one graph, kept behind this class so that
 * layers above {@code fitness} never touch DL4J types. Not thread-safe: use it from one thread at a time.
 */
public final class TrainedModel {
    private final Genome genome;
    private final MultiLayerNetwork network;
    private final ComputationGraph ensemble;
    private final List<TrainedModel> members;
    private final double epochs;
    private final FinalModel origin;
    private final int trainingRows;

    TrainedModel(Genome genome, MultiLayerNetwork network, double epochs, FinalModel origin, int trainingRows) {
        this.genome = genome;
        this.network = network;
        this.ensemble = null;
        this.members = List.of();
        this.epochs = epochs;
        this.origin = origin;
        this.trainingRows = trainingRows;
    }

    private TrainedModel(List<TrainedModel> members) {
        TrainedModel first = members.get(0);
        this.genome = first.genome;
        this.network = null;
        this.ensemble = EnsembleGraph.of(members.stream().map(m -> m.network).toList());
        this.members = List.copyOf(members);
        this.epochs = first.epochs;
        this.origin = first.origin;
        this.trainingRows = first.trainingRows;
    }

    /**
     * The members averaged: one graph whose output is the mean of theirs (best member first: its
     * genome, origin, rows and epochs are the ensemble's headline ones). One member is itself.
     */
    public static TrainedModel averageOf(List<TrainedModel> members) {
        if (members.isEmpty() || members.stream().anyMatch(m -> m == null || m.isEnsemble())) {
            throw new IllegalArgumentException("an ensemble's members are single trained networks");
        }
        return members.size() == 1 ? members.get(0) : new TrainedModel(members);
    }

    /** The genome of the network, or of an ensemble's best member. */
    public Genome genome() {
        return genome;
    }

    public boolean isEnsemble() {
        return ensemble != null;
    }

    /** An ensemble's members, best first; empty for a single network. */
    public List<TrainedModel> members() {
        return members;
    }

    /** Epochs the exported weights were trained for (fractional where halving stopped mid-epoch). */
    public double epochs() {
        return epochs;
    }

    /** Whether this is the search's own network or one retrained after the search. */
    public FinalModel origin() {
        return origin;
    }

    /** How many rows trained it (the training split, or training plus validation). */
    public int trainingRows() {
        return trainingRows;
    }

    public long parameterCount() {
        return model().numParams();
    }

    private Model model() {
        return ensemble != null ? ensemble : network;
    }

    /** The network's outputs (class probabilities, or the standardized target) for each row. */
    public double[][] predict(double[][] features) {
        INDArray in = Nd4j.create(TrainingData.toFloat(features));
        INDArray out = ensemble != null ? ensemble.outputSingle(false, in) : network.output(in, false);
        int rows = features.length;
        int width = (int) out.columns();
        float[] flat = TrainingData.rowMajor(out);
        in.close();
        out.close();
        double[][] result = new double[rows][width];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                result[i][j] = flat[i * width + j];
            }
        }
        return result;
    }

    /** The network (an ensemble: its graph) as a DL4J model zip ({@code configuration.json}, {@code coefficients.bin}). */
    public byte[] toModelZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ModelSerializer.writeModel(model(), bytes, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Weight matrices [from][to] of every layer, hidden layers first and the output layer last (of
     * an ensemble's best member).
     */
    public List<double[][]> layerWeights() {
        if (ensemble != null) {
            return members.get(0).layerWeights();
        }
        List<double[][]> weights = new ArrayList<>();
        for (int i = 0; i < network.getnLayers(); i++) {
            weights.add(network.getLayer(i).getParam("W").toDoubleMatrix());
        }
        return weights;
    }
}
