package org.evolab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.evolab.run.EvolutionRun;
import org.evolab.run.RunControl;
import org.evolab.run.RunEvent;
import org.evolab.run.RunResult;
import org.evolab.util.ThreadNice;

/**
 * One run in the background: a {@link Task} runs {@link EvolutionRun#run()} on its own thread,
 * the run's events go into a concurrent queue, and a {@link Timeline} on the FX thread drains the
 * queue every {@value #PUMP_MILLIS} ms into one batch. However fast a run emits, the UI updates at
 * most ten times a second and never blocks the run. The run's threads run at a lower operating
 * system priority ({@link ThreadNice}), so that the window stays smooth while they take every core.
 */
public final class RunSession {
    static final int PUMP_MILLIS = 100;

    private final EvolutionRun run;
    private final ConcurrentLinkedQueue<RunEvent> queue = new ConcurrentLinkedQueue<>();
    private final Consumer<List<RunEvent>> sink;
    private final Timeline pump;
    private final Task<RunResult> task;
    private final long startNanos = System.nanoTime();
    private Runnable onTick = () -> {};
    private int batches;

    /**
     * A session for a run built by the caller (kept in a run folder, or resumed from one).
     *
     * @param sink receives the events in order, in batches, on the FX thread
     */
    public RunSession(EvolutionRun run, Consumer<List<RunEvent>> sink) {
        this.run = run.captureWeights(true);
        this.sink = sink;
        run.addListener(queue::add);
        pump = new Timeline(new KeyFrame(Duration.millis(PUMP_MILLIS), e -> {
            drain();
            onTick.run();
        }));
        pump.setCycleCount(Animation.INDEFINITE);
        task = new Task<>() {
            @Override
            protected RunResult call() {
                // the trainings (this thread and the workers it starts) yield to the window's threads
                ThreadNice.lowerCurrentThread(ThreadNice.BACKGROUND);
                ThreadNice.lowerThreadsNamed(ThreadNice.COMPILER, ThreadNice.COMPILER_THREADS.toArray(String[]::new));
                return run.run();
            }
        };
    }

    /** Called on the FX thread at every pump beat, events or not (for clocks). */
    public void setOnTick(Runnable action) {
        this.onTick = action;
    }

    /** Starts the run; exactly one of the callbacks is called at the end, on the FX thread, after the last batch. */
    public void start(Consumer<RunResult> onFinished, Consumer<Throwable> onFailed) {
        task.setOnSucceeded(e -> {
            pump.stop();
            drain();
            onFinished.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            pump.stop();
            drain();
            onFailed.accept(task.getException());
        });
        Thread thread = new Thread(task, "evolab-run");
        thread.setDaemon(true);
        thread.start();
        pump.play();
    }

    private void drain() {
        List<RunEvent> batch = new ArrayList<>();
        for (RunEvent e; (e = queue.poll()) != null; ) {
            batch.add(e);
        }
        if (!batch.isEmpty()) {
            batches++;
            sink.accept(batch);
        }
    }

    public EvolutionRun run() {
        return run;
    }

    public RunControl control() {
        return run.control();
    }

    public boolean isRunning() {
        return !task.isDone();
    }

    /** Batches handed to the sink so far (each is one UI update). */
    public int batches() {
        return batches;
    }

    public java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(System.nanoTime() - startNanos);
    }

    public Task<RunResult> task() {
        return task;
    }
}
