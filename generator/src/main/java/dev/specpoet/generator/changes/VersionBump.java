package dev.specpoet.generator.changes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The semantic-version step a change report implies for the generated client: major for a breaking
 * change, minor for additions, patch otherwise.
 */
public enum VersionBump {
  MAJOR,
  MINOR,
  PATCH;

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?");

  /**
   * The version after {@code released}: {@code 1.4.2} gives {@code 2.0.0}, {@code 1.5.0} or {@code
   * 1.4.3}.
   *
   * @throws IllegalArgumentException when {@code released} is not {@code MAJOR.MINOR.PATCH}
   *     (optionally followed by {@code -qualifier})
   */
  public String next(String released) {
    Matcher m = VERSION.matcher(released == null ? "" : released.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + released
              + "' is not a version of the form MAJOR.MINOR.PATCH (e.g. 1.4.2); give the released"
              + " version that way");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    int patch = Integer.parseInt(m.group(3));
    return switch (this) {
      case MAJOR -> (major + 1) + ".0.0";
      case MINOR -> major + "." + (minor + 1) + ".0";
      case PATCH -> major + "." + minor + "." + (patch + 1);
    };
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
