#include "engine/wordnet/word_senses.h"

#include <algorithm>
#include <cstring>

#include "absl/base/macros.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/types/span.h"
#include "engine/base/word_cache.h"
#include "engine/wordnet/word_senses_table.h"

namespace accord {
namespace {

using wordnet_internal::ExceptionRecord;
using wordnet_internal::kExceptionCount;
using wordnet_internal::kExceptions;
using wordnet_internal::kLemmaCount;
using wordnet_internal::kLemmas;
using wordnet_internal::kStrings;
using wordnet_internal::LemmaRecord;

absl::string_view Str(uint32_t offset, size_t length) {
  return absl::string_view(kStrings + offset, length);
}

char PosChar(WordSenses::Pos pos) {
  return pos == WordSenses::kVerb ? 'v' : 'n';
}

// The record of exactly `lemma` (lower case) as `pos`, or null: a binary
// search of the lemma's bucket.
const LemmaRecord* FindLemma(absl::string_view lemma, char pos) {
  const int bucket = wordnet_internal::LemmaBucket(lemma.data(), lemma.size());
  const LemmaRecord* begin = kLemmas + wordnet_internal::kLemmaBuckets[bucket];
  const LemmaRecord* end =
      kLemmas + wordnet_internal::kLemmaBuckets[bucket + 1];
  const LemmaRecord* it = std::lower_bound(
      begin, end, lemma, [pos](const LemmaRecord& r, absl::string_view key) {
        const int c = Str(r.word, r.length).compare(key);
        return c < 0 || (c == 0 && r.pos < pos);
      });
  if (it == end || it->pos != pos || Str(it->word, it->length) != lemma) {
    return nullptr;
  }
  return it;
}

void Fill(const LemmaRecord& r, WordSenses::Form form, WordSenses::Sense* out) {
  out->lemma = Str(r.word, r.length);
  out->pos = r.pos == 'v' ? WordSenses::kVerb : WordSenses::kNoun;
  out->form = form;
  out->first_lexfile = r.first_lexfile;
  out->lexfiles = r.lexfiles;
  out->senses = r.senses;
  out->synset = r.synset;
  out->hypernym = r.hypernym;
  out->group = r.group;
  out->group_name = absl::string_view(kStrings + r.group_name);
  out->first_sense = r.first_sense;
}

struct Detachment {
  absl::string_view suffix, ending;
  WordSenses::Form form;
};

// WordNet's detachment rules (morphy(7WN)), in its order.
constexpr Detachment kNounRules[] = {
    {"s", "", WordSenses::kPlural},      {"ses", "s", WordSenses::kPlural},
    {"xes", "x", WordSenses::kPlural},   {"zes", "z", WordSenses::kPlural},
    {"ches", "ch", WordSenses::kPlural}, {"shes", "sh", WordSenses::kPlural},
    {"men", "man", WordSenses::kPlural}, {"ies", "y", WordSenses::kPlural},
};
constexpr Detachment kVerbRules[] = {
    {"s", "", WordSenses::kThirdPerson},
    {"ies", "y", WordSenses::kThirdPerson},
    {"es", "e", WordSenses::kThirdPerson},
    {"es", "", WordSenses::kThirdPerson},
    {"ed", "e", WordSenses::kPast},
    {"ed", "", WordSenses::kPast},
    {"ing", "e", WordSenses::kGerund},
    {"ing", "", WordSenses::kGerund},
};

constexpr absl::string_view kLexfileNames[] = {
    "adj.all",          "adj.pert",           "adv.all",
    "noun.Tops",        "noun.act",           "noun.animal",
    "noun.artifact",    "noun.attribute",     "noun.body",
    "noun.cognition",   "noun.communication", "noun.event",
    "noun.feeling",     "noun.food",          "noun.group",
    "noun.location",    "noun.motive",        "noun.object",
    "noun.person",      "noun.phenomenon",    "noun.plant",
    "noun.possession",  "noun.process",       "noun.quantity",
    "noun.relation",    "noun.shape",         "noun.state",
    "noun.substance",   "noun.time",          "verb.body",
    "verb.change",      "verb.cognition",     "verb.communication",
    "verb.competition", "verb.consumption",   "verb.contact",
    "verb.creation",    "verb.emotion",       "verb.motion",
    "verb.perception",  "verb.possession",    "verb.social",
    "verb.stative",     "verb.weather",       "adj.ppl",
};

// What a lookup of a lower-case word found: the lemma's record and how the
// word relates to it.
struct Found {
  const LemmaRecord* record = nullptr;
  WordSenses::Form form = WordSenses::kLemma;
};

// Looks `w` (lower case) up as `pos` ('n' or 'v'): the word itself when it
// is a lemma, else an irregular form, else WordNet's detachment rules.
bool Lookup(absl::string_view w, WordSenses::Pos pos, Found* found) {
  const char p = PosChar(pos);
  if (const LemmaRecord* r = FindLemma(w, p)) {
    *found = {r, WordSenses::kLemma};
    return true;
  }
  // Irregular forms: the first listed lemma WordNet has.
  const ExceptionRecord* end = kExceptions + kExceptionCount;
  for (const ExceptionRecord *e = std::lower_bound(
           kExceptions, end, w,
           [p](const ExceptionRecord&r, absl::string_view key) {
             const int c = Str(r.form, r.form_length).compare(key);
             return c < 0 || (c == 0 && r.pos < p);
           });
       e != end && e->pos == p && Str(e->form, e->form_length) == w; ++e) {
    if (const LemmaRecord* r = FindLemma(Str(e->lemma, e->lemma_length), p)) {
      *found = {r, pos == WordSenses::kNoun   ? WordSenses::kPlural
                   : absl::EndsWith(w, "ing") ? WordSenses::kGerund
                                              : WordSenses::kPast};
      return true;
    }
  }
  for (const Detachment& d : pos == WordSenses::kNoun
                                 ? absl::MakeConstSpan(kNounRules)
                                 : absl::MakeConstSpan(kVerbRules)) {
    if (w.size() <= d.suffix.size() || !absl::EndsWith(w, d.suffix)) continue;
    char stem[64];
    const size_t keep = w.size() - d.suffix.size();
    std::memcpy(stem, w.data(), keep);
    std::memcpy(stem + keep, d.ending.data(), d.ending.size());
    if (const LemmaRecord* r =
            FindLemma(absl::string_view(stem, keep + d.ending.size()), p)) {
      *found = {r, d.form};
      return true;
    }
  }
  return false;
}

}  // namespace

bool WordSenses::Find(absl::string_view word, Pos pos, Sense* out) {
  // Words longer than any lemma are not looked up (and never copied).
  char buffer[64];
  if (word.empty() || word.size() >= sizeof buffer) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    buffer[i] = absl::ascii_tolower(static_cast<unsigned char>(word[i]));
  }
  const absl::string_view w(buffer, word.size());
  // News text asks for the same few thousand words again and again, and an
  // uncached lookup that misses walks up to ten binary searches over a
  // table larger than the processor's caches: remember each thread's
  // recent answers (misses included).
  thread_local WordCache<Found, 4096> cache;
  const uint8_t tag = static_cast<uint8_t>(pos);
  Found found;
  if (const auto* hit = cache.Find(w, tag)) {
    if (!hit->found) return false;
    found = hit->value;
  } else {
    const bool ok = Lookup(w, pos, &found);
    cache.Insert(w, tag, ok, found);
    if (!ok) return false;
  }
  Fill(*found.record, found.form, out);
  return true;
}

WordSenses::Synset WordSenses::SenseAt(const Sense& sense, int rank) {
  const wordnet_internal::SenseRecord r =
      wordnet_internal::kSenses[sense.first_sense + rank];
  Synset out;
  out.id = wordnet_internal::SenseSynset(r);
  out.lexfile = wordnet_internal::SenseLexfile(r);
  return out;
}

std::string WordSenses::GroupKey(const Sense& sense) {
  const bool verb = (sense.group >> 31) != 0;
  return absl::StrFormat("%s.%c.%08u", sense.group_name, verb ? 'v' : 'n',
                         sense.group & 0x7fffffffu);
}

absl::string_view WordSenses::LexfileName(int n) {
  if (n < 0 || n >= static_cast<int>(ABSL_ARRAYSIZE(kLexfileNames))) {
    return "";
  }
  return kLexfileNames[n];
}

int WordSenses::LexfileNumber(absl::string_view name) {
  for (int i = 0; i < static_cast<int>(ABSL_ARRAYSIZE(kLexfileNames)); ++i) {
    if (kLexfileNames[i] == name) return i;
  }
  return -1;
}

size_t WordSenses::LemmaCount() { return kLemmaCount; }
size_t WordSenses::SenseCount() { return wordnet_internal::kSenseCount; }
size_t WordSenses::ExceptionCount() { return kExceptionCount; }

}  // namespace accord
