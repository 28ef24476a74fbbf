#!/usr/bin/env bash
# Runs spsplus's Jazzer fuzz targets in fuzzing mode, one after the other.
#
#   ./fuzz.sh                       every target, 5 minutes each
#   ./fuzz.sh 30m                   every target, 30 minutes each
#   ./fuzz.sh 2m structuresCsv      the targets whose name contains "structuresCsv", 2 minutes each
#   ./fuzz.sh --list                the targets
#
# A normal build (./mvnw verify, and so CI) runs the same @FuzzTest methods in *regression mode*:
# each replays the committed inputs under
#   <module>/src/test/resources/<package>/<Class>Inputs/<method>/
# in a few seconds. Here each target runs in *fuzzing mode* (JAZZER_FUZZ=1): Jazzer mutates inputs
# under coverage guidance for the duration given (-Djazzer.max_duration), one target per JVM.
#
# What counts as a finding: an exception the parser does not document, a message that repeats a
# piece of personal data of the input, an input that takes more than 30 seconds (a hang), or an
# OutOfMemoryError within the heap given below. Jazzer saves the input of a finding as
#   <module>/src/test/resources/<package>/<Class>Inputs/<method>/crash-<sha1>
# so that it is replayed by every build from then on: rename it after what it shows, fix the
# defect, and commit both. The generated corpus (the interesting inputs found so far) goes to
# <module>/.cifuzz-corpus/ (ignored by git) and makes the next run start where this one stopped.
#
# Logs: target/fuzz/<target>.log. Needs only the Maven Wrapper and the dependencies of the build
# (run ./mvnw -B verify once first, or drop the -o below). Shares the machine: one target at a time.
set -uo pipefail
cd "$(dirname "$0")"

# module  class  method: every @FuzzTest of the project.
TARGETS=(
  "spsplus-core fr.spsplus.core.fuzz.CoreParsersFuzzTest structuresCsv"
  "spsplus-core fr.spsplus.core.fuzz.CoreParsersFuzzTest spsplusJson"
  "spsplus-core fr.spsplus.core.fuzz.CoreParsersFuzzTest ruleSetJson"
  "spsplus-core fr.spsplus.core.fuzz.CoreParsersFuzzTest tabularText"
  "spsplus-core fr.spsplus.core.fuzz.CoreParsersFuzzTest personalDataDetector"
  "spsplus-client fr.spsplus.client.fuzz.ClientDecodersFuzzTest platformResponses"
  "spsplus-client fr.spsplus.client.fuzz.ClientDecodersFuzzTest openDataResponses"
  "spsplus-client fr.spsplus.client.fuzz.ClientDecodersFuzzTest openDataRecord"
  "spsplus-client fr.spsplus.client.fuzz.ClientDecodersFuzzTest oauthTokenResponses"
  "spsplus-client fr.spsplus.client.fuzz.ClientDecodersFuzzTest webhookDeliveries"
  "examples fr.spsplus.examples.reliability.CliInputsFuzzTest callsCsv"
  "examples fr.spsplus.examples.reliability.CliInputsFuzzTest answersCsv"
  "examples fr.spsplus.examples.reliability.CliInputsFuzzTest requestsCsv"
  "examples fr.spsplus.examples.reliability.CliInputsFuzzTest onlineAnswersCsv"
  "examples fr.spsplus.examples.reliability.CliInputsFuzzTest cliArguments"
)

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${TARGETS[@]}" | awk '{print $3 "\t" $2 "\t" $1}'
  exit 0
fi
duration=${1:-5m}
filter=${2:-}

mkdir -p target/fuzz
summary=()
status=0
for target in "${TARGETS[@]}"; do
  read -r module class method <<<"$target"
  if [ -n "$filter" ] && [[ "$method" != *"$filter"* ]] && [[ "$class" != *"$filter"* ]]; then
    continue
  fi
  log="target/fuzz/${method}.log"
  printf '==== %s (%s, %s): fuzzing for %s\n' "$method" "${class##*.}" "$module" "$duration"
  started=$SECONDS
  JAZZER_FUZZ=1 ./mvnw -B -o -Pquick -pl "$module" -am test \
    -Dtest="${class}#${method}" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="$duration" -Djunit.jupiter.execution.timeout.mode=disabled \
    -DargLine="-Xmx1g" >"$log" 2>&1
  rc=$?
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | grep -Eo '[0-9]+ runs' || true)
  if [ $rc -eq 0 ]; then
    result="no finding"
  else
    result="FINDING or failure (see $log)"
    status=1
  fi
  summary+=("$(printf '%-24s %-8s %-16s %s' "$method" "$((SECONDS - started))s" "${runs:-? runs}" "$result")")
done

printf '\n==== Summary (target, wall time, executions, result)\n'
printf '%s\n' "${summary[@]}"
exit $status
