package fr.spsplus.indicators.survey;

import fr.spsplus.core.survey.SurveyScale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The statistics that {@link SurveyPolicy} computes from a {@link SurveyAccumulator}. The constant
 * names are stable codes: a measurement records its statistic as the parameter {@code statistic}.
 *
 * <p>Notation: {@code V} = valid answers ({@code NSP} excluded), {@code S} = answers in the top
 * box, {@code D} = answers in the bottom box, {@code m(a)} = the mark of answer {@code a}. Weighted
 * variants replace every count by the sum of the weights of the answers it counts.
 */
public enum SurveyStatistic {
  /**
   * Top-box rate {@code S ÷ V}, a proportion in [0, 1] with a binomial interval (Wilson by
   * default). Default top box: the scale's ({@link SurveyScale#defaultTopBoxMask()}), top-2 on the
   * 4-point scale (Delouvrier barometer,
   * https://github.com/etalab/barometre-resultats-documentation).
   */
  TOP_BOX(null),
  /**
   * Taux net {@code (S − D) ÷ V}, in [−1, 1]: a <strong>proposed default</strong> formula (the SP+
   * dashboard publishes a "taux net" next to the satisfaction rate without giving its formula,
   * https://www.plus.transformation.gouv.fr/engagement/6); answers in neither box count in {@code
   * V} only.
   */
  NET_RATE(null),
  /**
   * Net Promoter Score {@code (promoters − detractors) ÷ V}, promoters 9–10, detractors 0–6, in
   * [−1, 1] (multiply by 100 for the usual −100..+100 points). NPS is a registered trademark of
   * Bain &amp; Company, Fred Reichheld and Satmetrix.
   */
  NPS(SurveyScale.NPS_0_10),
  /** Mean mark {@code Σ m(a) ÷ V}, with the policy's marks (the scale's scores by default). */
  MEAN(null),
  /**
   * Customer Effort Score 2.0, mean of the 1–7 agreement (Dixon, Toman and DeLisi, <i>The
   * Effortless Experience</i>, 2013).
   */
  CES_MEAN(SurveyScale.CES_1_7),
  /** Customer Effort Score 2.0, share of answers 5 to 7, a proportion in [0, 1]. */
  CES_SHARE(SurveyScale.CES_1_7),
  /**
   * "Je donne mon avis" score out of 10: the mean mark with good = 10, medium = 5, bad = 0 by
   * default (the JDMA service's own computation; anchors-systems.md §1.4 of the project's
   * references).
   */
  JDMA_SCORE(SurveyScale.JDMA_3),
  /** Share of {@code OUI} among the yes/no answers, a proportion in [0, 1]. */
  YES_RATE(SurveyScale.YES_NO);

  private final @Nullable SurveyScale requiredScale;

  SurveyStatistic(@Nullable SurveyScale requiredScale) {
    this.requiredScale = requiredScale;
  }

  /**
   * Returns the scale the statistic is defined on.
   *
   * @return the scale, or empty when the statistic applies to any scale
   */
  public Optional<SurveyScale> requiredScale() {
    return Optional.ofNullable(requiredScale);
  }
}
