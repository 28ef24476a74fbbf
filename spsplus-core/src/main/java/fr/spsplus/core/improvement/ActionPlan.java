package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The action plan of a structure: the improvement actions decided after the self-assessment and the
 * listening of users, agents and elected officials, displayed and made public, then implemented and
 * followed (DITP page "Amélioration continue", {@code seeds/000_…}).
 *
 * @param id the plan's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param structure the structure whose plan it is
 * @param title the plan's title; non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX}
 *     characters
 * @param adoptedOn the day the plan was adopted
 * @param actions the actions, at least one, identifiers unique (copied)
 */
public record ActionPlan(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @NotNull StructureCode structure,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    @NotNull LocalDate adoptedOn,
    @NotEmpty List<@Valid @NotNull Action> actions) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if a component breaks its rule or two actions share an identifier
   */
  public ActionPlan {
    Texts.requireId(id, "id");
    Objects.requireNonNull(structure, "structure");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
    Objects.requireNonNull(adoptedOn, "adoptedOn");
    actions = List.copyOf(Checks.requireNonEmpty(actions, "actions"));
    Set<String> ids = new HashSet<>();
    for (Action action : actions) {
      if (!ids.add(action.id())) {
        throw new InvalidInputException(
            ImprovementMessages.BUNDLE.message("plan.duplicate", action.id()));
      }
    }
  }

  /**
   * Returns an action by identifier.
   *
   * @param actionId the identifier
   * @return the action, or empty
   */
  public Optional<Action> action(String actionId) {
    Objects.requireNonNull(actionId, "actionId");
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /**
   * Returns the actions shown to the public.
   *
   * @return the published actions, in plan order
   */
  public List<Action> publishedActions() {
    return actions.stream().filter(Action::published).toList();
  }

  /**
   * Returns the actions late on a given day.
   *
   * @param day the day
   * @return the open actions past their due date, in plan order
   */
  public List<Action> overdueOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return actions.stream().filter(a -> a.isOverdueOn(day)).toList();
  }

  /**
   * Returns this plan with one action replaced (same identifier).
   *
   * @param action the new version of the action
   * @return the new plan
   * @throws InvalidInputException if the plan has no action with that identifier
   */
  public ActionPlan withAction(Action action) {
    Objects.requireNonNull(action, "action");
    List<Action> updated = new ArrayList<>(actions);
    for (int i = 0; i < updated.size(); i++) {
      if (updated.get(i).id().equals(action.id())) {
        updated.set(i, action);
        return new ActionPlan(id, structure, title, adoptedOn, updated);
      }
    }
    throw new InvalidInputException(
        ImprovementMessages.BUNDLE.message("plan.unknown.action", action.id()));
  }
}
