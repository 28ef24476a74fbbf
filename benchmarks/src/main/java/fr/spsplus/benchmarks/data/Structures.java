package fr.spsplus.benchmarks.data;

import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.core.structure.Typology;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic structures of the benchmark: {@link #NETWORKS} networks, each with one head
 * structure (its national level), and a number of sites spread over the networks, each site's
 * parent being its network's head. Sites are numbered 0 to {@code sites - 1}; that index is what
 * the columnar data stores.
 *
 * <p>Codes are random ten-character strings like the platform's ({@code 3Tn8gzTdcz}), drawn from
 * the seed: the same seed gives the same codes.
 */
public final class Structures {

  /** The network names, one head structure each. */
  public static final List<String> NETWORKS =
      List.of(
          "Caf",
          "Assurance Maladie",
          "France Travail",
          "Urssaf",
          "MSA",
          "Finances publiques",
          "Préfectures",
          "France services");

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final StructureCode[] sites;
  private final int[] networkOfSite;
  private final StructureCode[] heads;
  private final StructureDirectory directory;

  private Structures(
      StructureCode[] sites,
      int[] networkOfSite,
      StructureCode[] heads,
      StructureDirectory directory) {
    this.sites = sites;
    this.networkOfSite = networkOfSite;
    this.heads = heads;
    this.directory = directory;
  }

  /**
   * Generates the structures.
   *
   * @param siteCount the number of sites, at least 1
   * @param seed the seed of the codes
   * @return the structures
   */
  public static Structures generate(int siteCount, long seed) {
    if (siteCount < 1 || siteCount > Short.MAX_VALUE) {
      throw new IllegalArgumentException("siteCount must be within 1.." + Short.MAX_VALUE);
    }
    SplittableRandom random = new SplittableRandom(seed);
    java.util.Set<String> used = new java.util.HashSet<>();
    StructureCode[] heads = new StructureCode[NETWORKS.size()];
    List<Structure> all = new ArrayList<>();
    Typology national = new Typology(null, "Tête de réseau");
    Typology site = new Typology(null, "Site d'accueil");
    for (int n = 0; n < heads.length; n++) {
      heads[n] = new StructureCode(uniqueCode(random, used));
      all.add(
          Structure.builder(heads[n], new Network(NETWORKS.get(n)), national, NETWORKS.get(n))
              .build());
    }
    StructureCode[] sites = new StructureCode[siteCount];
    int[] networkOfSite = new int[siteCount];
    for (int s = 0; s < siteCount; s++) {
      int n = s % heads.length;
      sites[s] = new StructureCode(uniqueCode(random, used));
      networkOfSite[s] = n;
      all.add(
          Structure.builder(
                  sites[s], new Network(NETWORKS.get(n)), site, NETWORKS.get(n) + " site " + s)
              .parent(heads[n], NETWORKS.get(n))
              .build());
    }
    return new Structures(sites, networkOfSite, heads, StructureDirectory.of(all));
  }

  private static String uniqueCode(SplittableRandom random, java.util.Set<String> used) {
    while (true) {
      char[] code = new char[10];
      for (int i = 0; i < code.length; i++) {
        code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      }
      String text = new String(code);
      if (used.add(text)) {
        return text;
      }
    }
  }

  /**
   * Returns the number of sites.
   *
   * @return the number of sites
   */
  public int siteCount() {
    return sites.length;
  }

  /**
   * Returns a site's code.
   *
   * @param site the site's index
   * @return its code
   */
  public StructureCode site(int site) {
    return sites[site];
  }

  /**
   * Returns the sites' codes, by index (a copy).
   *
   * @return the codes
   */
  public StructureCode[] sites() {
    return sites.clone();
  }

  /**
   * Returns the network of a site, an index into {@link #NETWORKS}.
   *
   * @param site the site's index
   * @return the network's index
   */
  public int networkOf(int site) {
    return networkOfSite[site];
  }

  /**
   * Returns the head structure of a network.
   *
   * @param network the network's index into {@link #NETWORKS}
   * @return the head's code
   */
  public StructureCode head(int network) {
    return heads[network];
  }

  /**
   * Returns the directory: heads at the top, sites below their head.
   *
   * @return the directory
   */
  public StructureDirectory directory() {
    return directory;
  }
}
