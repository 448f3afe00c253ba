package org.evolab.run;

import java.nio.file.Path;

/**
 * A second process for {@link RunFolderLockTest}: claims the folder in {@code args[0]}, says so on
 * stdout, and holds it until stdin closes (or the test kills it).
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (RunFolderLock lock = RunFolderLock.acquire(Path.of(args[0]))) {
            System.out.println("claimed");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the claim until the test closes our stdin
            }
        }
    }
}
