package skip;

import skip.pregen.Greeting;

/** Compiles only when the skipped goal still added pregenerated/ as a source root. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println(Greeting.text());
  }
}
