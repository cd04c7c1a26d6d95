#include "tools/timeml/timeml_scorer.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"

namespace accord {
namespace timeml {
namespace {

double Ratio(int a, int b) { return b == 0 ? 0 : static_cast<double>(a) / b; }

double F1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

int Overlap(int b1, int e1, int b2, int e2) {
  return std::max(0, std::min(e1, e2) - std::max(b1, b2));
}

}  // namespace

void TimexCounts::Add(const TimexCounts& o) {
  gold += o.gold;
  system += o.system;
  gold_strict += o.gold_strict;
  gold_relaxed += o.gold_relaxed;
  system_strict += o.system_strict;
  system_relaxed += o.system_relaxed;
  type_match += o.type_match;
  value_match += o.value_match;
}

double TimexCounts::strict_precision() const {
  return Ratio(system_strict, system);
}
double TimexCounts::strict_recall() const { return Ratio(gold_strict, gold); }
double TimexCounts::strict_f1() const {
  return F1(strict_precision(), strict_recall());
}
double TimexCounts::relaxed_precision() const {
  return Ratio(system_relaxed, system);
}
double TimexCounts::relaxed_recall() const { return Ratio(gold_relaxed, gold); }
double TimexCounts::relaxed_f1() const {
  return F1(relaxed_precision(), relaxed_recall());
}
double TimexCounts::type_accuracy() const {
  return Ratio(type_match, gold_relaxed);
}
double TimexCounts::value_accuracy() const {
  return Ratio(value_match, gold_relaxed);
}
double TimexCounts::value_f1() const { return value_accuracy() * relaxed_f1(); }

TimexCounts ScoreDocument(const TimeMLDoc& doc,
                          const std::vector<Timex>& system,
                          std::vector<TimexError>* errors) {
  TimexCounts c;
  c.gold = static_cast<int>(doc.timexes.size());
  c.system = static_cast<int>(system.size());
  auto text = [&](int b, int e) { return doc.text.substr(b, e - b); };
  const std::string dct = absl::FormatCivilTime(absl::CivilDay(doc.dct));
  // The error, with where it is: the line around bytes [b, e), cut to
  // about 100 bytes either side.
  auto add = [&](TimexError err, int b, int e) {
    size_t from = doc.text.rfind('\n', b);
    from = from == std::string::npos ? 0 : from + 1;
    size_t to = doc.text.find('\n', e);
    if (to == std::string::npos) to = doc.text.size();
    if (b - static_cast<int>(from) > 100) from = b - 100;
    if (static_cast<int>(to) - e > 100) to = e + 100;
    err.doc = doc.name;
    err.dct = dct;
    err.context = doc.text.substr(from, to - from);
    errors->push_back(std::move(err));
  };
  for (const GoldTimex& g : doc.timexes) {
    const Timex* best = nullptr;
    int best_overlap = 0;
    bool strict = false;
    for (const Timex& s : system) {
      const int o = Overlap(g.begin, g.end, s.begin, s.end);
      if (o == 0) continue;
      const bool same = s.begin == g.begin && s.end == g.end;
      if (same || (!strict && o > best_overlap)) {
        best = &s;
        best_overlap = o;
        strict = strict || same;
      }
    }
    if (best == nullptr) {
      if (errors != nullptr) {
        add({text(g.begin, g.end), g.type, g.value, "", "", ""}, g.begin,
            g.end);
      }
      continue;
    }
    ++c.gold_relaxed;
    if (strict) ++c.gold_strict;
    if (best->type == g.type) ++c.type_match;
    if (best->value == g.value) {
      ++c.value_match;
    } else if (errors != nullptr) {
      add({text(g.begin, g.end), g.type, g.value, text(best->begin, best->end),
           best->type, best->value},
          g.begin, g.end);
    }
  }
  for (const Timex& s : system) {
    bool relaxed = false, strict = false;
    for (const GoldTimex& g : doc.timexes) {
      if (Overlap(g.begin, g.end, s.begin, s.end) == 0) continue;
      relaxed = true;
      strict = strict || (s.begin == g.begin && s.end == g.end);
    }
    if (relaxed) ++c.system_relaxed;
    if (strict) ++c.system_strict;
    if (!relaxed && errors != nullptr) {
      add({"", "", "", text(s.begin, s.end), s.type, s.value}, s.begin, s.end);
    }
  }
  return c;
}

std::vector<std::string> Corpora() { return {"TimeBank", "AQUAINT"}; }

absl::StatusOr<CorpusScore> ScoreCorpus(const std::string& eval_dir,
                                        const std::string& corpus) {
  absl::StatusOr<std::vector<TimeMLDoc>> docs =
      ReadTimeMLDir(absl::StrCat(eval_dir, "/timeml/", corpus));
  if (!docs.ok()) return docs.status();
  CorpusScore score;
  score.name = corpus;
  score.documents = static_cast<int>(docs->size());
  for (const TimeMLDoc& d : *docs) {
    score.counts.Add(
        ScoreDocument(d, FindTimexes(d.text, d.dct), &score.errors));
  }
  return score;
}

std::string FormatCounts(absl::string_view name, const TimexCounts& c) {
  return absl::StrFormat(
      "%s: gold %d, system %d\n"
      "  strict  P %.2f  R %.2f  F1 %.2f\n"
      "  relaxed P %.2f  R %.2f  F1 %.2f\n"
      "  type accuracy %.2f  value accuracy %.2f\n"
      "  value F1 (TE3) %.2f  type F1 %.2f\n",
      name, c.gold, c.system, 100 * c.strict_precision(),
      100 * c.strict_recall(), 100 * c.strict_f1(), 100 * c.relaxed_precision(),
      100 * c.relaxed_recall(), 100 * c.relaxed_f1(), 100 * c.type_accuracy(),
      100 * c.value_accuracy(), 100 * c.value_f1(),
      100 * c.type_accuracy() * c.relaxed_f1());
}

}  // namespace timeml
}  // namespace accord
