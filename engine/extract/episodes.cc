#include "engine/extract/episodes.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/data/english.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/wordnet/word_senses.h"
#include "re2/re2.h"

namespace accord {
namespace {

// Whether the event whose trigger starts at the end of `before` (the tagged
// text up to the trigger) is told in the past perfect ("had captured",
// "had earlier been fired on"): news tells its main event in the simple
// past and places an earlier one, told for background, before it.
// Adverbials that date an event back ("last year", "months ago") are not
// used: they mark the story's main event too when it is a trial or an
// anniversary of what happened, and only some outlets write them.
bool IsPastPerfect(absl::string_view before) {
  static const LazyRE2 kPastPerfect = {
      "\\bhad(?: (?:been|also|already|just|earlier|previously|once|twice|"
      "allegedly|reportedly|[a-z]+ly))* $"};
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()),
                           *kPastPerfect);
}

// "a second", "the third": the ordinal mention `re` captures in `text` is
// 2 or more (the annotator tags the ordinal; "the first" may be the main
// event).
bool LaterOrdinal(re2::StringPiece text, const RE2& re,
                  const std::vector<Mention>& mentions) {
  int index = -1;
  return RE2::PartialMatch(text, re, &index) && index >= 0 &&
         index < static_cast<int>(mentions.size()) &&
         mentions[index].value.ordinal() >= 2;
}

// Whether `before` opens on an additive preposition (english.textproto
// `additive_openers`) whose phrase, up to a comma before the trigger, is
// headed by an event noun: "in addition to ⟦TIME#0⟧'s shooting of ⟦NUM#1⟧
// women, a woman was ". The head is an event noun at the phrase's end or
// before a preposition or a tag ("the shooting on ⟦TIME#2⟧"), so "in
// addition to the shooting victim, ..." (a person) adds no event.
bool AdditiveOpener(
    absl::string_view before,
    const std::function<bool(absl::string_view)>& is_event_noun) {
  const EnglishWordsFile& w = English::Default().words();
  if (w.additive_openers().empty()) return false;
  static const RE2* const kOpener = new RE2(absl::StrCat(
      "^(?:", English::Alternation(w.additive_openers()), ") ([^,;:]+), "));
  static const auto* const kPrepositions = new absl::flat_hash_set<std::string>(
      w.prepositions().begin(), w.prepositions().end());
  std::string phrase;
  if (!RE2::PartialMatch(re2::StringPiece(before.data(), before.size()),
                         *kOpener, &phrase)) {
    return false;
  }
  const std::vector<absl::string_view> words =
      absl::StrSplit(phrase, ' ', absl::SkipEmpty());
  for (size_t i = 0; i < words.size(); ++i) {
    if (!is_event_noun(words[i])) continue;
    if (i + 1 == words.size() || absl::StartsWith(words[i + 1], "⟦") ||
        kPrepositions->contains(words[i + 1])) {
      return true;
    }
  }
  return false;
}

// The episode the words before the trigger tell: "earlier", "other" or "".
std::string EpisodeBefore(absl::string_view before,
                          const std::vector<Mention>& mentions) {
  if (IsPastPerfect(before)) return "earlier";
  // A sentence that opens on another incident or an earlier time of day:
  // "In a separate incident, ...", "Earlier that day, ...".
  static const LazyRE2 kOtherOpener = {
      "^(?:in |during )?(?:a |an )?(?:separate|unrelated|another|second) "
      "(?:incident|attack|development|case|raid|event|strike)s?,"};
  static const LazyRE2 kEarlierOpener = {
      "^earlier (?:that|the same) (?:day|morning|afternoon|evening|night|"
      "week),"};
  const re2::StringPiece b(before.data(), before.size());
  if (RE2::PartialMatch(b, *kOtherOpener)) return "other";
  if (RE2::PartialMatch(b, *kEarlierOpener)) return "earlier";
  static const LazyRE2 kEarlierBefore = {
      "\\b(?:an? |the )(?:earlier|previous|prior)(?: [a-z-]+)? $"};
  // "another", "a second", "an additional", "two extra", "a new": one
  // more occurrence of its kind ("received two additional life sentences",
  // "given a new 20-year sentence"), also before a measure of the noun.
  static const LazyRE2 kOtherBefore = {
      "(?:\\b(?:another|(?:a|the) (?:second|third|fourth|separate|similar|"
      "further)|an? (?:new|additional|extra))|⟦NUM#\\d+⟧ (?:additional|"
      "extra))(?: (?:[a-z-]+|⟦(?:DUR|QTY)#\\d+⟧)){0,2} $"};
  if (RE2::PartialMatch(b, *kEarlierBefore)) return "earlier";
  static const LazyRE2 kOrdinalBefore = {
      "\\b(?:a|the) ⟦ORD#(\\d+)⟧(?: [a-z-]+){0,2} $"};
  if (RE2::PartialMatch(b, *kOtherBefore) ||
      LaterOrdinal(b, *kOrdinalBefore, mentions)) {
    return "other";
  }
  return "";
}

// Whether the trigger's object is another event of some frame: "another
// attack", "a second suicide bombing" (`after` starts right after it).
bool OtherEventObject(
    absl::string_view after, const std::vector<Mention>& mentions,
    const std::function<bool(absl::string_view)>& is_event_noun) {
  static const LazyRE2 kOtherObject = {
      "^ (?:yet )?(?:another|a (?:second|third|fourth|separate|similar|"
      "further)) ((?:[a-z-]+ ?){1,3})"};
  static const LazyRE2 kOrdinalObject = {
      "^ (?:a|the) ⟦ORD#(\\d+)⟧ ((?:[a-z-]+ ?){1,3})"};
  const re2::StringPiece a(after.data(), after.size());
  std::string words;
  int index = -1;
  if (!RE2::PartialMatch(a, *kOtherObject, &words) &&
      !(RE2::PartialMatch(a, *kOrdinalObject, &index, &words) &&
        LaterOrdinal(a, *kOrdinalObject, mentions))) {
    return false;
  }
  // The object's head: one of its first words, or two of them, is an
  // event noun ("another attack", "a second suicide bombing").
  const std::vector<absl::string_view> w =
      absl::StrSplit(words, ' ', absl::SkipEmpty());
  for (size_t i = 0; i < w.size(); ++i) {
    if (is_event_noun(w[i])) return true;
    if (i + 1 < w.size() && is_event_noun(absl::StrCat(w[i], " ", w[i + 1]))) {
      return true;
    }
  }
  return false;
}

// Whether the noun phrase that ends at the end of `before` is the object of
// a verb whose object is a term decided earlier ("is serving a life
// sentence", "completed his 10-year term"): at most three words or numbers
// (determiners, modifiers) stand between the verb and the trigger.
bool ObjectOfServing(absl::string_view before) {
  const EnglishWordsFile& w = English::Default().words();
  const std::vector<TaggedToken> tokens = TokenizeTagged(before);
  const int stop = std::max(0, static_cast<int>(tokens.size()) - 4);
  for (int i = static_cast<int>(tokens.size()) - 1; i >= stop; --i) {
    const TaggedToken& t = tokens[i];
    if (t.kind == TaggedToken::kPunct) return false;
    if (t.kind != TaggedToken::kWord) continue;
    WordSenses::Sense sense;
    if (WordSenses::Find(t.text, WordSenses::kVerb, &sense) &&
        std::find(w.serving_verbs().begin(), w.serving_verbs().end(),
                  sense.lemma) != w.serving_verbs().end()) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string OtherEpisode(
    absl::string_view before, absl::string_view after,
    const std::vector<Mention>& mentions,
    const std::function<bool(absl::string_view)>& is_event_noun) {
  std::string episode = EpisodeBefore(before, mentions);
  if (!episode.empty()) return episode;
  if (AdditiveOpener(before, is_event_noun)) return "other";
  return OtherEventObject(after, mentions, is_event_noun) ? "other" : "";
}

EpisodeReader::EpisodeReader(const FrameForms* forms) : forms_(forms) {}

bool EpisodeReader::IsChargeName(const SentenceView& view,
                                 const FrameSpec& frame,
                                 const ClaimDraft& draft) const {
  // The name of a criminal charge is not the event: "charged with
  // murder", "the murder trial", "assault charges" (but "accused of
  // murdering two women" states it, and so does a verb before its
  // object: "detain suspects").
  static const LazyRE2 kChargeBefore = {
      "\\b(?:charged|charge|charges|accused|accusations?|convicted|"
      "conviction|guilty|suspected|suspicion|arrested|indicted|"
      "acquitted|tried|jailed|sentenced|wanted) (?:with|of|on|for) "
      "(?:[^ ,.;:]+ ){0,3}$"};
  static const LazyRE2 kChargeAfter = {
      "^ (?:charges?|trial|case|conviction|counts?|suspects?|"
      "investigation|probe|inquiry)\\b"};
  static const LazyRE2 kObjectAfter = {
      "^ (?:(?:and|or|a|an|the|his|her|their|its|two|three|four|"
      "five)\\b|⟦(?:PER|PRO|ORG|GPE|NUM|QTY)#)"};
  const std::string& t = view.t();
  const std::string word(
      t.substr(draft.trigger_begin, draft.trigger_end - draft.trigger_begin));
  if (!forms_->IsNounForm(frame.name(), word)) return false;
  const re2::StringPiece before(t.data(), draft.trigger_begin);
  const re2::StringPiece after(t.data() + draft.trigger_end,
                               t.size() - draft.trigger_end);
  return (RE2::PartialMatch(before, *kChargeBefore) &&
          !RE2::PartialMatch(after, *kObjectAfter)) ||
         RE2::PartialMatch(after, *kChargeAfter);
}

bool EpisodeReader::Mark(const SentenceView& view, const FrameSpec& frame,
                         ClaimDraft* draft) const {
  bool has_episode = false;
  for (const RoleSpec& r : frame.roles()) {
    has_episode |= r.name() == "episode";
  }
  std::string episode;
  if (IsChargeName(view, frame, *draft)) {
    if (!has_episode) return false;
    episode = "charge";
  } else if (has_episode) {
    const std::string& t = view.t();
    episode = OtherEpisode(absl::string_view(t.data(), draft->trigger_begin),
                           absl::string_view(t.data() + draft->trigger_end,
                                             t.size() - draft->trigger_end),
                           view.mentions(), [this](absl::string_view word) {
                             return forms_->IsAnyNounForm(word);
                           });
    // A term being served was decided before the story.
    const std::string word(t.substr(draft->trigger_begin,
                                    draft->trigger_end - draft->trigger_begin));
    if (episode.empty() && forms_->IsNounForm(frame.name(), word) &&
        ObjectOfServing(absl::string_view(t.data(), draft->trigger_begin))) {
      episode = "earlier";
    }
  }
  if (!episode.empty()) {
    Argument* arg = draft->claim.add_args();
    arg->set_role("episode");
    arg->mutable_value()->set_text(episode);
  }
  return true;
}

}  // namespace accord
