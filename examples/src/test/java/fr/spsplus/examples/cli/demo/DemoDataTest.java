package fr.spsplus.examples.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.rollup.TargetShare;
import fr.spsplus.testkit.opendata.OpenDataFixtures;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The demonstration's data and dashboard: real structures, synthetic activity always the same and
 * inside its quarter, and a direction whose figures are the sums of its structures' counts.
 */
class DemoDataTest {

  private static final DemoData DATA = DemoData.generate();

  @Test
  void theDataAreTheSameOnEveryGeneration() {
    assertThat(DemoData.generate()).isEqualTo(DATA);
  }

  @Test
  void theStructuresAreRealOnesOfTheOpenDataUnderTheirRegionalDirection() {
    List<Structure> fixtures = OpenDataFixtures.structures();
    assertThat(fixtures).containsAll(DATA.structures()).contains(DATA.network());
    assertThat(DATA.structures())
        .extracting(Structure::code)
        .containsExactly(
            StructureCode.of("3HKWf57lhQ"),
            StructureCode.of("g3b8b5FuA0"),
            StructureCode.of("HiowjbX9pp"),
            StructureCode.of("mWOvWVBVYa"));
    assertThat(DATA.structures())
        .allSatisfy(s -> assertThat(s.parent()).isEqualTo(DemoData.NETWORK));
  }

  @Test
  void theActivityFollowsTheProfilesAndStaysInTheQuarter() {
    ReportingPeriod quarter = DemoData.QUARTER;
    assertThat(DATA.calls())
        .hasSize(DemoData.PROFILES.stream().mapToInt(p -> p.calls().count()).sum())
        .allSatisfy(
            c ->
                assertThat(
                        ReportingPeriod.containing(
                            c.arrivedAt(), DemoData.ZONE, quarter.granularity()))
                    .isEqualTo(quarter));
    assertThat(DATA.answers())
        .allSatisfy(
            a ->
                assertThat(
                        ReportingPeriod.containing(
                            a.answeredAt(), DemoData.ZONE, quarter.granularity()))
                    .isEqualTo(quarter));
    assertThat(DATA.calls().stream().map(CallRecord::callId).distinct().count())
        .isEqualTo(DATA.calls().size());
    assertThat(DATA.answers().stream().map(SurveyAnswer::responseId).distinct().count())
        .isEqualTo(
            DemoData.PROFILES.stream()
                .mapToLong(p -> p.survey().questionnaires() + p.survey().postCall())
                .sum());
    assertThat(DATA.requests())
        .allSatisfy(
            r ->
                assertThat(r.closedOn() == null || !r.closedOn().isAfter(quarter.lastDay()))
                    .isTrue());
    assertThat(DATA.requests()).anyMatch(r -> r.closedOn() == null);
    assertThat(DATA.requests().stream().map(ProcessedRequest::requestId).distinct().count())
        .isEqualTo(DATA.requests().size());
  }

  @Test
  void theDirectionsCountsAreTheSumsOfItsStructures() {
    Dashboard dashboard = Dashboard.compute(DATA);
    List<Measurement> network = dashboard.network().nine();
    assertThat(network).hasSize(9);
    IntStream.range(0, 9)
        .forEach(
            i -> {
              Measurement total = network.get(i);
              List<Measurement> parts =
                  dashboard.structures().stream().map(r -> r.nine().get(i)).toList();
              assertThat(parts)
                  .allSatisfy(p -> assertThat(p.indicator()).isEqualTo(total.indicator()));
              assertThat(total.structure()).isEqualTo(DemoData.NETWORK);
              assertThat(total.numerator())
                  .as(total.indicator().name())
                  .isEqualTo(parts.stream().mapToDouble(Measurement::numerator).sum());
              assertThat(total.denominator())
                  .as(total.indicator().name())
                  .isEqualTo(parts.stream().mapToDouble(Measurement::denominator).sum());
            });
    assertThat(dashboard.network().callCount()).isEqualTo(DATA.calls().size());
  }

  @Test
  void theDashboardShowsEveryCaseOfPublication() {
    Dashboard dashboard = Dashboard.compute(DATA);
    List<Measurement> all =
        dashboard.structures().stream().flatMap(r -> r.nine().stream()).toList();
    assertThat(all)
        .extracting(Measurement::status)
        .contains(
            fr.spsplus.core.indicator.PublicationStatus.PUBLISHABLE,
            fr.spsplus.core.indicator.PublicationStatus.INDICATIVE,
            fr.spsplus.core.indicator.PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(all)
        .filteredOn(m -> m.value() == null)
        .allSatisfy(m -> assertThat(m.interval()).isNull());
    TargetShare share = dashboard.pickUpTarget();
    assertThat(share.missed()).containsExactly(StructureCode.of("HiowjbX9pp"));
    assertThat(share.reached()).hasSize(3);
    assertThat(
            dashboard.structures().stream().map(r -> r.structure().code()).filter(Objects::nonNull))
        .hasSize(4);
  }
}
