package org.evolab.ui.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * What a user feels as stutter: from a background thread, a task is posted to the FX thread every
 * {@value #PERIOD_MILLIS} ms and the time until it runs is recorded. A wait is the FX thread being
 * busy (layout, drawing, our handlers) or starved of a core.
 */
final class FxStallProbe implements AutoCloseable {
    static final int PERIOD_MILLIS = 20;

    private final List<Long> waitsNanos = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-stall-probe");
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        return t;
    });

    private final java.util.Map<String, Integer> busyFrames = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Thread fxThread;
    private Thread renderer;
    private volatile long pendingSince;
    private final long startNanos = System.nanoTime();
    private final List<String> longWaits = Collections.synchronizedList(new ArrayList<>());

    /** The waits over 50 ms, as "seconds since the probe was made:milliseconds". */
    List<String> longWaits() {
        synchronized (longWaits) {
            return List.copyOf(longWaits);
        }
    }

    private final java.util.Map<String, Integer> stallStacks = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long fxCpuStartNanos;

    FxStallProbe start() {
        Platform.runLater(() -> {
            fxThread = Thread.currentThread();
            fxCpuStartNanos = cpuNanos(fxThread);
        });
        if (Boolean.getBoolean("evolab.stallProbe.sample")) {
            // stack samples are safepoints: they add to the waits, so they are only taken on request
            timer.scheduleAtFixedRate(this::sample, 5, 5, TimeUnit.MILLISECONDS);
        }
        timer.scheduleAtFixedRate(
                () -> {
                    long posted = System.nanoTime();
                    if (pendingSince == 0) {
                        pendingSince = posted;
                    }
                    Platform.runLater(() -> {
                        pendingSince = 0;
                        long wait = System.nanoTime() - posted;
                        waitsNanos.add(wait);
                        if (wait > 50_000_000L) {
                            longWaits.add(String.format(
                                    Locale.ROOT, "%.2fs:%.0fms", (posted - startNanos) / 1e9, wait / 1e6));
                        }
                    });
                },
                0,
                PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
        return this;
    }

    private static long cpuNanos(Thread t) {
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId());
    }

    /** Where the FX thread is when it is busy: the first frame of Evolab's or of JavaFX's own work. */
    private void sample() {
        Thread fx = fxThread;
        if (fx == null) {
            return;
        }
        long pending = pendingSince;
        if (pending != 0 && System.nanoTime() - pending > 50_000_000L) {
            record(fx);
            if (renderer == null) {
                renderer = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer"))
                        .findFirst()
                        .orElse(null);
            }
            if (renderer != null) {
                record(renderer);
            }
        }
        if (fx.getState() != Thread.State.RUNNABLE) {
            return;
        }
        StackTraceElement[] stack = fx.getStackTrace();
        if (stack.length == 0) {
            return;
        }
        String where = null;
        for (StackTraceElement f : stack) {
            if (f.getClassName().startsWith("org.evolab")) {
                where = f.getClassName().replace("org.evolab.", "") + "." + f.getMethodName();
                break;
            }
        }
        if (where == null) {
            where = stack[0].getClassName() + "." + stack[0].getMethodName();
            for (StackTraceElement f : stack) {
                String c = f.getClassName();
                if (c.contains("QuantumToolkit")
                        || c.contains("Scene$ScenePulseListener")
                        || c.contains("NGNode")
                        || c.contains("Parent.layout")
                        || c.contains("CssStyleHelper")) {
                    where = c + "." + f.getMethodName();
                    break;
                }
            }
        }
        busyFrames.merge(where, 1, Integer::sum);
    }

    private void record(Thread th) {
        StackTraceElement[] st = th.getStackTrace();
        StringBuilder b = new StringBuilder(
                th.getName().substring(0, Math.min(14, th.getName().length())) + " " + th.getState());
        for (int i = 0, shown = 0; i < st.length && shown < 8; i++) {
            String c = st[i].getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.")) {
                continue;
            }
            b.append(" < ")
                    .append(c.substring(c.lastIndexOf('.') + 1))
                    .append('.')
                    .append(st[i].getMethodName());
            shown++;
        }
        stallStacks.merge(b.toString(), 1, Integer::sum);
    }

    /** What the FX thread was doing while a probe task waited over 50 ms. */
    String stallStacks(int n) {
        return stallStacks.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(n)
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining("\n  "));
    }

    /** CPU the FX thread used since {@link #start()}, in seconds. */
    double fxCpuSeconds() {
        Thread fx = fxThread;
        return fx == null ? 0 : (cpuNanos(fx) - fxCpuStartNanos) / 1e9;
    }

    /** The most frequent places the FX thread was found in, with their sample counts. */
    String hotSpots(int n) {
        return busyFrames.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(n)
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining("\n  "));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The waits seen so far, in milliseconds, sorted. */
    double[] sortedMillis() {
        List<Long> copy;
        synchronized (waitsNanos) {
            copy = new ArrayList<>(waitsNanos);
        }
        return copy.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
    }

    double worstMillis() {
        double[] w = sortedMillis();
        return w.length == 0 ? 0 : w[w.length - 1];
    }

    double percentileMillis(double p) {
        double[] w = sortedMillis();
        return w.length == 0 ? 0 : w[Math.min(w.length - 1, (int) Math.ceil(p / 100 * w.length) - 1)];
    }

    long countOver(double millis) {
        return java.util.Arrays.stream(sortedMillis()).filter(m -> m > millis).count();
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "%d samples, worst %.1f ms, p99 %.1f ms, p50 %.1f ms, %d over 50 ms; " + "FX thread CPU %.1f s",
                sortedMillis().length,
                worstMillis(),
                percentileMillis(99),
                percentileMillis(50),
                countOver(50),
                fxCpuSeconds());
    }
}
