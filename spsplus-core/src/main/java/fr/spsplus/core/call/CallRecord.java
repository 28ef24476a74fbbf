package fr.spsplus.core.call;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One inbound call attempt to a structure, the input of the pick-up rate (taux de décroché), the
 * abandon rate, the service level and the waits.
 *
 * <p>Designed for calculators: the outcome maps to a dense index ({@link CallOutcome#ordinal()})
 * and the durations are whole seconds in {@code int}s, bounded by {@link #MAX_WAIT_SECONDS} and
 * {@link #MAX_HANDLE_SECONDS}, so that waits index a counting histogram directly. The record holds
 * no phone number: the optional {@link CallerHash} is a keyed hash.
 *
 * @param callId the telephony system's identifier of the attempt: 1 to 128 printable ASCII
 *     characters, no blank
 * @param structure the structure called
 * @param arrivedAt when the call arrived (turned into a local date in the structure's time zone by
 *     whoever assigns it to a period)
 * @param outcome the single terminal outcome of the attempt
 * @param waitSeconds the time queued for an agent, in whole seconds, 0 to {@value
 *     #MAX_WAIT_SECONDS} (0 when the call never queued); short abandons are recognised from it
 * @param handleSeconds the time connected to an agent (talk and hold), in whole seconds, 0 to
 *     {@value #MAX_HANDLE_SECONDS} (0 when no agent answered)
 * @param caller the keyed hash of the caller's number, or null
 */
public record CallRecord(
    @NotNull @Pattern(regexp = "\\p{Graph}{1,128}") String callId,
    @NotNull @Valid StructureCode structure,
    @NotNull Instant arrivedAt,
    @NotNull CallOutcome outcome,
    @PositiveOrZero @Max(CallRecord.MAX_WAIT_SECONDS) int waitSeconds,
    @PositiveOrZero @Max(CallRecord.MAX_HANDLE_SECONDS) int handleSeconds,
    @Nullable @Valid CallerHash caller) {

  /**
   * The largest accepted wait, in seconds: 86,400 (one day). No telephone queue holds a caller that
   * long; a larger value is a data error, typically milliseconds given as seconds. Calculators cap
   * their histograms much lower (3,600 s by default, the excess counted as overflow). A
   * <strong>proposed default</strong>.
   */
  public static final int MAX_WAIT_SECONDS = 86_400;

  /** The largest accepted handling time, in seconds: 86,400 (one day), for the same reason. */
  public static final int MAX_HANDLE_SECONDS = 86_400;

  private static final MessageBundle MESSAGES = MessageBundle.of(CallRecord.class, "messages");
  private static final java.util.regex.Pattern IDENTIFIER =
      java.util.regex.Pattern.compile("\\p{Graph}{1,128}");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the call identifier is malformed or a duration is negative or
   *     above its maximum
   */
  public CallRecord {
    Objects.requireNonNull(callId, "callId");
    if (!IDENTIFIER.matcher(callId).matches()) {
      throw new InvalidInputException(MESSAGES.message("call.id.format"));
    }
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(outcome, "outcome");
    Checks.requireBetween(waitSeconds, 0, MAX_WAIT_SECONDS, "waitSeconds");
    Checks.requireBetween(handleSeconds, 0, MAX_HANDLE_SECONDS, "handleSeconds");
  }

  /**
   * Returns a call without a caller hash.
   *
   * @param callId the identifier of the attempt
   * @param structure the structure called
   * @param arrivedAt when the call arrived
   * @param outcome the outcome
   * @param waitSeconds the queue wait, in seconds
   * @param handleSeconds the time with an agent, in seconds
   * @return the call
   * @throws InvalidInputException if a component is invalid
   */
  public static CallRecord of(
      String callId,
      StructureCode structure,
      Instant arrivedAt,
      CallOutcome outcome,
      int waitSeconds,
      int handleSeconds) {
    return new CallRecord(callId, structure, arrivedAt, outcome, waitSeconds, handleSeconds, null);
  }

  /**
   * Returns this call with a caller hash.
   *
   * @param caller the hash, or null to remove it
   * @return a new call
   */
  public CallRecord withCaller(@Nullable CallerHash caller) {
    return new CallRecord(
        callId, structure, arrivedAt, outcome, waitSeconds, handleSeconds, caller);
  }
}
