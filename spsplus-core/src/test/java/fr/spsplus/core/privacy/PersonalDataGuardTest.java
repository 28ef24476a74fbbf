package fr.spsplus.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.testing.BundleParity;
import fr.spsplus.core.validation.SpsplusValidation;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonalDataGuardTest {

  private static final String TEXT =
      "Bonjour,\nmerci de me rappeler au 06 12 34 56 78\nou d’écrire à jean@example.com.";

  @Test
  void blockNamesTheFieldTheKindAndThePositionButNeverTheValue() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> PersonalDataGuard.of(PersonalDataPolicy.BLOCK).apply("text", TEXT));
    assertThat(e.key()).isEqualTo("guard.blocked");
    assertThat(e.getMessage())
        .isEqualTo(
            "« text » contient un numéro de téléphone (ligne 2, colonne 25, caractère 34) et une"
                + " autre donnée personnelle : retirez les données personnelles avant l’envoi.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"text\" contains a phone number (line 2, column 25, character 34) and one more"
                + " piece of personal data: remove personal data before sending.");
    assertThat(e.getMessage()).doesNotContain("06 12").doesNotContain("jean@");
    assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("06 12").doesNotContain("jean@");
  }

  @Test
  void blockCountsTheOtherMatches() {
    InvalidInputException one =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                PersonalDataGuard.of(PersonalDataPolicy.BLOCK)
                    .apply("title", "IBAN FR7630006000011234567890189"));
    assertThat(one.getMessage())
        .isEqualTo(
            "« title » contient un IBAN (ligne 1, colonne 6, caractère 6) : retirez les données"
                + " personnelles avant l’envoi.");
    InvalidInputException three =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                PersonalDataGuard.of(PersonalDataPolicy.BLOCK)
                    .apply("text", "a@example.com b@example.com\r\nc@example.com"));
    assertThat(three.getMessage())
        .contains(
            "une adresse électronique (ligne 1, colonne 1, caractère 1) et 2 autres données personnelles");
    assertThat(three.getMessage(Locale.ENGLISH)).contains("and 2 more pieces of personal data");
  }

  @Test
  void theColumnCountsFromTheLastLineBreakWhateverItsKind() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                PersonalDataGuard.of(PersonalDataPolicy.BLOCK)
                    .apply("text", "a\r\nb\rc\nd 0612345678"));
    assertThat(e.getMessage()).contains("(ligne 4, colonne 3, caractère 10)");
  }

  @Test
  void redactReplacesAndWarnKeeps() {
    GuardedText redacted = PersonalDataGuard.of(PersonalDataPolicy.REDACT).apply("text", TEXT);
    assertThat(redacted.text())
        .isEqualTo("Bonjour,\nmerci de me rappeler au [TÉLÉPHONE]\nou d’écrire à [EMAIL].");
    assertThat(redacted.kinds())
        .isEqualTo(EnumSet.of(PersonalDataKind.PHONE, PersonalDataKind.EMAIL));
    assertThat(redacted.clean()).isFalse();

    GuardedText warned = PersonalDataGuard.of(PersonalDataPolicy.WARN).apply("text", TEXT);
    assertThat(warned.text()).isSameAs(TEXT);
    assertThat(warned.matches()).hasSize(2);
    assertThat(warned.toString())
        .isEqualTo("GuardedText[WARN, [PHONE[33,47), EMAIL[62,78)]]")
        .doesNotContain("06");
  }

  @Test
  void cleanTextsPassUnderEveryPolicy() {
    for (PersonalDataPolicy policy : PersonalDataPolicy.values()) {
      GuardedText result =
          PersonalDataGuard.of(policy).apply("text", "Accueil très aimable, merci.");
      assertThat(result.clean()).isTrue();
      assertThat(result.text()).isEqualTo("Accueil très aimable, merci.");
      assertThat(result.policy()).isEqualTo(policy);
    }
  }

  @Test
  void aRestrictedDetectorOnlyGuardsItsKinds() {
    PersonalDataGuard guard =
        PersonalDataGuard.of(
            PersonalDataPolicy.BLOCK, PersonalDataDetector.of(EnumSet.of(PersonalDataKind.IBAN)));
    assertThat(guard.apply("text", TEXT).clean()).isTrue();
  }

  @Test
  void resultsRoundTripThroughJsonAndAreValid() {
    GuardedText warned = PersonalDataGuard.of(PersonalDataPolicy.WARN).apply("text", TEXT);
    String json = SpsplusJson.compact().write(warned);
    assertThat(SpsplusJson.compact().read(json, GuardedText.class)).isEqualTo(warned);
    assertThat(json).contains("{\"kind\":\"PHONE\",\"start\":33,\"end\":47}");
    assertThat(SpsplusValidation.french().validate(warned)).isEmpty();
    InvalidInputException bad =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                SpsplusJson.compact()
                    .read("{\"kind\":\"NIR\",\"start\":-1,\"end\":3}", PersonalDataMatch.class));
    assertThat(bad.getMessage()).contains("« start » ne doit pas être négatif");
  }

  @Test
  void matchOffsetsAreChecked() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new PersonalDataMatch(PersonalDataKind.NIR, 5, 5));
    assertThat(e.getMessage())
        .isEqualTo("Positions invalides : la fin (5) doit suivre le début (5).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Invalid offsets: the end (5) must come after the start (5).");
  }

  @Test
  void thePrivacyBundleHasItsEnglishTwin() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources/fr/spsplus/core/privacy")))
        .isEqualTo(1);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      assertThat(kind.displayName().format(Locale.ENGLISH)).isNotBlank();
      assertThat(kind.displayName().format())
          .isNotEqualTo(kind.displayName().format(Locale.ENGLISH));
    }
  }

  @Test
  void theRedactPolicyLeavesNoPersonalDataEvenWhenARedactionRevealsMore() throws Exception {
    String text = PersonalDataDetectorTest.revealingText();

    GuardedText guarded = PersonalDataGuard.of(PersonalDataPolicy.REDACT).apply("text", text);

    assertThat(PersonalDataDetector.standard().scan(guarded.text())).isEmpty();
    assertThat(guarded.matches()).isEqualTo(PersonalDataDetector.standard().scan(text));
  }
}
