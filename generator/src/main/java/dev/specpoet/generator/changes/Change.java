package dev.specpoet.generator.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One difference between two versions of an API, as the generated Java and the wire see it.
 *
 * @param element what kind of element changed
 * @param action added, removed, renamed or changed
 * @param subject the element in the spec's words, e.g. {@code operation GET /bookings/{id}
 *     (getBooking)} or {@code property 'capacity' of Booking}
 * @param detail what changed about it ({@code type Long -> Double}, {@code optional -> required}),
 *     or null when the action says it all
 * @param before where the element is in the old spec ({@code file pointer}), or null when added
 * @param after where it is in the new spec, or null when removed
 * @param javaRemoved the public Java members and classes that disappear or change signature, as a
 *     user writes them ({@code client.bookings().get(BookingGetParams)}, {@code Booking.capacity():
 *     Long})
 * @param javaAdded the public Java members and classes that appear (changed ones with their new
 *     signature)
 * @param java what the change does to code written against the old generated client
 * @param wire what the change does to a client of the old version talking to the new API
 * @param note a caveat worth a user's attention (e.g. exhaustive switches), or null
 */
public record Change(
    Element element,
    Action action,
    String subject,
    String detail,
    String before,
    String after,
    List<String> javaRemoved,
    List<String> javaAdded,
    JavaImpact java,
    Wire wire,
    String note) {

  public Change {
    javaRemoved = List.copyOf(javaRemoved);
    javaAdded = List.copyOf(javaAdded);
  }

  /** The kinds of element a change report knows. */
  public enum Element {
    OPERATION("operation"),
    PARAMETER("parameter"),
    RESPONSE("response"),
    TYPE("type"),
    PROPERTY("property"),
    ENUM_VALUE("enum value"),
    UNION_VARIANT("union variant"),
    WEBHOOK("webhook"),
    SERVER("server");

    private final String label;

    Element(String label) {
      this.label = label;
    }

    /** Lower-case words, e.g. {@code enum value}. */
    public String label() {
      return label;
    }
  }

  /** What happened to the element. */
  public enum Action {
    ADDED,
    REMOVED,
    RENAMED,
    CHANGED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a change does to Java code written against the old generated sources.
   *
   * @param sourceBreaking such code may no longer compile
   * @param binaryBreaking such code, compiled before, may fail to link against the new classes
   *     ({@code NoSuchMethodError}, {@code NoClassDefFoundError} ...)
   * @param runtimeBreaking such code still compiles and links but may now fail when it runs (a
   *     {@code build()} that throws because a newly required value is not set)
   */
  public record JavaImpact(
      boolean sourceBreaking, boolean binaryBreaking, boolean runtimeBreaking) {
    public static final JavaImpact COMPATIBLE = new JavaImpact(false, false, false);
    public static final JavaImpact SOURCE_AND_BINARY = new JavaImpact(true, true, false);
    public static final JavaImpact SOURCE_ONLY = new JavaImpact(true, false, false);
    public static final JavaImpact RUNTIME = new JavaImpact(false, false, true);

    public boolean breaking() {
      return sourceBreaking || binaryBreaking || runtimeBreaking;
    }

    /** Both kinds of break together. */
    public JavaImpact or(JavaImpact other) {
      return new JavaImpact(
          sourceBreaking || other.sourceBreaking,
          binaryBreaking || other.binaryBreaking,
          runtimeBreaking || other.runtimeBreaking);
    }

    /** {@code source- and binary-breaking}, {@code compatible} ... */
    public String label() {
      if (!breaking()) {
        return "compatible";
      }
      List<String> parts = new ArrayList<>();
      if (sourceBreaking) {
        parts.add("source-");
      }
      if (binaryBreaking) {
        parts.add("binary-");
      }
      if (runtimeBreaking) {
        parts.add("run-time-");
      }
      String last = parts.remove(parts.size() - 1);
      return (parts.isEmpty() ? "" : String.join(", ", parts) + " and ") + last + "breaking";
    }
  }

  /** What a change does on the wire, to a client built from the old spec. */
  public enum Wire {
    /** Requests the old client sends stay valid, and it reads what the new API answers. */
    COMPATIBLE,
    /**
     * The old client sends something the new API rejects, or cannot read what it answers (or calls
     * an endpoint that is gone).
     */
    BREAKING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the change counts for the version number. */
  public enum Category {
    /** Breaks Java users (source, binary or at run time) or old clients on the wire: major. */
    BREAKING,
    /** Adds to the Java API without breaking anything: minor. */
    ADDITION,
    /** Neither: patch. */
    OTHER
  }

  public Category category() {
    if (java.breaking() || wire == Wire.BREAKING) {
      return Category.BREAKING;
    }
    if (action == Action.ADDED || !javaAdded.isEmpty()) {
      return Category.ADDITION;
    }
    return Category.OTHER;
  }

  /** Whether code or clients built against the old version can break. */
  public boolean breaking() {
    return category() == Category.BREAKING;
  }
}
