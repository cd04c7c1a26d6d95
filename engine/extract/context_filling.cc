#include "engine/extract/context_filling.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/data/english.h"
#include "engine/extract/role_tags.h"
#include "re2/re2.h"

namespace accord {
namespace {

bool Is(absl::string_view s, absl::string_view literal) { return s == literal; }

// The nearest person before `match_doc` (a document offset), or a country
// or demonym followed by an office ("Russia's president"); else null.
const Mention* NearestPersonBefore(const SentenceView& view, int match_doc) {
  static const RE2* const kOffice = [] {
    const EnglishWordsFile& w = English::Default().words();
    return new RE2(
        absl::StrCat("^(?:'s?)? (?:", English::Alternation(w.person_offices()),
                     "|", English::Alternation(w.speaking_bodies()), ")\\b"));
  }();
  const std::string& t = view.t();
  const Mention* pick = nullptr;
  for (size_t k = 0; k < view.mentions().size(); ++k) {
    const Mention& mention = view.mentions()[k];
    if (mention.begin >= match_doc) break;
    if (mention.value.entity_id().empty()) continue;
    const bool person = Is(mention.tag, "PER") || Is(mention.tag, "PRO");
    const int tag_end = view.tagged->TagEnd(static_cast<int>(k));
    const bool office =
        (Is(mention.tag, "GPE") || Is(mention.tag, "DEM")) &&
        RE2::PartialMatch(
            re2::StringPiece(t.data() + tag_end, t.size() - tag_end), *kOffice);
    if (person || office) pick = &mention;
  }
  return pick;
}

}  // namespace

DocumentContext::DocumentContext(
    const std::vector<AnnotatedSentence>* sentences)
    : sentences_(sentences) {
  for (size_t p = 0; p < sentences->size(); ++p) {
    const AnnotatedSentence& s = (*sentences)[p];
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      if (!absl::StartsWith(s.mentions[m].value.entity_id(), "@")) {
        entries_.push_back({s.index, static_cast<int>(p), static_cast<int>(m)});
      }
    }
  }
}

const Mention& DocumentContext::MentionOf(const Entry& e) const {
  return (*sentences_)[e.position].mentions[e.mention];
}

std::string DocumentContext::LatestUpTo(absl::string_view tag,
                                        int sentence) const {
  std::string latest;
  for (const Entry& e : entries_) {
    if (e.sentence_index <= sentence && MentionOf(e).tag == tag) {
      latest = MentionOf(e).value.entity_id();
    }
  }
  return latest;
}

const std::string* DocumentContext::FirstFrom(absl::string_view tag,
                                              int sentence) const {
  for (const Entry& e : entries_) {
    if (e.sentence_index >= sentence && MentionOf(e).tag == tag) {
      return &MentionOf(e).value.entity_id();
    }
  }
  return nullptr;
}

ContextFiller::ContextFiller(const Gazetteer* gazetteer)
    : gazetteer_(gazetteer) {}

Attribution ContextFiller::SentenceAttribution(
    const SentenceView& view, const std::vector<RuleMatch>& matches) const {
  Attribution attribution;
  for (const RuleMatch& m : matches) {
    if (!Is(m.frame->name(), "ATTRIBUTION")) continue;
    for (const RuleMatch::Group& g : m.groups) {
      if (Is(g.role, "speaker") && attribution.speaker().empty()) {
        for (int i : view.tagged->MentionsIn(g.begin, g.end)) {
          if (IsActorTag(view.mentions()[i].tag)) {
            attribution.set_speaker(
                gazetteer_->ActorId(view.mentions()[i].value.entity_id()));
          }
        }
      } else if (absl::StartsWith(g.role, "trigger")) {
        attribution.set_cue(view.t().substr(g.begin, g.end - g.begin));
      }
    }
  }
  return attribution;
}

void ContextFiller::FillSubject(const SentenceView& view,
                                const RuleMatch& match,
                                ClaimDraft* draft) const {
  const FrameSpec& frame = *match.frame;
  if (!match.subject_from_sentence || frame.subject_role().empty() ||
      draft->filled.contains(frame.subject_role())) {
    return;
  }
  const int match_doc = view.tagged->DocOffset(match.begin);
  const Mention* pick = NearestPersonBefore(view, match_doc);
  if (pick == nullptr) {
    for (const Mention& mention : view.mentions()) {
      if (mention.begin >= match_doc) break;
      if (IsActorTag(mention.tag) && !mention.value.entity_id().empty()) {
        pick = &mention;
        break;
      }
    }
  }
  if (pick != nullptr)
    draft->AddArg(frame.subject_role(), EntityValueOf(*pick));
}

void ContextFiller::FillContextRole(const SentenceView& view,
                                    const RuleMatch& match,
                                    const DocumentContext& context,
                                    ClaimDraft* draft) const {
  const std::string& role = match.context_role;
  if (role.empty() || draft->filled.contains(role)) return;
  const Mention* pick = nullptr;
  for (const Mention& mention : view.mentions()) {
    if (mention.tag == match.context_tag &&
        !absl::StartsWith(mention.value.entity_id(), "@")) {
      pick = &mention;
    }
  }
  if (pick != nullptr) {
    draft->AddArg(role, EntityValueOf(*pick));
    return;
  }
  std::string latest =
      context.LatestUpTo(match.context_tag, view.sentence->index);
  if (!latest.empty()) {
    Value value;
    value.set_entity_id(std::move(latest));
    draft->AddArg(role, std::move(value));
  }
}

}  // namespace accord
