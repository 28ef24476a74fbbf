package fr.spsplus.core.survey;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A set of valid points of a {@link SurveyScale}: the answers a calculator counts as "satisfied"
 * (the top box) or "dissatisfied" (the bottom box), when a network's method differs from the
 * scale's defaults.
 *
 * <p>The points are stored as canonical codes in point-index order, without duplicates; {@link
 * #mask()} gives the bit mask a calculator tests with one instruction. The no-opinion point is
 * never part of a set (it is excluded from denominators).
 *
 * @param scale the scale
 * @param points the codes of the points, canonical, in point-index order, at least one, no {@code
 *     NSP}
 */
public record PointSet(@NotNull SurveyScale scale, @NotEmpty List<String> points) {

  private static final MessageBundle MESSAGES = MessageBundle.of(PointSet.class, "messages");

  /**
   * Reads, deduplicates and orders the points.
   *
   * @throws InvalidInputException if the set is empty, contains {@code NSP}, or contains a code
   *     that is not a point of the scale
   */
  public PointSet {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(points, "points");
    points = codes(scale, mask(scale, points));
  }

  private static int mask(SurveyScale scale, Collection<String> codes) {
    int mask = 0;
    for (String code : codes) {
      int index = scale.indexOf(Objects.requireNonNull(code, "points[]"));
      if (scale.isNoOpinion(index)) {
        throw new InvalidInputException(MESSAGES.message("points.no.opinion"));
      }
      mask |= 1 << index;
    }
    if (mask == 0) {
      throw new InvalidInputException(MESSAGES.message("points.empty"));
    }
    return mask;
  }

  private static List<String> codes(SurveyScale scale, int mask) {
    return scale.codes().stream().filter(code -> (mask & (1 << scale.indexOf(code))) != 0).toList();
  }

  /**
   * Returns a set of points.
   *
   * @param scale the scale
   * @param codes the points' codes, read tolerantly
   * @return the set
   * @throws InvalidInputException if the set is empty or a code is invalid or {@code NSP}
   */
  public static PointSet of(SurveyScale scale, String... codes) {
    return new PointSet(scale, List.of(codes));
  }

  /**
   * Returns the set whose bit mask is given.
   *
   * @param scale the scale
   * @param mask bit {@code i} set for point index {@code i}; only valid points
   * @return the set
   * @throws InvalidInputException if the mask is empty or names the no-opinion point or a point
   *     outside the scale
   */
  public static PointSet ofMask(SurveyScale scale, int mask) {
    Objects.requireNonNull(scale, "scale");
    int valid = (1 << scale.validPoints()) - 1;
    if ((mask & ~valid) != 0) {
      throw new InvalidInputException(MESSAGES.message("points.mask", scale.name()));
    }
    return new PointSet(scale, codes(scale, mask));
  }

  /**
   * Returns the scale's default top box (the answers counted as satisfied).
   *
   * @param scale the scale
   * @return the set of {@link SurveyScale#defaultTopBoxMask()}
   */
  public static PointSet defaultTopBox(SurveyScale scale) {
    return ofMask(scale, scale.defaultTopBoxMask());
  }

  /**
   * Returns the scale's default bottom box (the answers counted as dissatisfied).
   *
   * @param scale the scale
   * @return the set of {@link SurveyScale#defaultBottomBoxMask()}
   */
  public static PointSet defaultBottomBox(SurveyScale scale) {
    return ofMask(scale, scale.defaultBottomBoxMask());
  }

  /**
   * Returns the bit mask of the set: bit {@code i} is set when point index {@code i} is in it.
   *
   * @return the mask, not zero
   */
  public int mask() {
    return mask(scale, points);
  }

  /**
   * Tells whether a point index is in the set.
   *
   * @param index the point index
   * @return true if the point is in the set
   */
  public boolean contains(int index) {
    return index >= 0 && index < scale.size() && points.contains(scale.code(index));
  }

  /**
   * Tells whether an answer is in the set.
   *
   * @param answer an answer on the same scale
   * @return true if the answer's point is in the set
   * @throws InvalidInputException if the answer is on another scale
   */
  public boolean contains(ScaleAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    if (answer.scale() != scale) {
      throw new InvalidInputException(
          MESSAGES.message("points.scale", answer.scale().name(), scale.name()));
    }
    return points.contains(answer.code());
  }
}
