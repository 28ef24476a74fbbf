package fr.spsplus.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.testing.BundleParity;
import fr.spsplus.indicators.stats.BinomialInterval;
import fr.spsplus.indicators.stats.SampleMoments;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimationTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  @Test
  void publishableProportionCarriesValueIntervalCountsAndParameters() {
    Measurement m =
        Estimation.defaults()
            .proportion(
                IndicatorCode.TAUX_DECROCHE_AGENT,
                SITE,
                MARCH,
                85,
                100,
                Map.of("OUT_OF_HOURS", 7L),
                Map.of("short_abandon_seconds", "5"));
    assertThat(m.value()).isEqualTo(0.85);
    assertThat(m.numerator()).isEqualTo(85);
    assertThat(m.denominator()).isEqualTo(100);
    assertThat(m.n()).isEqualTo(100);
    assertThat(m.status()).isEqualTo(PublicationStatus.PUBLISHABLE);
    assertThat(m.interval().method()).isEqualTo(IntervalMethod.WILSON);
    assertThat(m.interval().low()).isCloseTo(0.767, within(5e-4));
    assertThat(m.interval().high()).isCloseTo(0.907, within(5e-4));
    assertThat(m.excluded()).containsExactly(Map.entry("OUT_OF_HOURS", 7L));
    assertThat(m.parameters())
        .containsEntry("short_abandon_seconds", "5")
        .containsEntry("interval_method", "WILSON")
        .containsEntry("min_publishable", "100");
  }

  @Test
  void smallSamplesWithholdValueAndIntervalButKeepCounts() {
    Measurement m =
        Estimation.defaults()
            .proportion(IndicatorCode.TAUX_ABANDON, SITE, MARCH, 3, 29, Map.of(), Map.of());
    assertThat(m.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(m.value()).isNull();
    assertThat(m.interval()).isNull();
    assertThat(m.numerator()).isEqualTo(3);
    assertThat(m.denominator()).isEqualTo(29);
    Measurement indicative =
        Estimation.defaults()
            .proportion(IndicatorCode.TAUX_ABANDON, SITE, MARCH, 3, 30, Map.of(), Map.of());
    assertThat(indicative.status()).isEqualTo(PublicationStatus.INDICATIVE);
    assertThat(indicative.value()).isEqualTo(0.1);
  }

  @Test
  void zeroDenominatorIsUndefinedNotZero() {
    Measurement m =
        Estimation.defaults()
            .withPublication(fr.spsplus.indicators.stats.PublicationPolicy.of(1, 1))
            .proportion(IndicatorCode.RESPECT_DELAI, SITE, MARCH, 0, 0, Map.of(), Map.of());
    assertThat(m.value()).isNull();
    assertThat(m.denominator()).isZero();
    assertThat(m.interval()).isNull();
  }

  @Test
  void otherIntervalMethodsAreRecordedInTheParameters() {
    Measurement m =
        Estimation.defaults()
            .withProportions(BinomialInterval.of(IntervalMethod.CLOPPER_PEARSON, 0.9))
            .proportion(
                IndicatorCode.SATISFACTION_GLOBALE, SITE, MARCH, 25, 30, Map.of(), Map.of());
    assertThat(m.interval().method()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
    assertThat(m.parameters()).containsEntry("confidence", "0.9");
  }

  @Test
  void publishedFormUsesPercentagesForRatesAndSecondsForWaits() {
    Measurement rate =
        Estimation.defaults()
            .proportion(
                IndicatorCode.TAUX_DECROCHE_AGENT, SITE, MARCH, 85, 100, Map.of(), Map.of());
    IndicatorResult published = rate.toIndicatorResult(LocalDate.of(2026, 4, 2));
    assertThat(published.value()).isCloseTo(85.0, within(1e-9));
    assertThat(published.interval().low()).isCloseTo(76.7, within(0.05));
    assertThat(published.n()).isEqualTo(100L);
    Measurement wait =
        Estimation.defaults()
            .mean(
                IndicatorCode.ATTENTE_MOYENNE,
                SITE,
                MARCH,
                SampleMoments.fromSums(100, 4_200, 300_000),
                Map.of(),
                Map.of());
    assertThat(wait.value()).isEqualTo(42.0);
    assertThat(wait.numerator()).isEqualTo(4_200.0);
    assertThat(wait.toIndicatorResult(LocalDate.of(2026, 4, 2)).value()).isEqualTo(42.0);
  }

  @Test
  void anAggregateMustBePublishedUnderAStructure() {
    Measurement national =
        Estimation.defaults()
            .proportion(
                IndicatorCode.TAUX_DECROCHE_AGENT, null, MARCH, 85, 100, Map.of(), Map.of());
    assertThatThrownBy(() -> national.toIndicatorResult(LocalDate.of(2026, 4, 2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("forStructure");
    assertThat(national.forStructure(SITE).toIndicatorResult(LocalDate.of(2026, 4, 2)).structure())
        .isEqualTo(SITE);
  }

  @Test
  void aWithheldStatusCannotCarryAValue() {
    assertThatThrownBy(
            () ->
                new Measurement(
                    IndicatorCode.EFFORT,
                    SITE,
                    MARCH,
                    0.5,
                    1,
                    2,
                    2,
                    PublicationStatus.INSUFFICIENT_SAMPLE,
                    null,
                    Map.of(),
                    Map.of()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void rootBundleHasItsEnglishTwin() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources"))).isGreaterThan(0);
  }

  @Test
  void anEffectiveSizeThatIsAnIntegerIsNotLoweredByRounding() {
    fr.spsplus.indicators.stats.WeightedProportion three =
        fr.spsplus.indicators.stats.WeightedProportion.empty()
            .plus(0.1, true)
            .plus(0.1, false)
            .plus(0.1, true);
    Measurement m =
        Estimation.defaults()
            .withPublication(fr.spsplus.indicators.stats.PublicationPolicy.of(3, 3))
            .weightedProportion(IndicatorCode.EFFORT, SITE, MARCH, three, Map.of(), Map.of());
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.status()).isEqualTo(PublicationStatus.PUBLISHABLE);
  }
}
