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
        assertThat(ThreadNice.currentNice()).as("the calling thread is untouched").isEqualTo(mine);
    }
}
