package dev.specpoet.generator.changes;

import dev.specpoet.generator.model.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release notes from a change report: one {@code ## VERSION} entry per release, newest first, in a
 * Markdown changelog. Writing the entry of a version that is already there replaces it, so running
 * the release-notes build twice gives the same file.
 */
public final class Changelog {
  private static final String TITLE = "# Changelog\n";
  private static final Pattern HEADING = Pattern.compile("(?m)^## (\\S+).*$");
  private static final int MEMBERS_SHOWN = 2;

  private Changelog() {}

  /** The entry of {@code version} for the changes in {@code report} since {@code released}. */
  public static String entry(String version, String released, ChangeReport report) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(version).append("\n\n");
    md.append("Generated from `")
        .append(report.after())
        .append("`, compared with the spec of ")
        .append(released)
        .append(" (`")
        .append(report.before())
        .append("`): ")
        .append(ReportFormats.counts(report))
        .append(report.isEmpty() ? "" : " (" + report.bump().label() + " release)")
        .append(".\n");
    section(md, "Breaking changes", report.of(Change.Category.BREAKING));
    section(md, "Added", report.of(Change.Category.ADDITION));
    section(md, "Other changes", report.of(Change.Category.OTHER));
    return md.toString();
  }

  /** The entry of a first release: what the API holds, as there is nothing to compare with. */
  public static String firstRelease(String version, ApiSnapshot api) {
    long types = api.model().types().stream().filter(t -> !t.id().startsWith("operation:")).count();
    return "## "
        + version
        + "\n\nFirst release, generated from `"
        + api.label()
        + "`: "
        + operations(api.model().root())
        + " operations, "
        + types
        + " types.\n";
  }

  private static int operations(Resource r) {
    return r.operations().size() + r.children().stream().mapToInt(Changelog::operations).sum();
  }

  private static void section(StringBuilder md, String heading, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    md.append("\n### ").append(heading).append("\n\n");
    for (Change c : changes) {
      md.append("- ").append(ReportFormats.title(c)).append(": ").append(c.subject());
      if (c.detail() != null) {
        md.append(" (").append(c.detail()).append(')');
      }
      if (!c.javaRemoved().isEmpty()) {
        md.append(". Removed or changed: ").append(members(c.javaRemoved()));
      }
      if (!c.javaAdded().isEmpty()) {
        md.append(". Added: ").append(members(c.javaAdded()));
      }
      if (c.breaking()) {
        md.append(". Java: ").append(c.java().label()).append("; wire: ").append(c.wire().label());
      }
      if (c.note() != null) {
        md.append(". Note: ").append(c.note());
      }
      md.append(".\n");
    }
  }

  private static String members(List<String> members) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < members.size() && i < MEMBERS_SHOWN; i++) {
      shown.add("`" + members.get(i) + "`");
    }
    return String.join(", ", shown)
        + (members.size() > MEMBERS_SHOWN
            ? " and " + (members.size() - MEMBERS_SHOWN) + " more"
            : "");
  }

  /**
   * {@code changelog} with {@code entry} (which starts with {@code ## VERSION}) in place: replacing
   * the entry of the same version, else before the newest entry, else at the end.
   */
  public static String insert(String changelog, String entry) {
    String text = changelog == null || changelog.isBlank() ? TITLE : changelog;
    if (!text.endsWith("\n")) {
      text += "\n";
    }
    Matcher own = HEADING.matcher(entry);
    if (!own.find()) {
      throw new IllegalArgumentException("a changelog entry starts with '## VERSION'");
    }
    String version = own.group(1);
    Matcher m = HEADING.matcher(text);
    int insertAt = -1;
    while (m.find()) {
      if (insertAt < 0) {
        insertAt = m.start();
      }
      if (m.group(1).equals(version)) {
        int start = m.start();
        int end = m.find() ? m.start() : text.length();
        return text.substring(0, start) + withGap(entry) + text.substring(end);
      }
    }
    if (insertAt < 0) {
      return text + "\n" + entry;
    }
    return text.substring(0, insertAt) + withGap(entry) + text.substring(insertAt);
  }

  private static String withGap(String entry) {
    return entry.endsWith("\n\n") ? entry : entry + "\n";
  }

  /** Writes {@code entry} into the changelog file (created when missing). */
  public static void update(Path file, String entry) throws IOException {
    String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    String updated = insert(old, entry);
    if (!updated.equals(old)) {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
  }
}
