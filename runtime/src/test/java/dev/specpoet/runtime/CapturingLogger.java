package dev.specpoet.runtime;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** A System.Logger that keeps every message, to check what logging prints. */
final class CapturingLogger implements System.Logger {
  private final List<String> lines = new ArrayList<>();

  @Override
  public String getName() {
    return ClientCore.LOGGER_NAME;
  }

  @Override
  public boolean isLoggable(Level level) {
    return true;
  }

  @Override
  public synchronized void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
    lines.add(msg);
  }

  @Override
  public synchronized void log(
      Level level, ResourceBundle bundle, String format, Object... params) {
    lines.add(params == null || params.length == 0 ? format : MessageFormat.format(format, params));
  }

  synchronized String all() {
    return String.join("\n", lines);
  }

  synchronized int count() {
    return lines.size();
  }
}
