#include "engine/extract/time_attachment.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "engine/extract/time_owners.h"
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

namespace {

// The index of the sentence's TIME mention that gave `time`, the one
// nearest `near` (a document offset) when several did, or -1.
int MentionOf(const SentenceView& view, const Value& time, int near) {
  int best = -1;
  const std::vector<Mention>& mentions = view.mentions();
  for (int i = 0; i < static_cast<int>(mentions.size()); ++i) {
    const Mention& m = mentions[i];
    if (m.tag != "TIME" || m.value.surface() != time.surface() ||
        m.value.time().begin() != time.time().begin() ||
        m.value.time().end() != time.time().end()) {
      continue;
    }
    if (best < 0 ||
        std::abs(m.begin - near) < std::abs(mentions[best].begin - near)) {
      best = i;
    }
  }
  return best;
}

// The nearest of the sentence's TIME mentions `times` that dates the
// trigger at document range [begin, end), else the nearest that dates the
// whole sentence; -1 when none. Sets `*attachment` to where it stands.
int NearestOwn(const SentenceView& view, const TimeOwners& owners,
               const std::vector<int>& times, int begin, int end,
               TimeAttachment* attachment) {
  int best = -1;
  for (int m : times) {
    TimeAttachment a = owners.Attach(m, begin, end);
    if (a.scope() != TimeAttachment::TRIGGER &&
        a.scope() != TimeAttachment::SENTENCE) {
      continue;
    }
    const int distance = std::abs(view.mentions()[m].begin - begin);
    const bool better =
        best < 0 ||
        (a.scope() == TimeAttachment::TRIGGER &&
         attachment->scope() == TimeAttachment::SENTENCE) ||
        (a.scope() == attachment->scope() &&
         distance < std::abs(view.mentions()[best].begin - begin));
    if (better) {
      best = m;
      *attachment = std::move(a);
    }
  }
  return best;
}

// Sets claim `c`'s Claim.unstated_time to NearestOwn's; leaves it unset
// when there is none.
void SetUnstatedTime(const SentenceView& view, const TimeOwners& owners,
                     const std::vector<int>& times, Claim* c) {
  TimeAttachment a;
  if (NearestOwn(view, owners, times, c->trigger().begin(), c->trigger().end(),
                 &a) >= 0) {
    *c->mutable_unstated_time() = std::move(a);
  }
}

}  // namespace

void KeepOwnTimes(const SentenceView& view, const Lexicon& lexicon,
                  const std::vector<Claim*>& claims) {
  std::vector<int> times;  // the sentence's TIME mentions
  for (int i = 0; i < static_cast<int>(view.mentions().size()); ++i) {
    if (view.mentions()[i].tag == "TIME" &&
        view.mentions()[i].value.has_time()) {
      times.push_back(i);
    }
  }
  if (times.empty()) return;
  std::vector<std::pair<int, int>> triggers;
  for (const Claim* c : claims) {
    triggers.push_back({c->trigger().begin(), c->trigger().end()});
  }
  const TimeOwners owners(view, lexicon, triggers);
  for (Claim* c : claims) {
    const FrameSpec* frame = lexicon.Find(c->frame());
    bool declared = false;
    if (frame != nullptr) {
      for (const RoleSpec& r : frame->roles()) declared |= r.name() == "time";
    }
    if (!declared) {
      SetUnstatedTime(view, owners, times, c);
      continue;
    }
    auto* args = c->mutable_args();
    int arg = -1;  // the time argument
    for (int i = 0; i < args->size() && arg < 0; ++i) {
      if (args->Get(i).role() == "time" && args->Get(i).value().has_time()) {
        arg = i;
      }
    }
    const int begin = c->trigger().begin(), end = c->trigger().end();
    TimeAttachment stated;  // of the time the claim's rule or context gave
    if (arg < 0) {
      SetUnstatedTime(view, owners, times, c);
      continue;
    }
    {
      const int mention = MentionOf(view, args->Get(arg).value(), begin);
      if (mention < 0) continue;  // not a time of this sentence
      stated = owners.Attach(mention, begin, end);
      if (stated.scope() != TimeAttachment::OTHER_EVENT) {
        *c->mutable_time_attachment() = std::move(stated);
        continue;
      }
    }
    TimeAttachment best_attachment;
    const int best =
        NearestOwn(view, owners, times, begin, end, &best_attachment);
    if (arg >= 0) args->erase(args->begin() + arg);
    if (best >= 0) {
      Argument* a = c->add_args();
      a->set_role("time");
      *a->mutable_value() = view.mentions()[best].value;
      std::stable_sort(args->begin(), args->end(),
                       [](const Argument& x, const Argument& y) {
                         return x.role() < y.role();
                       });
      *c->mutable_time_attachment() = std::move(best_attachment);
    } else if (arg >= 0) {
      *c->mutable_time_attachment() = std::move(stated);
    }
  }
}

}  // namespace accord
