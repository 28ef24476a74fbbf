package fr.spsplus.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The subset of Opendatasoft's query language (ODSQL) that the fake's open-data endpoint
 * understands, enough for the spsplus client's queries and for tests. Anything else is refused with
 * the portal's {@code ODSQLError}, never silently ignored.
 *
 * <p><b>{@code where}</b>:
 *
 * <ul>
 *   <li>comparisons {@code field = value}, {@code !=} (or {@code <>}), {@code <}, {@code <=},
 *       {@code >}, {@code >=}; a value is a string ({@code "text"} or {@code 'text'}, backslash
 *       escapes), a number, {@code true}, {@code false}, or a date {@code date'2024-03-01'};
 *   <li>{@code field IN (v1, v2, …)}, {@code field NOT IN (…)}, {@code field IS NULL}, {@code field
 *       IS NOT NULL};
 *   <li>{@code startswith(field, "prefix")} and {@code search(field, "text")} (case-insensitive
 *       containment);
 *   <li>a bare string, {@code "IND-27"}: full-text search, true when any text or number of the
 *       record contains it, ignoring case;
 *   <li>{@code AND}, {@code OR}, {@code NOT} and parentheses; keywords in any case; field names as
 *       written, or between backquotes.
 * </ul>
 *
 * <p>Comparison rules: numbers compare as numbers (a string operand that reads as a number is read
 * as one); text compares as text (ISO dates and date-times therefore compare in time order); {@code
 * =} on text is exact (case-sensitive); a multivalued field (a list) matches when one of its values
 * does; {@code null} matches no comparison.
 *
 * <p><b>{@code order_by}</b>: {@code field [ASC|DESC]}, comma-separated; {@code null} values come
 * last in both directions (the fake's choice; the portal does not document it); ties keep the
 * dataset's order. <b>{@code select}</b>: {@code *} or field names, each with an optional {@code AS
 * alias}. Functions, aggregations, {@code group_by} and other expressions are not supported.
 */
public final class Odsql {

  private Odsql() {}

  /** A refused clause: the message is the portal's, and names the clause. */
  public static final class OdsqlException extends RuntimeException {

    @java.io.Serial private static final long serialVersionUID = 1L;

    OdsqlException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * One selected field.
   *
   * @param field the field
   * @param alias the name in the answer
   */
  public record Selected(String field, String alias) {}

  /**
   * One sort key.
   *
   * @param field the field
   * @param descending whether descending
   */
  public record SortKey(String field, boolean descending) {}

  // ------------------------------------------------------------------ public entry points

  /**
   * Parses a {@code where} clause.
   *
   * @param clause the clause
   * @param fields the dataset's fields
   * @return the filter
   * @throws OdsqlException if the clause is malformed, unsupported, or names an unknown field
   */
  public static Predicate<Map<String, @Nullable Object>> where(String clause, Set<String> fields) {
    Parser parser = new Parser(clause, "where", fields);
    Predicate<Map<String, @Nullable Object>> predicate = parser.or();
    parser.expectEnd();
    return predicate;
  }

  /**
   * Parses an {@code order_by} clause.
   *
   * @param clause the clause
   * @param fields the dataset's fields
   * @return the sort keys
   * @throws OdsqlException if the clause is malformed or names an unknown field
   */
  public static List<SortKey> orderBy(String clause, Set<String> fields) {
    Parser parser = new Parser(clause, "order_by", fields);
    List<SortKey> keys = new ArrayList<>();
    do {
      String field = parser.field();
      boolean descending = false;
      if (parser.keyword("DESC")) {
        descending = true;
      } else {
        parser.keyword("ASC");
      }
      keys.add(new SortKey(field, descending));
    } while (parser.symbol(","));
    parser.expectEnd();
    return keys;
  }

  /**
   * Parses a {@code select} clause.
   *
   * @param clause the clause
   * @param fields the dataset's fields
   * @return the selected fields, or null for {@code *}
   * @throws OdsqlException if the clause is malformed or names an unknown field
   */
  public static @Nullable List<Selected> select(String clause, Set<String> fields) {
    Parser parser = new Parser(clause, "select", fields);
    List<Selected> selected = new ArrayList<>();
    boolean all = false;
    do {
      if (parser.symbol("*")) {
        all = true;
        continue;
      }
      String field = parser.field();
      String alias = parser.keyword("AS") ? parser.identifier() : field;
      selected.add(new Selected(field, alias));
    } while (parser.symbol(","));
    parser.expectEnd();
    return all ? null : selected;
  }

  /**
   * Returns the comparator of sort keys.
   *
   * @param keys the keys
   * @return the comparator of records (nulls last in both directions)
   */
  public static Comparator<Map<String, @Nullable Object>> comparator(List<SortKey> keys) {
    Comparator<Map<String, @Nullable Object>> result = (a, b) -> 0;
    for (SortKey key : keys) {
      Comparator<Map<String, @Nullable Object>> one =
          (a, b) -> {
            Object x = sortValue(a.get(key.field()));
            Object y = sortValue(b.get(key.field()));
            if (x == null || y == null) {
              return x == null ? (y == null ? 0 : 1) : -1;
            }
            int order = compareValues(x, y);
            return key.descending() ? -order : order;
          };
      result = result.thenComparing(one);
    }
    return result;
  }

  /**
   * Projects a record on selected fields.
   *
   * @param record the record
   * @param selected the selection, or null for all
   * @return the projected record
   */
  public static Map<String, @Nullable Object> project(
      Map<String, @Nullable Object> record, @Nullable List<Selected> selected) {
    if (selected == null) {
      return record;
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    for (Selected one : selected) {
      out.put(one.alias(), record.get(one.field()));
    }
    return out;
  }

  // ------------------------------------------------------------------ values

  private static @Nullable Object sortValue(@Nullable Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? null : list.get(0);
    }
    return value;
  }

  private static int rank(Object value) {
    if (value instanceof BigDecimal) {
      return 0;
    }
    if (value instanceof String) {
      return 1;
    }
    if (value instanceof Boolean) {
      return 2;
    }
    return 3;
  }

  static int compareValues(Object x, Object y) {
    if (x instanceof BigDecimal a && y instanceof BigDecimal b) {
      return a.compareTo(b);
    }
    if (x instanceof String a && y instanceof String b) {
      return a.compareTo(b);
    }
    if (x instanceof Boolean a && y instanceof Boolean b) {
      return Boolean.compare(a, b);
    }
    int byRank = Integer.compare(rank(x), rank(y));
    return byRank != 0 ? byRank : x.toString().compareTo(y.toString());
  }

  /** Compares a record's value with a literal: null when they cannot be compared. */
  private static @Nullable Integer compareWithLiteral(Object value, Object literal) {
    if (value instanceof BigDecimal number) {
      BigDecimal other = literal instanceof BigDecimal b ? b : number(literal);
      return other == null ? null : number.compareTo(other);
    }
    if (value instanceof String text) {
      if (literal instanceof String s) {
        return text.compareTo(s);
      }
      if (literal instanceof BigDecimal b) {
        BigDecimal mine = number(text);
        return mine == null ? null : mine.compareTo(b);
      }
      return null;
    }
    if (value instanceof Boolean flag && literal instanceof Boolean other) {
      return Boolean.compare(flag, other);
    }
    return null;
  }

  private static @Nullable BigDecimal number(Object value) {
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean anyValue(@Nullable Object value, Predicate<Object> test) {
    if (value == null) {
      return false;
    }
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element != null && test.test(element)) {
          return true;
        }
      }
      return false;
    }
    return test.test(value);
  }

  private static boolean containsText(@Nullable Object value, String needle) {
    if (value == null) {
      return false;
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> containsText(v, needle));
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(v -> containsText(v, needle));
    }
    String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    return text.toLowerCase(Locale.ROOT).contains(needle);
  }

  // ------------------------------------------------------------------ parser

  private enum Kind {
    IDENT,
    STRING,
    NUMBER,
    SYMBOL,
    END
  }

  private record Token(Kind kind, String text, int position) {}

  private static final class Parser {

    private final String name;
    private final Set<String> fields;
    private final List<Token> tokens;
    private int next;

    Parser(String clause, String name, Set<String> fields) {
      this.name = name;
      this.fields = fields;
      this.tokens = tokenize(clause);
    }

    private List<Token> tokenize(String text) {
      List<Token> out = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '"' || c == '\'') {
          StringBuilder value = new StringBuilder();
          int start = i++;
          boolean closed = false;
          while (i < text.length()) {
            char d = text.charAt(i++);
            if (d == '\\' && i < text.length()) {
              value.append(text.charAt(i++));
            } else if (d == c) {
              closed = true;
              break;
            } else {
              value.append(d);
            }
          }
          if (!closed) {
            throw malformed("unterminated string at " + start);
          }
          out.add(new Token(Kind.STRING, value.toString(), start));
        } else if (c == '`') {
          int end = text.indexOf('`', i + 1);
          if (end < 0) {
            throw malformed("unterminated identifier at " + i);
          }
          out.add(new Token(Kind.IDENT, text.substring(i + 1, end), i));
          i = end + 1;
        } else if (Character.isDigit(c)
            || (c == '-'
                && i + 1 < text.length()
                && Character.isDigit(text.charAt(i + 1))
                && (out.isEmpty() || out.get(out.size() - 1).kind() == Kind.SYMBOL))) {
          int start = i++;
          while (i < text.length()
              && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
          }
          out.add(new Token(Kind.NUMBER, text.substring(start, i), start));
        } else if (Character.isLetter(c) || c == '_') {
          int start = i;
          while (i < text.length()
              && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
          }
          out.add(new Token(Kind.IDENT, text.substring(start, i), start));
        } else {
          String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
          if (two.equals("<=") || two.equals(">=") || two.equals("!=") || two.equals("<>")) {
            out.add(new Token(Kind.SYMBOL, two, i));
            i += 2;
          } else if ("=<>(),*".indexOf(c) >= 0) {
            out.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
            i++;
          } else {
            throw malformed("unexpected character at " + i);
          }
        }
      }
      out.add(new Token(Kind.END, "", text.length()));
      return out;
    }

    OdsqlException malformed(String detail) {
      return new OdsqlException(
          "ODSQL query is malformed: "
              + detail
              + " Clause(s) containing the error(s): "
              + name
              + ".");
    }

    private Token peek() {
      return tokens.get(next);
    }

    boolean keyword(String word) {
      Token token = peek();
      if (token.kind() == Kind.IDENT && token.text().equalsIgnoreCase(word)) {
        next++;
        return true;
      }
      return false;
    }

    private boolean peekKeyword(String word) {
      Token token = peek();
      return token.kind() == Kind.IDENT && token.text().equalsIgnoreCase(word);
    }

    boolean symbol(String symbol) {
      Token token = peek();
      if (token.kind() == Kind.SYMBOL && token.text().equals(symbol)) {
        next++;
        return true;
      }
      return false;
    }

    private void expectSymbol(String symbol) {
      if (!symbol(symbol)) {
        throw malformed("'" + symbol + "' expected at " + peek().position() + ".");
      }
    }

    void expectEnd() {
      if (peek().kind() != Kind.END) {
        throw malformed("unexpected '" + peek().text() + "' at " + peek().position() + ".");
      }
    }

    String identifier() {
      Token token = peek();
      if (token.kind() != Kind.IDENT) {
        throw malformed("field name expected at " + token.position() + ".");
      }
      next++;
      return token.text();
    }

    String field() {
      int position = peek().position();
      String field = identifier();
      if (peek().kind() == Kind.SYMBOL && peek().text().equals("(")) {
        throw new OdsqlException(
            "ODSQL function at "
                + position
                + " is not supported by the spsplus fake. Clause(s) containing the error(s): "
                + name
                + ".");
      }
      if (!fields.contains(field)) {
        throw new OdsqlException("Unknown field: " + field);
      }
      return field;
    }

    Predicate<Map<String, @Nullable Object>> or() {
      Predicate<Map<String, @Nullable Object>> left = and();
      while (keyword("OR")) {
        left = left.or(and());
      }
      return left;
    }

    private Predicate<Map<String, @Nullable Object>> and() {
      Predicate<Map<String, @Nullable Object>> left = not();
      while (keyword("AND")) {
        left = left.and(not());
      }
      return left;
    }

    private Predicate<Map<String, @Nullable Object>> not() {
      if (keyword("NOT")) {
        return not().negate();
      }
      return primary();
    }

    private Predicate<Map<String, @Nullable Object>> primary() {
      if (symbol("(")) {
        Predicate<Map<String, @Nullable Object>> inner = or();
        expectSymbol(")");
        return inner;
      }
      Token token = peek();
      if (token.kind() == Kind.STRING) {
        next++;
        String needle = token.text().toLowerCase(Locale.ROOT);
        return record -> record.values().stream().anyMatch(v -> containsText(v, needle));
      }
      if (token.kind() != Kind.IDENT) {
        throw malformed("condition expected at " + token.position() + ".");
      }
      if (tokens.get(next + 1).kind() == Kind.SYMBOL && tokens.get(next + 1).text().equals("(")) {
        return function();
      }
      String field = field();
      if (keyword("IS")) {
        boolean negated = keyword("NOT");
        if (!keyword("NULL")) {
          throw malformed("NULL expected at " + peek().position() + ".");
        }
        Predicate<Map<String, @Nullable Object>> isNull =
            record -> {
              Object value = record.get(field);
              return value == null || (value instanceof List<?> list && list.isEmpty());
            };
        return negated ? isNull.negate() : isNull;
      }
      boolean negatedIn = false;
      if (peekKeyword("NOT")) {
        next++;
        negatedIn = true;
        if (!peekKeyword("IN")) {
          throw malformed("IN expected at " + peek().position() + ".");
        }
      }
      if (keyword("IN")) {
        expectSymbol("(");
        List<Object> values = new ArrayList<>();
        do {
          values.add(literal());
        } while (symbol(","));
        expectSymbol(")");
        Predicate<Map<String, @Nullable Object>> in =
            record ->
                anyValue(
                    record.get(field),
                    v ->
                        values.stream()
                            .anyMatch(
                                l -> Objects.equals(compareWithLiteral(v, l), Integer.valueOf(0))));
        return negatedIn ? in.negate() : in;
      }
      Token operator = peek();
      if (operator.kind() != Kind.SYMBOL || "(),*".contains(operator.text())) {
        throw malformed("operator expected at " + operator.position() + ".");
      }
      next++;
      Object literal = literal();
      String op = operator.text();
      return record ->
          anyValue(
              record.get(field),
              v -> {
                Integer order = compareWithLiteral(v, literal);
                if (order == null) {
                  return op.equals("!=") || op.equals("<>");
                }
                return switch (op) {
                  case "=" -> order == 0;
                  case "!=", "<>" -> order != 0;
                  case "<" -> order < 0;
                  case "<=" -> order <= 0;
                  case ">" -> order > 0;
                  case ">=" -> order >= 0;
                  default -> false;
                };
              });
    }

    private Predicate<Map<String, @Nullable Object>> function() {
      Token nameToken = peek();
      String function = identifier().toLowerCase(Locale.ROOT);
      if (!function.equals("startswith") && !function.equals("search")) {
        throw new OdsqlException(
            "ODSQL function "
                + nameToken.text()
                + "() is not supported by the spsplus fake. Clause(s) containing the"
                + " error(s): "
                + name
                + ".");
      }
      expectSymbol("(");
      String field = field();
      expectSymbol(",");
      Token argument = peek();
      if (argument.kind() != Kind.STRING) {
        throw malformed("string expected at " + argument.position() + ".");
      }
      next++;
      expectSymbol(")");
      String text = argument.text();
      String lower = text.toLowerCase(Locale.ROOT);
      return switch (function) {
        case "startswith" ->
            record -> anyValue(record.get(field), v -> v instanceof String s && s.startsWith(text));
        default -> record -> containsText(record.get(field), lower);
      };
    }

    private Object literal() {
      Token token = peek();
      switch (token.kind()) {
        case STRING -> {
          next++;
          return token.text();
        }
        case NUMBER -> {
          next++;
          try {
            return new BigDecimal(token.text());
          } catch (NumberFormatException e) {
            throw malformed("bad number at " + token.position() + ".");
          }
        }
        case IDENT -> {
          if (keyword("TRUE")) {
            return Boolean.TRUE;
          }
          if (keyword("FALSE")) {
            return Boolean.FALSE;
          }
          if (peekKeyword("date") && tokens.get(next + 1).kind() == Kind.STRING) {
            next++;
            String date = peek().text();
            next++;
            try {
              return java.time.LocalDate.parse(date).toString();
            } catch (java.time.format.DateTimeParseException e) {
              throw malformed("bad date at " + token.position() + ".");
            }
          }
          throw malformed("value expected at " + token.position() + ".");
        }
        default -> throw malformed("value expected at " + token.position() + ".");
      }
    }
  }
}
