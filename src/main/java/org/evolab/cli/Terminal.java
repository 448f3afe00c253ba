package org.evolab.cli;

import java.io.PrintWriter;
import java.time.Duration;

/** A progress bar with ETA that redraws itself on a terminal, and nothing elsewhere. */
final class Terminal {
    private final PrintWriter err;
    private final boolean interactive;
    private boolean barShown;

    Terminal(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    synchronized void progress(double fraction, String label, Duration elapsed, Duration eta) {
        if (!interactive) {
            return;
        }
        int width = 30;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        err.printf(
                "\r[%s] %3d%%  %s  %s elapsed, ETA %s   ",
                bar, Math.round(fraction * 100), label, clock(elapsed), eta == null ? "--:--" : clock(eta));
        err.flush();
        barShown = true;
    }

    /** Prints a line to {@code out}, first clearing the bar so the two do not mix. */
    synchronized void println(PrintWriter out, String line) {
        clearBar();
        out.println(line);
        out.flush();
    }

    synchronized void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(110) + "\r");
            err.flush();
            barShown = false;
        }
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600
                ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }
}
