package fr.spsplus.client.opendata;

import fr.spsplus.core.internal.Checks;
import java.util.Objects;

/**
 * A facet and one of its values, as {@code refine} and {@code exclude} take them: {@code
 * frequence:annuelle}, {@code date_de_mise_a_jour:2024}.
 *
 * @param facet the facet's field name (not blank)
 * @param value the value
 */
public record FacetValue(String facet, String value) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the facet is blank
   */
  public FacetValue {
    Checks.requireNonBlank(facet, "facet");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the parameter value: {@code facet:value}.
   *
   * @return the text sent to the API
   */
  public String parameter() {
    return facet + ":" + value;
  }
}
