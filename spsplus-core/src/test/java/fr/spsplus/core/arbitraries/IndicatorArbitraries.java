package fr.spsplus.core.arbitraries;

import fr.spsplus.core.indicator.Comparison;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.DefinitionSource;
import fr.spsplus.core.indicator.Frequency;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorDefinition;
import fr.spsplus.core.indicator.IndicatorFamily;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.IndicatorTarget;
import fr.spsplus.core.indicator.IndicatorUnit;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.indicator.Polarity;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.indicator.SourceKind;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.indicator}. */
public final class IndicatorArbitraries {

  private IndicatorArbitraries() {}

  /**
   * Every indicator code.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IndicatorCode> codes() {
    return Arbitraries.of(IndicatorCode.class);
  }

  /**
   * Indicator identifiers: spsplus codes, open-data codes {@code IND-<n>}, and other valid ones.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IndicatorId> ids() {
    Arbitrary<IndicatorId> openData =
        Arbitraries.integers().between(1, 999).map(n -> new IndicatorId("IND-" + n));
    Arbitrary<IndicatorId> other =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('.', '_', '-')
            .ofMinLength(1)
            .ofMaxLength(64)
            .map(IndicatorId::new);
    return Arbitraries.frequencyOf(
        Tuple.of(3, codes().map(IndicatorCode::id)), Tuple.of(3, openData), Tuple.of(1, other));
  }

  /**
   * Every frequency.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Frequency> frequencies() {
    return Arbitraries.of(Frequency.class);
  }

  /**
   * Definition sources: official (with a URL) and proposed defaults (with or without one).
   *
   * @return the arbitrary
   */
  public static Arbitrary<DefinitionSource> sources() {
    Arbitrary<String> notes = texts(300);
    Arbitrary<String> urls =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(1)
            .ofMaxLength(12)
            .map(path -> "https://www.plus.transformation.gouv.fr/" + path);
    return Arbitraries.oneOf(
        Combinators.combine(urls, notes).as(DefinitionSource::official),
        notes.map(DefinitionSource::proposedDefault),
        Combinators.combine(urls, notes).as(DefinitionSource::proposedDefault));
  }

  /**
   * Targets whose threshold lies within their unit.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IndicatorTarget> targets() {
    return Arbitraries.of(IndicatorUnit.class)
        .flatMap(
            unit ->
                Combinators.combine(
                        Arbitraries.of(Comparison.class),
                        Arbitraries.doubles().between(unit.min(), Math.min(unit.max(), 1e6)),
                        sources())
                    .as(
                        (comparison, threshold, source) ->
                            new IndicatorTarget(comparison, threshold, unit, source)));
  }

  /**
   * Indicator definitions.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IndicatorDefinition> definitions() {
    return Builders.withBuilder(DefinitionBuilder::new)
        .use(codes())
        .inSetter((b, v) -> b.code = v)
        .use(texts(200))
        .inSetter((b, v) -> b.french = v)
        .use(texts(200))
        .inSetter((b, v) -> b.english = v)
        .use(Arbitraries.of(IndicatorFamily.class))
        .inSetter((b, v) -> b.family = v)
        .use(Arbitraries.of(IndicatorUnit.class))
        .inSetter((b, v) -> b.unit = v)
        .use(Arbitraries.of(Polarity.class))
        .inSetter((b, v) -> b.polarity = v)
        .use(Arbitraries.integers().between(1, 8).injectNull(0.3))
        .inSetter((b, v) -> b.engagement = v)
        .use(sources())
        .inSetter((b, v) -> b.source = v)
        .use(targets().injectNull(0.5))
        .inSetter((b, v) -> b.target = v)
        .build(DefinitionBuilder::build);
  }

  /**
   * Confidence intervals, with any method, a level in (0.5, 0.999) and ordered bounds in [0, 100].
   *
   * @return the arbitrary
   */
  public static Arbitrary<ConfidenceInterval> intervals() {
    return Combinators.combine(
            Arbitraries.of(IntervalMethod.class),
            Arbitraries.doubles().between(0.5, 0.999).ofScale(3),
            Arbitraries.doubles().between(0, 100),
            Arbitraries.doubles().between(0, 100))
        .as(
            (method, level, a, b) ->
                new ConfidenceInterval(method, level, Math.min(a, b), Math.max(a, b)));
  }

  /**
   * Indicator results, withheld or not, with every optional component sometimes absent.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IndicatorResult> results() {
    Arbitrary<IndicatorResult> shown =
        Builders.withBuilder(ResultBuilder::new)
            .use(StructureArbitraries.codes())
            .inSetter((b, v) -> b.structure = v)
            .use(ids())
            .inSetter((b, v) -> b.indicator = v)
            .use(PeriodArbitraries.periods())
            .inSetter((b, v) -> b.period = v)
            .use(Arbitraries.doubles().between(-1000, 1e6))
            .inSetter((b, v) -> b.value = v)
            .use(intervals().injectNull(0.3))
            .inSetter((b, v) -> b.interval = v)
            .use(Arbitraries.longs().between(0, 10_000_000).injectNull(0.2))
            .inSetter((b, v) -> b.n = v)
            .use(Arbitraries.of(PublicationStatus.INDICATIVE, PublicationStatus.PUBLISHABLE))
            .inSetter((b, v) -> b.status = v)
            .use(frequencies().injectNull(0.3))
            .inSetter((b, v) -> b.frequency = v)
            .use(PeriodArbitraries.days().injectNull(0.3))
            .inSetter((b, v) -> b.updatedOn = v)
            .use(Arbitraries.doubles().between(0, 100).injectNull(0.5))
            .inSetter((b, v) -> b.target = v)
            .build(ResultBuilder::build);
    Arbitrary<IndicatorResult> withheld =
        Combinators.combine(
                StructureArbitraries.codes(),
                ids(),
                PeriodArbitraries.periods(),
                Arbitraries.longs().between(0, 29))
            .as(IndicatorResult::withheld);
    return Arbitraries.frequencyOf(Tuple.of(4, shown), Tuple.of(1, withheld));
  }

  /**
   * Open-data records as spsplus reads them: no {@code n}, no interval, the status given by the
   * presence of the value, and the period that {@link OpenDataResult#periodOf} derives from the
   * start date and the frequency.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OpenDataResult> openDataResults() {
    Arbitrary<LocalDate> starts =
        Arbitraries.frequencyOf(
            Tuple.of(2, PeriodArbitraries.days()),
            Tuple.of(1, PeriodArbitraries.days().map(d -> d.withDayOfMonth(1))));
    Arbitrary<IndicatorResult> results =
        Builders.withBuilder(ResultBuilder::new)
            .use(StructureArbitraries.codes())
            .inSetter((b, v) -> b.structure = v)
            .use(ids())
            .inSetter((b, v) -> b.indicator = v)
            .use(starts)
            .inSetter((b, v) -> b.start = v)
            .use(frequencies().injectNull(0.2))
            .inSetter((b, v) -> b.frequency = v)
            .use(
                Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 100).map(Integer::doubleValue),
                        Arbitraries.doubles().between(0, 100).ofScale(2))
                    .injectNull(0.2))
            .inSetter((b, v) -> b.value = v)
            .use(PeriodArbitraries.days().injectNull(0.2))
            .inSetter((b, v) -> b.updatedOn = v)
            .use(Arbitraries.integers().between(0, 100).map(Integer::doubleValue).injectNull(0.7))
            .inSetter((b, v) -> b.target = v)
            .build(ResultBuilder::buildOpenData);
    Arbitrary<Double> shares = Arbitraries.doubles().between(0, 100).ofScale(1).injectNull(0.6);
    return Builders.withBuilder(OpenDataBuilder::new)
        .use(results)
        .inSetter((b, v) -> b.result = v)
        .use(texts(40).injectNull(0.3))
        .inSetter((b, v) -> b.resultCode = v)
        .use(texts(80).injectNull(0.3))
        .inSetter((b, v) -> b.network = v)
        .use(texts(80).injectNull(0.3))
        .inSetter((b, v) -> b.typology = v)
        .use(texts(80).injectNull(0.3))
        .inSetter((b, v) -> b.structureName = v)
        .use(texts(200).injectNull(0.3))
        .inSetter((b, v) -> b.indicatorTitle = v)
        .use(Arbitraries.integers().between(0, 400).injectNull(0.3))
        .inSetter((b, v) -> b.evaluationDuration = v)
        .use(Arbitraries.of(true, false).injectNull(0.2))
        .inSetter((b, v) -> b.labelAsWritten = v)
        .use(shares)
        .inSetter((b, v) -> b.satisfied = v)
        .use(shares)
        .inSetter((b, v) -> b.dissatisfied = v)
        .use(shares)
        .inSetter((b, v) -> b.noOpinion = v)
        .use(Arbitraries.of(true, false).injectNull(0.2))
        .inSetter((b, v) -> b.active = v)
        .build(OpenDataBuilder::build);
  }

  /**
   * Texts of 1 to {@code max} characters that are not blank (letters, accents, digits, spaces,
   * punctuation).
   *
   * @param max the maximum length
   * @return the arbitrary
   */
  static Arbitrary<String> texts(int max) {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars(' ', 'é', 'è', 'à', 'ç', '’', '\'', '-', ',', '.', '(', ')', '%', '÷')
        .ofMinLength(1)
        .ofMaxLength(max)
        .filter(s -> !s.isBlank())
        .map(String::strip);
  }

  private static final class DefinitionBuilder {
    IndicatorCode code;
    String french;
    String english;
    IndicatorFamily family;
    IndicatorUnit unit;
    Polarity polarity;
    Integer engagement;
    DefinitionSource source;
    IndicatorTarget target;

    IndicatorDefinition build() {
      return new IndicatorDefinition(
          code, french, english, family, unit, polarity, engagement, source, target);
    }
  }

  private static final class ResultBuilder {
    fr.spsplus.core.structure.StructureCode structure;
    IndicatorId indicator;
    fr.spsplus.core.period.ReportingPeriod period;
    LocalDate start;
    Double value;
    ConfidenceInterval interval;
    Long n;
    PublicationStatus status;
    Frequency frequency;
    LocalDate updatedOn;
    Double target;

    IndicatorResult build() {
      return IndicatorResult.builder(structure, indicator, period)
          .value(value)
          .interval(interval)
          .n(n)
          .status(status)
          .frequency(frequency)
          .updatedOn(updatedOn)
          .target(target)
          .build();
    }

    IndicatorResult buildOpenData() {
      return IndicatorResult.builder(
              structure, indicator, OpenDataResult.periodOf(start, frequency))
          .value(value)
          .status(
              value == null ? PublicationStatus.INSUFFICIENT_SAMPLE : PublicationStatus.PUBLISHABLE)
          .frequency(frequency)
          .updatedOn(updatedOn)
          .target(target)
          .build();
    }
  }

  private static final class OpenDataBuilder {
    IndicatorResult result;
    String resultCode;
    String network;
    String typology;
    String structureName;
    String indicatorTitle;
    Integer evaluationDuration;
    Boolean labelAsWritten;
    Double satisfied;
    Double dissatisfied;
    Double noOpinion;
    Boolean active;

    OpenDataResult build() {
      Frequency frequency = result.frequency();
      String label = null;
      if (frequency != null && labelAsWritten != null) {
        label = labelAsWritten ? frequency.label() : frequency.name();
      }
      return new OpenDataResult(
          result,
          resultCode,
          network,
          typology,
          structureName,
          indicatorTitle,
          evaluationDuration,
          label,
          satisfied,
          dissatisfied,
          noOpinion,
          active);
    }
  }

  /**
   * A source kind, for tests that need one.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SourceKind> sourceKinds() {
    return Arbitraries.of(SourceKind.class);
  }
}
