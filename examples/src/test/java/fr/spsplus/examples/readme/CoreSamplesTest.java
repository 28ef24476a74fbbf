package fr.spsplus.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.privacy.GuardedText;
import fr.spsplus.core.privacy.PersonalDataGuard;
import fr.spsplus.core.privacy.PersonalDataPolicy;
import fr.spsplus.core.structure.DirectorySummary;
import fr.spsplus.core.structure.StructureDirectory;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's spsplus-core samples, run. */
class CoreSamplesTest {

  private static final Path EXPORT =
      Path.of("src/main/resources/fr/spsplus/examples/cli/samples/structures-sample.csv");

  @Test
  void readsTheOpenDataDirectoryAndGuardsFreeText() {
    Path exportCsv = EXPORT;
    // tag::core[]
    // The real open-data export of structures: « ; », byte-order mark, French headers.
    StructureDirectory directory = StructureDirectory.read(exportCsv);
    DirectorySummary summary = directory.summary(); // structures, networks, roots, orphans…

    // Personal data never leaves a ministry's website: block, redact or warn.
    GuardedText safe =
        PersonalDataGuard.of(PersonalDataPolicy.REDACT)
            .apply("text", "Rappelez-moi au 06 12 34 56 78, merci.");
    // safe.text() is "Rappelez-moi au [TÉLÉPHONE], merci."
    // end::core[]
    assertThat(summary.structures()).isPositive();
    assertThat(safe.text()).isEqualTo("Rappelez-moi au [TÉLÉPHONE], merci.");
    assertThatThrownBy(
            () ->
                PersonalDataGuard.of(PersonalDataPolicy.BLOCK)
                    .apply("text", "Mon courriel : prenom.nom@example.org"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .doesNotContain("prenom.nom"));
  }
}
