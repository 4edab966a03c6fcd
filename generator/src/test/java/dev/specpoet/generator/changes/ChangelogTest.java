package dev.specpoet.generator.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogTest {
  @TempDir Path dir;

  @Test
  void anEntryListsTheChangesByKindWithTheirJavaNames() throws Exception {
    ChangeReport report =
        SpecEdits.report(
            dir,
            SpecEdits.compose(
                SpecEdits.OPERATION_REMOVED, SpecEdits.OPTIONAL_RESPONSE_PROPERTY_ADDED));
    String entry = Changelog.entry(report.bump().next("1.4.2"), "1.4.2", report);
    assertEquals(
        String.join(
            "\n",
            "## 2.0.0",
            "",
            "Generated from `new`, compared with the spec of 1.4.2 (`old`): 1 breaking change,"
                + " 1 addition, 0 other changes (major release).",
            "",
            "### Breaking changes",
            "",
            "- Operation removed: operation DELETE /bookings/{booking_id} (deleteBooking). Removed"
                + " or changed: `class BookingDeleteParams`,"
                + " `client.bookings().delete(BookingDeleteParams)` and 1 more. Java: source- and"
                + " binary-breaking; wire: breaking. Note: old clients call an endpoint that is"
                + " gone.",
            "",
            "### Added",
            "",
            "- Property added: property 'capacity' of Booking (optional). Added:"
                + " `Booking.capacity(): Optional<Long>`, `Booking.Builder.capacity(Long)` and 1 more.",
            ""),
        entry);
  }

  @Test
  void entriesGoNewestFirstAndTheSameVersionIsReplaced() throws Exception {
    Path file = dir.resolve("CHANGELOG.md");
    Changelog.update(file, "## 1.0.0\n\nFirst.\n");
    assertEquals("# Changelog\n\n## 1.0.0\n\nFirst.\n", Files.readString(file));
    Changelog.update(file, "## 1.1.0\n\nSecond.\n");
    Changelog.update(file, "## 1.1.0\n\nSecond, again.\n");
    assertEquals(
        "# Changelog\n\n## 1.1.0\n\nSecond, again.\n\n## 1.0.0\n\nFirst.\n",
        Files.readString(file));
    // an intro under the title stays above the entries
    Files.writeString(file, "# Changelog\n\nAll releases.\n");
    Changelog.update(file, "## 2.0.0\n\nThird.\n");
    assertEquals("# Changelog\n\nAll releases.\n\n## 2.0.0\n\nThird.\n", Files.readString(file));
  }

  @Test
  void aFirstReleaseCountsWhatTheApiHolds() throws Exception {
    Path spec = dir.resolve("api.yaml");
    Files.writeString(spec, SpecEdits.base());
    ApiSnapshot api = ApiSnapshot.read(spec, SpecEdits.options(spec, dir), null);
    String entry = Changelog.firstRelease("0.1.0", api);
    assertTrue(
        entry.startsWith(
            "## 0.1.0\n\nFirst release, generated from `api.yaml (API version 1.0)`: 4 operations, "),
        entry);
  }
}
