package fr.spsplus.core.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Duplicates in an experience's lists: pairwise for short lists, with a set for long ones; both
 * refuse exactly the lists with a repeated value and name the first repetition.
 */
class RequireDistinctTest {

  @Property
  void refusesExactlyTheListsWithARepeatedValue(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 60) Integer> values) {
    List<Integer> copy = List.copyOf(values);
    Integer firstRepeat = firstRepeat(copy);
    if (firstRepeat == null) {
      ExperienceSubmission.requireDistinct(copy, "experience.structures.duplicate");
    } else {
      assertThatThrownBy(
              () -> ExperienceSubmission.requireDistinct(copy, "experience.structures.duplicate"))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                      .isEqualTo(
                          "Structure " + firstRepeat + " is listed twice in \"structures\"."));
    }
  }

  /** The first element, in list order, equal to an earlier one. */
  private static @Nullable Integer firstRepeat(List<Integer> values) {
    HashSet<Integer> seen = new HashSet<>();
    for (Integer value : values) {
      if (!seen.add(value)) {
        return value;
      }
    }
    return null;
  }
}
