package fr.spsplus.core.arbitraries;

import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.InseeCodes;
import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.PostalAddress;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.Typology;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

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

  /**
   * Networks among a few real labels.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Network> networks() {
    return Arbitraries.of(
            "DGFIP",
            "France services",
            "POLICE NATIONALE",
            "Ministère de la Justice",
            "Administration territoriale de l'Etat",
            "Réseau hors réseau")
        .map(Network::new);
  }

  /**
   * Typologies, with or without a platform code.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Typology> typologies() {
    return Combinators.combine(
            codes().map(StructureCode::value).injectNull(0.2),
            Arbitraries.of(
                "Structure France services",
                "Service des Impôts des particuliers",
                "Point-justice (RAD)",
                "DIRECTION DEPARTEMENTALE DE LA SECURITE PUBLIQUE"))
        .as(Typology::new);
  }

  /**
   * Short texts made of French words, never blank, possibly with accents, apostrophes, non-breaking
   * spaces and line breaks.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.of(
            "Centre",
            "des",
            "finances",
            "publiques",
            "d’Évry",
            "Préfecture",
            "accueil",
            "Île",
            "Maison\u00a0France",
            "services",
            "l'Hôtel",
            "de",
            "ville",
            "Œuvre",
            "ça")
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(words -> String.join(" ", words));
  }

  /**
   * Postal addresses, with postal codes as published (4 or 5 digits, or foreign short codes).
   *
   * @return the arbitrary
   */
  public static Arbitrary<PostalAddress> addresses() {
    Arbitrary<String> postal =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofLength(5),
            Arbitraries.strings().numeric().ofLength(4),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3));
    return Combinators.combine(
            texts().list().ofMaxSize(3),
            texts().injectNull(0.7),
            postal.injectNull(0.1),
            texts().injectNull(0.1),
            Arbitraries.of("France", "Italie", "Maroc").injectNull(0.1))
        .as(PostalAddress::new);
  }

  /**
   * INSEE codes as the open data publishes them ({@code com…}, {@code dep…}…).
   *
   * @return the arbitrary
   */
  public static Arbitrary<InseeCodes> inseeCodes() {
    Arbitrary<String> commune = Arbitraries.strings().numeric().ofLength(5);
    return Combinators.combine(
            commune.map(c -> "com" + c).injectNull(0.1),
            Arbitraries.strings().numeric().ofLength(2).map(d -> "dep" + d).injectNull(0.1),
            Arbitraries.strings().numeric().ofLength(2).map(r -> "reg" + r).injectNull(0.1),
            commune.map(c -> "arr" + c).injectNull(0.1))
        .as(InseeCodes::new);
  }

  /**
   * Contact channels.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContactChannel> channels() {
    return Arbitraries.of(ContactChannel.class);
  }

  /**
   * Structures with every component varied; the parent, when present, is another random code.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Structure> structures() {
    Arbitrary<StructureCode> parents = codes().injectNull(0.2);
    return Builders.withBuilder(
            () ->
                Structure.builder(
                    StructureCode.of("placeholder"),
                    new Network("n"),
                    new Typology(null, "t"),
                    "name"))
        .use(codes())
        .in((b, code) -> b.code(code))
        .use(networks())
        .in((b, network) -> b.network(network))
        .use(typologies())
        .in((b, typology) -> b.typology(typology))
        .use(texts())
        .in((b, name) -> b.name(name))
        .use(texts().injectNull(0.5))
        .in((b, name) -> b.userFacingName(name))
        .use(texts().injectNull(0.3))
        .in((b, text) -> b.description(text))
        .use(Arbitraries.strings().numeric().ofLength(9).injectNull(0.4))
        .in((b, id) -> b.externalId(id, id == null ? null : "SIREN"))
        .use(parents)
        .in((b, parent) -> b.parent(parent, parent == null ? null : "Direction"))
        .use(addresses())
        .in((b, address) -> b.address(address))
        .use(Arbitraries.strings().numeric().ofLength(5).list().ofMaxSize(3))
        .in((b, codes) -> b.otherPostalCodes(codes))
        .use(Arbitraries.of("6", "13", "2A", "974").list().ofMaxSize(2))
        .in((b, departments) -> b.departments(departments))
        .use(
            Arbitraries.of("https://www.impots.gouv.fr/", "http://www.example.gouv.fr/a…")
                .injectNull(0.5))
        .in((b, url) -> b.website(url))
        .use(Arbitraries.of("accueil@example.gouv.fr").injectNull(0.7))
        .in((b, mailbox) -> b.functionalMailbox(mailbox))
        .use(Arbitraries.of(true, false))
        .in((b, active) -> b.active(active))
        .use(inseeCodes())
        .in((b, codes) -> b.insee(codes))
        .build(Structure.Builder::build)
        .filter(s -> !s.code().equals(s.parent()));
  }

  /**
   * Valid hierarchies: lists of structures with distinct codes where each parent is an earlier
   * structure of the list, or absent (a root), or a code missing from the list (an orphan). Never a
   * cycle.
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<Structure>> forests() {
    return Arbitraries.integers()
        .between(0, 40)
        .flatMap(
            size ->
                Combinators.combine(
                        codes().list().ofSize(size).uniqueElements(),
                        Arbitraries.integers().between(-2, 1_000).list().ofSize(size),
                        structures().list().ofSize(size))
                    .as(
                        (codes, links, templates) -> {
                          List<Structure> result = new ArrayList<>(size);
                          for (int i = 0; i < size; i++) {
                            int link = links.get(i);
                            StructureCode parent;
                            if (link == -2 || i == 0 && link >= 0) {
                              parent = null;
                            } else if (link == -1) {
                              parent = StructureCode.of("missing" + (i % 3));
                            } else {
                              parent = codes.get(link % i);
                            }
                            result.add(
                                templates.get(i).toBuilder()
                                    .code(codes.get(i))
                                    .parent(parent, null)
                                    .build());
                          }
                          return result;
                        }));
  }
}
