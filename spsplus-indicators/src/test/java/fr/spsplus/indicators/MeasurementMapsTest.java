package fr.spsplus.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The exclusions and parameters of a {@link Measurement}: sorted, unmodifiable copies whatever the
 * caller's map (a sorted map is copied in linear time, a caller's later change never shows).
 */
class MeasurementMapsTest {

  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  private static Measurement measurement(Map<String, Long> excluded, Map<String, String> params) {
    return new Measurement(
        IndicatorCode.EFFORT,
        null,
        MARCH,
        null,
        0,
        0,
        0,
        PublicationStatus.INSUFFICIENT_SAMPLE,
        null,
        excluded,
        params);
  }

  @Test
  void aSortedCallerMapIsCopiedNotShared() {
    TreeMap<String, Long> excluded = new TreeMap<>(Map.of("b", 2L, "a", 1L));
    TreeMap<String, String> parameters = new TreeMap<>(Map.of("y", "2", "x", "1"));

    Measurement m = measurement(excluded, parameters);
    excluded.put("c", 3L);
    parameters.put("x", "changed");

    assertThat(m.excluded()).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L));
    assertThat(m.parameters()).containsExactly(Map.entry("x", "1"), Map.entry("y", "2"));
    assertThatThrownBy(() -> m.excluded().put("d", 4L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.parameters().entrySet().iterator().next().setValue("z"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMapSortedOtherwiseOrUnsortedComesOutInTheNaturalOrder() {
    TreeMap<String, Long> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(Map.of("a", 1L, "b", 2L, "c", 3L));
    HashMap<String, String> unsorted = new HashMap<>(Map.of("z", "1", "m", "2", "a", "3"));

    Measurement m = measurement(reversed, unsorted);

    assertThat(List.copyOf(m.excluded().keySet())).containsExactly("a", "b", "c");
    assertThat(List.copyOf(m.parameters().keySet())).containsExactly("a", "m", "z");
  }

  @Test
  void theMapsOfAnotherMeasurementMakeAnEqualOne() {
    Measurement first = measurement(Map.of("a", 1L), Map.of("x", "1"));

    Measurement second = measurement(first.excluded(), first.parameters());

    assertThat(second).isEqualTo(first);
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void aNegativeCountIsRejectedNamingItsReasonEvenFromASortedMap() {
    TreeMap<String, Long> excluded = new TreeMap<>(Map.of("ok", 1L, "short_abandon", -1L));

    assertThatThrownBy(() -> measurement(excluded, Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("excluded.short_abandon");
  }

  @Test
  void nullCountsAndSettingsAreRejectedNamingTheirKey() {
    TreeMap<String, Long> excluded = new TreeMap<>();
    excluded.put("missing", null);
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("cap", null);
    HashMap<String, Long> nullReason = new HashMap<>();
    nullReason.put(null, 1L);

    assertThatThrownBy(() -> measurement(excluded, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("excluded.missing");
    assertThatThrownBy(() -> measurement(Map.of(), parameters))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parameter cap");
    assertThatThrownBy(() -> measurement(nullReason, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("excluded reason");
  }
}
