package fr.spsplus.examples.cli.command;

import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.examples.cli.input.AnswerCsvReader;
import fr.spsplus.examples.cli.input.CsvRecordReader;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import fr.spsplus.indicators.survey.PerceptionAccumulator;
import fr.spsplus.indicators.survey.PerceptionPolicy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spsplus satisfaction ANSWERS.csv [--weighted]}: the perception indicators of every
 * structure × period, from a file of survey answers (format {@code answers}, {@link
 * AnswerCsvReader}).
 *
 * <p>Per structure and period of {@code answered_at} (in {@code --zone}), one result per question
 * that got at least one answer ({@code NSP} included) in that group: {@code SATISFACTION_GLOBALE},
 * {@code SATISFACTION_DELAIS}, {@code ACCESSIBILITE}, {@code EFFORT}, {@code QUALITE_RELATION} and
 * {@code SATISFACTION_TELEPHONE}, each the top-2-box rate of its question (satisfied ÷ answers
 * other than {@code NSP}, which are counted as exclusions), computed by {@link
 * PerceptionAccumulator} under {@link PerceptionPolicy#defaults()} (wordings and scales are
 * <strong>proposed defaults</strong>; https://www.plus.transformation.gouv.fr/engagement/6). With
 * {@code --weighted}, the answers' {@code weight} column is used (weight sums, Kish effective
 * size); otherwise it is read and checked but every answer counts 1.
 *
 * <p>The telephone survey's response rate (responses ÷ calls answered by an agent) is not computed
 * here: it needs the calls of the same structure × period, and a post-call survey answered after
 * midnight at the end of a period falls in the next period, where its call is not. See {@link
 * PerceptionAccumulator#telephone} in the Java API.
 */
@Command(name = "satisfaction", mixinStandardHelpOptions = true, sortOptions = false)
public final class SatisfactionCommand extends IndicatorCommand<SurveyAnswer> {

  @Option(names = "--weighted", descriptionKey = "satisfaction.weighted")
  private boolean weighted;

  /** Creates the command (picocli injects its options). */
  public SatisfactionCommand() {}

  @Override
  protected CsvRecordReader<SurveyAnswer> reader(@Nullable ZoneId localZone) {
    return new AnswerCsvReader(localZone);
  }

  @Override
  protected List<Measurement> measure(Stream<SurveyAnswer> answers, Grouping grouping) {
    PerceptionPolicy policy = PerceptionPolicy.defaults().withWeights(weighted);
    GroupedAccumulator<SurveyAnswer, PerceptionAccumulator> grouped =
        GroupedAccumulator.of(
            grouping.calculatorGrouping(),
            () -> PerceptionAccumulator.of(policy),
            SurveyAnswer::structure,
            SurveyAnswer::answeredAt,
            PerceptionAccumulator::accept);
    answers.forEach(grouped::accept);
    List<Measurement> results = new ArrayList<>();
    grouped.results(SatisfactionCommand::measurements).forEach(results::addAll);
    return results;
  }

  /** The results of one group: one per question that got at least one answer. */
  private static List<Measurement> measurements(
      StructureCode structure, ReportingPeriod period, PerceptionAccumulator state) {
    List<Measurement> measurements = new ArrayList<>();
    for (SurveyQuestion question : SurveyQuestion.values()) {
      if (state.answers(question).count() > 0) {
        measurements.add(state.measure(question, period).forStructure(structure));
      }
    }
    return measurements;
  }
}
