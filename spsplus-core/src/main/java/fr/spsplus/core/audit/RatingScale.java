package fr.spsplus.core.audit;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An integer rating scale {@code min..max}, with optional labels for its values.
 *
 * <p>The scale of the label Services Publics+ audit is <strong>not public</strong> (points, levels
 * or percentages: unknown), so the scale is data carried by each {@link AuditGrid}, never code. A
 * scale has at least two values and at most {@value #MAX_VALUES}.
 *
 * @param min the lowest rating, inclusive, from {@value #MIN_BOUND} to {@value #MAX_BOUND}
 * @param max the highest rating, inclusive, above {@code min}
 * @param labels labels of some or all values, each value within the scale and labelled once; copied
 *     and sorted by value
 */
public record RatingScale(int min, int max, List<@Valid @NotNull RatingLevel> labels) {

  /** The smallest accepted bound of a scale. */
  public static final int MIN_BOUND = -100;

  /** The largest accepted bound of a scale. */
  public static final int MAX_BOUND = 1000;

  /** The largest number of values of a scale. */
  public static final int MAX_VALUES = 101;

  /**
   * Checks, copies and sorts the components.
   *
   * @throws InvalidInputException if the bounds are out of range or not ordered, the scale has more
   *     than {@value #MAX_VALUES} values, or a label is outside the scale or duplicated
   */
  public RatingScale {
    Checks.requireBetween(min, MIN_BOUND, MAX_BOUND, "min");
    Checks.requireBetween(max, MIN_BOUND, MAX_BOUND, "max");
    if (max <= min || max - min + 1 > MAX_VALUES) {
      throw new InvalidInputException(
          AuditMessages.BUNDLE.message("scale.bounds", min, max, MAX_VALUES));
    }
    Objects.requireNonNull(labels, "labels");
    List<RatingLevel> sorted = new ArrayList<>(labels);
    sorted.sort(Comparator.comparingInt(RatingLevel::value));
    for (int i = 0; i < sorted.size(); i++) {
      int value = sorted.get(i).value();
      if (value < min || value > max) {
        throw new InvalidInputException(
            AuditMessages.BUNDLE.message("scale.label.outside", value, min, max));
      }
      if (i > 0 && sorted.get(i - 1).value() == value) {
        throw new InvalidInputException(
            AuditMessages.BUNDLE.message("scale.label.duplicate", value));
      }
    }
    labels = List.copyOf(sorted);
  }

  /**
   * Returns a scale without labels.
   *
   * @param min the lowest rating
   * @param max the highest rating
   * @return the scale
   * @throws InvalidInputException if the bounds are invalid
   */
  public static RatingScale of(int min, int max) {
    return new RatingScale(min, max, List.of());
  }

  /**
   * Tells whether a rating belongs to the scale.
   *
   * @param rating the rating
   * @return true if {@code min <= rating <= max}
   */
  public boolean contains(int rating) {
    return rating >= min && rating <= max;
  }

  /**
   * Requires a rating of the scale.
   *
   * @param rating the rating
   * @param field the field's name, for the message
   * @return the rating
   * @throws InvalidInputException if the rating is outside the scale
   */
  public int requireRating(int rating, String field) {
    if (!contains(rating)) {
      throw new InvalidInputException(
          AuditMessages.BUNDLE.message("scale.rating.outside", field, min, max, rating));
    }
    return rating;
  }

  /**
   * Returns the label of a value, if it has one.
   *
   * @param value the value
   * @return the label, or empty
   */
  public Optional<String> label(int value) {
    return labels.stream().filter(l -> l.value() == value).map(RatingLevel::label).findFirst();
  }

  /**
   * Returns the number of values of the scale.
   *
   * @return {@code max - min + 1}
   */
  public int size() {
    return max - min + 1;
  }
}
