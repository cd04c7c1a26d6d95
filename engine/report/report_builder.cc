#include "engine/report/report_builder.h"

#include <algorithm>

namespace accord {

Report BuildReport(const std::vector<Document>& documents,
                   const std::vector<Claim>& claims, const Alignment& alignment,
                   const std::vector<DocumentError>& errors,
                   const std::vector<Dependence>& dependencies) {
  Report report;
  std::map<std::string, SourceSummary> sources;
  for (const Document& d : documents) {
    SourceSummary& s = sources[d.source().id()];
    *s.mutable_source() = d.source();
    s.add_doc_ids(d.id());
  }
  for (const Claim& c : claims) {
    SourceSummary& s = sources[c.source_id()];
    if (s.source().id().empty()) {
      s.mutable_source()->set_id(c.source_id());
      s.mutable_source()->set_name(c.source_id());
    }
    s.set_claims(s.claims() + 1);
  }
  for (const Fact& f : alignment.facts) {
    if (f.source_ids_size() < 2) continue;
    for (const std::string& id : f.source_ids()) {
      SourceSummary& s = sources[id];
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
  for (const Conflict& c : alignment.conflicts) *report.add_conflicts() = c;
  for (const Fact& f : alignment.facts) *report.add_facts() = f;
  for (const DocumentError& e : errors) *report.add_errors() = e;

  RunStats* stats = report.mutable_stats();
  stats->set_documents(static_cast<int>(documents.size()));
  stats->set_claims(static_cast<int>(claims.size()));
  stats->set_facts(static_cast<int>(alignment.facts.size()));
  stats->set_conflicts(static_cast<int>(alignment.conflicts.size()));
  for (const Fact& f : alignment.facts) {
    if (f.status() == CORROBORATED) {
      stats->set_corroborated(stats->corroborated() + 1);
    }
    if (f.status() == SINGLE_SOURCE) {
      stats->set_single_source(stats->single_source() + 1);
    }
  }
  return report;
}

}  // namespace accord
