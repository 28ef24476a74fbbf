package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.engagement.EngagementReferential;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import fr.spsplus.core.json.SpsplusJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A versioned set of rules that decides which tier of the label Services Publics+ an application
 * reaches: for each tier {@link LabelTier#BRONZE BRONZE}, {@link LabelTier#ARGENT ARGENT} and
 * {@link LabelTier#OR OR}, its {@link TierRequirements}.
 *
 * <p><strong>The official thresholds are not public.</strong> A tier is reached when the user
 * survey, the agent survey and the audit of each of the 8 engagements reach minimum scores, plus,
 * for OR, the additional "Or" criteria (DITP document on the "Or" tier, {@code seeds/001_…} of the
 * project's references; the numbers are blank in the only public copy). spsplus therefore keeps the
 * rules as data: {@link #illustrativeSpPlus2023()} is a bundled <strong>illustrative</strong> rule
 * set whose numbers were invented to show the model — never present its results as official — and
 * {@link #fromJson(Path)} loads the rule set of a certification body or of the DITP.
 *
 * <pre>{@code
 * LabelRuleSet official = LabelRuleSet.fromJson(Path.of("regles-label-2026.json"));
 * LabelRuleSet demo = LabelRuleSet.illustrativeSpPlus2023();  // id "illustrative-2023", illustrative = true
 * }</pre>
 *
 * <h2>JSON form</h2>
 *
 * <p>The JSON Schema is bundled as {@value #JSON_SCHEMA_RESOURCE} (in this package), with the
 * illustrative rule set ({@value #ILLUSTRATIVE_RESOURCE}) and a second example using per-engagement
 * minimums and the lower-bound basis ({@value #EXAMPLE_RESOURCE}).
 *
 * <pre>{@code
 * {
 *   "$schema": "…/label-rule-set.schema.json",        optional, ignored
 *   "id": "illustrative-2023",                        identifier (letters, digits, . _ : -)
 *   "version": 1,                                     integer ≥ 1
 *   "title": "…",                                     non-blank text
 *   "illustrative": true,                             false only for official thresholds
 *   "referential": "SP_PLUS_2023",                    a ReferentialId code
 *   "provenance": "…",                                where the numbers come from
 *   "tiers": {
 *     "BRONZE": { … }, "ARGENT": { … },
 *     "OR": {
 *       "minUserScore": 80,                           score 0–100, ≤ 2 decimals
 *       "minUserSurveySize": 100,                     integer ≥ 0 (respondents)
 *       "minAgentScore": 70,
 *       "minAgentSurveySize": 10,
 *       "surveyThreshold": {"basis": "LOWER_BOUND",   or "POINT_ESTIMATE"
 *                           "method": "WILSON",       optional, default WILSON
 *                           "confidence": 0.95},      optional, default 0.95, in (0, 1)
 *       "minAuditScore": 80,                          one value for every engagement…
 *       "engagements": {"1": 80, "2": 85, …},         …or one per engagement (not both)
 *       "minOrCriteriaScore": 70                      OR only (absent or null elsewhere)
 *     }
 *   }
 * }
 * }</pre>
 *
 * <h2>Validation</h2>
 *
 * <p>A rule set is checked when it is built, whether from a file or in Java: unknown properties and
 * wrong types (file only), scores from 0 to 100 with at most two decimal places, sizes not
 * negative, confidence strictly between 0 and 1, a binomial interval method; all three tiers
 * present; {@code minOrCriteriaScore} on OR and only there; with per-engagement minimums, every
 * engagement of the referential covered and no other; and the tiers ordered <strong>OR ≥ ARGENT ≥
 * BRONZE on every criterion</strong> — each score and size minimum, each engagement's minimum, and
 * the survey threshold's strictness ({@link SurveyThreshold#isAtLeastAsStrictAs}). Every error is
 * an {@link InvalidRuleSetException} naming the path in the JSON form ({@code
 * $.tiers.OR.minAgentScore}, {@code $.tiers.ARGENT.engagements.4}) and the rule, in French and
 * English; the first error in document order is reported. Because of the ordering, a structure that
 * reaches a tier also meets every requirement of the tiers below it.
 *
 * <p>Reading JSON requires {@code jackson-databind} at run time, as every JSON feature of spsplus
 * ({@link SpsplusJson}); {@link SpsplusJson#write(Object)} writes a rule set in this form and
 * {@link #fromJson(InputStream, String)} reads it back equal.
 *
 * @param id the rule set's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param version the rule set's version, from 1
 * @param title the rule set's title; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param illustrative true when the thresholds are invented to illustrate the model; only a rule
 *     set whose numbers come from the programme or a certification body may say false
 * @param referential the referential whose engagements the audit minimums cover
 * @param provenance where the numbers come from (a document, a decision, or "invented for
 *     illustration"); non-blank, at most {@value fr.spsplus.core.TextRules#TEXT_MAX} characters
 * @param tiers the requirements of each tier, all three (copied, in tier order)
 */
public record LabelRuleSet(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @Positive int version,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    boolean illustrative,
    @NotNull ReferentialId referential,
    @NotBlank @Size(max = TextRules.TEXT_MAX) String provenance,
    @NotNull Map<@NotNull LabelTier, @NotNull @Valid TierRequirements> tiers) {

  /** The bundled illustrative rule set, in this package. */
  public static final String ILLUSTRATIVE_RESOURCE = "rulesets/illustrative-2023.json";

  /** A second example, with per-engagement minimums and the lower-bound basis, in this package. */
  public static final String EXAMPLE_RESOURCE = "rulesets/example-per-engagement-lower-bound.json";

  /** The JSON Schema of the rule-set files, in this package. */
  public static final String JSON_SCHEMA_RESOURCE = "rulesets/label-rule-set.schema.json";

  /**
   * Checks the components and copies the tiers.
   *
   * @throws InvalidRuleSetException naming the path and the rule of the first error, as described
   *     in the type's documentation
   */
  public LabelRuleSet {
    located("$.id", () -> Texts.requireId(Objects.requireNonNull(id, "id"), "id"));
    located("$.version", () -> Checks.requirePositive(version, "version"));
    located("$.title", () -> Texts.requireText(title, TextRules.TITLE_MAX, "title"));
    Objects.requireNonNull(referential, "referential");
    located("$.provenance", () -> Texts.requireText(provenance, TextRules.TEXT_MAX, "provenance"));
    Objects.requireNonNull(tiers, "tiers");
    EnumMap<LabelTier, TierRequirements> copy = new EnumMap<>(LabelTier.class);
    for (LabelTier tier : LabelTier.values()) {
      TierRequirements requirements = tiers.get(tier);
      if (requirements == null) {
        throw new InvalidRuleSetException(
            "$.tiers." + tier.name(), RuleChecks.MESSAGES.message("rule.tier.missing", tier));
      }
      copy.put(tier, requirements);
    }
    EngagementReferential engagements = Referentials.of(referential);
    for (LabelTier tier : LabelTier.values()) {
      checkTier(tier, copy.get(tier), engagements);
    }
    checkOrder(LabelTier.BRONZE, LabelTier.ARGENT, copy, engagements);
    checkOrder(LabelTier.ARGENT, LabelTier.OR, copy, engagements);
    tiers = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the bundled <strong>illustrative</strong> rule set ({@value #ILLUSTRATIVE_RESOURCE}):
   * invented thresholds that show the model, not the label's official ones, which are not public.
   * Its identifier is {@code illustrative-2023} and {@link #illustrative()} is true, so that every
   * decision taken with it says so. Requires {@code jackson-databind} at run time.
   *
   * @return the rule set
   */
  public static LabelRuleSet illustrativeSpPlus2023() {
    return Bundled.ILLUSTRATIVE;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of rule-set files, bundled as {@value
   * #JSON_SCHEMA_RESOURCE}: for editors and validators, and for callers on the module path, where
   * the resource itself is encapsulated. The schema cannot express the rules that compare values
   * (tier order, engagement coverage, decimal places); its description lists them, and {@link
   * #fromJson(InputStream, String)} checks everything.
   *
   * @return the schema, as JSON text
   */
  public static String jsonSchema() {
    try (InputStream in = LabelRuleSet.class.getResourceAsStream(JSON_SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled schema " + JSON_SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a rule set from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the rule set
   * @throws InvalidRuleSetException if the file breaks the form or a rule (the message names the
   *     file, the path and the rule)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static LabelRuleSet fromJson(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return fromJson(in, name == null ? file.toString() : name.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a rule set from a JSON stream (UTF-8). The stream is not closed.
   *
   * @param in the stream
   * @return the rule set
   * @throws InvalidRuleSetException if the content breaks the form or a rule (the message names the
   *     path and the rule)
   * @throws UncheckedIOException if the stream fails
   */
  public static LabelRuleSet fromJson(InputStream in) {
    return RuleSetReader.read(in, null);
  }

  /**
   * Reads a rule set from a JSON stream (UTF-8), naming the source in error messages. The stream is
   * not closed.
   *
   * @param in the stream
   * @param sourceName the name of the source (a file name), quoted in error messages
   * @return the rule set
   * @throws InvalidRuleSetException if the content breaks the form or a rule (the message names the
   *     source, the path and the rule)
   * @throws UncheckedIOException if the stream fails
   */
  public static LabelRuleSet fromJson(InputStream in, String sourceName) {
    return RuleSetReader.read(in, Objects.requireNonNull(sourceName, "sourceName"));
  }

  /**
   * Writes this rule set as indented JSON, in the form {@link #fromJson(InputStream)} reads.
   *
   * @return the JSON text
   */
  public String toJson() {
    return SpsplusJson.pretty().write(this);
  }

  /**
   * Returns a builder with the identifier and the title; the other values start empty, the
   * referential as {@link ReferentialId#SP_PLUS_2023} and the version as 1.
   *
   * @param id the identifier
   * @param title the title
   * @return a new builder
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /**
   * Returns a builder holding this rule set.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(id, title);
    builder.version = version;
    builder.illustrative = illustrative;
    builder.referential = referential;
    builder.provenance = provenance;
    builder.tiers.putAll(tiers);
    return builder;
  }

  /**
   * Returns the requirements of one tier.
   *
   * @param tier the tier
   * @return the requirements
   */
  public TierRequirements requirements(LabelTier tier) {
    return tiers.get(Objects.requireNonNull(tier, "tier"));
  }

  /**
   * Returns the minimum audit score of one engagement for one tier.
   *
   * @param tier the tier
   * @param engagement the engagement's number, in {@link #referential()}
   * @return the minimum
   * @throws InvalidInputException if the referential has no such engagement
   */
  public BigDecimal auditThreshold(LabelTier tier, int engagement) {
    Referentials.of(referential).requireNumber(engagement);
    return requirements(tier).auditThreshold(engagement).orElseThrow();
  }

  /**
   * Returns the reference that decisions quote.
   *
   * @return the identifier, version, title and illustrative flag
   */
  public RuleSetReference reference() {
    return new RuleSetReference(id, version, title, illustrative);
  }

  private static void located(String path, Runnable check) {
    try {
      check.run();
    } catch (InvalidRuleSetException e) {
      throw e.under(path);
    } catch (InvalidInputException e) {
      throw new InvalidRuleSetException(path, e.localizedMessage());
    }
  }

  private static void checkTier(
      LabelTier tier, TierRequirements requirements, EngagementReferential engagements) {
    String path = "$.tiers." + tier.name();
    boolean needsOr = tier == LabelTier.OR;
    if (needsOr && requirements.minOrCriteriaScore() == null) {
      throw new InvalidRuleSetException(
          path + ".minOrCriteriaScore", RuleChecks.MESSAGES.message("rule.or.required"));
    }
    if (!needsOr && requirements.minOrCriteriaScore() != null) {
      throw new InvalidRuleSetException(
          path + ".minOrCriteriaScore", RuleChecks.MESSAGES.message("rule.or.only"));
    }
    if (requirements.engagements().isEmpty()) {
      return;
    }
    for (int number : requirements.engagements().keySet()) {
      if (!engagements.contains(number)) {
        throw new InvalidRuleSetException(
            path + ".engagements." + number,
            RuleChecks.MESSAGES.message(
                "rule.engagement.unknown", engagements.id().name(), engagements.size()));
      }
    }
    List<String> uncovered = new ArrayList<>();
    for (int number = 1; number <= engagements.size(); number++) {
      if (!requirements.engagements().containsKey(number)) {
        uncovered.add(Integer.toString(number));
      }
    }
    if (!uncovered.isEmpty()) {
      throw new InvalidRuleSetException(
          path + ".engagements",
          RuleChecks.MESSAGES.message(
              "rule.engagements.uncovered", engagements.id().name(), String.join(", ", uncovered)));
    }
  }

  private static void checkOrder(
      LabelTier lower,
      LabelTier higher,
      Map<LabelTier, TierRequirements> tiers,
      EngagementReferential engagements) {
    TierRequirements low = tiers.get(lower);
    TierRequirements high = tiers.get(higher);
    String path = "$.tiers." + higher.name();
    requireAtLeast(high.minUserScore(), low.minUserScore(), path + ".minUserScore", lower);
    requireAtLeast(
        BigDecimal.valueOf(high.minUserSurveySize()),
        BigDecimal.valueOf(low.minUserSurveySize()),
        path + ".minUserSurveySize",
        lower);
    requireAtLeast(high.minAgentScore(), low.minAgentScore(), path + ".minAgentScore", lower);
    requireAtLeast(
        BigDecimal.valueOf(high.minAgentSurveySize()),
        BigDecimal.valueOf(low.minAgentSurveySize()),
        path + ".minAgentSurveySize",
        lower);
    checkThresholdOrder(high.surveyThreshold(), low.surveyThreshold(), path, lower);
    for (int number = 1; number <= engagements.size(); number++) {
      BigDecimal highValue = high.auditThreshold(number).orElseThrow();
      BigDecimal lowValue = low.auditThreshold(number).orElseThrow();
      if (highValue.compareTo(lowValue) < 0) {
        boolean own = high.engagements().containsKey(number);
        LocalizedMessage rule =
            own
                ? RuleChecks.MESSAGES.message("rule.order", lower, RuleChecks.plain(lowValue))
                : RuleChecks.MESSAGES.message(
                    "rule.order.engagement", number, lower, RuleChecks.plain(lowValue));
        throw new InvalidRuleSetException(
            own ? path + ".engagements." + number : path + ".minAuditScore", rule);
      }
    }
  }

  private static void requireAtLeast(
      BigDecimal high, BigDecimal low, String path, LabelTier lower) {
    if (high.compareTo(low) < 0) {
      throw new InvalidRuleSetException(
          path, RuleChecks.MESSAGES.message("rule.order", lower, RuleChecks.plain(low)));
    }
  }

  private static void checkThresholdOrder(
      SurveyThreshold high, SurveyThreshold low, String tierPath, LabelTier lower) {
    if (high.isAtLeastAsStrictAs(low)) {
      return;
    }
    String path = tierPath + ".surveyThreshold";
    if (high.basis() != SurveyThresholdBasis.LOWER_BOUND) {
      throw new InvalidRuleSetException(
          path + ".basis", RuleChecks.MESSAGES.message("rule.order.basis", lower));
    }
    if (high.method() != low.method()) {
      throw new InvalidRuleSetException(
          path + ".method",
          RuleChecks.MESSAGES.message("rule.order.method", lower, low.method().name()));
    }
    throw new InvalidRuleSetException(
        path + ".confidence",
        RuleChecks.MESSAGES.message(
            "rule.order.confidence", lower, Double.toString(low.confidence())));
  }

  /**
   * Builds a {@link LabelRuleSet}. Everything is checked by {@link #build()}, with the paths of the
   * JSON form.
   */
  public static final class Builder {
    private final String id;
    private final String title;
    private int version = 1;
    private boolean illustrative;
    private ReferentialId referential = ReferentialId.SP_PLUS_2023;
    private @Nullable String provenance;
    private final EnumMap<LabelTier, TierRequirements> tiers = new EnumMap<>(LabelTier.class);

    private Builder(String id, String title) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Sets the version.
     *
     * @param version from 1
     * @return this builder
     */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Says whether the thresholds are illustrative (default false: set it to true for any invented
     * numbers).
     *
     * @param illustrative true for invented thresholds
     * @return this builder
     */
    public Builder illustrative(boolean illustrative) {
      this.illustrative = illustrative;
      return this;
    }

    /**
     * Sets the referential whose engagements the audit minimums cover.
     *
     * @param referential the referential
     * @return this builder
     */
    public Builder referential(ReferentialId referential) {
      this.referential = Objects.requireNonNull(referential, "referential");
      return this;
    }

    /**
     * Sets where the numbers come from.
     *
     * @param provenance non-blank text
     * @return this builder
     */
    public Builder provenance(String provenance) {
      this.provenance = Objects.requireNonNull(provenance, "provenance");
      return this;
    }

    /**
     * Sets the requirements of one tier.
     *
     * @param tier the tier
     * @param requirements its requirements
     * @return this builder
     */
    public Builder tier(LabelTier tier, TierRequirements requirements) {
      tiers.put(
          Objects.requireNonNull(tier, "tier"),
          Objects.requireNonNull(requirements, "requirements"));
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @return the rule set
     * @throws InvalidRuleSetException naming the path and the rule of the first error
     */
    public LabelRuleSet build() {
      if (provenance == null) {
        throw new InvalidRuleSetException(
            "$.provenance", RuleChecks.MESSAGES.message("rule.required"));
      }
      return new LabelRuleSet(id, version, title, illustrative, referential, provenance, tiers);
    }
  }

  /** The bundled rule sets, read once on first use. */
  private static final class Bundled {
    static final LabelRuleSet ILLUSTRATIVE = load(ILLUSTRATIVE_RESOURCE);

    private static LabelRuleSet load(String name) {
      try (InputStream in = LabelRuleSet.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing bundled rule set " + name);
        }
        return fromJson(in, name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
