package fr.spsplus.core.structure;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The INSEE geographic codes of a structure, as the open-data directory publishes them.
 *
 * <p>The {@code export-structures} dataset prefixes each code with its level: {@code com53130}
 * (commune), {@code dep53} (département), {@code reg52} (région), {@code arr53130} (the column
 * "INSEE Arrondissement", which holds a commune code, with a municipal-district suffix in Paris,
 * Lyon and Marseille: {@code arr75056-13}, {@code arr13055-02}). The record keeps the published
 * texts; the {@code …Code()} methods return them without their prefix. Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>
 * (columns "INSEE Ville", "INSEE Département", "INSEE Région", "INSEE Arrondissement").
 *
 * @param commune the commune code as published ({@code com…}), or {@code null}
 * @param department the département code as published ({@code dep…}), or {@code null}
 * @param region the région code as published ({@code reg…}), or {@code null}
 * @param arrondissement the arrondissement code as published ({@code arr…}), or {@code null}
 */
public record InseeCodes(
    @Nullable @Size(max = 32) String commune,
    @Nullable @Size(max = 32) String department,
    @Nullable @Size(max = 32) String region,
    @Nullable @Size(max = 32) String arrondissement) {

  /** The codes with every level absent. */
  public static final InseeCodes NONE = new InseeCodes(null, null, null, null);

  /**
   * Returns the commune code without its {@code com} prefix ({@code com53130} → {@code 53130}).
   *
   * @return the code, or empty when absent
   */
  public Optional<String> communeCode() {
    return unprefixed(commune, "com");
  }

  /**
   * Returns the département code without its {@code dep} prefix ({@code dep972} → {@code 972}).
   *
   * @return the code, or empty when absent
   */
  public Optional<String> departmentCode() {
    return unprefixed(department, "dep");
  }

  /**
   * Returns the région code without its {@code reg} prefix ({@code reg52} → {@code 52}).
   *
   * @return the code, or empty when absent
   */
  public Optional<String> regionCode() {
    return unprefixed(region, "reg");
  }

  /**
   * Returns the arrondissement code without its {@code arr} prefix ({@code arr75056-13} → {@code
   * 75056-13}).
   *
   * @return the code, or empty when absent
   */
  public Optional<String> arrondissementCode() {
    return unprefixed(arrondissement, "arr");
  }

  private static Optional<String> unprefixed(@Nullable String value, String prefix) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    return Optional.of(text.startsWith(prefix) ? text.substring(prefix.length()) : text);
  }
}
