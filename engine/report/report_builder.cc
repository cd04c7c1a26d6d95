#include "engine/report/report_builder.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace accord {
namespace {

// "VISIT: agent Xi Jinping; destination Moscow; time [disputed]".
std::string Summarize(const Fact& f) {
  std::string out = f.frame();
  const char* sep = ": ";
  for (const Slot& slot : f.slots()) {
    if (slot.candidates_size() == 0) continue;
    std::string value;
    if (slot.agreement() == CONFLICTING) {
      value = "[disputed]";
    } else {
      const Value& v = slot.candidates(0).value();
      value = !v.surface().empty()
                  ? v.surface()
                  : (v.has_entity_id() ? v.entity_id() : v.text());
    }
    if (value.empty()) continue;
    absl::StrAppend(&out, sep, slot.role(), " ", value);
    sep = "; ";
  }
  return out;
}

// Whether source `i` of `f` has company: on every disputed role, each value
// it gives is given by another source too. A source on the majority side of
// a conflict agrees; one alone against the others does not.
bool AgreesWithAnother(const Fact& f, int i) {
  if (f.status() != CONFLICT) return true;
  for (const Slot& slot : f.slots()) {
    if (slot.agreement() != CONFLICTING) continue;
    for (const Candidate& cand : slot.candidates()) {
      const auto& idx = cand.source_indexes();
      if (std::find(idx.begin(), idx.end(), i) == idx.end()) continue;
      if (idx.size() < 2) return false;
    }
  }
  return true;
}

// Names each side's sources and copies its claims' sentences in.
void FillSides(
    const absl::flat_hash_map<absl::string_view, const Claim*>& claims,
    const std::map<std::string, std::string>& names, Conflict* c) {
  for (ConflictSide& side : *c->mutable_sides()) {
    side.clear_source_names();
    for (const std::string& id : side.source_ids()) {
      auto it = names.find(id);
      side.add_source_names(it != names.end() ? it->second : id);
    }
    side.clear_sentences();
    for (const std::string& id : side.claim_ids()) {
      auto it = claims.find(id);
      if (it != claims.end()) {
        *side.add_sentences() = it->second->sentence();
      } else {
        side.add_sentences();  // keeps sentences(i) beside claim_ids(i)
      }
    }
  }
}

}  // namespace

Report BuildReport(const std::vector<Document>& documents,
                   std::vector<Claim> claims, Alignment alignment,
                   const std::vector<DocumentError>& errors,
                   const std::vector<Dependence>& dependencies) {
  Report report;
  std::map<std::string, SourceSummary> sources;
  for (const Document& d : documents) {
    SourceSummary& s = sources[d.source().id()];
    *s.mutable_source() = d.source();
    s.add_doc_ids(d.id());
  }
  // A hash index over the ordered map: one lookup per claim and per fact
  // source instead of a tree walk of string comparisons (map nodes do not
  // move, so the pointers stay valid).
  absl::flat_hash_map<absl::string_view, SourceSummary*> index;
  auto source = [&](const std::string& id) -> SourceSummary& {
    auto it = index.find(id);
    if (it != index.end()) return *it->second;
    auto node = sources.emplace(id, SourceSummary()).first;
    index.emplace(node->first, &node->second);
    return node->second;
  };
  // One pass over the claims counts them per source and checks their order
  // (below). At 10^6 claims it waits on memory: each claim's source and id
  // are separate heap strings, so they are asked for a few claims ahead.
  auto by_id = [](const Claim& a, const Claim& b) { return a.id() < b.id(); };
  bool sorted = true;
  for (size_t i = 0; i < claims.size(); ++i) {
    constexpr size_t kAhead = 8;
    if (i + 2 * kAhead < claims.size()) {
      __builtin_prefetch(&claims[i + 2 * kAhead].source_id());
      __builtin_prefetch(&claims[i + 2 * kAhead].id());
    }
    if (i + kAhead < claims.size()) {
      __builtin_prefetch(claims[i + kAhead].source_id().data());
      __builtin_prefetch(claims[i + kAhead].id().data());
    }
    const Claim& c = claims[i];
    if (sorted && i > 0 && by_id(c, claims[i - 1])) sorted = false;
    SourceSummary& s = source(c.source_id());
    if (s.source().id().empty()) {
      s.mutable_source()->set_id(c.source_id());
      s.mutable_source()->set_name(c.source_id());
    }
    s.set_claims(s.claims() + 1);
  }
  for (const Fact& f : alignment.facts) {
    if (f.source_ids_size() < 2) continue;
    for (int i = 0; i < f.source_ids_size(); ++i) {
      SourceSummary& s = source(f.source_ids(i));
      s.set_shared_facts(s.shared_facts() + 1);
      if (AgreesWithAnother(f, i)) {
        s.set_agreeing_facts(s.agreeing_facts() + 1);
      }
    }
  }
  std::map<std::string, std::set<std::string>> depends;
  for (const Dependence& d : dependencies) {
    depends[d.source_a()].insert(d.source_b());
    depends[d.source_b()].insert(d.source_a());
    *report.add_dependencies() = d;
  }
  for (const auto& [id, others] : depends) {
    auto it = sources.find(id);
    if (it == sources.end()) continue;
    for (const std::string& o : others) it->second.add_depends_on(o);
  }
  std::map<std::string, std::string> names;
  for (const auto& [id, s] : sources) {
    names[id] = s.source().name().empty() ? id : s.source().name();
  }
  for (auto& [id, s] : sources) *report.add_sources() = std::move(s);
  for (const DocumentError& e : errors) *report.add_errors() = e;

  RunStats* stats = report.mutable_stats();
  stats->set_documents(static_cast<int>(documents.size()));
  report.set_schema_version(kReportSchemaVersion);
  int sentences = 0;
  for (const Document& d : documents) {
    sentences += d.sentences();
    DocumentSummary* out = report.add_documents();
    out->set_id(d.id());
    out->set_source_id(d.source().id());
    out->set_source_name(d.source().name().empty() ? d.source().id()
                                                   : d.source().name());
    out->set_url(d.source().url());
    out->set_published(d.published());
    out->set_title(d.title());
    out->set_path(d.path());
    out->set_sentences(d.sentences());
    *out->mutable_removed() = d.removed();
  }
  stats->set_sentences(sentences);
  stats->set_claims(static_cast<int>(claims.size()));
  stats->set_facts(static_cast<int>(alignment.facts.size()));
  stats->set_conflicts(static_cast<int>(alignment.conflicts.size()));
  stats->set_updates(static_cast<int>(alignment.updates.size()));
  for (const Fact& f : alignment.facts) {
    if (f.status() == CORROBORATED) {
      stats->set_corroborated(stats->corroborated() + 1);
    }
    if (f.status() == SINGLE_SOURCE) {
      stats->set_single_source(stats->single_source() + 1);
    }
  }

  // Moved, not copied: a moved-from message hands over its fields.
  if (!sorted) std::stable_sort(claims.begin(), claims.end(), by_id);
  report.mutable_claims()->Reserve(static_cast<int>(claims.size()));
  for (Claim& c : claims) *report.add_claims() = std::move(c);
  std::vector<Claim>().swap(claims);
  report.mutable_conflicts()->Reserve(
      static_cast<int>(alignment.conflicts.size()));
  for (Conflict& c : alignment.conflicts) {
    // No side is preferred until a truth-discovery method weighs them.
    c.set_preferred_side(-1);
    *report.add_conflicts() = std::move(c);
  }
  for (Conflict& c : alignment.updates) *report.add_updates() = std::move(c);
  report.mutable_facts()->Reserve(static_cast<int>(alignment.facts.size()));
  for (Fact& f : alignment.facts) {
    if (f.summary().empty()) f.set_summary(Summarize(f));
    *report.add_facts() = std::move(f);
  }
  // Claims sit still in report.claims now; the first of equal ids wins.
  absl::flat_hash_map<absl::string_view, const Claim*> by_claim;
  by_claim.reserve(report.claims_size());
  for (const Claim& c : report.claims()) by_claim.emplace(c.id(), &c);
  for (Conflict& c : *report.mutable_conflicts())
    FillSides(by_claim, names, &c);
  for (Conflict& c : *report.mutable_updates()) FillSides(by_claim, names, &c);
  return report;
}

}  // namespace accord
