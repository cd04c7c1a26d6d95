// Extraction throughput on a synthetic corpus (tools/corpus_gen): article
// bytes -> Document -> claims, one thread, so the figures are per core.
//
//   tools/bazel run -c opt //tools/bench:extraction_bench
//
// Reports bytes_per_second (article text) and items_per_second (articles).
#include <memory>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "engine/extract/extractor.h"
#include "engine/ingest/document_reader.h"
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

// End to end: parse the bytes and metadata, then extract.
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
