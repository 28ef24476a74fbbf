package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.Granularity;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "trimestrielle, TRIMESTRIELLE",
    "Trimestriel, TRIMESTRIELLE",
    "TRIMESTRIELLES, TRIMESTRIELLE",
    "trimestre, TRIMESTRIELLE",
    "quarterly, TRIMESTRIELLE",
    "' annuel ', ANNUELLE",
    "Annuelles, ANNUELLE",
    "année, ANNUELLE",
    "mensuelle, MENSUELLE",
    "Mensuel, MENSUELLE",
    "semestrielle, SEMESTRIELLE",
    "SEMESTRIEL, SEMESTRIELLE",
    "Journalière, QUOTIDIENNE",
    "quotidien, QUOTIDIENNE",
    "hebdomadaire, HEBDOMADAIRE",
    "bimestrielle, BIMESTRIELLE",
    "biennale, BIENNALE",
    "pluriannuelle, PLURIANNUELLE",
    "en continu, CONTINUE",
    "Temps réel, CONTINUE",
    "ponctuelle, PONCTUELLE",
    "PONCTUELLE, PONCTUELLE",
  })
  void openDataLabelsAreReadTolerantly(String label, Frequency expected) {
    assertThat(Frequency.parse(label)).isEqualTo(expected);
    assertThat(Frequency.fromLabel(label)).contains(expected);
  }

  @Test
  void everyLabelAndCodeReadsBack() {
    for (Frequency f : Frequency.values()) {
      assertThat(Frequency.parse(f.label())).isEqualTo(f);
      assertThat(Frequency.parse(f.name())).isEqualTo(f);
      assertThat(f.label()).isLowerCase();
    }
  }

  @Test
  void ambiguousOrUnknownLabelsAreNotGuessed() {
    assertThat(Frequency.fromLabel("bimensuelle")).isEmpty();
    assertThat(Frequency.fromLabel("bisannuelle")).isEmpty();
    assertThat(Frequency.fromLabel("")).isEmpty();
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Frequency.parse("souvent"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Fréquence inconnue ; libellés acceptés : quotidienne, hebdomadaire, mensuelle,"
                + " bimestrielle, trimestrielle, semestrielle, annuelle, biennale, pluriannuelle,"
                + " continue, ponctuelle.");
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Unknown frequency; accepted labels: ");
  }

  @Test
  void lengthsAndGranularities() {
    assertThat(Frequency.TRIMESTRIELLE.length()).contains(Period.ofMonths(3));
    assertThat(Frequency.TRIMESTRIELLE.granularity()).contains(Granularity.QUARTER);
    assertThat(Frequency.SEMESTRIELLE.length()).contains(Period.ofMonths(6));
    assertThat(Frequency.SEMESTRIELLE.granularity()).isEmpty();
    assertThat(Frequency.HEBDOMADAIRE.granularity()).contains(Granularity.ISO_WEEK);
    assertThat(Frequency.PONCTUELLE.length()).isEmpty();
    assertThat(Frequency.CONTINUE.granularity()).isEmpty();
  }
}
