package fr.spsplus.core.engagement;

/**
 * The three themes that group the Services Publics+ 2023 engagements: "plus proche" (1 to 3), "plus
 * efficace" (4 to 6), "plus simple" (7 and 8).
 *
 * <p>Source: the programme's slogan "plus proches, plus simples, plus efficaces" and the grouping
 * published by the préfecture du Morbihan (https://www.morbihan.gouv.fr/, page "Démarche qualité /
 * Services Publics +"). Earlier referentials have no sourced theme.
 */
public enum EngagementTheme {
  /** "Plus proche": reception, contact, personal support. */
  PROCHE("Plus proche"),
  /** "Plus efficace": processing delays, clear information, published results. */
  EFFICACE("Plus efficace"),
  /** "Plus simple": users' opinions, eco-responsibility. */
  SIMPLE("Plus simple");

  private final String frenchTitle;

  EngagementTheme(String frenchTitle) {
    this.frenchTitle = frenchTitle;
  }

  /**
   * Returns the theme's French title, as the programme writes it.
   *
   * @return for example {@code Plus proche}
   */
  public String frenchTitle() {
    return frenchTitle;
  }
}
