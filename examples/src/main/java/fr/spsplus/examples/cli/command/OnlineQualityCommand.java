package fr.spsplus.examples.cli.command;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.examples.cli.Language;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.input.CsvRecordReader;
import fr.spsplus.examples.cli.input.OnlineAnswerCsvReader;
import fr.spsplus.examples.cli.input.OnlineProcedureAnswer;
import fr.spsplus.examples.cli.output.JsonValues;
import fr.spsplus.examples.cli.output.MeasurementOutput;
import fr.spsplus.examples.cli.output.NumberStyle;
import fr.spsplus.examples.cli.output.OutputSection;
import fr.spsplus.examples.cli.output.TextTable.Align;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import fr.spsplus.indicators.online.OnlineAccumulator;
import fr.spsplus.indicators.online.OnlinePolicy;
import fr.spsplus.indicators.online.ProcedureScore;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spsplus online-quality ANSWERS.csv [--min-answers 100]}: the quality of online démarches
 * of every structure × period, from "Je donne mon avis" ratings (format {@code online answers},
 * {@link OnlineAnswerCsvReader}).
 *
 * <p>Per structure and period of {@code answered_at} (in {@code --zone}): {@code
 * QUALITE_DEMARCHES_EN_LIGNE}, the share of the structure's démarches whose score (good 10, medium
 * 5, bad 0, {@code NSP} in no score) reaches 8/10 among the démarches with at least {@code
 * --min-answers} valid answers (official reading of the indicator,
 * https://www.plus.transformation.gouv.fr/engagement/6; the minimum of 100 is a <strong>proposed
 * default</strong>, see {@link OnlinePolicy}), computed by {@link OnlineAccumulator}. Démarches
 * below the minimum are not rated and are counted in the exclusion {@code BELOW_MIN_ANSWERS}.
 *
 * <p>Every démarche is also listed with its counts, score and status, rated or not, in a section
 * after the results: {@code "procedures"} in JSON, a second table in {@code --format table} (CSV
 * carries the results only). The {@code weight} column is read and checked but not used: a
 * démarche's score is the plain mean of its ratings, as the JDMA service computes it.
 */
@Command(name = "online-quality", mixinStandardHelpOptions = true, sortOptions = false)
public final class OnlineQualityCommand extends IndicatorCommand<OnlineProcedureAnswer> {

  /** The JSON key of the démarches' section. */
  public static final String PROCEDURES_KEY = "procedures";

  private static final MessageBundle MESSAGES =
      MessageBundle.of(OnlineQualityCommand.class, "messages");

  @Option(
      names = "--min-answers",
      paramLabel = "N",
      descriptionKey = "online.min-answers",
      converter = OptionConverters.PositiveCountConverter.class)
  private long minAnswers = OnlinePolicy.DEFAULT_MIN_ANSWERS;

  private final List<ScoredProcedure> procedures = new ArrayList<>();

  /** Creates the command (picocli injects its options). */
  public OnlineQualityCommand() {}

  @Override
  protected CsvRecordReader<OnlineProcedureAnswer> reader(@Nullable ZoneId localZone) {
    return new OnlineAnswerCsvReader(localZone);
  }

  @Override
  protected List<Measurement> measure(Stream<OnlineProcedureAnswer> answers, Grouping grouping) {
    OnlinePolicy policy = OnlinePolicy.defaults().withMinAnswers(minAnswers);
    GroupedAccumulator<OnlineProcedureAnswer, OnlineAccumulator> grouped =
        GroupedAccumulator.of(
            grouping.calculatorGrouping(),
            () -> OnlineAccumulator.of(policy),
            OnlineProcedureAnswer::structure,
            OnlineProcedureAnswer::answeredAt,
            (state, answer) -> state.accept(answer.procedure(), answer.answer()));
    answers.forEach(grouped::accept);
    procedures.clear();
    return grouped.results(
        (structure, period, state) -> {
          for (ProcedureScore score : state.procedures()) {
            procedures.add(new ScoredProcedure(structure, period, score));
          }
          return state.measure(structure, period);
        });
  }

  @Override
  protected List<OutputSection> sections(Language language) {
    Locale locale = language.locale();
    NumberStyle numbers = NumberStyle.of(language);
    List<Map<String, @Nullable Object>> json = new ArrayList<>(procedures.size());
    List<List<String>> rows = new ArrayList<>(procedures.size());
    for (ScoredProcedure row : procedures) {
      ProcedureScore score = row.score();
      Map<String, @Nullable Object> object = new LinkedHashMap<>();
      object.put("structure", row.structure().value());
      object.put("period", row.period().code());
      object.put("procedure", score.procedure());
      object.put("answers", score.answers());
      object.put("good", score.good());
      object.put("medium", score.medium());
      object.put("bad", score.bad());
      object.put("no_opinion", score.noOpinion());
      object.put("score", score.score() == null ? null : JsonValues.number(score.score()));
      object.put("rated", score.rated());
      object.put("reached", score.reached());
      json.add(object);
      rows.add(
          List.of(
              row.structure().value(),
              row.period().code(),
              score.procedure(),
              numbers.integer(score.answers()),
              numbers.integer(score.good()),
              numbers.integer(score.medium()),
              numbers.integer(score.bad()),
              numbers.integer(score.noOpinion()),
              score.score() == null
                  ? MeasurementOutput.ABSENT
                  : numbers.decimal(score.score(), 1) + "/10",
              MESSAGES.format(
                  locale,
                  score.reached()
                      ? "online.reached"
                      : score.rated() ? "online.missed" : "online.below")));
    }
    return List.of(
        new OutputSection(
            PROCEDURES_KEY,
            json,
            MESSAGES.format(
                locale,
                "online.title",
                numbers.integer(minAnswers),
                numbers.decimal(OnlinePolicy.DEFAULT_THRESHOLD, 0)),
            List.of(
                MESSAGES.format(locale, "online.column.structure"),
                MESSAGES.format(locale, "online.column.period"),
                MESSAGES.format(locale, "online.column.procedure"),
                MESSAGES.format(locale, "online.column.answers"),
                MESSAGES.format(locale, "online.column.good"),
                MESSAGES.format(locale, "online.column.medium"),
                MESSAGES.format(locale, "online.column.bad"),
                MESSAGES.format(locale, "online.column.nsp"),
                MESSAGES.format(locale, "online.column.score"),
                MESSAGES.format(locale, "online.column.status")),
            List.of(
                Align.LEFT,
                Align.LEFT,
                Align.LEFT,
                Align.RIGHT,
                Align.RIGHT,
                Align.RIGHT,
                Align.RIGHT,
                Align.RIGHT,
                Align.RIGHT,
                Align.LEFT),
            rows));
  }

  /** One démarche of one structure over one period. */
  private record ScoredProcedure(
      StructureCode structure, ReportingPeriod period, ProcedureScore score) {}
}
