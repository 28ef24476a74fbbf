package fr.spsplus.examples.cli.command;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.examples.cli.input.CallCsvReader;
import fr.spsplus.examples.cli.input.CsvRecordReader;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code spsplus pickup-rate CALLS.csv [--short-abandon 5] [--sl 20,60]}: the telephone indicators
 * of every structure × period, from a file of calls (format {@code calls}, {@link CallCsvReader}).
 *
 * <p>Per structure and period of arrival (in {@code --zone}): {@code TAUX_DECROCHE_AGENT}, {@code
 * TAUX_DECROCHE_GLOBAL}, {@code TAUX_ABANDON}, one {@code NIVEAU_SERVICE} per threshold of {@code
 * --sl} (parameter {@code threshold_seconds}), {@code ATTENTE_MOYENNE}, {@code ATTENTE_P50} and
 * {@code ATTENTE_P90}, computed by {@link CallAccumulator} under {@link CallPolicy#defaults()} with
 * the two settings of the command line (formulas and sources in {@link CallAccumulator}; every
 * setting is a <strong>proposed default</strong> except the definition of the agent pick-up rate,
 * https://www.plus.transformation.gouv.fr/engagement/6).
 *
 * <p>Memory: one {@link CallAccumulator} per structure × period (about 29 KB each, {@link
 * CallPolicy#stateSizeBytes()}), whatever the number of calls.
 */
@Command(name = "pickup-rate", mixinStandardHelpOptions = true, sortOptions = false)
public final class PickupRateCommand extends IndicatorCommand<CallRecord> {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(PickupRateCommand.class, "messages");

  /** The largest threshold the options accept: the wait histogram's cap, in seconds. */
  static final int MAX_SECONDS = CallPolicy.DEFAULT_HISTOGRAM_CAP_SECONDS;

  @Option(
      names = "--short-abandon",
      paramLabel = "SECONDS",
      descriptionKey = "pickup.short-abandon",
      converter = SecondsConverter.class)
  private int shortAbandonSeconds = CallPolicy.DEFAULT_SHORT_ABANDON_SECONDS;

  @Option(
      names = "--sl",
      paramLabel = "SECONDS",
      descriptionKey = "pickup.sl",
      converter = ThresholdsConverter.class)
  private Thresholds serviceLevels =
      new Thresholds(CallPolicy.DEFAULT_SERVICE_LEVEL_THRESHOLDS_SECONDS);

  /** Creates the command (picocli injects its options). */
  public PickupRateCommand() {}

  @Override
  protected CsvRecordReader<CallRecord> reader(@Nullable ZoneId localZone) {
    return new CallCsvReader(localZone);
  }

  /**
   * Returns the policy of the command line: the defaults with {@code --short-abandon} and {@code
   * --sl}.
   *
   * @return the policy
   */
  CallPolicy policy() {
    return CallPolicy.builder()
        .shortAbandonSeconds(shortAbandonSeconds)
        .serviceLevelThresholdsSeconds(serviceLevels.seconds())
        .build();
  }

  @Override
  protected List<Measurement> measure(Stream<CallRecord> calls, Grouping grouping) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(grouping.calculatorGrouping(), policy());
    calls.forEach(grouped::accept);
    List<Measurement> results = new ArrayList<>();
    for (CallMeasurements group :
        grouped.results((structure, period, state) -> state.result(structure, period))) {
      results.addAll(group.all());
    }
    return results;
  }

  /**
   * The service-level thresholds of {@code --sl}: 1 to {@value
   * CallPolicy#MAX_SERVICE_LEVEL_THRESHOLDS} distinct values, each 0 to {@value
   * PickupRateCommand#MAX_SECONDS} seconds, sorted.
   *
   * @param seconds the thresholds, in seconds
   */
  record Thresholds(List<Integer> seconds) {
    Thresholds {
      seconds = List.copyOf(new TreeSet<>(seconds));
    }
  }

  /** {@code --short-abandon}: whole seconds, 0 to {@value PickupRateCommand#MAX_SECONDS}. */
  public static final class SecondsConverter implements ITypeConverter<Integer> {
    /** Creates the converter. */
    public SecondsConverter() {}

    @Override
    public Integer convert(String value) {
      Integer seconds = seconds(value);
      if (seconds == null) {
        throw new InvalidInputException(MESSAGES.message("pickup.seconds", MAX_SECONDS));
      }
      return seconds;
    }
  }

  /**
   * {@code --sl}: thresholds separated by commas, for example {@code 20,60}; repeats are dropped.
   */
  public static final class ThresholdsConverter implements ITypeConverter<Thresholds> {
    /** Creates the converter. */
    public ThresholdsConverter() {}

    @Override
    public Thresholds convert(String value) {
      TreeSet<Integer> thresholds = new TreeSet<>();
      for (String part : value.split(",", -1)) {
        Integer seconds = seconds(part);
        if (seconds == null) {
          throw invalidThresholds();
        }
        thresholds.add(seconds);
      }
      if (thresholds.size() > CallPolicy.MAX_SERVICE_LEVEL_THRESHOLDS) {
        throw invalidThresholds();
      }
      return new Thresholds(List.copyOf(thresholds));
    }

    private static InvalidInputException invalidThresholds() {
      return new InvalidInputException(
          MESSAGES.message(
              "pickup.thresholds", CallPolicy.MAX_SERVICE_LEVEL_THRESHOLDS, MAX_SECONDS));
    }
  }

  /** Reads whole seconds from 0 to the cap: ASCII digits only (no sign, no blank inside). */
  private static @Nullable Integer seconds(String text) {
    String digits = Objects.requireNonNull(text, "text").strip();
    if (digits.isEmpty()
        || digits.length() > 9
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int seconds = Integer.parseInt(digits);
    return seconds <= MAX_SECONDS ? seconds : null;
  }
}
