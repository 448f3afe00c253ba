package org.evolab.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Short background jobs (loading a CSV, inferring its schema, writing a bundle) as a small
 * builder: {@code Background.run(work).onSuccess(...).onFailure(...).start()}. Callbacks run on the
 * FX thread; the work never does.
 */
public final class Background<T> {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "evolab-ui-worker-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final Callable<T> work;
    private Consumer<T> onSuccess = v -> {};
    private Consumer<Throwable> onFailure = e -> {};
    private Runnable onDone = () -> {};

    private Background(Callable<T> work) {
        this.work = work;
    }

    public static <T> Background<T> run(Callable<T> work) {
        return new Background<>(work);
    }

    public Background<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    public Background<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    /** Runs after success or failure, before either callback. */
    public Background<T> onDone(Runnable action) {
        this.onDone = action;
        return this;
    }

    public Task<T> start() {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            onDone.run();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            onDone.run();
            onFailure.accept(task.getException());
        });
        EXECUTOR.execute(task);
        return task;
    }
}
