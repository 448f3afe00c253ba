package org.evolab;

import java.lang.reflect.Field;
import java.util.List;
import java.util.OptionalInt;

/** Relaunches itself like {@link Launcher}, then crashes the child JVM with a write to address 0. */
public final class CrashingMain {
    private CrashingMain() {}

    public static void main(String[] args) throws Exception {
        OptionalInt status = Relaunch.ifNeeded(CrashingMain.class, args, List.of());
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
        Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        f.setAccessible(true);
        Object unsafe = f.get(null);
        unsafe.getClass().getMethod("putAddress", long.class, long.class).invoke(unsafe, 0L, 42L);
    }
}
