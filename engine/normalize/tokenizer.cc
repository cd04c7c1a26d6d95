#include "engine/normalize/tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace accord {
namespace {

const absl::flat_hash_map<absl::string_view, int>& CardinalWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"zero", 0},       {"naught", 0},    {"nought", 0},    {"nil", 0},
      {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},
      {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},
      {"nine", 9},       {"ten", 10},      {"eleven", 11},   {"twelve", 12},
      {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},    {"forty", 40},    {"fourty", 40},   {"fifty", 50},
      {"sixty", 60},     {"seventy", 70},  {"eighty", 80},   {"ninety", 90},
  };
  return *m;
}

const absl::flat_hash_map<absl::string_view, int>& OrdinalWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"first", 1},       {"second", 2},        {"third", 3},
      {"fourth", 4},      {"fifth", 5},         {"sixth", 6},
      {"seventh", 7},     {"eighth", 8},        {"ninth", 9},
      {"tenth", 10},      {"eleventh", 11},     {"twelfth", 12},
      {"thirteenth", 13}, {"fourteenth", 14},   {"fifteenth", 15},
      {"sixteenth", 16},  {"seventeenth", 17},  {"eighteenth", 18},
      {"nineteenth", 19}, {"twentieth", 20},    {"thirtieth", 30},
      {"fortieth", 40},   {"fiftieth", 50},     {"sixtieth", 60},
      {"seventieth", 70}, {"eightieth", 80},    {"ninetieth", 90},
      {"hundredth", 100}, {"thousandth", 1000}, {"millionth", 1000000},
  };
  return *m;
}

const absl::flat_hash_map<absl::string_view, int>& MonthWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
      {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
      {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
      {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
      {"sep", 9},       {"sept", 9},   {"october", 10},  {"oct", 10},
      {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
  };
  return *m;
}

const absl::flat_hash_map<absl::string_view, int>& WeekdayWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"monday", 0},    {"mon", 0},        {"mondays", 0},   {"tuesday", 1},
      {"tue", 1},       {"tues", 1},       {"tuesdays", 1},  {"wednesday", 2},
      {"wed", 2},       {"wednesdays", 2}, {"thursday", 3},  {"thu", 3},
      {"thur", 3},      {"thurs", 3},      {"thursdays", 3}, {"friday", 4},
      {"fri", 4},       {"fridays", 4},    {"saturday", 5},  {"sat", 5},
      {"saturdays", 5}, {"sunday", 6},     {"sun", 6},       {"sundays", 6},
  };
  return *m;
}

// Words that can begin a time expression besides digits, month, weekday,
// number, ordinal and holiday words (time.cc's CanStart).
constexpr const char* kTimeWords[] = {"a",
                                      "an",
                                      "the",
                                      "this",
                                      "next",
                                      "last",
                                      "past",
                                      "previous",
                                      "coming",
                                      "upcoming",
                                      "current",
                                      "following",
                                      "today",
                                      "tomorrow",
                                      "tomorrows",
                                      "yesterday",
                                      "tonight",
                                      "tonite",
                                      "now",
                                      "right",
                                      "just",
                                      "atm",
                                      "at",
                                      "on",
                                      "in",
                                      "during",
                                      "for",
                                      "from",
                                      "between",
                                      "since",
                                      "after",
                                      "before",
                                      "until",
                                      "till",
                                      "til",
                                      "untill",
                                      "through",
                                      "thru",
                                      "by",
                                      "within",
                                      "later",
                                      "anytime",
                                      "sometimes",
                                      "sometime",
                                      "around",
                                      "about",
                                      "approximately",
                                      "half",
                                      "quarter",
                                      "q",
                                      "noon",
                                      "midday",
                                      "mid",
                                      "midnight",
                                      "morning",
                                      "afternoon",
                                      "evening",
                                      "night",
                                      "lunch",
                                      "early",
                                      "late",
                                      "end",
                                      "beginning",
                                      "start",
                                      "middle",
                                      "eom",
                                      "bom",
                                      "eoy",
                                      "boy",
                                      "eod",
                                      "asap",
                                      "as",
                                      "all",
                                      "rest",
                                      "summer",
                                      "winter",
                                      "spring",
                                      "fall",
                                      "autumn",
                                      "season",
                                      "seasons",
                                      "weekend",
                                      "wkend",
                                      "week",
                                      "day"};

// The words of each TimeClass (tokenizer.h).
struct TimeClassWords {
  uint32_t bit;
  std::vector<const char*> words;
};
const std::vector<TimeClassWords>& TimeClasses() {
  static const auto* c = new std::vector<TimeClassWords>{
      // RelativeAt's one-word forms and starts ("day after tomorrow", "late
      // tonight").
      {kTimeRelativeWord,
       {"today", "tomorrow", "tomorrows", "yesterday", "atm", "tonight",
        "tonite", "now", "day", "late"}},
      // RelativeAt's this/next/last <unit>.
      {kTimeRelativeDir,
       {"this", "current", "next", "coming", "upcoming", "last", "past",
        "previous"}},
      // RelDurationAt's "[the] last/next <n> <units>".
      {kTimeCountDir,
       {"last", "past", "previous", "next", "coming", "following", "upcoming"}},
      // HolidayPieceAt's "last/next/this <holiday>".
      {kTimeHolidayDir,
       {"last", "past", "previous", "next", "this", "coming", "upcoming"}},
      // RelDurationAt's "in about <duration>".
      {kTimeDurationHedge, {"about", "approximately", "around", "roughly"}},
      // BoundaryAt's words.
      {kTimeBoundaryWord,
       {"eom", "bom", "eoy", "boy", "eod", "beginning", "start", "early", "end",
        "late", "mid", "middle"}},
      // PeriodWordAt's periods and their modifiers.
      {kTimePeriodWord,
       {"weekend", "wkend", "week", "summer", "winter", "spring", "fall",
        "autumn", "season", "seasons"}},
      {kTimePeriodModifier,
       {"this", "current", "the", "last", "past", "previous", "next", "coming",
        "upcoming"}},
      // PartOfDayAt's parts of day (without "ish").
      {kTimePartOfDay, {"morning", "afternoon", "evening", "night", "lunch"}},
      // TimeOfDayAt's words.
      {kTimeClockWord, {"noon", "midday", "mid", "midnight"}},
      // The clock time after "at", "around", ... (and "@", punctuation).
      {kTimeClockPrep, {"at", "around", "about", "approximately"}},
      // ParseAt's open intervals and deadlines.
      {kTimeOpenInterval,
       {"after", "since", "from", "before", "until", "till", "through", "thru",
        "untill", "by"}},
      {kTimeSometime, {"anytime", "sometimes", "sometime"}},
      // ClosestAt.
      {kTimeClosest, {"closest", "nearest"}},
  };
  return *c;
}

// What Tokenize records about a word (see Token).
struct WordFacts {
  signed char number_word = -1;
  signed char glued_number = -1;
  int ordinal_word = -1;
  bool number_start = false;
  signed char month = -1;
  signed char weekday = -1;
  bool time_word = false;
  uint32_t time_class = 0;
};

// Facts of every word that has any; other words have the defaults.
const absl::flat_hash_map<std::string, WordFacts>& WordTable() {
  static const auto* m = [] {
    auto* t = new absl::flat_hash_map<std::string, WordFacts>;
    for (const auto& [w, v] : CardinalWords()) {
      WordFacts& f = (*t)[std::string(w)];
      f.number_word = static_cast<signed char>(v);
      f.number_start = true;
    }
    // Glued tens+unit words: "twentyfive", "twentyfifth".
    static const char* const kTens[] = {"twenty", "thirty", "forty",
                                        "fifty",  "sixty",  "seventy",
                                        "eighty", "ninety"};
    for (int k = 0; k < 8; ++k) {
      for (const auto& [w, v] : CardinalWords()) {
        if (v < 1 || v > 9) continue;
        WordFacts& f = (*t)[std::string(kTens[k]) + std::string(w)];
        f.glued_number = static_cast<signed char>((k + 2) * 10 + v);
        f.number_start = true;
      }
      for (const auto& [w, v] : OrdinalWords()) {
        if (v < 1 || v > 9) continue;
        (*t)[std::string(kTens[k]) + std::string(w)].ordinal_word =
            (k + 2) * 10 + v;
      }
    }
    for (const auto& [w, v] : OrdinalWords()) {
      (*t)[std::string(w)].ordinal_word = v;
    }
    // Where else ParseNumberAt can start: hedges, signs, articles ("a
    // dozen", "a few"), vague amounts and "point five".
    for (const char* w :
         {"an",     "estimated",  "about",  "around",   "approximately",
          "approx", "roughly",    "nearly", "almost",   "some",
          "circa",  "reportedly", "minus",  "negative", "a",
          "couple", "pair",       "few",    "single",   "point"}) {
      (*t)[w].number_start = true;
    }
    for (const auto& [w, v] : MonthWords()) {
      (*t)[std::string(w)].month = static_cast<signed char>(v);
    }
    for (const auto& [w, v] : WeekdayWords()) {
      (*t)[std::string(w)].weekday = static_cast<signed char>(v);
    }
    for (const char* w : kTimeWords) (*t)[w].time_word = true;
    for (const TimeClassWords& c : TimeClasses()) {
      for (const char* w : c.words) (*t)[w].time_class |= c.bit;
    }
    return t;
  }();
  return *m;
}

// The word table again, as an open-addressing table keyed by a hash
// Tokenize computes while it copies a word's letters: one multiply per byte
// instead of hashing the finished string (the absl map's hash and probe
// were a third of Tokenize). Entries are compared in full, so a lookup
// finds exactly the words of WordTable.
class WordIndex {
 public:
  static constexpr uint32_t kSeed = 2166136261u;  // FNV-1a
  static uint32_t Step(uint32_t h, unsigned char c) {
    return (h ^ c) * 16777619u;
  }

  WordIndex() {
    size_t slots = 64;
    while (slots < 4 * WordTable().size()) slots *= 2;
    mask_ = static_cast<uint32_t>(slots - 1);
    slots_.assign(slots, -1);
    for (const auto& [word, facts] : WordTable()) {
      uint32_t h = kSeed;
      for (unsigned char c : word) h = Step(h, c);
      max_len_ = std::max(max_len_, word.size());
      uint32_t k = Slot(h);
      while (slots_[k] >= 0) k = (k + 1) & mask_;
      slots_[k] = static_cast<int>(entries_.size());
      entries_.push_back({h, word, facts});
    }
  }

  // Facts of `word` (hash h), or nullptr when it has none.
  const WordFacts* Find(uint32_t h, const std::string& word) const {
    if (word.size() > max_len_) return nullptr;
    for (uint32_t k = Slot(h);; k = (k + 1) & mask_) {
      const int e = slots_[k];
      if (e < 0) return nullptr;
      const Entry& x = entries_[e];
      if (x.hash == h && x.word == word) return &x.facts;
    }
  }

 private:
  struct Entry {
    uint32_t hash;
    std::string word;
    WordFacts facts;
  };
  uint32_t Slot(uint32_t h) const { return (h ^ (h >> 16)) & mask_; }

  std::vector<int> slots_;
  std::vector<Entry> entries_;
  uint32_t mask_ = 0;
  size_t max_len_ = 0;
};

}  // namespace

uint32_t WordHash(absl::string_view word) {
  uint32_t h = WordIndex::kSeed;
  for (unsigned char c : word) h = WordIndex::Step(h, c);
  return h;
}

namespace {

const WordIndex& Words() {
  static const auto* w = new WordIndex;
  return *w;
}

// Byte classes for the scan loop (ASCII letters, digits and spaces).
enum : unsigned char { kLetter = 1, kUpper = 2, kDigit = 4, kSpace = 8 };
struct ByteClasses {
  unsigned char c[256] = {};
  constexpr ByteClasses() {
    for (int b = 'a'; b <= 'z'; ++b) c[b] = kLetter;
    for (int b = 'A'; b <= 'Z'; ++b) c[b] = kLetter | kUpper;
    for (int b = '0'; b <= '9'; ++b) c[b] = kDigit;
    for (int b : {' ', '\t', '\n', '\r', '\f', '\v'}) c[b] = kSpace;
  }
};
constexpr ByteClasses kBytes;

bool IsAsciiLetter(unsigned char c) { return kBytes.c[c] & kLetter; }
bool IsAsciiDigit(unsigned char c) { return kBytes.c[c] & kDigit; }

// Length of the valid UTF-8 sequence at text[i], or 0 when invalid.
int Utf8Length(absl::string_view text, size_t i, unsigned int* code_point) {
  const unsigned char c = text[i];
  int len;
  unsigned int cp;
  if (c < 0x80) {
    *code_point = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (int k = 1; k < len; ++k) {
    const unsigned char cc = text[i + k];
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  *code_point = cp;
  return len;
}

bool IsUnicodeSpace(unsigned int cp) {
  return cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2002 ||
         cp == 0x2003 || cp == 0x200A || cp == 0x3000;
}
bool IsUnicodeDash(unsigned int cp) {
  return cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
         cp == 0x2014 || cp == 0x2015 || cp == 0x2212;
}
bool IsUnicodeApostrophe(unsigned int cp) {
  return cp == 0x2019 || cp == 0x2018;
}

}  // namespace

std::vector<Token> Tokenize(absl::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);
  const WordIndex& words = Words();
  bool space = true;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const unsigned char c = text[i];
    const unsigned char cls = kBytes.c[c];
    if (cls & kSpace) {
      space = true;
      ++i;
      continue;
    }
    unsigned int cp = 0;
    int len = 0;
    if (c >= 0x80) {
      len = Utf8Length(text, i, &cp);
      if (len > 0 && IsUnicodeSpace(cp)) {
        space = true;
        i += len;
        continue;
      }
    }
    // Built in place: no Token is moved or destroyed per token.
    Token& tok = tokens.emplace_back();
    tok.begin = static_cast<int>(i);
    tok.space_before = space;
    space = false;
    if (cls & kLetter) {
      tok.kind = Token::kWord;
      tok.capitalized = cls & kUpper;
      bool all_caps = true;
      uint32_t h = WordIndex::kSeed;
      while (i < n) {
        const unsigned char d = text[i];
        if (kBytes.c[d] & kLetter) {
          all_caps = all_caps && (kBytes.c[d] & kUpper);
          const unsigned char lower = d | 0x20;  // ASCII letters only
          tok.text.push_back(static_cast<char>(lower));
          h = WordIndex::Step(h, lower);
          ++i;
          continue;
        }
        // An apostrophe between letters stays inside the word: o'clock.
        unsigned int acp = 0;
        int alen = 0;
        if (d == '\'') {
          alen = 1;
        } else if (d >= 0x80) {
          alen = Utf8Length(text, i, &acp);
          if (alen == 0 || !IsUnicodeApostrophe(acp)) alen = 0;
        }
        if (alen > 0 && i + alen < n && IsAsciiLetter(text[i + alen])) {
          tok.text.push_back('\'');
          tok.apostrophe = true;
          h = WordIndex::Step(h, '\'');
          i += alen;
          continue;
        }
        break;
      }
      tok.word_hash = h;
      tok.all_caps = all_caps;
      if (const WordFacts* f = words.Find(h, tok.text)) {
        tok.number_word = f->number_word;
        tok.glued_number = f->glued_number;
        tok.ordinal_word = f->ordinal_word;
        tok.number_start = f->number_start;
        tok.month = f->month;
        tok.weekday = f->weekday;
        tok.time_word = f->time_word;
        tok.time_class = f->time_class;
      }
    } else if (cls & kDigit) {
      tok.kind = Token::kDigits;
      tok.number_start = true;
      while (i < n && IsAsciiDigit(text[i])) tok.text.push_back(text[i++]);
    } else if (c < 0x80) {
      tok.kind = Token::kPunct;
      tok.text.push_back(static_cast<char>(c));
      tok.number_start = c == '.' || c == '-' || c == '~';
      ++i;
    } else {
      tok.kind = Token::kPunct;
      if (len == 0) {
        // Invalid byte: a punctuation token of its own.
        tok.text = "\x7f";
        ++i;
      } else {
        if (IsUnicodeDash(cp)) {
          tok.text = "-";
          tok.number_start = true;
        } else if (IsUnicodeApostrophe(cp)) {
          tok.text = "'";
        } else {
          tok.text = std::string(text.substr(i, len));
        }
        i += len;
      }
    }
    tok.end = static_cast<int>(i);
  }
  return tokens;
}

int NumberWordValue(absl::string_view word) {
  auto it = CardinalWords().find(word);
  return it == CardinalWords().end() ? -1 : it->second;
}

int OrdinalWordValue(absl::string_view word) {
  auto it = OrdinalWords().find(word);
  return it == OrdinalWords().end() ? -1 : it->second;
}

}  // namespace accord
