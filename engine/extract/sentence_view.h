// One annotated sentence as the extraction passes see it: the document, its
// text, the sentence's mentions, its tagged rendering and that rendering's
// tokens, with the mapping from tagged-text offsets back to document spans.
//
//   const SentenceView view{&doc, doc.text(), &sentence, &tagged};
//   Span trigger = view.SpanOf(begin, end);
//   for (const TaggedToken& tok : view.tokens()) ...
#ifndef ACCORD_ENGINE_EXTRACT_SENTENCE_VIEW_H_
#define ACCORD_ENGINE_EXTRACT_SENTENCE_VIEW_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/annotate/mention.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/rules/tagged_sentence.h"
#include "proto/accord.pb.h"

namespace accord {

// Borrows everything: the pointees must outlive the view. Thread-compatible
// (tokens() fills a cache on first use, so one view is read by one thread).
struct SentenceView {
  const Document* doc;
  absl::string_view text;  // the document's text
  const AnnotatedSentence* sentence;
  const TaggedSentence* tagged;

  // The tagged text (lower-cased words and mention tags).
  const std::string& t() const { return tagged->text(); }
  const std::vector<Mention>& mentions() const { return sentence->mentions; }

  // The tokens of t() (engine/extract/tagged_tokens.h), read on first use
  // and kept, so the passes that read the sentence word by word share one
  // tokenization. The views point into t().
  const std::vector<TaggedToken>& tokens() const {
    if (!token_cache.has_value()) token_cache = TokenizeTagged(t());
    return *token_cache;
  }

  // The document span of tagged-text bytes [b, e), with its original text.
  Span SpanOf(int b, int e) const {
    Span span;
    span.set_doc_id(doc->id());
    span.set_begin(tagged->DocOffset(b));
    span.set_end(tagged->DocOffset(e));
    span.set_text(
        std::string(text.substr(span.begin(), span.end() - span.begin())));
    return span;
  }

  // tokens(), once read; empty until then.
  mutable std::optional<std::vector<TaggedToken>> token_cache;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_SENTENCE_VIEW_H_
