#include "tools/truth/scorer.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/truth/resolve.h"
#include "tools/truth/book_data.h"
#include "tools/truth/flight_data.h"

namespace accord {
namespace truth {

absl::StatusOr<Dataset> LoadDataset(const std::string& eval_dir,
                                    const std::string& name,
                                    const FlightLoadOptions& flight_options) {
  Dataset data;
  data.name = name;
  std::vector<Observation> obs;
  if (name == "flight") {
    const std::string dir = absl::StrCat(eval_dir, "/truth/flight/");
    auto o = LoadFlightObservations(dir + "2011-12-08-data.txt", flight_options,
                                    &data.reinterpreted);
    if (!o.ok()) return o.status();
    auto g = LoadFlightGold(dir + "2011-12-08-truth.txt");
    if (!g.ok()) return g.status();
    obs = std::move(*o);
    data.gold = std::move(*g);
    data.model = std::make_unique<FlightValueModel>();
  } else if (name == "book") {
    const std::string dir = absl::StrCat(eval_dir, "/truth/book/");
    auto o = LoadBookObservations(dir + "book.txt");
    if (!o.ok()) return o.status();
    auto g = LoadBookGold(dir + "book_golden.txt");
    if (!g.ok()) return g.status();
    obs = std::move(*o);
    for (const auto& kv : *g) data.gold[{kv.first, "authors"}] = kv.second;
    data.model = std::make_unique<BookValueModel>();
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown dataset '", name, "' (want book or flight)"));
  }
  data.observations = static_cast<int>(obs.size());
  auto problem = BuildProblem(obs, *data.model);
  if (!problem.ok()) return problem.status();
  data.problem = std::move(*problem);
  return data;
}

MethodScore ScoreMethod(const Dataset& data, Method method,
                        const Options& base) {
  Options opts = base;
  opts.method = method;
  const Result result = Resolve(data.problem, opts);
  MethodScore score;
  score.dataset = data.name;
  score.method = MethodName(method);
  score.dependent_pairs = static_cast<int>(result.dependent_pairs.size());
  score.iterations = result.iterations;
  for (const auto& kv : data.gold) {
    const std::string& attribute = kv.first.second;
    const int item = ItemIndex(data.problem, kv.first.first, attribute);
    const bool covered = item >= 0 && result.items[item].chosen >= 0;
    // Flight counts only covered items; Book counts every gold book.
    if (!covered && data.name == "flight") continue;
    bool right = false;
    if (covered) {
      const std::string& chosen =
          data.problem.items[item].candidates[result.items[item].chosen].value;
      right = data.model->Same(attribute, chosen, kv.second);
    }
    Tally& t = score.per_attribute[attribute];
    ++t.total;
    ++score.overall.total;
    if (right) {
      ++t.correct;
      ++score.overall.correct;
    }
  }
  return score;
}

absl::StatusOr<std::vector<MethodScore>> ScoreDataset(
    const std::string& eval_dir, const std::string& name,
    const std::vector<Method>& methods, const Options& base) {
  auto data = LoadDataset(eval_dir, name);
  if (!data.ok()) return data.status();
  std::vector<MethodScore> out;
  for (Method m : methods) out.push_back(ScoreMethod(*data, m, base));
  return out;
}

std::string FormatMisses(const Dataset& data, Method method,
                         const Options& base) {
  Options opts = base;
  opts.method = method;
  const Result result = Resolve(data.problem, opts);
  std::string out;
  for (const auto& kv : data.gold) {
    const std::string& attribute = kv.first.second;
    const int i = ItemIndex(data.problem, kv.first.first, attribute);
    if (i < 0 || result.items[i].chosen < 0) continue;
    const Item& item = data.problem.items[i];
    if (data.model->Same(attribute,
                         item.candidates[result.items[i].chosen].value,
                         kv.second)) {
      continue;
    }
    absl::StrAppendFormat(&out, "MISS %s %s gold=[%s] chosen=[%s]\n",
                          kv.first.first, attribute, kv.second,
                          item.candidates[result.items[i].chosen].value);
    for (const ValueScore& v : result.items[i].values) {
      absl::StrAppendFormat(&out, "   %.3f [%s] <-", v.confidence,
                            item.candidates[v.candidate].value);
      for (const Support& s : v.supporters) {
        absl::StrAppendFormat(&out, " %s", data.problem.sources[s.source]);
        if (s.independence < 0.99) {
          absl::StrAppendFormat(&out, "(x%.2f)", s.independence);
        }
      }
      out += "\n";
    }
  }
  return out;
}

std::string FormatScore(const MethodScore& s) {
  std::string out = absl::StrFormat("%-7s %-12s %.3f (%d/%d)", s.dataset,
                                    s.method, s.overall.Precision(),
                                    s.overall.correct, s.overall.total);
  if (s.per_attribute.size() > 1) {
    for (const auto& kv : s.per_attribute) {
      absl::StrAppendFormat(&out, " %s=%.3f/%d", kv.first,
                            kv.second.Precision(), kv.second.total);
    }
  }
  absl::StrAppendFormat(&out, " iters=%d dependent_pairs=%d", s.iterations,
                        s.dependent_pairs);
  return out;
}

}  // namespace truth
}  // namespace accord
