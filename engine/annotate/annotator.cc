#include "engine/annotate/annotator.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "engine/annotate/name_scan.h"
#include "engine/annotate/time_tense.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/quantity.h"
#include "engine/normalize/time.h"
#include "engine/normalize/tokenizer.h"
#include "engine/text/sentence_splitter.h"
#include "engine/wordnet/noun_kinds.h"
#include "re2/re2.h"

namespace accord {
namespace {

// Lower numbers win when two candidate mentions of equal length overlap.
int Priority(absl::string_view tag) {
  static constexpr absl::string_view kOrder[] = {
      "QUOTE", "PER",  "ORG", "GPE", "EVT", "HIS", "THG",
      "DEM",   "TIME", "DUR", "ORD", "QTY", "NUM", "PRO"};
  for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i) {
    if (tag == kOrder[i]) return i;
  }
  return 100;
}

absl::CivilSecond ReferenceTime(const Document& doc) {
  std::vector<absl::string_view> parts = absl::StrSplit(doc.published(), '-');
  int y = 0, m = 0, d = 0;
  if (parts.size() == 3 && absl::SimpleAtoi(parts[0], &y) &&
      absl::SimpleAtoi(parts[1], &m) && absl::SimpleAtoi(parts[2], &d)) {
    return absl::CivilSecond(y, m, d, 12, 0, 0);
  }
  // Unknown date: relative expressions resolve against a fixed epoch so the
  // output stays deterministic; reports show such documents as undated.
  return absl::CivilSecond(1970, 1, 1, 12, 0, 0);
}

bool WordEdge(absl::string_view text, int i) {
  if (i <= 0 || i >= static_cast<int>(text.size())) return true;
  const unsigned char c = text[i];
  return !(absl::ascii_isalnum(c) || c >= 0x80);
}

// Takes the matches by value so their Value protos are moved, not copied.
void AddValueMatches(std::vector<ValueMatch> matches, int offset,
                     const char* tag, std::vector<Mention>* out) {
  for (ValueMatch& m : matches) {
    if (m.end <= m.begin) continue;
    Mention mention{offset + m.begin, offset + m.end, tag, Value()};
    mention.value.Swap(&m.value);
    out->push_back(std::move(mention));
  }
}

// Quoted speech: “...”, "..." with at least `min_words` words.
void FindQuotes(absl::string_view s, int offset, int min_words,
                std::vector<Mention>* out) {
  // Straight quotes, or curly ones (closed by a curly or straight quote).
  static const LazyRE2 kQuote = {
      "(\"([^\"]+)\"|\xE2\x80\x9C([^\xE2\x80\x9D\"]+)[\xE2\x80\x9D\"])"};
  // Most sentences quote nothing: skip the scan without a quote mark.
  if (s.find('"') == absl::string_view::npos &&
      s.find("\xE2\x80\x9C") == absl::string_view::npos) {
    return;
  }
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece whole, plain, curly;
  while (RE2::FindAndConsume(&input, *kQuote, &whole, &plain, &curly)) {
    re2::StringPiece body = plain.empty() ? curly : plain;
    const int words =
        static_cast<int>(std::count(body.begin(), body.end(), ' ')) + 1;
    if (words < min_words) continue;
    Mention m;
    m.begin = offset + static_cast<int>(whole.data() - s.data());
    m.end = m.begin + static_cast<int>(whole.size());
    m.tag = "QUOTE";
    m.value.set_text(std::string(body.data(), body.size()));
    m.value.set_surface(std::string(whole.data(), whole.size()));
    out->push_back(std::move(m));
  }
}

// Names the gazetteer does not know, recognized by a title before them, by
// a comma or a reporting verb after them, or by an age before them
// ("36-year-old Duncan Rait").
// `tokens` == Tokenize(s).
void FindTitledNames(absl::string_view s, const std::vector<Token>& tokens,
                     int offset, std::vector<Mention>* out) {
  static const auto* const kNotNames = new absl::flat_hash_set<std::string>{
      "The",         "A",           "An",        "In",         "On",
      "At",          "But",         "And",       "After",      "Before",
      "During",      "Despite",     "Monday",    "Tuesday",    "Wednesday",
      "Thursday",    "Friday",      "Saturday",  "Sunday",     "January",
      "February",    "March",       "April",     "May",        "June",
      "July",        "August",      "September", "October",    "November",
      "December",    "Day",         "News",      "Party",      "House",
      "Street",      "Square",      "City",      "Centre",     "Center",
      "Department",  "Police",      "Court",     "University", "Ministry",
      "Army",        "Forces",      "Office",    "When",       "While",
      "Since",       "Other",       "This",      "That",       "Earlier",
      "Separately",  "Instead",     "However",   "Aside",      "Back",
      "As",          "With",        "From",      "For",        "Intensive",
      "Contingents", "Referencing", "Russia",    "China",      "Victory",
      "Great",       "World",       "War",       "Republic",   "Union",
      "Gazette",     "Magazine",    "Times"};
  auto add = [&](re2::StringPiece name) {
    std::vector<absl::string_view> words =
        absl::StrSplit(absl::string_view(name.data(), name.size()), ' ');
    for (absl::string_view w : words) {
      if (kNotNames->contains(std::string(w))) return;
    }
    Mention m;
    m.begin = offset + static_cast<int>(name.data() - s.data());
    m.end = m.begin + static_cast<int>(name.size());
    m.tag = "PER";
    m.value.set_entity_id(SlugId(absl::string_view(name.data(), name.size())));
    m.value.set_surface(std::string(name.data(), name.size()));
    out->push_back(std::move(m));
  };
  // Most sentences have neither a title before a capitalized word nor a
  // capitalized name before a comma or reporting verb; the byte scans say
  // so without running the regexes (and never skip a match).
  if (MayMatchTitledName(s, tokens)) {
    re2::StringPiece input(s.data(), s.size());
    re2::StringPiece name;
    while (RE2::FindAndConsume(&input, TitledNameRe(), &name)) add(name);
  }
  if (MayMatchReportedName(s, tokens)) {
    re2::StringPiece input(s.data(), s.size());
    re2::StringPiece name;
    while (RE2::FindAndConsume(&input, ReportedNameRe(), &name)) add(name);
  }
  if (s.find("-year-old ") != absl::string_view::npos) {
    re2::StringPiece input(s.data(), s.size());
    re2::StringPiece name;
    while (RE2::FindAndConsume(&input, AgedNameRe(), &name)) {
      // Capitalized words before a person noun modify it ("a 17-year-old
      // Maumee High School student"): the person is the noun, unnamed.
      const size_t after = name.data() + name.size() - s.data();
      size_t end = after + 1;
      while (end < s.size() && absl::ascii_islower(s[end])) ++end;
      if (after + 1 < end && NounKinds::Default().FirstSenseOf(
                                 s.substr(after + 1, end - after - 1)) &
                                 NounKinds::kPerson) {
        continue;
      }
      add(name);
    }
  }
}

// `tokens` == Tokenize(s).
void FindPronouns(absl::string_view s, const std::vector<Token>& tokens,
                  int offset, std::vector<Mention>* out) {
  auto add = [&](int begin, int end) {
    Mention m;
    m.begin = offset + begin;
    m.end = offset + end;
    m.tag = "PRO";
    m.value.set_surface(std::string(s.substr(begin, end - begin)));
    out->push_back(std::move(m));
  };
  std::vector<std::pair<int, int>> spans;
  if (FindPronounSpans(s, tokens, &spans)) {
    for (const auto& [begin, end] : spans) add(begin, end);
    return;
  }
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece p;
  while (RE2::FindAndConsume(&input, PronounRe(), &p)) {
    const int begin = static_cast<int>(p.data() - s.data());
    add(begin, begin + static_cast<int>(p.size()));
  }
}

std::vector<Mention> Resolve(std::vector<Mention> candidates) {
  // The candidates are ranked and chosen through small keys rather than
  // sorted in place: a Mention holds a Value proto, so moving one costs
  // far more than comparing two, and each tag's priority is looked up once
  // here instead of at every comparison. The sorts see the same
  // comparisons as sorting the mentions would, so they pick the same
  // mentions in the same order.
  struct Key {
    int begin;
    int end;
    int priority;
    int index;  // into candidates
  };
  std::vector<Key> keys;
  keys.reserve(candidates.size());
  for (size_t i = 0; i < candidates.size(); ++i) {
    const Mention& m = candidates[i];
    keys.push_back({m.begin, m.end, Priority(m.tag), static_cast<int>(i)});
  }
  // Stable, so equal candidates keep the order the finders produced them.
  std::stable_sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    const int la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.begin < b.begin;
  });
  std::vector<Key> kept;
  kept.reserve(keys.size());
  for (const Key& m : keys) {
    bool overlaps = false;
    for (const Key& k : kept) {
      if (m.begin < k.end && k.begin < m.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Key& a, const Key& b) { return a.begin < b.begin; });
  std::vector<Mention> out;
  out.reserve(kept.size());
  for (const Key& k : kept) out.push_back(std::move(candidates[k.index]));
  return out;
}

}  // namespace

std::string SlugId(absl::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (absl::ascii_isalnum(c)) {
      out.push_back(absl::ascii_tolower(c));
    } else if (!out.empty() && out.back() != '_') {
      out.push_back('_');
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

const char* Annotator::TagForType(EntityType type) {
  switch (type) {
    case PERSON:
      return "PER";
    case COUNTRY:
    case CITY:
      return "GPE";
    case ORG:
      return "ORG";
    case EVENT:
      return "EVT";
    case HISTORIC:
      return "HIS";
    case THING:
      return "THG";
    case OFFICE:
    case GROUP:
      return "ORG";
    default:
      return "THG";
  }
}

Annotator::Annotator(const Gazetteer* gazetteer, AnnotatorOptions options)
    : gazetteer_(gazetteer), options_(options) {}

std::vector<AnnotatedSentence> Annotator::Annotate(const Document& doc) const {
  const absl::string_view text = doc.text();
  TimeContext time_ctx;
  time_ctx.reference = ReferenceTime(doc);
  time_ctx.weekday = TimeContext::WeekdayDirection::kNearestPast;

  std::vector<AnnotatedSentence> out;
  // Document-level state for reference resolution.
  std::string last_person, last_occasion;
  absl::flat_hash_map<std::string, std::string> local_names;  // surname -> id

  const std::vector<SentenceBounds> bounds =
      SplitSentences(text, doc.removed(), options_.max_sentence_bytes);
  for (size_t si = 0; si < bounds.size(); ++si) {
    const SentenceBounds& b = bounds[si];
    const absl::string_view s = text.substr(b.begin, b.end - b.begin);
    // The value scanners and the name scans share one tokenization of the
    // sentence.
    const std::vector<Token> tokens = Tokenize(s);
    std::vector<Mention> cand;
    FindQuotes(s, b.begin, options_.min_quote_words, &cand);
    for (const GazetteerMatch& g : gazetteer_->FindAll(s, tokens)) {
      Mention m;
      m.begin = b.begin + g.begin;
      m.end = b.begin + g.end;
      m.tag = g.demonym ? "DEM" : TagForType(g.entity->type());
      m.value.set_entity_id(g.entity->id());
      m.value.set_surface(std::string(s.substr(g.begin, g.end - g.begin)));
      cand.push_back(std::move(m));
    }
    {
      // Names the gazetteer knows keep their canonical ids.
      std::vector<Mention> titled;
      FindTitledNames(s, tokens, b.begin, &titled);
      const size_t known = cand.size();
      for (Mention& t : titled) {
        bool overlaps = false;
        for (size_t k = 0; k < known; ++k) {
          if (t.begin < cand[k].end && cand[k].begin < t.end) overlaps = true;
        }
        if (!overlaps) cand.push_back(std::move(t));
      }
    }
    // Surnames of people named earlier in the document.
    for (const auto& [surname, id] : local_names) {
      size_t pos = 0;
      while ((pos = s.find(surname, pos)) != absl::string_view::npos) {
        const int mb = static_cast<int>(pos), me = mb + surname.size();
        if (WordEdge(s, mb - 1) && WordEdge(s, me)) {
          Mention m{b.begin + mb, b.begin + me, "PER", Value()};
          m.value.set_entity_id(id);
          m.value.set_surface(surname);
          cand.push_back(std::move(m));
        }
        pos = me;
      }
    }
    {
      // "the 25th anniversary": a bare ordinal followed by a noun is an
      // ordinal, not a day of the month.
      static const LazyRE2 kBareOrdinal = {"(?i)(?:the )?\\d+(?:st|nd|rd|th)"};
      static const LazyRE2 kNounAfter = {"^ [a-z]"};
      std::vector<ValueMatch> times = FindTimes(s, tokens, time_ctx);
      if (doc.published().empty()) {
        // Undated document: a time that depends on the reference date
        // ("Saturday", "yesterday", "last month") has no known value, so
        // it is dropped rather than pinned to an arbitrary epoch. Absolute
        // times ("May 9, 2005", "2005") stay.
        TimeContext other = time_ctx;
        other.reference = absl::CivilSecond(1987, 7, 15, 12, 0, 0);
        const std::vector<ValueMatch> moved = FindTimes(s, tokens, other);
        times.erase(
            std::remove_if(times.begin(), times.end(),
                           [&](const ValueMatch& m) {
                             for (const ValueMatch& o : moved) {
                               if (o.begin == m.begin && o.end == m.end) {
                                 return o.value.SerializeAsString() !=
                                        m.value.SerializeAsString();
                               }
                             }
                             return true;
                           }),
            times.end());
      }
      // Weekdays, months and seasons by the tense of their verb ("is
      // expected to hold talks on Thursday" is the next Thursday,
      // "announced Sunday" the last Sunday).
      ApplyTimeTense(s, tokens, time_ctx, &times);
      times.erase(
          std::remove_if(
              times.begin(), times.end(),
              [&](const ValueMatch& m) {
                const absl::string_view surface =
                    s.substr(m.begin, m.end - m.begin);
                // kBareOrdinal ends in st/nd/rd/th: most times
                // ("Monday", "May 9") fail on their last byte.
                const char last = surface.empty()
                                      ? '\0'
                                      : absl::ascii_tolower(surface.back());
                if (last != 't' && last != 'd' && last != 'h') {
                  return false;
                }
                const absl::string_view after = s.substr(m.end);
                return RE2::FullMatch(
                           re2::StringPiece(surface.data(), surface.size()),
                           *kBareOrdinal) &&
                       RE2::PartialMatch(
                           re2::StringPiece(after.data(), after.size()),
                           *kNounAfter);
              }),
          times.end());
      AddValueMatches(std::move(times), b.begin, "TIME", &cand);
    }
    AddValueMatches(FindDurations(s, tokens), b.begin, "DUR", &cand);
    AddValueMatches(FindOrdinals(s, tokens), b.begin, "ORD", &cand);
    AddValueMatches(FindQuantities(s, tokens), b.begin, "QTY", &cand);
    AddValueMatches(FindNumbers(s, tokens), b.begin, "NUM", &cand);
    FindPronouns(s, tokens, b.begin, &cand);

    AnnotatedSentence as;
    as.index = static_cast<int>(si);
    as.bounds = b;
    as.mentions = Resolve(std::move(cand));
    // Quantities without a unit are plain numbers.
    for (Mention& m : as.mentions) {
      if (m.tag == "QTY" && m.value.has_quantity() &&
          m.value.quantity().unit().empty()) {
        m.tag = "NUM";
      }
    }
    // Resolve references in reading order.
    for (Mention& m : as.mentions) {
      if (m.tag == "PER") {
        last_person = m.value.entity_id();
        const std::string& surface = m.value.surface();
        const size_t space = surface.rfind(' ');
        if (space != std::string::npos &&
            gazetteer_->Find(m.value.entity_id()) == nullptr) {
          local_names.emplace(surface.substr(space + 1), m.value.entity_id());
        }
      } else if (m.tag == "PRO") {
        if (!last_person.empty()) m.value.set_entity_id(last_person);
      } else if (m.tag == "EVT") {
        if (m.value.entity_id() == "@occasion") {
          if (!last_occasion.empty()) m.value.set_entity_id(last_occasion);
        } else {
          last_occasion = m.value.entity_id();
        }
      }
    }
    out.push_back(std::move(as));
  }
  return out;
}

}  // namespace accord
