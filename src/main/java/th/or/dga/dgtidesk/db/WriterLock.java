package th.or.dga.dgtidesk.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per data file: the application and every writing command hold an OS lock on
 * {@code <file>.lock}. The lock goes with the process, so a crash never leaves it behind.
 * Readers do not take it.
 */
final class WriterLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
    }

    static WriterLock acquire(Path databaseFile) {
        Path lockFile = lockFileOf(databaseFile);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw locked(databaseFile, channel, null);
            }
            return new WriterLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw locked(databaseFile, channel, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseRefusedException(DatabaseRefusedException.Reason.UNREADABLE, databaseFile, null, e);
        }
    }

    private static DatabaseRefusedException locked(Path databaseFile, FileChannel channel, Exception cause) {
        closeQuietly(channel);
        return new DatabaseRefusedException(DatabaseRefusedException.Reason.LOCKED, databaseFile, null, cause);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it anyway.
        }
        closeQuietly(channel);
    }
}
