#include "engine/report/report_builder.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace accord {

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
    for (const std::string& id : f.source_ids()) {
      SourceSummary& s = source(id);
      s.set_shared_facts(s.shared_facts() + 1);
      if (f.status() != CONFLICT) s.set_agreeing_facts(s.agreeing_facts() + 1);
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
  for (auto& [id, s] : sources) *report.add_sources() = std::move(s);
  for (const DocumentError& e : errors) *report.add_errors() = e;

  RunStats* stats = report.mutable_stats();
  stats->set_documents(static_cast<int>(documents.size()));
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
    *report.add_conflicts() = std::move(c);
  }
  for (Conflict& c : alignment.updates) *report.add_updates() = std::move(c);
  report.mutable_facts()->Reserve(static_cast<int>(alignment.facts.size()));
  for (Fact& f : alignment.facts) *report.add_facts() = std::move(f);
  return report;
}

}  // namespace accord
