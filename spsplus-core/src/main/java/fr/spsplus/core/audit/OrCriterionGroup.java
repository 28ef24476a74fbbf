package fr.spsplus.core.audit;

import fr.spsplus.core.i18n.MessageBundle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The three groups of the additional criteria of the "Or" tier, each with its French title as the
 * DITP document words it ({@code seeds/001_…}: "Critères supplémentaires du label « Or »").
 */
public enum OrCriterionGroup {
  /** "Le management coordonne l'activité des équipes pour atteindre les objectifs de qualité…" */
  A,
  /** "L'administration s'appuie sur les agents en interaction avec les usagers…" */
  B,
  /** "L'administration favorise le travail en équipe pour améliorer la qualité de service." */
  C;

  private static final MessageBundle TEXTS =
      MessageBundle.of(OrCriterionGroup.class, "or-criteria");

  /**
   * Returns the group's French title, as the DITP document words it.
   *
   * @return the title
   */
  public String frenchTitle() {
    return title(Locale.FRENCH);
  }

  /**
   * Returns the group's title in the reader's language (an English translation for {@code en}).
   *
   * @param locale the reader's locale
   * @return the title
   */
  public String title(Locale locale) {
    return TEXTS.pattern(locale, "group." + name());
  }

  /**
   * Returns the criteria of this group, in order.
   *
   * @return the criteria
   */
  public List<OrCriterion> criteria() {
    return Arrays.stream(OrCriterion.values()).filter(c -> c.group() == this).toList();
  }
}
