package org.evolab.fitness;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps workers x ND4J threads within the cores. Tiny networks train several times slower per
 * fit() when each of several workers also spreads its small matrix products over all cores, and
 * a multi-threaded reduction may sum in another order from run to run; so during a search every
 * worker's ND4J runs on one thread, which keeps scores identical whatever the worker count. The
 * BLAS library (OpenBLAS) keeps its own thread count, which libnd4j's settings do not reach: it
 * is set too (one BLAS thread per worker cut the search's training time by 15% on 2 cores).
 */
public final class NativeThreads {
    private static final Logger LOG = LoggerFactory.getLogger(NativeThreads.class);
    private static volatile int configured = -1;
    /** ND4J's own settings before Evolab first changed them: {master, max, omp, blas}; null until then. */
    private static int[] original;

    private NativeThreads() {}

    /** One ND4J thread per op; idempotent. */
    public static void singleThreaded() {
        set(1);
    }

    /**
     * Gives ND4J back the thread counts it chose itself (cores, or OMP_NUM_THREADS), as a program
     * that never called {@link #set} would run; no-op when they were never changed. For the
     * benchmark's straightforward engine and peak probe.
     */
    public static synchronized void defaults() {
        if (original == null) {
            return;
        }
        try {
            Nd4j.getEnvironment().setMaxMasterThreads(original[0]);
            Nd4j.getEnvironment().setMaxThreads(original[1]);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(original[2]);
            Nd4j.factory().blas().setMaxThreads(original[3]);
            configured = -1;
            LOG.debug("ND4J threads per op back to the defaults: {}", original[1]);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("could not restore ND4J threads: {}", e.toString());
        }
    }

    /**
     * ND4J threads per op now (its own default until {@link #set} is called). The master-thread
     * count is the one that takes effect: libnd4j ignores {@code setMaxThreads}.
     */
    public static int current() {
        try {
            return Nd4j.getEnvironment().maxMasterThreads();
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }

    /** {@code threads} ND4J threads per op (and OpenMP and BLAS threads); idempotent. */
    public static synchronized void set(int threads) {
        if (configured == threads) {
            return;
        }
        try {
            // Nd4j first: it loads the backend that NativeOpsHolder needs.
            if (original == null) {
                original = new int[] {
                    Nd4j.getEnvironment().maxMasterThreads(),
                    Nd4j.getEnvironment().maxThreads(),
                    NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads(),
                    Nd4j.factory().blas().getMaxThreads()
                };
            }
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            Nd4j.getEnvironment().setMaxThreads(threads);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            Nd4j.factory().blas().setMaxThreads(threads);
            configured = threads;
            LOG.debug("ND4J threads per op: {}", threads);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("could not set ND4J threads: {}", e.toString());
        }
    }
}
