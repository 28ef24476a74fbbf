package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.json.SpsplusJson;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON form of a {@link LabelRuleSet} strictly: the document is parsed by {@link
 * SpsplusJson} into plain maps, then walked with its JSON path in hand, so that every error (an
 * unknown property, a wrong type, a value out of range, tiers out of order) names the path of the
 * faulty value. Unknown properties are refused: a misspelt minimum must not be silently ignored.
 * When a property appears twice in an object, the parser keeps the last occurrence.
 */
final class RuleSetReader {

  static final List<String> ROOT_KEYS =
      List.of(
          "$schema",
          "id",
          "version",
          "title",
          "illustrative",
          "referential",
          "provenance",
          "tiers");

  static final List<String> TIER_KEYS =
      List.of(
          "minUserScore",
          "minUserSurveySize",
          "minAgentScore",
          "minAgentSurveySize",
          "surveyThreshold",
          "minAuditScore",
          "engagements",
          "minOrCriteriaScore");

  static final List<String> THRESHOLD_KEYS = List.of("basis", "method", "confidence");

  private static final Pattern ENGAGEMENT_KEY = Pattern.compile("[1-9][0-9]?");

  private RuleSetReader() {}

  static LabelRuleSet read(InputStream in, @Nullable String source) {
    Objects.requireNonNull(in, "in");
    try {
      return read(in);
    } catch (InvalidRuleSetException e) {
      throw source == null ? e : e.in(source);
    }
  }

  private static LabelRuleSet read(InputStream in) {
    Object document;
    try {
      document = SpsplusJson.compact().read(in, Object.class);
    } catch (InvalidInputException e) {
      throw new InvalidRuleSetException("$", e.localizedMessage(), e);
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new InvalidRuleSetException(
          "$",
          RuleChecks.MESSAGES.message("rule.type", RuleChecks.MESSAGES.message("type.object")));
    }
    JsonObject root = new JsonObject("$", map);
    root.requireKnown(ROOT_KEYS);
    root.optionalText("$schema");
    String id = root.text("id");
    int version = root.integer("version");
    String title = root.text("title");
    boolean illustrative = root.bool("illustrative");
    ReferentialId referential = root.code("referential", ReferentialId.class);
    String provenance = root.text("provenance");
    JsonObject tierObjects = root.object("tiers");
    EnumMap<LabelTier, TierRequirements> tiers = new EnumMap<>(LabelTier.class);
    for (String key : tierObjects.keys()) {
      LabelTier tier = tierObjects.keyCode(key, LabelTier.class);
      tiers.put(tier, tier(tierObjects.object(key)));
    }
    return new LabelRuleSet(id, version, title, illustrative, referential, provenance, tiers);
  }

  private static TierRequirements tier(JsonObject tier) {
    tier.requireKnown(TIER_KEYS);
    BigDecimal minUserScore = tier.score("minUserScore");
    long minUserSurveySize = tier.size("minUserSurveySize");
    BigDecimal minAgentScore = tier.score("minAgentScore");
    long minAgentSurveySize = tier.size("minAgentSurveySize");
    SurveyThreshold threshold = threshold(tier.object("surveyThreshold"));
    BigDecimal minAuditScore = tier.optionalScore("minAuditScore");
    Map<Integer, BigDecimal> engagements = new TreeMap<>();
    JsonObject perEngagement = tier.optionalObject("engagements");
    if (perEngagement != null) {
      for (String key : perEngagement.keys()) {
        if (!ENGAGEMENT_KEY.matcher(key).matches()) {
          throw new InvalidRuleSetException(
              perEngagement.path(key),
              RuleChecks.MESSAGES.message(
                  "rule.engagement.number", fr.spsplus.core.engagement.Engagement.MAX_NUMBER));
        }
        engagements.put(Integer.parseInt(key), perEngagement.score(key));
      }
    }
    BigDecimal minOrCriteriaScore = tier.optionalScore("minOrCriteriaScore");
    try {
      return new TierRequirements(
          minUserScore,
          minUserSurveySize,
          minAgentScore,
          minAgentSurveySize,
          threshold,
          minAuditScore,
          engagements,
          minOrCriteriaScore);
    } catch (InvalidRuleSetException e) {
      throw e.under(tier.path);
    }
  }

  private static SurveyThreshold threshold(JsonObject threshold) {
    threshold.requireKnown(THRESHOLD_KEYS);
    SurveyThresholdBasis basis = threshold.code("basis", SurveyThresholdBasis.class);
    IntervalMethod method =
        threshold.has("method")
            ? threshold.code("method", IntervalMethod.class)
            : SurveyThreshold.DEFAULT_METHOD;
    double confidence =
        threshold.has("confidence")
            ? threshold.number("confidence").doubleValue()
            : SurveyThreshold.DEFAULT_CONFIDENCE;
    try {
      return new SurveyThreshold(basis, method, confidence);
    } catch (InvalidRuleSetException e) {
      throw e.under(threshold.path);
    }
  }

  /** A JSON object with its path; every accessor reports errors at the path of its property. */
  private static final class JsonObject {
    final String path;
    private final Map<?, ?> values;

    JsonObject(String path, Map<?, ?> values) {
      this.path = path;
      this.values = values;
    }

    String path(String key) {
      return path + "." + key;
    }

    List<String> keys() {
      return values.keySet().stream().map(String::valueOf).toList();
    }

    boolean has(String key) {
      return values.get(key) != null;
    }

    void requireKnown(List<String> known) {
      for (String key : keys()) {
        if (!known.contains(key)) {
          throw error(
              key, RuleChecks.MESSAGES.message("rule.unknown.property", String.join(", ", known)));
        }
      }
    }

    private Object required(String key) {
      Object value = values.get(key);
      if (value == null) {
        throw error(key, RuleChecks.MESSAGES.message("rule.required"));
      }
      return value;
    }

    String text(String key) {
      if (required(key) instanceof String text) {
        return text;
      }
      throw wrongType(key, "type.text");
    }

    @Nullable String optionalText(String key) {
      return has(key) ? text(key) : null;
    }

    boolean bool(String key) {
      if (required(key) instanceof Boolean value) {
        return value;
      }
      throw wrongType(key, "type.boolean");
    }

    BigDecimal number(String key) {
      Object value = required(key);
      if (value instanceof Integer || value instanceof Long) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof BigInteger big) {
        return new BigDecimal(big);
      }
      if (value instanceof Double || value instanceof Float) {
        double number = ((Number) value).doubleValue();
        if (Double.isFinite(number)) {
          return BigDecimal.valueOf(number);
        }
      }
      if (value instanceof BigDecimal decimal) {
        return decimal;
      }
      throw wrongType(key, "type.number");
    }

    BigDecimal score(String key) {
      BigDecimal score = number(key);
      try {
        return RuleChecks.requireScore(score, key);
      } catch (InvalidRuleSetException e) {
        throw e.under(path);
      }
    }

    @Nullable BigDecimal optionalScore(String key) {
      return has(key) ? score(key) : null;
    }

    int integer(String key) {
      Object value = required(key);
      if (value instanceof Integer number) {
        return number;
      }
      throw wrongType(key, "type.integer");
    }

    long size(String key) {
      Object value = required(key);
      if (value instanceof Integer || value instanceof Long) {
        try {
          return RuleChecks.requireSize(((Number) value).longValue(), key);
        } catch (InvalidRuleSetException e) {
          throw e.under(path);
        }
      }
      if (value instanceof BigInteger) {
        throw error(key, RuleChecks.MESSAGES.message("rule.size.range"));
      }
      throw wrongType(key, "type.integer");
    }

    <E extends Enum<E>> E code(String key, Class<E> type) {
      return parse(text(key), key, type);
    }

    <E extends Enum<E>> E keyCode(String key, Class<E> type) {
      return parse(key, key, type);
    }

    private <E extends Enum<E>> E parse(String text, String key, Class<E> type) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      String accepted =
          String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      throw error(key, RuleChecks.MESSAGES.message("rule.code.unknown", accepted));
    }

    JsonObject object(String key) {
      if (required(key) instanceof Map<?, ?> map) {
        return new JsonObject(path(key), map);
      }
      throw wrongType(key, "type.object");
    }

    @Nullable JsonObject optionalObject(String key) {
      return has(key) ? object(key) : null;
    }

    private InvalidRuleSetException wrongType(String key, String typeKey) {
      return error(
          key, RuleChecks.MESSAGES.message("rule.type", RuleChecks.MESSAGES.message(typeKey)));
    }

    private InvalidRuleSetException error(String key, LocalizedMessage rule) {
      return new InvalidRuleSetException(path(key), rule);
    }
  }
}
