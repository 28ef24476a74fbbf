package fr.spsplus.benchmarks.data;

import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic requests (démarches) with a delay announced in working days, received over the six
 * months up to the end of {@link CallData#QUARTER} and closed after a log-normal processing time,
 * or still open (5 %). The cohort of the task is the requests closed in the quarter; the others are
 * counted as exclusions (closed before, open at the end).
 *
 * <p>Twenty procedures, each with its own announced delay (5 to 30 working days); 90 % of the
 * requests in metropolitan France, 5 % in Alsace-Moselle and 5 % in La Réunion, whose public
 * holidays differ. Held as {@link ProcessedRequest} objects (the only input path of the delay
 * calculator) and as columns (epoch days, −1 for an open request) for the peers.
 */
public final class RequestData {

  /** The zones of the requests, with their shares 90 %, 5 %, 5 %. */
  public static final List<HolidayZone> ZONES =
      List.of(HolidayZone.METROPOLE, HolidayZone.ALSACE_MOSELLE, HolidayZone.REUNION);

  /** The number of procedures. */
  public static final int PROCEDURES = 20;

  private static final int[] DELAYS = {5, 10, 15, 20, 30};

  private final List<ProcessedRequest> requests;
  private final int[] received;
  private final int[] closed;
  private final int[] announced;
  private final byte[] zones;
  private final byte[] procedures;

  private RequestData(
      List<ProcessedRequest> requests,
      int[] received,
      int[] closed,
      int[] announced,
      byte[] zones,
      byte[] procedures) {
    this.requests = requests;
    this.received = received;
    this.closed = closed;
    this.announced = announced;
    this.zones = zones;
    this.procedures = procedures;
  }

  /**
   * Returns the name of a procedure.
   *
   * @param procedure its index, 0 to {@link #PROCEDURES} − 1
   * @return its name
   */
  public static String procedureName(int procedure) {
    return String.format("demarche-%02d", procedure + 1);
  }

  /**
   * Returns the announced delay of a procedure, in working days.
   *
   * @param procedure its index
   * @return the delay
   */
  public static int announcedDays(int procedure) {
    return DELAYS[procedure % DELAYS.length];
  }

  /**
   * Generates the requests.
   *
   * @param count the number of requests
   * @param seed the seed
   * @param structures the sites that process them
   * @return the requests
   */
  public static RequestData generate(int count, long seed, Structures structures) {
    SplittableRandom random = new SplittableRandom(seed);
    long periodEnd = CallData.QUARTER.endEpochDay(); // exclusive
    long firstReceived = periodEnd - 182;
    LocalDate[] days = new LocalDate[400];
    long firstDay = firstReceived;
    for (int d = 0; d < days.length; d++) {
      days[d] = LocalDate.ofEpochDay(firstDay + d);
    }
    AnnouncedDelay[] delays = new AnnouncedDelay[PROCEDURES];
    String[] names = new String[PROCEDURES];
    for (int p = 0; p < PROCEDURES; p++) {
      delays[p] = AnnouncedDelay.workingDays(announcedDays(p));
      names[p] = procedureName(p);
    }
    List<ProcessedRequest> list = new ArrayList<>(count);
    int[] received = new int[count];
    int[] closed = new int[count];
    int[] announced = new int[count];
    byte[] zones = new byte[count];
    byte[] procedures = new byte[count];
    for (int i = 0; i < count; i++) {
      int p = random.nextInt(PROCEDURES);
      double z = random.nextDouble();
      int zone = z < 0.90 ? 0 : z < 0.95 ? 1 : 2;
      int receivedOffset = random.nextInt(182);
      boolean open = random.nextDouble() < 0.05;
      // Calendar days of processing: log-normal around 1.3 × the announced working days.
      int processing =
          (int)
              Math.min(
                  200, Math.round(announcedDays(p) * 1.3 * Math.exp(random.nextGaussian() * 0.45)));
      int closedOffset = open ? -1 : Math.min(days.length - 1, receivedOffset + processing);
      StructureCode site = structures.site(random.nextInt(structures.siteCount()));
      ProcessedRequest request =
          ProcessedRequest.builder("D" + i, site, names[p], days[receivedOffset], delays[p])
              .closedOn(open ? null : days[closedOffset])
              .holidayZone(ZONES.get(zone))
              .build();
      list.add(request);
      received[i] = (int) (firstDay + receivedOffset);
      closed[i] = open ? -1 : (int) (firstDay + closedOffset);
      announced[i] = announcedDays(p);
      zones[i] = (byte) zone;
      procedures[i] = (byte) p;
    }
    return new RequestData(
        Collections.unmodifiableList(list), received, closed, announced, zones, procedures);
  }

  /**
   * Returns the number of requests.
   *
   * @return the number of requests
   */
  public int size() {
    return received.length;
  }

  /**
   * Returns the requests as objects.
   *
   * @return the requests, unmodifiable
   */
  public List<ProcessedRequest> requests() {
    return requests;
  }

  /**
   * Returns the reception days, in epoch days (shared).
   *
   * @return the column
   */
  public int[] received() {
    return received;
  }

  /**
   * Returns the closing days, in epoch days, −1 for a request still open (shared).
   *
   * @return the column
   */
  public int[] closed() {
    return closed;
  }

  /**
   * Returns the announced delays, in working days (shared).
   *
   * @return the column
   */
  public int[] announced() {
    return announced;
  }

  /**
   * Returns the zones, as indices into {@link #ZONES} (shared).
   *
   * @return the column
   */
  public byte[] zones() {
    return zones;
  }

  /**
   * Returns the procedures, as indices (shared).
   *
   * @return the column
   */
  public byte[] procedures() {
    return procedures;
  }
}
