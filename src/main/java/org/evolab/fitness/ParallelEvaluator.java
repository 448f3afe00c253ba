package org.evolab.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Trains a generation's genomes concurrently, one network per worker thread. Results are
 * independent of the worker count because every genome's seed depends only on the genome.
 */
public final class ParallelEvaluator implements WorkerPool, AutoCloseable {
    private final ExecutorService pool;

    public ParallelEvaluator(int workers) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, workers), namedDaemons());
        NativeThreads.singleThreaded();
    }

    /**
     * Applies {@code task} to every item on the workers; {@code onEach} sees each result as it
     * comes (on the worker thread). Returns the results in the order of {@code items}. The first
     * failure (or cancellation) cancels the rest and is rethrown once no task runs any more: the
     * caller may then free what the tasks were using (a training's native memory) safely.
     */
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> task, Consumer<R> onEach) throws InterruptedException {
        ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
        List<R> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(null);
        }
        Running running = new Running();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            futures.add(done.submit(() -> {
                if (!running.enter()) {
                    return index;
                }
                try {
                    R r = task.apply(items.get(index));
                    synchronized (results) {
                        results.set(index, r);
                    }
                    onEach.accept(r);
                    return index;
                } finally {
                    running.leave();
                }
            }));
        }
        try {
            for (int i = 0; i < items.size(); i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            running.abort();
            futures.forEach(f -> f.cancel(true));
            running.awaitNone();
            throw e;
        }
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The tasks of one {@link #map} that are running; once aborted, no task starts. */
    private static final class Running {
        private int count;
        private boolean aborted;

        synchronized boolean enter() {
            if (aborted) {
                return false;
            }
            count++;
            return true;
        }

        synchronized void leave() {
            count--;
            notifyAll();
        }

        synchronized void abort() {
            aborted = true;
        }

        /** Waits until the running tasks have ended (they stop at their next step when interrupted). */
        synchronized void awaitNone() {
            boolean interrupted = false;
            while (count > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "evolab-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
