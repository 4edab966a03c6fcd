package dev.specpoet.generator.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A change report as text: the full Markdown report, the same as JSON, a few lines for a build log,
 * and a changelog entry. Every format is deterministic (no dates, no absolute paths beyond what the
 * report holds).
 */
public final class ReportFormats {
  /** How many Java members one change lists before it says "and N more". */
  private static final int MEMBERS_SHOWN = 6;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFormats() {}

  /** {@code 2 breaking changes, 3 additions, 1 other change}. */
  public static String counts(ChangeReport report) {
    if (report.isEmpty()) {
      return "no API changes";
    }
    int breaking = report.of(Change.Category.BREAKING).size();
    int additions = report.of(Change.Category.ADDITION).size();
    int other = report.of(Change.Category.OTHER).size();
    return plural(breaking, "breaking change", "breaking changes")
        + ", "
        + plural(additions, "addition", "additions")
        + ", "
        + plural(other, "other change", "other changes");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code Property added}. */
  static String title(Change c) {
    String label = c.element().label() + " " + c.action().label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /**
   * A short summary for a build log: one line of counts, then one line per change (breaking ones
   * first), at most {@code maxLines} of them.
   */
  public static List<String> summary(ChangeReport report, int maxLines) {
    List<String> out = new ArrayList<>();
    out.add(
        "API changes from "
            + report.before()
            + " to "
            + report.after()
            + ": "
            + counts(report)
            + (report.isEmpty() ? "" : " (version bump: " + report.bump().label() + ")"));
    List<Change> changes = report.changes();
    for (int i = 0; i < changes.size() && i < maxLines; i++) {
      Change c = changes.get(i);
      out.add(
          "  "
              + c.category().name()
              + " "
              + title(c).toLowerCase(Locale.ROOT)
              + ": "
              + c.subject()
              + (c.detail() == null ? "" : " (" + c.detail() + ")")
              + (c.breaking()
                  ? " [Java: " + c.java().label() + "; wire: " + c.wire().label() + "]"
                  : ""));
    }
    if (changes.size() > maxLines) {
      out.add("  ... and " + (changes.size() - maxLines) + " more in the full report");
    }
    return out;
  }

  /** The full report in Markdown. */
  public static String markdown(ChangeReport report) {
    StringBuilder md = new StringBuilder();
    md.append("# API changes\n\n");
    md.append("- Before: ").append(code(report.before())).append('\n');
    md.append("- After: ").append(code(report.after())).append('\n');
    md.append("- ").append(capitalize(counts(report)));
    if (!report.isEmpty()) {
      md.append("; version bump: **").append(report.bump().label()).append("**");
    }
    md.append("\n");
    section(md, "Breaking changes", report.of(Change.Category.BREAKING));
    section(md, "Additions", report.of(Change.Category.ADDITION));
    section(md, "Other changes", report.of(Change.Category.OTHER));
    md.append(
        "\nJava: what the change does to code written against the old generated client"
            + " (source-breaking: it may not compile; binary-breaking: compiled code may fail to"
            + " link; run-time-breaking: it compiles but may throw). Wire: what it does to an old"
            + " client talking to the new API.\n");
    return md.toString();
  }

  private static void section(StringBuilder md, String heading, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    md.append("\n## ").append(heading).append(" (").append(changes.size()).append(")\n\n");
    for (Change c : changes) {
      md.append("- **").append(title(c)).append("**: ").append(escape(c.subject()));
      if (c.detail() != null) {
        md.append(" (").append(escape(c.detail())).append(')');
      }
      md.append('\n');
      md.append("  - Java: ").append(c.java().label());
      if (!c.javaRemoved().isEmpty()) {
        md.append("; removed or changed: ").append(members(c.javaRemoved()));
      }
      if (!c.javaAdded().isEmpty()) {
        md.append("; added: ").append(members(c.javaAdded()));
      }
      md.append('\n');
      md.append("  - Wire: ").append(c.wire().label()).append('\n');
      if (c.note() != null) {
        md.append("  - Note: ").append(escape(c.note())).append('\n');
      }
      if (c.before() != null) {
        md.append("  - Before: ").append(code(c.before())).append('\n');
      }
      if (c.after() != null) {
        md.append("  - After: ").append(code(c.after())).append('\n');
      }
    }
  }

  private static String members(List<String> members) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < members.size() && i < MEMBERS_SHOWN; i++) {
      shown.add(code(members.get(i)));
    }
    String text = String.join(", ", shown);
    return members.size() > MEMBERS_SHOWN
        ? text + " and " + (members.size() - MEMBERS_SHOWN) + " more"
        : text;
  }

  private static String code(String text) {
    return text.contains("`") ? "``" + text + "``" : "`" + text + "`";
  }

  /** Markdown's emphasis and HTML characters in spec text (names, paths) shown as written. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The full report as JSON (an object with the counts, the bump and every change). */
  public static String json(ChangeReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("before", report.before());
    root.put("after", report.after());
    root.put("bump", report.bump().label());
    root.put("breaking", report.hasBreakingChanges());
    ObjectNode counts = root.putObject("counts");
    for (Change.Category c : Change.Category.values()) {
      counts.put(c.name().toLowerCase(Locale.ROOT), report.of(c).size());
    }
    ArrayNode list = root.putArray("changes");
    for (Change c : report.changes()) {
      ObjectNode n = list.addObject();
      n.put("category", c.category().name().toLowerCase(Locale.ROOT));
      n.put("element", c.element().name().toLowerCase(Locale.ROOT));
      n.put("action", c.action().label());
      n.put("subject", c.subject());
      n.put("detail", c.detail());
      n.put("before", c.before());
      n.put("after", c.after());
      ObjectNode java = n.putObject("java");
      java.put("sourceBreaking", c.java().sourceBreaking());
      java.put("binaryBreaking", c.java().binaryBreaking());
      java.put("runtimeBreaking", c.java().runtimeBreaking());
      c.javaRemoved().forEach(java.putArray("removed")::add);
      c.javaAdded().forEach(java.putArray("added")::add);
      n.put("wire", c.wire().label());
      n.put("note", c.note());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
