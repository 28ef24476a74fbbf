package fr.spsplus.core.arbitraries;

import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.request.Suspension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.request}. */
public final class RequestArbitraries {

  private RequestArbitraries() {}

  /**
   * Announced delays, mostly realistic (0 to 120 days), sometimes up to the maximum.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AnnouncedDelay> announcedDelays() {
    Arbitrary<Integer> amounts =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.integers().between(0, 120)),
            Tuple.of(1, Arbitraries.integers().between(0, AnnouncedDelay.MAX_AMOUNT)));
    return Combinators.combine(amounts, Arbitraries.of(DelayUnit.class)).as(AnnouncedDelay::new);
  }

  /**
   * Reason codes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> reasonCodes() {
    return Arbitraries.of("PIECE_MANQUANTE", "ATTENTE_USAGER", "CONTROLE", "avis.tiers", "R-12");
  }

  /**
   * Suspensions of 1 to 60 days.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Suspension> suspensions() {
    return Combinators.combine(
            PeriodArbitraries.days(), Arbitraries.integers().between(1, 60), reasonCodes())
        .as((from, days, reason) -> Suspension.of(from, from.plusDays(days), reason));
  }

  /**
   * Requests, open or closed (the same day or up to 400 days later), with 0 to 3 non-overlapping
   * suspensions within their life, in any holiday zone.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProcessedRequest> processedRequests() {
    Arbitrary<String> procedures =
        Arbitraries.of("Titre de séjour", "CARTE_GRISE", "Permis de conduire", "RSA", "Passeport");
    Arbitrary<LocalDate> received =
        PeriodArbitraries.days().filter(d -> d.getYear() >= 1900 && d.getYear() <= 2100);
    Arbitrary<Integer> lives = Arbitraries.integers().between(0, 400);
    Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 400).list().ofMaxSize(6);
    return Combinators.combine(
            SurveyArbitraries.identifiers(),
            StructureArbitraries.codes(),
            procedures,
            received,
            lives,
            Arbitraries.of(true, false),
            announcedDelays(),
            Arbitraries.of(HolidayZone.class))
        .flatAs(
            (id, structure, procedure, on, life, closed, delay, zone) ->
                Combinators.combine(cuts, reasonCodes())
                    .as(
                        (offsets, reason) ->
                            ProcessedRequest.builder(id, structure, procedure, on, delay)
                                .closedOn(closed ? on.plusDays(life) : null)
                                .holidayZone(zone)
                                .suspensions(suspensionsWithin(on, life, offsets, reason))
                                .build()));
  }

  /** Pairs distinct sorted offsets within [0, life] into non-overlapping suspensions. */
  private static List<Suspension> suspensionsWithin(
      LocalDate received, int life, List<Integer> offsets, String reason) {
    TreeSet<Integer> sorted = new TreeSet<>();
    for (int offset : offsets) {
      sorted.add(Math.min(offset, life));
    }
    List<Integer> points = new ArrayList<>(sorted);
    List<Suspension> out = new ArrayList<>();
    for (int i = 0; i + 1 < points.size(); i += 2) {
      out.add(
          Suspension.of(
              received.plusDays(points.get(i)), received.plusDays(points.get(i + 1)), reason));
    }
    return out;
  }
}
