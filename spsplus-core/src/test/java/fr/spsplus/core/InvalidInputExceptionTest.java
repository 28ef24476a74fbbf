package fr.spsplus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.validation.SpsplusValidation;
import fr.spsplus.core.validation.ValidationFailedException;
import jakarta.validation.constraints.NotBlank;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  record Named(@NotBlank String name) {}

  @Test
  void serialisationKeepsTheKeyAndBothTexts() throws Exception {
    InvalidInputException original =
        catchThrowableOfType(
            InvalidInputException.class, () -> Checks.requireBetween(7, 0, 5, "waitSeconds"));
    InvalidInputException copy = roundTrip(original);
    assertThat(copy.key()).isEqualTo("between");
    assertThat(copy.getMessage()).isEqualTo(original.getMessage());
    assertThat(copy.getMessage(Locale.ENGLISH)).isEqualTo(original.getMessage(Locale.ENGLISH));
    assertThat(copy.localizedMessage()).isNull();
  }

  @Test
  void validationFailuresKeepTheirViolationsInTheTexts() throws Exception {
    ValidationFailedException original =
        catchThrowableOfType(
            ValidationFailedException.class,
            () -> SpsplusValidation.french().requireValid(new Named(" ")));
    InvalidInputException copy = roundTrip(original);
    assertThat(copy.getMessage()).isEqualTo(original.getMessage()).contains("« name »");
    assertThat(copy.getMessage(Locale.ENGLISH)).isEqualTo(original.getMessage(Locale.ENGLISH));
  }

  @Test
  void aMessageThatCannotBeRenderedIsSerialisedAsItsKeyRatherThanFailingTheSerialisation()
      throws Exception {
    // A key missing from its bundle: rendering throws MissingResourceException.
    InvalidInputException broken =
        new InvalidInputException(
            MessageBundle.of(InvalidInputException.class, "messages").message("no.such.key"));
    InvalidInputException copy = roundTrip(broken);
    assertThat(copy.key()).isEqualTo("no.such.key");
    assertThat(copy.getMessage()).isEqualTo("no.such.key");
    assertThat(copy.getMessage(Locale.ENGLISH)).isEqualTo("no.such.key");
  }

  private static InvalidInputException roundTrip(InvalidInputException e) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (InvalidInputException) in.readObject();
    }
  }
}
