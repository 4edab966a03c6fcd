package dev.specpoet.generator.names;

import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The method name each operation is given, as the spec would spell it, before {@link ServiceNames}
 * makes it a member and {@link TypeNames} names the params class after it.
 *
 * <p>A name the spec gives ({@code x-fern-sdk-method-name}) is kept. A name that is the operationId
 * loses its service's noun, which the service's name already says ({@link #shorten}): {@code
 * bookings.createBooking} is {@code bookings.create}. The short name is used only when it is safe:
 * not a Java keyword or a member every service declares, not a child resource's accessor, and no
 * other operation of the same service wants it (shortened or not). Otherwise the operation keeps
 * its full name; only the operations that clash do, whatever their order in the spec.
 */
final class MethodNames {

  /** Verbs that read one item, or the list when the noun is plural ({@code getBookings}). */
  private static final Set<String> READS = Set.of("get", "fetch", "read", "retrieve", "find");

  /** The canonical verb of an operationId that is only a verb and the noun ({@code getBooking}). */
  private static final Map<String, String> VERBS = verbs();

  private final Map<String, String> chosen = new HashMap<>();

  MethodNames(Resource root) {
    decide(root);
  }

  private static Map<String, String> verbs() {
    Map<String, String> m = new HashMap<>();
    for (String v : READS) {
      m.put(v, "retrieve");
    }
    m.put("list", "list");
    for (String v : List.of("create", "add", "new")) {
      m.put(v, "create");
    }
    for (String v : List.of("update", "patch", "modify", "edit")) {
      m.put(v, "update");
    }
    for (String v : List.of("delete", "remove", "destroy")) {
      m.put(v, "delete");
    }
    return m;
  }

  /** The method name of {@code op} as the spec would spell it (the operationId, or shorter). */
  String methodName(Operation op) {
    return chosen.getOrDefault(op.operationId(), op.methodName());
  }

  private void decide(Resource r) {
    // what the short names must not be: members every service has, the child accessors
    Set<String> taken = new HashSet<>(ReservedNames.SERVICE_MEMBERS);
    for (Resource c : r.children()) {
      taken.add(MemberNames.memberBase(c.name(), Set.of()));
    }
    // how many operations want each name, shortened or full
    Map<String, Integer> wanted = new HashMap<>();
    Map<Operation, String> shorts = new HashMap<>();
    for (Operation op : r.operations()) {
      String full = Words.camel(op.methodName());
      wanted.merge(full, 1, Integer::sum);
      String s = op.methodFromOperationId() ? shorten(op.methodName(), r.name()) : null;
      if (s != null && !s.equals(full)) {
        shorts.put(op, s);
        wanted.merge(s, 1, Integer::sum);
      }
    }
    for (Map.Entry<Operation, String> e : shorts.entrySet()) {
      String s = e.getValue();
      if (wanted.get(s) == 1
          && !taken.contains(s)
          && MemberNames.memberBase(s, Set.of()).equals(s)) {
        chosen.put(e.getKey().operationId(), s);
      }
    }
    for (Resource c : r.children()) {
      decide(c);
    }
  }

  /**
   * The operationId {@code methodName} without the noun of its service {@code resource}, in camel
   * case, or null when the rule does not apply (no service, or the noun is neither the first word
   * nor right after it). The rule:
   *
   * <ol>
   *   <li>the words of the noun are the service's ({@code bookings}, {@code Booking}, {@code
   *       user-groups}); the last one matches in the singular or the plural;
   *   <li>the noun is removed when it comes right after the first word: {@code createBooking} ->
   *       {@code create}, {@code listBookingsByUser} -> {@code listByUser}; or when it comes first,
   *       followed by a namespace separator ({@code /}, {@code .}, {@code :}, or {@code _} before a
   *       capital): {@code actions/list-repo-secrets} -> {@code listRepoSecrets}, {@code
   *       Bookings_List} -> {@code list}; then a trailing {@code ById} too when one word is left
   *       before it ({@code getBookingById} -> {@code get});
   *   <li>when one word is left, the usual verbs are made the same: {@code get}, {@code fetch},
   *       {@code read}, {@code retrieve}, {@code find} -> {@code retrieve}, or {@code list} when
   *       the noun was plural; {@code add}, {@code new} -> {@code create}; {@code patch}, {@code
   *       modify}, {@code edit} -> {@code update}; {@code remove}, {@code destroy} -> {@code
   *       delete}. Other words stay ({@code cancelBooking} -> {@code cancel}).
   * </ol>
   */
  static String shorten(String methodName, String resource) {
    List<String> noun = lower(Words.split(resource));
    List<String> words = lower(Words.split(methodName));
    if (noun.isEmpty() || words.size() < noun.size() + 1) {
      return null;
    }
    List<String> rest;
    boolean plural;
    if (nounAt(words, 1, noun)) {
      plural = isPlural(words.get(noun.size()));
      rest = new ArrayList<>();
      rest.add(words.get(0));
      rest.addAll(words.subList(noun.size() + 1, words.size()));
    } else if (namespaced(methodName, noun)) {
      // the noun leads as a namespace: actions/list-repo-secrets, Bookings_List
      plural = false;
      rest = words.subList(noun.size(), words.size());
    } else {
      return null;
    }
    if (rest.size() == 3 && rest.get(1).equals("by") && rest.get(2).equals("id")) {
      rest = rest.subList(0, 1);
    }
    if (rest.size() == 1) {
      String verb = rest.get(0);
      String canonical = plural && READS.contains(verb) ? "list" : VERBS.get(verb);
      return canonical != null ? canonical : verb;
    }
    return Words.camel(String.join("-", rest));
  }

  /**
   * Whether the words of {@code noun} stand in {@code words} from {@code start}, the last one in
   * the singular or the plural.
   */
  private static boolean nounAt(List<String> words, int start, List<String> noun) {
    int n = noun.size();
    if (words.size() < start + n) {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (!words.get(start + i).equals(noun.get(i))) {
        return false;
      }
    }
    String last = words.get(start + n - 1);
    return Words.singular(last).equals(Words.singular(noun.get(n - 1)));
  }

  /**
   * Whether {@code methodName} is the noun, a namespace separator ({@code /}, {@code .}, {@code :},
   * or {@code _} before a capital, as in {@code VirtualMachines_CreateOrUpdate}) and more: a verb
   * that happens to be the noun ({@code exportCsv} in {@code exports}) is not a namespace.
   */
  private static boolean namespaced(String methodName, List<String> noun) {
    for (int i = 1; i < methodName.length() - 1; i++) {
      char c = methodName.charAt(i);
      boolean separator =
          c == '/'
              || c == '.'
              || c == ':'
              || c == '_' && Character.isUpperCase(methodName.charAt(i + 1));
      if (separator) {
        List<String> head = lower(Words.split(methodName.substring(0, i)));
        return head.size() == noun.size() && nounAt(head, 0, noun);
      }
    }
    return false;
  }

  private static boolean isPlural(String word) {
    return !Words.singular(word).equals(word);
  }

  private static List<String> lower(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
