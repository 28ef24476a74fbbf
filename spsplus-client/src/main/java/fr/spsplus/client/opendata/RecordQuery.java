package fr.spsplus.client.opendata;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What to read from a dataset: the Explore API v2.1 parameters {@code select}, {@code where},
 * {@code order_by}, {@code refine}, {@code exclude}, {@code lang}, {@code timezone} and an overall
 * {@code limit}. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * RecordQuery latest = openData.query(Dataset.RESULTS)
 *     .where("code_sp_de_l_indicateur = \"IND-27\"")
 *     .orderBy("date_de_mise_a_jour desc")
 *     .refine("actif", "Oui")
 *     .limit(500);
 * }</pre>
 *
 * <p>{@link #toString()} shows which clauses are set, never their text nor the facet values.
 *
 * <p>{@code select}, {@code where} and {@code order_by} are ODSQL clauses passed as written (the
 * client URL-encodes them); a malformed clause is answered {@code 400} with the code {@code
 * ODSQLError}. Never build a clause by pasting user input into it. For stable paging over more than
 * one page, order by a field that is unique. Syntax: <a
 * href="https://help.opendatasoft.com/apis/ods-explore-v2/">Opendatasoft Explore API v2.1</a>.
 *
 * @param datasetId the dataset's id on the portal, such as {@code export-resultats}
 * @param select the fields or expressions to return ({@code select}), all when null
 * @param where the filter ({@code where}), none when null
 * @param orderBy the sort ({@code order_by}), the portal's order when null
 * @param refines the facet values to keep ({@code refine}, repeatable), in order
 * @param excludes the facet values to drop ({@code exclude}, repeatable), in order
 * @param lang the language code for language-dependent functions ({@code lang}), the portal's
 *     default ({@code fr}) when null
 * @param timezone the time zone for dates ({@code timezone}), the portal's default ({@code UTC})
 *     when null
 * @param limit the most records to read in all (by {@link OpenDataClient#records(RecordQuery)} and
 *     {@link OpenDataClient#stream(RecordQuery)}), all when null; {@link
 *     OpenDataClient#page(RecordQuery, int, int)} takes its own offset and size
 */
public record RecordQuery(
    String datasetId,
    @Nullable String select,
    @Nullable String where,
    @Nullable String orderBy,
    List<FacetValue> refines,
    List<FacetValue> excludes,
    @Nullable String lang,
    @Nullable ZoneId timezone,
    @Nullable Long limit) {

  /** The languages the Explore API v2.1 accepts in {@code lang}. */
  public static final Set<String> LANGUAGES =
      Set.of("en", "fr", "nl", "pt", "it", "ar", "de", "es", "ca", "eu", "sv");

  private static final Pattern DATASET_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");
  private static final MessageBundle MESSAGES = MessageBundle.of(RecordQuery.class, "messages");

  /**
   * Checks the components and copies the lists.
   *
   * @throws InvalidInputException if the dataset id is not valid, a clause is blank, the language
   *     is not supported or the limit is negative
   */
  public RecordQuery {
    requireDatasetId(datasetId, "datasetId");
    requireClause(select, "select");
    requireClause(where, "where");
    requireClause(orderBy, "orderBy");
    refines = List.copyOf(refines);
    excludes = List.copyOf(excludes);
    if (lang != null && !LANGUAGES.contains(lang)) {
      throw new InvalidInputException(
          MESSAGES.message("query.lang", "lang", String.join(", ", new TreeSet<>(LANGUAGES))));
    }
    if (limit != null) {
      Checks.requireNonNegative(limit, "limit");
    }
  }

  /**
   * Returns a query for all records of a dataset.
   *
   * @param datasetId the dataset's id on the portal
   * @return the query
   * @throws InvalidInputException if the id is not valid
   */
  public static RecordQuery of(String datasetId) {
    return new RecordQuery(datasetId, null, null, null, List.of(), List.of(), null, null, null);
  }

  static String requireDatasetId(String id, String field) {
    Objects.requireNonNull(id, field);
    if (!DATASET_ID.matcher(id).matches()) {
      throw new InvalidInputException(MESSAGES.message("query.dataset", field));
    }
    return id;
  }

  private static void requireClause(@Nullable String clause, String field) {
    if (clause != null) {
      Checks.requireNonBlank(clause, field);
    }
  }

  /**
   * Returns a copy reading the fields or expressions of an ODSQL {@code select} clause.
   *
   * @param clause for example {@code code_sp_structure, valeur}
   * @return the new query
   */
  public RecordQuery select(String clause) {
    return new RecordQuery(
        datasetId, clause, where, orderBy, refines, excludes, lang, timezone, limit);
  }

  /**
   * Returns a copy filtered by an ODSQL {@code where} clause (replacing any previous filter).
   *
   * @param clause for example {@code valeur >= 80 AND actif = "Oui"}
   * @return the new query
   */
  public RecordQuery where(String clause) {
    return new RecordQuery(
        datasetId, select, clause, orderBy, refines, excludes, lang, timezone, limit);
  }

  /**
   * Returns a copy sorted by an ODSQL {@code order_by} clause.
   *
   * @param clause for example {@code date_de_mise_a_jour desc, code_sp_du_resultat}
   * @return the new query
   */
  public RecordQuery orderBy(String clause) {
    return new RecordQuery(
        datasetId, select, where, clause, refines, excludes, lang, timezone, limit);
  }

  /**
   * Returns a copy that also keeps only records whose facet has this value ({@code refine}).
   *
   * @param facet the facet's field name
   * @param value the value
   * @return the new query
   */
  public RecordQuery refine(String facet, String value) {
    List<FacetValue> more = new ArrayList<>(refines);
    more.add(new FacetValue(facet, value));
    return new RecordQuery(
        datasetId, select, where, orderBy, more, excludes, lang, timezone, limit);
  }

  /**
   * Returns a copy that also drops the records whose facet has this value ({@code exclude}).
   *
   * @param facet the facet's field name
   * @param value the value
   * @return the new query
   */
  public RecordQuery exclude(String facet, String value) {
    List<FacetValue> more = new ArrayList<>(excludes);
    more.add(new FacetValue(facet, value));
    return new RecordQuery(datasetId, select, where, orderBy, refines, more, lang, timezone, limit);
  }

  /**
   * Returns a copy in a language ({@code lang}), for language-dependent functions and labels.
   *
   * @param language the language; only its language code counts, one of {@link #LANGUAGES}
   * @return the new query
   * @throws InvalidInputException if the language is not supported by the API
   */
  public RecordQuery lang(Locale language) {
    String code = Objects.requireNonNull(language, "language").getLanguage();
    return new RecordQuery(
        datasetId, select, where, orderBy, refines, excludes, code, timezone, limit);
  }

  /**
   * Returns a copy rendering dates in a time zone ({@code timezone}), for example {@code
   * Europe/Paris}.
   *
   * @param zone the zone
   * @return the new query
   */
  public RecordQuery timezone(ZoneId zone) {
    return new RecordQuery(
        datasetId,
        select,
        where,
        orderBy,
        refines,
        excludes,
        lang,
        Objects.requireNonNull(zone, "zone"),
        limit);
  }

  /**
   * Returns a copy reading at most {@code max} records in all. Knowing the limit lets the client
   * page instead of exporting when fewer than 10,000 records are wanted.
   *
   * @param max zero or more
   * @return the new query
   * @throws InvalidInputException if {@code max} is negative
   */
  public RecordQuery limit(long max) {
    return new RecordQuery(
        datasetId, select, where, orderBy, refines, excludes, lang, timezone, max);
  }

  /**
   * Describes the query without its values: the dataset, which clauses are set, the facets refined
   * or excluded (their names, not their values), the language, the time zone and the limit. Clauses
   * and facet values may hold what a user searched for, personal data included, so that a logged
   * query never shows them.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RecordQuery[").append(datasetId);
    if (select != null) {
      text.append(", select=…");
    }
    if (where != null) {
      text.append(", where=…");
    }
    if (orderBy != null) {
      text.append(", orderBy=…");
    }
    if (!refines.isEmpty()) {
      text.append(", refine=").append(refines.stream().map(FacetValue::facet).toList());
    }
    if (!excludes.isEmpty()) {
      text.append(", exclude=").append(excludes.stream().map(FacetValue::facet).toList());
    }
    if (lang != null) {
      text.append(", lang=").append(lang);
    }
    if (timezone != null) {
      text.append(", timezone=").append(timezone);
    }
    if (limit != null) {
      text.append(", limit=").append(limit);
    }
    return text.append(']').toString();
  }
}
