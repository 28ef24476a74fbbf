package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A meeting of the comité local de l'amélioration continue: users, elected officials and partners
 * of a territory prioritise the improvement actions, "au bénéfice du plus grand nombre" (DITP page
 * "Amélioration continue", {@code seeds/000_…};
 * https://www.plus.transformation.gouv.fr/lamelioration-continue-des-services-publics).
 *
 * <p>Participants are counted by role, never named.
 *
 * @param structure the structure that held the committee
 * @param heldOn the day of the meeting
 * @param participants the number of participants per role; zero counts are dropped, at least one
 *     participant in all (copied, in {@link ParticipantRole} order)
 * @param priorities the prioritised actions, ranked 1, 2, 3… without gaps (copied, sorted by rank);
 *     possibly none
 */
public record LocalCommittee(
    @NotNull StructureCode structure,
    @NotNull LocalDate heldOn,
    Map<@NotNull ParticipantRole, @NotNull @PositiveOrZero Integer> participants,
    List<@Valid @NotNull PrioritisedAction> priorities) {

  /**
   * Checks, copies and sorts the components.
   *
   * @throws InvalidInputException if a count is negative, nobody took part, or the ranks are not 1,
   *     2, 3… without gaps or duplicates
   */
  public LocalCommittee {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(heldOn, "heldOn");
    Map<ParticipantRole, Integer> counts = new EnumMap<>(ParticipantRole.class);
    long total = 0;
    for (Map.Entry<ParticipantRole, Integer> entry :
        Objects.requireNonNull(participants, "participants").entrySet()) {
      ParticipantRole role = Objects.requireNonNull(entry.getKey(), "participants");
      int count = Objects.requireNonNull(entry.getValue(), "participants");
      Checks.requireNonNegative(count, "participants." + role.name());
      if (count > 0) {
        counts.put(role, count);
        total += count;
      }
    }
    if (total == 0) {
      throw new InvalidInputException(ImprovementMessages.BUNDLE.message("committee.empty"));
    }
    participants = Collections.unmodifiableMap(counts);
    List<PrioritisedAction> sorted =
        new ArrayList<>(Objects.requireNonNull(priorities, "priorities"));
    sorted.sort(Comparator.comparingInt(PrioritisedAction::rank));
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).rank() != i + 1) {
        throw new InvalidInputException(
            ImprovementMessages.BUNDLE.message("committee.ranks", i + 1, sorted.get(i).rank()));
      }
    }
    priorities = List.copyOf(sorted);
  }

  /**
   * Returns the number of participants with a role.
   *
   * @param role the role
   * @return the count, 0 if none
   */
  public int count(ParticipantRole role) {
    Objects.requireNonNull(role, "role");
    return participants.getOrDefault(role, 0);
  }

  /**
   * Returns the number of participants.
   *
   * @return the total, at least 1
   */
  public int total() {
    return participants.values().stream().mapToInt(Integer::intValue).sum();
  }
}
