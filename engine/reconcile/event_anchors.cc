#include "engine/reconcile/event_anchors.h"

#include <algorithm>
#include <map>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "engine/data/embedded_data.h"
#include "engine/normalize/iso_civil.h"

namespace accord {
namespace {

// A lower-case word of a sentence and its byte offset in the sentence.
struct Word {
  std::string text;
  int begin;
};

// The words of `text`: runs of ASCII letters and digits and non-ASCII
// letters, lower-cased; an apostrophe (' or U+2019) inside a word is kept as
// "'" ("year's"); other punctuation, including U+2000-U+206F (dashes,
// quotes), separates words.
std::vector<Word> SplitWords(absl::string_view text) {
  std::vector<Word> words;
  Word word{"", -1};
  auto flush = [&] {
    while (!word.text.empty() && word.text.back() == '\'') {
      word.text.pop_back();
    }
    if (!word.text.empty()) words.push_back(std::move(word));
    word = Word{"", -1};
  };
  const int n = static_cast<int>(text.size());
  for (int i = 0; i < n;) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    int width = 1;
    bool apostrophe = c == '\'', letter = false;
    if (c == 0xE2 && i + 2 < n &&
        static_cast<unsigned char>(text[i + 1]) == 0x80) {
      width = 3;  // U+2000-U+203F: dashes, quotes; U+2019 is an apostrophe
      apostrophe = static_cast<unsigned char>(text[i + 2]) == 0x99;
    } else {
      letter = absl::ascii_isalnum(c) || c >= 0x80;
    }
    if (letter) {
      if (word.begin < 0) word.begin = i;
      word.text.push_back(absl::ascii_tolower(c));
    } else if (apostrophe && word.begin >= 0) {
      word.text.push_back('\'');
    } else {
      flush();
    }
    i += width;
  }
  flush();
  return words;
}

// Whether `words[at..]` starts with `phrase`.
bool PhraseAt(const std::vector<Word>& words, int at,
              const EventCues::Phrase& phrase) {
  if (at < 0 ||
      at + static_cast<int>(phrase.size()) > static_cast<int>(words.size())) {
    return false;
  }
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (words[at + k].text != phrase[k]) return false;
  }
  return true;
}

// A four-digit year 1900-2099 ("2004", or "2004's"), else "".
std::string YearOf(absl::string_view word) {
  absl::ConsumeSuffix(&word, "'s");
  if (word.size() != 4 ||
      !(absl::StartsWith(word, "19") || absl::StartsWith(word, "20"))) {
    return "";
  }
  for (char c : word) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return "";
  }
  return std::string(word);
}

// The value of the claim's "time" argument when it holds a time, or null.
// The pointer is into `c`. Extraction gives a claim only a time that
// dates its trigger (engine/extract/time_owners.h).
const Value* ClaimTime(const Claim& c) {
  for (const Argument& a : c.args()) {
    if (a.role() == "time" && a.value().has_time()) return &a.value();
  }
  return nullptr;
}

// The claim's own time's begin ("2026-05-03T00:00:00"), or "" when it has
// none (no time argument, or a vague one like "recently").
absl::string_view OwnTime(const Claim& c) {
  const Value* v = ClaimTime(c);
  return v == nullptr ? "" : absl::string_view(v->time().begin());
}

// The length of `t` in days; 0 when it has no end or does not parse.
double DaysLong(const TimeValue& t) {
  absl::CivilSecond b, e;
  if (!ParseCivilSecond(t.begin(), &b) || !ParseCivilSecond(t.end(), &e)) {
    return 0;
  }
  return (e - b) / 86400.0;
}

// The year `t` lies in when it lies in one ("June 1998", "2004"); "" for
// a time across years ("the past two years"), open at an end or unparsed.
std::string SingleYear(const TimeValue& t) {
  absl::CivilSecond b, e;
  if (!ParseCivilSecond(t.begin(), &b) || !ParseCivilSecond(t.end(), &e) ||
      absl::CivilYear(b) != absl::CivilYear(e - 1)) {
    return "";
  }
  return YearOf(t.begin().substr(0, 4));
}

// Whether `t` is a running tally's bound: a date open at its end ("since
// January 1"), beginning more than `window_days` (one occurrence of the frame)
// before the article's publication day `published` ("2026-03-10"). False
// without a publication day or a window.
bool RunningSince(const TimeValue& t, absl::string_view published,
                  int window_days) {
  absl::CivilSecond b, p;
  // A clock time is when one event happened ("just after 11 p.m. on
  // February 1"), not the start of a period.
  if (t.grain() == SECOND || t.grain() == MINUTE || t.grain() == HOUR) {
    return false;
  }
  if (window_days <= 0 || t.begin().empty() || !t.end().empty() ||
      t.reference() != TimeValue::REFERENCE_UNSPECIFIED ||
      !ParseCivilSecond(t.begin(), &b) ||
      !ParseCivilSecond(absl::StrCat(published.substr(0, 10), "T00:00:00"),
                        &p)) {
    return false;
  }
  return (p - b) / 86400.0 > window_days;
}

// Whether `t` is a period that holds the article's publication day
// `published` and began more than `window_days` before it ("this year",
// "this month" past its first week): told in the present perfect ("have
// been shot this year"), a count runs over it up to the article, a
// running tally. False without a publication day or a window.
bool RunningThrough(const TimeValue& t, absl::string_view published,
                    int window_days) {
  if (t.grain() == SECOND || t.grain() == MINUTE || t.grain() == HOUR) {
    return false;
  }
  absl::CivilSecond b, e, p;
  if (window_days <= 0 || t.begin().empty() || t.end().empty() ||
      t.reference() != TimeValue::REFERENCE_UNSPECIFIED ||
      !ParseCivilSecond(t.begin(), &b) || !ParseCivilSecond(t.end(), &e) ||
      !ParseCivilSecond(absl::StrCat(published.substr(0, 10), "T00:00:00"),
                        &p)) {
    return false;
  }
  return b <= p && p < e && (p - b) / 86400.0 > window_days;
}

// The anchor key of a background event in the year `time` begins with
// ("2004", "2004-03-01T00:00:00"): background claims of one year may align
// (the aligner then tells their occurrences apart by time); "" when `time`
// has no year.
std::string YearKey(absl::string_view time) {
  const std::string year = YearOf(time.substr(0, 4));
  return year.empty() ? "" : absl::StrCat("year ", year);
}

// How many words before or after the trigger a period or year cue may start
// and still date the trigger's event.
constexpr int kScopeWords = 4;

// How many words before or after the trigger a phrase naming several events
// or a place-wide scope may stand and still be of the trigger's clause
// ("left seven dead and 14 others hurt in 17 shootings").
constexpr int kClauseWords = 10;

// Whether the claim states a count (its own or an implied one).
bool HasCount(const Claim& c) {
  for (const Argument& a : c.args()) {
    if (a.role() == "count" && a.value().has_quantity()) return true;
  }
  return false;
}

// Whether `word` is a plural noun naming events: a frame's plural event
// noun ("shootings": it and its singular are event nouns) or one of the
// cues' ("incidents").
bool PluralEventNoun(const EventCues& cues,
                     const absl::flat_hash_set<std::string>& event_nouns,
                     absl::string_view word) {
  if (cues.event_nouns().count(word) > 0) return true;
  if (!absl::EndsWith(word, "s") || event_nouns.count(word) == 0) return false;
  const std::string singular =
      absl::EndsWith(word, "ies")
          ? absl::StrCat(word.substr(0, word.size() - 3), "y")
          : std::string(word.substr(0, word.size() - 1));
  return event_nouns.count(singular) > 0;
}

// Whether `word` counts more than one: a number above 1 in digits ("17";
// "2,000" splits into "2" and "000", and its "2" counts) or a several cue.
bool SeveralWord(const EventCues& cues, absl::string_view word) {
  if (cues.several().count(word) > 0) return true;
  int n = 0;
  for (char c : word) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
    n = std::min(n * 10 + (c - '0'), 1000000);
  }
  return !word.empty() && n > 1;
}

// Where a phrase naming several events starts in `words` ("17 shootings",
// "two separate shootings", "those attacks", "after shootings"), at or
// after `from` and before `to`; -1 when there is none. "one of three
// shootings" names one, "in the shootings" this event's victims'.
int SeveralEventsAt(const EventCues& cues,
                    const absl::flat_hash_set<std::string>& event_nouns,
                    const absl::flat_hash_set<std::string>& determiners,
                    const std::vector<Word>& words, int from, int to) {
  for (int k = std::max(from, 0); k < to && k < static_cast<int>(words.size());
       ++k) {
    if (cues.bare_prepositions().count(words[k].text) > 0) {
      // A bare plural: "after shootings", "in overnight shootings".
      for (int n = k + 1; n <= k + 3 && n < static_cast<int>(words.size());
           ++n) {
        if (determiners.count(words[n].text) > 0 ||
            absl::EndsWith(words[n].text, "'s")) {
          break;
        }
        if (PluralEventNoun(cues, event_nouns, words[n].text)) return k;
      }
      continue;
    }
    if (!SeveralWord(cues, words[k].text)) continue;
    if (k > 0 && words[k - 1].text == "of") continue;
    for (int n = k + 1; n <= k + 2 && n < static_cast<int>(words.size()); ++n) {
      if (PluralEventNoun(cues, event_nouns, words[n].text)) return k;
    }
  }
  return -1;
}

// Whether the text between byte offsets `a` and `b` of `text` (either
// order) stays in one clause: no comma, semicolon, colon, parenthesis or
// dash between.
bool OneClause(absl::string_view text, int a, int b) {
  if (a > b) std::swap(a, b);
  const absl::string_view between = text.substr(a, b - a);
  return between.find_first_of(",;:()") == absl::string_view::npos &&
         between.find("\xE2\x80\x94") == absl::string_view::npos &&
         between.find(" - ") == absl::string_view::npos;
}

// The index of the word at or after byte `offset`, or words.size().
int WordAt(const std::vector<Word>& words, int offset) {
  int t = 0;
  while (t < static_cast<int>(words.size()) && words[t].begin < offset) ++t;
  return t;
}

}  // namespace

absl::StatusOr<EventCues> EventCues::Parse(absl::string_view text) {
  EventCues cues;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> words =
        absl::StrSplit(absl::AsciiStrToLower(line), ' ', absl::SkipEmpty());
    const std::string kind = words.front();
    words.erase(words.begin());
    if (words.empty()) {
      return absl::InvalidArgumentError(absl::StrCat("event cues line ",
                                                     line_number, ": kind '",
                                                     kind, "' without words"));
    }
    if (kind == "modifier") {
      cues.modifiers_.push_back(std::move(words));
    } else if (kind == "period") {
      cues.periods_.push_back(std::move(words));
    } else if (kind == "demonstrative" && words.size() == 1) {
      cues.demonstratives_.insert(words[0]);
    } else if (kind == "several" && words.size() == 1) {
      cues.several_.insert(words[0]);
    } else if (kind == "event_noun" && words.size() == 1) {
      cues.event_nouns_.insert(words[0]);
    } else if (kind == "bare_preposition" && words.size() == 1) {
      cues.bare_prepositions_.insert(words[0]);
    } else if (kind == "perfect" && words.size() == 1) {
      cues.perfect_.insert(words[0]);
    } else if (kind == "scope") {
      cues.scopes_.push_back(std::move(words));
    } else if (kind == "tally") {
      cues.tallies_.push_back(words);
      cues.periods_.push_back(std::move(words));
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "event cues line ", line_number, ": unknown kind '", kind,
          "' (modifier, period, tally, scope, or a one-word demonstrative, "
          "several, event_noun, bare_preposition or perfect)"));
    }
  }
  return cues;
}

const EventCues& EventCues::Default() {
  static const EventCues* const kDefault =
      new EventCues(Parse(embedded::kEventCues).value());
  return *kDefault;
}

EventAnchor EventAnchors::FromSentence(
    const EventCues& cues, const absl::flat_hash_set<std::string>& event_nouns,
    const absl::flat_hash_set<std::string>& determiners,
    const std::vector<std::string>& reference_years,
    absl::string_view published, int window_days, const Claim& claim) {
  EventAnchor anchor;
  const absl::string_view text = claim.sentence().text();
  const std::vector<Word> words = SplitWords(text);
  const int t = WordAt(words, static_cast<int>(claim.trigger().begin() -
                                               claim.sentence().begin()));
  const int after = WordAt(words, static_cast<int>(claim.trigger().end() -
                                                   claim.sentence().begin()));
  const bool noun =
      event_nouns.count(absl::AsciiStrToLower(claim.trigger().text())) > 0;
  const absl::string_view own_time = OwnTime(claim);
  // A count whose clause names several events or a place-wide scope is a
  // total, not one occurrence's count, whatever its time: "left two dead
  // and 14 hurt in 17 shootings over the weekend", "were shot citywide".
  if (HasCount(claim)) {
    const int trigger_at = t < static_cast<int>(words.size())
                               ? words[t].begin
                               : static_cast<int>(text.size());
    // The count's clause, and a phrase fronted before the sentence's
    // first comma ("In other shootings on Thursday, two men were hurt").
    const size_t comma = text.find(',');
    auto in_clause = [&](int k) {
      if (k < 0 || k >= static_cast<int>(words.size())) return false;
      if (k < t && comma != absl::string_view::npos &&
          words[k].begin < static_cast<int>(comma) &&
          static_cast<int>(comma) < trigger_at &&
          OneClause(text, 0, words[k].begin)) {
        return true;
      }
      return ((k >= after && k <= after + kClauseWords) ||
              (k < t && k >= t - kClauseWords)) &&
             OneClause(text, trigger_at, words[k].begin);
    };
    std::string cue;
    const int several = SeveralEventsAt(cues, event_nouns, determiners, words,
                                        t - kClauseWords, after + kClauseWords);
    if (several >= 0 && in_clause(several)) {
      cue = absl::StrCat("several events '", words[several].text, " ",
                         words[several + 1].text, "'");
    }
    for (const EventCues::Phrase& p : cues.scopes()) {
      for (int k = std::max(0, t - kClauseWords);
           cue.empty() && k <= after + kClauseWords; ++k) {
        if (in_clause(k) && PhraseAt(words, k, p)) {
          cue = absl::StrCat("scope '", absl::StrJoin(p, " "), "'");
        }
      }
    }
    // A tally right beside the verb, in its clause, makes a total even
    // when the claim has a time ("have been shot since January 1" gives
    // an open interval that would meet any day), unless a period that
    // dates one event covers it ("earlier this year").
    auto covered = [&](int k) {
      for (const EventCues::Phrase& p : cues.periods()) {
        for (int s = std::max(0, k - 2); s < k; ++s) {
          if (s + static_cast<int>(p.size()) > k && PhraseAt(words, s, p)) {
            return true;
          }
        }
      }
      return false;
    };
    for (const EventCues::Phrase& p : cues.tallies()) {
      for (int k = 0; cue.empty() && k <= after + kScopeWords; ++k) {
        const bool near = k >= t - kScopeWords || k == 0;
        if (near && in_clause(k) && PhraseAt(words, k, p) && !covered(k)) {
          cue = absl::StrCat("tally '", absl::StrJoin(p, " "), "'");
        }
      }
    }
    // A running tally's bound from the time normalizer: the count's time
    // (its own, or one of its sentence that dates its trigger) is open at
    // its end and began longer than one occurrence before the article
    // ("have been shot since January 1", "since the start of the year").
    const Value* bound = ClaimTime(claim);
    const TimeValue& unstated = claim.unstated_time().value();
    if (cue.empty() && RunningSince(bound != nullptr ? bound->time() : unstated,
                                    published, window_days)) {
      cue =
          absl::StrCat("tally since ", bound != nullptr ? bound->time().begin()
                                                        : unstated.begin());
    }
    // A period that holds the article's day, told in the present perfect
    // ("more than 300 people have been shot this year", "have died this
    // month"): from its start up to the article, a running tally. The
    // auxiliary stands within three words before the trigger, in its
    // clause ("have been fatally shot").
    const TimeValue& period = bound != nullptr ? bound->time() : unstated;
    for (int k = std::max(0, t - 3); cue.empty() && k < t; ++k) {
      if (cues.perfect().contains(absl::AsciiStrToLower(words[k].text)) &&
          OneClause(text, words[k].begin, trigger_at) &&
          RunningThrough(period, published, window_days)) {
        cue = absl::StrCat("tally through the article from ", period.begin());
      }
    }
    if (!cue.empty()) {
      anchor.background = true;
      anchor.total = true;
      anchor.cue = std::move(cue);
      return anchor;
    }
  }
  // A time longer than the frame's occurrence window is a period, not the
  // time of one occurrence: "27 homicides in 2014", "shootings last month"
  // state a total or a series.
  const Value* time = ClaimTime(claim);
  if (time != nullptr && window_days > 0 &&
      DaysLong(time->time()) > window_days) {
    anchor.background = true;
    anchor.key = YearKey(time->time().begin());
    anchor.cue = "a time longer than one occurrence";
    return anchor;
  }
  // A modifier before an event noun: the trigger's own event is another one.
  // Up to two words may stand between ("another deadly shooting"), but no
  // possessive ("the previous night's shooting" is this night's).
  if (noun) {
    for (const EventCues::Phrase& m : cues.modifiers()) {
      for (int gap = 0; gap <= 2; ++gap) {
        const int at = t - gap - static_cast<int>(m.size());
        if (!PhraseAt(words, at, m)) continue;
        bool possessive = false;
        for (int k = t - gap; k < t; ++k) {
          possessive |= absl::EndsWith(words[k].text, "'s");
        }
        if (possessive) continue;
        anchor.background = true;
        anchor.cue = absl::StrCat("modifier '", absl::StrJoin(m, " "), "'");
        if (!own_time.empty()) {
          anchor.key = YearKey(own_time);
        }
        return anchor;
      }
    }
    anchor.back_reference =
        t > 0 && cues.demonstratives().count(words[t - 1].text) > 0;
  }
  if (!own_time.empty()) return anchor;  // its time places it
  // A time that dates another event of the sentence (extraction's
  // Claim.time_attachment) in a year other than the main event's places
  // the sentence in that year's story: "was serving a life sentence after
  // being convicted in June 1998".
  const TimeAttachment& other = claim.time_attachment();
  if (other.scope() == TimeAttachment::OTHER_EVENT && other.has_value() &&
      !reference_years.empty()) {
    const std::string year = YearOf(other.value().begin().substr(0, 4));
    if (!year.empty() &&
        std::find(reference_years.begin(), reference_years.end(), year) ==
            reference_years.end()) {
      anchor.background = true;
      anchor.key = YearKey(other.value().begin());
      anchor.cue = absl::StrCat("a time of another event in ", year);
      return anchor;
    }
  }
  // Period and year cues are read where they bear on the trigger: fronted,
  // at the start of the sentence ("Last year, a gunman killed 12"), just
  // after the trigger's words ("killed in the city this year", "convicted
  // of murder in 1998") or just before them ("one in 2004 that killed").
  // Elsewhere they date some other phrase ("the vote held after a constitution
  // adopted earlier this year").
  auto in_scope = [&](int k) {
    return k == 0 || (k >= after && k <= after + kScopeWords) ||
           (k < t && k >= t - kScopeWords);
  };
  // A year other than the main event's, in a time of the sentence that
  // dates the trigger or its clause though the claim's rule did not take
  // it (Claim.unstated_time: "in 2004", "the 2004 tsunami").
  const TimeAttachment& unstated = claim.unstated_time();
  if (unstated.has_value() && !reference_years.empty()) {
    const std::string year = SingleYear(unstated.value());
    if (!year.empty() &&
        std::find(reference_years.begin(), reference_years.end(), year) ==
            reference_years.end()) {
      anchor.background = true;
      anchor.key = YearKey(year);
      anchor.cue = absl::StrCat("year ", year);
      return anchor;
    }
  }
  for (const EventCues::Phrase& p : cues.periods()) {
    for (int k = 0; k < static_cast<int>(words.size()); ++k) {
      if (!in_scope(k) || !PhraseAt(words, k, p)) continue;
      anchor.background = true;
      anchor.cue = absl::StrCat("period '", absl::StrJoin(p, " "), "'");
      return anchor;
    }
  }
  return anchor;
}

EventAnchors::EventAnchors(const EventCues& cues, const Lexicon& lexicon,
                           const std::vector<Document>& documents,
                           const std::vector<Claim>& claims)
    : base_(claims.data()), anchors_(claims.size()) {
  // The language's determiners, from the one list the lexicon reads.
  const absl::flat_hash_set<std::string> determiners(
      lexicon.proto().determiners().begin(),
      lexicon.proto().determiners().end());
  absl::flat_hash_set<std::string> nouns;
  for (const FrameSpec& f : lexicon.proto().frames()) {
    for (std::string& n : Lexicon::NounForms(f)) {
      nouns.insert(absl::AsciiStrToLower(n));
    }
  }
  // Claims by document, in text order.
  std::map<std::string, std::vector<int>> by_doc;
  for (int i = 0; i < static_cast<int>(claims.size()); ++i) {
    by_doc[claims[i].trigger().doc_id()].push_back(i);
  }
  absl::flat_hash_map<std::string, std::string> published;
  for (const Document& d : documents) published[d.id()] = d.published();
  constexpr int kLeadSentences = 3;  // the title and the first sentences
  for (auto& [doc, indexes] : by_doc) {
    std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) {
      return claims[a].trigger().begin() < claims[b].trigger().begin();
    });
    // The main event's years: the publication year, else the years the
    // lead's claims give their times.
    std::vector<std::string> years;
    auto p = published.find(doc);
    if (p != published.end() && !YearOf(p->second.substr(0, 4)).empty()) {
      years.push_back(p->second.substr(0, 4));
    } else {
      std::vector<int64_t> lead;
      for (int i : indexes) {
        const int64_t begin = claims[i].sentence().begin();
        if (std::find(lead.begin(), lead.end(), begin) == lead.end()) {
          if (static_cast<int>(lead.size()) == kLeadSentences) break;
          lead.push_back(begin);
        }
        const std::string year = YearOf(OwnTime(claims[i]).substr(0, 4));
        if (!year.empty() &&
            std::find(years.begin(), years.end(), year) == years.end()) {
          years.push_back(year);
        }
      }
    }
    // A back reference ("that quake") takes the anchor of the event the
    // article last told in that frame.
    absl::flat_hash_map<std::string, int> last_of_frame;
    for (int i : indexes) {
      const FrameSpec* frame = lexicon.Find(claims[i].frame());
      EventAnchor a = FromSentence(
          cues, nouns, determiners, years,
          p == published.end() ? absl::string_view() : p->second,
          frame == nullptr ? 0 : frame->occurrence_window_days(), claims[i]);
      auto last = last_of_frame.find(claims[i].frame());
      if (a.back_reference && !a.background && last != last_of_frame.end() &&
          anchors_[last->second].background) {
        a.background = true;
        a.key = anchors_[last->second].key;
        a.cue = absl::StrCat("back reference to ",
                             claims[last->second].trigger().text());
      }
      anchors_[i] = std::move(a);
      last_of_frame[claims[i].frame()] = i;
    }
  }
}

}  // namespace accord
