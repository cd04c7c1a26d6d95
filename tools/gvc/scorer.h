// Scores accord's casualty counts on the Gun Violence Archive incidents: runs
// the pipeline `accord reconcile` runs on each incident's articles (with their
// .txt.meta sidecars) and compares the best-supported KILL and INJURE counts
// with GVA's figures. Definitions: docs/gvc.md.
//
//   auto incidents = ReadGvc(eval_dir);
//   absl::StatusOr<IncidentResult> r = RunIncident(*extractor,
//   (*incidents)[0]); std::cout << FormatScore(r->score);
#ifndef ACCORD_TOOLS_GVC_SCORER_H_
#define ACCORD_TOOLS_GVC_SCORER_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/extract/extractor.h"
#include "engine/pipeline/pipeline.h"
#include "proto/accord.pb.h"
#include "tools/gvc/gold.h"

namespace accord {
namespace gvc {

// One count value a report gives for a figure, pooled over the facts of the
// frames that state it.
struct CountCandidate {
  long long value = 0;
  // Independent sources whose statement the value satisfies (an exact
  // number, or a bound such as "at least 2" that contains it): distinct
  // outlets (Source.name, else Source.id) with sources the report marks as
  // dependent merged.
  int sources = 0;
  int claims = 0;
};

// The count candidates of the facts of `frames` in `report` (the killed
// figure is stated by every frame of a death, "killed" and "died" alike:
// count_cues' death_frames), best-supported first. The candidates are the
// numbers those facts state exactly (the bounds' own numbers when none is
// exact); each is supported by every statement it satisfies. Order: most
// independent sources, then most claims, then the larger value (casualty
// figures grow as victims die of their wounds, never shrink). Empty when no
// fact of `frames` has a count. Facts whose ids are in `totals` are skipped:
// they state totals over several events or a period (TotalFacts), no figure of
// the incident.
std::vector<CountCandidate> CountCandidates(
    const Report& report, const std::set<std::string>& frames,
    const std::set<std::string>& totals = {});

// The ids of the facts of `report` whose every claim states a total over
// several events or a period ("14 hurt in 17 shootings", "shot citywide";
// EventAnchor::total, from the same anchors the pipeline aligned with) or
// an event that did not happen (the episode ControlComplements gives an
// unrealized event: "threatened to kill", "did not mean to hurt his
// father"): `inputs` are the run's documents and claims, `lexicon` the
// extractor's.
std::set<std::string> TotalFacts(const Report& report, const Inputs& inputs,
                                 const Lexicon& lexicon);

// The score of one incident or the sum over many (micro-averaged).
struct GvcScore {
  std::string name;
  int incidents = 0;
  int documents = 0;
  int claims = 0;
  // Every flagged conflict, confident and possible; of those, the possible
  // ones (Report.possible_conflicts, below the confidence threshold).
  int conflicts = 0;
  int possible_conflicts = 0;
  // Per frame: incidents where a count is given; of those, incidents whose
  // best-supported count equals the gold; incidents whose gold is > 0, and
  // of those, incidents where a count is given.
  struct Frame {
    int given = 0;
    int correct = 0;
    int gold_positive = 0;
    int given_gold_positive = 0;

    double accuracy() const {
      return given == 0 ? 0.0 : static_cast<double>(correct) / given;
    }
    double coverage() const {
      return gold_positive == 0
                 ? 0.0
                 : static_cast<double>(given_gold_positive) / gold_positive;
    }
    void Add(const Frame& o);
  };
  Frame kill;
  Frame injure;

  double conflicts_per_incident() const {
    return incidents == 0 ? 0.0 : static_cast<double>(conflicts) / incidents;
  }
  double confident_per_incident() const {
    return incidents == 0
               ? 0.0
               : static_cast<double>(conflicts - possible_conflicts) /
                     incidents;
  }
  double possible_per_incident() const {
    return incidents == 0 ? 0.0
                          : static_cast<double>(possible_conflicts) / incidents;
  }
  void Add(const GvcScore& other);
};

// What the pipeline produced for one incident and how it scored.
struct IncidentResult {
  GvcIncident gold;
  GvcScore score;
  Inputs inputs;
  Report report;
  std::set<std::string> totals;  // TotalFacts(report, ...)
  // The frames that state GVA's killed figure: the extractor's death frames
  // (counts.textproto's death_frames; RunIncident sets them).
  std::set<std::string> death_frames = {"KILL"};
  std::vector<CountCandidate> kill;    // CountCandidates(report, death_frames)
  std::vector<CountCandidate> injure;  // CountCandidates(report, {"INJURE"})
};

// Fills result->score, kill and injure from result->report and its gold.
void ScoreIncident(IncidentResult* result);

// Loads the incident's articles with accord's pipeline (sidecars included),
// reconciles them and scores the result. `options` as `accord reconcile`
// builds them (jobs only changes speed). An article that cannot be read is an
// error naming it.
absl::StatusOr<IncidentResult> RunIncident(const Extractor& extractor,
                                           const GvcIncident& gold,
                                           const PipelineOptions& options);

// "overall  incidents 150  docs 470  claims 5000  conflicts 1.28/inc  KILL
// given 80 correct 40 (0.500) coverage 70/100 (0.700)  INJURE ...".
std::string FormatScore(const GvcScore& s);

// For --show: the gold, each frame's candidates, and every conflict with its
// sides' sentences.
std::string FormatDetails(const IncidentResult& r);

}  // namespace gvc
}  // namespace accord

#endif  // ACCORD_TOOLS_GVC_SCORER_H_
