package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.RuleSetReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders an {@link EligibilityDecision} as plain text that a certification body can hand to a
 * service: the tier reached, the validity and follow-up dates, a table of the criteria of every
 * tier, the failing criteria explained, the gap to the next tier, and the rule set used — with a
 * warning when its thresholds are illustrative.
 *
 * <pre>
 * DÉCISION D’ÉLIGIBILITÉ AU LABEL SERVICES PUBLICS+
 * Structure : 3Tn8gzTdcz — décision du 2026-03-02
 * Jeu de règles : illustrative-2023, version 1 — « Jeu de règles ILLUSTRATIF … »
 * ATTENTION : jeu de règles ILLUSTRATIF, seuils inventés : cette décision n’a aucune valeur officielle.
 *
 * Palier atteint : ARGENT
 * …
 * </pre>
 *
 * <p>French by default, English for {@link Locale#ENGLISH}; numbers in the reader's notation, dates
 * in ISO-8601. Lines end with {@code \n}. The text holds no personal data: a decision only carries
 * a structure code, dates, scores and counts.
 */
public final class DecisionReport {

  private static final String DASH = "—";

  private DecisionReport() {}

  /**
   * Renders a decision in French.
   *
   * @param decision the decision
   * @return the text
   */
  public static String text(EligibilityDecision decision) {
    return text(decision, Locale.FRENCH);
  }

  /**
   * Renders a decision in the reader's language.
   *
   * @param decision the decision
   * @param locale English for {@code en}, French otherwise
   * @return the text
   */
  public static String text(EligibilityDecision decision, Locale locale) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder();
    RuleSetReference rules = decision.ruleSet();
    line(out, say(locale, "report.title"));
    line(out, say(locale, "report.structure", decision.structure().value(), decision.decidedOn()));
    line(out, say(locale, "report.rule.set", rules.id(), rules.version(), rules.title()));
    if (rules.illustrative()) {
      line(out, say(locale, "report.illustrative"));
    }
    out.append('\n');
    if (decision.tier() == null) {
      line(out, say(locale, "report.not.eligible"));
    } else {
      line(out, say(locale, "report.tier", tierName(decision.tier(), locale)));
      line(
          out,
          say(
              locale,
              "report.dates",
              decision.decidedOn(),
              decision.validUntil(),
              decision.followUpAuditDue()));
    }
    for (TierAssessment assessment : decision.tiers()) {
      out.append('\n');
      line(
          out,
          say(
              locale,
              assessment.reached() ? "report.tier.reached" : "report.tier.not.reached",
              tierName(assessment.tier(), locale)));
      table(out, assessment.findings(), locale);
      List<CriterionFinding> failing = assessment.failing();
      for (CriterionFinding finding : failing) {
        line(out, "  - " + finding.message(locale));
      }
    }
    out.append('\n');
    TierGap gap = decision.nextTierGap();
    if (gap == null) {
      line(out, say(locale, "report.gap.none"));
    } else {
      line(out, say(locale, "report.gap", tierName(gap.tier(), locale), gap.failing().size()));
      for (CriterionFinding finding : gap.failing()) {
        line(out, "  - " + gapLine(finding, locale));
      }
    }
    out.append('\n');
    line(out, say(locale, "report.legend"));
    return out.toString();
  }

  private static String gapLine(CriterionFinding finding, Locale locale) {
    String label = finding.label(locale);
    if (finding.shortfall().isPresent()) {
      boolean size =
          finding.kind() == CriterionKind.USER_SURVEY_SIZE
              || finding.kind() == CriterionKind.AGENT_SURVEY_SIZE;
      BigDecimal amount = finding.shortfall().orElseThrow();
      if (amount.stripTrailingZeros().scale() > 2) {
        amount = amount.setScale(2, RoundingMode.CEILING);
      }
      return say(locale, size ? "report.gap.respondents" : "report.gap.points", label, amount);
    }
    if (!finding.missingCriteria().isEmpty()) {
      return say(locale, "report.gap.unrated", label, String.join(", ", finding.missingCriteria()));
    }
    return finding.message(locale);
  }

  private static void table(StringBuilder out, List<CriterionFinding> findings, Locale locale) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          say(locale, "report.column.criterion"),
          say(locale, "report.column.required"),
          say(locale, "report.column.observed"),
          say(locale, "report.column.lower.bound"),
          say(locale, "report.column.margin"),
          say(locale, "report.column.result")
        });
    for (CriterionFinding finding : findings) {
      rows.add(
          new String[] {
            finding.label(locale),
            number(finding.required(), RoundingMode.FLOOR, locale),
            finding.observed() == null
                ? DASH
                : number(finding.observed(), RoundingMode.FLOOR, locale),
            finding.interval() == null
                ? DASH
                : number(BigDecimal.valueOf(finding.interval().low()), RoundingMode.FLOOR, locale),
            margin(finding, locale),
            say(locale, result(finding))
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder text = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        boolean numeric = i >= 1 && i <= 4;
        String cell = row[i];
        String padding = " ".repeat(widths[i] - cell.length());
        text.append(numeric ? padding + cell : cell + padding);
        if (i < row.length - 1) {
          text.append("  ");
        }
      }
      line(out, text.toString().stripTrailing());
    }
  }

  private static String margin(CriterionFinding finding, Locale locale) {
    BigDecimal margin = finding.margin();
    if (margin == null) {
      return DASH;
    }
    if (margin.signum() < 0) {
      return "-" + number(margin.negate(), RoundingMode.CEILING, locale);
    }
    return "+" + number(margin, RoundingMode.FLOOR, locale);
  }

  private static String result(CriterionFinding finding) {
    if (finding.passed()) {
      return "report.result.passed";
    }
    return finding.evaluable() ? "report.result.failed" : "report.result.incomplete";
  }

  private static String tierName(LabelTier tier, Locale locale) {
    return say(locale, "tier." + tier.name().toLowerCase(Locale.ROOT));
  }

  /**
   * Formats a number with at most two decimal places in the reader's notation; {@code rounding}
   * brings a longer one to two places first (truncated for observed values, rounded up for
   * shortfalls, so that a failure never reads as a zero gap).
   */
  private static String number(BigDecimal value, RoundingMode rounding, Locale locale) {
    BigDecimal rounded = value.stripTrailingZeros();
    if (rounded.scale() > 2) {
      rounded = value.setScale(2, rounding);
    }
    DecimalFormat format =
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(language(locale)));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(rounded);
  }

  private static Locale language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }

  private static String say(Locale locale, String key, Object... arguments) {
    return EligibilityMessages.text(locale, key, arguments);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
