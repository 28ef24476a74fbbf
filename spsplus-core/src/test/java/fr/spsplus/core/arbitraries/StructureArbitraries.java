package fr.spsplus.core.arbitraries;

import fr.spsplus.core.structure.StructureCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Arbitraries for {@code fr.spsplus.core.structure}. */
public final class StructureArbitraries {

  private StructureArbitraries() {}

  /**
   * Structure codes shaped like the platform's (10 alphanumeric characters).
   *
   * @return the arbitrary
   */
  public static Arbitrary<StructureCode> codes() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .ofLength(10)
        .map(StructureCode::new);
  }
}
