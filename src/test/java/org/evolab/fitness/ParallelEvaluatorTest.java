package org.evolab.fitness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParallelEvaluatorTest {
    @Test
    void theResultsComeInTheOrderOfTheItems() throws Exception {
        try (ParallelEvaluator pool = new ParallelEvaluator(2)) {
            assertThat(pool.map(List.of(3, 1, 2), i -> i * 10, r -> {})).containsExactly(30, 10, 20);
        }
    }

    /** The caller frees what the tasks used (native memory) right after: none may still run. */
    @Test
    void aFailureIsRethrownOnlyOnceNoTaskRunsAnyMore() throws Exception {
        try (ParallelEvaluator pool = new ParallelEvaluator(2)) {
            AtomicBoolean slowEnded = new AtomicBoolean();
            CountDownLatch slowStarted = new CountDownLatch(1);
            assertThatThrownBy(() -> pool.map(
                            List.of(0, 1),
                            i -> {
                                if (i == 0) {
                                    slowStarted.countDown();
                                    try {
                                        // Busy, deaf to interrupts, as a native fit() is.
                                        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                                        while (System.nanoTime() < end) {
                                            Thread.onSpinWait();
                                        }
                                    } finally {
                                        slowEnded.set(true);
                                    }
                                    return 0;
                                }
                                try {
                                    slowStarted.await();
                                } catch (InterruptedException e) {
                                    throw new IllegalStateException(e);
                                }
                                throw new IllegalStateException("boom");
                            },
                            r -> {}))
                    .hasMessage("boom");
            assertThat(slowEnded).isTrue();
        }
    }
}
