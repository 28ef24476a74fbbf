package fr.spsplus.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @ParameterizedTest
  @CsvSource({
    "2026-03-02T09:15:00+01:00, 2026-03-02T08:15:00Z",
    "2026-03-02T08:15:00Z, 2026-03-02T08:15:00Z",
    "2026-03-02 09:15+01:00, 2026-03-02T08:15:00Z",
    "2026-03-02T09:15:00.250+01:00, 2026-03-02T08:15:00.250Z",
    "2026-03-02T09:15:00+01:00[Europe/Paris], 2026-03-02T08:15:00Z",
    "2026-07-14T10:00:00-03:00, 2026-07-14T13:00:00Z"
  })
  void offsetsDecideTheInstantWithOrWithoutAZone(String text, String expected) {
    assertThat(Timestamps.parse(text, null)).isEqualTo(Instant.parse(expected));
    assertThat(Timestamps.parse(text, ZoneId.of("Asia/Tokyo"))).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({
    // winter time, +01:00
    "2026-03-02T09:15:00, 2026-03-02T08:15:00Z",
    // summer time, +02:00
    "2026-07-14 10:00, 2026-07-14T08:00:00Z",
    // spring gap: 02:30 does not exist on 29 March 2026; moved forward by one hour (03:30 CEST)
    "2026-03-29T02:30:00, 2026-03-29T01:30:00Z",
    // autumn overlap: 02:30 exists twice on 25 October 2026; the earlier offset (+02:00) is used
    "2026-10-25T02:30:00, 2026-10-25T00:30:00Z"
  })
  void localDateTimesAreReadInTheZoneWithDocumentedTransitions(String text, String expected) {
    assertThat(Timestamps.parse(text, PARIS)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"2026-03-02", "02/03/2026 09:15", "2026-03-02T25:00:00+01:00", "yesterday", "''"})
  void otherTextsAreRefusedWithoutBeingRepeated(String text) {
    assertThatThrownBy(() -> Timestamps.parse(text, PARIS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("date-heure ISO 8601 attendue (exemple : 2026-03-02T09:15:00+01:00).");
  }
}
