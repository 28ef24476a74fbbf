package fr.spsplus.core.label;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IntervalMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * How a tier compares a survey score with its minimum: by the point estimate or by the lower bound
 * of a confidence interval, and which interval.
 *
 * <p>The interval is always computed and reported (so that a reader sees how solid a score is);
 * {@link #basis()} decides which value must reach the minimum. JSON form: {@code {"basis":
 * "LOWER_BOUND", "method": "WILSON", "confidence": 0.95}}; in a rule-set file, {@code method} and
 * {@code confidence} may be left out (defaults {@value #DEFAULT_METHOD_CODE} and {@value
 * #DEFAULT_CONFIDENCE}, the spsplus defaults for every published proportion).
 *
 * <p>Strictness, used to check that tiers are ordered ({@link #isAtLeastAsStrictAs}): any threshold
 * is at least as strict as a point-estimate one; a lower-bound threshold is at least as strict as
 * another lower-bound one with the same method and a confidence level that is not higher (a higher
 * level widens the interval and lowers its lower bound).
 *
 * @param basis which value must reach the minimum
 * @param method the interval method: {@code WILSON}, {@code CLOPPER_PEARSON}, {@code JEFFREYS} or
 *     {@code AGRESTI_COULL} (not {@code NORMAL_MEAN}: a survey score is a proportion)
 * @param confidence the confidence level, strictly between 0 and 1 (0.95 for 95 %)
 */
public record SurveyThreshold(
    @NotNull SurveyThresholdBasis basis,
    @NotNull IntervalMethod method,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        double confidence) {

  /** The code of the default interval method, Wilson. */
  public static final String DEFAULT_METHOD_CODE = "WILSON";

  /** The default interval method: Wilson score interval. */
  public static final IntervalMethod DEFAULT_METHOD = IntervalMethod.WILSON;

  /** The default confidence level: 95 %. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private static final MessageBundle MESSAGES = MessageBundle.of(SurveyThreshold.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidRuleSetException if the method is {@code NORMAL_MEAN} (path {@code method}) or
   *     the level is not strictly between 0 and 1 (path {@code confidence})
   */
  public SurveyThreshold {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(method, "method");
    if (method == IntervalMethod.NORMAL_MEAN) {
      throw new InvalidRuleSetException(
          "method", MESSAGES.message("rule.method.not.binomial", method.name()));
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new InvalidRuleSetException("confidence", MESSAGES.message("rule.confidence.range"));
    }
  }

  /**
   * Returns the point-estimate threshold, reporting a Wilson 95 % interval.
   *
   * @return the threshold
   */
  public static SurveyThreshold pointEstimate() {
    return new SurveyThreshold(
        SurveyThresholdBasis.POINT_ESTIMATE, DEFAULT_METHOD, DEFAULT_CONFIDENCE);
  }

  /**
   * Returns the lower-bound threshold with a Wilson 95 % interval.
   *
   * @return the threshold
   */
  public static SurveyThreshold lowerBound() {
    return lowerBound(DEFAULT_METHOD, DEFAULT_CONFIDENCE);
  }

  /**
   * Returns a lower-bound threshold.
   *
   * @param method the interval method
   * @param confidence the confidence level, in (0, 1)
   * @return the threshold
   * @throws InvalidRuleSetException if the method or the level is invalid
   */
  public static SurveyThreshold lowerBound(IntervalMethod method, double confidence) {
    return new SurveyThreshold(SurveyThresholdBasis.LOWER_BOUND, method, confidence);
  }

  /**
   * Tells whether a score that clears this threshold also clears {@code other} (for the same
   * minimum), as described in the type's documentation.
   *
   * @param other the threshold of a lower tier
   * @return true if this threshold is at least as strict
   */
  public boolean isAtLeastAsStrictAs(SurveyThreshold other) {
    Objects.requireNonNull(other, "other");
    if (other.basis == SurveyThresholdBasis.POINT_ESTIMATE) {
      return true;
    }
    return basis == SurveyThresholdBasis.LOWER_BOUND
        && method == other.method
        && confidence >= other.confidence;
  }
}
