/**
 * The fake's open-data portal: datasets served through an Opendatasoft Explore API v2.1-compatible
 * endpoint ({@link fr.spsplus.testkit.opendata.FixtureDataset}), and the default fixtures built
 * from real structures of the open-data sample ({@link
 * fr.spsplus.testkit.opendata.OpenDataFixtures}).
 *
 * <h2>Endpoints and limits</h2>
 *
 * <p>Below {@code http://127.0.0.1:<port>/api/explore/v2.1} ({@link
 * fr.spsplus.testkit.FakePlatform#openDataUrl()}), with the portal's limits and error bodies
 * (sources: the Explore API v2.1 OpenAPI specification and errors reported by public reusers, <a
 * href="https://help.opendatasoft.com/apis/ods-explore-v2/">help.opendatasoft.com/apis/ods-explore-v2</a>):
 *
 * <ul>
 *   <li>{@code GET /catalog/datasets/{id}/records}: {@code limit} from -1 to 100 (default 10; -1 is
 *       read as 100, the portal's meaning of -1 there not being documented), {@code offset} 0 or
 *       more, {@code offset + limit} at most 10,000. Otherwise {@code 400} with {@code {"message":
 *       "Invalid value for sum of offset + limit API parameter: 10050 was found but <= 10000 is
 *       expected.", "error_code": "InvalidRESTParameterError"}} (and the same wording for {@code
 *       limit}). The body is {@code {"total_count": n, "results": [...]}}, {@code total_count}
 *       counting every match; fields come in the dataset's order.
 *   <li>{@code GET /catalog/datasets/{id}/exports/jsonl} (one record per line) and {@code
 *       /exports/json} (one array): every match ({@code limit} default -1, all), streamed one
 *       record at a time in HTTP chunks; a non-zero {@code offset} is refused when {@code offset +
 *       limit} exceeds 10,000, as reported on the portal. Without {@code order_by}, memory stays
 *       constant whatever the dataset's size; with it, the matching records are sorted in memory.
 *   <li>An unknown dataset is {@code 404} ({@code error_code} {@code NotFound}; the portal's exact
 *       body is not verified). A quota fault ({@link fr.spsplus.testkit.fault.Fault#rateLimited})
 *       answers Opendatasoft's quota body ({@code errorcode} 10002, {@code reset_time}, {@code
 *       call_limit}).
 *   <li>{@code refine} and {@code exclude} ({@code field:value}, repeatable) keep or drop the
 *       records whose field equals the value as text; {@code lang}, {@code timezone} and {@code
 *       apikey} are accepted and ignored.
 * </ul>
 *
 * <h2>The ODSQL subset</h2>
 *
 * <p>Enough for the spsplus client's queries and for tests; anything else is refused with {@code
 * 400 ODSQLError} (the message says the fake does not support it), never silently ignored. An
 * unknown field is {@code 400} {@code {"message": "Unknown field: name", "error_code":
 * "ODSQLError"}}.
 *
 * <ul>
 *   <li>{@code where}: comparisons {@code field = value}, {@code !=} (or {@code <>}), {@code <},
 *       {@code <=}, {@code >}, {@code >=}, where a value is a string ({@code "text"} or {@code
 *       'text'}, backslash escapes), a number, {@code true}, {@code false} or a date {@code
 *       date'2024-03-01'}; {@code field IN (v1, v2…)}, {@code NOT IN}, {@code IS NULL}, {@code IS
 *       NOT NULL}; {@code startswith(field, "prefix")} and {@code search(field, "text")}
 *       (containment, ignoring case); a bare string {@code "IND-27"} searches every text and number
 *       of the record, ignoring case; {@code AND}, {@code OR}, {@code NOT} and parentheses.
 *       Keywords in any case; field names as written or between backquotes.
 *   <li>Comparisons: numbers as numbers (a string that reads as a number is read as one), text as
 *       text, so that ISO dates compare in time order; {@code =} on text is exact; a multivalued
 *       field matches when one of its values does; {@code null} matches no comparison.
 *   <li>{@code order_by}: {@code field [ASC|DESC]}, comma-separated; {@code null} last in both
 *       directions (the fake's choice: the portal does not document it); ties keep the dataset's
 *       order.
 *   <li>{@code select}: {@code *} or field names, each with an optional {@code AS alias}.
 *       Functions, aggregations and {@code group_by} are not supported.
 * </ul>
 */
@NullMarked
package fr.spsplus.testkit.opendata;

import org.jspecify.annotations.NullMarked;
