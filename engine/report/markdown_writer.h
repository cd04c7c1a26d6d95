// Renders a Report as Markdown for the terminal and chat: a summary line,
// conflicts first (each side with its sources and sentences), then
// corroborated facts, single-source claims, sources and errors.
//
//   std::string md = RenderMarkdown(report, comparator);
#ifndef ACCORD_ENGINE_REPORT_MARKDOWN_WRITER_H_
#define ACCORD_ENGINE_REPORT_MARKDOWN_WRITER_H_

#include <string>

#include "engine/reconcile/value_compare.h"
#include "engine/report/claim_index.h"
#include "proto/accord.pb.h"

namespace accord {

// Deterministic: the same report gives the same bytes. `comparator` renders
// values (entity names, dates).
std::string RenderMarkdown(const Report& report,
                           const ValueComparator& comparator);

// One line naming a fact: "VISIT · agent: Xi Jinping", escaped for Markdown.
// The key roles' values are taken from the fact's first claim, looked up in
// `claims` (an index of the fact's report).
std::string FactTitle(const Fact& fact, const ClaimIndex& claims,
                      const ValueComparator& comparator);

// The same title as plain, unescaped text (for writers that do their own
// escaping, such as the HTML report).
std::string FactTitleText(const Fact& fact, const ClaimIndex& claims,
                          const ValueComparator& comparator);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_MARKDOWN_WRITER_H_
