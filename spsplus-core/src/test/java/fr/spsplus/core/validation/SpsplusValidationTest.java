package fr.spsplus.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpsplusValidationTest {

  record Sample(@NotBlank String title, @PositiveOrZero @Max(3600) int waitSeconds) {}

  @Test
  void validValueHasNoViolation() {
    assertThat(SpsplusValidation.french().validate(new Sample("ok", 10))).isEmpty();
  }

  @Test
  void violationsNameTheFieldInFrenchByDefault() {
    assertThat(SpsplusValidation.french().validate(new Sample(" ", 4000)))
        .extracting(Violation::path, Violation::constraint, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("title", "NotBlank", "ne doit pas être vide"),
            org.assertj.core.groups.Tuple.tuple(
                "waitSeconds", "Max", "doit être inférieur ou égal à 3600"));
  }

  @Test
  void englishIsAvailableEvenOnAFrenchMachine() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      assertThat(SpsplusValidation.english().validate(new Sample("", 1)))
          .extracting(Violation::message)
          .containsExactly("must not be blank");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void requireValidThrowsWithEveryViolationInBothLanguages() {
    ValidationFailedException e =
        catchThrowableOfType(
            ValidationFailedException.class,
            () -> SpsplusValidation.french().requireValid(new Sample("", -1)));
    assertThat(e.violations()).hasSize(2);
    assertThat(e.getMessage())
        .startsWith("Sample invalide : 2 règle(s) non respectée(s) :")
        .contains("« title » : ne doit pas être vide");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("Invalid Sample: 2 rule(s) broken:")
        .contains("\"waitSeconds\": must be greater than or equal to 0");
  }
}
