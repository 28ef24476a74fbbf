package fr.spsplus.client.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordQueryTest {

  @Test
  void eachMethodReturnsAChangedCopy() {
    RecordQuery base = RecordQuery.of("export-resultats");
    RecordQuery changed =
        base.where("valeur > 50")
            .select("valeur")
            .orderBy("valeur desc")
            .refine("actif", "Oui")
            .exclude("frequence", "annuelle")
            .lang(Locale.FRENCH)
            .timezone(ZoneId.of("Europe/Paris"))
            .limit(20);
    assertThat(base).isEqualTo(RecordQuery.of("export-resultats"));
    assertThat(changed.where()).isEqualTo("valeur > 50");
    assertThat(changed.refines()).containsExactly(new FacetValue("actif", "Oui"));
    assertThat(changed.excludes())
        .extracting(FacetValue::parameter)
        .containsExactly("frequence:annuelle");
    assertThat(changed.lang()).isEqualTo("fr");
    assertThat(changed.limit()).isEqualTo(20L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "..", "a/b", "export résultats", "x?y"})
  void datasetIdsMustBeSlugs(String id) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> RecordQuery.of(id));
    assertThat(e.key()).isEqualTo("query.dataset");
  }

  @Test
  void languagesAreThoseOfTheApi() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> RecordQuery.of("d").lang(Locale.JAPANESE));
    assertThat(e.getMessage())
        .isEqualTo(
            "« lang » : langue non prise en charge par l’API Explore v2.1 (langues acceptées : ar,"
                + " ca, de, en, es, eu, fr, it, nl, pt, sv).");
  }

  @Test
  void clausesMustNotBeBlankAndLimitsNotNegative() {
    assertThatThrownBy(() -> RecordQuery.of("d").where(" "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RecordQuery.of("d").limit(-1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RecordQuery.of("d").refine(" ", "x"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void datasetIdsDefaultsAndReplacement() {
    DatasetIds ids = DatasetIds.defaults();
    assertThat(ids.id(Dataset.STRUCTURES)).isEqualTo("export-structures");
    assertThat(ids.id(Dataset.RESULTS)).isEqualTo("export-resultats");
    assertThat(ids.id(Dataset.EXPERIENCES)).isEqualTo("export-expa-c-riences");
    DatasetIds renamed = ids.with(Dataset.EXPERIENCES, "export-experiences");
    assertThat(renamed.experiences()).isEqualTo("export-experiences");
    assertThat(renamed.results()).isEqualTo("export-resultats");
    assertThatThrownBy(() -> ids.with(Dataset.RESULTS, "../etc"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void toStringShowsWhichClausesAreSetNeverTheirTextNorTheFacetValues() {
    // Found by NoLeakInLogsTest (testkit): the record's default toString showed the where clause,
    // so a logged query showed what a user searched for, an e-mail address for instance.
    RecordQuery query =
        RecordQuery.of("export-experiences")
            .where("description like 'lea.planted@example.com'")
            .orderBy("ecrit_le desc")
            .refine("ville", "Laval")
            .limit(10);

    assertThat(query)
        .hasToString(
            "RecordQuery[export-experiences, where=…, orderBy=…, refine=[ville], limit=10]");
    assertThat(RecordQuery.of("export-structures")).hasToString("RecordQuery[export-structures]");
  }
}
