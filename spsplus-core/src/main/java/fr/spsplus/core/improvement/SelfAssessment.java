package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.RatingLevel;
import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.engagement.EngagementReferential;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A collective self-assessment ("auto-évaluation") of a structure against the engagements of a
 * referential: one level per engagement, with comments. It is the diagnosis that identifies the
 * improvement actions and the progress to make against the engagements (DITP page "Amélioration
 * continue", {@code seeds/000_…}).
 *
 * <p>The official self-assessment grid and maturity levels are <strong>not public</strong>: the
 * scale is data. {@link #proposedMaturityScale()} is spsplus's proposed default.
 *
 * @param structure the assessed structure
 * @param referential the referential whose engagements are assessed
 * @param assessedOn the day of the assessment
 * @param scale the maturity scale of the levels
 * @param engagements one assessment per engagement of the referential, each number exactly once,
 *     each level on the scale (copied, sorted by engagement)
 */
public record SelfAssessment(
    @NotNull StructureCode structure,
    @NotNull ReferentialId referential,
    @NotNull LocalDate assessedOn,
    @NotNull @Valid RatingScale scale,
    @NotEmpty List<@Valid @NotNull EngagementSelfAssessment> engagements) {

  /**
   * Checks, copies and sorts the components.
   *
   * @throws InvalidInputException if an engagement of the referential is missing or assessed twice,
   *     a number is unknown to the referential, or a level is off the scale
   */
  public SelfAssessment {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(scale, "scale");
    List<EngagementSelfAssessment> sorted =
        new ArrayList<>(Objects.requireNonNull(engagements, "engagements"));
    sorted.sort(Comparator.comparingInt(EngagementSelfAssessment::engagement));
    EngagementReferential expected = Referentials.of(referential);
    for (EngagementSelfAssessment assessment : sorted) {
      expected.requireNumber(assessment.engagement());
      scale.requireRating(assessment.level(), "engagement " + assessment.engagement());
    }
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).engagement() == sorted.get(i - 1).engagement()) {
        throw new InvalidInputException(
            ImprovementMessages.BUNDLE.message(
                "self.assessment.duplicate", sorted.get(i).engagement(), referential.name()));
      }
    }
    for (int i = 0; i < expected.size(); i++) {
      if (i >= sorted.size() || sorted.get(i).engagement() != i + 1) {
        throw new InvalidInputException(
            ImprovementMessages.BUNDLE.message(
                "self.assessment.missing", i + 1, referential.name()));
      }
    }
    engagements = List.copyOf(sorted);
  }

  /**
   * Returns spsplus's <strong>proposed default</strong> maturity scale (no official scale is
   * public): 1 "Non engagé", 2 "Initié", 3 "Déployé", 4 "Maîtrisé et amélioré".
   *
   * @return the proposed scale 1..4
   */
  public static RatingScale proposedMaturityScale() {
    return new RatingScale(
        1,
        4,
        List.of(
            new RatingLevel(1, "Non engagé"),
            new RatingLevel(2, "Initié"),
            new RatingLevel(3, "Déployé"),
            new RatingLevel(4, "Maîtrisé et amélioré")));
  }

  /**
   * Returns the level of one engagement.
   *
   * @param engagement the engagement's number
   * @return the level
   * @throws InvalidInputException if the referential has no such engagement
   */
  public int level(int engagement) {
    Referentials.of(referential).requireNumber(engagement);
    return engagements.get(engagement - 1).level();
  }

  /**
   * Returns the engagements with the lowest level: the first candidates for the action plan.
   *
   * @return their numbers, in increasing order, never empty
   */
  public List<Integer> weakestEngagements() {
    int lowest = engagements.stream().mapToInt(EngagementSelfAssessment::level).min().orElseThrow();
    return engagements.stream()
        .filter(e -> e.level() == lowest)
        .map(EngagementSelfAssessment::engagement)
        .toList();
  }
}
