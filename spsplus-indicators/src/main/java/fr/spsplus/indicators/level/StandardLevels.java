package fr.spsplus.indicators.level;

/**
 * Ready-made level tables and targets, each with its source or marked as a proposed default.
 * Everything here is an ordinary {@link LevelTable} or {@link Target}: build your own for other
 * rules.
 */
public final class StandardLevels {

  private static final LevelTable<QualityLevel> ONLINE_SATISFACTION =
      LevelTable.higherIsBetter(QualityLevel.POOR)
          .atLeast(5, QualityLevel.MEDIUM)
          .atLeast(8, QualityLevel.GOOD)
          .build();

  private StandardLevels() {}

  /**
   * The satisfaction score out of 10 of an online procedure (JDMA "Je donne mon avis"), in three
   * levels: {@code ≥ 8} good, {@code ≥ 5} medium, below poor.
   *
   * <p>Sources: the SP+ indicator "qualité des démarches en ligne" counts the procedures whose
   * score is at least 8/10 (https://www.plus.transformation.gouv.fr/engagement/6), and the
   * interministerial target is a score above 8/10 (DNUM-SocialGouv documentation, file {@code
   * deployer/conduire-le-changement/mesurer-la-satisfaction-avec-le-bouton-jdma.md} of
   * https://github.com/DNUM-SocialGouv/documentation). The medium cut at 5 follows the
   * Observatoire-style three-level display; no public document giving it was found, so it is a
   * <strong>proposed default</strong>.
   *
   * @return the table
   */
  public static LevelTable<QualityLevel> onlineSatisfactionScore() {
    return ONLINE_SATISFACTION;
  }

  /**
   * The pick-up rate target of the Plan téléphone: at least 85 % of the calls that require an agent
   * are answered by an agent ({@code ≥ 0.85}, rates as fractions).
   *
   * <p>Source: Plan téléphone decided at the interministerial transformation committee of May 2023,
   * target 85 % by an agent, IVR excluded
   * (https://www.modernisation.gouv.fr/ameliorer-lefficacite-des-services-publics/acces-aux-services-publics/ameliorer-laccueil-des
   * ; https://www.plus.transformation.gouv.fr/engagement/6). Whether a rate of exactly 85 % meets
   * it is not stated; spsplus reads "85 %" as inclusive.
   *
   * @return the target
   */
  public static Target pickUpRateTarget() {
    return Target.atLeast(0.85);
  }
}
