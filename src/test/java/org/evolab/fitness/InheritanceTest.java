package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

class InheritanceTest {
    static TrainingData iris;

    @BeforeAll
    static void prepare() {
        iris = Dl4jEvaluatorTest.load("iris.csv", "species");
    }

    static Genome genome(LayerGene... layers) {
        return new Genome(List.of(layers), 0.01, Optimizer.ADAM, 32, 0.0, 0.0, 8);
    }

    static LayerGene relu(int width) {
        return new LayerGene(width, Activation.RELU);
    }

    /** Parameters unlike any initialisation: what the parent "learned". */
    static float[] someParameters(Genome g) {
        float[] p = new float[(int) g.parameterCount(iris.inputs(), iris.outputs())];
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (rng.nextDouble() * 10 - 5);
        }
        return p;
    }

    static MultiLayerNetwork net(Genome g, long seed) {
        return NetworkFactory.build(g, iris.inputs(), iris.outputs(), iris.task(), seed);
    }

    static MultiLayerNetwork withParameters(Genome g, float[] p) {
        MultiLayerNetwork n = net(g, 0);
        n.setParams(org.nd4j.linalg.factory.Nd4j.create(p, new long[] {1, p.length}, 'c'));
        return n;
    }

    static INDArray block(MultiLayerNetwork n, int layer, String key, long rows, long cols) {
        INDArray a = n.getLayer(layer).getParam(key);
        return key.equals("b")
                ? a.get(NDArrayIndex.all(), NDArrayIndex.interval(0, cols)).dup()
                : a.get(NDArrayIndex.interval(0, rows), NDArrayIndex.interval(0, cols))
                        .dup();
    }

    @Test
    void aLayerOfTheSameSizeStartsEqualToItsParents() {
        Genome parent = genome(relu(8), relu(6));
        Genome child = parent.withLearningRate(0.002); // same layers, other training genes
        float[] learned = someParameters(parent);
        MultiLayerNetwork c = net(child, 7);

        int copied = Inheritance.apply(c, child, parent, learned, iris);

        assertThat(copied).isEqualTo(3); // two hidden layers and the output layer
        assertThat(c.params()).isEqualTo(withParameters(parent, learned).params());
    }

    @Test
    void aResizedLayerKeepsTheOverlappingBlockAndTheRestAsInitialised() {
        Genome parent = genome(relu(8), relu(6));
        Genome child = genome(relu(5), relu(10)); // narrower first layer, wider second
        float[] learned = someParameters(parent);
        MultiLayerNetwork p = withParameters(parent, learned);
        MultiLayerNetwork fresh = net(child, 7);
        MultiLayerNetwork c = net(child, 7);

        Inheritance.apply(c, child, parent, learned, iris);

        // Layer 0: W is inputs x width, the child's 5 columns are the parent's first 5.
        assertThat(block(c, 0, "W", iris.inputs(), 5)).isEqualTo(block(p, 0, "W", iris.inputs(), 5));
        assertThat(block(c, 0, "b", 1, 5)).isEqualTo(block(p, 0, "b", 1, 5));
        // Layer 1: 5 x 10 in the child, 8 x 6 in the parent: the 5 x 6 block overlaps.
        assertThat(block(c, 1, "W", 5, 6)).isEqualTo(block(p, 1, "W", 5, 6));
        assertThat(block(c, 1, "b", 1, 6)).isEqualTo(block(p, 1, "b", 1, 6));
        // Columns 6..9 of the wider layer are what initialisation gave them.
        INDArray cW = c.getLayer(1).getParam("W");
        INDArray freshW = fresh.getLayer(1).getParam("W");
        assertThat(cW.get(NDArrayIndex.all(), NDArrayIndex.interval(6, 10)))
                .isEqualTo(freshW.get(NDArrayIndex.all(), NDArrayIndex.interval(6, 10)));
        assertThat(cW).isNotEqualTo(freshW);
        // Output layer: 10 x outputs in the child, 6 x outputs in the parent.
        assertThat(block(c, 2, "W", 6, iris.outputs())).isEqualTo(block(p, 2, "W", 6, iris.outputs()));
    }

    @Test
    void aChildWithoutMatchingLayersStartsFresh() {
        Genome parent = genome(relu(8), relu(6));
        Genome child = genome(new LayerGene(8, Activation.TANH), relu(6)); // first activation differs
        MultiLayerNetwork c = net(child, 7);

        int copied = Inheritance.apply(c, child, parent, someParameters(parent), iris);

        assertThat(copied).isZero();
        assertThat(c.params()).isEqualTo(net(child, 7).params());
        assertThat(ParentWeights.matchingLayers(child, parent)).isZero();
    }

    @Test
    void aDeeperChildInheritsTheSharedLayersButNotTheOutput() {
        Genome parent = genome(relu(8));
        Genome child = genome(relu(8), relu(4));
        float[] learned = someParameters(parent);
        MultiLayerNetwork c = net(child, 7);

        assertThat(Inheritance.apply(c, child, parent, learned, iris)).isEqualTo(1);
        MultiLayerNetwork p = withParameters(parent, learned);
        assertThat(c.getLayer(0).params()).isEqualTo(p.getLayer(0).params());
        assertThat(c.getLayer(2).params()).isEqualTo(net(child, 7).getLayer(2).params());
    }

    @Test
    void theParentIsTheFitterOneWhoseWeightsAreKeptAndTheStoreRoundTrips() throws IOException {
        Genome a = genome(relu(8));
        Genome b = genome(relu(9));
        Genome other = genome(new LayerGene(8, Activation.SIGMOID));
        ParentWeights store = new ParentWeights(2);
        store.put(a, 0, new float[] {1, 2});
        store.put(a, 1, new float[] {3});
        store.put(b, 0, new float[] {4}); // fold 1 missing: not a parent
        store.put(other, 0, new float[] {5});
        store.put(other, 1, new float[] {6});
        store.keepPopulation(List.of(
                new ParentWeights.Parent("g0-00", a, 0.5),
                new ParentWeights.Parent("g0-01", b, 0.9),
                new ParentWeights.Parent("g0-02", other, 0.99)));
        Genome child = genome(relu(12));

        // b is fitter but incomplete, other is fittest but shares no layer with the child.
        assertThat(store.parentFor(child, List.of("g0-01", "g0-00", "g0-02")))
                .map(ParentWeights.Parent::individualId)
                .hasValue("g0-00");
        assertThat(store.parentFor(child, List.of("g0-02"))).isEmpty();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.writeTo(bytes);
        ParentWeights read = ParentWeights.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.paramsOf(a.id(), 0)).containsExactly(1, 2);
        assertThat(read.paramsOf(a.id(), 1)).containsExactly(3);
        assertThat(read.paramsOf(b.id(), 0)).isNull();
        assertThat(read.parentFor(child, List.of("g0-01", "g0-00")))
                .map(ParentWeights.Parent::genome)
                .hasValue(a);

        store.keepPopulation(List.of(new ParentWeights.Parent("g1-00", other, 0.99)));
        assertThat(store.paramsOf(a.id(), 0)).isNull(); // no longer a possible parent: dropped
    }

    @Test
    void aTrainingKeepsItsBestParametersAndAChildTrainsFromThem() {
        ParentWeights store = new ParentWeights(1);
        Dl4jEvaluator evaluator = new Dl4jEvaluator(iris, TrainingSettings.defaults(), 5, TrainingControl.none());
        evaluator.setParents(store, 0);
        Genome parent = genome(relu(16)).withMaxEpochs(30);
        FitnessResult trained = evaluator.evaluate(parent);
        store.keepPopulation(List.of(new ParentWeights.Parent("g0-00", parent, trained.fitness())));
        assertThat(store.paramsOf(parent.id(), 0)).hasSize((int) parent.parameterCount(iris.inputs(), iris.outputs()));

        Genome child = parent.withLearningRate(0.003).withMaxEpochs(2);
        Dl4jTraining inheriting = evaluator.start(child, parent);
        FitnessResult warm = inheriting.trainUntil(1);
        inheriting.release();
        Dl4jTraining freshly = evaluator.start(child);
        FitnessResult cold = freshly.trainUntil(1);
        freshly.release();

        // After one epoch the warm start is where the parent got to, the fresh one is not.
        assertThat(warm.validationCurve().get(0))
                .isGreaterThan(cold.validationCurve().get(0));
    }
}
