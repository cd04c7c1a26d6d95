// libFuzzer target: renders Markdown and HTML reports from fuzzed claim
// files. The bytes are parsed as a claim file (format picked by the first
// byte) through ParseClaimSet, so only what the reader accepts reaches the
// writers, as in `accord reconcile claims.json`; the claims are then laid out
// as facts of every status with one conflict between the first two, so
// every writer path that dereferences offsets, ids and names runs.
//
//   tools/fuzz/run.sh 60 report_render
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/io/claim_io.h"
#include "engine/reconcile/value_compare.h"
#include "engine/report/html_writer.h"
#include "engine/report/markdown_writer.h"
#include "fuzzer/FuzzedDataProvider.h"

namespace {

accord::Report Layout(const accord::ClaimSet& set) {
  accord::Report report;
  for (const accord::Document& d : set.documents()) {
    accord::SourceSummary* s = report.add_sources();
    *s->mutable_source() = d.source();
    s->add_doc_ids(d.id());
  }
  const accord::FactStatus statuses[] = {accord::CONFLICT, accord::CORROBORATED,
                                         accord::SINGLE_SOURCE};
  for (int i = 0; i < set.claims_size(); ++i) {
    const accord::Claim& c = set.claims(i);
    *report.add_claims() = c;
    accord::Fact* f = report.add_facts();
    f->set_id(c.id() + "#fact");
    f->set_frame(c.frame());
    f->set_status(statuses[i % 3]);
    f->add_source_ids(c.source_id());
    f->add_claim_ids(c.id());
    accord::Slot* slot = f->add_slots();
    for (const accord::Argument& a : c.args()) {
      slot->set_role(a.role());
      accord::Candidate* cand = slot->add_candidates();
      *cand->mutable_value() = a.value();
      cand->add_source_indexes(0);
    }
  }
  if (set.claims_size() >= 2) {
    accord::Conflict* conflict = report.add_conflicts();
    conflict->set_fact_id(report.facts(0).id());
    conflict->set_kind(accord::VALUE_MISMATCH);
    conflict->set_role("agent");
    for (int k = 0; k < 2; ++k) {
      accord::ConflictSide* side = conflict->add_sides();
      side->add_source_ids(set.claims(k).source_id());
      side->add_claim_ids(set.claims(k).id());
      if (set.claims(k).args_size() > 0) {
        *side->mutable_value() = set.claims(k).args(0).value();
      }
    }
  }
  report.mutable_stats()->set_claims(set.claims_size());
  report.mutable_stats()->set_documents(set.documents_size());
  return report;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const accord::ClaimFormat format = in.PickValueInArray(
      {accord::ClaimFormat::kBinary, accord::ClaimFormat::kText,
       accord::ClaimFormat::kJson});
  const std::string bytes = in.ConsumeRemainingBytesAsString();
  accord::ClaimFileLimits limits;
  limits.max_claims_per_document = 1000;
  auto set = accord::ParseClaimSet("fuzz", bytes, format, limits);
  if (!set.ok()) return 0;
  const accord::Report report = Layout(*set);
  const accord::ValueComparator cmp(nullptr);
  const std::vector<accord::Document> docs(set->documents().begin(),
                                           set->documents().end());
  const std::string md = accord::RenderMarkdown(report, cmp);
  const std::string html = accord::RenderHtml(report, docs, cmp);
  // Invariants: raw markup from the input never reaches either report.
  if (md.find("<script") != std::string::npos) __builtin_trap();
  if (html.find("<script") != std::string::npos) __builtin_trap();
  return 0;
}
