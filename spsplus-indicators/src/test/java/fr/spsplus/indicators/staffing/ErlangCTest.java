package fr.spsplus.indicators.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import java.time.Duration;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ErlangCTest {

  /** metrics-perf.md §1.4: 360 calls per 30 minutes, h = 240 s, 55 agents. */
  private static final ErlangC WORKED =
      ErlangC.of(360, Duration.ofMinutes(30), Duration.ofSeconds(240));

  @Test
  void workedVectorOfTheReferenceNotes() {
    assertThat(WORKED.trafficErlangs()).isEqualTo(48.0);
    assertThat(WORKED.averageHandlingSeconds()).isEqualTo(240.0);
    assertThat(WORKED.occupancy(55)).isCloseTo(0.873, within(0.0005));
    assertThat(WORKED.probabilityOfWaiting(55)).isCloseTo(0.2387, within(0.00005));
    assertThat(WORKED.serviceLevel(55, Duration.ofSeconds(15))).isCloseTo(0.846, within(0.0005));
    assertThat(WORKED.averageSpeedOfAnswerSeconds(55)).isCloseTo(8.2, within(0.05));
  }

  @Test
  void minimumAgentsForTargets() {
    int agents = WORKED.agentsForServiceLevel(0.8, Duration.ofSeconds(20));
    assertThat(WORKED.serviceLevel(agents, Duration.ofSeconds(20))).isGreaterThanOrEqualTo(0.8);
    assertThat(WORKED.serviceLevel(agents - 1, Duration.ofSeconds(20))).isLessThan(0.8);
    assertThat(agents).isEqualTo(54);
    int forAsa = WORKED.agentsForAverageSpeedOfAnswer(Duration.ofSeconds(10));
    assertThat(WORKED.averageSpeedOfAnswerSeconds(forAsa)).isLessThanOrEqualTo(10);
    assertThat(WORKED.averageSpeedOfAnswerSeconds(forAsa - 1)).isGreaterThan(10);
    assertThat(WORKED.minimumStableAgents()).isEqualTo(49);
  }

  @Test
  void noTrafficNeedsOneAgentAndNeverWaits() {
    ErlangC idle = ErlangC.of(0, Duration.ofHours(1), Duration.ofMinutes(3));
    assertThat(idle.probabilityOfWaiting(1)).isZero();
    assertThat(idle.agentsForServiceLevel(0.99, Duration.ZERO)).isEqualTo(1);
  }

  @Test
  void theModelIsOnlyDefinedAboveTheTraffic() {
    assertThatThrownBy(() -> WORKED.probabilityOfWaiting(48))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "« agents » (48) doit être strictement supérieur au trafic offert (48")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .startsWith(
                        "\"agents\" (48) must be strictly greater than the offered traffic"));
    assertThatThrownBy(() -> WORKED.serviceLevel(10, Duration.ofSeconds(20)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> WORKED.averageSpeedOfAnswerSeconds(0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> WORKED.occupancy(-1)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void inputErrors() {
    assertThatThrownBy(() -> ErlangC.of(-1, Duration.ofHours(1), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("calls");
    assertThatThrownBy(() -> ErlangC.of(1, Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("period");
    assertThatThrownBy(() -> ErlangC.ofTraffic(1, Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("averageHandlingTime");
    assertThatThrownBy(() -> ErlangC.ofTraffic(Double.NaN, Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("trafficErlangs");
    assertThatThrownBy(() -> WORKED.serviceLevel(55, Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> WORKED.agentsForServiceLevel(1, Duration.ofSeconds(20)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("target");
    assertThatThrownBy(() -> WORKED.agentsForAverageSpeedOfAnswer(Duration.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("target");
  }

  @Test
  void valueSemantics() {
    ErlangC same = ErlangC.ofTraffic(48, Duration.ofSeconds(240));
    assertThat(same).isEqualTo(WORKED).hasSameHashCodeAs(WORKED);
    assertThat(same).hasToString("ErlangC[48.0 Erl, h=240.0 s]");
    assertThat(same).isNotEqualTo(ErlangC.ofTraffic(48, Duration.ofSeconds(241)));
  }

  /** The recursion against the textbook formula, summed term by term. */
  @Property
  void agreesWithTheDirectFormula(
      @ForAll @DoubleRange(min = 0.01, max = 200) double traffic,
      @ForAll @IntRange(min = 1, max = 60) int extraAgents) {
    ErlangC model = ErlangC.ofTraffic(traffic, Duration.ofSeconds(180));
    int agents = model.minimumStableAgents() + extraAgents - 1;
    double term = 1; // A^k / k!
    double sum = 0;
    for (int k = 0; k < agents; k++) {
      sum += term;
      term = term * traffic / (k + 1);
    }
    double queued = term * agents / (agents - traffic);
    double expected = queued / (sum + queued);
    assertThat(model.probabilityOfWaiting(agents)).isCloseTo(expected, within(1e-12));
  }

  @Property
  void moreAgentsNeverHurt(
      @ForAll @DoubleRange(min = 0.5, max = 300) double traffic,
      @ForAll @IntRange(min = 1, max = 40) int extraAgents,
      @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds) {
    ErlangC model = ErlangC.ofTraffic(traffic, Duration.ofSeconds(200));
    int agents = model.minimumStableAgents() + extraAgents - 1;
    Duration t = Duration.ofSeconds(thresholdSeconds);
    assertThat(model.probabilityOfWaiting(agents + 1))
        .isLessThanOrEqualTo(model.probabilityOfWaiting(agents));
    assertThat(model.serviceLevel(agents + 1, t))
        .isGreaterThanOrEqualTo(model.serviceLevel(agents, t));
    assertThat(model.averageSpeedOfAnswerSeconds(agents + 1))
        .isLessThan(model.averageSpeedOfAnswerSeconds(agents));
    assertThat(model.serviceLevel(agents, t)).isBetween(0.0, 1.0);
  }
}
