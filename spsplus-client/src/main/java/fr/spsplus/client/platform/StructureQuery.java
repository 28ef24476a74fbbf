package fr.spsplus.client.platform;

import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.StructureCode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which structures {@link PlatformClient#structures(StructureQuery)} lists: filters of the
 * contract's {@code listStructures} operation, combined with "and". Immutable; each {@code with…}
 * method returns a changed copy.
 *
 * <pre>{@code
 * StructureQuery query = StructureQuery.all().withNetwork(Network.of("France services")).withActive(true);
 * }</pre>
 *
 * @param network keep only the structures of this network (query parameter {@code network}), or
 *     null for every network
 * @param parent keep only the children of this structure ({@code parent}), or null
 * @param active keep only active ({@code true}) or inactive ({@code false}) structures ({@code
 *     active}), or null for both
 */
public record StructureQuery(
    @Nullable Network network, @Nullable StructureCode parent, @Nullable Boolean active) {

  private static final StructureQuery ALL = new StructureQuery(null, null, null);

  /**
   * Returns the query without filter: every structure.
   *
   * @return the query
   */
  public static StructureQuery all() {
    return ALL;
  }

  /**
   * Returns this query restricted to a network.
   *
   * @param network the network
   * @return the new query
   */
  public StructureQuery withNetwork(Network network) {
    return new StructureQuery(Objects.requireNonNull(network, "network"), parent, active);
  }

  /**
   * Returns this query restricted to the children of a structure.
   *
   * @param parent the parent structure
   * @return the new query
   */
  public StructureQuery withParent(StructureCode parent) {
    return new StructureQuery(network, Objects.requireNonNull(parent, "parent"), active);
  }

  /**
   * Returns this query restricted to active or inactive structures.
   *
   * @param active true for active structures, false for inactive ones
   * @return the new query
   */
  public StructureQuery withActive(boolean active) {
    return new StructureQuery(network, parent, active);
  }
}
