package org.evolab.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThreadNiceTest {
    @Test
    void aLoweredThreadAndTheThreadsItStartsRunAtTheNewNiceValueWhileOthersKeepTheirs() throws Exception {
        assumeTrue(ThreadNice.kernelThreadId() > 0, "Linux /proc/thread-self");
        int mine = ThreadNice.currentNice();
        int target = Math.min(19, mine + 5);
        AtomicBoolean taken = new AtomicBoolean();
        AtomicInteger lowered = new AtomicInteger(Integer.MIN_VALUE);
        AtomicInteger child = new AtomicInteger(Integer.MIN_VALUE);
        Thread t = new Thread(() -> {
            taken.set(ThreadNice.lowerCurrentThread(target));
            lowered.set(ThreadNice.currentNice());
            Thread c = new Thread(() -> child.set(ThreadNice.currentNice()));
            c.start();
            try {
                c.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        t.join();
        assertThat(taken).isTrue();
        assertThat(lowered.get()).isEqualTo(target);
        assertThat(child.get()).as("inherited by threads started afterwards").isEqualTo(target);
        assertThat(ThreadNice.currentNice())
                .as("the calling thread is untouched")
                .isEqualTo(mine);
    }

    @Test
    void threadsAreFoundByTheirKernelName() throws Exception {
        assumeTrue(ThreadNice.kernelThreadId() > 0, "Linux /proc/thread-self");
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger(Integer.MIN_VALUE);
        java.util.concurrent.CountDownLatch lowered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread t = new Thread(
                () -> {
                    try {
                        started.countDown(); // running: the JVM has given the kernel thread its name
                        lowered.await();
                        seen.set(ThreadNice.currentNice());
                        done.countDown();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "nice-probe-xyz");
        t.start();
        started.await();
        int target = Math.min(19, ThreadNice.currentNice() + 3);
        assertThat(ThreadNice.lowerThreadsNamed(target, "nice-probe-x")).isEqualTo(1);
        lowered.countDown();
        done.await();
        assertThat(seen.get()).isEqualTo(target);
        assertThat(ThreadNice.lowerThreadsNamed(target, "no-such-thread-name")).isZero();
    }
}
