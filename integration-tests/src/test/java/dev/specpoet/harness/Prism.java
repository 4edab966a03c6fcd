package dev.specpoet.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prism mock servers ({@code @stoplight/prism-cli}, pinned by {@code
 * integration-tests/package.json}) for the contract tests: one per spec, on a free port, with
 * {@code --errors} (a request that does not match the spec is answered 422 with an {@code
 * sl-violations} header) and the spec's examples as responses, its output appended to a log. A
 * server is stopped by {@link Server#close()}, by a JVM shutdown hook (whole process tree,
 * forcibly), and, should the JVM be killed outright, by the {@code prism-run.sh} watchdog it runs
 * under, which stops Prism once the JVM's pid is gone.
 */
public final class Prism {
  private Prism() {}

  /** A running mock: its base URL and, when this JVM started it, its log. */
  @SuppressWarnings(
      "deprecation") // CloseableResource: for JUnit versions before 5.13's AutoCloseable support
  public static final class Server
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final String baseUrl;
    private final Process process;
    private final Path log;

    public Server(String baseUrl, Process process, Path log) {
      this.baseUrl = baseUrl;
      this.process = process;
      this.log = log;
    }

    /** The mock's root URL, e.g. {@code http://127.0.0.1:40123} (no trailing slash). */
    public String baseUrl() {
      return baseUrl;
    }

    /** Whether this JVM started the mock (false when an external URL was given). */
    public boolean startedHere() {
      return process != null;
    }

    /** Prism's log file, or {@code null} when the mock is external. */
    public Path log() {
      return log;
    }

    /** The current length of the log, to read only what a test class produced. */
    public long logMark() {
      try {
        return log == null || !Files.exists(log) ? 0 : Files.size(log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The log lines written since {@code mark}. */
    public List<String> logSince(long mark) {
      if (log == null) {
        return List.of();
      }
      try {
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(mark, all.length);
        String text = new String(all, from, all.length - from, StandardCharsets.UTF_8);
        return text.lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Prism's error lines since {@code mark}: requests or responses it found invalid ("✖ error",
     * e.g. "Request terminated with error: ...VIOLATIONS"), and anything fatal. The readiness
     * probe's own "no path matched" for {@code GET /} is not a problem.
     */
    public List<String> errorLinesSince(long mark) {
      return logSince(mark).stream()
          .filter(
              line -> line.contains("✖") || line.contains("fatal") || line.contains("Unable to"))
          .filter(line -> !(line.contains("get / ") && line.contains("NO_PATH_MATCHED")))
          .toList();
    }

    @Override
    public void close() {
      if (process != null) {
        destroyTree(process);
      }
    }
  }

  /**
   * Starts Prism on a spec and waits until it answers.
   *
   * @param spec the spec file
   * @param log the log file (appended to)
   * @param startTimeout how long Prism may take to start (large specs take tens of seconds)
   * @return the running server
   */
  public static Server start(Path spec, Path log, Duration startTimeout) {
    Path prism = Paths.get(property("specpoet.prism.bin", "node_modules/.bin/prism"));
    Path launcher = Paths.get(property("specpoet.prism.launcher", "src/test/prism/prism-run.sh"));
    require(
        prism,
        "Prism is not installed: run `npm ci` in integration-tests/ (the Maven build does it in pre-integration-test)");
    require(launcher, "the Prism launcher script is missing");
    require(spec, "the spec to mock is missing");

    int port = freePort();
    String url = "http://127.0.0.1:" + port;
    List<String> command =
        new ArrayList<>(
            List.of(
                "sh",
                launcher.toAbsolutePath().toString(),
                Long.toString(ProcessHandle.current().pid()),
                prism.toAbsolutePath().toString(),
                "mock",
                "--errors",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                spec.toAbsolutePath().toString()));
    Process process;
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      Files.writeString(
          log,
          "=== prism " + String.join(" ", command) + System.lineSeparator(),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot start Prism (" + String.join(" ", command) + "): " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> destroyTree(process), "prism-stop"));

    long deadline = System.nanoTime() + startTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Prism exited with status "
                + process.exitValue()
                + " before answering; its log "
                + log.toAbsolutePath()
                + " ends with:\n"
                + tail(log));
      }
      if (answers(url)) {
        return new Server(url, process, log);
      }
      sleep(200);
    }
    destroyTree(process);
    throw new IllegalStateException(
        "Prism did not answer on "
            + url
            + " within "
            + startTimeout.toSeconds()
            + " s; its log "
            + log.toAbsolutePath()
            + " ends with:\n"
            + tail(log));
  }

  /** Stops a process and everything it started: children first, gently, then forcibly. */
  static void destroyTree(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    for (ProcessHandle handle : all) {
      while (handle.isAlive() && System.nanoTime() < deadline) {
        sleep(50);
      }
      if (handle.isAlive()) {
        handle.destroyForcibly();
      }
    }
  }

  /** Whether an HTTP server answers at all on that URL (any status counts). */
  public static boolean answers(String url) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url + "/").toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      try {
        return c.getResponseCode() > 0;
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for Prism", e);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  private static void require(Path path, String message) {
    if (!Files.exists(path)) {
      throw new IllegalStateException(message + " (" + path.toAbsolutePath() + " not found)");
    }
  }

  public static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
