// Extraction throughput, one thread (so the figures are per core): article
// bytes -> Document -> claims, on real news and on a synthetic corpus.
//
//   tools/bazel run -c opt //tools/bench:extraction_bench
//
// BM_RealNews reads every article of $ACCORD_EVAL_DIR/ecbplus and
// $ACCORD_EVAL_DIR/gvc (crawled pages, furniture included) and
// testdata/victory_day; BM_RealNewsSlowest runs the slowest 1% of those
// articles (by bytes per second, measured when the benchmark starts).
// BM_StartUpOneArticle builds a new Extractor and extracts one article per
// iteration (what a one-article process pays, loader excepted).
// BM_RulesOnRealNews matches the rules alone over the tagged sentences of
// those articles, from a fresh RuleSet per iteration (the rule engine's
// share of BM_RealNews, compiling on first use included). BM_RulesByCost
// attributes the warm rule time to rules (printed once), and BM_CompileRules
// measures compiling every rule, as shipped and without a macro's expansion.
// BM_ActorChunks tries an actor-phrase chunk before it is built: it times
// the chunk scan and prints once how the rules' matches on the chunked text
// differ from the shipped rules' (ACCORD_SHOW_CHUNK_DIFFS=1 lists them).
// BM_ParseAndExtract runs tools/corpus_gen output, which is written from
// the gazetteer's and lexicon's own words: a scale figure, not a speed claim.
//
// Reports bytes_per_second (article text) and items_per_second (articles).
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "benchmark/benchmark.h"
#include "engine/base/file_util.h"
#include "engine/data/embedded_data.h"
#include "engine/extract/extractor.h"
#include "engine/ingest/document_reader.h"
#include "engine/io/bounded_parse.h"
#include "engine/rules/embedded_rule_table.h"
#include "engine/rules/rule_set.h"
#include "proto/rule_table.pb.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"
#include "tools/corpus_gen/corpus.h"

namespace accord {
namespace {

struct Corpus {
  std::vector<GeneratedArticle> articles;
  int64_t bytes = 0;
};

const Corpus& TestCorpus() {
  static const Corpus* const kCorpus = [] {
    auto* c = new Corpus;
    CorpusOptions options;
    options.articles = 400;
    options.seed = 7;
    GenerateCorpus(options, [&](const GeneratedArticle& a) {
      c->articles.push_back(a);
      c->bytes += a.text.size();
    });
    return c;
  }();
  return *kCorpus;
}

const Extractor& TheExtractor() {
  static const Extractor* const kExtractor =
      Extractor::CreateDefault().value().release();
  return *kExtractor;
}

struct RealArticle {
  std::string path;
  std::string text;
  std::string meta;  // the NAME.txt.meta sidecar, or empty
};

// Every .txt below `dir`, in path order (ecbplus/<cluster>/ and
// gvc/<incident>/ hold one story each).
void AddArticles(const std::string& dir, std::vector<RealArticle>* out) {
  std::error_code error;
  std::vector<std::string> paths;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, error);
       !error && it != std::filesystem::recursive_directory_iterator();
       it.increment(error)) {
    const std::string path = it->path().string();
    if (it->is_regular_file() && absl::EndsWith(path, ".txt")) {
      paths.push_back(path);
    }
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    RealArticle a;
    a.path = path;
    a.text = ReadFileToString(path, 16 << 20).value_or("");
    a.meta = ReadFileToString(path + ".meta", 1 << 20).value_or("");
    out->push_back(std::move(a));
  }
}

const std::vector<RealArticle>& RealNews() {
  static const std::vector<RealArticle>* const kArticles = [] {
    auto* v = new std::vector<RealArticle>;
    const char* eval = std::getenv("ACCORD_EVAL_DIR");
    if (eval == nullptr || *eval == 0) {
      std::cerr << "ACCORD_EVAL_DIR is not set (tools/bazel sets it): the "
                   "real-news benchmarks run on testdata only\n";
    } else {
      AddArticles(std::string(eval) + "/ecbplus", v);
      AddArticles(std::string(eval) + "/gvc", v);
    }
    AddArticles("testdata/victory_day", v);
    return v;
  }();
  return *kArticles;
}

int64_t ExtractAll(const Extractor& extractor,
                   const std::vector<const RealArticle*>& articles) {
  const ReaderOptions options;
  int64_t claims = 0;
  for (const RealArticle* a : articles) {
    auto doc = ParseDocument(a->path, a->text, a->meta, options);
    if (doc.ok()) claims += extractor.Extract(*doc).value().size();
  }
  return claims;
}

// Extracts `articles` once per iteration. With `fresh`, every iteration
// gets a new Extractor (built outside the timing), so the rules' lazily
// built DFAs start empty and meet the text as a batch process does; without
// it the shared Extractor has seen the same text before (an upper bound).
void RunArticles(benchmark::State& state,
                 const std::vector<const RealArticle*>& articles, bool fresh) {
  int64_t bytes = 0;
  for (const RealArticle* a : articles) bytes += a->text.size();
  int64_t claims = 0;
  for (auto _ : state) {
    if (fresh) {
      state.PauseTiming();
      std::unique_ptr<Extractor> extractor = Extractor::CreateDefault().value();
      state.ResumeTiming();
      claims += ExtractAll(*extractor, articles);
      state.PauseTiming();
      extractor.reset();
      state.ResumeTiming();
    } else {
      claims += ExtractAll(TheExtractor(), articles);
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.SetItemsProcessed(state.iterations() * articles.size());
  state.counters["articles"] = static_cast<double>(articles.size());
  state.counters["claims_per_article"] = benchmark::Counter(
      static_cast<double>(claims) /
      std::max<int64_t>(1, state.iterations() * articles.size()));
}

// CPU time of the calling thread.
double ThreadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

std::vector<const RealArticle*> AllRealNews() {
  std::vector<const RealArticle*> all;
  for (const RealArticle& a : RealNews()) all.push_back(&a);
  return all;
}

// The figure of record: every real article once, from a fresh Extractor.
void BM_RealNews(benchmark::State& state) {
  RunArticles(state, AllRealNews(), /*fresh=*/true);
}
BENCHMARK(BM_RealNews)->Unit(benchmark::kMillisecond)->MinTime(5);

// The same articles again and again through one Extractor that has seen
// them once before the timing (an iteration takes longer than the default
// minimum time, so without that the one timed iteration was the cold one).
void BM_RealNewsWarm(benchmark::State& state) {
  static const int64_t kSeen = ExtractAll(TheExtractor(), AllRealNews());
  benchmark::DoNotOptimize(kSeen);
  RunArticles(state, AllRealNews(), /*fresh=*/false);
}
BENCHMARK(BM_RealNewsWarm)->Unit(benchmark::kMillisecond);

// The slowest 1% of the real articles by bytes per second (best of three
// timings each through the shared Extractor after it has seen all of them,
// so one preemption does not pick an article), at least one.
void BM_RealNewsSlowest(benchmark::State& state) {
  static const std::vector<const RealArticle*>* const kSlowest = [] {
    std::vector<std::pair<double, const RealArticle*>> speed;
    ExtractAll(TheExtractor(), AllRealNews());  // warm
    for (const RealArticle& a : RealNews()) {
      double best = 1e30;
      for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        ExtractAll(TheExtractor(), {&a});
        const std::chrono::duration<double> d =
            std::chrono::steady_clock::now() - start;
        best = std::min(best, d.count());
      }
      speed.push_back({static_cast<double>(a.text.size()) / best, &a});
    }
    std::sort(speed.begin(), speed.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    auto* v = new std::vector<const RealArticle*>;
    const size_t n = std::max<size_t>(1, speed.size() / 100);
    for (size_t i = 0; i < n && i < speed.size(); ++i) {
      v->push_back(speed[i].second);
      std::cerr << "slowest: " << speed[i].second->path << " "
                << speed[i].first / 1e6 << " MB/s\n";
    }
    return v;
  }();
  RunArticles(state, *kSlowest, /*fresh=*/false);
}
BENCHMARK(BM_RealNewsSlowest)->Unit(benchmark::kMillisecond);

// The tagged rendering of every sentence of every real article.
const std::vector<std::string>& RealTaggedSentences() {
  static const std::vector<std::string>* const kTagged = [] {
    auto* v = new std::vector<std::string>;
    const ReaderOptions options;
    for (const RealArticle& a : RealNews()) {
      auto doc = ParseDocument(a.path, a.text, a.meta, options);
      if (!doc.ok()) continue;
      std::vector<SentenceTrace> trace;
      if (!TheExtractor().Extract(*doc, &trace).ok()) continue;
      for (SentenceTrace& t : trace) v->push_back(std::move(t.tagged));
    }
    return v;
  }();
  return *kTagged;
}

// The rules alone: every tagged sentence of the real articles through a
// RuleSet loaded from the embedded table (outside the timing) whose
// patterns compile on first use, as in BM_RealNews. With `fresh` false the
// set has matched all sentences once before the timing.
void RunRules(benchmark::State& state, bool fresh) {
  const std::vector<std::string>& tagged = RealTaggedSentences();
  const Lexicon& lexicon = TheExtractor().lexicon();
  std::unique_ptr<RuleSet> set =
      RuleSet::FromTable(embedded::kRuleTable, lexicon, {},
                         embedded::kAtomAutomaton)
          .value();
  int64_t bytes = 0;
  for (const std::string& t : tagged) bytes += t.size();
  int64_t matches = 0;
  if (!fresh) {
    for (const std::string& t : tagged) matches += set->Match(t).size();
  }
  for (auto _ : state) {
    if (fresh) {
      state.PauseTiming();
      set = RuleSet::FromTable(embedded::kRuleTable, lexicon).value();
      state.ResumeTiming();
    }
    for (const std::string& t : tagged) matches += set->Match(t).size();
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["sentences"] = static_cast<double>(tagged.size());
  state.counters["compiled"] = set->num_compiled();
  benchmark::DoNotOptimize(matches);
}

void BM_RulesOnRealNews(benchmark::State& state) { RunRules(state, true); }
BENCHMARK(BM_RulesOnRealNews)->Unit(benchmark::kMillisecond)->MinTime(3);

void BM_RulesOnRealNewsWarm(benchmark::State& state) { RunRules(state, false); }
BENCHMARK(BM_RulesOnRealNewsWarm)->Unit(benchmark::kMillisecond)->MinTime(3);

// The rules one at a time, to find where the rule engine's time goes: each
// iteration matches every real tagged sentence against a set holding one
// rule (the embedded table cut to that rule, warmed by one pass before the
// timing). Prints, once, the rules by CPU time per pass with their share
// and how many sentences made them a candidate; the benchmark's own time is
// the sum over all rules (the atom pass is paid once per rule here, so it
// exceeds BM_RulesOnRealNewsWarm by about (rules - 1) atom passes).
void BM_RulesByCost(benchmark::State& state) {
  const std::vector<std::string>& tagged = RealTaggedSentences();
  const Lexicon& lexicon = TheExtractor().lexicon();
  CompiledRuleTable table;
  if (!table.ParseFromArray(embedded::kRuleTable.data(),
                            static_cast<int>(embedded::kRuleTable.size()))) {
    state.SkipWithError("embedded rule table: malformed");
    return;
  }
  struct OneRule {
    std::string name;
    std::unique_ptr<RuleSet> set;
    double cpu_s = 0;        // warm, summed over iterations, prefilter excluded
    double cold_s = 0;       // the first pass, prefilter included
    double prefilter_s = 0;  // summed over iterations
    int64_t candidates = 0;
  };
  std::vector<OneRule> rules;
  for (int i = 0; i < table.rules_size(); ++i) {
    CompiledRuleTable one = table;
    one.clear_rules();
    *one.add_rules() = table.rules(i);
    OneRule r;
    r.name = absl::StrCat(table.rules(i).name(), "/", table.rules(i).frame());
    r.set = RuleSet::FromTable(one.SerializeAsString(), lexicon).value();
    for (const std::string& t : tagged) {
      r.candidates += r.set->Candidates(t).size();
    }
    // The first pass: compiling the rule and building its DFA states.
    const double start = ThreadCpuSeconds();
    for (const std::string& t : tagged) {
      benchmark::DoNotOptimize(r.set->Match(t));
    }
    r.cold_s = ThreadCpuSeconds() - start;
    rules.push_back(std::move(r));
  }
  int64_t bytes = 0;
  for (const std::string& t : tagged) bytes += t.size();
  for (auto _ : state) {
    for (OneRule& r : rules) {
      // The prefilter alone, then prefilter and rule: the difference is
      // the rule's own cost.
      double start = ThreadCpuSeconds();
      for (const std::string& t : tagged) {
        benchmark::DoNotOptimize(r.set->Candidates(t));
      }
      const double prefilter = ThreadCpuSeconds() - start;
      r.prefilter_s += prefilter;
      start = ThreadCpuSeconds();
      for (const std::string& t : tagged) {
        benchmark::DoNotOptimize(r.set->Match(t));
      }
      r.cpu_s += ThreadCpuSeconds() - start - prefilter;
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  static bool printed = false;
  if (printed) return;
  printed = true;
  // What the first pass costs beyond a warm one: compiling the rule and
  // building its DFA states.
  auto first_extra = [&](const OneRule& r) {
    return r.cold_s - (r.cpu_s + r.prefilter_s) / state.iterations();
  };
  double total = 0, total_extra = 0;
  for (const OneRule& r : rules) {
    total += r.cpu_s;
    total_extra += first_extra(r);
  }
  std::sort(rules.begin(), rules.end(), [](const OneRule& a, const OneRule& b) {
    return a.cpu_s > b.cpu_s;
  });
  std::cerr << "rule costs over " << tagged.size()
            << " sentences, prefilter excluded: warm ms per pass (share), "
               "what the first pass adds (compiling, DFA states) in ms, "
               "candidate sentences; in all "
            << 1e3 * total / state.iterations() << " ms warm, "
            << 1e3 * total_extra << " ms added by first passes\n";
  for (size_t i = 0; i < rules.size() && i < 30; ++i) {
    std::cerr << "  " << rules[i].name << " "
              << 1e3 * rules[i].cpu_s / state.iterations() << " ("
              << 100 * rules[i].cpu_s / total << "%) "
              << 1e3 * first_extra(rules[i]) << " " << rules[i].candidates
              << "\n";
  }
}
BENCHMARK(BM_RulesByCost)->Unit(benchmark::kMillisecond)->Iterations(2);

// {ACTOR} as an actor-phrase chunk: a phrase with an office or a body as
// one tag, bare mentions kept as they are (BM_ActorChunks).
constexpr char kActorChunk[] =
    "(?:\u27e6ACT#\\d+\u27e7|\u27e6(?:PER|PRO|ORG|GPE)#\\d+\u27e7"
    "(?: of \u27e6GPE#\\d+\u27e7)?)";

// Compiling every shipped rule's RE2 (what a process pays over time for the
// rules its text needs), as shipped (arg 0) and with one macro's expansion
// replaced by a stand-in (args 1.., kStandIns), to measure what a macro
// costs before changing the rules or the tagged text (docs/performance.md).
// The stand-ins change what the rules match: compile cost only.
struct StandIn {
  const char* macro;
  const char* replacement;
};
constexpr StandIn kStandIns[] = {
    {"{AUX}", "(?:\u27e6AUX#\\d+\u27e7 )?"},  // a verb-group tag
    {"{RELCLAUSE}", ""},
    {"{ACTOR}", "\u27e6PER#\\d+\u27e7"},
    {"{THEME}", "\u27e6THG#\\d+\u27e7"},
    {"{EVENTP}", "\u27e6EVT#\\d+\u27e7"},
    {"{COUNT}", "\u27e6NUM#\\d+\u27e7"},
    {"{ACTOR}", kActorChunk},
};
void BM_CompileRules(benchmark::State& state) {
  CompiledRuleTable table;
  RuleFile file;
  if (!table.ParseFromArray(embedded::kRuleTable.data(),
                            static_cast<int>(embedded::kRuleTable.size())) ||
      !ParseTextproto(std::string(embedded::kRules), &file).ok()) {
    state.SkipWithError("embedded rules: malformed");
    return;
  }
  std::vector<std::string> patterns;
  for (const CompiledRule& r : table.rules()) patterns.push_back(r.pattern());
  if (state.range(0) > 0) {
    const StandIn& s = kStandIns[state.range(0) - 1];
    state.SetLabel(s.macro);
    absl::StatusOr<std::string> expanded =
        RuleSet::Expand(s.macro, file, nullptr);
    if (!expanded.ok()) {
      state.SkipWithError(std::string(expanded.status().message()).c_str());
      return;
    }
    for (std::string& p : patterns) {
      absl::StrReplaceAll({{*expanded, s.replacement}}, &p);
    }
  }
  RE2::Options options;
  options.set_max_mem(table.max_pattern_memory());
  int64_t instructions = 0;
  for (auto _ : state) {
    instructions = 0;
    for (const std::string& p : patterns) {
      RE2 re(p, options);
      instructions += re.ProgramSize();
    }
  }
  state.counters["patterns"] = static_cast<double>(patterns.size());
  state.counters["instructions"] = static_cast<double>(instructions);
}
BENCHMARK(BM_CompileRules)
    ->DenseRange(0, sizeof(kStandIns) / sizeof(kStandIns[0]))
    ->Unit(benchmark::kMillisecond);

// An actor-phrase chunk, measured before it is built (docs/performance.md,
// "An actor-phrase chunk"): every phrase {ACTOR} matches that is more than
// a bare mention (it holds an office or a body) becomes one tag ⟦ACT#k⟧,
// found leftmost-longest at word starts; the rules are compiled with
// {ACTOR} as that tag or a bare mention (kStandIns' last row), run over the
// chunked text, and their matches are mapped back to the tagged text and
// compared with the shipped rules' matches on the same sentence. Times the
// chunk scan alone; prints once how many sentences and matches differ, and
// each differing sentence with ACCORD_SHOW_CHUNK_DIFFS=1.
struct ChunkedText {
  std::string text;
  std::vector<int> to_tagged;  // size text.size() + 1
  int chunks = 0;
};

ChunkedText ChunkActors(const RE2& actor, const RE2& bare,
                        absl::string_view tagged) {
  ChunkedText out;
  const re2::StringPiece input(tagged.data(), tagged.size());
  size_t copied = 0;  // tagged text before this is in out.text
  size_t from = 0;
  re2::StringPiece m;
  auto copy_to = [&](size_t end) {
    for (; copied < end; ++copied) {
      out.text.push_back(tagged[copied]);
      out.to_tagged.push_back(static_cast<int>(copied));
    }
  };
  while (from < tagged.size() &&
         actor.Match(input, from, tagged.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t begin = m.data() - tagged.data();
    const size_t end = begin + m.size();
    const bool word_start =
        begin == 0 ||
        !absl::ascii_isalnum(static_cast<unsigned char>(tagged[begin - 1]));
    if (m.empty() || !word_start) {
      from = begin + 1;
      continue;
    }
    if (!RE2::FullMatch(m, bare)) {
      copy_to(begin);
      const std::string tag =
          absl::StrCat("\u27e6ACT#", out.chunks++, "\u27e7");
      out.text += tag;
      out.to_tagged.insert(out.to_tagged.end(), tag.size(),
                           static_cast<int>(begin));
      copied = end;
    }
    from = end;
  }
  copy_to(tagged.size());
  out.to_tagged.push_back(static_cast<int>(tagged.size()));
  return out;
}

using MatchKey = std::tuple<std::string, std::string, int, int,
                            std::vector<std::tuple<std::string, int, int>>>;

std::vector<MatchKey> Keys(const std::vector<RuleMatch>& matches,
                           const std::vector<int>* to_tagged) {
  auto at = [&](int p) { return to_tagged ? (*to_tagged)[p] : p; };
  std::vector<MatchKey> keys;
  for (const RuleMatch& m : matches) {
    std::vector<std::tuple<std::string, int, int>> groups;
    for (const RuleMatch::Group& g : m.groups) {
      groups.emplace_back(g.role, at(g.begin), at(g.end));
    }
    std::sort(groups.begin(), groups.end());
    keys.emplace_back(m.rule, m.frame->name(), at(m.begin), at(m.end),
                      std::move(groups));
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

void BM_ActorChunks(benchmark::State& state) {
  const std::vector<std::string>& tagged = RealTaggedSentences();
  const Lexicon& lexicon = TheExtractor().lexicon();
  RuleFile file;
  if (!ParseTextproto(std::string(embedded::kRules), &file).ok()) {
    state.SkipWithError("embedded rules: malformed");
    return;
  }
  absl::StatusOr<std::string> actor = RuleSet::Expand("{ACTOR}", file, nullptr);
  absl::StatusOr<std::string> bare =
      RuleSet::Expand("{HEAD}(?: of {GPE})?", file, nullptr);
  if (!actor.ok() || !bare.ok()) {
    state.SkipWithError("embedded rules: no {ACTOR}, {HEAD} or {GPE}");
    return;
  }
  RE2::Options longest;
  longest.set_longest_match(true);
  const RE2 actor_re(*actor, longest);
  const RE2 bare_re(*bare);
  RuleFile chunked_file = file;
  for (Macro& m : *chunked_file.mutable_macros()) {
    if (m.name() == "ACTOR") m.set_pattern(kActorChunk);
  }
  std::unique_ptr<RuleSet> shipped =
      RuleSet::FromTable(embedded::kRuleTable, lexicon, {},
                         embedded::kAtomAutomaton)
          .value();
  absl::StatusOr<std::unique_ptr<RuleSet>> chunked =
      RuleSet::Compile(chunked_file, lexicon);
  if (!chunked.ok()) {
    state.SkipWithError(std::string(chunked.status().message()).c_str());
    return;
  }
  int64_t bytes = 0;
  for (const std::string& t : tagged) bytes += t.size();
  // Compared once per process (the library may run a benchmark twice).
  static bool compared = false;
  if (!compared) {
    compared = true;
    const bool show = std::getenv("ACCORD_SHOW_CHUNK_DIFFS") != nullptr;
    int64_t chunks = 0, matches = 0, differ = 0, lost = 0, gained = 0;
    for (const std::string& t : tagged) {
      const ChunkedText c = ChunkActors(actor_re, bare_re, t);
      chunks += c.chunks;
      const std::vector<MatchKey> a = Keys(shipped->Match(t), nullptr);
      const std::vector<MatchKey> b =
          Keys((*chunked)->Match(c.text), &c.to_tagged);
      matches += a.size();
      if (a == b) continue;
      ++differ;
      std::vector<MatchKey> only_a, only_b;
      std::set_difference(a.begin(), a.end(), b.begin(), b.end(),
                          std::back_inserter(only_a));
      std::set_difference(b.begin(), b.end(), a.begin(), a.end(),
                          std::back_inserter(only_b));
      lost += only_a.size();
      gained += only_b.size();
      if (!show) continue;
      std::cerr << "tagged:  " << t << "\nchunked: " << c.text << "\n";
      for (const auto* side : {&only_a, &only_b}) {
        for (const MatchKey& k : *side) {
          std::cerr << (side == &only_a ? "  - " : "  + ") << std::get<0>(k)
                    << "/" << std::get<1>(k) << " [" << std::get<2>(k) << ","
                    << std::get<3>(k) << ")";
          for (const auto& [role, b, e] : std::get<4>(k)) {
            std::cerr << " " << role << "=\"" << t.substr(b, e - b) << "\"";
          }
          std::cerr << "\n";
        }
      }
    }
    std::cerr << "actor chunks over " << tagged.size()
              << " sentences: " << chunks << " chunks; " << matches
              << " matches of the shipped rules; " << differ
              << " sentences differ (" << lost << " matches only shipped, "
              << gained << " only chunked)\n";
  }
  for (auto _ : state) {
    for (const std::string& t : tagged) {
      benchmark::DoNotOptimize(ChunkActors(actor_re, bare_re, t));
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ActorChunks)->Unit(benchmark::kMillisecond);

// What one `accord extract` of one article costs inside the process: a new
// Extractor (gazetteer, lexicon, rule table; rules compile on first use),
// then one real article, cycling through all of them. The dynamic loader
// and process creation are not included (perf stat of the CLI measures
// them; docs/performance.md).
void BM_StartUpOneArticle(benchmark::State& state) {
  const std::vector<const RealArticle*> all = AllRealNews();
  size_t next = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const RealArticle* a = all[next++ % all.size()];
    std::unique_ptr<Extractor> extractor = Extractor::CreateDefault().value();
    benchmark::DoNotOptimize(ExtractAll(*extractor, {a}));
    bytes += a->text.size();
    state.PauseTiming();
    extractor.reset();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_StartUpOneArticle)->Unit(benchmark::kMillisecond)->MinTime(5);

// A new Extractor alone (gazetteer, lexicon, counts and the other data
// files, the rule table; no rule compiled): the part of
// BM_StartUpOneArticle that does not depend on the article.
void BM_CreateExtractor(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<Extractor> extractor = Extractor::CreateDefault().value();
    benchmark::DoNotOptimize(extractor.get());
    state.PauseTiming();
    extractor.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_CreateExtractor)->Unit(benchmark::kMillisecond);

// Loading the shipped rule table (no pattern compiled), the literals'
// automaton built at load (/0, as before it was embedded) or the embedded
// one used in place (/1, what Extractor does): the part of start-up that
// the build-time automaton removes.
void BM_LoadRules(benchmark::State& state) {
  const Lexicon& lexicon = TheExtractor().lexicon();
  const absl::string_view automaton =
      state.range(0) == 0 ? absl::string_view() : embedded::kAtomAutomaton;
  for (auto _ : state) {
    std::unique_ptr<RuleSet> set =
        RuleSet::FromTable(embedded::kRuleTable, lexicon, {}, automaton)
            .value();
    benchmark::DoNotOptimize(set.get());
    state.PauseTiming();
    set.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_LoadRules)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// End to end on the synthetic corpus: parse the bytes and metadata, then
// extract.
void BM_ParseAndExtract(benchmark::State& state) {
  const Corpus& corpus = TestCorpus();
  const Extractor& extractor = TheExtractor();
  const ReaderOptions options;
  int64_t claims = 0;
  for (auto _ : state) {
    for (const GeneratedArticle& a : corpus.articles) {
      Document doc = ParseDocument(a.name, a.text, a.meta, options).value();
      claims += extractor.Extract(doc).value().size();
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
  state.SetItemsProcessed(state.iterations() * corpus.articles.size());
  state.counters["claims_per_article"] =
      benchmark::Counter(static_cast<double>(claims) /
                         (state.iterations() * corpus.articles.size()));
}
BENCHMARK(BM_ParseAndExtract)->Unit(benchmark::kMillisecond);

// Ingestion alone.
void BM_ParseDocument(benchmark::State& state) {
  const Corpus& corpus = TestCorpus();
  const ReaderOptions options;
  for (auto _ : state) {
    for (const GeneratedArticle& a : corpus.articles) {
      benchmark::DoNotOptimize(ParseDocument(a.name, a.text, a.meta, options));
    }
  }
  state.SetBytesProcessed(state.iterations() * corpus.bytes);
  state.SetItemsProcessed(state.iterations() * corpus.articles.size());
}
BENCHMARK(BM_ParseDocument)->Unit(benchmark::kMillisecond);

// Corpus generation, to show it is not what the other figures measure.
void BM_GenerateCorpus(benchmark::State& state) {
  int64_t bytes = 0;
  for (auto _ : state) {
    CorpusOptions options;
    options.articles = 400;
    GenerateCorpus(options,
                   [&](const GeneratedArticle& a) { bytes += a.text.size(); });
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_GenerateCorpus)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace accord
