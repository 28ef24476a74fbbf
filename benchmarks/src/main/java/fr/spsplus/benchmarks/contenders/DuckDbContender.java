package fr.spsplus.benchmarks.contenders;

import fr.spsplus.benchmarks.data.CallData;
import fr.spsplus.benchmarks.data.RequestData;
import fr.spsplus.benchmarks.data.Structures;
import fr.spsplus.benchmarks.data.SurveyData;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.indicators.calendar.Holiday;
import fr.spsplus.indicators.calendar.HolidayCalendar;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB contender: the same questions asked in SQL to an in-process, in-memory DuckDB through
 * JDBC. The data is loaded before any timing ({@link #load}: the Appender for the rows, SQL for the
 * derived tables), so the timings are those of the queries alone; the exact percentile is {@code
 * quantile_disc}.
 *
 * <p>Tables: {@code calls(outcome, wait, site, arrived)} with the arrival as a local Europe/Paris
 * timestamp (what a SQL user stores to group by month); {@code sites(site, network)}; {@code
 * call_states(network, site, month, outcome, wait, n)}, the per-structure states of T3 (a counting
 * histogram per site and month, the SQL form of spsplus's mergeable state); {@code
 * answers(question, point, weight)}; {@code requests(received, closed, announced, zone)} and a
 * calendar {@code workdays(zone, day, idx)} whose {@code idx} counts the working days up to {@code
 * day}, so that the working days after reception up to closing are {@code idx(closed) −
 * idx(received)}.
 *
 * <p>DuckDB uses {@link #threads} threads ({@code SET threads}); 2 by default, the cores of the
 * reference machine.
 */
public final class DuckDbContender implements AutoCloseable {

  private final DuckDBConnection connection;
  private final Structures structures;
  private final int threads;

  private DuckDbContender(DuckDBConnection connection, Structures structures, int threads) {
    this.connection = connection;
    this.structures = structures;
    this.threads = threads;
  }

  /**
   * Opens an in-memory database and loads the data.
   *
   * @param calls the calls
   * @param surveys the survey answers
   * @param requests the requests
   * @param threads DuckDB's worker threads
   * @return the loaded contender; close it
   * @throws SQLException if DuckDB fails
   */
  public static DuckDbContender load(
      CallData calls, SurveyData surveys, RequestData requests, int threads) throws SQLException {
    Connection plain = DriverManager.getConnection("jdbc:duckdb:");
    DuckDBConnection connection = plain.unwrap(DuckDBConnection.class);
    DuckDbContender contender = new DuckDbContender(connection, calls.structures(), threads);
    try (Statement sql = connection.createStatement()) {
      sql.execute("SET threads TO " + threads);
      sql.execute("SET preserve_insertion_order = false");
      sql.execute(
          "CREATE TABLE calls(outcome TINYINT, wait INTEGER, site INTEGER, arrived TIMESTAMP)");
      sql.execute("CREATE TABLE sites(site INTEGER, network TINYINT)");
      sql.execute("CREATE TABLE answers(question TINYINT, point TINYINT, weight DOUBLE)");
      sql.execute(
          "CREATE TABLE requests(received DATE, closed DATE, announced INTEGER, zone TINYINT)");
      sql.execute("CREATE TABLE holidays(zone TINYINT, day DATE)");
    }
    contender.appendCalls(calls);
    contender.appendRest(surveys, requests);
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "CREATE TABLE call_states AS SELECT s.network, c.site,"
              + " CAST(date_trunc('month', c.arrived) AS DATE) AS month, c.outcome, c.wait,"
              + " count(*) AS n FROM calls c JOIN sites s USING (site) GROUP BY ALL");
      sql.execute(
          "CREATE TABLE workdays AS SELECT z.zone, d.day, sum(CASE WHEN isodow(d.day) <= 5 AND"
              + " h.day IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY z.zone ORDER BY d.day) AS idx"
              + " FROM (SELECT CAST(range AS DATE) AS day FROM range(DATE '2025-01-01', DATE"
              + " '2027-12-31', INTERVAL 1 DAY)) d CROSS JOIN (SELECT DISTINCT zone FROM holidays)"
              + " z LEFT JOIN (SELECT DISTINCT zone, day FROM holidays) h ON h.zone = z.zone AND"
              + " h.day = d.day");
      sql.execute("CHECKPOINT");
    }
    return contender;
  }

  private void appendCalls(CallData calls) throws SQLException {
    ZoneRules paris = ZoneId.of("Europe/Paris").getRules();
    byte[] outcomes = calls.outcomes();
    int[] waits = calls.waits();
    int[] sites = calls.sites();
    long[] arrivals = calls.arrivals();
    try (DuckDBAppender appender =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "calls")) {
      for (int i = 0; i < outcomes.length; i++) {
        long local =
            arrivals[i]
                + paris.getOffset(java.time.Instant.ofEpochSecond(arrivals[i])).getTotalSeconds();
        appender.beginRow();
        appender.append(outcomes[i]);
        appender.append(waits[i]);
        appender.append(sites[i]);
        appender.appendEpochMicros(local * 1_000_000L);
        appender.endRow();
      }
    }
    try (DuckDBAppender appender =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sites")) {
      for (int s = 0; s < structures.siteCount(); s++) {
        appender.beginRow();
        appender.append(s);
        appender.append((byte) structures.networkOf(s));
        appender.endRow();
      }
    }
  }

  private void appendRest(SurveyData surveys, RequestData requests) throws SQLException {
    byte[] questions = surveys.questions();
    byte[] points = surveys.points();
    double[] weights = surveys.weights();
    try (DuckDBAppender appender =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "answers")) {
      for (int i = 0; i < questions.length; i++) {
        appender.beginRow();
        appender.append(questions[i]);
        appender.append(points[i]);
        appender.append(weights[i]);
        appender.endRow();
      }
    }
    int[] received = requests.received();
    int[] closed = requests.closed();
    int[] announced = requests.announced();
    byte[] zones = requests.zones();
    try (DuckDBAppender appender =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "requests")) {
      for (int i = 0; i < received.length; i++) {
        appender.beginRow();
        appender.appendEpochDays(received[i]);
        if (closed[i] < 0) {
          appender.append((LocalDate) null);
        } else {
          appender.appendEpochDays(closed[i]);
        }
        appender.append(announced[i]);
        appender.append(zones[i]);
        appender.endRow();
      }
    }
    try (DuckDBAppender appender =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "holidays")) {
      List<HolidayZone> zoneList = RequestData.ZONES;
      for (int z = 0; z < zoneList.size(); z++) {
        HolidayCalendar calendar = HolidayCalendar.of(zoneList.get(z));
        for (int year = 2025; year <= 2027; year++) {
          for (Holiday holiday : calendar.holidays(year)) {
            appender.beginRow();
            appender.append((byte) z);
            appender.append(holiday.date());
            appender.endRow();
          }
        }
      }
    }
  }

  /**
   * Returns DuckDB's number of worker threads.
   *
   * @return the threads
   */
  public int threads() {
    return threads;
  }

  private static final String CALL_AGGREGATES =
      "count(*) AS calls,"
          + " count(*) FILTER (WHERE outcome = 0) AS answered,"
          + " count(*) FILTER (WHERE outcome = 1 AND wait >= 5) AS abandoned,"
          + " count(*) FILTER (WHERE outcome = 4) AS overflow,"
          + " count(*) FILTER (WHERE outcome = 0 AND wait <= 20) AS answered20,"
          + " count(*) FILTER (WHERE outcome = 1 AND wait > 20) AS abandoned20,"
          + " count(*) FILTER (WHERE outcome = 0 AND wait <= 60) AS answered60,"
          + " count(*) FILTER (WHERE outcome = 1 AND wait > 60) AS abandoned60,"
          + " quantile_disc(wait, 0.9) FILTER (WHERE outcome = 0) AS p90";

  /**
   * T1: one query, every count and {@code quantile_disc(wait, 0.9)} over the answered calls.
   *
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  public CallFigures t1() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT " + CALL_AGGREGATES + " FROM calls")) {
      rows.next();
      return callFigures(rows);
    }
  }

  /**
   * T2: the same aggregates grouped by site and month.
   *
   * @return the figures by {@code structure/month}
   * @throws SQLException if DuckDB fails
   */
  public SortedMap<String, CallFigures> t2() throws SQLException {
    TreeMap<String, CallFigures> figures = new TreeMap<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT site, CAST(date_trunc('month', arrived) AS DATE) AS month, "
                    + CALL_AGGREGATES
                    + " FROM calls GROUP BY ALL")) {
      while (rows.next()) {
        String site = structures.site(rows.getInt("site")).value();
        figures.put(key(site, rows.getObject("month", LocalDate.class)), callFigures(rows));
      }
    }
    return figures;
  }

  /**
   * T3: merges the per-structure states ({@code call_states}) into network × month and national ×
   * month results; the exact p90 from the merged histograms with a cumulative window, nearest rank
   * ({@code 10·cumulative ≥ 9·total}).
   *
   * @return the figures by {@code network/month} and {@code national/month}
   * @throws SQLException if DuckDB fails
   */
  public SortedMap<String, CallFigures> t3() throws SQLException {
    String query =
        "WITH counts AS (SELECT network, month, sum(n) AS calls,"
            + " sum(n) FILTER (WHERE outcome = 0) AS answered,"
            + " sum(n) FILTER (WHERE outcome = 1 AND wait >= 5) AS abandoned,"
            + " sum(n) FILTER (WHERE outcome = 4) AS overflow,"
            + " sum(n) FILTER (WHERE outcome = 0 AND wait <= 20) AS answered20,"
            + " sum(n) FILTER (WHERE outcome = 1 AND wait > 20) AS abandoned20,"
            + " sum(n) FILTER (WHERE outcome = 0 AND wait <= 60) AS answered60,"
            + " sum(n) FILTER (WHERE outcome = 1 AND wait > 60) AS abandoned60"
            + " FROM call_states GROUP BY GROUPING SETS ((network, month), (month))),"
            + " histogram AS (SELECT network, month, wait, sum(n) AS n FROM call_states"
            + " WHERE outcome = 0 GROUP BY GROUPING SETS ((network, month, wait), (month, wait))),"
            + " cumulative AS (SELECT network, month, wait,"
            + " sum(n) OVER (PARTITION BY network, month ORDER BY wait) AS below,"
            + " sum(n) OVER (PARTITION BY network, month) AS total FROM histogram),"
            + " p90 AS (SELECT network, month, min(wait) AS p90 FROM cumulative"
            + " WHERE 10 * below >= 9 * total GROUP BY network, month)"
            + " SELECT c.*, p.p90 FROM counts c JOIN p90 p"
            + " ON c.network IS NOT DISTINCT FROM p.network AND c.month = p.month";
    TreeMap<String, CallFigures> figures = new TreeMap<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        int network = rows.getInt("network");
        String group = rows.wasNull() ? "national" : Structures.NETWORKS.get(network);
        figures.put(key(group, rows.getObject("month", LocalDate.class)), callFigures(rows));
      }
    }
    return figures;
  }

  private static String key(String group, LocalDate month) {
    return SpsplusContender.key(
        group, ReportingPeriod.ofMonth(month.getYear(), month.getMonthValue()));
  }

  private static CallFigures callFigures(ResultSet rows) throws SQLException {
    long p90 = rows.getLong("p90");
    if (rows.wasNull()) {
      p90 = -1;
    }
    return CallFigures.fromCounts(
        rows.getLong("calls"),
        rows.getLong("answered"),
        rows.getLong("abandoned"),
        rows.getLong("overflow"),
        rows.getLong("answered20"),
        rows.getLong("abandoned20"),
        rows.getLong("answered60"),
        rows.getLong("abandoned60"),
        p90);
  }

  /**
   * T4: the weighted sums per question in one grouped query; Wilson at the Kish size from them.
   *
   * @return the figures by question
   * @throws SQLException if DuckDB fails
   */
  public Map<SurveyQuestion, SurveyFigures> t4() throws SQLException {
    int nsp = SurveyData.SCALE.noOpinionIndex();
    String query =
        "SELECT question, count(*) FILTER (WHERE point <> "
            + nsp
            + ") AS valid, count(*) FILTER (WHERE point = "
            + nsp
            + ") AS nsp, sum(weight) FILTER (WHERE point <> "
            + nsp
            + ") AS sw, sum(weight * weight) FILTER (WHERE point <> "
            + nsp
            + ") AS sw2, sum(weight) FILTER (WHERE point IN (2, 3)) AS ss"
            + " FROM answers GROUP BY question";
    EnumMap<SurveyQuestion, SurveyFigures> figures = new EnumMap<>(SurveyQuestion.class);
    SurveyQuestion[] questions = SurveyQuestion.values();
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        figures.put(
            questions[rows.getInt("question")],
            SurveyFigures.fromSums(
                rows.getLong("valid"),
                rows.getLong("nsp"),
                rows.getDouble("sw"),
                rows.getDouble("sw2"),
                rows.getDouble("ss")));
      }
    }
    return figures;
  }

  /**
   * T5: the cohort closed in the quarter and its on-time share, working days from the calendar
   * table joined on both dates.
   *
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  public DelayFigures t5() throws SQLException {
    String first = "DATE '" + CallData.QUARTER.start() + "'";
    String last = "DATE '" + CallData.QUARTER.lastDay() + "'";
    String query =
        "SELECT count(*) FILTER (WHERE r.closed BETWEEN "
            + first
            + " AND "
            + last
            + ") AS closed_n, count(*) FILTER (WHERE r.closed BETWEEN "
            + first
            + " AND "
            + last
            + " AND wc.idx - wr.idx <= r.announced) AS on_time,"
            + " count(*) FILTER (WHERE r.closed < "
            + first
            + ") AS closed_before, count(*) FILTER (WHERE r.closed IS NULL OR r.closed > "
            + last
            + ") AS open_at_end FROM requests r"
            + " JOIN workdays wr ON wr.zone = r.zone AND wr.day = r.received"
            + " LEFT JOIN workdays wc ON wc.zone = r.zone AND wc.day = r.closed";
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      long closed = rows.getLong("closed_n");
      long onTime = rows.getLong("on_time");
      return new DelayFigures(
          closed,
          onTime,
          CallFigures.ratio(onTime, closed),
          rows.getLong("closed_before"),
          rows.getLong("open_at_end"));
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
