package fr.spsplus.testkit.internal;

import fr.spsplus.testkit.fault.Route;
import fr.spsplus.testkit.internal.Odsql.OdsqlException;
import fr.spsplus.testkit.internal.Odsql.Selected;
import fr.spsplus.testkit.opendata.FixtureDataset;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The fake's Opendatasoft Explore API v2.1 endpoint ({@value #BASE_PATH}): {@code
 * /catalog/datasets/{id}/records} and {@code /catalog/datasets/{id}/exports/jsonl} and {@code
 * /exports/json}, with the portal's limits and error bodies (research notes {@code opendata.md}
 * §3):
 *
 * <ul>
 *   <li>{@code /records}: {@code limit} from -1 to 100, default 10 (-1 is read as 100, the largest
 *       page: the portal's meaning of -1 there is not documented); {@code offset} 0 or more; {@code
 *       offset + limit} at most 10,000; otherwise {@code 400} {@code InvalidRESTParameterError}
 *       with the portal's messages. The body is {@code {"total_count": …, "results": […]}}, {@code
 *       total_count} counting every match.
 *   <li>{@code /exports/jsonl} (one record per line) and {@code /exports/json} (one array): every
 *       match, streamed one record at a time ({@code limit} default -1 = all); a non-zero {@code
 *       offset} is refused when {@code offset + limit} exceeds 10,000, as reported on the portal.
 *       Without {@code order_by} memory stays constant whatever the dataset's size; with it, the
 *       matching records are sorted in memory.
 *   <li>{@code select}, {@code where}, {@code order_by}: the ODSQL subset of {@link Odsql}; a
 *       malformed clause or an unknown field is {@code 400} {@code ODSQLError}. {@code refine} and
 *       {@code exclude} ({@code field:value}, repeatable) keep or drop records whose field equals
 *       the value as text. {@code lang}, {@code timezone} and {@code apikey} are accepted and
 *       ignored.
 *   <li>an unknown dataset is {@code 404} (body shape not verified on the portal).
 * </ul>
 */
public final class OpenDataApi {

  /** The base path of the endpoint: {@value}. */
  public static final String BASE_PATH = "/api/explore/v2.1";

  /** The most records of one {@code /records} page. */
  public static final int MAX_PAGE = 100;

  /** The largest {@code offset + limit} of {@code /records}. */
  public static final int MAX_WINDOW = 10_000;

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
  private static final byte[] NEWLINE = {'\n'};

  private final Map<String, FixtureDataset> datasets = new LinkedHashMap<>();

  /**
   * Adds or replaces a dataset.
   *
   * @param dataset the dataset
   */
  public synchronized void put(FixtureDataset dataset) {
    datasets.put(dataset.id(), dataset);
  }

  /**
   * Removes a dataset.
   *
   * @param id its id
   * @return whether it was there
   */
  public synchronized boolean remove(String id) {
    return datasets.remove(id) != null;
  }

  /**
   * Returns the datasets served.
   *
   * @return a copy, in the order added
   */
  public synchronized List<FixtureDataset> datasets() {
    return List.copyOf(datasets.values());
  }

  private synchronized @Nullable FixtureDataset dataset(String id) {
    return datasets.get(id);
  }

  /**
   * Returns the operation id of a path below {@link #BASE_PATH}.
   *
   * @param segments the decoded segments below the base path
   * @return {@link Route#OPEN_DATA_RECORDS}, {@link Route#OPEN_DATA_EXPORT}, or null
   */
  public static @Nullable String operationId(List<String> segments) {
    if (segments.size() == 4 && isDataset(segments) && segments.get(3).equals("records")) {
      return Route.OPEN_DATA_RECORDS;
    }
    if (segments.size() == 5 && isDataset(segments) && segments.get(3).equals("exports")) {
      return Route.OPEN_DATA_EXPORT;
    }
    return null;
  }

  private static boolean isDataset(List<String> segments) {
    return segments.get(0).equals("catalog") && segments.get(1).equals("datasets");
  }

  /**
   * Answers a request below {@link #BASE_PATH}.
   *
   * @param method the method
   * @param segments the decoded segments below the base path
   * @param url the whole URL, for the query
   * @return the answer
   */
  public Answer handle(String method, List<String> segments, HttpUrl url) {
    String operation = operationId(segments);
    if (operation == null) {
      return error(404, "NotFound", "Unknown API endpoint.");
    }
    if (!method.equals("GET")) {
      return error(405, "MethodNotAllowed", "Only GET is allowed on the Explore API.")
          .header("Allow", "GET");
    }
    FixtureDataset dataset = dataset(segments.get(2));
    if (dataset == null) {
      return error(404, "NotFound", "Unknown dataset: " + segments.get(2));
    }
    try {
      return operation.equals(Route.OPEN_DATA_RECORDS)
          ? records(dataset, url)
          : export(dataset, segments.get(4), url);
    } catch (OdsqlException e) {
      return error(400, "ODSQLError", e.getMessage());
    } catch (ParameterException e) {
      return error(400, "InvalidRESTParameterError", e.getMessage());
    }
  }

  /**
   * Returns an Opendatasoft error answer.
   *
   * @param status the status
   * @param code the {@code error_code}
   * @param message the {@code message}
   * @return the answer
   */
  public static Answer error(int status, String code, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("error_code", code);
    return Answer.json(status, body);
  }

  private static final class ParameterException extends RuntimeException {

    @java.io.Serial private static final long serialVersionUID = 1L;

    ParameterException(String message) {
      super(message, null, false, false);
    }
  }

  private record Query(
      Predicate<Map<String, @Nullable Object>> filter,
      @Nullable List<Selected> select,
      @Nullable Comparator<Map<String, @Nullable Object>> order) {}

  private static Query query(FixtureDataset dataset, HttpUrl url) {
    String select = url.queryParameter("select");
    String where = url.queryParameter("where");
    String orderBy = url.queryParameter("order_by");
    List<Selected> selected =
        select == null || select.isBlank() ? null : Odsql.select(select, dataset.fields());
    Predicate<Map<String, @Nullable Object>> filter =
        where == null || where.isBlank() ? r -> true : Odsql.where(where, dataset.fields());
    for (String refine : url.queryParameterValues("refine")) {
      filter = filter.and(facet(refine, "refine", dataset));
    }
    for (String exclude : url.queryParameterValues("exclude")) {
      filter = filter.and(facet(exclude, "exclude", dataset).negate());
    }
    Comparator<Map<String, @Nullable Object>> order =
        orderBy == null || orderBy.isBlank()
            ? null
            : Odsql.comparator(Odsql.orderBy(orderBy, dataset.fields()));
    return new Query(filter, selected, order);
  }

  private static Predicate<Map<String, @Nullable Object>> facet(
      @Nullable String parameter, String name, FixtureDataset dataset) {
    int colon = parameter == null ? -1 : parameter.indexOf(':');
    if (parameter == null || colon <= 0) {
      throw new ParameterException(
          "Invalid value for " + name + " API parameter: FACET:VALUE is expected.");
    }
    String field = parameter.substring(0, colon);
    String value = parameter.substring(colon + 1);
    if (!dataset.fields().contains(field)) {
      throw new OdsqlException("Unknown field: " + field);
    }
    return record -> {
      Object present = record.get(field);
      if (present instanceof List<?> list) {
        return list.stream().anyMatch(v -> v != null && text(v).equals(value));
      }
      return present != null && text(present).equals(value);
    };
  }

  private static String text(Object value) {
    return value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString();
  }

  private static int integer(HttpUrl url, String name, int byDefault, String expected) {
    String text = url.queryParameter(name);
    if (text == null || text.isEmpty()) {
      return byDefault;
    }
    if (!INTEGER.matcher(text).matches()) {
      throw new ParameterException(
          "Invalid value for "
              + name
              + " API parameter: "
              + text
              + " was found but "
              + expected
              + " is expected.");
    }
    return Integer.parseInt(text);
  }

  private Answer records(FixtureDataset dataset, HttpUrl url) {
    String limitRule = "-1 <= limit <= " + MAX_PAGE;
    int limit = integer(url, "limit", 10, limitRule);
    if (limit < -1 || limit > MAX_PAGE) {
      throw new ParameterException(
          "Invalid value for limit API parameter: "
              + limit
              + " was found but "
              + limitRule
              + " is expected.");
    }
    if (limit == -1) {
      limit = MAX_PAGE;
    }
    int offset = integer(url, "offset", 0, "offset >= 0");
    if (offset < 0) {
      throw new ParameterException(
          "Invalid value for offset API parameter: "
              + offset
              + " was found but offset >= 0 is"
              + " expected.");
    }
    long window = (long) offset + limit;
    if (window > MAX_WINDOW) {
      throw new ParameterException(
          "Invalid value for sum of offset + limit API parameter: "
              + window
              + " was found but <= "
              + MAX_WINDOW
              + " is expected.");
    }
    Query query = query(dataset, url);
    long total = 0;
    List<Map<String, @Nullable Object>> page = new ArrayList<>();
    if (query.order() == null) {
      for (Map<String, @Nullable Object> record : dataset.records()) {
        if (query.filter().test(record)) {
          if (total >= offset && total < window) {
            page.add(Odsql.project(record, query.select()));
          }
          total++;
        }
      }
    } else {
      // The first offset + limit records in order, kept in a bounded heap (at most 10,000).
      record Ranked(Map<String, @Nullable Object> record, long index) {}
      Comparator<Ranked> order =
          Comparator.comparing(Ranked::record, query.order()).thenComparingLong(Ranked::index);
      PriorityQueue<Ranked> heap = new PriorityQueue<>(order.reversed());
      for (Map<String, @Nullable Object> record : dataset.records()) {
        if (query.filter().test(record)) {
          Ranked ranked = new Ranked(record, total++);
          if (window == 0) {
            continue;
          }
          if (heap.size() < window) {
            heap.add(ranked);
          } else if (order.compare(ranked, heap.peek()) < 0) {
            heap.poll();
            heap.add(ranked);
          }
        }
      }
      List<Ranked> first = new ArrayList<>(heap);
      first.sort(order);
      for (int i = offset; i < first.size(); i++) {
        page.add(Odsql.project(first.get(i).record(), query.select()));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total_count", total);
    body.put("results", page);
    return Answer.json(200, body);
  }

  private Answer export(FixtureDataset dataset, String format, HttpUrl url) {
    if (!format.equals("jsonl") && !format.equals("json")) {
      throw new ParameterException(
          "Invalid value for format API parameter: "
              + format
              + " is not served by the spsplus fake (jsonl and json are).");
    }
    int limit = integer(url, "limit", -1, "-1 <= limit");
    if (limit < -1) {
      throw new ParameterException(
          "Invalid value for limit API parameter: "
              + limit
              + " was found but -1 <= limit is"
              + " expected.");
    }
    int offset = integer(url, "offset", 0, "offset >= 0");
    if (offset < 0) {
      throw new ParameterException(
          "Invalid value for offset API parameter: "
              + offset
              + " was found but offset >= 0 is"
              + " expected.");
    }
    if (offset > 0 && (long) offset + Math.max(limit, 0) > MAX_WINDOW) {
      throw new ParameterException(
          "Invalid value for sum of offset + limit API parameter: "
              + ((long) offset + Math.max(limit, 0))
              + " was found but <= "
              + MAX_WINDOW
              + " is expected.");
    }
    Query query = query(dataset, url);
    long max = limit < 0 ? Long.MAX_VALUE : limit;
    boolean lines = format.equals("jsonl");
    return Answer.streamed(
        200,
        lines ? "application/jsonl; charset=utf-8" : "application/json; charset=utf-8",
        out -> {
          Iterable<Map<String, @Nullable Object>> source = dataset.records();
          if (query.order() != null) {
            List<Map<String, @Nullable Object>> sorted = new ArrayList<>();
            for (Map<String, @Nullable Object> record : dataset.records()) {
              if (query.filter().test(record)) {
                sorted.add(record);
              }
            }
            sorted.sort(query.order());
            source = sorted;
          }
          write(out, source, query, offset, max, lines);
        });
  }

  private static void write(
      OutputStream out,
      Iterable<Map<String, @Nullable Object>> source,
      Query query,
      long offset,
      long max,
      boolean lines)
      throws java.io.IOException {
    long matched = 0;
    long written = 0;
    if (!lines) {
      out.write('[');
    }
    for (Map<String, @Nullable Object> record : source) {
      if (written >= max) {
        break;
      }
      if (!query.filter().test(record)) {
        continue;
      }
      if (matched++ < offset) {
        continue;
      }
      if (!lines && written > 0) {
        out.write(',');
      }
      out.write(Json.write(Odsql.project(record, query.select())));
      if (lines) {
        out.write(NEWLINE);
      }
      written++;
    }
    if (!lines) {
      out.write("]".getBytes(StandardCharsets.US_ASCII));
    }
  }
}
