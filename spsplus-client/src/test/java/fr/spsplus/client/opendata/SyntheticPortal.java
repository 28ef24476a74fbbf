package fr.spsplus.client.opendata;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A synthetic Explore API v2.1 dataset of {@code size} records {@code {"id": i, "name": "r<i>"}},
 * served by {@code /records} (with the real portal's limits: {@code limit <= 100}, {@code offset +
 * limit <= 10000}, else the real 400 error) and by {@code /exports/jsonl}. Records every call as
 * {@code records offset=<o> limit=<l>} or {@code export limit=<l>}.
 */
final class SyntheticPortal extends Dispatcher {

  private final long size;
  private final boolean withTotalCount;
  final List<String> calls = new CopyOnWriteArrayList<>();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  SyntheticPortal(long size, boolean withTotalCount) {
    this.size = size;
    this.withTotalCount = withTotalCount;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String path = request.getUrl().encodedPath();
    String limitText = request.getUrl().queryParameter("limit");
    String offsetText = request.getUrl().queryParameter("offset");
    if (path.endsWith("/records")) {
      long limit = limitText == null ? 10 : Long.parseLong(limitText);
      long offset = offsetText == null ? 0 : Long.parseLong(offsetText);
      calls.add("records offset=" + offset + " limit=" + limit);
      if (limit > 100) {
        return error(
            "Invalid value for limit API parameter: "
                + limit
                + " was found but -1 <= limit <= 100 is expected.");
      }
      if (offset + limit > 10_000) {
        return error(
            "Invalid value for sum of offset + limit API parameter: "
                + (offset + limit)
                + " was found but <= 10000 is expected.");
      }
      StringBuilder body = new StringBuilder("{");
      if (withTotalCount) {
        body.append("\"total_count\": ").append(size).append(", ");
      }
      body.append("\"results\": [");
      for (long i = offset; i < Math.min(size, offset + limit); i++) {
        body.append(i == offset ? "" : ",").append(record(i));
      }
      body.append("]}");
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/json; charset=utf-8")
          .body(body.toString())
          .build();
    }
    if (path.endsWith("/exports/jsonl")) {
      long limit = limitText == null ? -1 : Long.parseLong(limitText);
      calls.add("export limit=" + limit + (offsetText == null ? "" : " offset=" + offsetText));
      long end = limit < 0 ? size : Math.min(size, limit);
      Buffer body = new Buffer();
      for (long i = 0; i < end; i++) {
        body.writeUtf8(record(i)).writeUtf8("\n");
      }
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/jsonl")
          .body(body)
          .build();
    }
    return new MockResponse.Builder().code(404).build();
  }

  private static String record(long i) {
    return "{\"id\": " + i + ", \"name\": \"r" + i + "\"}";
  }

  private static MockResponse error(String message) {
    return new MockResponse.Builder()
        .code(400)
        .setHeader("Content-Type", "application/json")
        .body("{\"error_code\": \"InvalidRESTParameterError\", \"message\": \"" + message + "\"}")
        .build();
  }
}
