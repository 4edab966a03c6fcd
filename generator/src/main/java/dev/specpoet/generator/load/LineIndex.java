package dev.specpoet.generator.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON pointer to 1-based line, for one file; filled while the loader reads the raw document.
 *
 * <p>Stored as a tree of pointer segments, not as one string per pointer: a fully dereferenced spec
 * has millions of values with long pointers, and a map from whole pointers to lines cost more
 * memory than swagger-parser's model of the same document. Field names come from Jackson's
 * canonicalised symbol table, so a segment like {@code properties} is one string shared by every
 * node.
 */
public final class LineIndex {
  /** Children are scanned linearly up to this many, then kept in a hash map. */
  private static final int LINEAR = 8;

  /** Array index segments {@code "0"}, {@code "1"}, ... shared by every array in the document. */
  private static final String[] INDEXES = new String[256];

  static {
    for (int i = 0; i < INDEXES.length; i++) {
      INDEXES[i] = Integer.toString(i).intern();
    }
  }

  /** One value of the document: its line and its children by escaped pointer segment. */
  static final class Node {
    private final int line;
    private String[] keys;
    private Node[] kids;
    private int size;
    private Map<String, Node> byKey;

    private Node(int line) {
      this.line = line;
    }

    /** The child at {@code segment}, added with {@code line} when it is not there yet. */
    Node child(String segment, int line) {
      Node known = get(segment);
      if (known != null) {
        return known; // a duplicate key: the first one is the one recorded, as before
      }
      Node n = new Node(line);
      if (byKey != null) {
        byKey.put(segment, n);
      } else if (size < LINEAR) {
        if (keys == null) {
          keys = new String[2];
          kids = new Node[2];
        } else if (size == keys.length) {
          keys = Arrays.copyOf(keys, Math.min(LINEAR, size * 2));
          kids = Arrays.copyOf(kids, keys.length);
        }
        keys[size] = segment;
        kids[size] = n;
        size++;
      } else {
        byKey = new HashMap<>();
        for (int i = 0; i < size; i++) {
          byKey.put(keys[i], kids[i]);
        }
        byKey.put(segment, n);
        keys = null;
        kids = null;
      }
      return n;
    }

    Node get(String segment) {
      if (byKey != null) {
        return byKey.get(segment);
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(segment)) {
          return kids[i];
        }
      }
      return null;
    }
  }

  private Node root;

  /** The root value ({@code #}), added with {@code line} on the first call. */
  Node root(int line) {
    if (root == null) {
      root = new Node(line);
    }
    return root;
  }

  /** The pointer segment of array index {@code i}. */
  static String index(int i) {
    return i < INDEXES.length ? INDEXES[i] : Integer.toString(i);
  }

  /** Records {@code line} for {@code pointer} (and its ancestors that are not known yet). */
  void put(String pointer, int line) {
    String[] segments = segments(pointer);
    if (segments == null) {
      return;
    }
    Node n = root(line);
    for (String s : segments) {
      n = n.child(s, line);
    }
  }

  /** Whether the document has a value at exactly {@code pointer}. */
  public boolean has(String pointer) {
    String[] segments = segments(pointer);
    if (segments == null || root == null) {
      return false;
    }
    Node n = root;
    for (String s : segments) {
      n = n.get(s);
      if (n == null) {
        return false;
      }
    }
    return true;
  }

  /** The line of {@code pointer}, or of its nearest ancestor that is known; -1 when none is. */
  public int lineOf(String pointer) {
    String[] segments = segments(pointer == null || pointer.isEmpty() ? "#" : pointer);
    if (segments == null || root == null) {
      return -1;
    }
    Node n = root;
    for (String s : segments) {
      Node next = n.get(s);
      if (next == null) {
        break;
      }
      n = next;
    }
    return n.line;
  }

  /**
   * The escaped segments of a pointer that starts at the root ({@code #} or {@code #/a/b}), or null
   * for any other text. An empty segment ({@code #/a//b}) is a segment like any other.
   */
  private static String[] segments(String pointer) {
    if (!pointer.startsWith("#")) {
      return null;
    }
    if (pointer.length() == 1) {
      return new String[0];
    }
    if (pointer.charAt(1) != '/') {
      return null;
    }
    return pointer.substring(2).split("/", -1);
  }

  public static LineIndex empty() {
    return new LineIndex();
  }
}
