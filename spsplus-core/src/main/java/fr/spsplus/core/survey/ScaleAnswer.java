package fr.spsplus.core.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One answer on a {@link SurveyScale}: the scale and the canonical code of the chosen point.
 *
 * <p>The code is read tolerantly by the constructor and stored in its canonical form ({@code
 * "Plutôt satisfait"} becomes {@code PLUTOT_SATISFAIT}), so that equal answers are equal records.
 * JSON form: {@code {"scale":"FOUR_POINT","code":"PLUTOT_SATISFAIT"}}.
 *
 * @param scale the scale
 * @param code the point's code, canonical
 */
public record ScaleAnswer(@NotNull SurveyScale scale, @NotBlank String code) {

  /**
   * Reads the code on the scale and keeps its canonical form.
   *
   * @throws fr.spsplus.core.InvalidInputException if the code is not a point of the scale
   */
  public ScaleAnswer {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(code, "code");
    code = scale.code(scale.indexOf(code));
  }

  /**
   * Returns an answer.
   *
   * @param scale the scale
   * @param code the point's code, read tolerantly
   * @return the answer
   * @throws fr.spsplus.core.InvalidInputException if the code is not a point of the scale
   */
  public static ScaleAnswer of(SurveyScale scale, String code) {
    return new ScaleAnswer(scale, code);
  }

  /**
   * Returns the answer at a point index.
   *
   * @param scale the scale
   * @param index the point index, {@code 0..scale.size()-1}
   * @return the answer
   * @throws IndexOutOfBoundsException if the index is outside the scale
   */
  public static ScaleAnswer ofIndex(SurveyScale scale, int index) {
    return new ScaleAnswer(scale, scale.code(index));
  }

  /**
   * Returns the no-opinion answer ({@code NSP}) of a scale.
   *
   * @param scale the scale
   * @return the answer
   */
  public static ScaleAnswer noOpinionOn(SurveyScale scale) {
    return ofIndex(scale, scale.noOpinionIndex());
  }

  /**
   * Returns the point index of the answer, for histograms. Cheap: no hashing, no allocation.
   *
   * @return {@code 0..scale().size()-1}
   */
  public int index() {
    return scale.indexOfCanonical(code);
  }

  /**
   * Tells whether the answer is the no-opinion answer, excluded from denominators.
   *
   * @return true for {@code NSP}
   */
  public boolean noOpinion() {
    return SurveyScale.NSP.equals(code);
  }

  /**
   * Tells whether the answer is in the scale's default top box.
   *
   * @return true if the answer counts as satisfied by default
   */
  public boolean topBox() {
    return scale.isDefaultTopBox(index());
  }

  /**
   * Returns the numeric score of the answer.
   *
   * @return the score, or {@link Double#NaN} for {@code NSP}
   */
  public double score() {
    return scale.score(index());
  }

  /** Returns {@code SCALE:CODE}, for example {@code FOUR_POINT:TRES_SATISFAIT}. */
  @Override
  public String toString() {
    return scale.name() + ":" + code;
  }
}
