package fr.spsplus.core.experience;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A structure's public answer to an experience: a politeness formula, a body and a signature, with
 * a status, and the visitors' usefulness votes once published.
 *
 * <p>Texts are kept exactly as written: multi-paragraph bodies, non-breaking spaces ({@code
 * U+00A0}) and HTML entities such as {@code &nbsp;} found in the open data are neither cleaned nor
 * decoded (open-data field {@code reponse_structure_1}; answers reused by Etalab's Albert project
 * show all three). Sources: platform FAQ ("the agent chooses a politeness formula, a signature and
 * a status"), <a href="https://opendata.plus.transformation.gouv.fr">open data</a>.
 *
 * <p>Rules: a draft has no publication instant and no vote; a published answer has a publication
 * instant. Texts longer than {@value #MAX_BODY_LENGTH} characters are flagged by Jakarta Validation
 * (proposed default), not by the constructor.
 *
 * @param structure the answering structure
 * @param politenessFormula the opening formula ("Bonjour,", "Madame, Monsieur,"), or {@code null}
 *     when unknown (the open data publishes the answer as one text)
 * @param body the body, not blank
 * @param signature the signature ("Le service accueil de la CAF du Gard"), or {@code null} when
 *     unknown
 * @param status draft or published
 * @param publishedAt when the answer was published; {@code null} for a draft
 * @param votes the usefulness votes; {@link UsefulnessVotes#NONE} for a draft
 */
public record StructureAnswer(
    @NotNull StructureCode structure,
    @Nullable @Size(max = 500) String politenessFormula,
    @NotBlank @Size(max = StructureAnswer.MAX_BODY_LENGTH) String body,
    @Nullable @Size(max = 500) String signature,
    @NotNull AnswerStatus status,
    @Nullable Instant publishedAt,
    @NotNull @Valid UsefulnessVotes votes) {

  /** Maximum length of an answer body (proposed default). */
  public static final int MAX_BODY_LENGTH = 20_000;

  private static final MessageBundle MESSAGES = MessageBundle.of(StructureAnswer.class, "messages");

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException if the body or a present formula or signature is blank, or the
   *     status does not match the publication instant and the votes
   */
  public StructureAnswer {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(votes, "votes");
    Checks.requireNonBlank(body, "body");
    if (politenessFormula != null) {
      Checks.requireNonBlank(politenessFormula, "politenessFormula");
    }
    if (signature != null) {
      Checks.requireNonBlank(signature, "signature");
    }
    if (status == AnswerStatus.PUBLISHED && publishedAt == null) {
      throw new InvalidInputException(MESSAGES.message("answer.publishedAt.required"));
    }
    if (status == AnswerStatus.DRAFT && publishedAt != null) {
      throw new InvalidInputException(MESSAGES.message("answer.publishedAt.forbidden"));
    }
    if (status == AnswerStatus.DRAFT && !votes.equals(UsefulnessVotes.NONE)) {
      throw new InvalidInputException(MESSAGES.message("answer.votes.draft"));
    }
  }

  /**
   * Creates a draft answer.
   *
   * @param structure the answering structure
   * @param politenessFormula the opening formula, or {@code null}
   * @param body the body
   * @param signature the signature, or {@code null}
   * @return the draft
   * @throws InvalidInputException if a text is blank
   */
  public static StructureAnswer draft(
      StructureCode structure,
      @Nullable String politenessFormula,
      String body,
      @Nullable String signature) {
    return new StructureAnswer(
        structure,
        politenessFormula,
        body,
        signature,
        AnswerStatus.DRAFT,
        null,
        UsefulnessVotes.NONE);
  }

  /**
   * Publishes a draft.
   *
   * @param at the publication instant
   * @return the published answer
   * @throws InvalidInputException if the answer is already published
   */
  public StructureAnswer publish(Instant at) {
    Objects.requireNonNull(at, "at");
    if (status == AnswerStatus.PUBLISHED) {
      throw new InvalidInputException(MESSAGES.message("answer.already.published"));
    }
    return new StructureAnswer(
        structure, politenessFormula, body, signature, AnswerStatus.PUBLISHED, at, votes);
  }

  /**
   * Records a visitor's vote.
   *
   * @param useful whether the visitor found the answer useful
   * @return the answer with one more vote
   * @throws InvalidInputException if the answer is a draft
   */
  public StructureAnswer withVote(boolean useful) {
    if (status != AnswerStatus.PUBLISHED) {
      throw new InvalidInputException(MESSAGES.message("answer.votes.draft"));
    }
    return new StructureAnswer(
        structure, politenessFormula, body, signature, status, publishedAt, votes.plus(useful));
  }

  /**
   * Returns the answer as readers see it: the formula, the body and the signature, separated by a
   * blank line, each omitted when absent. The texts are not altered.
   *
   * @return the full text
   */
  public String fullText() {
    StringBuilder text = new StringBuilder();
    if (politenessFormula != null) {
      text.append(politenessFormula).append("\n\n");
    }
    text.append(body);
    if (signature != null) {
      text.append("\n\n").append(signature);
    }
    return text.toString();
  }

  /** Returns the structure, the status and the votes; never the texts. */
  @Override
  public String toString() {
    return "StructureAnswer[" + structure + ", " + status + ", " + votes + "]";
  }
}
