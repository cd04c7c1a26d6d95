// Argument typing, the first pass over a rule match: the trigger and one
// typed argument per named group of the match. A group's value comes from
// the mentions inside it whose tags the role accepts (a set of members for
// SET roles, the head mention otherwise), or from its words for text roles.
//
//   ArgumentTyper typer(&lexicon, &role_tags, &gazetteer, &count_cues, &forms);
//   ClaimDraft draft;
//   typer.Type(view, match, &draft);
#ifndef ACCORD_ENGINE_EXTRACT_ARGUMENT_TYPING_H_
#define ACCORD_ENGINE_EXTRACT_ARGUMENT_TYPING_H_

#include <vector>

#include "engine/annotate/gazetteer.h"
#include "engine/extract/claim_draft.h"
#include "engine/extract/count_cues.h"
#include "engine/extract/frame_forms.h"
#include "engine/extract/role_tags.h"
#include "engine/extract/sentence_view.h"
#include "engine/rules/lexicon.h"
#include "engine/rules/rule_set.h"
#include "proto/accord.pb.h"

namespace accord {

class ArgumentTyper {
 public:
  // Borrows every argument: they must outlive the typer.
  ArgumentTyper(const Lexicon* lexicon, const RoleTags* role_tags,
                const Gazetteer* gazetteer, const CountCues* count_cues,
                const FrameForms* forms);

  // Sets `draft`'s trigger to the match's first trigger group (the whole
  // match without one) and adds an argument for every other named group
  // that has a value, the first group of a role winning. A duration inside
  // a theme ("a 72-hour ceasefire") becomes the "duration" argument.
  // `match` must come from the view's tagged text; its role names must
  // outlive `draft`. Thread-safe.
  void Type(const SentenceView& view, const RuleMatch& match,
            ClaimDraft* draft) const;

 private:
  // The value of group `g`, false when it has none.
  bool GroupValue(const SentenceView& view, const FrameSpec& frame,
                  const RuleMatch::Group& g, ClaimDraft* draft,
                  Value* value) const;
  // Mentions inside `inside` that `role` of `frame` accepts.
  std::vector<int> Accepted(const SentenceView& view, const FrameSpec& frame,
                            absl::string_view role,
                            const std::vector<int>& inside) const;
  // A SET role's value: the members among `ok`.
  Value SetValue(const SentenceView& view, const std::vector<int>& ok) const;
  // Any other role's value: the head mention among `ok`.
  Value HeadValue(const SentenceView& view, absl::string_view role,
                  const std::vector<int>& ok) const;

  const Lexicon* lexicon_;
  const RoleTags* role_tags_;
  const Gazetteer* gazetteer_;
  const CountCues* count_cues_;
  const FrameForms* forms_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_ARGUMENT_TYPING_H_
