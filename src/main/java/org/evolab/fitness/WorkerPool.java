package org.evolab.fitness;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs tasks on workers; see {@link ParallelEvaluator#map} for the contract. */
public interface WorkerPool {
    <T, R> List<R> map(List<T> items, Function<T, R> task, Consumer<R> onEach) throws InterruptedException;
}
