package dev.specpoet.runtime.errors;

/**
 * A webhook or callback request body that could not be read as its payload type: not JSON, JSON
 * null, or a value of the wrong shape. The message names the webhook and the problem, never the
 * body itself.
 */
public class WebhookParseException extends SpecPoetException {
  private static final long serialVersionUID = 1L;

  /** The webhook (or callback) whose payload failed to parse. */
  private final String webhook;

  /**
   * Creates the exception.
   *
   * @param message the complete message
   * @param webhook the webhook's name in the spec
   * @param cause the parser's exception, may be {@code null}
   */
  public WebhookParseException(String message, String webhook, Throwable cause) {
    super(message, cause);
    this.webhook = webhook;
  }

  /**
   * The webhook whose payload failed to parse.
   *
   * @return its name in the spec ({@code newPet}; a callback's is its operation and key)
   */
  public String webhook() {
    return webhook;
  }
}
