package dev.specpoet.aigateway.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures everything logged through {@link System.Logger} (which the JDK routes to
 * java.util.logging when no other backend is installed), formatted as a log line would be, so a
 * test can prove that no credential is ever printed. Install with try-with-resources.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final List<String> lines = new ArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();
  private final Logger root = Logger.getLogger("");
  private final Level previous;
  private final Handler[] silenced;

  private LogCapture() {
    previous = root.getLevel();
    // the console handler would print every BODY-level line into the build output: hold it back
    silenced = root.getHandlers();
    for (Handler h : silenced) {
      root.removeHandler(h);
    }
    setLevel(Level.ALL);
    root.addHandler(this);
    root.setLevel(Level.ALL);
  }

  public static LogCapture start() {
    return new LogCapture();
  }

  @Override
  public synchronized void publish(LogRecord record) {
    String name = record.getLoggerName() == null ? "" : record.getLoggerName();
    if (name.startsWith("okhttp3")
        || name.startsWith("mockwebserver3")
        || name.startsWith("okio")
        || name.startsWith("jdk.")
        || name.startsWith("sun.")
        || name.startsWith("java.")) {
      return; // the test servers', the HTTP library's and the JDK's own debug output, not the
      // client's log
    }
    String message = formatter.formatMessage(record);
    String line = record.getLoggerName() + " " + record.getLevel() + " " + message;
    if (record.getThrown() != null) {
      line += " " + record.getThrown();
    }
    lines.add(line);
  }

  /** Every line captured so far. */
  public synchronized List<String> lines() {
    return new ArrayList<>(lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    root.removeHandler(this);
    for (Handler h : silenced) {
      root.addHandler(h);
    }
    root.setLevel(previous);
  }
}
