package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The criteria a service states and communicates to answer improvement proposals ("la réponse aux
 * propositions est faite au regard de critères définis et communiqués", "Or" criterion B2, {@code
 * seeds/001_…}). Each service defines its own; {@link #proposedDefault()} is a starting point.
 *
 * @param criteria the criteria's names, at least one, without duplicates; each non-blank, at most
 *     {@value fr.spsplus.core.TextRules#TITLE_MAX} characters (copied)
 */
public record ProposalCriteria(
    @NotEmpty List<@NotBlank @Size(max = TextRules.TITLE_MAX) String> criteria) {

  /**
   * Checks and copies the criteria.
   *
   * @throws InvalidInputException if the list is empty, a criterion blank, too long or duplicated
   */
  public ProposalCriteria {
    criteria = List.copyOf(Checks.requireNonEmpty(criteria, "criteria"));
    for (String criterion : criteria) {
      Texts.requireText(criterion, TextRules.TITLE_MAX, "criteria");
    }
    if (new HashSet<>(criteria).size() != criteria.size()) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message("proposal.criteria.duplicate"));
    }
  }

  /**
   * Returns spsplus's <strong>proposed default</strong> criteria (no official list is public):
   * benefit for users, feasibility, compliance with the rules, and the service's competence to
   * decide.
   *
   * @return the proposed default criteria, in French
   */
  public static ProposalCriteria proposedDefault() {
    return new ProposalCriteria(
        List.of(
            "Bénéfice pour les usagers",
            "Faisabilité (coût, délai, moyens)",
            "Conformité au droit et aux règles du réseau",
            "Compétence du service pour décider"));
  }

  /**
   * Requires an answer that uses only these criteria.
   *
   * @param answer the answer
   * @return the answer
   * @throws InvalidInputException if the answer cites a criterion not stated here
   */
  public ProposalAnswer requireStated(ProposalAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    for (int i = 0; i < answer.criteria().size(); i++) {
      if (!criteria.contains(answer.criteria().get(i))) {
        throw new InvalidInputException(
            ImprovementMessages.BUNDLE.message("proposal.criterion.unstated", i));
      }
    }
    return answer;
  }
}
