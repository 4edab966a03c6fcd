package skip.pregen;

/** Stands for sources a previous run generated. */
public final class Greeting {
  private Greeting() {}

  public static String text() {
    return "hello";
  }
}
