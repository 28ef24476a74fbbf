/**
 * Surveys of users and agents: answer scales ({@link fr.spsplus.core.survey.SurveyScale}), the
 * questions of the perception indicators ({@link fr.spsplus.core.survey.SurveyQuestion}), answers,
 * and the survey results a label application uses ({@link fr.spsplus.core.survey.UserSurvey},
 * {@link fr.spsplus.core.survey.AgentSurvey}).
 */
@NullMarked
package fr.spsplus.core.survey;

import org.jspecify.annotations.NullMarked;
