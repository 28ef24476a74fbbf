package fr.spsplus.examples.cli.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The poster's words, its accessibility, and the checks of its input. */
class PosterSvgTest {

  private static final StructureCode STRUCTURE = StructureCode.of("SYNTH00001");
  private static final ReportingPeriod Q1 = ReportingPeriod.ofQuarter(2026, 1);

  private static IndicatorResult result(IndicatorCode code, Double value, long n) {
    IndicatorResult.Builder builder =
        IndicatorResult.builder(STRUCTURE, code.id(), Q1)
            .n(n)
            .status(
                value == null
                    ? PublicationStatus.INSUFFICIENT_SAMPLE
                    : PublicationStatus.PUBLISHABLE);
    if (value != null) {
      builder
          .value(value)
          .interval(new ConfidenceInterval(IntervalMethod.WILSON, 0.95, value - 1, value + 1));
    }
    return builder.build();
  }

  private static PosterResults poster(IndicatorResult... results) {
    return new PosterResults(STRUCTURE, "Accueil <fictif> & co", Q1, List.of(results), null);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theDocumentIsWellFormedAnAccessibleImageInFrench() throws Exception {
    String svg = PosterSvg.render(poster(result(IndicatorCode.TAUX_DECROCHE_AGENT, 86.4, 4120)));
    Document document = parse(svg);
    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("poster-title poster-desc");
    assertThat(root.getAttribute("lang")).isEqualTo("fr");
    assertThat(document.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Résultats de qualité de service – Accueil <fictif> & co – 1er trimestre 2026");
    assertThat(document.getElementsByTagName("desc").item(0).getTextContent())
        .isEqualTo(
            "Affiche des résultats de qualité de service de Accueil <fictif> & co (code SP+"
                + " SYNTH00001), 1er trimestre 2026, du 1er janvier au 31 mars 2026, au titre de"
                + " l’engagement 6 du programme Services Publics+. Taux de décroché des appels"
                + " téléphoniques par un agent : 86,4\u00A0% ; Objectif atteint (≥\u00A085\u00A0%) ;"
                + " Intervalle de confiance à 95\u00A0% : 85,4\u00A0% à 87,4\u00A0% ; Mesuré sur"
                + " 4\u202F120 appels.");
  }

  @Test
  void aMissedTargetIsSaidInWordsAndWithACrossNotByColourAlone() {
    PosterSvg drawer = render();
    PosterSvg.Card missed = drawer.card(result(IndicatorCode.TAUX_DECROCHE_AGENT, 81.7, 4120));
    assertThat(missed.judgement()).isEqualTo(PosterSvg.Judgement.MISSED);
    assertThat(missed.target()).isEqualTo("Objectif non atteint (≥\u00A085\u00A0%)");
    String svg = PosterSvg.render(poster(result(IndicatorCode.TAUX_DECROCHE_AGENT, 81.7, 4120)));
    assertThat(svg)
        .contains(">Objectif non atteint (≥\u00A085\u00A0%)</text>")
        .contains("l10 10 M") // the cross of the icon
        .contains(">Objectif atteint</text>") // the legend
        .contains(">Objectif non atteint</text>");
  }

  @Test
  void aStructuresOwnTargetFollowsThePolarity() {
    IndicatorResult abandon =
        IndicatorResult.builder(STRUCTURE, IndicatorCode.TAUX_ABANDON.id(), Q1)
            .value(7.5)
            .n(900L)
            .status(PublicationStatus.PUBLISHABLE)
            .target(10.0)
            .build();
    PosterSvg.Card card = render().card(abandon);
    assertThat(card.judgement()).isEqualTo(PosterSvg.Judgement.REACHED);
    assertThat(card.target()).isEqualTo("Objectif atteint (≤\u00A010\u00A0%)");
    assertThat(card.dashboardNumber()).isNull();
    assertThat(card.interval()).isNull();
  }

  @Test
  void aWithheldValueIsNotPublishedAndNotJudged() {
    PosterSvg.Card card = render().card(result(IndicatorCode.TAUX_DECROCHE_AGENT, null, 12));
    assertThat(card.value()).isEqualTo(PosterSvg.WITHHELD);
    assertThat(card.judgement()).isEqualTo(PosterSvg.Judgement.NONE);
    assertThat(card.target()).isEqualTo("Objectif national : ≥\u00A085\u00A0%");
    assertThat(card.note()).isEqualTo("Non publié : trop peu d’observations pour être fiable");
    assertThat(card.observations()).isEqualTo("Mesuré sur 12 appels");
    assertThat(card.gauge()).isNull();
  }

  @Test
  void onlineQualityShowsItsPerProcedureBenchmarkWithoutJudgingTheShare() {
    PosterSvg.Card card = render().card(result(IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE, 75.0, 8));
    assertThat(card.judgement()).isEqualTo(PosterSvg.Judgement.NONE);
    assertThat(card.target())
        .isEqualTo("Repère : une démarche est de qualité si sa note est ≥\u00A08/10");
    assertThat(card.observations()).isEqualTo("Mesuré sur 8 démarches évaluées");
    assertThat(card.dashboardNumber()).isEqualTo(9);
  }

  @Test
  void waitsAreInSecondsWithoutGauge() {
    PosterSvg.Card card = render().card(result(IndicatorCode.ATTENTE_MOYENNE, 42.5, 300));
    assertThat(card.value()).isEqualTo("42,5\u00A0s");
    assertThat(card.gauge()).isNull();
    assertThat(card.target()).isEqualTo("Pas d’objectif national publié");
  }

  @Test
  void anOpenDataIndicatorShowsItsIdAndExpectedValue() {
    IndicatorResult openData =
        IndicatorResult.builder(STRUCTURE, IndicatorId.parse("IND-27"), Q1)
            .value(77.0)
            .status(PublicationStatus.PUBLISHABLE)
            .target(80.0)
            .updatedOn(LocalDate.of(2026, 4, 2))
            .build();
    PosterSvg.Card card =
        PosterSvg.drawer(fr.spsplus.core.indicator.IndicatorCatalogue.bundled(), 0).card(openData);
    assertThat(card.name()).isEqualTo("IND-27");
    assertThat(card.value()).isEqualTo("77");
    assertThat(card.target()).isEqualTo("Valeur attendue : 80");
    assertThat(card.observations()).isEqualTo("Nombre d’observations non communiqué");
    assertThat(poster(openData).shownDate()).isEqualTo(LocalDate.of(2026, 4, 2));
  }

  @Test
  void everyTextColourReachesContrastAaOnWhiteAndWhiteOnBlue() {
    for (String colour :
        List.of(
            PosterSvg.TEXT,
            PosterSvg.TEXT_SECONDARY,
            PosterSvg.TEXT_MUTED,
            PosterSvg.SUCCESS,
            PosterSvg.RED,
            PosterSvg.BLUE)) {
      assertThat(contrast(colour, "#FFFFFF")).as(colour).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(contrast(PosterSvg.BLUE, "#FFFFFF")).isGreaterThan(14.9).isLessThan(15.0);
    assertThat(contrast(PosterSvg.RED, "#FFFFFF")).isGreaterThan(4.98).isLessThan(5.0);
  }

  /** WCAG 2.1 contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] channels = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  @Test
  void textsAreEscapedAndLinesWrapped() {
    String svg = PosterSvg.render(poster(result(IndicatorCode.EFFORT, 68.0, 390)));
    assertThat(svg).contains("Accueil &lt;fictif&gt; &amp; co").doesNotContain("<fictif>");
    assertThat(PosterSvg.wrap("un deux trois quatre", 9))
        .containsExactly("un deux", "trois", "quatre");
    assertThat(PosterSvg.wrap("anticonstitutionnellement", 5))
        .containsExactly("anticonstitutionnellement");
  }

  @Test
  void thePosterChecksItsResults() {
    IndicatorResult other =
        IndicatorResult.builder(StructureCode.of("OTHER"), IndicatorCode.EFFORT.id(), Q1)
            .value(1.0)
            .status(PublicationStatus.PUBLISHABLE)
            .build();
    assertThatThrownBy(() -> poster(result(IndicatorCode.EFFORT, 1.0, 40), other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "« results[1].structure » : le résultat porte sur une autre structure que celle de"
                + " l’affiche (« structure »).");
    assertThatThrownBy(
            () ->
                poster(
                    result(IndicatorCode.EFFORT, 1.0, 40), result(IndicatorCode.EFFORT, 2.0, 40)))
        .hasMessage("« results[1].indicator » : l’indicateur EFFORT apparaît deux fois.");
    assertThatThrownBy(() -> poster())
        .hasMessage("« results » : 1 à 16 résultats attendus (reçu : 0).");
    assertThatThrownBy(
            () ->
                new PosterResults(
                    STRUCTURE, " ", Q1, List.of(result(IndicatorCode.EFFORT, 1.0, 40)), null))
        .hasMessage("« structureName » : nom de 1 à 200 caractères attendu.");
    IndicatorResult monthly =
        IndicatorResult.builder(
                STRUCTURE, IndicatorCode.EFFORT.id(), ReportingPeriod.ofMonth(2026, 1))
            .value(1.0)
            .status(PublicationStatus.PUBLISHABLE)
            .build();
    assertThatThrownBy(() -> poster(monthly))
        .hasMessage(
            "« results[0].period » : le résultat porte sur une autre période que celle de"
                + " l’affiche (« period »).");
  }

  @Test
  void periodsAreWrittenInFrench() {
    assertThat(FrenchDates.period(ReportingPeriod.ofMonth(2026, 3))).isEqualTo("mars 2026");
    assertThat(FrenchDates.period(ReportingPeriod.ofQuarter(2026, 2)))
        .isEqualTo("2e trimestre 2026");
    assertThat(FrenchDates.period(ReportingPeriod.ofYear(2026))).isEqualTo("année 2026");
    assertThat(FrenchDates.period(ReportingPeriod.ofIsoWeek(2026, 10)))
        .isEqualTo("semaine 10 de 2026");
    assertThat(FrenchDates.period(ReportingPeriod.ofDay(LocalDate.of(2026, 3, 1))))
        .isEqualTo("1er mars 2026");
    assertThat(FrenchDates.period(ReportingPeriod.parse("R12-2026-03")))
        .isEqualTo("12 mois glissants d’avril 2025 à mars 2026");
    assertThat(FrenchDates.period(ReportingPeriod.parse("2026-03-02/2026-04-15")))
        .isEqualTo("du 2 mars 2026 au 15 avril 2026");
    assertThat(FrenchDates.range(ReportingPeriod.ofIsoWeek(2026, 1)))
        .isEqualTo("du 29 décembre 2025 au 4 janvier 2026");
    assertThat(FrenchDates.range(ReportingPeriod.ofDay(LocalDate.of(2026, 3, 2))))
        .isEqualTo("2 mars 2026");
  }

  private static PosterSvg render() {
    return PosterSvg.drawer(fr.spsplus.core.indicator.IndicatorCatalogue.bundled(), 1);
  }
}
