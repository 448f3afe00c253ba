package org.evolab;

import java.util.List;
import java.util.OptionalInt;

/** Relaunches itself like {@link Launcher}; the child says its pid and sleeps (to be orphaned by a test). */
public final class SleepingMain {
    private SleepingMain() {}

    public static void main(String[] args) throws Exception {
        OptionalInt status = Relaunch.ifNeeded(SleepingMain.class, args, List.of());
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
        System.out.println("child " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
