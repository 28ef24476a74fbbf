package fr.spsplus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the {@link InvalidInputException} that fails a Spark job. */
final class InvalidInputs {

  private InvalidInputs() {}

  /**
   * A task's exception reaches the driver serialised: the job's message carries the French text
   * rendered on the executor, and the deserialised {@link InvalidInputException} keeps its message
   * key and its rendered French text.
   *
   * @return the exception found among the causes
   */
  static InvalidInputException assertInvalid(ThrowingCallable job, String key, String french) {
    InvalidInputException[] found = new InvalidInputException[1];
    assertThatThrownBy(job)
        .hasMessageContaining("InvalidInputException: ")
        .hasMessageContaining(french)
        .satisfies(
            failure -> {
              Throwable cause = failure;
              while (cause != null && !(cause instanceof InvalidInputException)) {
                cause = cause.getCause();
              }
              assertThat(cause).as("an InvalidInputException in the causes").isNotNull();
              found[0] = (InvalidInputException) cause;
              assertThat(found[0].key()).isEqualTo(key);
              assertThat(found[0].getMessage()).contains(french);
            });
    return found[0];
  }

  /** As {@link #assertInvalid}, and the English text kept by the exception. */
  static void assertInvalid(ThrowingCallable job, String key, String french, String english) {
    assertThat(assertInvalid(job, key, french).getMessage(Locale.ENGLISH)).contains(english);
  }
}
