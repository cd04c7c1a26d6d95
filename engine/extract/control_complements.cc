#include "engine/extract/control_complements.h"

#include <vector>

#include "engine/extract/tagged_tokens.h"
#include "engine/wordnet/word_senses.h"

namespace accord {
namespace {

// At most this many words or mentions between a head and its "to" (the
// head's object: "ordered his two bodyguards to") and between "to" and the
// trigger ("to carry out a new attack").
constexpr int kMaxObjectTokens = 4;
constexpr int kMaxGapTokens = 4;

bool IsAdverb(absl::string_view w) {
  return w.size() > 3 && w.substr(w.size() - 2) == "ly";
}

bool IsWord(const TaggedToken& t) { return t.kind == TaggedToken::kWord; }

WordSenses::Form VerbForm(absl::string_view w, bool* found) {
  WordSenses::Sense sense;
  *found = WordSenses::Find(w, WordSenses::kVerb, &sense);
  return sense.form;
}

bool IsBaseVerb(absl::string_view w) {
  bool found = false;
  const WordSenses::Form form = VerbForm(w, &found);
  return found && form == WordSenses::kLemma;
}

}  // namespace

ControlComplements::ControlComplements(const EnglishWordsFile& words) {
  unrealized_.insert(words.unrealized_heads().begin(),
                     words.unrealized_heads().end());
  attempt_.insert(words.attempt_heads().begin(), words.attempt_heads().end());
  achieved_.insert(words.achieved_heads().begin(),
                   words.achieved_heads().end());
  event_object_verbs_.insert(words.event_object_verbs().begin(),
                             words.event_object_verbs().end());
  gap_words_.insert(words.infinitive_gap_words().begin(),
                    words.infinitive_gap_words().end());
  coordinators_.insert(words.coordinators().begin(),
                       words.coordinators().end());
  prepositions_.insert(words.prepositions().begin(),
                       words.prepositions().end());
  stops_.insert(words.prepositions().begin(), words.prepositions().end());
  stops_.insert(words.coordinators().begin(), words.coordinators().end());
  stops_.insert("to");
}

ControlComplements::Kind ControlComplements::HeadKind(
    absl::string_view word) const {
  std::vector<absl::string_view> lemmas = {word};
  WordSenses::Sense sense;
  if (WordSenses::Find(word, WordSenses::kVerb, &sense)) {
    lemmas.push_back(sense.lemma);
  }
  if (WordSenses::Find(word, WordSenses::kNoun, &sense)) {
    lemmas.push_back(sense.lemma);
  }
  // Nouns outside WordNet's event files are not in the compiled table:
  // their regular plural ("threats", "plots").
  if (word.size() > 3 && word.back() == 's') {
    lemmas.push_back(word.substr(0, word.size() - 1));
  }
  for (absl::string_view lemma : lemmas) {
    const std::string key(lemma);
    if (unrealized_.contains(key)) return kUnrealized;
    if (attempt_.contains(key)) return kAttempted;
    if (achieved_.contains(key)) return kAchieved;
  }
  return kNone;
}

ControlComplements::Kind ControlComplements::Of(absl::string_view t,
                                                int trigger_begin) const {
  if (trigger_begin <= 0 || trigger_begin > static_cast<int>(t.size())) {
    return kNone;
  }
  // Most triggers follow no "to": skip the tokenizing.
  const absl::string_view prefix = t.substr(0, trigger_begin);
  if (prefix.find("to ") == absl::string_view::npos) return kNone;
  const std::vector<TaggedToken> tokens = TokenizeTagged(prefix);
  // Back over the gap to "to". The word right after "to" must be a verb's
  // base form or an adverb: "to the shooting" is a preposition's object.
  int i = static_cast<int>(tokens.size()) - 1;
  for (int gap = 0; i >= 0 && !(IsWord(tokens[i]) && tokens[i].text == "to");
       ++gap, --i) {
    if (gap == kMaxGapTokens || !IsWord(tokens[i])) return kNone;
    const absl::string_view w = tokens[i].text;
    if (!IsAdverb(w) && !coordinators_.contains(w) && !gap_words_.contains(w) &&
        !IsBaseVerb(w)) {
      return kNone;
    }
  }
  if (i < 0) return kNone;
  // A verb in the gap is coordinated with the trigger ("to rob and kill")
  // or does the event its object names ("to carry out an attack"); after
  // any other verb the trigger is an object of its own ("asked to
  // describe the shooting").
  const int n = static_cast<int>(tokens.size());
  for (int k = i + 1; k < n; ++k) {
    const absl::string_view w = tokens[k].text;
    if (IsAdverb(w) || coordinators_.contains(w) || gap_words_.contains(w)) {
      continue;
    }
    if (k + 1 < n && coordinators_.contains(tokens[k + 1].text)) continue;
    WordSenses::Sense sense;
    if (!WordSenses::Find(w, WordSenses::kVerb, &sense) ||
        !event_object_verbs_.contains(std::string(sense.lemma))) {
      return kNone;
    }
  }
  // The first word after "to" that is no adverb: the trigger or a gap word.
  absl::string_view first;
  for (int k = i + 1; k < static_cast<int>(tokens.size()); ++k) {
    if (!IsAdverb(tokens[k].text)) {
      first = tokens[k].text;
      break;
    }
  }
  if (first.empty()) {
    first = t.substr(trigger_begin);
    size_t n = 0;
    while (n < first.size() && first[n] >= 'a' && first[n] <= 'z') ++n;
    first = first.substr(0, n);
  }
  if (!IsBaseVerb(first)) return kNone;
  // Back from "to" to the nearest head, over at most an object.
  int objects = 0;
  for (int j = i - 1; j >= 0 && objects <= kMaxObjectTokens; --j, ++objects) {
    const TaggedToken& tok = tokens[j];
    if (tok.kind == TaggedToken::kPunct) return kNone;
    if (tok.kind == TaggedToken::kTag) continue;
    const Kind kind = HeadKind(tok.text);
    if (kind != kNone) {
      // A head right after a preposition counts only as a gerund ("accused
      // of plotting to"); otherwise it is an idiom of purpose ("in order
      // to", "with intent to").
      if (j > 0 && IsWord(tokens[j - 1]) &&
          prepositions_.contains(tokens[j - 1].text)) {
        bool found = false;
        if (VerbForm(tok.text, &found) != WordSenses::kGerund || !found) {
          return kNone;
        }
      }
      return kind;
    }
    if (stops_.contains(tok.text)) return kNone;
  }
  return kNone;
}

ControlComplements::Kind ControlComplements::Mark(absl::string_view t,
                                                  int trigger_begin,
                                                  bool has_episode_role,
                                                  Claim* claim) const {
  const Kind kind = Of(t, trigger_begin);
  if (kind == kAchieved && claim->modality() == PLANNED) {
    claim->set_modality(ASSERTED);
  }
  const absl::string_view episode = EpisodeName(kind);
  if (episode.empty() || !has_episode_role) return kind;
  Argument* arg = nullptr;
  for (Argument& a : *claim->mutable_args()) {
    if (a.role() == "episode") arg = &a;
  }
  if (arg == nullptr) {
    arg = claim->add_args();
    arg->set_role("episode");
  }
  arg->mutable_value()->set_text(std::string(episode));
  return kind;
}

absl::string_view ControlComplements::EpisodeName(Kind kind) {
  switch (kind) {
    case kUnrealized:
      return "intended";
    case kAttempted:
      return "attempted";
    default:
      return "";
  }
}

}  // namespace accord
