package fr.spsplus.testkit.internal;

import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.testkit.internal.SchemaValidator.Violation;
import java.io.Serial;
import java.util.List;

/**
 * An error answer of the platform API: a status, a stable code of the contract's {@code Error}
 * schema, a message (French or English) and, for refused requests, the broken rules.
 */
public final class ApiException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient LocalizedMessage text;
  private final transient List<Violation> details;

  /**
   * Returns an error.
   *
   * @param status the HTTP status
   * @param code the contract's error code, such as {@code NOT_FOUND}
   * @param text the message
   * @param details the broken rules, possibly empty
   */
  public ApiException(int status, String code, LocalizedMessage text, List<Violation> details) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.text = text;
    this.details = List.copyOf(details);
  }

  /**
   * Returns an error without details.
   *
   * @param status the HTTP status
   * @param code the contract's error code
   * @param text the message
   */
  public ApiException(int status, String code, LocalizedMessage text) {
    this(status, code, text, List.of());
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the error code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the message.
   *
   * @return the message
   */
  public LocalizedMessage text() {
    return text;
  }

  /**
   * Returns the broken rules.
   *
   * @return the rules
   */
  public List<Violation> details() {
    return details;
  }
}
