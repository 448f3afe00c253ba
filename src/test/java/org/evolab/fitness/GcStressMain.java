package org.evolab.fitness;

import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.evolab.data.schema.TaskType;
import org.evolab.genome.Activation;
import org.evolab.genome.Genome;
import org.evolab.genome.LayerGene;
import org.evolab.genome.Optimizer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains small networks on two threads for a given number of seconds, for a child JVM with a tiny
 * young generation: garbage collections then happen every few milliseconds, so that an array
 * freed by the collector during a native call (the M2.1 use-after-free) crashes the JVM within
 * seconds instead of once in a hundred runs. Prints the executioner, then "OK" and the fit count.
 */
public final class GcStressMain {
    private GcStressMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2 || !"--unprotected".equals(args[1])) {
            ReachableOpExecutioner.install();
        }
        long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000_000L;
        System.out.println("executioner " + Nd4j.getExecutioner().getClass().getName());
        long[] fits = new long[2];
        Thread[] threads = new Thread[fits.length];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                SplittableRandom rng = new SplittableRandom(index);
                while (System.nanoTime() < end) {
                    Genome genome = new Genome(
                            List.of(
                                    new LayerGene(8 + rng.nextInt(24), Activation.RELU),
                                    new LayerGene(10, Activation.TANH)),
                            1e-3,
                            Optimizer.ADAM,
                            8,
                            0.1,
                            0,
                            10);
                    MultiLayerNetwork net = NetworkFactory.build(genome, 4, 3, TaskType.CLASSIFICATION, rng.nextLong());
                    for (int i = 0; i < 200; i++) {
                        float[][] x = new float[8][4];
                        float[][] y = new float[8][3];
                        for (int r = 0; r < 8; r++) {
                            for (int c = 0; c < 4; c++) {
                                x[r][c] = (float) rng.nextDouble();
                            }
                            y[r][rng.nextInt(3)] = 1;
                        }
                        net.fit(new DataSet(Nd4j.create(x), Nd4j.create(y)));
                        fits[index]++;
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("OK " + (fits[0] + fits[1]) + " fits");
    }
}
