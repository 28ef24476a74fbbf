package fr.spsplus.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.structure.StructureCode;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CallRecordTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void aCallMapsToPrimitives() {
    CallRecord call = CallRecord.of("c-1", SITE, AT, CallOutcome.ABANDONED_QUEUE, 3, 0);
    assertThat(call.outcome().ordinal()).isEqualTo(1);
    assertThat(call.waitSeconds()).isEqualTo(3);
    assertThat(call.caller()).isNull();
    assertThat(
            CallRecord.of(
                    "c-2", SITE, AT, CallOutcome.ANSWERED_AGENT, CallRecord.MAX_WAIT_SECONDS, 0)
                .waitSeconds())
        .isEqualTo(86_400);
  }

  @Test
  void durationsAreBoundedAndNamed() {
    InvalidInputException negative =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> CallRecord.of("c-1", SITE, AT, CallOutcome.ANSWERED_AGENT, -1, 0));
    // French groups thousands with a (narrow) no-break space.
    assertThat(negative.getMessage().replaceAll("\\h", " "))
        .isEqualTo("« waitSeconds » doit être compris entre 0 et 86 400 (reçu : -1).");
    InvalidInputException tooLong =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> CallRecord.of("c-1", SITE, AT, CallOutcome.ANSWERED_AGENT, 0, 86_401));
    assertThat(tooLong.getMessage(Locale.ENGLISH))
        .isEqualTo("\"handleSeconds\" must be between 0 and 86,400 (got 86,401).");
  }

  @Test
  void callIdentifiersArePrintableWithoutBlanks() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> CallRecord.of("call 1", SITE, AT, CallOutcome.OUT_OF_HOURS, 0, 0));
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"callId\": invalid call identifier: 1 to 128 printable ASCII characters, no blank,"
                + " expected.");
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () -> CallRecord.of("x".repeat(129), SITE, AT, CallOutcome.OUT_OF_HOURS, 0, 0)))
        .isNotNull();
  }

  @Test
  void outcomesAreParsedByTheirCode() {
    assertThat(CallOutcome.parse(" RESOLVED_IVR ")).isEqualTo(CallOutcome.RESOLVED_IVR);
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> CallOutcome.parse("ANSWERED"))
                .getMessage())
        .startsWith(
            "« outcome » : code inconnu ; codes acceptés : ANSWERED_AGENT, ABANDONED_QUEUE");
  }
}
