package org.evolab.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where a view model's slow work (writing files) runs: {@link #background()} off the FX thread
 * with the callbacks on it, as the screens use; {@link #direct()} at once on the calling thread,
 * so a view model's writes are tested without a toolkit.
 */
public interface Worker {
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    static Worker background() {
        return new Worker() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                Background.run(work).onSuccess(onSuccess).onFailure(onFailure).start();
            }
        };
    }

    static Worker direct() {
        return new Worker() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(value);
            }
        };
    }
}
