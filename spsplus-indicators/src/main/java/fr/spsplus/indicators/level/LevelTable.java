package fr.spsplus.indicators.level;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.Polarity;
import fr.spsplus.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An ordered table that maps an indicator value to a level: a base level for the values that reach
 * no threshold, then steps from the least to the most demanding, each a {@link Target} and the
 * level a value reaching it (and no more demanding one) gets.
 *
 * <pre>{@code
 * // Observatoire style: ≥ 8 good, ≥ 5 medium, else poor.
 * LevelTable<QualityLevel> table = LevelTable.higherIsBetter(QualityLevel.POOR)
 *     .atLeast(5, QualityLevel.MEDIUM)
 *     .atLeast(8, QualityLevel.GOOD)
 *     .build();
 * table.levelOf(7.9);  // MEDIUM
 * table.levelOf(8.0);  // GOOD (inclusive bound)
 * }</pre>
 *
 * <p>Rules checked when a table is built (the message names the offending threshold by its number,
 * from 1, in the order given): at least one step; every step has the table's polarity; each step is
 * strictly more demanding than the previous one (a higher threshold when higher is better, a lower
 * one otherwise; the same threshold is allowed once inclusive then exclusive, as in "≥ 5 medium,
 * &gt; 5 good"); levels are all different.
 *
 * <p>Immutable and thread-safe if the level values are. Levels are compared with {@code equals}.
 *
 * @param <L> the type of the levels, typically an enum
 */
public final class LevelTable<L> {

  static final MessageBundle MESSAGES = MessageBundle.of(LevelTable.class, "messages");

  /**
   * One step of a table: the target to reach and the level it gives.
   *
   * @param <L> the type of the levels
   * @param target the target
   * @param level the level of the values that reach it
   */
  public record Step<L>(Target target, L level) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Step {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(level, "level");
    }
  }

  private final Polarity polarity;
  private final L baseLevel;
  private final List<Step<L>> steps;

  private LevelTable(Polarity polarity, L baseLevel, List<Step<L>> steps) {
    this.polarity = polarity;
    this.baseLevel = baseLevel;
    this.steps = steps;
  }

  /**
   * Starts a table where a higher value is better.
   *
   * @param <L> the type of the levels
   * @param baseLevel the level of the values that reach no threshold (the worst)
   * @return a builder; add steps with {@link Builder#atLeast} and {@link Builder#above}
   */
  public static <L> Builder<L> higherIsBetter(L baseLevel) {
    return new Builder<>(Polarity.HIGHER_IS_BETTER, baseLevel);
  }

  /**
   * Starts a table where a lower value is better.
   *
   * @param <L> the type of the levels
   * @param baseLevel the level of the values that reach no threshold (the worst)
   * @return a builder; add steps with {@link Builder#atMost} and {@link Builder#below}
   */
  public static <L> Builder<L> lowerIsBetter(L baseLevel) {
    return new Builder<>(Polarity.LOWER_IS_BETTER, baseLevel);
  }

  /**
   * Returns a table from its parts, for tables loaded as data.
   *
   * @param <L> the type of the levels
   * @param polarity which direction is better
   * @param baseLevel the level of the values that reach no threshold
   * @param steps the steps, from the least to the most demanding
   * @return the table
   * @throws InvalidInputException if the table breaks one of the rules of this type
   */
  public static <L> LevelTable<L> of(Polarity polarity, L baseLevel, List<Step<L>> steps) {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(baseLevel, "baseLevel");
    List<Step<L>> copy = List.copyOf(Objects.requireNonNull(steps, "steps"));
    Checks.requireNonEmpty(copy, "steps");
    Set<L> levels = new HashSet<>();
    levels.add(baseLevel);
    for (int i = 0; i < copy.size(); i++) {
      Target target = copy.get(i).target();
      int number = i + 1;
      if (target.polarity() != polarity) {
        throw new InvalidInputException(
            MESSAGES.message("level.threshold.polarity", number, target.toString(), polarity));
      }
      if (i > 0 && !isMoreDemanding(target, copy.get(i - 1).target())) {
        throw new InvalidInputException(
            MESSAGES.message(
                "level.threshold.order",
                number,
                target.toString(),
                number - 1,
                copy.get(i - 1).target().toString()));
      }
      if (!levels.add(copy.get(i).level())) {
        throw new InvalidInputException(
            MESSAGES.message(
                "level.duplicate", number, target.toString(), String.valueOf(copy.get(i).level())));
      }
    }
    return new LevelTable<>(polarity, baseLevel, copy);
  }

  /** Whether {@code next} is strictly more demanding than {@code previous} (same polarity). */
  private static boolean isMoreDemanding(Target next, Target previous) {
    double a = previous.threshold();
    double b = next.threshold();
    boolean further = next.polarity() == Polarity.HIGHER_IS_BETTER ? b > a : b < a;
    return further || (b == a && previous.inclusive() && !next.inclusive());
  }

  /**
   * Returns the polarity.
   *
   * @return which direction is better
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Returns the level of the values that reach no threshold.
   *
   * @return the base (worst) level
   */
  public L baseLevel() {
    return baseLevel;
  }

  /**
   * Returns the steps, from the least to the most demanding.
   *
   * @return the steps, unmodifiable
   */
  public List<Step<L>> steps() {
    return steps;
  }

  /**
   * Returns all the levels, from the worst (the base level) to the best.
   *
   * @return the levels, unmodifiable
   */
  public List<L> levels() {
    List<L> levels = new ArrayList<>(steps.size() + 1);
    levels.add(baseLevel);
    steps.forEach(step -> levels.add(step.level()));
    return List.copyOf(levels);
  }

  /**
   * Returns the level of a value: the level of the most demanding step it reaches, or the base
   * level.
   *
   * @param value the value, not NaN
   * @return the level
   * @throws InvalidInputException if the value is NaN
   */
  public L levelOf(double value) {
    L level = baseLevel;
    for (Step<L> step : steps) {
      if (!step.target().isReachedBy(value)) {
        break;
      }
      level = step.level();
    }
    return level;
  }

  /**
   * Returns the target a value must reach to get at least a level.
   *
   * @param level a level of this table
   * @return the target, or empty for the base level (every value has it)
   * @throws InvalidInputException if the level is not in this table
   */
  public Optional<Target> targetFor(L level) {
    Objects.requireNonNull(level, "level");
    if (level.equals(baseLevel)) {
      return Optional.empty();
    }
    for (Step<L> step : steps) {
      if (step.level().equals(level)) {
        return Optional.of(step.target());
      }
    }
    throw new InvalidInputException(MESSAGES.message("level.unknown", String.valueOf(level)));
  }

  /**
   * Tells whether a value gets at least a level (that level or a better one).
   *
   * @param value the value, not NaN
   * @param level a level of this table
   * @return true if the value's level is {@code level} or better
   * @throws InvalidInputException if the value is NaN or the level is not in this table
   */
  public boolean reaches(double value, L level) {
    Optional<Target> target = targetFor(level);
    if (Double.isNaN(value)) {
      throw new InvalidInputException(MESSAGES.message("level.value.nan", "value"));
    }
    return target.isEmpty() || target.get().isReachedBy(value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LevelTable<?> that
        && polarity == that.polarity
        && baseLevel.equals(that.baseLevel)
        && steps.equals(that.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(polarity, baseLevel, steps);
  }

  /**
   * Returns the table as text, for example {@code LevelTable[POOR, ≥ 5.0 → MEDIUM, ≥ 8.0 → GOOD]}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("LevelTable[").append(baseLevel);
    for (Step<L> step : steps) {
      text.append(", ").append(step.target()).append(" → ").append(step.level());
    }
    return text.append(']').toString();
  }

  /**
   * Builds a {@link LevelTable}, step by step from the least to the most demanding. Not
   * thread-safe; the table it builds is.
   *
   * @param <L> the type of the levels
   */
  public static final class Builder<L> {

    private final Polarity polarity;
    private final L baseLevel;
    private final List<Step<L>> steps = new ArrayList<>();

    private Builder(Polarity polarity, L baseLevel) {
      this.polarity = polarity;
      this.baseLevel = Objects.requireNonNull(baseLevel, "baseLevel");
    }

    /**
     * Adds the step "value ≥ threshold" (tables where higher is better).
     *
     * @param threshold the threshold, finite
     * @param level the level of the values that reach it
     * @return this builder
     */
    public Builder<L> atLeast(double threshold, L level) {
      return step(Target.atLeast(threshold), level);
    }

    /**
     * Adds the step "value &gt; threshold" (tables where higher is better).
     *
     * @param threshold the threshold, finite
     * @param level the level of the values that reach it
     * @return this builder
     */
    public Builder<L> above(double threshold, L level) {
      return step(Target.above(threshold), level);
    }

    /**
     * Adds the step "value ≤ threshold" (tables where lower is better).
     *
     * @param threshold the threshold, finite
     * @param level the level of the values that reach it
     * @return this builder
     */
    public Builder<L> atMost(double threshold, L level) {
      return step(Target.atMost(threshold), level);
    }

    /**
     * Adds the step "value &lt; threshold" (tables where lower is better).
     *
     * @param threshold the threshold, finite
     * @param level the level of the values that reach it
     * @return this builder
     */
    public Builder<L> below(double threshold, L level) {
      return step(Target.below(threshold), level);
    }

    /**
     * Adds a step.
     *
     * @param target the target, with this table's polarity
     * @param level the level of the values that reach it
     * @return this builder
     */
    public Builder<L> step(Target target, L level) {
      steps.add(new Step<>(target, level));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws InvalidInputException if the table breaks one of the rules of {@link LevelTable}
     */
    public LevelTable<L> build() {
      return LevelTable.of(polarity, baseLevel, steps);
    }
  }
}
