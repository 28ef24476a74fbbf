package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.bundled();

  @Test
  void theBundledCatalogueDefinesEveryIndicator() {
    assertThat(catalogue.complete()).isTrue();
    assertThat(catalogue.definitions())
        .extracting(IndicatorDefinition::code)
        .containsExactly(IndicatorCode.values());
    assertThat(catalogue).isSameAs(IndicatorCatalogue.bundled());
  }

  @Test
  void theDashboardHasTheFamiliesAndNamesOfTheDitpPage() {
    List<IndicatorDefinition> dashboard = catalogue.dashboard();
    assertThat(dashboard).hasSize(9);
    assertThat(dashboard.subList(0, 5)).allMatch(d -> d.family() == IndicatorFamily.RESSENTI);
    assertThat(dashboard.subList(5, 9)).allMatch(d -> d.family() == IndicatorFamily.PRODUCTION);
    assertThat(dashboard)
        .extracting(IndicatorDefinition::frenchName)
        .containsExactly(
            "Taux de satisfaction globale des usagers",
            "Taux de satisfaction sur les délais de traitement",
            "Taux d’accessibilité du service public",
            "Taux d’effort des usagers (simplicité des démarches)",
            "Taux de qualité de la relation avec les services publics",
            "Taux de décroché des appels téléphoniques par un agent",
            "Taux de satisfaction des usagers suite à un échange téléphonique",
            "Respect du délai de traitement annoncé",
            "Taux de qualité des démarches en ligne");
    assertThat(dashboard.get(5).dashboardNumber()).hasValue(6);
    assertThat(dashboard.get(0).name(Locale.ENGLISH)).isEqualTo("Overall user satisfaction rate");
    assertThat(dashboard.get(0).name(Locale.FRANCE)).isEqualTo(dashboard.get(0).frenchName());
  }

  @Test
  void thePickUpTargetIsTheSourcedEightyFivePercentByAnAgent() {
    IndicatorDefinition pickUp = catalogue.definition(IndicatorCode.TAUX_DECROCHE_AGENT);
    assertThat(pickUp.source().official()).isTrue();
    assertThat(pickUp.source().url())
        .hasToString("https://www.plus.transformation.gouv.fr/engagement/6");
    IndicatorTarget target = pickUp.target();
    assertThat(target).isNotNull();
    assertThat(target.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(target.threshold()).isEqualTo(85.0);
    assertThat(target.unit()).isEqualTo(IndicatorUnit.PERCENT);
    assertThat(target.source().official()).isTrue();
    assertThat(target.source().url().getHost()).isEqualTo("www.modernisation.gouv.fr");
    assertThat(target.metBy(85)).isTrue();
    assertThat(target.metBy(84.99)).isFalse();
  }

  @Test
  void onlineQualityTargetsEightOutOfTenPerProcedure() {
    IndicatorDefinition online = catalogue.definition(IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE);
    assertThat(online.unit()).isEqualTo(IndicatorUnit.PERCENT);
    IndicatorTarget target = online.target();
    assertThat(target).isNotNull();
    assertThat(target.unit()).isEqualTo(IndicatorUnit.SCORE_OUT_OF_10);
    assertThat(target.threshold()).isEqualTo(8.0);
    assertThat(target.metBy(8.0)).isTrue();
    assertThat(target.metBy(7.9)).isFalse();
  }

  @Test
  void proposedDefaultsAreLabelledAndOnlyTwoTargetsExist() {
    assertThat(catalogue.definitions())
        .filteredOn(d -> d.target() != null)
        .extracting(IndicatorDefinition::code)
        .containsExactly(
            IndicatorCode.TAUX_DECROCHE_AGENT, IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE);
    assertThat(catalogue.definitions())
        .filteredOn(d -> d.source().official())
        .extracting(IndicatorDefinition::code)
        .containsExactly(
            IndicatorCode.TAUX_DECROCHE_AGENT,
            IndicatorCode.RESPECT_DELAI,
            IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE);
    assertThat(catalogue.definitions())
        .allMatch(d -> !d.source().official() || d.source().url() != null);
    assertThat(catalogue.definition(IndicatorCode.ATTENTE_P90).unit())
        .isEqualTo(IndicatorUnit.SECONDS);
    assertThat(catalogue.definition(IndicatorCode.TAUX_ABANDON).polarity())
        .isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(catalogue.definition(IndicatorCode.SATISFACTION_GLOBALE).engagement()).isNull();
    assertThat(catalogue.definition(IndicatorCode.RESPECT_DELAI).engagement()).isEqualTo(4);
  }

  @Test
  void lookUpsByIdentifier() {
    assertThat(catalogue.find(IndicatorId.parse("EFFORT")))
        .map(IndicatorDefinition::code)
        .contains(IndicatorCode.EFFORT);
    assertThat(catalogue.find(IndicatorId.parse("IND-27"))).isEmpty();
    IndicatorCatalogue partial =
        IndicatorCatalogue.of(List.of(catalogue.definition(IndicatorCode.EFFORT)));
    assertThat(partial.complete()).isFalse();
    assertThat(partial.dashboard()).hasSize(1);
    InvalidInputException absent =
        catchThrowableOfType(
            InvalidInputException.class, () -> partial.definition(IndicatorCode.TAUX_ABANDON));
    assertThat(absent.getMessage())
        .isEqualTo("Le catalogue ne définit pas l’indicateur TAUX_ABANDON.");
    assertThat(absent.getMessage(Locale.ENGLISH))
        .isEqualTo("The catalogue does not define indicator TAUX_ABANDON.");
  }

  @Test
  void duplicatesAreRejected() {
    IndicatorDefinition effort = catalogue.definition(IndicatorCode.EFFORT);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> IndicatorCatalogue.of(List.of(effort, effort)));
    assertThat(e.getMessage()).isEqualTo("Catalogue d’indicateurs : deux définitions pour EFFORT.");
  }

  private static final String MINIMAL =
      "EFFORT.name.fr=Effort\n"
          + "EFFORT.name.en=Effort\n"
          + "EFFORT.family=RESSENTI\n"
          + "EFFORT.unit=PERCENT\n"
          + "EFFORT.polarity=HIGHER_IS_BETTER\n"
          + "EFFORT.source.kind=PROPOSED_DEFAULT\n"
          + "EFFORT.source.note=Local method.\n";

  private static InvalidInputException loadError(String text) {
    return catchThrowableOfType(
        InvalidInputException.class, () -> IndicatorCatalogue.load(new StringReader(text)));
  }

  @Test
  void aCatalogueCanBeLoadedFromText() {
    IndicatorCatalogue loaded =
        IndicatorCatalogue.load(
            new StringReader(
                MINIMAL
                    + "EFFORT.engagement=5\n"
                    + "EFFORT.target.comparison=AT_LEAST\n"
                    + "EFFORT.target.threshold=70.5\n"
                    + "EFFORT.target.unit=PERCENT\n"
                    + "EFFORT.target.source.kind=PROPOSED_DEFAULT\n"
                    + "EFFORT.target.source.note=Network goal.\n"));
    IndicatorDefinition effort = loaded.definition(IndicatorCode.EFFORT);
    assertThat(effort.engagement()).isEqualTo(5);
    assertThat(effort.source().url()).isNull();
    assertThat(effort.target().threshold()).isEqualTo(70.5);
    assertThat(effort.target().source().kind()).isEqualTo(SourceKind.PROPOSED_DEFAULT);
  }

  @Test
  void loadingErrorsNameTheKey() {
    assertThat(loadError(MINIMAL + "EFFORT.colour=blue\n").getMessage())
        .isEqualTo(
            "Catalogue d’indicateurs : clé inconnue « EFFORT.colour » (attendu : CODE.name.fr,"
                + " CODE.family, CODE.source.kind…).");
    assertThat(
            loadError(MINIMAL.replace("EFFORT.family=RESSENTI\n", "")).getMessage(Locale.ENGLISH))
        .isEqualTo("Indicator catalogue: required key missing or empty: \"EFFORT.family\".");
    assertThat(loadError(MINIMAL + "EFFORT.engagement=2.5\n").getMessage())
        .isEqualTo(
            "Catalogue d’indicateurs : « EFFORT.engagement » : un nombre est attendu (entier pour"
                + " un engagement).");
    assertThat(loadError(MINIMAL + "EFFORT.engagement=9\n").getMessage())
        .isEqualTo(
            "Catalogue d’indicateurs : définition de EFFORT invalide : « engagement » : un numéro"
                + " d’engagement de 1 à 8 est attendu (reçu : 9).");
    assertThat(loadError(MINIMAL.replace("RESSENTI", "PERCEPTION")).getMessage())
        .startsWith("Catalogue d’indicateurs : définition de EFFORT invalide : « EFFORT.family » :")
        .contains("RESSENTI, PRODUCTION");
    assertThat(loadError(MINIMAL + "NOPE.name.fr=x\n").getMessage())
        .startsWith("« NOPE.name.fr » : code inconnu");
    assertThat(loadError(MINIMAL.replace("PROPOSED_DEFAULT", "OFFICIAL")).getMessage())
        .contains("Une source officielle doit donner son adresse");
    assertThat(loadError(MINIMAL + "EFFORT.target.threshold=80\n").getMessage())
        .isEqualTo(
            "Catalogue d’indicateurs : clé obligatoire absente ou vide : « EFFORT.target.comparison ».");
  }
}
