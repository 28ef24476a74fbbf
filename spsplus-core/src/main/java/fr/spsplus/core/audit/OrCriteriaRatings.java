package fr.spsplus.core.audit;

import fr.spsplus.core.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An audit's ratings of the additional criteria of the "Or" tier, on their own scale (the official
 * scale is not public: it is data, as for {@link AuditGrid}).
 *
 * <p>Criteria may be missing (not rated); each rated criterion appears once. Ratings are kept in
 * {@link OrCriterion} order.
 *
 * @param scale the rating scale
 * @param ratings the ratings, at most one per criterion, each on the scale (copied, sorted by
 *     criterion)
 */
public record OrCriteriaRatings(
    @NotNull @Valid RatingScale scale, List<@Valid @NotNull OrCriterionRating> ratings) {

  /**
   * Checks, copies and sorts the components.
   *
   * @throws InvalidInputException if a criterion is rated twice or a rating is off the scale
   */
  public OrCriteriaRatings {
    Objects.requireNonNull(scale, "scale");
    List<OrCriterionRating> sorted = new ArrayList<>(Objects.requireNonNull(ratings, "ratings"));
    sorted.sort(Comparator.comparing(OrCriterionRating::criterion));
    for (int i = 0; i < sorted.size(); i++) {
      OrCriterionRating rating = sorted.get(i);
      if (i > 0 && sorted.get(i - 1).criterion() == rating.criterion()) {
        throw new InvalidInputException(
            AuditMessages.BUNDLE.message("or.duplicate", rating.criterion().name()));
      }
      scale.requireRating(rating.rating(), rating.criterion().name());
    }
    ratings = List.copyOf(sorted);
  }

  /**
   * Returns the rating of a criterion, if it was rated.
   *
   * @param criterion the criterion
   * @return the rating, or empty
   */
  public Optional<OrCriterionRating> rating(OrCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    return ratings.stream().filter(r -> r.criterion() == criterion).findFirst();
  }

  /**
   * Returns the criteria that were not rated.
   *
   * @return the missing criteria, in order
   */
  public Set<OrCriterion> missing() {
    Set<OrCriterion> missing = EnumSet.allOf(OrCriterion.class);
    ratings.forEach(r -> missing.remove(r.criterion()));
    return missing;
  }
}
