package fr.spsplus.spark;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.core.structure.Typology;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.call.OutcomeTreatment;
import fr.spsplus.indicators.call.ServiceLevelAbandons;
import fr.spsplus.indicators.stats.BinomialInterval;
import fr.spsplus.indicators.stats.MeanInterval;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Generated calls (seeded, reproducible) over a small structure tree and three months, and the
 * in-process results the Spark results must equal.
 *
 * <pre>
 * caf (network head)        urssaf (network head)     orphan-head (parent "gone", missing)
 * ├── caf-75                └── urssaf-13             └── orphan-site
 * │   ├── caf-75-a
 * │   └── caf-75-b
 * └── caf-69
 * </pre>
 *
 * plus "ghost", a structure the directory does not know. Outcomes follow a realistic mix (70 %
 * answered, 12 % queue abandons, short ones included, and every other outcome); answered waits are
 * exponential with a mean of 90 s and 1 % above one hour, so that a 600 s cap overflows.
 */
final class CallData {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static final List<String> STRUCTURES =
      List.of(
          "caf",
          "caf-75",
          "caf-75-a",
          "caf-75-b",
          "caf-69",
          "urssaf",
          "urssaf-13",
          "orphan-head",
          "orphan-site",
          "ghost");

  static final StructureDirectory DIRECTORY =
      StructureDirectory.of(
          List.of(
              structure("caf", null),
              structure("caf-75", "caf"),
              structure("caf-75-a", "caf-75"),
              structure("caf-75-b", "caf-75"),
              structure("caf-69", "caf"),
              structure("urssaf", null),
              structure("urssaf-13", "urssaf"),
              structure("orphan-head", "gone"),
              structure("orphan-site", "orphan-head")));

  /** A policy far from the defaults: a 600 s cap, three thresholds, every treatment moved. */
  static final CallPolicy CUSTOM_POLICY =
      CallPolicy.builder()
          .shortAbandonSeconds(3)
          .serviceLevelThresholdsSeconds(0, 30, 120)
          .histogramCapSeconds(600)
          .overflow(OutcomeTreatment.EXCLUDED)
          .callbacks(OutcomeTreatment.ANSWERED)
          .transfers(OutcomeTreatment.UNANSWERED)
          .outOfHours(OutcomeTreatment.UNANSWERED)
          .serviceLevelAbandons(ServiceLevelAbandons.MISSED)
          .build();

  /** Clopper-Pearson 90 %, normal 99 %, every value shown from one observation. */
  static final Estimation CUSTOM_ESTIMATION =
      new Estimation(
          BinomialInterval.of(IntervalMethod.CLOPPER_PEARSON, 0.9),
          MeanInterval.of(0.99),
          PublicationPolicy.of(1, 1));

  static final StructType SCHEMA =
      new StructType()
          .add("call_id", DataTypes.StringType, false)
          .add("structure", DataTypes.StringType, false)
          .add("arrived_at", DataTypes.TimestampType, false)
          .add("outcome", DataTypes.StringType, false)
          .add("wait_seconds", DataTypes.IntegerType, false)
          .add("month", DataTypes.StringType, false)
          .add("day", DataTypes.StringType, false);

  /** One generated call. */
  record Call(
      String id, String structure, Instant arrivedAt, CallOutcome outcome, int waitSeconds) {

    String month() {
      return ReportingPeriod.containing(arrivedAt, PARIS, Granularity.MONTH).code();
    }

    String day() {
      return arrivedAt.atZone(PARIS).toLocalDate().toString();
    }

    Row row() {
      return RowFactory.create(
          id, structure, Timestamp.from(arrivedAt), outcome.name(), waitSeconds, month(), day());
    }
  }

  private CallData() {}

  private static Structure structure(String code, @Nullable String parent) {
    return Structure.builder(
            StructureCode.of(code), new Network("Réseau"), new Typology(null, "Site"), code)
        .parent(parent == null ? null : StructureCode.of(parent), null)
        .build();
  }

  /**
   * Generates calls from January to March 2026 (Paris time), including calls near the month
   * boundaries.
   */
  static List<Call> generate(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant start = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS).toInstant();
    Instant end = ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, PARIS).toInstant();
    long span = end.getEpochSecond() - start.getEpochSecond();
    List<Call> calls = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String structure = STRUCTURES.get(skewed(random, STRUCTURES.size()));
      // One call in 50 lands within an hour of a month boundary (Paris time).
      Instant at =
          random.nextInt(50) == 0
              ? ZonedDateTime.of(2026, 2 + random.nextInt(2), 1, 0, 0, 0, 0, PARIS)
                  .toInstant()
                  .plusSeconds(random.nextInt(7_200) - 3_600L)
              : start.plusSeconds(random.nextLong(span));
      CallOutcome outcome = outcome(random);
      calls.add(new Call("c" + i, structure, at, outcome, wait(random, outcome)));
    }
    return calls;
  }

  /** Structures are uneven: the first ones get most calls, "ghost" few. */
  private static int skewed(SplittableRandom random, int size) {
    return Math.min(size - 1, (int) (-Math.log(1 - random.nextDouble()) * size / 3));
  }

  private static CallOutcome outcome(SplittableRandom random) {
    int p = random.nextInt(100);
    if (p < 70) {
      return CallOutcome.ANSWERED_AGENT;
    } else if (p < 82) {
      return CallOutcome.ABANDONED_QUEUE;
    }
    CallOutcome[] others = {
      CallOutcome.ABANDONED_IVR,
      CallOutcome.RESOLVED_IVR,
      CallOutcome.BLOCKED_OVERFLOW,
      CallOutcome.OUT_OF_HOURS,
      CallOutcome.CALLBACK_SCHEDULED,
      CallOutcome.TRANSFERRED_OUT
    };
    return others[random.nextInt(others.length)];
  }

  private static int wait(SplittableRandom random, CallOutcome outcome) {
    return switch (outcome) {
      case ANSWERED_AGENT ->
          random.nextInt(100) == 0
              ? 3_601 + random.nextInt(7_200)
              : (int) Math.min(3_600, -Math.log(1 - random.nextDouble()) * 90);
      case ABANDONED_QUEUE -> (int) Math.min(3_600, -Math.log(1 - random.nextDouble()) * 60);
      case BLOCKED_OVERFLOW, CALLBACK_SCHEDULED, TRANSFERRED_OUT -> random.nextInt(120);
      default -> 0;
    };
  }

  static Dataset<Row> dataFrame(SparkSession spark, List<Call> calls) {
    List<Row> rows = new ArrayList<>(calls.size());
    calls.forEach(call -> rows.add(call.row()));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** The in-process states, by a key of the calls (sorted by key). */
  static Map<String, CallAccumulator> statesBy(
      List<Call> calls, CallPolicy policy, Function<Call, String> key) {
    Map<String, CallAccumulator> states = new TreeMap<>();
    for (Call call : calls) {
      states
          .computeIfAbsent(key.apply(call), k -> CallAccumulator.of(policy))
          .accept(call.outcome(), call.waitSeconds());
    }
    return states;
  }

  static String key(String structure, String month) {
    return structure + "|" + month;
  }
}
