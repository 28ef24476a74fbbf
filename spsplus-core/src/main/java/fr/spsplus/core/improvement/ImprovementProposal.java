package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An improvement proposal, usually from a front-line agent, and the answer it got. Every proposal
 * gets an answer, against criteria defined and communicated beforehand ("Or" criteria B1 and B2,
 * {@code seeds/001_…}).
 *
 * @param id the proposal's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param summary what is proposed; non-blank, at most {@value fr.spsplus.core.TextRules#TEXT_MAX}
 *     characters; never printed in error messages
 * @param author who proposed it (the kind of author, not a person)
 * @param submittedOn the day it was submitted
 * @param irritantId the identifier of the {@link Irritant} it addresses, or null
 * @param answer the answer, or null while the proposal awaits one; not dated before {@code
 *     submittedOn}
 */
public record ImprovementProposal(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @NotBlank @Size(max = TextRules.TEXT_MAX) String summary,
    @NotNull IrritantSource author,
    @NotNull LocalDate submittedOn,
    @Nullable @Pattern(regexp = TextRules.ID_PATTERN) String irritantId,
    @Nullable @Valid ProposalAnswer answer) {

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if a component breaks its rule or the answer is dated before the
   *     submission
   */
  public ImprovementProposal {
    Texts.requireId(id, "id");
    Texts.requireText(summary, TextRules.TEXT_MAX, "summary");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(submittedOn, "submittedOn");
    if (irritantId != null) {
      Texts.requireId(irritantId, "irritantId");
    }
    if (answer != null && answer.answeredOn().isBefore(submittedOn)) {
      throw new InvalidInputException(ImprovementMessages.BUNDLE.message("proposal.answer.date"));
    }
  }

  /**
   * Records a proposal awaiting its answer.
   *
   * @param id the identifier
   * @param summary what is proposed
   * @param author who proposed it
   * @param submittedOn the day it was submitted
   * @return the proposal
   * @throws InvalidInputException if a component breaks its rule
   */
  public static ImprovementProposal submit(
      String id, String summary, IrritantSource author, LocalDate submittedOn) {
    return new ImprovementProposal(id, summary, author, submittedOn, null, null);
  }

  /**
   * Tells whether the proposal got its answer.
   *
   * @return true if {@link #answer()} is present
   */
  public boolean hasAnswer() {
    return answer != null;
  }

  /**
   * Returns this proposal answered, after checking the answer rests on the stated criteria.
   *
   * @param answer the answer
   * @param stated the criteria the service communicated
   * @return the answered proposal
   * @throws InvalidInputException if the proposal already has an answer, the answer cites a
   *     criterion not stated, or it is dated before the submission
   */
  public ImprovementProposal answer(ProposalAnswer answer, ProposalCriteria stated) {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(stated, "stated");
    if (this.answer != null) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message("proposal.already.answered"));
    }
    stated.requireStated(answer);
    return new ImprovementProposal(id, summary, author, submittedOn, irritantId, answer);
  }

  /**
   * Returns this proposal linked to the irritant it addresses.
   *
   * @param irritantId the irritant's identifier
   * @return the new proposal
   * @throws InvalidInputException if the identifier is malformed
   */
  public ImprovementProposal withIrritant(String irritantId) {
    Objects.requireNonNull(irritantId, "irritantId");
    return new ImprovementProposal(id, summary, author, submittedOn, irritantId, answer);
  }
}
