package fr.spsplus.core.request;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's request (a "démarche" such as a residence permit or a benefit claim) received by a
 * structure, and its closing when it is processed: the input of the indicator "respect du délai de
 * traitement annoncé" (https://www.plus.transformation.gouv.fr/engagement/6).
 *
 * <p>Requests closed in a period form the cohort of that period; requests still open ({@code
 * closedOn} null) feed the overdue backlog. The elapsed time, counted in the unit of the announced
 * delay and with the public holidays of {@link #holidayZone()}, is computed in {@code
 * spsplus-indicators}.
 *
 * <p>The record holds no personal data: the request identifier is the information system's opaque
 * id.
 *
 * @param requestId the information system's identifier of the request: 1 to 128 printable ASCII
 *     characters, no blank
 * @param structure the structure that processes it
 * @param procedure the démarche, as a code or a name: 1 to {@value #MAX_PROCEDURE_LENGTH}
 *     characters, not blank
 * @param receivedOn the day the request was received (the clock starts the day after)
 * @param closedOn the day it was closed, not before {@code receivedOn}; null while it is open
 * @param announcedDelay the delay announced for the démarche
 * @param holidayZone the public-holiday calendar of the structure, for working days ({@link
 *     HolidayZone#METROPOLE} by default in {@link #builder})
 * @param suspensions the times the clock stopped, within the request's life (on or after {@code
 *     receivedOn}, and on or before {@code closedOn} when closed), not overlapping; stored sorted
 *     by {@code from}
 */
public record ProcessedRequest(
    @NotNull @Pattern(regexp = "\\p{Graph}{1,128}") String requestId,
    @NotNull @Valid StructureCode structure,
    @NotBlank @Size(max = ProcessedRequest.MAX_PROCEDURE_LENGTH) String procedure,
    @NotNull LocalDate receivedOn,
    @Nullable LocalDate closedOn,
    @NotNull @Valid AnnouncedDelay announcedDelay,
    @NotNull HolidayZone holidayZone,
    @NotNull List<@NotNull @Valid Suspension> suspensions) {

  /** The maximum length of {@link #procedure()}, in characters. */
  public static final int MAX_PROCEDURE_LENGTH = 200;

  private static final MessageBundle MESSAGES =
      MessageBundle.of(ProcessedRequest.class, "messages");
  private static final java.util.regex.Pattern IDENTIFIER =
      java.util.regex.Pattern.compile("\\p{Graph}{1,128}");

  /**
   * Checks the components, and sorts and copies the suspensions.
   *
   * @throws InvalidInputException if the identifier is malformed, the procedure blank or too long,
   *     {@code closedOn} before {@code receivedOn} (the message names both fields), or a suspension
   *     starts before reception, ends after closing or overlaps another
   */
  public ProcessedRequest {
    Objects.requireNonNull(requestId, "requestId");
    if (!IDENTIFIER.matcher(requestId).matches()) {
      throw new InvalidInputException(MESSAGES.message("request.id.format"));
    }
    Objects.requireNonNull(structure, "structure");
    Checks.requireNonBlank(procedure, "procedure");
    Checks.requireMaxLength(procedure, MAX_PROCEDURE_LENGTH, "procedure");
    Objects.requireNonNull(receivedOn, "receivedOn");
    if (closedOn != null) {
      Checks.requireNotBefore(receivedOn, "receivedOn", closedOn, "closedOn");
    }
    Objects.requireNonNull(announcedDelay, "announcedDelay");
    Objects.requireNonNull(holidayZone, "holidayZone");
    Objects.requireNonNull(suspensions, "suspensions");
    List<Suspension> sorted = new ArrayList<>(suspensions);
    sorted.forEach(s -> Objects.requireNonNull(s, "suspensions[]"));
    sorted.sort(Comparator.comparing(Suspension::from).thenComparing(Suspension::to));
    Suspension previous = null;
    for (Suspension suspension : sorted) {
      if (suspension.from().isBefore(receivedOn)) {
        throw new InvalidInputException(
            MESSAGES.message("request.suspension.before.received", suspension.from(), receivedOn));
      }
      if (closedOn != null && suspension.to().isAfter(closedOn)) {
        throw new InvalidInputException(
            MESSAGES.message("request.suspension.after.closed", suspension.to(), closedOn));
      }
      if (previous != null && suspension.from().isBefore(previous.to())) {
        throw new InvalidInputException(
            MESSAGES.message("request.suspension.overlap", previous.to(), suspension.from()));
      }
      previous = suspension;
    }
    suspensions = List.copyOf(sorted);
  }

  /**
   * Starts a request, with holiday zone {@link HolidayZone#METROPOLE}, no suspension, and still
   * open.
   *
   * @param requestId the identifier
   * @param structure the structure
   * @param procedure the démarche
   * @param receivedOn the day of reception
   * @param announcedDelay the announced delay
   * @return a builder
   */
  public static Builder builder(
      String requestId,
      StructureCode structure,
      String procedure,
      LocalDate receivedOn,
      AnnouncedDelay announcedDelay) {
    return new Builder(requestId, structure, procedure, receivedOn, announcedDelay);
  }

  /**
   * Returns a builder initialised with this request's components.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(requestId, structure, procedure, receivedOn, announcedDelay)
        .closedOn(closedOn)
        .holidayZone(holidayZone)
        .suspensions(suspensions);
  }

  /**
   * Tells whether the request is still open.
   *
   * @return true if {@link #closedOn()} is null
   */
  public boolean stillOpen() {
    return closedOn == null;
  }

  /**
   * Returns this request closed on a day.
   *
   * @param day the closing day, not before {@link #receivedOn()} nor before the end of a suspension
   * @return a new request
   * @throws InvalidInputException if the day is before reception or a suspension's end
   */
  public ProcessedRequest closed(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return toBuilder().closedOn(day).build();
  }

  /** Builds a {@link ProcessedRequest}. Not thread-safe. */
  public static final class Builder {
    private String requestId;
    private StructureCode structure;
    private String procedure;
    private LocalDate receivedOn;
    private AnnouncedDelay announcedDelay;
    private @Nullable LocalDate closedOn;
    private HolidayZone holidayZone = HolidayZone.METROPOLE;
    private final List<Suspension> suspensions = new ArrayList<>();

    private Builder(
        String requestId,
        StructureCode structure,
        String procedure,
        LocalDate receivedOn,
        AnnouncedDelay announcedDelay) {
      this.requestId = Objects.requireNonNull(requestId, "requestId");
      this.structure = Objects.requireNonNull(structure, "structure");
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
      this.announcedDelay = Objects.requireNonNull(announcedDelay, "announcedDelay");
    }

    /**
     * Sets the identifier.
     *
     * @param requestId the identifier
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = Objects.requireNonNull(requestId, "requestId");
      return this;
    }

    /**
     * Sets the structure.
     *
     * @param structure the structure
     * @return this builder
     */
    public Builder structure(StructureCode structure) {
      this.structure = Objects.requireNonNull(structure, "structure");
      return this;
    }

    /**
     * Sets the démarche.
     *
     * @param procedure the démarche
     * @return this builder
     */
    public Builder procedure(String procedure) {
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      return this;
    }

    /**
     * Sets the day of reception.
     *
     * @param receivedOn the day
     * @return this builder
     */
    public Builder receivedOn(LocalDate receivedOn) {
      this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
      return this;
    }

    /**
     * Sets the announced delay.
     *
     * @param announcedDelay the delay
     * @return this builder
     */
    public Builder announcedDelay(AnnouncedDelay announcedDelay) {
      this.announcedDelay = Objects.requireNonNull(announcedDelay, "announcedDelay");
      return this;
    }

    /**
     * Sets the closing day.
     *
     * @param closedOn the day, or null while the request is open
     * @return this builder
     */
    public Builder closedOn(@Nullable LocalDate closedOn) {
      this.closedOn = closedOn;
      return this;
    }

    /**
     * Sets the holiday zone ({@link HolidayZone#METROPOLE} unless set).
     *
     * @param holidayZone the zone
     * @return this builder
     */
    public Builder holidayZone(HolidayZone holidayZone) {
      this.holidayZone = Objects.requireNonNull(holidayZone, "holidayZone");
      return this;
    }

    /**
     * Adds a suspension.
     *
     * @param suspension the suspension
     * @return this builder
     */
    public Builder suspension(Suspension suspension) {
      suspensions.add(Objects.requireNonNull(suspension, "suspension"));
      return this;
    }

    /**
     * Replaces the suspensions.
     *
     * @param suspensions the suspensions
     * @return this builder
     */
    public Builder suspensions(List<Suspension> suspensions) {
      List<Suspension> copy = List.copyOf(suspensions);
      this.suspensions.clear();
      this.suspensions.addAll(copy);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidInputException if a rule of {@link ProcessedRequest} is broken
     */
    public ProcessedRequest build() {
      return new ProcessedRequest(
          requestId,
          structure,
          procedure,
          receivedOn,
          closedOn,
          announcedDelay,
          holidayZone,
          suspensions);
    }
  }
}
