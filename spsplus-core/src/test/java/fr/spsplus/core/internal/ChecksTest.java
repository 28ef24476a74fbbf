package fr.spsplus.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void betweenNamesTheFieldAndTheBoundsInBothLanguages() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Checks.requireBetween(4000, 0, 3600, "waitSeconds"));
    assertThat(e.key()).isEqualTo("between");
    assertThat(e.getMessage())
        .isEqualTo("« waitSeconds » doit être compris entre 0 et 3\u202f600 (reçu : 4\u202f000).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("\"waitSeconds\" must be between 0 and 3,600 (got 4,000).");
  }

  @Test
  void frenchStaysFrenchWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThatThrownBy(() -> Checks.requireNonBlank(" ", "title"))
          .hasMessage("« title » ne doit pas être vide.");
      Locale.setDefault(Locale.FRANCE);
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> Checks.requireNonBlank("", "title"));
      assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("\"title\" must not be blank.");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void acceptedValuesAreReturnedUnchanged() {
    assertThat(Checks.requireBetween(0.5, 0.0, 1.0, "q")).isEqualTo(0.5);
    assertThat(Checks.requireNonNegative(0, "n")).isZero();
    assertThat(Checks.requirePositive(1, "n")).isEqualTo(1);
    assertThat(Checks.requireNonEmpty(List.of(1), "xs")).containsExactly(1);
    Checks.requireNotBefore(
        LocalDate.of(2026, 1, 1), "received", LocalDate.of(2026, 1, 1), "closed");
  }

  @Test
  void nanAndInfinitiesAreRejected() {
    assertThatThrownBy(() -> Checks.requireBetween(Double.NaN, 0.0, 1.0, "q"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Checks.requirePositive(Double.POSITIVE_INFINITY, "w"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void dateOrderMessageNamesBothFields() {
    assertThatThrownBy(
            () ->
                Checks.requireNotBefore(
                    LocalDate.of(2026, 3, 2), "receivedOn", LocalDate.of(2026, 3, 1), "closedOn"))
        .hasMessage("« closedOn » (2026-03-01) ne doit pas précéder « receivedOn » (2026-03-02).");
  }

  enum Colour {
    RED,
    GREEN
  }

  @Test
  void parseCodeAcceptsExactNamesAndListsTheAcceptedOnes() {
    assertThat(Checks.parseCode(Colour.class, " GREEN ", "colour")).isEqualTo(Colour.GREEN);
    assertThatThrownBy(() -> Checks.parseCode(Colour.class, "green", "colour"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("« colour » : code inconnu ; codes acceptés : RED, GREEN.");
  }
}
