package org.evolab.fitness.baseline;

import org.nd4j.linalg.factory.Nd4j;

/**
 * The BLAS library's own thread count (OpenBLAS here), which ND4J's thread settings do not
 * reach: {@code Nd4j.getEnvironment().setMaxThreads} is ignored by libnd4j and matrix products
 * go to OpenBLAS with its default of one thread per core. For the benchmark's what-if runs
 * ({@code bench --engine-blas-threads 1}); Evolab's engine does not call it.
 */
public final class BlasThreads {
    private BlasThreads() {
    }

    public static int get() {
        return Nd4j.factory().blas().getMaxThreads();
    }

    public static void set(int threads) {
        Nd4j.factory().blas().setMaxThreads(threads);
    }
}
