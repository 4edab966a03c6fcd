package dev.specpoet.generator.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that drops a service's noun from a method named by its operationId (README, Names). */
class MethodNamesTest {

  @Test
  void theNounGoesAndTheCrudVerbsAreMadeTheSame() {
    assertEquals("create", MethodNames.shorten("createBooking", "bookings"));
    assertEquals("create", MethodNames.shorten("addBooking", "Booking"));
    assertEquals("create", MethodNames.shorten("new_booking", "bookings"));
    assertEquals("list", MethodNames.shorten("listBookings", "bookings"));
    assertEquals("list", MethodNames.shorten("list-booking", "bookings"));
    assertEquals("retrieve", MethodNames.shorten("getBooking", "bookings"));
    assertEquals("retrieve", MethodNames.shorten("fetchBooking", "Booking"));
    assertEquals("retrieve", MethodNames.shorten("getBookingById", "bookings"));
    assertEquals("update", MethodNames.shorten("updateBooking", "bookings"));
    assertEquals("update", MethodNames.shorten("patchBooking", "bookings"));
    assertEquals("delete", MethodNames.shorten("deleteBookingById", "bookings"));
    assertEquals("delete", MethodNames.shorten("removeBooking", "bookings"));
  }

  @Test
  void aPluralNounReadIsAList() {
    assertEquals("list", MethodNames.shorten("getBookings", "bookings"));
    assertEquals("list", MethodNames.shorten("findPets", "pet"));
    assertEquals("list", MethodNames.shorten("getCategories", "categories"));
    assertEquals("retrieve", MethodNames.shorten("getCategory", "categories"));
  }

  @Test
  void otherWordsStay() {
    assertEquals("cancel", MethodNames.shorten("cancelBooking", "bookings"));
    assertEquals("listByUser", MethodNames.shorten("listBookingsByUser", "bookings"));
    assertEquals("findByStatus", MethodNames.shorten("findPetsByStatus", "pet"));
    assertEquals("getInvoice", MethodNames.shorten("getBookingInvoice", "bookings"));
    assertEquals("updateWithForm", MethodNames.shorten("updatePetWithForm", "pet"));
    assertEquals("getByName", MethodNames.shorten("getUserByName", "user"));
  }

  @Test
  void aNounOfSeveralWords() {
    assertEquals("list", MethodNames.shorten("listUserGroups", "user-groups"));
    assertEquals("create", MethodNames.shorten("create_user_group", "User Groups"));
    assertNull(MethodNames.shorten("listGroups", "user-groups"));
  }

  @Test
  void aNounThatLeadsAsANamespaceGoesToo() {
    assertEquals("listRepoSecrets", MethodNames.shorten("actions/list-repo-secrets", "actions"));
    assertEquals("retrieve", MethodNames.shorten("repos/get", "repos"));
    assertEquals("code", MethodNames.shorten("search/code", "search"));
    assertEquals("list", MethodNames.shorten("Bookings_List", "bookings"));
    assertEquals(
        "createOrUpdate", MethodNames.shorten("VirtualMachines_CreateOrUpdate", "VirtualMachines"));
    assertEquals("retrieve", MethodNames.shorten("bookings.getById", "bookings"));
    // not a namespace: no separator, a lower-case snake word, another noun before the separator
    assertNull(MethodNames.shorten("export_csv", "exports"));
    assertNull(MethodNames.shorten("users/list", "bookings"));
    assertNull(MethodNames.shorten("bookings/", "bookings"));
  }

  @Test
  void onlyRightAfterTheFirstWordOrBeforeASeparator() {
    assertNull(MethodNames.shorten("getUserBookings", "bookings"));
    assertNull(MethodNames.shorten("bookingsList", "bookings"));
    assertNull(MethodNames.shorten("exportCsv", "exports"));
    assertNull(MethodNames.shorten("placeOrder", "store"));
    assertNull(MethodNames.shorten("booking", "bookings"));
    assertNull(MethodNames.shorten("createBooking", ""));
  }

  private static Operation op(String id, boolean fromOperationId) {
    return NamesTest.op(id, id, fromOperationId, List.of("bookings"));
  }

  private static DefaultJavaNames names(List<Operation> ops, List<String> children) {
    List<Resource> kids = new ArrayList<>();
    for (String c : children) {
      kids.add(new Resource(List.of("bookings", c), List.of(), List.of()));
    }
    Resource bookings = new Resource(List.of("bookings"), ops, kids);
    Resource root = new Resource(List.of(), List.of(), List.of(bookings));
    ApiModel model =
        new ApiModel(
            "Shop", "1", Doc.NONE, "x.yaml", List.of(), List.of(), List.of(), root, null, List.of(),
            List.of());
    return new DefaultJavaNames(model, "p", null);
  }

  @Test
  void methodsAndParamsClassesFollowTheShortName() {
    Operation create = op("createBooking", true);
    Operation get = op("getBookingById", true);
    DefaultJavaNames names = names(List.of(create, get), List.of());
    assertEquals("create", names.methodName(create));
    assertEquals("retrieve", names.methodName(get));
    assertEquals("p.models.BookingCreateParams", names.typeName(create.paramsTypeId()).toString());
    assertEquals("p.models.BookingRetrieveParams", names.typeName(get.paramsTypeId()).toString());
  }

  @Test
  void operationsThatClashKeepTheirFullNamesAndOnlyThey() {
    Operation get = op("getBooking", true);
    Operation fetch = op("fetchBooking", true);
    Operation list = op("listBookings", true);
    Operation delete = op("deleteBooking", true);
    Operation remove = op("remove", true);
    List<Operation> ops = new ArrayList<>(List.of(get, fetch, list, delete, remove));
    for (int round = 0; round < 2; round++) {
      DefaultJavaNames names = names(ops, List.of());
      assertEquals("getBooking", names.methodName(get));
      assertEquals("fetchBooking", names.methodName(fetch));
      assertEquals("list", names.methodName(list));
      assertEquals("delete", names.methodName(delete));
      assertEquals("remove", names.methodName(remove));
      assertEquals(
          "p.models.BookingGetBookingParams", names.typeName(get.paramsTypeId()).toString());
      Collections.reverse(ops); // the spec's order changes nothing
    }
  }

  @Test
  void aNameTheOperationIdHasAlreadyWins() {
    Operation literal = op("list", true);
    Operation listBookings = op("listBookings", true);
    DefaultJavaNames names = names(List.of(literal, listBookings), List.of());
    assertEquals("list", names.methodName(literal));
    assertEquals("listBookings", names.methodName(listBookings));
  }

  @Test
  void aNameTheSpecGivesWinsAndIsKept() {
    Operation named = op("create", false);
    Operation createBooking = op("createBooking", true);
    Operation updateBooking = op("updateBooking", false);
    DefaultJavaNames names = names(List.of(named, createBooking, updateBooking), List.of());
    assertEquals("create", names.methodName(named));
    assertEquals("createBooking", names.methodName(createBooking));
    assertEquals("updateBooking", names.methodName(updateBooking));
  }

  @Test
  void reservedMembersAndAccessorsAreNotTaken() {
    Operation closeBooking = op("closeBooking", true);
    Operation newBooking = op("defaultBooking", true);
    Operation notesBooking = op("notesBooking", true);
    DefaultJavaNames names =
        names(List.of(closeBooking, newBooking, notesBooking), List.of("notes"));
    assertEquals("closeBooking", names.methodName(closeBooking));
    assertEquals("defaultBooking", names.methodName(newBooking));
    assertEquals("notesBooking", names.methodName(notesBooking));
  }
}
