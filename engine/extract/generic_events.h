// Generic event claims: every verb or noun of a sentence whose most
// frequent WordNet sense names an event (by its lexicographer class, listed
// in engine/data/generic_events.textproto) and that no frame of the lexicon
// covers becomes a claim of the frame EVENT. Its "event" argument is the
// word's WordNet event group (engine/wordnet/word_senses.h), so "quake" and
// "earthquake", or "robbery" and "robbed", align across articles; the other
// arguments are those found reliably from the sentence's tags:
//   agent, patient  the actor nearest before a verb in its clause and the
//                   entity right after it (swapped for a passive: "the bank
//                   was robbed by ..."; "by" names the agent);
//   time, place     a TIME in the trigger's clause or opening the sentence;
//                   a place after "in", "at", "near", ...;
// A verb followed by a particle with which WordNet lists it as one verb
// ("took over", "broke out") is one trigger of that verb's event group.
// A support verb lends its place to the event noun it takes as its object
// ("made an offer", "held talks", "carried out a raid"): one trigger from
// the verb to the noun, of the noun's event group. A communication verb is an
// event only with a noun-phrase object or in a passive ("announced the
// acquisition"; not "announced that ..."). A headline's present tense is read
// as a verb
// ("Colts clinch playoff spot").
//   count, money    a number right after an active verb ("evacuated 300
//                   people") or before a passive one ("300 people were
//                   evacuated"); an amount of money in the clause.
// A past form is read as an adjective, not a verb, after a determiner, a
// preposition, a number or a past verb that is no auxiliary ("fought
// pitched battles"), when it opens the sentence before a noun ("Hooded
// youths"), and in a web page's dateline ("Last updated at 12:42 GMT"); a
// noun before a number is an adjective ("the final two games"). An amount
// of money keeps the amount in another currency the text gives beside it
// in parentheses (Quantity.equivalents: the article's own rate).
// Only an article's title and lead (the data file's lead_sentences) yield
// generic claims. Frame rules stay the high-precision layer: a word in a frame
// claim's trigger is never a generic trigger, nor is a word read as a verb that
// is a verb form of some frame when some rule of a frame read it, or read as
// a noun that is a frame's noun form (a frame that rejected its own word had
// a reason: "charged with murder", "hurt feelings"). A frame's verb that no
// rule read ("the building burned to the ground", "a fire has destroyed
// much of the store") is a generic trigger like any other verb. "fire" the noun
// is an event; "fire" the verb is the frame FIRE's. The caller (Extractor) adds
// the trigger span, modality, polarity, attribution and provenance exactly as
// for frame claims.
//
//   ACCORD_ASSIGN_OR_RETURN(auto generic, GenericEvents::Create(
//       lexicon, embedded::kGenericEvents, &count_cues));
//   for (const GenericEvents::Found& f : generic->Find(tagged, s, covered))
//     ... f.claim.frame() == "EVENT"
#ifndef ACCORD_ENGINE_EXTRACT_GENERIC_EVENTS_H_
#define ACCORD_ENGINE_EXTRACT_GENERIC_EVENTS_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "engine/annotate/mention.h"
#include "engine/extract/count_cues.h"
#include "engine/extract/generic_frame.h"
#include "engine/rules/lexicon.h"
#include "engine/rules/tagged_sentence.h"
#include "proto/accord.pb.h"
#include "proto/generic_events.pb.h"

namespace accord {

class GenericEvents {
 public:
  // The frame of generic claims; its roles are in the lexicon.
  static constexpr absl::string_view kFrame = kGenericFrame;

  // Reads the cue file (a GenericEventFile textproto; `name` names it in
  // errors) and takes every frame's verb and noun forms from `lexicon`.
  // Fails on malformed text or an unknown WordNet class. `count_cues` tells
  // ages from counts and must outlive the result.
  static absl::StatusOr<std::unique_ptr<GenericEvents>> Create(
      const Lexicon& lexicon, absl::string_view textproto,
      const CountCues* count_cues, absl::string_view name = "generic_events");

  // The same from the parsed cue file `file` (which need not outlive the
  // result), for callers that read it once for several passes. Fails on an
  // unknown WordNet class.
  static absl::StatusOr<std::unique_ptr<GenericEvents>> FromFile(
      const Lexicon& lexicon, const GenericEventFile& file,
      const CountCues* count_cues, absl::string_view name = "generic_events");

  struct Found {
    // Frame, rule ("generic_verb" or "generic_noun") and arguments, sorted
    // by role; no id, spans, modality, polarity or attribution.
    Claim claim;
    // The trigger word in tagged.text().
    int trigger_begin = 0;
    int trigger_end = 0;
  };

  // The generic claims of sentence `s` of the document whose text is
  // `doc_text`, rendered as `tagged`, in text order. `covered` holds the
  // document byte ranges [begin, end) of the triggers of the sentence's
  // frame claims: words inside them are skipped. A capitalized word inside
  // a sentence that is not in title case is a name ("Watergate"), not an
  // event word. `attempted`, when given, holds the document byte ranges of
  // the triggers of every frame rule match of the sentence, kept or
  // rejected: a frame's own verb outside them, which no frame rule read,
  // may be a generic trigger (the data file's unmatched_frame_words).
  // Without it a frame's word never is. Const and thread-safe.
  std::vector<Found> Find(
      absl::string_view doc_text, const TaggedSentence& tagged,
      const AnnotatedSentence& s, absl::Span<const std::pair<int, int>> covered,
      const std::vector<std::pair<int, int>>* attempted = nullptr) const;

 private:
  GenericEvents() = default;

  const CountCues* count_cues_ = nullptr;
  int lead_sentences_ = 0;
  int light_object_window_ = 0;
  bool headline_present_ = false;
  bool unmatched_frame_words_ = false;
  // Bit N: lexicographer file N.
  uint64_t verb_lexfiles_ = 0, noun_lexfiles_ = 0, light_object_lexfiles_ = 0,
           object_verb_lexfiles_ = 0, speech_object_lexfiles_ = 0;
  absl::flat_hash_set<std::string> light_verbs_, light_nouns_, support_verbs_,
      gerund_openers_, verb_openers_, be_forms_, money_units_,
      place_prepositions_, participle_adjective_after_, determiners_,
      phrase_ends_, prepositions_, particles_, dateline_words_,
      perfect_auxiliaries_;
  // Every frame's verb forms of one word or a verb and its particle, and
  // its noun forms of one word.
  absl::flat_hash_set<std::string> frame_verbs_, frame_nouns_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_GENERIC_EVENTS_H_
