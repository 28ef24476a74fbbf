package fr.spsplus.client.opendata;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.structure.ContactChannel;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A published user experience, as the open-data experiences dataset ({@link Dataset#EXPERIENCES})
 * gives it: anonymised, moderated, with the structures' answers.
 *
 * <p><b>Field names.</b> No record of this dataset could be examined; the API names below come from
 * public code that reads it (research notes, {@code opendata.md} §2.3). Verified: {@code
 * id_experience} (an unsigned integer), {@code titre}, {@code description}, {@code ressenti_usager}
 * ({@code Positif}, {@code Neutre}, {@code Négatif}), {@code intitule_typologie_1}, {@code
 * reponse_structure_1}, {@code etat_experience}, {@code ecrit_le}, {@code date_de_publication}.
 * Read by analogy, <strong>unverified</strong>: {@code intitule_typologie_2..3}, {@code
 * reponse_structure_2..3}, {@code intitule_structure_N} and {@code canaux_typologie_N} (slugs of
 * the CSV labels "Intitulé structure N", "Canaux Typologie N"). Every field but the id is optional;
 * every field, known or not, stays available in {@link #record()} (tags such as {@code reactivite},
 * {@code relation}, {@code action}).
 *
 * <p><b>Reading rules.</b> Texts are stripped and kept otherwise as published ({@code &nbsp;},
 * non-breaking spaces and paragraphs included); blank is absent. The feeling is read by {@link
 * Feeling#parse(String)}. Dates accept {@code YYYY-MM-DD}, an ISO date-time (its date as written,
 * without conversion) and {@code DD/MM/YYYY}. Channels: a JSON list or comma-separated text.
 *
 * <p>{@link #toString()} shows the id, the feeling and the dates, never the texts.
 *
 * @param id {@code id_experience}, positive
 * @param title {@code titre}, or null
 * @param description {@code description}, the user's text, or null
 * @param feeling {@code ressenti_usager}, or null
 * @param state {@code etat_experience} as published, or null
 * @param writtenOn {@code ecrit_le}, or null
 * @param publishedOn {@code date_de_publication}, or null
 * @param involvements the structures involved and their answers, by rank (1 to 3), only those with
 *     at least one field
 * @param record the whole record, for the fields not mapped here
 */
public record PublishedExperience(
    long id,
    @Nullable String title,
    @Nullable String description,
    @Nullable Feeling feeling,
    @Nullable String state,
    @Nullable LocalDate writtenOn,
    @Nullable LocalDate publishedOn,
    List<Involvement> involvements,
    OpenDataRecord record) {

  /** Field {@code id_experience}. */
  public static final String ID_EXPERIENCE = "id_experience";

  /** Field {@code titre}. */
  public static final String TITRE = "titre";

  /** Field {@code description}. */
  public static final String DESCRIPTION = "description";

  /** Field {@code ressenti_usager}. */
  public static final String RESSENTI_USAGER = "ressenti_usager";

  /** Field {@code etat_experience}. */
  public static final String ETAT_EXPERIENCE = "etat_experience";

  /** Field {@code ecrit_le}. */
  public static final String ECRIT_LE = "ecrit_le";

  /** Field {@code date_de_publication}. */
  public static final String DATE_DE_PUBLICATION = "date_de_publication";

  /** The number of structure columns of the dataset: 3. */
  public static final int MAX_INVOLVEMENTS = 3;

  private static final MessageBundle MESSAGES = MessageBundle.of(OpenDataRecord.class, "messages");
  private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");

  /**
   * A structure involved in the experience, and its answer.
   *
   * @param rank the rank N of the columns, 1 to {@value PublishedExperience#MAX_INVOLVEMENTS}
   * @param typology {@code intitule_typologie_N}, or null
   * @param structureName {@code intitule_structure_N} (unverified name), or null
   * @param channels {@code canaux_typologie_N} (unverified name), as published, possibly empty
   * @param answer {@code reponse_structure_N}, the structure's public answer, or null
   */
  public record Involvement(
      int rank,
      @Nullable String typology,
      @Nullable String structureName,
      List<String> channels,
      @Nullable String answer) {

    /**
     * Checks the rank and copies the channels.
     *
     * @throws InvalidInputException if the rank is outside 1 to {@value
     *     PublishedExperience#MAX_INVOLVEMENTS}
     */
    public Involvement {
      fr.spsplus.core.internal.Checks.requireBetween(rank, 1, MAX_INVOLVEMENTS, "rank");
      channels = List.copyOf(channels);
    }

    /**
     * Returns the channels that spsplus knows ({@link ContactChannel#find(String)}); values without
     * a counterpart, such as {@code reseaux sociaux}, are left out.
     *
     * @return the channels, in published order, without repetition
     */
    public Set<ContactChannel> contactChannels() {
      Set<ContactChannel> known = new LinkedHashSet<>();
      for (String channel : channels) {
        ContactChannel.find(channel).ifPresent(known::add);
      }
      return known;
    }

    /** Returns the rank and the typology; never the answer's text. */
    @Override
    public String toString() {
      return "Involvement[" + rank + ", " + typology + ", " + channels + "]";
    }
  }

  /**
   * Checks the components and copies the list.
   *
   * @throws InvalidInputException if the id is not positive
   */
  public PublishedExperience {
    if (id <= 0) {
      throw new InvalidInputException(MESSAGES.message("record.positive", ID_EXPERIENCE));
    }
    involvements = List.copyOf(involvements);
    Objects.requireNonNull(record, "record");
  }

  /**
   * Reads one record of the experiences dataset.
   *
   * @param record the record
   * @return the experience
   * @throws InvalidInputException if {@code id_experience} is missing or not a positive whole
   *     number, the feeling is not one of the three labels, a date cannot be read, or a field has
   *     an unexpected type; the message names the field, never its value
   */
  public static PublishedExperience fromRecord(OpenDataRecord record) {
    Objects.requireNonNull(record, "record");
    long id =
        record
            .integer(ID_EXPERIENCE)
            .orElseThrow(
                () ->
                    new InvalidInputException(MESSAGES.message("record.required", ID_EXPERIENCE)));
    String feelingText = text(record, RESSENTI_USAGER);
    Feeling feeling = null;
    if (feelingText != null) {
      try {
        feeling = Feeling.parse(feelingText);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            MESSAGES.message("record.type", RESSENTI_USAGER, MESSAGES.message("type.feeling")), e);
      }
    }
    List<Involvement> involvements = new ArrayList<>();
    for (int rank = 1; rank <= MAX_INVOLVEMENTS; rank++) {
      String typology = text(record, "intitule_typologie_" + rank);
      String name = text(record, "intitule_structure_" + rank);
      List<String> channels = list(record, "canaux_typologie_" + rank);
      String answer = text(record, "reponse_structure_" + rank);
      if (typology != null || name != null || !channels.isEmpty() || answer != null) {
        involvements.add(new Involvement(rank, typology, name, channels, answer));
      }
    }
    return new PublishedExperience(
        id,
        text(record, TITRE),
        text(record, DESCRIPTION),
        feeling,
        text(record, ETAT_EXPERIENCE),
        date(record, ECRIT_LE),
        date(record, DATE_DE_PUBLICATION),
        involvements,
        record);
  }

  private static @Nullable String text(OpenDataRecord record, String field) {
    return record.text(field).map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
  }

  private static List<String> list(OpenDataRecord record, String field) {
    Object value = record.value(field).orElse(null);
    List<String> items = new ArrayList<>();
    if (value instanceof List<?> elements) {
      for (Object element : elements) {
        if (element instanceof String || element instanceof BigDecimal) {
          String item = element.toString().strip();
          if (!item.isEmpty()) {
            items.add(item);
          }
        } else if (element != null) {
          throw wrongType(field, "type.text");
        }
      }
      return items;
    }
    String text = text(record, field);
    if (text != null) {
      for (String item : text.split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
    }
    return items;
  }

  private static @Nullable LocalDate date(OpenDataRecord record, String field) {
    String text = text(record, field);
    if (text == null) {
      return null;
    }
    try {
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.matches()) {
        return LocalDate.parse(iso.group(1));
      }
      Matcher french = FRENCH_DATE.matcher(text);
      if (french.matches()) {
        return LocalDate.of(
            Integer.parseInt(french.group(3)),
            Integer.parseInt(french.group(2)),
            Integer.parseInt(french.group(1)));
      }
    } catch (DateTimeException e) {
      throw wrongType(field, "type.date");
    }
    throw wrongType(field, "type.date");
  }

  private static InvalidInputException wrongType(String field, String typeKey) {
    return new InvalidInputException(
        MESSAGES.message("record.type", field, MESSAGES.message(typeKey)));
  }

  /** Returns the id, the feeling and the dates; never the texts. */
  @Override
  public String toString() {
    return "PublishedExperience["
        + id
        + ", "
        + feeling
        + ", written "
        + writtenOn
        + ", published "
        + publishedOn
        + ", "
        + involvements.size()
        + " structure(s)]";
  }
}
