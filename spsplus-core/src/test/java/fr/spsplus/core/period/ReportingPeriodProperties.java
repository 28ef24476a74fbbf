package fr.spsplus.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.PeriodArbitraries;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.validation.SpsplusValidation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ReportingPeriodProperties {

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    return PeriodArbitraries.periods();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return PeriodArbitraries.days();
  }

  @Provide
  Arbitrary<Granularity> calendarGranularities() {
    return PeriodArbitraries.calendarGranularities();
  }

  @Provide
  Arbitrary<Granularity> partitions() {
    return Arbitraries.of(
        Granularity.DAY,
        Granularity.ISO_WEEK,
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.YEAR);
  }

  @Property
  void parsingTheCodeGivesThePeriodBack(@ForAll("periods") ReportingPeriod period) {
    assertThat(ReportingPeriod.parse(period.code())).isEqualTo(period);
  }

  @Property
  void theContainingPeriodContainsTheDay(
      @ForAll("days") LocalDate day, @ForAll("calendarGranularities") Granularity granularity) {
    ReportingPeriod period = ReportingPeriod.containing(day, granularity);
    assertThat(period.granularity()).isEqualTo(granularity);
    assertThat(period.contains(day)).isTrue();
    assertThat(period.containsEpochDay(day.toEpochDay())).isTrue();
    assertThat(period.contains(period.start())).isTrue();
    assertThat(period.contains(period.lastDay())).isTrue();
    assertThat(period.contains(period.end())).isFalse();
    assertThat(period.contains(period.start().minusDays(1))).isFalse();
  }

  @Property
  void calendarPeriodsPartitionTime(
      @ForAll("days") LocalDate day,
      @ForAll("partitions") Granularity granularity,
      @ForAll @IntRange(min = -400, max = 400) int offset) {
    ReportingPeriod period = ReportingPeriod.containing(day, granularity);
    LocalDate other = day.plusDays(offset);
    assertThat(period.contains(other))
        .isEqualTo(ReportingPeriod.containing(other, granularity).equals(period));
  }

  @Property
  void aRollingWindowIsTheContainingWindowOnlyOfItsLastMonth(
      @ForAll("days") LocalDate day, @ForAll @IntRange(min = -400, max = 400) int offset) {
    ReportingPeriod window = ReportingPeriod.containing(day, Granularity.ROLLING_12_MONTHS);
    LocalDate other = day.plusDays(offset);
    boolean inLastMonth =
        !other.isBefore(window.lastDay().withDayOfMonth(1)) && other.isBefore(window.end());
    assertThat(ReportingPeriod.containing(other, Granularity.ROLLING_12_MONTHS).equals(window))
        .isEqualTo(inLastMonth);
    assertThat(window.contains(other))
        .isEqualTo(!other.isBefore(window.start()) && other.isBefore(window.end()));
  }

  @Property
  void isoWeekCodesAgreeWithTheJdk(@ForAll("days") LocalDate day) {
    String jdk = day.format(DateTimeFormatter.ISO_WEEK_DATE); // 2026-W10-1
    assertThat(ReportingPeriod.containing(day, Granularity.ISO_WEEK).code())
        .isEqualTo(jdk.substring(0, jdk.lastIndexOf('-')));
  }

  @Property
  void weeksPerYearAgreeWithTheJdk(@ForAll @IntRange(min = 1, max = 9999) int year) {
    long jdk =
        IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
    assertThat(ReportingPeriod.isoWeeksIn(year)).isEqualTo(jdk);
  }

  @Property
  void nextAndPreviousAreInverse(@ForAll("periods") ReportingPeriod period) {
    assertThat(period.next().previous()).isEqualTo(period);
    assertThat(period.previous().next()).isEqualTo(period);
    assertThat(period.next().granularity()).isEqualTo(period.granularity());
    if (period.granularity() == Granularity.ROLLING_12_MONTHS) {
      assertThat(period.next().start()).isEqualTo(period.start().plusMonths(1));
    } else {
      assertThat(period.next().start()).isEqualTo(period.end());
      assertThat(period.previous().end()).isEqualTo(period.start());
    }
  }

  @Property
  void orderIsConsistentWithEquals(
      @ForAll("periods") ReportingPeriod a, @ForAll("periods") ReportingPeriod b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(a.compareTo(a)).isZero();
  }

  @Property
  void lengthAndEpochDaysAgree(@ForAll("periods") ReportingPeriod period) {
    assertThat(period.lengthInDays()).isEqualTo(period.endEpochDay() - period.startEpochDay());
    assertThat(period.lengthInDays()).isPositive();
    assertThat(period.encloses(period)).isTrue();
    assertThat(period.overlaps(period)).isTrue();
  }

  @Property(tries = 100)
  void jsonRoundTrips(@ForAll("periods") ReportingPeriod period) {
    String json = SpsplusJson.compact().write(period);
    assertThat(SpsplusJson.compact().read(json, ReportingPeriod.class)).isEqualTo(period);
  }

  @Property(tries = 100)
  void validationAcceptsEveryPeriod(@ForAll("periods") ReportingPeriod period) {
    assertThat(SpsplusValidation.french().validate(period)).isEmpty();
  }
}
