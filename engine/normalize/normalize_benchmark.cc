// Throughput of the value normalizers over a mix of news sentences.
//
//   tools/bazel run -c opt //engine/normalize:normalize_benchmark
//
// Reports bytes/s (MB/s of text scanned) and normalizations/s (values found
// per second) for each Find* and for all five run over the same text.

#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/quantity.h"
#include "engine/normalize/time.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace {

// Thirty sentences in the style of wire copy, written for this benchmark.
const std::vector<std::string>& Sentences() {
  static const auto* s = new std::vector<std::string>{
      "Chinese President Xi Jinping will pay a state visit to Russia from May "
      "7 to 10, the Kremlin announced Sunday.",
      "Xi will attend celebrations marking the 80th anniversary of the "
      "victory in the Great Patriotic War on May 9.",
      "Putin declared a 72-hour ceasefire from May 8 to May 10, but Ukraine "
      "proposed a 30-day truce.",
      "An estimated 27 million Soviet citizens died in the war, which ended "
      "in 1945.",
      "The four-day trip is Xi's third visit to Moscow since 2022, according "
      "to state media.",
      "On Thursday, the foreign ministry said more than 20 world leaders "
      "would attend the parade.",
      "Brazil's President Luiz Inacio Lula da Silva arrived on Tuesday for a "
      "three-day visit.",
      "The talks lasted about 90 minutes, officials said, and a second round "
      "is planned for next week.",
      "Inflation rose to 5.6% in March 2023, up from 5.2% in February.",
      "The company reported revenue of $1.2bn for the first quarter, a 15 "
      "percent increase.",
      "The storm killed at least 12 people and left 3,000 homes without "
      "power on Saturday night.",
      "Trump said at 3 p.m. on Monday that the deal would be signed within "
      "two weeks.",
      "The summit, held on 7 May 2025, ran for two days.",
      "Officials said the 2,500-kilometre pipeline would carry 38 billion "
      "cubic metres of gas a year.",
      "Nearly half of the 1,200 delegates left before the vote at 19:32 "
      "local time.",
      "The agreement, signed in 2015, expires at the end of the year.",
      "The minister resigned yesterday after a decade in office.",
      "Police said a 45-year-old man was arrested early Sunday morning.",
      "About 150 people gathered outside parliament between May 7 and 10.",
      "Markets fell 2.3 per cent over the past two weeks.",
      "He may visit in March, a spokesman said, while Xi may travel to the "
      "U.S. later this year.",
      "The bill passed 52-48 in the Senate on Wednesday after a 90-minute "
      "debate.",
      "Nine in ten voters backed the measure, a three-to-one margin.",
      "The 1980s saw inflation above 10% for the first time since 1947.",
      "Turnout was 67.4%, the highest since the 1990s, the commission said "
      "on Friday.",
      "Two weeks ago, seven soldiers were killed near the border.",
      "At least 1,000 troops will remain until 2026, and another 500 will "
      "leave by June 30.",
      "The ceasefire began at midnight and will last 30 days.",
      "In the 24 hours to 9am, 15mm of rain fell on the capital.",
      "He scored in the 89th minute of the 2-1 win on 12 April 2025.",
  };
  return *s;
}

const std::string& Text() {
  static const auto* t = [] {
    auto* s = new std::string;
    for (const std::string& x : Sentences()) {
      *s += x;
      *s += ' ';
    }
    return s;
  }();
  return *t;
}

TimeContext NewsContext() {
  TimeContext ctx;
  ctx.reference = absl::CivilSecond(2025, 5, 5, 9, 0, 0);
  ctx.weekday = TimeContext::WeekdayDirection::kNearestPast;
  return ctx;
}

template <typename Find>
void Run(benchmark::State& state, Find find) {
  const std::vector<std::string>& sentences = Sentences();
  size_t found = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& s : sentences) {
      found += find(s);
      bytes += s.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["normalizations/s"] = benchmark::Counter(
      static_cast<double>(found), benchmark::Counter::kIsRate);
}

void BM_FindNumbers(benchmark::State& state) {
  Run(state, [](const std::string& s) { return FindNumbers(s).size(); });
}
BENCHMARK(BM_FindNumbers);

void BM_FindOrdinals(benchmark::State& state) {
  Run(state, [](const std::string& s) { return FindOrdinals(s).size(); });
}
BENCHMARK(BM_FindOrdinals);

void BM_FindDurations(benchmark::State& state) {
  Run(state, [](const std::string& s) { return FindDurations(s).size(); });
}
BENCHMARK(BM_FindDurations);

void BM_FindQuantities(benchmark::State& state) {
  Run(state, [](const std::string& s) { return FindQuantities(s).size(); });
}
BENCHMARK(BM_FindQuantities);

void BM_FindTimes(benchmark::State& state) {
  const TimeContext ctx = NewsContext();
  Run(state, [&ctx](const std::string& s) { return FindTimes(s, ctx).size(); });
}
BENCHMARK(BM_FindTimes);

// All five normalizers over each sentence through the string APIs (each
// tokenizes the sentence again).
void BM_AllNormalizers(benchmark::State& state) {
  const TimeContext ctx = NewsContext();
  Run(state, [&ctx](const std::string& s) {
    return FindNumbers(s).size() + FindOrdinals(s).size() +
           FindDurations(s).size() + FindQuantities(s).size() +
           FindTimes(s, ctx).size();
  });
}
BENCHMARK(BM_AllNormalizers);

// All five over one shared tokenization, as the annotator runs them.
void BM_AllNormalizersSharedTokens(benchmark::State& state) {
  const TimeContext ctx = NewsContext();
  Run(state, [&ctx](const std::string& s) {
    const std::vector<Token> t = Tokenize(s);
    return FindNumbers(s, t).size() + FindOrdinals(s, t).size() +
           FindDurations(s, t).size() + FindQuantities(s, t).size() +
           FindTimes(s, t, ctx).size();
  });
}
BENCHMARK(BM_AllNormalizersSharedTokens);

// One long document (the thirty sentences joined), to show the scan is
// linear in the input.
void BM_FindTimesDocument(benchmark::State& state) {
  const TimeContext ctx = NewsContext();
  std::string doc;
  for (int k = 0; k < state.range(0); ++k) doc += Text();
  size_t found = 0;
  for (auto _ : state) found += FindTimes(doc, ctx).size();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(doc.size()));
  state.counters["normalizations/s"] = benchmark::Counter(
      static_cast<double>(found), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FindTimesDocument)->Arg(1)->Arg(8)->Arg(64);

}  // namespace
}  // namespace accord
