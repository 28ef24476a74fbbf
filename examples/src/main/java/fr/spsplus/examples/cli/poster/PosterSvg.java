package fr.spsplus.examples.cli.poster;

import fr.spsplus.core.SpsplusVersion;
import fr.spsplus.core.indicator.Comparison;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCatalogue;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorDefinition;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.IndicatorTarget;
import fr.spsplus.core.indicator.IndicatorUnit;
import fr.spsplus.core.indicator.Polarity;
import fr.spsplus.examples.cli.Language;
import fr.spsplus.examples.cli.output.NumberStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Draws the engagement-6 results poster of a structure as an accessible SVG document, in French.
 *
 * <p>Each indicator gets a card with its name, its value, its target and whether it is reached, its
 * confidence interval and the number of observations. Accessibility (WCAG 2.1 AA):
 *
 * <ul>
 *   <li>text alternatives: the document is an image ({@code role="img"}) labelled by its {@code
 *       <title>} and a {@code <desc>} that states every result in full sentences; every piece of
 *       information is also real text, never a picture of text;
 *   <li>meaning never by colour alone: a reached target shows a check mark <em>and</em> the words «
 *       Objectif atteint », a missed one a cross <em>and</em> « Objectif non atteint »; gauges are
 *       decorative ({@code aria-hidden}) and repeat what the text says;
 *   <li>contrast: every text colour reaches 4.5:1 on its background ({@value #TEXT} 18.1:1, {@value
 *       #TEXT_SECONDARY} 11.4:1, {@value #TEXT_MUTED} 5.7:1, {@value #SUCCESS} 5.8:1 and {@value
 *       #RED} 5.0:1 on white; white on {@value #BLUE} 14.9:1), checked by a test.
 * </ul>
 *
 * <p>Palette after the French State's design system (DSFR): « bleu France » {@value #BLUE}, « rouge
 * Marianne » {@value #RED}, greys. Font: Marianne when installed, else Arial or any sans-serif.
 * Values are in the unit of each indicator's definition (rates in percent).
 */
public final class PosterSvg {

  /** The width of the poster, in CSS pixels. */
  public static final int WIDTH = 1200;

  /** Bleu France (DSFR), the band and the values. */
  static final String BLUE = "#000091";

  /** Rouge Marianne (DSFR), missed targets. */
  static final String RED = "#E1000F";

  /** Main text grey (DSFR grey-50). */
  static final String TEXT = "#161616";

  /** Secondary text grey. */
  static final String TEXT_SECONDARY = "#3A3A3A";

  /** Muted text grey, still AA on white. */
  static final String TEXT_MUTED = "#666666";

  /** Reached targets (DSFR success green). */
  static final String SUCCESS = "#18753C";

  /** What a card shows in place of a withheld value. */
  static final String WITHHELD = "Non publié";

  private static final String BORDER = "#DDDDDD";
  private static final String TRACK = "#E5E5E5";
  private static final String FONT = "Marianne, Arial, Helvetica, sans-serif";
  private static final int MARGIN = 40;
  private static final int GAP = 24;
  private static final int CARD_WIDTH = (WIDTH - 2 * MARGIN - GAP) / 2;
  private static final int CARD_HEIGHT = 272;
  private static final int CARDS_TOP = 300;
  private static final int NAME_CHARS_PER_LINE = 44;

  private final IndicatorCatalogue catalogue;
  private final NumberStyle numbers = NumberStyle.of(Language.FR);
  private final int decimals;

  private PosterSvg(IndicatorCatalogue catalogue, int decimals) {
    this.catalogue = catalogue;
    this.decimals = decimals;
  }

  /**
   * Draws a poster with the bundled indicator catalogue (names, units, national targets).
   *
   * @param poster the results
   * @return the SVG document, UTF-8 text
   */
  public static String render(PosterResults poster) {
    return render(poster, IndicatorCatalogue.bundled());
  }

  /**
   * Draws a poster with a given catalogue.
   *
   * @param poster the results
   * @param catalogue the definitions of the indicators (names, units, targets)
   * @return the SVG document, UTF-8 text
   */
  public static String render(PosterResults poster, IndicatorCatalogue catalogue) {
    Objects.requireNonNull(poster, "poster");
    Objects.requireNonNull(catalogue, "catalogue");
    return new PosterSvg(catalogue, decimals(poster)).draw(poster);
  }

  /**
   * Returns a drawer, for tests of single cards.
   *
   * @param catalogue the definitions
   * @param decimals the decimals of values
   * @return the drawer
   */
  static PosterSvg drawer(IndicatorCatalogue catalogue, int decimals) {
    return new PosterSvg(catalogue, decimals);
  }

  /**
   * Chooses one number of decimals for all the values of a poster, so that they read alike: 0 when
   * every value and interval bound is whole, 1 otherwise.
   */
  private static int decimals(PosterResults poster) {
    for (IndicatorResult result : poster.results()) {
      List<Double> numbers = new ArrayList<>();
      if (result.value() != null) {
        numbers.add(result.value());
      }
      if (result.interval() != null) {
        numbers.add(result.interval().low());
        numbers.add(result.interval().high());
      }
      for (double number : numbers) {
        if (number != Math.rint(number)) {
          return 1;
        }
      }
    }
    return 0;
  }

  // --- Cards -----------------------------------------------------------------------------------

  /** Whether a result reaches its target. */
  enum Judgement {
    REACHED,
    MISSED,
    NONE
  }

  /** What a card says, in words; the drawing and the text alternative are made from it. */
  record Card(
      String name,
      @Nullable Integer dashboardNumber,
      String value,
      @Nullable Double gauge,
      @Nullable Double gaugeTarget,
      double @Nullable [] gaugeInterval,
      Judgement judgement,
      String target,
      @Nullable String interval,
      String observations,
      @Nullable String note) {}

  Card card(IndicatorResult result) {
    Optional<IndicatorCode> code = result.indicator().code();
    IndicatorDefinition definition = code.flatMap(catalogue::find).orElse(null);
    String name = definition == null ? result.indicator().value() : definition.frenchName();
    Integer number =
        definition == null || definition.dashboardNumber().isEmpty()
            ? null
            : definition.dashboardNumber().getAsInt();
    IndicatorUnit unit = definition == null ? null : definition.unit();
    Double value = result.value();

    Comparison comparison = null;
    Double threshold = null;
    String targetText;
    IndicatorTarget national = definition == null ? null : definition.target();
    if (result.target() != null) {
      threshold = result.target();
      comparison =
          definition == null
              ? null
              : definition.polarity() == Polarity.HIGHER_IS_BETTER
                  ? Comparison.AT_LEAST
                  : Comparison.AT_MOST;
      targetText =
          comparison == null
              ? "Valeur attendue : " + threshold(unit, threshold)
              : "Objectif : " + comparison.symbol() + "\u00A0" + amount(unit, threshold);
    } else if (national != null && national.unit() == unit) {
      threshold = national.threshold();
      comparison = national.comparison();
      targetText =
          "Objectif national : " + comparison.symbol() + "\u00A0" + threshold(unit, threshold);
    } else if (national != null) {
      targetText =
          "Repère : une démarche est de qualité si sa note est "
              + national.comparison().symbol()
              + "\u00A0"
              + threshold(national.unit(), national.threshold());
    } else {
      targetText = "Pas d’objectif national publié";
    }

    Judgement judgement = Judgement.NONE;
    if (value != null && comparison != null && threshold != null) {
      boolean reached = comparison.test(value, threshold);
      judgement = reached ? Judgement.REACHED : Judgement.MISSED;
      targetText =
          (reached ? "Objectif atteint" : "Objectif non atteint")
              + " ("
              + comparison.symbol()
              + "\u00A0"
              + threshold(unit, threshold)
              + ")";
    }

    String intervalText = null;
    double[] gaugeInterval = null;
    ConfidenceInterval interval = result.interval();
    if (interval != null) {
      intervalText =
          "Intervalle de confiance à "
              + numbers.percent(interval.confidence(), 0)
              + " : "
              + amount(unit, interval.low())
              + " à "
              + amount(unit, interval.high());
      gaugeInterval = new double[] {interval.low(), interval.high()};
    }

    String observations =
        result.n() == null
            ? "Nombre d’observations non communiqué"
            : "Mesuré sur "
                + numbers.integer(result.n())
                + " "
                + noun(code.orElse(null), result.n());

    String note =
        switch (result.status()) {
          case INSUFFICIENT_SAMPLE -> "Non publié : trop peu d’observations pour être fiable";
          case INDICATIVE -> "Résultat indicatif : peu d’observations, à lire avec prudence";
          case PUBLISHABLE -> null;
        };

    boolean percent = unit == IndicatorUnit.PERCENT;
    return new Card(
        name,
        number,
        value == null ? WITHHELD : amount(unit, value),
        percent && value != null ? clamp(value) : null,
        percent && threshold != null && comparison != null ? clamp(threshold) : null,
        percent ? gaugeInterval : null,
        judgement,
        targetText,
        intervalText,
        observations,
        note);
  }

  private static double clamp(double percent) {
    return Math.max(0, Math.min(100, percent));
  }

  /** Writes a value or an interval bound, with the poster's number of decimals. */
  private String amount(@Nullable IndicatorUnit unit, double value) {
    return quantity(unit, value, decimals);
  }

  /** Writes a target's threshold, whole when it is whole. */
  private String threshold(@Nullable IndicatorUnit unit, double value) {
    return quantity(unit, value, value == Math.rint(value) ? 0 : 1);
  }

  private String quantity(@Nullable IndicatorUnit unit, double value, int decimals) {
    if (unit == null) {
      return numbers.decimal(value, decimals);
    }
    return switch (unit) {
      case PERCENT -> numbers.decimal(value, decimals) + numbers.percentSign();
      case SECONDS -> numbers.withUnit(value, decimals, "s");
      case DAYS -> numbers.withUnit(value, decimals, "jours");
      case SCORE_OUT_OF_10 -> numbers.decimal(value, decimals) + "/10";
      case COUNT -> numbers.decimal(value, decimals);
    };
  }

  private static String noun(@Nullable IndicatorCode code, long n) {
    String plural = n > 1 ? "s" : "";
    if (code == null) {
      return "observation" + plural;
    }
    return switch (code) {
      case TAUX_DECROCHE_AGENT,
          TAUX_DECROCHE_GLOBAL,
          TAUX_ABANDON,
          NIVEAU_SERVICE,
          ATTENTE_MOYENNE,
          ATTENTE_P50,
          ATTENTE_P90 ->
          "appel" + plural;
      case SATISFACTION_GLOBALE,
          SATISFACTION_DELAIS,
          ACCESSIBILITE,
          EFFORT,
          QUALITE_RELATION,
          SATISFACTION_TELEPHONE ->
          "réponse" + plural;
      case RESPECT_DELAI -> "demande" + plural + " traitée" + plural;
      case QUALITE_DEMARCHES_EN_LIGNE -> "démarche" + plural + " évaluée" + plural;
    };
  }

  // --- Drawing ---------------------------------------------------------------------------------

  private String draw(PosterResults poster) {
    List<Card> cards = poster.results().stream().map(this::card).toList();
    int rows = (cards.size() + 1) / 2;
    int footerTop = CARDS_TOP + rows * (CARD_HEIGHT + GAP) + 8;
    List<String> method = wrap(methodText(poster), 150);
    int height = footerTop + 60 + method.size() * 20 + 40;
    String periodName = FrenchDates.period(poster.period());
    String title =
        "Résultats de qualité de service – " + poster.structureName() + " – " + periodName;

    Svg svg = new Svg();
    svg.raw(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
            + WIDTH
            + "\" height=\""
            + height
            + "\" viewBox=\"0 0 "
            + WIDTH
            + " "
            + height
            + "\" role=\"img\" aria-labelledby=\"poster-title poster-desc\" lang=\"fr\""
            + " xml:lang=\"fr\" font-family=\""
            + FONT
            + "\">");
    svg.element("title", "id=\"poster-title\"", title);
    svg.element("desc", "id=\"poster-desc\"", description(poster, cards, periodName));
    svg.raw("<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#FFFFFF\"/>");
    band(svg, poster);
    svg.text(
        MARGIN,
        224,
        24,
        TEXT,
        "bold",
        "start",
        "Période : " + periodName + " (" + FrenchDates.range(poster.period()) + ")");
    LocalDate shown = poster.shownDate();
    if (shown != null) {
      svg.text(
          WIDTH - MARGIN,
          224,
          17,
          TEXT_SECONDARY,
          "normal",
          "end",
          "Mis à jour le " + FrenchDates.day(shown));
    }
    svg.raw(
        "<text x=\""
            + MARGIN
            + "\" y=\"258\" font-size=\"17\" fill=\""
            + TEXT_SECONDARY
            + "\" font-style=\"italic\">"
            + Svg.escape(
                "Engagement 6 du programme Services Publics+ : « Vous avez accès à nos résultats"
                    + " de qualité de service »")
            + "</text>");
    for (int i = 0; i < cards.size(); i++) {
      int x = MARGIN + (i % 2) * (CARD_WIDTH + GAP);
      int y = CARDS_TOP + (i / 2) * (CARD_HEIGHT + GAP);
      drawCard(svg, cards.get(i), x, y);
    }
    footer(svg, poster, footerTop, method);
    svg.raw("</svg>");
    return svg.toString();
  }

  private void band(Svg svg, PosterResults poster) {
    svg.raw("<rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"180\" fill=\"" + BLUE + "\"/>");
    // The tricolour block: decorative.
    svg.raw(
        "<g aria-hidden=\"true\"><rect x=\"40\" y=\"38\" width=\"78\" height=\"104\" rx=\"6\""
            + " fill=\"#FFFFFF\"/><rect x=\"52\" y=\"50\" width=\"18\" height=\"80\" fill=\""
            + BLUE
            + "\"/><rect x=\"70\" y=\"50\" width=\"18\" height=\"80\" fill=\"#FFFFFF\""
            + " stroke=\""
            + BORDER
            + "\" stroke-width=\"1\"/><rect x=\"88\" y=\"50\" width=\"18\" height=\"80\" fill=\""
            + RED
            + "\"/></g>");
    svg.raw(
        "<text x=\"146\" y=\"62\" font-size=\"18\" font-weight=\"bold\" fill=\"#FFFFFF\""
            + " letter-spacing=\"2\">SERVICES PUBLICS+</text>");
    svg.text(146, 108, 38, "#FFFFFF", "bold", "start", "Nos résultats de qualité de service");
    svg.text(146, 148, 24, "#FFFFFF", "normal", "start", ellipsis(poster.structureName(), 78));
  }

  private void drawCard(Svg svg, Card card, int x, int y) {
    int pad = 28;
    svg.raw(
        "<rect x=\""
            + x
            + "\" y=\""
            + y
            + "\" width=\""
            + CARD_WIDTH
            + "\" height=\""
            + CARD_HEIGHT
            + "\" rx=\"8\" fill=\"#FFFFFF\" stroke=\""
            + BORDER
            + "\" stroke-width=\"2\"/>");
    svg.raw(
        "<rect x=\""
            + x
            + "\" y=\""
            + y
            + "\" width=\"8\" height=\""
            + CARD_HEIGHT
            + "\" rx=\"4\" fill=\""
            + BLUE
            + "\" aria-hidden=\"true\"/>");
    int tx = x + pad;
    String label =
        card.dashboardNumber() == null
            ? "INDICATEUR COMPLÉMENTAIRE"
            : "INDICATEUR N° " + card.dashboardNumber() + " DU TABLEAU DE BORD";
    svg.raw(
        "<text x=\""
            + tx
            + "\" y=\""
            + (y + 34)
            + "\" font-size=\"13\" font-weight=\"bold\" fill=\""
            + TEXT_SECONDARY
            + "\" letter-spacing=\"1\">"
            + Svg.escape(label)
            + "</text>");
    List<String> nameLines = wrap(card.name(), NAME_CHARS_PER_LINE);
    if (nameLines.size() > 2) {
      nameLines = List.of(nameLines.get(0), ellipsis(nameLines.get(1) + " …", NAME_CHARS_PER_LINE));
    }
    for (int i = 0; i < nameLines.size(); i++) {
      svg.text(tx, y + 62 + i * 25, 20, TEXT, "bold", "start", nameLines.get(i));
    }
    boolean withheld = card.value().equals(WITHHELD);
    svg.text(
        tx,
        y + 150,
        withheld ? 34 : 46,
        withheld ? TEXT_MUTED : BLUE,
        "bold",
        "start",
        card.value());
    if (card.gauge() != null) {
      gauge(svg, card, x + 250, y + 124, CARD_WIDTH - 250 - pad);
    }
    int line = y + 188;
    if (card.judgement() != Judgement.NONE) {
      icon(svg, card.judgement(), tx + 11, line - 6);
      svg.text(
          tx + 30,
          line,
          18,
          card.judgement() == Judgement.REACHED ? SUCCESS : RED,
          "bold",
          "start",
          card.target());
    } else {
      svg.text(tx, line, 17, TEXT_SECONDARY, "normal", "start", card.target());
    }
    if (card.interval() != null) {
      svg.text(tx, y + 216, 16, TEXT_SECONDARY, "normal", "start", card.interval());
    }
    svg.text(tx, y + 240, 16, TEXT_SECONDARY, "normal", "start", card.observations());
    if (card.note() != null) {
      svg.text(tx, y + 262, 15, TEXT_MUTED, "normal", "start", card.note());
    }
  }

  private static void gauge(Svg svg, Card card, int gx, int gy, int width) {
    StringBuilder g = new StringBuilder("<g aria-hidden=\"true\">");
    g.append(rect(gx, gy, width, 14, TRACK, 7));
    double value = Objects.requireNonNull(card.gauge());
    g.append(rect(gx, gy, (int) Math.round(width * value / 100), 14, BLUE, 7));
    double[] interval = card.gaugeInterval();
    if (interval != null) {
      int low = gx + (int) Math.round(width * clamp(interval[0]) / 100);
      int high = gx + (int) Math.round(width * clamp(interval[1]) / 100);
      g.append(line(low, gy - 8, high, gy - 8, TEXT_SECONDARY, 2))
          .append(line(low, gy - 13, low, gy - 3, TEXT_SECONDARY, 2))
          .append(line(high, gy - 13, high, gy - 3, TEXT_SECONDARY, 2));
    }
    if (card.gaugeTarget() != null) {
      int tx = gx + (int) Math.round(width * card.gaugeTarget() / 100);
      g.append(line(tx, gy - 4, tx, gy + 20, TEXT, 3));
    }
    g.append("</g>");
    svg.raw(g.toString());
  }

  private static void icon(Svg svg, Judgement judgement, int cx, int cy) {
    String fill = judgement == Judgement.REACHED ? SUCCESS : RED;
    String mark =
        judgement == Judgement.REACHED
            ? "<path d=\"M"
                + (cx - 6)
                + " "
                + cy
                + " l4 4 l8 -9\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"3\""
                + " stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
            : "<path d=\"M"
                + (cx - 5)
                + " "
                + (cy - 5)
                + " l10 10 M"
                + (cx + 5)
                + " "
                + (cy - 5)
                + " l-10 10\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"3\""
                + " stroke-linecap=\"round\"/>";
    svg.raw(
        "<g aria-hidden=\"true\"><circle cx=\""
            + cx
            + "\" cy=\""
            + cy
            + "\" r=\"11\" fill=\""
            + fill
            + "\"/>"
            + mark
            + "</g>");
  }

  private void footer(Svg svg, PosterResults poster, int top, List<String> method) {
    svg.raw(line(MARGIN, top, WIDTH - MARGIN, top, BORDER, 2));
    icon(svg, Judgement.REACHED, MARGIN + 11, top + 30);
    svg.text(MARGIN + 30, top + 36, 16, TEXT, "normal", "start", "Objectif atteint");
    icon(svg, Judgement.MISSED, MARGIN + 200, top + 30);
    svg.text(MARGIN + 219, top + 36, 16, TEXT, "normal", "start", "Objectif non atteint");
    svg.text(
        MARGIN + 420,
        top + 36,
        16,
        TEXT,
        "normal",
        "start",
        "Barre : valeur ; trait vertical : objectif ; crochet : intervalle de confiance");
    int y = top + 66;
    for (String text : method) {
      svg.text(MARGIN, y, 14, TEXT_SECONDARY, "normal", "start", text);
      y += 20;
    }
  }

  private String methodText(PosterResults poster) {
    return "Méthode : chaque valeur est calculée sur les observations de la période ; l’intervalle"
        + " de confiance encadre la valeur que donnerait un très grand nombre d’observations. Un"
        + " résultat fondé sur trop peu d’observations n’est pas publié ; un résultat fondé sur peu"
        + " d’observations est signalé comme indicatif. Structure "
        + poster.structure().value()
        + ", période "
        + poster.period().code()
        + ". Document produit avec spsplus "
        + SpsplusVersion.version()
        + ". Programme Services Publics+ : plus.transformation.gouv.fr";
  }

  private String description(PosterResults poster, List<Card> cards, String periodName) {
    StringBuilder text =
        new StringBuilder("Affiche des résultats de qualité de service de ")
            .append(poster.structureName())
            .append(" (code SP+ ")
            .append(poster.structure().value())
            .append("), ")
            .append(periodName)
            .append(", ")
            .append(FrenchDates.range(poster.period()))
            .append(", au titre de l’engagement 6 du programme Services Publics+. ");
    for (Card card : cards) {
      text.append(card.name())
          .append(" : ")
          .append(card.value().equals(WITHHELD) ? "non publié" : card.value());
      text.append(" ; ").append(card.target());
      if (card.interval() != null) {
        text.append(" ; ").append(card.interval());
      }
      text.append(" ; ").append(card.observations());
      if (card.note() != null) {
        text.append(" ; ").append(card.note());
      }
      text.append(". ");
    }
    LocalDate shown = poster.shownDate();
    if (shown != null) {
      text.append("Mis à jour le ").append(FrenchDates.day(shown)).append('.');
    }
    return text.toString().strip();
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private static String rect(int x, int y, int width, int height, String fill, int radius) {
    return "<rect x=\""
        + x
        + "\" y=\""
        + y
        + "\" width=\""
        + Math.max(0, width)
        + "\" height=\""
        + height
        + "\" rx=\""
        + radius
        + "\" fill=\""
        + fill
        + "\"/>";
  }

  private static String line(int x1, int y1, int x2, int y2, String stroke, int width) {
    return "<line x1=\""
        + x1
        + "\" y1=\""
        + y1
        + "\" x2=\""
        + x2
        + "\" y2=\""
        + y2
        + "\" stroke=\""
        + stroke
        + "\" stroke-width=\""
        + width
        + "\"/>";
  }

  /**
   * Cuts a text into lines of at most {@code width} characters, at spaces (a longer word stands on
   * its own line).
   *
   * @param text the text
   * @param width the most characters of a line
   * @return the lines, at least one
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  private static String ellipsis(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }

  /** A small SVG text builder that escapes every text it writes. */
  private static final class Svg {
    private final StringBuilder out =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    void raw(String markup) {
      out.append(markup).append('\n');
    }

    void element(String name, String attributes, String text) {
      out.append('<')
          .append(name)
          .append(' ')
          .append(attributes)
          .append('>')
          .append(escape(text))
          .append("</")
          .append(name)
          .append(">\n");
    }

    void text(int x, int y, int size, String fill, String weight, String anchor, String text) {
      out.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" font-size=\"")
          .append(size)
          .append("\" fill=\"")
          .append(fill)
          .append('"');
      if (!weight.equals("normal")) {
        out.append(" font-weight=\"").append(weight).append('"');
      }
      if (!anchor.equals("start")) {
        out.append(" text-anchor=\"").append(anchor).append('"');
      }
      out.append('>').append(escape(text)).append("</text>\n");
    }

    static String escape(String text) {
      StringBuilder escaped = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '&' -> escaped.append("&amp;");
          case '<' -> escaped.append("&lt;");
          case '>' -> escaped.append("&gt;");
          case '"' -> escaped.append("&quot;");
          case '\'' -> escaped.append("&apos;");
          default -> {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
              escaped.append(' ');
            } else {
              escaped.append(c);
            }
          }
        }
      }
      return escaped.toString();
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
