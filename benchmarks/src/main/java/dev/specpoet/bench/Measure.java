package dev.specpoet.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs another program's {@code main} in this JVM (no flags of its own) and, when the JVM exits,
 * appends {@code maxHeapUsedBytes<TAB>vmHwmKb} to a file: the largest heap occupancy seen (the sum
 * of the heap pools just before each collection, and at exit) and the peak resident set size the
 * kernel reports. Usage: {@code Measure OUT_FILE MAIN_CLASS ARGS...}.
 */
public final class Measure {
  private Measure() {}

  public static void main(String[] args) throws Throwable {
    Path out = Path.of(args[0]);
    AtomicLong peak = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, h) -> {
                if (n.getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                  peak.accumulateAndGet(
                      heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                }
              },
              null,
              null);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long atExit = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                  long max = Math.max(peak.get(), atExit);
                  try {
                    Files.writeString(
                        out,
                        max + "\t" + vmHwmKb() + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                  } catch (IOException e) {
                    System.err.println("Measure: cannot write " + out + ": " + e);
                  }
                }));
    Method main = Class.forName(args[1]).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static long heapUsed(Map<String, MemoryUsage> pools) {
    long sum = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        MemoryUsage u = pools.get(pool.getName());
        sum += u == null ? 0 : u.getUsed();
      }
    }
    return sum;
  }

  /** The peak resident set size of this process (Linux), or -1. */
  private static long vmHwmKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the harness falls back on /usr/bin/time
    }
    return -1;
  }
}
