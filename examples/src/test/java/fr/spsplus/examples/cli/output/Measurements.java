package fr.spsplus.examples.cli.output;

import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import java.util.List;
import java.util.Map;

/** Hand-built measurements, as the calculators will return them. */
public final class Measurements {

  private Measurements() {}

  public static final ReportingPeriod MARCH = ReportingPeriod.ofMonth(2026, 3);

  public static Measurement pickup() {
    return new Measurement(
        IndicatorCode.TAUX_DECROCHE_AGENT,
        StructureCode.of("SYNTH00001"),
        MARCH,
        0.853,
        853,
        1000,
        1000,
        PublicationStatus.PUBLISHABLE,
        new ConfidenceInterval(IntervalMethod.WILSON, 0.95, 0.8298, 0.8733),
        Map.of("SHORT_ABANDON", 12L, "OUT_OF_HOURS", 41L),
        Map.of("short_abandon_seconds", "5", "interval_method", "WILSON", "confidence", "0.95"));
  }

  public static Measurement serviceLevel(int threshold, double value) {
    return new Measurement(
        IndicatorCode.NIVEAU_SERVICE,
        StructureCode.of("SYNTH00001"),
        MARCH,
        value,
        Math.round(value * 400),
        400,
        400,
        PublicationStatus.PUBLISHABLE,
        new ConfidenceInterval(IntervalMethod.WILSON, 0.95, value - 0.04, value + 0.035),
        Map.of(),
        Map.of("threshold_seconds", Integer.toString(threshold)));
  }

  public static Measurement meanWait() {
    return new Measurement(
        IndicatorCode.ATTENTE_MOYENNE,
        StructureCode.of("SYNTH00002"),
        MARCH,
        42.25,
        16900,
        400,
        400,
        PublicationStatus.PUBLISHABLE,
        new ConfidenceInterval(IntervalMethod.WILSON, 0.95, 38.5, 46.0),
        Map.of(),
        Map.of());
  }

  public static Measurement withheld() {
    return new Measurement(
        IndicatorCode.SATISFACTION_GLOBALE,
        StructureCode.of("SYNTH00002"),
        MARCH,
        null,
        9,
        12,
        12,
        PublicationStatus.INSUFFICIENT_SAMPLE,
        null,
        Map.of("NSP", 3L),
        Map.of());
  }

  public static Measurement indicativeNational() {
    return new Measurement(
        IndicatorCode.RESPECT_DELAI,
        null,
        ReportingPeriod.ofQuarter(2026, 1),
        0.9,
        45,
        50,
        50,
        PublicationStatus.INDICATIVE,
        new ConfidenceInterval(IntervalMethod.WILSON, 0.95, 0.7864, 0.9565),
        Map.of(),
        Map.of("count_suspensions", "false"));
  }

  public static List<Measurement> all() {
    return List.of(
        withheld(),
        indicativeNational(),
        serviceLevel(20, 0.8),
        pickup(),
        serviceLevel(60, 0.925),
        meanWait());
  }
}
