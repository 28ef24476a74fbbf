package fr.spsplus.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.structure.StructureCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProcessedRequestTest {

  private static final StructureCode PREFECTURE = StructureCode.of("3Tn8gzTdcz");
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

  private static ProcessedRequest.Builder permit() {
    return ProcessedRequest.builder(
        "DEM-2026-000123", PREFECTURE, "Titre de séjour", MARCH_2, AnnouncedDelay.calendarDays(60));
  }

  @Test
  void theBuilderDefaultsToMetropoleOpenAndUnsuspended() {
    ProcessedRequest request = permit().build();
    assertThat(request.holidayZone()).isEqualTo(HolidayZone.METROPOLE);
    assertThat(request.closedOn()).isNull();
    assertThat(request.stillOpen()).isTrue();
    assertThat(request.suspensions()).isEmpty();
    ProcessedRequest closed = request.closed(LocalDate.of(2026, 4, 20));
    assertThat(closed.stillOpen()).isFalse();
    assertThat(closed.toBuilder().build()).isEqualTo(closed);
    assertThat(permit().closedOn(MARCH_2).build().closedOn()).isEqualTo(MARCH_2);
  }

  @Test
  void closingBeforeReceptionIsRejectedNamingBothFields() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> permit().closedOn(LocalDate.of(2026, 3, 1)).build());
    assertThat(e.getMessage())
        .isEqualTo("« closedOn » (2026-03-01) ne doit pas précéder « receivedOn » (2026-03-02).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("\"closedOn\" (2026-03-01) must not be before \"receivedOn\" (2026-03-02).");
  }

  @Test
  void suspensionsAreSortedAndMustLieWithinTheRequestsLife() {
    Suspension late =
        Suspension.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), "CONTROLE");
    Suspension early =
        Suspension.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20), "PIECE_MANQUANTE");
    Suspension touching =
        Suspension.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25), "ATTENTE_USAGER");
    ProcessedRequest request =
        permit().suspension(late).suspension(early).suspension(touching).build();
    assertThat(request.suspensions()).containsExactly(early, touching, late);
    InvalidInputException before =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                permit()
                    .suspension(
                        Suspension.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), "X"))
                    .build());
    assertThat(before.getMessage())
        .isEqualTo(
            "« suspensions » : une suspension commence le 2026-03-01, avant la réception de la"
                + " demande (« receivedOn » : 2026-03-02).");
    InvalidInputException after =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> permit().suspension(late).closedOn(LocalDate.of(2026, 4, 5)).build());
    assertThat(after.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"suspensions\": a suspension ends on 2026-04-10, after the request was closed"
                + " (\"closedOn\": 2026-04-05).");
    InvalidInputException overlap =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                permit()
                    .suspensions(
                        List.of(
                            early,
                            Suspension.of(
                                LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 22), "X")))
                    .build());
    assertThat(overlap.getMessage())
        .isEqualTo(
            "« suspensions » : deux suspensions se chevauchent (l’une se termine le 2026-03-20, la"
                + " suivante commence le 2026-03-19).");
  }

  @Test
  void otherFieldsAreChecked() {
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> permit().requestId("DEM 1").build())
                .getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"requestId\": invalid request identifier: 1 to 128 printable ASCII characters, no"
                + " blank, expected.");
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> permit().procedure(" ").build())
                .getMessage())
        .isEqualTo("« procedure » ne doit pas être vide.");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> permit().procedure("x".repeat(201)).build())
                .key())
        .isEqualTo("too.long");
  }

  @Test
  void delaysAndSuspensionsHaveTheirOwnRules() {
    assertThat(AnnouncedDelay.workingDays(15))
        .isEqualTo(new AnnouncedDelay(15, DelayUnit.WORKING_DAYS));
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> AnnouncedDelay.calendarDays(-1))
                .getMessage()
                .replaceAll("\\h", " "))
        .isEqualTo("« amount » doit être compris entre 0 et 3 660 (reçu : -1).");
    InvalidInputException order =
        catchThrowableOfType(
            InvalidInputException.class, () -> Suspension.of(MARCH_2, MARCH_2, "CONTROLE"));
    assertThat(order.getMessage())
        .isEqualTo(
            "« to » (2026-03-02) doit être postérieur à « from » (2026-03-02) : le décompte"
                + " s’arrête le jour « from » et reprend le jour « to ».");
    assertThat(order.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"to\" (2026-03-02) must be after \"from\" (2026-03-02): the clock stops on \"from\""
                + " and restarts on \"to\".");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> Suspension.of(MARCH_2, MARCH_2.plusDays(1), "pièce manquante"))
                .key())
        .isEqualTo("suspension.reason.format");
    assertThat(Suspension.of(MARCH_2, MARCH_2.plusDays(3), "X").calendarDays()).isEqualTo(3);
  }

  @Test
  void jsonWritesEveryFieldAndReadsItBack() {
    ProcessedRequest request =
        permit()
            .closedOn(LocalDate.of(2026, 4, 20))
            .holidayZone(HolidayZone.REUNION)
            .suspension(
                Suspension.of(
                    LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20), "PIECE_MANQUANTE"))
            .build();
    String json = SpsplusJson.compact().write(request);
    assertThat(json)
        .isEqualTo(
            "{\"requestId\":\"DEM-2026-000123\",\"structure\":\"3Tn8gzTdcz\","
                + "\"procedure\":\"Titre de séjour\",\"receivedOn\":\"2026-03-02\","
                + "\"closedOn\":\"2026-04-20\",\"announcedDelay\":{\"amount\":60,"
                + "\"unit\":\"CALENDAR_DAYS\"},\"holidayZone\":\"REUNION\",\"suspensions\":"
                + "[{\"from\":\"2026-03-05\",\"to\":\"2026-03-20\",\"reasonCode\":\"PIECE_MANQUANTE\"}]}");
    assertThat(SpsplusJson.compact().read(json, ProcessedRequest.class)).isEqualTo(request);
  }
}
