// EventAnchors tells, for every claim of a run, which occurrence of its frame
// the claim is about: the article's main event (the one its title and lead
// report) or a background event — an earlier incident the article recalls
// ("another shooting", "last year's attack", "the 2004 tsunami", "that
// quake"), or a total over a period ("killed so far this year"). The cues
// are data (engine/data/event_cues.txt); a year other than the article's
// in a time extraction found for the claim ("in 2004", "the 2004
// tsunami": Claim.unstated_time, Claim.time_attachment) is one too, and
// so is a claim's own time when it is longer than one occurrence of its
// frame ("27 homicides in 2014"). A claim's own
// time, when it has one, outranks the sentence's period and year cues: the
// aligner already tells occurrences apart by time. A count is a total over
// several events, whatever its time, when its clause names several events
// ("left two dead in 17 shootings") or a place-wide scope ("citywide"), or
// a period right beside its verb ("so far this year"), or when its time
// is a running tally's bound: open at its end and begun longer than one
// occurrence before the article ("have been shot since January 1").
//
// The aligner keeps background claims out of the main event's fact: a
// background claim aligns only with background claims that share its
// anchor (the same year), and one with no shared anchor stands alone.
//
//   const EventCues& cues = EventCues::Default();
//   EventAnchors anchors(cues, lexicon, documents, claims);
//   if (anchors.Of(claims[i]).background) ...
#ifndef ACCORD_ENGINE_RECONCILE_EVENT_ANCHORS_H_
#define ACCORD_ENGINE_RECONCILE_EVENT_ANCHORS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/rules/lexicon.h"
#include "proto/accord.pb.h"

namespace accord {

// The cue lists of engine/data/event_cues.txt (its header says what each
// kind means). Immutable once parsed; thread-safe.
class EventCues {
 public:
  // Parses "KIND words" lines; '#' starts a comment line. Fails naming the
  // line on an unknown kind or a kind without words.
  static absl::StatusOr<EventCues> Parse(absl::string_view text);

  // The embedded cues. Thread-safe.
  static const EventCues& Default();

  using Phrase = std::vector<std::string>;  // lower-case words
  const std::vector<Phrase>& modifiers() const { return modifiers_; }
  const std::vector<Phrase>& periods() const { return periods_; }
  const absl::flat_hash_set<std::string>& demonstratives() const {
    return demonstratives_;
  }
  const absl::flat_hash_set<std::string>& several() const { return several_; }
  const absl::flat_hash_set<std::string>& event_nouns() const {
    return event_nouns_;
  }
  const std::vector<Phrase>& scopes() const { return scopes_; }
  const absl::flat_hash_set<std::string>& bare_prepositions() const {
    return bare_prepositions_;
  }
  // The tally cues; each is also one of periods().
  const std::vector<Phrase>& tallies() const { return tallies_; }
  // The present-perfect auxiliaries ("have", "has").
  const absl::flat_hash_set<std::string>& perfect() const { return perfect_; }

 private:
  std::vector<Phrase> modifiers_, periods_, scopes_, tallies_;
  absl::flat_hash_set<std::string> demonstratives_, several_, event_nouns_,
      bare_prepositions_, perfect_;
};

// Which occurrence a claim is about.
struct EventAnchor {
  // A background event, not the article's main one.
  bool background = false;
  // Background claims with the same non-empty key share their anchor and
  // may align: "year 2004", from a year cue or the claim's own time (the
  // aligner then tells their occurrences apart by time). An empty key
  // shares with no one ("another shooting" with no time).
  std::string key;
  // What marked the claim, for explanations: "modifier 'another'".
  std::string cue;
  // The claim's count is a total over several events or a period ("14
  // hurt in 17 shootings", "shot citywide", "killed so far this year"),
  // not any one occurrence's count. Implies background.
  bool total = false;
  // A demonstrative stands right before the claim's event noun ("that
  // quake"): it refers back to an event the article already told.
  bool back_reference = false;
};

class EventAnchors {
 public:
  // Anchors every claim of `claims`, which must outlive this object (Of
  // looks claims up by address). `documents` give publication dates by
  // Document.id (none is fine); `lexicon` gives the event nouns (its
  // frames' noun forms). Thread-safe once built.
  EventAnchors(const EventCues& cues, const Lexicon& lexicon,
               const std::vector<Document>& documents,
               const std::vector<Claim>& claims);

  // The anchor of `claim`, which must be an element of the constructor's
  // `claims`.
  const EventAnchor& Of(const Claim& claim) const {
    return anchors_[&claim - base_];
  }

  // The anchor one claim gets from its own sentence, before back
  // references are resolved: `reference_years` are the years of its
  // article's main event ("2026"); `published` its publication day
  // ("2026-05-04", "" when unknown); `event_nouns` the lower-case nouns
  // that name events; `determiners` the lexicon's determiners ("in the
  // shootings" is this event's, "after shootings" several); `window_days`
  // the occurrence window of the claim's frame (0: none). Exposed for
  // tests.
  static EventAnchor FromSentence(
      const EventCues& cues,
      const absl::flat_hash_set<std::string>& event_nouns,
      const absl::flat_hash_set<std::string>& determiners,
      const std::vector<std::string>& reference_years,
      absl::string_view published, int window_days, const Claim& claim);

 private:
  const Claim* base_;
  std::vector<EventAnchor> anchors_;  // by index in the claims
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RECONCILE_EVENT_ANCHORS_H_
