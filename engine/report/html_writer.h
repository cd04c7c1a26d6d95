// Renders a Report as one self-contained HTML page for editors: a summary
// line, conflicts first (each side with its sources and sentences, the
// disputed words highlighted), corroborated facts, single-source claims, a
// sources table, and at the bottom every article with its claim sentences
// highlighted. Each claim links to its sentence in the article (#anchor by
// claim id) and back to its fact. No network, inline CSS, no JavaScript; a
// Content-Security-Policy forbids scripts even if escaping failed.
//
//   Inputs in = pipeline.Load(paths);
//   std::string html = RenderHtml(pipeline.Reconcile(in), in.documents,
//                                 pipeline.comparator());
#ifndef ACCORD_ENGINE_REPORT_HTML_WRITER_H_
#define ACCORD_ENGINE_REPORT_HTML_WRITER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/reconcile/value_compare.h"
#include "proto/accord.pb.h"

namespace accord {

// Deterministic: the same inputs give the same bytes. Every string taken
// from the report or the documents is untrusted and escaped; the page is
// valid UTF-8 whatever the input bytes. `documents` are the articles the
// claims point into (Inputs::documents, or a ClaimSet's documents); claims
// whose document is missing, or whose offsets fall outside it, are still
// listed but not linked. `comparator` renders values (entity names, dates).
std::string RenderHtml(const Report& report,
                       const std::vector<Document>& documents,
                       const ValueComparator& comparator);

// Escapes untrusted `text` for HTML text and quoted attribute values:
// & < > " ' become character references; ill-formed UTF-8 and C0/C1
// control characters other than tab and newline become U+FFFD; invisible
// bidirectional controls (U+202A..U+202E, U+2066..U+2069) become a visible
// "[U+202E]" marker so they cannot reorder the page's text.
std::string HtmlEscape(absl::string_view text);

// As HtmlEscape, for a double-quoted attribute value: the bidi marker is
// plain text (no markup inside attributes).
std::string HtmlAttr(absl::string_view text);

// An HTML id for `name` made only of [A-Za-z0-9-] and "_XX" hex escapes:
// distinct names give distinct ids. `prefix` is prepended unescaped.
std::string HtmlId(absl::string_view prefix, absl::string_view name);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_HTML_WRITER_H_
