package org.evolab.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** A {@link WorkerPool} for tests: the tasks one after another on the caller's thread, in the order given. */
public final class SequentialPool implements WorkerPool {
    public static final WorkerPool INSTANCE = new SequentialPool();

    private SequentialPool() {}

    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> task, Consumer<R> onEach) {
        List<R> results = new ArrayList<>();
        for (T item : items) {
            R r = task.apply(item);
            results.add(r);
            onEach.accept(r);
        }
        return results;
    }
}
