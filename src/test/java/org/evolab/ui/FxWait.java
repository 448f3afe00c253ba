package org.evolab.ui;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Polls a condition read on the FX thread, with a timeout: a stuck UI fails the test, it never hangs it. */
public final class FxWait {
    private FxWait() {}

    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static <T> T onFx(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read::get));
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer in 30 s", e);
        }
    }
}
