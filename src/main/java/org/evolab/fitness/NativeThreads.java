package org.evolab.fitness;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps workers x ND4J threads within the cores. Tiny networks train several times slower per
 * fit() when each of several workers also spreads its small matrix products over all cores, and
 * a multi-threaded reduction may sum in another order from run to run; so during a search every
 * worker's ND4J runs on one thread, which keeps scores identical whatever the worker count.
 */
public final class NativeThreads {
    private static final Logger LOG = LoggerFactory.getLogger(NativeThreads.class);
    private static volatile int configured = -1;

    private NativeThreads() {
    }

    /** One ND4J thread per op; idempotent. */
    public static void singleThreaded() {
        set(1);
    }

    private static synchronized void set(int threads) {
        if (configured == threads) {
            return;
        }
        try {
            // Nd4j first: it loads the backend that NativeOpsHolder needs.
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            Nd4j.getEnvironment().setMaxThreads(threads);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            configured = threads;
            LOG.debug("ND4J threads per op: {}", threads);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("could not set ND4J threads: {}", e.toString());
        }
    }
}
