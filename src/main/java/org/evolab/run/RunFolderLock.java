package org.evolab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evolab.util.InvalidInputException;

/**
 * One process's claim on a run folder, so that two runs (two windows, a CLI run and a resume)
 * never write the same checkpoints. The claim is the file {@value #FILE} in the folder, holding
 * the owner's pid, host and start time, with an operating-system lock on it while the owner runs.
 * The OS drops that lock when the owner dies however it dies, so a crashed owner's file is stale
 * and the next run takes it over; where the file system has no locks, the pid decides (a pid that
 * is no longer alive on this host is stale). The owner deletes the file when it lets go.
 */
public final class RunFolderLock implements AutoCloseable {
    public static final String FILE = "run.lock";
    /** Folders claimed by this process: the OS lock cannot tell two claims of one process apart. */
    private static final Set<Path> CLAIMED_HERE = ConcurrentHashMap.newKeySet();

    private static final int ATTEMPTS = 5;

    private final Path key;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunFolderLock(Path key, Path file, FileChannel channel, FileLock lock) {
        this.key = key;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Who holds a folder, as written in its lock file. */
    public record Owner(long pid, String host, Instant since) {
        static Owner self() {
            return new Owner(
                    ProcessHandle.current().pid(),
                    hostName(),
                    ProcessHandle.current()
                            .info()
                            .startInstant()
                            .orElse(Instant.now())
                            .truncatedTo(ChronoUnit.SECONDS));
        }

        String toText() {
            return "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\n";
        }

        static Optional<Owner> parse(String text) {
            long pid = -1;
            String host = "";
            Instant since = Instant.EPOCH;
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                String value = eq < 0 ? "" : line.substring(eq + 1).trim();
                try {
                    if (line.startsWith("pid=")) {
                        pid = Long.parseLong(value);
                    } else if (line.startsWith("host=")) {
                        host = value;
                    } else if (line.startsWith("since=")) {
                        since = Instant.parse(value);
                    }
                } catch (RuntimeException unreadable) {
                    // a torn or foreign file names no owner; the OS lock still decides
                }
            }
            return pid > 0 ? Optional.of(new Owner(pid, host, since)) : Optional.empty();
        }

        /** Alive on this host; an owner on another host (a shared drive) is taken as alive. */
        boolean alive() {
            if (!host.equals(hostName())) {
                return true;
            }
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        String describe() {
            return "pid " + pid + (host.isEmpty() ? "" : " on " + host)
                    + (since.equals(Instant.EPOCH) ? "" : ", running since " + since);
        }
    }

    /**
     * Claims {@code dir} (created if missing) for this process, taking over a stale claim.
     *
     * @throws InvalidInputException when another live run holds it, naming that run's pid
     */
    public static RunFolderLock acquire(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        if (!CLAIMED_HERE.add(key)) {
            throw new InvalidInputException(dir + ": this run folder is in use by another run of this Evolab; "
                    + "wait for it to end or cancel it");
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                RunFolderLock claim = tryClaim(key, file);
                if (claim != null) {
                    return claim;
                }
            }
            throw new InvalidInputException(dir + ": cannot claim the run folder (its " + FILE
                    + " keeps changing); is another Evolab starting in it?");
        } catch (IOException e) {
            CLAIMED_HERE.remove(key);
            throw new InvalidInputException(dir + ": cannot use this run folder (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            CLAIMED_HERE.remove(key);
            throw e;
        }
    }

    /** Refuses, with the message {@link #acquire} gives, when another run holds {@code dir}; claims nothing. */
    public static void refuseIfInUse(Path dir) {
        if (Files.isDirectory(dir)) {
            acquire(dir).close();
        }
    }

    /** One try; null when the file was replaced under us (an owner letting go meanwhile): try again. */
    private static RunFolderLock tryClaim(Path key, Path file) throws IOException {
        Object before = identity(file);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            boolean osLocks = true;
            try {
                lock = channel.tryLock();
            } catch (IOException unsupported) {
                lock = null;
                osLocks = false;
            }
            Optional<Owner> previous = Owner.parse(readAll(channel));
            if (osLocks && lock == null) {
                throw inUse(key, previous);
            }
            if (!osLocks
                    && previous.isPresent()
                    && previous.get().alive()
                    && previous.get().pid() != ProcessHandle.current().pid()) {
                throw inUse(key, previous);
            }
            // An owner letting go deletes the file: if it did so after we opened it, the file we
            // locked is no longer the one at the path, and our lock guards nothing. (Compared by
            // the file's identity, not by reading it: opening and closing the file again in this
            // process would drop our POSIX lock.)
            Object after = identity(file);
            if (after == MISSING || (before != MISSING && before != NO_IDENTITY && !before.equals(after))) {
                if (lock != null) {
                    lock.release();
                }
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Owner.self().toText().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new RunFolderLock(key, file, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static final Object MISSING = new Object();
    private static final Object NO_IDENTITY = new Object();

    /** The file's identity (device and inode on Unix), {@link #MISSING}, or {@link #NO_IDENTITY} where the OS has none. */
    private static Object identity(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key == null ? NO_IDENTITY : key;
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    private static String readAll(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read to the end of the (small) file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static InvalidInputException inUse(Path dir, Optional<Owner> owner) {
        return new InvalidInputException(dir + ": this run folder is in use by another Evolab ("
                + owner.map(Owner::describe).orElse("its process is still running")
                + "); wait for that run to end or cancel it there, or choose another folder");
    }

    /** Lets go: deletes the lock file (while still holding the lock, so no one else reads it half-gone). */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the run folder lock " + file, e);
        } finally {
            CLAIMED_HERE.remove(key);
        }
    }

    private static String hostName() {
        return Host.NAME;
    }

    /** Looked up once: a host name lookup may take a while where DNS is slow. */
    private static final class Host {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }
}
