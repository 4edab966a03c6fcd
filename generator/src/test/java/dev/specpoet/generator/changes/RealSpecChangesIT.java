package dev.specpoet.generator.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Category;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.JavaImpact;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.testing.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The change report on consecutive published versions of a real API description: Blockfrost's
 * Cardano API ({@code @blockfrost/openapi} on npm, one file a version, fetched before the
 * integration tests by {@code src/test/spec-history/fetch.sh}). What each test expects was read off
 * the two documents' diff.
 */
class RealSpecChangesIT {
  private static final Path DOWNLOADS =
      Path.of(System.getProperty("specpoet.specHistory.dir", "src/test/spec-history/downloads"));
  private static final Map<String, ApiSnapshot> SNAPSHOTS = new HashMap<>();

  @BeforeAll
  static void downloaded() {
    assumeFalse(Boolean.getBoolean("specpoet.corpus.skip"), "specpoet.corpus.skip is set");
    if (!Files.isDirectory(DOWNLOADS)) {
      fail(
          DOWNLOADS
              + " is missing: run src/test/spec-history/fetch.sh (mvn verify does, in"
              + " pre-integration-test), or skip with -Dspecpoet.corpus.skip");
    }
  }

  private static synchronized ApiSnapshot version(String v) throws Exception {
    ApiSnapshot cached = SNAPSHOTS.get(v);
    if (cached == null) {
      Path spec = DOWNLOADS.resolve("blockfrost-openapi-" + v + ".yaml");
      assertTrue(Files.isRegularFile(spec), spec + " was not fetched");
      cached =
          ApiSnapshot.read(
              spec,
              TestSupport.options(spec, Path.of("unused-output"), "io.blockfrost", true),
              "blockfrost " + v);
      SNAPSHOTS.put(v, cached);
    }
    return cached;
  }

  private static ChangeReport compare(String from, String to) throws Exception {
    return ApiComparator.compare(version(from), version(to));
  }

  private static Change one(ChangeReport r, Predicate<Change> which, String what) {
    List<Change> found = r.changes().stream().filter(which).toList();
    assertEquals(1, found.size(), () -> what + " in\n" + ReportFormats.markdown(r));
    return found.get(0);
  }

  private static long count(ChangeReport r, Element element, Action action) {
    return r.changes().stream().filter(c -> c.element() == element && c.action() == action).count();
  }

  /** 0.1.93 adds a required boolean to the votes of a proposal: compatible in a response. */
  @Test
  void requiredResponsePropertyAdded() throws Exception {
    ChangeReport r = compare("0.1.92", "0.1.93");
    assertEquals(1, r.changes().size(), () -> ReportFormats.markdown(r));
    Change c = r.changes().get(0);
    assertEquals(Element.PROPERTY, c.element());
    assertEquals(Action.ADDED, c.action());
    assertEquals("property 'counted' of ProposalVote", c.subject());
    assertEquals("required", c.detail());
    assertEquals(JavaImpact.COMPATIBLE, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
    assertEquals(
        List.of("ProposalVote.counted(): Boolean", "ProposalVote.Builder.counted(Boolean)"),
        c.javaAdded());
    assertEquals(VersionBump.MINOR, r.bump());
  }

  /**
   * 0.1.84 makes a required string nullable, turns three numbers into integers, adds an optional
   * object property and a value to an enum.
   */
  @Test
  void typeChangesNullabilityAndAdditions() throws Exception {
    ChangeReport r = compare("0.1.82", "0.1.84");
    Change nullable =
        one(r, c -> c.subject().equals("property 'bytes' of DrepMetadata"), "the nullable bytes");
    assertEquals("nullable", nullable.detail());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, nullable.java());
    assertEquals(Wire.BREAKING, nullable.wire()); // old clients refuse the null
    assertEquals(List.of("DrepMetadata.bytes(): String"), nullable.javaRemoved());
    assertTrue(nullable.javaAdded().contains("DrepMetadata._bytes(): JsonField<String>"));

    Change time =
        one(r, c -> c.subject().equals("property 'time' of NetworkEra.Start"), "Start.time");
    assertEquals("type Double -> Long", time.detail());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, time.java());
    assertEquals(4, r.of(Category.BREAKING).size(), () -> ReportFormats.markdown(r));

    Change error =
        one(r, c -> c.subject().equals("property 'error' of DrepMetadata"), "the new error");
    assertEquals(Action.ADDED, error.action());
    assertEquals(Category.ADDITION, error.category());
    // its inline object is a new nested class, reported once
    assertEquals(
        "type DrepMetadata.ErrorModel",
        one(r, c -> c.element() == Element.TYPE, "the new type").subject());
    Change value = one(r, c -> c.element() == Element.ENUM_VALUE, "plutusV3");
    assertEquals("value 'plutusV3' of enum Script2.Type", value.subject());
    assertEquals(JavaImpact.COMPATIBLE, value.java());
    assertEquals(VersionBump.MAJOR, r.bump());
  }

  /**
   * 0.1.92 adds the governance committee endpoints, new filters, a deprecation, and paging to two
   * lists.
   */
  @Test
  void operationsParametersAndADeprecation() throws Exception {
    ChangeReport r = compare("0.1.86", "0.1.92");
    assertEquals(5, count(r, Element.OPERATION, Action.ADDED), () -> ReportFormats.markdown(r));
    assertEquals(11, count(r, Element.PARAMETER, Action.ADDED));
    assertTrue(
        r.changes().stream()
            .filter(c -> c.element() == Element.PARAMETER)
            .allMatch(c -> c.java().equals(JavaImpact.COMPATIBLE) && c.wire() == Wire.COMPATIBLE),
        "the new query parameters are all optional");
    Change committee =
        one(
            r,
            c ->
                c.element() == Element.OPERATION
                    && c.subject().startsWith("operation GET /governance/committee ("),
            "GET /governance/committee");
    assertEquals(Category.ADDITION, committee.category());
    Change deprecated = one(r, c -> c.category() == Category.OTHER, "the deprecation");
    assertEquals("property 'cost_models' of EpochParamContent", deprecated.subject());
    assertEquals("deprecated", deprecated.detail());
    // the two withdrawals lists gained page/count query parameters: they now page, and a method
    // that returned List<ProposalWithdrawal> returns Page<ProposalWithdrawal>, which breaks callers
    List<Change> breaking = r.of(Category.BREAKING);
    assertEquals(2, breaking.size(), () -> ReportFormats.markdown(r));
    for (Change c : breaking) {
      assertTrue(c.subject().contains("/withdrawals"), c.subject());
      assertTrue(
          c.detail().contains("List<ProposalWithdrawal> -> Page<ProposalWithdrawal>"), c.detail());
    }
    assertEquals(VersionBump.MAJOR, r.bump());
  }

  /** Over the same versions, the report is the same in every format, every run. */
  @Test
  void theSameVersionsGiveTheSameReport() throws Exception {
    ChangeReport a = compare("0.1.82", "0.1.84");
    ChangeReport b = ApiComparator.compare(version("0.1.82"), version("0.1.84"));
    assertEquals(ReportFormats.markdown(a), ReportFormats.markdown(b));
    assertEquals(ReportFormats.json(a), ReportFormats.json(b));
    assertTrue(compare("0.1.93", "0.1.93").isEmpty());
  }
}
