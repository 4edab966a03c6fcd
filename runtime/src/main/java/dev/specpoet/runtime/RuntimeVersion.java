package dev.specpoet.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this runtime, for the {@code User-Agent}: from {@code version.properties}, which
 * the build fills in; else from the jar manifest's {@code Implementation-Version}; else {@code dev}
 * (classes compiled by an IDE without the build's resource filtering).
 */
final class RuntimeVersion {
  private static final String VERSION = read();

  private RuntimeVersion() {}

  static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = RuntimeVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "").trim();
        if (!v.isEmpty() && !v.contains("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String manifest = RuntimeVersion.class.getPackage().getImplementationVersion();
    return manifest == null || manifest.isBlank() ? "dev" : manifest.trim();
  }
}
