package dev.specpoet.generator.changes;

import static dev.specpoet.generator.changes.SpecEdits.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Category;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.JavaImpact;
import dev.specpoet.generator.changes.Change.Wire;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change report on one small spec ({@code changes/bookings.yaml}) and one edit of it per kind
 * of change: what is reported, with which Java names, and how it is classified.
 */
class ApiComparatorTest {
  @TempDir Path dir;

  private ChangeReport of(UnaryOperator<String> edit) throws Exception {
    return report(dir, edit);
  }

  /** The only change of {@code report}, after checking there is exactly one. */
  private static Change only(ChangeReport report) {
    assertEquals(1, report.changes().size(), () -> ReportFormats.markdown(report));
    return report.changes().get(0);
  }

  private static Change find(ChangeReport report, Element element, Action action) {
    return report.changes().stream()
        .filter(c -> c.element() == element && c.action() == action)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + element + " " + action + " in\n" + ReportFormats.markdown(report)));
  }

  @Test
  void anUnchangedSpecHasNoChangesAndAPatchBump() throws Exception {
    ChangeReport r = of(UnaryOperator.identity());
    assertTrue(r.isEmpty(), () -> ReportFormats.markdown(r));
    assertEquals(VersionBump.PATCH, r.bump());
    assertEquals("no API changes", ReportFormats.counts(r));
  }

  @Test
  void anOptionalPropertyAddedIsACompatibleAddition() throws Exception {
    ChangeReport r = of(SpecEdits.OPTIONAL_RESPONSE_PROPERTY_ADDED);
    Change c = only(r);
    assertEquals(Element.PROPERTY, c.element());
    assertEquals(Action.ADDED, c.action());
    assertEquals("property 'capacity' of Booking", c.subject());
    assertEquals(JavaImpact.COMPATIBLE, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
    assertEquals(
        List.of(
            "Booking.capacity(): Optional<Long>",
            "Booking.Builder.capacity(Long)",
            "Booking.Builder.capacity(Optional<Long>)"),
        c.javaAdded());
    assertEquals(Category.ADDITION, c.category());
    assertEquals(VersionBump.MINOR, r.bump());
  }

  @Test
  void aRequiredRequestPropertyAddedBreaksAtRunTimeAndOnTheWire() throws Exception {
    ChangeReport r = of(SpecEdits.REQUIRED_REQUEST_PROPERTY_ADDED);
    // the model class and the params class that flattens it both gain it
    Change model = find(r, Element.PROPERTY, Action.ADDED);
    assertEquals("property 'guests' of BookingInput", model.subject());
    assertEquals(JavaImpact.RUNTIME, model.java());
    assertEquals(Wire.BREAKING, model.wire());
    assertTrue(model.note().contains("build() of BookingInput throws"), model.note());
    Change param = find(r, Element.PARAMETER, Action.ADDED);
    assertTrue(param.subject().startsWith("body property 'guests' of operation POST /bookings"));
    assertEquals(JavaImpact.RUNTIME, param.java());
    assertTrue(
        param.javaAdded().contains("BookingCreateParams.guests(): Long"),
        param.javaAdded()::toString);
    assertEquals(2, r.changes().size(), () -> ReportFormats.markdown(r));
    assertEquals(VersionBump.MAJOR, r.bump());
  }

  @Test
  void aRequiredPropertyAddedToAResponseOnlyTypeIsCompatibleWithANote() throws Exception {
    Change c =
        only(
            of(
                SpecEdits.replace(
                    "      required: [id, room]\n      properties:\n",
                    "      required: [id, room, hotel]\n      properties:\n"
                        + "        hotel: {type: string}\n")));
    assertEquals(Action.ADDED, c.action());
    assertEquals(JavaImpact.COMPATIBLE, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
    assertEquals(
        List.of("Booking.hotel(): String", "Booking.Builder.hotel(String)"), c.javaAdded());
    assertTrue(c.note().contains("builds Booking itself"), c.note());
  }

  @Test
  void aNewOperationIdAndMethodNameOnTheSameRouteIsARename() throws Exception {
    Change c = only(of(SpecEdits.OPERATION_RENAMED));
    assertEquals(Element.OPERATION, c.element());
    assertEquals(Action.RENAMED, c.action());
    assertEquals("operationId getBooking -> fetchBooking", c.detail());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
    assertTrue(
        c.javaRemoved().contains("client.bookings().get(BookingGetParams)"),
        c.javaRemoved()::toString);
    assertTrue(
        c.javaAdded().contains("client.bookings().fetch(BookingFetchParams)"),
        c.javaAdded()::toString);
  }

  @Test
  void anOperationIdChangeThatKeepsTheJavaNamesIsNeitherBreakingNorAnAddition() throws Exception {
    ChangeReport r = of(SpecEdits.OPERATION_ID_ONLY_CHANGED);
    Change c = only(r);
    assertEquals(Action.CHANGED, c.action());
    assertEquals(Category.OTHER, c.category());
    assertTrue(c.javaRemoved().isEmpty() && c.javaAdded().isEmpty());
    assertEquals(VersionBump.PATCH, r.bump());
  }

  @Test
  void aRemovedEndpointBreaksJavaAndTheWire() throws Exception {
    Change c = only(of(SpecEdits.OPERATION_REMOVED));
    assertEquals(Element.OPERATION, c.element());
    assertEquals(Action.REMOVED, c.action());
    assertEquals("operation DELETE /bookings/{booking_id} (deleteBooking)", c.subject());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.BREAKING, c.wire());
    assertTrue(
        c.javaRemoved().contains("client.bookings().delete(BookingDeleteParams)"),
        c.javaRemoved()::toString);
    assertTrue(c.javaRemoved().contains("class BookingDeleteParams"), c.javaRemoved()::toString);
  }

  @Test
  void anAddedOperationIsACompatibleAddition() throws Exception {
    ChangeReport r = of(SpecEdits.OPERATION_ADDED);
    Change c = only(r);
    assertEquals(Action.ADDED, c.action());
    assertEquals(Category.ADDITION, c.category());
    assertTrue(
        c.javaAdded().contains("client.rooms().list(): List<String>"), c.javaAdded()::toString);
    assertEquals(VersionBump.MINOR, r.bump());
  }

  @Test
  void anOperationComesAndGoesWithTheClassesOfItsInlineSchemas() throws Exception {
    UnaryOperator<String> withInlineEnum =
        SpecEdits.compose(
            SpecEdits.OPERATION_ADDED,
            SpecEdits.replace(
                "      x-fern-sdk-method-name: list\n      responses:\n        '200':\n"
                    + "          description: Rooms.",
                "      x-fern-sdk-method-name: list\n      parameters:\n"
                    + "        - {name: view, in: query, schema: {type: string, enum: [sea, garden]}}\n"
                    + "      responses:\n        '200':\n          description: Rooms."));
    Change c = only(of(withInlineEnum));
    assertEquals(Action.ADDED, c.action());
    assertTrue(
        c.javaAdded().stream().anyMatch(m -> m.startsWith("class RoomListParams.")),
        c.javaAdded()::toString);
  }

  @Test
  void longToDoubleIsSourceAndBinaryBreaking() throws Exception {
    Change c = only(of(SpecEdits.PROPERTY_TYPE_CHANGED));
    assertEquals(Action.CHANGED, c.action());
    assertEquals("type Long -> Double", c.detail());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.BREAKING, c.wire());
    assertEquals(
        List.of(
            "Booking.nights(): Optional<Long>",
            "Booking.Builder.nights(Long)",
            "Booking.Builder.nights(Optional<Long>)"),
        c.javaRemoved());
    assertEquals(
        List.of(
            "Booking.nights(): Optional<Double>",
            "Booking.Builder.nights(Double)",
            "Booking.Builder.nights(Optional<Double>)"),
        c.javaAdded());
  }

  @Test
  void anEnumValueAddedIsCompatibleWithANoteForSwitches() throws Exception {
    Change c = only(of(SpecEdits.ENUM_VALUE_ADDED));
    assertEquals(Element.ENUM_VALUE, c.element());
    assertEquals(JavaImpact.COMPATIBLE, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
    assertEquals(List.of("Status.PENDING", "Status.Known.PENDING"), c.javaAdded());
    assertTrue(c.note().contains("switch over Status.Known"), c.note());
    assertTrue(c.note().contains("unknown value"), c.note()); // Status also comes in responses
  }

  @Test
  void anEnumValueRemovedFromARequestTypeBreaksJavaAndTheWire() throws Exception {
    Change c = only(of(SpecEdits.ENUM_VALUE_REMOVED));
    assertEquals(Action.REMOVED, c.action());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.BREAKING, c.wire()); // the status query parameter takes it
  }

  @Test
  void aUnionVariantAddedBreaksVisitorsAtTheSourceOnly() throws Exception {
    ChangeReport r = of(SpecEdits.UNION_VARIANT_ADDED);
    Change c = find(r, Element.UNION_VARIANT, Action.ADDED);
    assertEquals(JavaImpact.SOURCE_ONLY, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
    assertTrue(c.javaAdded().contains("Slot.Visitor.visitNight(Night)"), c.javaAdded()::toString);
    assertTrue(c.note().contains("Slot.Unknown"), c.note());
    // and the variant's own type is new
    assertEquals("type Night", find(r, Element.TYPE, Action.ADDED).subject());
  }

  @Test
  void aUnionVariantRemovedBreaksVisitorsAndCallers() throws Exception {
    ChangeReport r = of(SpecEdits.UNION_VARIANT_REMOVED);
    Change c = find(r, Element.UNION_VARIANT, Action.REMOVED);
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.BREAKING, c.wire()); // Slot is sent in BookingInput
    assertTrue(
        c.javaRemoved().contains("Slot.Visitor.visitEvening(Evening)"), c.javaRemoved()::toString);
  }

  @Test
  void aSchemaWithTheSameShapeUnderANewNameIsARename() throws Exception {
    ChangeReport r = of(SpecEdits.SCHEMA_RENAMED);
    Change c = only(r);
    assertEquals(Element.TYPE, c.element());
    assertEquals(Action.RENAMED, c.action());
    assertEquals("type BookingInput -> NewBooking", c.subject());
    assertEquals(
        "schema #/components/schemas/BookingInput -> #/components/schemas/NewBooking (same shape)",
        c.detail());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
  }

  @Test
  void aSchemaRenamedAndChangedIsARemovalAndAnAddition() throws Exception {
    ChangeReport r =
        of(
            SpecEdits.compose(
                SpecEdits.SCHEMA_RENAMED,
                SpecEdits.replace(
                    "    NewBooking:\n      type: object\n      required: [room]\n",
                    "    NewBooking:\n      type: object\n      required: [room, nights]\n")));
    find(r, Element.TYPE, Action.REMOVED);
    find(r, Element.TYPE, Action.ADDED);
    assertTrue(r.changes().stream().noneMatch(c -> c.action() == Action.RENAMED));
  }

  @Test
  void aNewRequiredParameterBreaksAtRunTimeAndRemovesTheNoArgumentOverloads() throws Exception {
    Change c = only(of(SpecEdits.REQUIRED_QUERY_PARAMETER_ADDED));
    assertEquals(Element.PARAMETER, c.element());
    assertEquals(Action.ADDED, c.action());
    assertEquals(new JavaImpact(true, true, true), c.java());
    assertEquals(Wire.BREAKING, c.wire());
    assertTrue(
        c.javaRemoved().contains("client.bookings().list(): List<Booking>"),
        c.javaRemoved()::toString);
  }

  @Test
  void aNewOptionalParameterIsAnAddition() throws Exception {
    Change c = only(of(SpecEdits.OPTIONAL_QUERY_PARAMETER_ADDED));
    assertEquals(Category.ADDITION, c.category());
    assertEquals(
        List.of(
            "BookingListParams.hotel(): Optional<String>",
            "BookingListParams.Builder.hotel(String)",
            "BookingListParams.Builder.hotel(Optional<String>)"),
        c.javaAdded());
  }

  @Test
  void aResponsePropertyMadeOptionalBreaksTheGetterAndOldClients() throws Exception {
    Change c = only(of(SpecEdits.RESPONSE_PROPERTY_MADE_OPTIONAL));
    assertEquals("required -> optional", c.detail());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.BREAKING, c.wire());
    assertEquals(List.of("Booking.room(): String"), c.javaRemoved());
    // the builder gains room(Optional<String>): an optional property takes an Optional too
    assertEquals(
        List.of("Booking.room(): Optional<String>", "Booking.Builder.room(Optional<String>)"),
        c.javaAdded());
  }

  @Test
  void aMovedRouteKeepsTheJavaApiButBreaksTheWire() throws Exception {
    ChangeReport r = of(SpecEdits.ROUTE_MOVED);
    assertEquals(2, r.changes().size(), () -> ReportFormats.markdown(r)); // get and delete moved
    for (Change c : r.changes()) {
      assertEquals(Action.CHANGED, c.action());
      assertEquals(JavaImpact.COMPATIBLE, c.java());
      assertEquals(Wire.BREAKING, c.wire());
      assertTrue(c.detail().contains("/bookings/{booking_id} -> "), c.detail());
    }
  }

  @Test
  void aRenamedPathParameterChangesTheBuilderButNotTheWire() throws Exception {
    ChangeReport r = of(SpecEdits.PATH_PARAMETER_RENAMED);
    assertEquals(2, r.changes().size(), () -> ReportFormats.markdown(r)); // get and delete
    Change c = r.changes().get(0);
    assertEquals(Element.PARAMETER, c.element());
    assertEquals(Action.RENAMED, c.action());
    assertEquals("path parameter {booking_id} -> {id}", c.detail());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
  }

  @Test
  void theReportIsTheSameEveryRunAndInEveryFormat() throws Exception {
    UnaryOperator<String> many =
        SpecEdits.compose(
            SpecEdits.OPERATION_REMOVED,
            SpecEdits.OPTIONAL_RESPONSE_PROPERTY_ADDED,
            SpecEdits.ENUM_VALUE_ADDED);
    ChangeReport first = of(many);
    ChangeReport second = of(many);
    assertEquals(first, second);
    assertEquals(ReportFormats.markdown(first), ReportFormats.markdown(second));
    assertEquals(ReportFormats.json(first), ReportFormats.json(second));
    // breaking first, then additions
    assertEquals(Category.BREAKING, first.changes().get(0).category());
    assertEquals(Category.ADDITION, first.changes().get(first.changes().size() - 1).category());
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(ReportFormats.json(first));
    assertEquals("major", json.get("bump").asText());
    assertEquals(1, json.get("counts").get("breaking").asInt());
    assertEquals(2, json.get("counts").get("addition").asInt());
    assertEquals("operation", json.get("changes").get(0).get("element").asText());
    assertTrue(json.get("changes").get(0).get("java").get("binaryBreaking").asBoolean());
    String md = ReportFormats.markdown(first);
    assertTrue(md.contains("## Breaking changes (1)"), md);
    assertTrue(md.contains("## Additions (2)"), md);
    assertNotNull(ReportFormats.summary(first, 1));
    assertEquals(3, ReportFormats.summary(first, 1).size()); // counts, one change, "and 2 more"
    assertFalse(ReportFormats.summary(first, 10).get(1).isBlank());
  }

  @Test
  void versionBumps() {
    assertEquals("2.0.0", VersionBump.MAJOR.next("1.4.2"));
    assertEquals("1.5.0", VersionBump.MINOR.next("1.4.2"));
    assertEquals("1.4.3", VersionBump.PATCH.next("1.4.2"));
    assertEquals("1.0.0", VersionBump.MAJOR.next("0.1.0-SNAPSHOT"));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> VersionBump.MINOR.next("1.4"));
    assertTrue(e.getMessage().contains("MAJOR.MINOR.PATCH"), e.getMessage());
  }

  @Test
  void aCallbackAddedIsAnAdditionWithItsParseHelpers() throws Exception {
    Change c = only(of(SpecEdits.callback("Booking")));
    assertEquals(Element.WEBHOOK, c.element());
    assertEquals(Action.ADDED, c.action());
    assertEquals("callback createBooking ready (POST)", c.subject());
    assertEquals(JavaImpact.COMPATIBLE, c.java());
    assertEquals(
        List.of(
            "BookingsWebhooks.parseCreateBookingReady(String): Booking",
            "BookingsWebhooks.parseCreateBookingReady(byte[]): Booking"),
        c.javaAdded());
    assertEquals(Category.ADDITION, c.category());
  }

  @Test
  void aCallbackRemovedBreaksCodeThatParsesIt() throws Exception {
    ChangeReport r = report(dir, SpecEdits.callback("Booking"), UnaryOperator.identity());
    Change c = only(r);
    assertEquals(Action.REMOVED, c.action());
    assertEquals(JavaImpact.SOURCE_AND_BINARY, c.java());
    assertEquals(Wire.COMPATIBLE, c.wire());
    assertEquals(2, c.javaRemoved().size(), c.javaRemoved()::toString);
    assertEquals(VersionBump.MAJOR, r.bump());
  }

  @Test
  void aCallbackPayloadOfAnotherTypeChangesItsHelpers() throws Exception {
    ChangeReport r = report(dir, SpecEdits.callback("Booking"), SpecEdits.callback("BookingInput"));
    Change c = only(r);
    assertEquals(Action.CHANGED, c.action());
    assertEquals("payload Booking -> BookingInput", c.detail());
    assertEquals(Wire.BREAKING, c.wire());
    assertEquals(
        List.of(
            "BookingsWebhooks.parseCreateBookingReady(String): BookingInput",
            "BookingsWebhooks.parseCreateBookingReady(byte[]): BookingInput"),
        c.javaAdded());
  }

  @Test
  void aRequiredPropertyBecomingAConstantLosesItsSetter() throws Exception {
    // BookingInput.room may now be only "suite": builders preset it, its setter goes private and
    // the params builder of createBooking has none
    ChangeReport r = of(SpecEdits.REQUIRED_PROPERTY_MADE_CONSTANT);
    Change model =
        r.changes().stream()
            .filter(c -> c.subject().equals("property 'room' of BookingInput"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(ReportFormats.markdown(r)));
    assertEquals(JavaImpact.SOURCE_AND_BINARY, model.java());
    assertTrue(
        model.javaRemoved().contains("BookingInput.Builder.room(String)"),
        model.javaRemoved()::toString);
    assertEquals(VersionBump.MAJOR, r.bump(), () -> ReportFormats.markdown(r));
  }
}
