package fr.spsplus.indicators.request;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.request.Suspension;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.GoldenTables;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clock of each request of {@code delay-requests.csv} (on time or late, open overdue or not,
 * elapsed days, last on-time day: across Easter Monday, 14 July, 26 December in Alsace-Moselle,
 * overseas abolition days, holidays on weekends, 29 February, suspensions deducted or not), and the
 * indicator and backlog of each group of {@code delay-groups.csv}.
 */
class DelayGoldenTest {

  private static final String REQUESTS_HEADER =
      "case,group,zone,unit,announced,received,closed,suspensions,procedure,class,elapsed,last_on_time";
  private static final String GROUPS_HEADER =
      "group,period,rule,closed,on_time,value,closed_before,open_at_end,received_after,overdue,"
          + "oldest_due,backlog";
  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");

  private static final Map<String, String[]> GROUPS = new HashMap<>();

  static {
    for (String[] row :
        GoldenTables.read(DelayGoldenTest.class, "delay-groups.csv", GROUPS_HEADER)) {
      GROUPS.put(row[0], row);
    }
  }

  static Stream<Arguments> requests() {
    return GoldenTables.read(DelayGoldenTest.class, "delay-requests.csv", REQUESTS_HEADER).stream()
        .map(row -> Arguments.of(row[0], row));
  }

  static Stream<Arguments> groups() {
    return GROUPS.values().stream().map(row -> Arguments.of(row[0], row));
  }

  static ProcessedRequest request(String[] row) {
    ProcessedRequest.Builder builder =
        ProcessedRequest.builder(
                row[0],
                SITE,
                row[8],
                LocalDate.parse(row[5]),
                new AnnouncedDelay(Integer.parseInt(row[4]), DelayUnit.valueOf(row[3])))
            .holidayZone(HolidayZone.valueOf(row[2]));
    if (!row[6].isEmpty()) {
      builder.closedOn(LocalDate.parse(row[6]));
    }
    for (String part : row[7].split(";")) {
      if (!part.isEmpty()) {
        String[] dates = part.split("/");
        builder.suspension(
            Suspension.of(LocalDate.parse(dates[0]), LocalDate.parse(dates[1]), "PIECE_MANQUANTE"));
      }
    }
    return builder.build();
  }

  private static ReportingPeriod period(String group) {
    return ReportingPeriod.parse(GROUPS.get(group)[1]);
  }

  private static SuspensionRule rule(String group) {
    return SuspensionRule.valueOf(GROUPS.get(group)[2]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void theClockOfEachRequestMatchesTheTable(String name, String[] row) {
    ProcessedRequest request = request(row);
    ReportingPeriod period = period(row[1]);
    SuspensionRule rule = rule(row[1]);
    String expectedClass = row[9];

    assertThat(RequestClock.lastOnTimeDay(request, rule))
        .as("last on-time day")
        .isEqualTo(LocalDate.parse(row[11]));
    switch (expectedClass) {
      case "ON_TIME", "LATE" -> {
        assertThat(RequestClock.elapsedDays(request, request.closedOn(), rule))
            .isEqualTo(Long.parseLong(row[10]));
        assertThat(RequestClock.onTime(request, rule)).isEqualTo(expectedClass.equals("ON_TIME"));
      }
      case "OPEN_OVERDUE", "OPEN_WITHIN_DELAY" ->
          assertThat(RequestClock.elapsedDays(request, period.lastDay(), rule))
              .isEqualTo(Long.parseLong(row[10]));
      default -> assertThat(row[10]).isEmpty();
    }

    // The accumulator files the request in the same class.
    DelayAccumulator one =
        DelayAccumulator.of(SITE, period, DelayPolicy.defaults().withSuspensions(rule));
    one.accept(request);
    Map<RequestExclusion, Long> excluded = one.excluded();
    switch (expectedClass) {
      case "ON_TIME" -> assertThat(one.closedOnTime()).isEqualTo(1);
      case "LATE" -> {
        assertThat(one.closedInPeriod()).isEqualTo(1);
        assertThat(one.closedOnTime()).isZero();
      }
      case "OPEN_OVERDUE" -> {
        assertThat(one.overdueBacklog().overdue()).isEqualTo(1);
        assertThat(one.overdueBacklog().oldestDueDate()).isEqualTo(LocalDate.parse(row[11]));
      }
      case "OPEN_WITHIN_DELAY" -> {
        assertThat(one.overdueBacklog().open()).isEqualTo(1);
        assertThat(one.overdueBacklog().overdue()).isZero();
      }
      default -> assertThat(excluded.get(RequestExclusion.valueOf(expectedClass))).isEqualTo(1L);
    }
    assertThat(one.count()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void eachGroupGivesTheIndicatorAndTheBacklogOfTheTable(String group, String[] expected) {
    List<ProcessedRequest> requests = new ArrayList<>();
    for (String[] row :
        GoldenTables.read(DelayGoldenTest.class, "delay-requests.csv", REQUESTS_HEADER)) {
      if (row[1].equals(group)) {
        requests.add(request(row));
      }
    }
    DelayPolicy policy =
        DelayPolicy.defaults()
            .withSuspensions(SuspensionRule.valueOf(expected[2]))
            .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)));
    ReportingPeriod period = ReportingPeriod.parse(expected[1]);
    DelayAccumulator all = DelayAccumulator.of(SITE, period, policy);
    requests.forEach(all::accept);

    Measurement m = all.measure();
    assertThat(m.indicator()).isEqualTo(IndicatorCode.RESPECT_DELAI);
    assertThat(m.structure()).isEqualTo(SITE);
    assertThat(m.period()).isEqualTo(period);
    assertThat(m.denominator()).isEqualTo(Double.parseDouble(expected[3]));
    assertThat(m.n()).isEqualTo(Long.parseLong(expected[3]));
    assertThat(m.numerator()).isEqualTo(Double.parseDouble(expected[4]));
    assertThat(m.value()).isEqualTo(Double.parseDouble(expected[5]));
    assertThat(m.excluded())
        .containsExactly(
            Map.entry("CLOSED_BEFORE_PERIOD", Long.parseLong(expected[6])),
            Map.entry("OPEN_AT_PERIOD_END", Long.parseLong(expected[7])),
            Map.entry("RECEIVED_AFTER_PERIOD", Long.parseLong(expected[8])));
    assertThat(m.parameters())
        .containsEntry("suspensions", expected[2])
        .containsEntry("cohort", "CLOSED_IN_PERIOD");

    OverdueBacklog backlog = all.overdueBacklog();
    assertThat(backlog.asOf()).isEqualTo(period.lastDay());
    assertThat(backlog.open()).isEqualTo(Long.parseLong(expected[7]));
    assertThat(backlog.overdue()).isEqualTo(Long.parseLong(expected[9]));
    assertThat(backlog.oldestDueDate())
        .isEqualTo(expected[10].isEmpty() ? null : LocalDate.parse(expected[10]));
    StringJoiner procedures = new StringJoiner(";");
    for (ProcedureBacklog p : backlog.procedures()) {
      procedures.add(
          p.procedure()
              + ":"
              + p.open()
              + "/"
              + p.overdue()
              + ":"
              + (p.oldestDueDate() == null ? "" : p.oldestDueDate()));
    }
    assertThat(procedures.toString()).isEqualTo(expected[11]);

    // Split in two, merged in the other order: the same results.
    int half = requests.size() / 2;
    DelayAccumulator first = DelayAccumulator.of(SITE, period, policy);
    DelayAccumulator second = DelayAccumulator.of(SITE, period, policy);
    requests.subList(0, half).forEach(first::accept);
    requests.subList(half, requests.size()).forEach(second::accept);
    DelayAccumulator merged = second.combine(first);
    assertThat(merged.measure()).isEqualTo(m);
    assertThat(merged.overdueBacklog()).isEqualTo(backlog);
  }
}
