package fr.spsplus.core.arbitraries;

import fr.spsplus.core.engagement.Engagement;
import fr.spsplus.core.engagement.EngagementReferential;
import fr.spsplus.core.engagement.EngagementTheme;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for {@code fr.spsplus.core.engagement}. */
public final class EngagementArbitraries {

  private EngagementArbitraries() {}

  /**
   * Referential identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ReferentialId> referentialIds() {
    return Arbitraries.of(ReferentialId.class);
  }

  /**
   * Engagement themes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EngagementTheme> themes() {
    return Arbitraries.of(EngagementTheme.class);
  }

  /**
   * Absolute http(s) source addresses.
   *
   * @return the arbitrary
   */
  public static Arbitrary<URI> sources() {
    Arbitrary<String> hosts =
        Arbitraries.of(
            "https://www.plus.transformation.gouv.fr",
            "https://www.modernisation.gouv.fr",
            "http://synola.fr",
            "https://www.morbihan.gouv.fr");
    Arbitrary<String> paths =
        Arbitraries.strings().withCharRange('a', 'z').withChars("-/0123456789").ofMaxLength(40);
    return Combinators.combine(hosts, paths).as((h, p) -> URI.create(h + "/" + p));
  }

  /**
   * Engagements with any number from 1 to {@link Engagement#MAX_NUMBER}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Engagement> engagements() {
    return Arbitraries.integers()
        .between(1, Engagement.MAX_NUMBER)
        .flatMap(EngagementArbitraries::engagements);
  }

  /**
   * Engagements with a given number.
   *
   * @param number the number
   * @return the arbitrary
   */
  public static Arbitrary<Engagement> engagements(int number) {
    return Combinators.combine(
            ArbitraryTexts.titles(),
            themes().injectNull(0.3),
            Arbitraries.of(true, false),
            sources())
        .as(
            (title, theme, confirmed, source) ->
                new Engagement(number, title, theme, confirmed, source));
  }

  /**
   * Referentials of 1 to 20 engagements, numbered 1, 2, 3….
   *
   * @return the arbitrary
   */
  public static Arbitrary<EngagementReferential> referentials() {
    Arbitrary<List<Engagement>> lists =
        Arbitraries.integers()
            .between(1, 20)
            .flatMap(
                size -> {
                  List<Arbitrary<Engagement>> parts = new ArrayList<>();
                  for (int n = 1; n <= size; n++) {
                    parts.add(engagements(n));
                  }
                  return Combinators.combine(parts).as(List::copyOf);
                });
    return Combinators.combine(
            referentialIds(), ArbitraryTexts.titles(), ArbitraryTexts.dates(), lists, sources())
        .as(EngagementReferential::new);
  }

  /**
   * The bundled referentials.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EngagementReferential> bundled() {
    return referentialIds().map(Referentials::of);
  }
}
