// truth_bench: time of each truth-discovery method on a whole data set
// (the Flight day: 38 sources, ~1,200 flights x 6 attributes).
//
//   ACCORD_EVAL_DIR=/work/shared/eval bazel-bin/tools/truth/truth_bench
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "benchmark/benchmark.h"
#include "engine/truth/options.h"
#include "engine/truth/resolve.h"
#include "tools/truth/scorer.h"

namespace {

const accord::truth::Dataset* Data(const std::string& name) {
  static auto* cache = new std::map<std::string, accord::truth::Dataset>();
  auto it = cache->find(name);
  if (it != cache->end()) return &it->second;
  const char* dir = std::getenv("ACCORD_EVAL_DIR");
  auto data = accord::truth::LoadDataset(dir ? dir : "", name);
  if (!data.ok()) {
    std::cerr << "truth_bench: " << data.status() << " (set ACCORD_EVAL_DIR)\n";
    std::exit(1);
  }
  return &cache->emplace(name, std::move(*data)).first->second;
}

void BM_Load(benchmark::State& state, const std::string& name) {
  for (auto _ : state) {
    const char* dir = std::getenv("ACCORD_EVAL_DIR");
    auto data = accord::truth::LoadDataset(dir ? dir : "", name);
    benchmark::DoNotOptimize(data.ok());
  }
}

void BM_Method(benchmark::State& state, const std::string& name,
               accord::truth::Method method) {
  const accord::truth::Dataset* data = Data(name);
  accord::truth::Options opts;
  opts.method = method;
  for (auto _ : state) {
    accord::truth::Result r = accord::truth::Resolve(data->problem, opts);
    benchmark::DoNotOptimize(r.items.size());
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (const std::string name : {"flight", "book"}) {
    benchmark::RegisterBenchmark(("load/" + name).c_str(), BM_Load, name)
        ->Unit(benchmark::kMillisecond);
    for (accord::truth::Method m : accord::truth::AllMethods()) {
      benchmark::RegisterBenchmark(
          (name + "/" + accord::truth::MethodName(m)).c_str(), BM_Method, name,
          m)
          ->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
