package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The root-cause analysis of an irritant, with one or more of the methods taught to agents ("Or"
 * criterion C1: Pareto for prioritising, then 5 pourquoi, QQOQCCP, 5M for causes; {@code
 * seeds/001_…}).
 *
 * @param fiveWhys the "5 pourquoi" chain, or null
 * @param qqoqccp the QQOQCCP questions, or null
 * @param ishikawa the 5M diagram, or null
 */
public record RootCauseAnalysis(
    @Nullable @Valid FiveWhys fiveWhys,
    @Nullable @Valid Qqoqccp qqoqccp,
    @Nullable @Valid Ishikawa ishikawa) {

  /**
   * Checks that at least one method is present.
   *
   * @throws InvalidInputException if the three are null
   */
  public RootCauseAnalysis {
    if (fiveWhys == null && qqoqccp == null && ishikawa == null) {
      throw new InvalidInputException(ImprovementMessages.BUNDLE.message("analysis.empty"));
    }
  }

  /**
   * Returns an analysis by the five whys only.
   *
   * @param fiveWhys the chain
   * @return the analysis
   */
  public static RootCauseAnalysis of(FiveWhys fiveWhys) {
    return new RootCauseAnalysis(fiveWhys, null, null);
  }

  /**
   * Returns an analysis by QQOQCCP only.
   *
   * @param qqoqccp the questions
   * @return the analysis
   */
  public static RootCauseAnalysis of(Qqoqccp qqoqccp) {
    return new RootCauseAnalysis(null, qqoqccp, null);
  }

  /**
   * Returns an analysis by a 5M diagram only.
   *
   * @param ishikawa the diagram
   * @return the analysis
   */
  public static RootCauseAnalysis of(Ishikawa ishikawa) {
    return new RootCauseAnalysis(null, null, ishikawa);
  }

  /**
   * Returns the methods used.
   *
   * @return the methods, never empty
   */
  public Set<RootCauseMethod> methods() {
    Set<RootCauseMethod> methods = EnumSet.noneOf(RootCauseMethod.class);
    if (fiveWhys != null) {
      methods.add(RootCauseMethod.FIVE_WHYS);
    }
    if (qqoqccp != null) {
      methods.add(RootCauseMethod.QQOQCCP);
    }
    if (ishikawa != null) {
      methods.add(RootCauseMethod.FIVE_M);
    }
    return methods;
  }
}
