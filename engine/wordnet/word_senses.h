// English word senses from WordNet 3.0 (Debian's wordnet-base), compiled
// into the binary at build time by tools/wordnet/gen_word_senses: the lemma
// of an inflected verb or noun (regular rules plus WordNet's exception
// lists: "fled" -> flee, "stolen" -> steal, "mice" -> mouse), how the form
// inflects (past, gerund, plural), the lexicographer files of its senses
// (verb.contact, noun.event, ...), its most frequent synset and hypernym,
// every sense in WordNet's order (synset and lexicographer file, 4 bytes
// each: "fire" is a burning first and a shooting second), and the event group
// that aligns words WordNet relates: synonyms ("quake", "earthquake",
// "temblor"), a noun and the verb it derives from ("robbery"
// -> rob) and a most specific noun that no verb
// derives with its hypernym (tools/wordnet/gen_word_senses.cc).
// Nouns are listed only when their most frequent sense is in one of the
// noun files named in engine/wordnet/BUILD.bazel (acts, events, phenomena,
// processes, states); every verb of one word is listed, and every verb of
// two words under its lemmas joined by "_" ("take_over", "kick_off": a verb
// and its particle), which the caller composes from a found lemma.
//
// The table is sorted arrays in read-only memory: nothing is parsed or
// allocated at start-up, and every method is thread-safe.
//
//   WordSenses::Sense sense;
//   if (WordSenses::Find("robbed", WordSenses::kVerb, &sense))
//     ... sense.lemma == "rob", sense.form == WordSenses::kPast,
//     ... WordSenses::LexfileName(sense.first_lexfile) == "verb.possession"
#ifndef ACCORD_ENGINE_WORDNET_WORD_SENSES_H_
#define ACCORD_ENGINE_WORDNET_WORD_SENSES_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace accord {

class WordSenses {
 public:
  enum Pos { kNoun, kVerb };
  // How the form looked up relates to its lemma.
  enum Form {
    kLemma,        // the lemma itself ("rob", "fire")
    kPlural,       // a noun's plural ("fires", "mice")
    kThirdPerson,  // "robs", "flies"
    kPast,         // "-ed" or an irregular past or participle ("fled")
    kGerund,       // "-ing"
  };

  // One sense of a lemma (SenseAt).
  struct Synset {
    uint32_t id = 0;  // as `synset` below: verbs have the top bit set
    int lexfile = 0;
  };

  struct Sense {
    absl::string_view lemma;  // lower case; points into the table
    Pos pos = kNoun;
    Form form = kLemma;
    int first_lexfile = 0;         // lexicographer file of the first sense
    uint64_t lexfiles = 0;         // bit N: some sense is in file N
    int senses = 0;                // number of senses (polysemy), at most 255
    uint32_t synset = 0;           // first sense (verbs have the top bit set)
    uint32_t hypernym = 0;         // its hypernym, 0 if none
    uint32_t group = 0;            // the event group (see the top comment)
    absl::string_view group_name;  // the group synset's head word
    uint32_t first_sense = 0;      // internal: where SenseAt reads
  };

  // Looks `word` (any case) up as `pos`: the word itself when it is a
  // lemma, else an irregular form, else WordNet's detachment rules
  // ("robbed" -> rob, "fires" -> fire). False when WordNet lists no such
  // lemma (or, for nouns, none in the compiled noun files).
  static bool Find(absl::string_view word, Pos pos, Sense* out);

  // The sense of rank `rank` (0 = most frequent, the `synset` above) of a
  // Sense that Find filled; `rank` must be in [0, sense.senses).
  static Synset SenseAt(const Sense& sense, int rank);

  // The event group as a stable key: "<head word>.<n|v>.<8-digit offset>",
  // e.g. "rob.v.02321409".
  static std::string GroupKey(const Sense& sense);

  // The name of lexicographer file `n` ("verb.contact"), "" if out of range.
  static absl::string_view LexfileName(int n);
  // The number of a lexicographer file by name, -1 if none.
  static int LexfileNumber(absl::string_view name);

  // Number of lemma records, sense records and exception records in the
  // table.
  static size_t LemmaCount();
  static size_t SenseCount();
  static size_t ExceptionCount();
};

}  // namespace accord

#endif  // ACCORD_ENGINE_WORDNET_WORD_SENSES_H_
