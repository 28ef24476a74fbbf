package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A set of {@link IndicatorDefinition}s, at most one per {@link IndicatorCode}, with look-ups.
 *
 * <p>{@link #bundled()} is spsplus's catalogue of the fifteen indicators, read from the resource
 * {@code fr/spsplus/core/indicator/catalogue.properties}: each definition says whether it is
 * official (with its URL) or a proposed default, and two indicators carry a sourced target: the
 * pick-up rate by an agent (≥ 85 %, Plan téléphone 2023) and the quality of online procedures (≥
 * 8/10 per procedure). Applications with other definitions or targets build their own catalogue
 * with {@link #of(Collection)} or {@link #load(Reader)}.
 *
 * <p>The text format of {@link #load(Reader)} is a UTF-8 {@code .properties} file with one group of
 * keys per indicator, prefixed by its code:
 *
 * <pre>{@code
 * TAUX_DECROCHE_AGENT.name.fr=Taux de décroché des appels téléphoniques par un agent
 * TAUX_DECROCHE_AGENT.name.en=Call pick-up rate by an agent
 * TAUX_DECROCHE_AGENT.family=PRODUCTION
 * TAUX_DECROCHE_AGENT.unit=PERCENT
 * TAUX_DECROCHE_AGENT.polarity=HIGHER_IS_BETTER
 * TAUX_DECROCHE_AGENT.engagement=2                      # optional, 1 to 8
 * TAUX_DECROCHE_AGENT.source.kind=OFFICIAL              # or PROPOSED_DEFAULT
 * TAUX_DECROCHE_AGENT.source.url=https://www.plus.transformation.gouv.fr/engagement/6
 * TAUX_DECROCHE_AGENT.source.note=Calls handled by an agent ÷ calls requiring an agent…
 * TAUX_DECROCHE_AGENT.target.comparison=AT_LEAST        # the target.* keys are optional
 * TAUX_DECROCHE_AGENT.target.threshold=85
 * TAUX_DECROCHE_AGENT.target.unit=PERCENT
 * TAUX_DECROCHE_AGENT.target.source.kind=OFFICIAL
 * TAUX_DECROCHE_AGENT.target.source.url=https://www.modernisation.gouv.fr/…
 * TAUX_DECROCHE_AGENT.target.source.note=Plan téléphone…
 * }</pre>
 *
 * <p>Unknown codes and keys are rejected (a typo must not silently drop a target). Instances are
 * immutable and thread-safe.
 */
public final class IndicatorCatalogue {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(IndicatorCatalogue.class, "messages");
  private static final String RESOURCE = "catalogue.properties";
  private static final Set<String> SUFFIXES =
      Set.of(
          "name.fr",
          "name.en",
          "family",
          "unit",
          "polarity",
          "engagement",
          "source.kind",
          "source.url",
          "source.note",
          "target.comparison",
          "target.threshold",
          "target.unit",
          "target.source.kind",
          "target.source.url",
          "target.source.note");

  private final Map<IndicatorCode, IndicatorDefinition> definitions;

  private IndicatorCatalogue(Map<IndicatorCode, IndicatorDefinition> definitions) {
    this.definitions = Collections.unmodifiableMap(definitions);
  }

  /**
   * Returns spsplus's catalogue of every {@link IndicatorCode}.
   *
   * @return the shared bundled catalogue, {@link #complete() complete}
   */
  public static IndicatorCatalogue bundled() {
    return Bundled.CATALOGUE;
  }

  /**
   * Builds a catalogue from definitions.
   *
   * @param definitions the definitions, at most one per code
   * @return the catalogue
   * @throws InvalidInputException if two definitions have the same code
   */
  public static IndicatorCatalogue of(Collection<IndicatorDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions");
    Map<IndicatorCode, IndicatorDefinition> map = new EnumMap<>(IndicatorCode.class);
    for (IndicatorDefinition definition : definitions) {
      Objects.requireNonNull(definition, "definitions[]");
      if (map.putIfAbsent(definition.code(), definition) != null) {
        throw new InvalidInputException(
            MESSAGES.message("catalogue.duplicate", definition.code().name()));
      }
    }
    return new IndicatorCatalogue(map);
  }

  /**
   * Reads a catalogue in the properties format shown in the class description. The reader is not
   * closed.
   *
   * @param reader the text
   * @return the catalogue
   * @throws InvalidInputException if a code or key is unknown, a required key is missing, or a
   *     value is invalid; the message names the key
   * @throws UncheckedIOException if the reader fails
   */
  public static IndicatorCatalogue load(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    Properties properties = new Properties();
    try {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(MESSAGES.message("catalogue.syntax"), e);
    }
    Map<IndicatorCode, Map<String, String>> groups = new EnumMap<>(IndicatorCode.class);
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      int dot = key.indexOf('.');
      String suffix = dot < 0 ? "" : key.substring(dot + 1);
      if (dot < 0 || !SUFFIXES.contains(suffix)) {
        throw new InvalidInputException(MESSAGES.message("catalogue.key.unknown", key));
      }
      IndicatorCode code = Checks.parseCode(IndicatorCode.class, key.substring(0, dot), key);
      groups
          .computeIfAbsent(code, c -> new java.util.HashMap<>())
          .put(suffix, properties.getProperty(key).strip());
    }
    List<IndicatorDefinition> definitions = new ArrayList<>();
    groups.forEach((code, keys) -> definitions.add(definition(code, keys)));
    return of(definitions);
  }

  private static IndicatorDefinition definition(IndicatorCode code, Map<String, String> keys) {
    Entry entry = new Entry(code, keys);
    try {
      String engagement = entry.optional("engagement");
      return new IndicatorDefinition(
          code,
          entry.required("name.fr"),
          entry.required("name.en"),
          entry.code(IndicatorFamily.class, "family"),
          entry.code(IndicatorUnit.class, "unit"),
          entry.code(Polarity.class, "polarity"),
          engagement == null ? null : (int) entry.number("engagement"),
          entry.source("source."),
          entry.target());
    } catch (InvalidInputException e) {
      if (e.key().startsWith("catalogue.")) {
        throw e;
      }
      throw new InvalidInputException(
          MESSAGES.message("catalogue.entry", code.name(), e.localizedMessage()), e);
    }
  }

  /** The keys of one indicator, with typed readers whose errors name the full key. */
  private static final class Entry {
    private final IndicatorCode code;
    private final Map<String, String> keys;

    Entry(IndicatorCode code, Map<String, String> keys) {
      this.code = code;
      this.keys = keys;
    }

    private String key(String suffix) {
      return code.name() + "." + suffix;
    }

    @Nullable String optional(String suffix) {
      String value = keys.get(suffix);
      return value == null || value.isEmpty() ? null : value;
    }

    String required(String suffix) {
      String value = optional(suffix);
      if (value == null) {
        throw new InvalidInputException(MESSAGES.message("catalogue.key.missing", key(suffix)));
      }
      return value;
    }

    <E extends Enum<E>> E code(Class<E> type, String suffix) {
      return Checks.parseCode(type, required(suffix), key(suffix));
    }

    /** A decimal number ({@code 85}, {@code 70.5}), or a whole number for the engagement. */
    double number(String suffix) {
      String text = required(suffix);
      String format =
          suffix.equals("engagement") ? "[0-9]{1,9}" : "[+-]?[0-9]{1,15}(\\.[0-9]{1,15})?";
      if (!text.matches(format)) {
        throw new InvalidInputException(MESSAGES.message("catalogue.number", key(suffix)));
      }
      return Double.parseDouble(text);
    }

    DefinitionSource source(String prefix) {
      SourceKind kind = code(SourceKind.class, prefix + "kind");
      String url = optional(prefix + "url");
      String note = required(prefix + "note");
      if (url == null) {
        return new DefinitionSource(kind, null, note);
      }
      return kind == SourceKind.OFFICIAL
          ? DefinitionSource.official(url, note)
          : DefinitionSource.proposedDefault(url, note);
    }

    @Nullable IndicatorTarget target() {
      boolean any = keys.keySet().stream().anyMatch(k -> k.startsWith("target."));
      if (!any) {
        return null;
      }
      return new IndicatorTarget(
          code(Comparison.class, "target.comparison"),
          number("target.threshold"),
          code(IndicatorUnit.class, "target.unit"),
          source("target.source."));
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Returns the definition of an indicator.
   *
   * @param code the indicator
   * @return the definition, or empty when this catalogue has none
   */
  public Optional<IndicatorDefinition> find(IndicatorCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(definitions.get(code));
  }

  /**
   * Returns the definition of the indicator an identifier names.
   *
   * @param id the identifier
   * @return the definition, or empty for an identifier that is not a spsplus code (an open-data
   *     {@code IND-27}, for example) or a code this catalogue does not define
   */
  public Optional<IndicatorDefinition> find(IndicatorId id) {
    Objects.requireNonNull(id, "id");
    return id.code().flatMap(this::find);
  }

  /**
   * Returns the definition of an indicator that the catalogue must define.
   *
   * @param code the indicator
   * @return the definition
   * @throws InvalidInputException if the catalogue does not define it
   */
  public IndicatorDefinition definition(IndicatorCode code) {
    return find(code)
        .orElseThrow(
            () -> new InvalidInputException(MESSAGES.message("catalogue.absent", code.name())));
  }

  /**
   * Returns every definition, in the order of {@link IndicatorCode}.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  /**
   * Returns the definitions of the dashboard indicators, in dashboard order (1 to 9).
   *
   * @return an unmodifiable list of the dashboard indicators this catalogue defines
   */
  public List<IndicatorDefinition> dashboard() {
    return IndicatorCode.dashboard().stream()
        .map(definitions::get)
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Tells whether every {@link IndicatorCode} has a definition.
   *
   * @return true if the catalogue is complete
   */
  public boolean complete() {
    return definitions.size() == IndicatorCode.values().length;
  }

  @Override
  public String toString() {
    return "IndicatorCatalogue" + definitions.keySet();
  }

  private static final class Bundled {
    static final IndicatorCatalogue CATALOGUE = read();

    private static IndicatorCatalogue read() {
      try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        IndicatorCatalogue catalogue = load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!catalogue.complete()) {
          throw new IllegalStateException("incomplete bundled catalogue: " + catalogue);
        }
        return catalogue;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
