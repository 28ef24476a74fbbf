package fr.spsplus.core.experience;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A test panel that users can join to test or reformulate a procedure or a document of a structure
 * (the platform recruits volunteers for "panels de test").
 *
 * <p>Enrolment is open from {@code opensOn} to {@code closesOn}, both included, while places
 * remain. The platform publishes no panel data model: the components are a <strong>proposed
 * default</strong>.
 *
 * @param theme what the panel tests, not blank
 * @param structure the structure running it
 * @param opensOn the first day of enrolment
 * @param closesOn the last day of enrolment, not before {@code opensOn}
 * @param capacity the number of places, positive
 * @param enrolled the number of enrolled users, from 0 to {@code capacity}
 */
public record TestPanel(
    @NotBlank @Size(max = 500) String theme,
    @NotNull StructureCode structure,
    @NotNull LocalDate opensOn,
    @NotNull LocalDate closesOn,
    @Positive int capacity,
    @PositiveOrZero int enrolled) {

  private static final MessageBundle MESSAGES = MessageBundle.of(TestPanel.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the theme is blank, the dates are reversed, the capacity is
   *     not positive or the enrolment is outside {@code [0, capacity]}
   */
  public TestPanel {
    Checks.requireNonBlank(theme, "theme");
    Objects.requireNonNull(structure, "structure");
    Checks.requireNotBefore(opensOn, "opensOn", closesOn, "closesOn");
    Checks.requirePositive(capacity, "capacity");
    Checks.requireBetween(enrolled, 0, capacity, "enrolled");
  }

  /**
   * Creates a panel with nobody enrolled yet.
   *
   * @param theme what the panel tests
   * @param structure the structure running it
   * @param opensOn the first day of enrolment
   * @param closesOn the last day of enrolment
   * @param capacity the number of places
   * @return the panel
   * @throws InvalidInputException if a component breaks its rule
   */
  public static TestPanel open(
      String theme, StructureCode structure, LocalDate opensOn, LocalDate closesOn, int capacity) {
    return new TestPanel(theme, structure, opensOn, closesOn, capacity, 0);
  }

  /**
   * Tells whether enrolment is open on a day: within the dates and with places left.
   *
   * @param day the day
   * @return true if a user can join that day
   */
  public boolean acceptsEnrolmentOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(opensOn) && !day.isAfter(closesOn) && enrolled < capacity;
  }

  /**
   * Returns the number of places left.
   *
   * @return capacity − enrolled
   */
  public int remainingPlaces() {
    return capacity - enrolled;
  }

  /**
   * Enrols one more user.
   *
   * @param day the day of enrolment
   * @return the panel with one more enrolled user
   * @throws InvalidInputException if the day is outside the enrolment dates or the panel is full
   */
  public TestPanel join(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (day.isBefore(opensOn) || day.isAfter(closesOn)) {
      throw new InvalidInputException(
          MESSAGES.message(
              "panel.closed", day.toString(), opensOn.toString(), closesOn.toString()));
    }
    if (enrolled >= capacity) {
      throw new InvalidInputException(MESSAGES.message("panel.full", capacity));
    }
    return new TestPanel(theme, structure, opensOn, closesOn, capacity, enrolled + 1);
  }
}
