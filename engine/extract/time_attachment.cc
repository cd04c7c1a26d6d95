#include "engine/extract/time_attachment.h"

#include <string>

#include "re2/re2.h"

namespace accord {

void AttachTime(const SentenceView& view, const RuleMatch& match,
                bool has_time_tag, ClaimDraft* draft) {
  bool declared = false;
  for (const RoleSpec& r : match.frame->roles()) declared |= r.name() == "time";
  if (!declared || draft->filled.contains("time")) return;
  static const LazyRE2 kAfter = {
      "^,? (?:[a-z-]+ ){0,4}?(?:from |on |in |at |between |during |by "
      "|this |next |last )?⟦TIME#(\\d+)⟧"};
  static const LazyRE2 kInitial = {
      "^(?:[a-z]+ ){0,3}(?:in |on |at )?⟦TIME#(\\d+)⟧,"};
  const std::string& t = view.t();
  int index = -1;
  // Inside the match ("attend the May 9 parade"), right after it
  // ("travel to Moscow from May 7 to 10"), or opening the sentence.
  for (int i : view.tagged->MentionsIn(match.begin, match.end)) {
    if (view.mentions()[i].tag == "TIME" && index < 0) index = i;
  }
  const re2::StringPiece rest(t.data() + match.end, t.size() - match.end);
  // Both patterns need a TIME tag: most sentences have none.
  if (index < 0 && has_time_tag && !RE2::PartialMatch(rest, *kAfter, &index)) {
    RE2::PartialMatch(t, *kInitial, &index);
  }
  if (index >= 0 && index < static_cast<int>(view.mentions().size())) {
    draft->AddArg("time", view.mentions()[index].value);
  }
}

}  // namespace accord
