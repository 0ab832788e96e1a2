package th.or.dga.dgtidesk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The most heap still in use after any garbage collection while it watches: the memory a job
 * really needs (what a {@code -Xmx} must allow). Raw "heap used" would mostly measure how lazily
 * a large heap is collected. Reads the collectors' standard notifications through
 * {@code java.management} only, so it also runs in the packaged runtime.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private volatile long peakBytes;
    private volatile int collections;

    HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GC_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        CompositeData gcInfo = (CompositeData) ((CompositeData) notification.getUserData()).get("gcInfo");
        TabularData after = (TabularData) gcInfo.get("memoryUsageAfterGc");
        long used = 0;
        for (Object row : after.values()) {
            CompositeData entry = (CompositeData) row;
            if (heapPools.contains((String) entry.get("key"))) {
                used += (Long) ((CompositeData) entry.get("value")).get("used");
            }
        }
        peakBytes = Math.max(peakBytes, used);
        collections++;
    }

    /**
     * Collects once more (so what the job still holds at its end counts too) and waits up to
     * two seconds for that collection's notification, which arrives on another thread.
     */
    double peakMb() throws InterruptedException {
        int seen = collections;
        System.gc();
        for (int i = 0; i < 200 && collections == seen; i++) {
            Thread.sleep(10);
        }
        return peakBytes / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // Already gone: nothing to undo.
            }
        }
    }
}
