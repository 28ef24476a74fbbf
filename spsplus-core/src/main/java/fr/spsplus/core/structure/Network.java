package fr.spsplus.core.structure;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A network ("réseau") of the Services Publics+ platform: the administration or family of services
 * that a structure belongs to, such as {@code DGFIP}, {@code France services} or {@code POLICE
 * NATIONALE}.
 *
 * <p>The open-data directory identifies a network by its label only (column "Intitulé du réseau" of
 * the {@code export-structures} dataset, API name {@code reseau}); there is no network code. The
 * May 2023 export has 37 networks. Labels are kept exactly as published (case and accents
 * included), so two labels that differ only in case are two networks. Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>
 * (DITP, Licence Ouverte 2.0).
 *
 * @param name the label of the network, not blank, at most {@value #MAX_NAME_LENGTH} characters
 */
public record Network(@NotBlank @Size(max = Network.MAX_NAME_LENGTH) String name)
    implements Comparable<Network> {

  /** Maximum length of a network label (proposed default, generous for the published labels). */
  public static final int MAX_NAME_LENGTH = 500;

  /**
   * Checks the label.
   *
   * @throws InvalidInputException if the label is blank or too long
   */
  public Network {
    Objects.requireNonNull(name, "name");
    Checks.requireNonBlank(name, "network.name");
    Checks.requireMaxLength(name, MAX_NAME_LENGTH, "network.name");
  }

  /**
   * Returns the network with this label.
   *
   * @param name the label, as published
   * @return the network
   * @throws InvalidInputException if the label is blank or too long
   */
  public static Network of(String name) {
    return new Network(name);
  }

  /** Orders networks by label (case-sensitive, like {@link String#compareTo(String)}). */
  @Override
  public int compareTo(Network other) {
    return name.compareTo(other.name);
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return name;
  }
}
