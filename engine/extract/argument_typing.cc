#include "engine/extract/argument_typing.h"

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/data/english.h"
#include "engine/extract/elided_ages.h"
#include "engine/extract/enumerated_counts.h"
#include "engine/extract/relation_counts.h"
#include "engine/extract/role_tags.h"
#include "engine/text/fold.h"
#include "re2/re2.h"

namespace accord {
namespace {

bool Is(absl::string_view s, absl::string_view literal) { return s == literal; }

// A theme's words start at its determiner ("a 30-day ceasefire", not
// "responded that a 30-day ceasefire"): the start of group `g`'s surface.
int SurfaceBegin(const std::string& t, const RuleMatch::Group& g) {
  int from = g.begin;
  if (!Is(g.role, "theme")) return from;
  static const LazyRE2 kDet = {
      "\\b(?:a|an|the|its|his|her|their|this|that|these|those|"
      "several|numerous|multiple|some|any) "};
  re2::StringPiece group(t.data() + g.begin, g.end - g.begin);
  const re2::StringPiece whole = group;
  while (RE2::FindAndConsume(&group, *kDet)) {
    // Back up over the determiner itself.
    re2::StringPiece probe(whole.data(), group.data() - whole.data());
    size_t sp = probe.size() >= 2 ? probe.rfind(' ', probe.size() - 2)
                                  : re2::StringPiece::npos;
    from = g.begin + (sp == re2::StringPiece::npos ? 0 : sp + 1);
  }
  return from;
}

// A text role's value: the quote inside the group, else its words, folded.
Value TextValue(const SentenceView& view, const RuleMatch::Group& g,
                const std::vector<int>& inside) {
  Value value;
  bool quoted = false;
  for (int i : inside) {
    if (Is(view.mentions()[i].tag, "QUOTE")) {
      value.set_text(FoldText(view.mentions()[i].value.text()));
      quoted = true;
    }
  }
  if (!quoted) value.set_text(FoldText(view.SpanOf(g.begin, g.end).text()));
  return value;
}

}  // namespace

ArgumentTyper::ArgumentTyper(const Lexicon* lexicon, const RoleTags* role_tags,
                             const Gazetteer* gazetteer,
                             const CountCues* count_cues,
                             const FrameForms* forms)
    : lexicon_(lexicon),
      role_tags_(role_tags),
      gazetteer_(gazetteer),
      count_cues_(count_cues),
      forms_(forms) {}

void ArgumentTyper::Type(const SentenceView& view, const RuleMatch& m,
                         ClaimDraft* draft) const {
  draft->trigger_begin = m.begin;
  draft->trigger_end = m.end;
  bool have_trigger = false;
  for (const RuleMatch::Group& g : m.groups) {
    if (absl::StartsWith(g.role, "trigger")) {
      if (!have_trigger) {
        draft->trigger_begin = g.begin;
        draft->trigger_end = g.end;
        have_trigger = true;
      }
      continue;
    }
    if (draft->filled.contains(g.role)) continue;
    Value value;
    if (!GroupValue(view, *m.frame, g, draft, &value)) continue;
    value.set_surface(view.SpanOf(SurfaceBegin(view.t(), g), g.end).text());
    draft->AddArg(g.role, std::move(value));
  }
}

bool ArgumentTyper::GroupValue(const SentenceView& view, const FrameSpec& frame,
                               const RuleMatch::Group& g, ClaimDraft* draft,
                               Value* value) const {
  const std::vector<int> inside = view.tagged->MentionsIn(g.begin, g.end);
  if (role_tags_->IsText(frame, g.role)) {
    *value = TextValue(view, g, inside);
    return true;
  }
  const std::vector<int> ok = Accepted(view, frame, g.role, inside);
  if (ok.empty()) return false;
  if (lexicon_->KindOf(frame, g.role) == SET) {
    *value = SetValue(view, ok);
  } else {
    *value = HeadValue(view, g.role, ok);
  }
  // A duration inside a theme ("a 72-hour ceasefire") is the theme's
  // length.
  if (Is(g.role, "theme") && !draft->filled.contains("duration")) {
    for (int i : inside) {
      if (Is(view.mentions()[i].tag, "DUR")) {
        draft->AddArg("duration", view.mentions()[i].value);
        break;
      }
    }
  }
  return true;
}

std::vector<int> ArgumentTyper::Accepted(const SentenceView& view,
                                         const FrameSpec& frame,
                                         absl::string_view role,
                                         const std::vector<int>& inside) const {
  const std::vector<std::string>& tags = role_tags_->TagsFor(frame, role);
  std::vector<int> ok;
  for (int i : inside) {
    if (std::find(tags.begin(), tags.end(), view.mentions()[i].tag) !=
        tags.end()) {
      ok.push_back(i);
    }
  }
  // A number that states an age is not a count ("Lee, 9, was shot";
  // "killing a 20-year-old"), nor is "one" in "no one", nor a part of a
  // group counted before ("including two women"), nor the relatives
  // that describe a person ("a father of four"), nor an age whose marker
  // a coordination left out ("one age 21 and the other 28").
  if (Is(role, "count")) {
    const TaggedSentence& tagged = *view.tagged;
    ok.erase(
        std::remove_if(ok.begin(), ok.end(),
                       [&](int i) {
                         return count_cues_->IsAge(tagged, i, frame.name()) ||
                                IsRelationCount(tagged, i) ||
                                IsElidedAge(*count_cues_, tagged, i) ||
                                count_cues_->IsDenied(tagged, i) ||
                                count_cues_->IsSubset(tagged, i) ||
                                count_cues_->IsFrequency(
                                    tagged, i,
                                    view.mentions()[i].value.quantity().unit());
                       }),
        ok.end());
  }
  return ok;
}

Value ArgumentTyper::SetValue(const SentenceView& view,
                              const std::vector<int>& ok) const {
  // Members: people and places named in the enumeration; a demonym only
  // when it is the whole member. A country that titles a named person
  // ("Kyrgyzstan's president, Sadyr Japarov") is not a member of its own.
  static const RE2* const kTitles = new RE2(absl::StrCat(
      "^(?:'s?)? (?:[a-z-]+ ){0,2}?(?:",
      English::Alternation(English::Default().words().person_offices()),
      "),? ⟦(?:PER|PRO)#"));
  const std::string& t = view.t();
  std::vector<int> members;
  for (int i : ok) {
    if (Is(view.mentions()[i].tag, "DEM")) continue;
    const int tag_end = view.tagged->TagEnd(i);
    if (Is(view.mentions()[i].tag, "GPE") &&
        RE2::PartialMatch(
            re2::StringPiece(t.data() + tag_end, t.size() - tag_end),
            *kTitles)) {
      continue;
    }
    members.push_back(i);
  }
  if (members.empty()) members = ok;
  if (members.size() == 1) return EntityValueOf(view.mentions()[members[0]]);
  Value value;
  std::set<std::string> ids;
  for (int i : members) {
    Value member = EntityValueOf(view.mentions()[i]);
    member.set_entity_id(gazetteer_->ActorId(member.entity_id()));
    if (ids.insert(member.entity_id()).second) {
      *value.mutable_set()->add_members() = member;
    }
  }
  return value;
}

Value ArgumentTyper::HeadValue(const SentenceView& view, absl::string_view role,
                               const std::vector<int>& ok) const {
  // The head: for actors the last person named ("his Russian counterpart
  // Vladimir Putin"), for others the first fit.
  const std::vector<Mention>& mentions = view.mentions();
  int head = ok.front();
  const std::string& first_tag = mentions[head].tag;
  if (IsActorTag(first_tag) || Is(first_tag, "DEM")) {
    int best = -1, best_rank = 99;
    for (int i : ok) {
      const std::string& tag = mentions[i].tag;
      const int rank = (Is(tag, "PER") || Is(tag, "PRO")) ? 0
                       : Is(tag, "ORG")                   ? 1
                       : Is(tag, "GPE")                   ? 2
                                                          : 3;
      if (rank <= best_rank) {
        best = i;
        best_rank = rank;
      }
    }
    head = best;
  } else if (Is(role, "of")) {
    for (int i : ok) {
      if (Is(mentions[i].tag, "HIS")) {
        head = i;
        break;
      }
    }
  }
  const Mention& hm = mentions[head];
  Value value = IsEntityTag(hm.tag) ? EntityValueOf(hm) : hm.value;
  if (Is(role, "count")) {
    AddEnumeratedCounts(
        *view.tagged, *view.sentence, head, *count_cues_,
        [this](absl::string_view w) {
          return count_cues_->IsClauseWord(w) || forms_->IsAnyVerbForm(w);
        },
        &value);
    // "five others", "three other men": besides someone told before, so at
    // least that many in all.
    if (value.has_quantity() &&
        count_cues_->IsOthers(*view.tagged, head, hm.value.surface())) {
      value.mutable_quantity()->set_high(
          std::numeric_limits<double>::infinity());
    }
  }
  return value;
}

}  // namespace accord
