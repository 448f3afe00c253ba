package org.evolab.fitness.baseline;

import org.evolab.fitness.NativeThreads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The practical peak of this machine for the arithmetic training does: a large square float
 * matrix product repeated with ND4J's default threads (all cores, the BLAS library's own
 * blocking). Training FLOP rates are reported as a fraction of it.
 */
public final class MatmulPeak {
    private MatmulPeak() {}

    /** @param gflops achieved rate; {@code repetitions} products of {@code size} x {@code size} in {@code seconds} */
    public record Result(int size, int repetitions, double seconds, double gflops, int threads) {}

    /** Repeats an {@code n} x {@code n} product for at least {@code minSeconds} (and 3 times) after a warm-up. */
    public static Result measure(int n, double minSeconds) {
        NativeThreads.defaults();
        INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
        INDArray c = Nd4j.create(DataType.FLOAT, n, n);
        try {
            a.mmul(b, c);
            a.mmul(b, c);
            int reps = 0;
            long t0 = System.nanoTime();
            double seconds;
            do {
                a.mmul(b, c);
                reps++;
                seconds = (System.nanoTime() - t0) / 1e9;
            } while (seconds < minSeconds || reps < 3);
            double flops = 2.0 * n * (double) n * n * reps;
            return new Result(n, reps, seconds, flops / seconds / 1e9, NativeThreads.current());
        } finally {
            a.close();
            b.close();
            c.close();
        }
    }
}
