#include "engine/extract/extractor.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <set>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "engine/base/status_macros.h"
#include "engine/data/embedded_data.h"
#include "engine/extract/modality.h"
#include "engine/io/bounded_parse.h"
#include "engine/rules/embedded_rule_table.h"
#include "engine/text/fold.h"
#include "engine/wordnet/noun_kinds.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/message_differencer.h"
#include "re2/re2.h"

namespace accord {
namespace {

// Offices held by one person, as they follow a country in a tagged sentence
// ("⟦GPE#1⟧'s president"); shared by the patterns below.
#define ACCORD_PERSON_OFFICES \
  "president|leader|prime minister|premier|king|queen|chancellor|minister"

bool IsActorTag(absl::string_view tag) {
  return tag == "PER" || tag == "PRO" || tag == "ORG" || tag == "GPE";
}

bool IsEntityTag(absl::string_view tag) {
  return IsActorTag(tag) || tag == "EVT" || tag == "HIS" || tag == "THG" ||
         tag == "DEM";
}

// Tags acceptable for a role, by the role's name. Roles not listed take any
// entity.
absl::Span<const absl::string_view> TagsForRole(absl::string_view role) {
  static constexpr absl::string_view kTime[] = {"TIME"};
  static constexpr absl::string_view kDuration[] = {"DUR"};
  static constexpr absl::string_view kOrdinal[] = {"ORD"};
  static constexpr absl::string_view kCount[] = {"NUM", "QTY"};
  static constexpr absl::string_view kTerm[] = {"DUR", "QTY"};
  static constexpr absl::string_view kScope[] = {"TIME", "DUR"};
  static constexpr absl::string_view kEvent[] = {"EVT"};
  static constexpr absl::string_view kOf[] = {"HIS", "EVT"};
  static constexpr absl::string_view kTheme[] = {"THG"};
  static constexpr absl::string_view kPlace[] = {"GPE"};
  static constexpr absl::string_view kTarget[] = {"PER", "PRO", "ORG", "GPE",
                                                  "EVT"};
  static constexpr absl::string_view kEntity[] = {"PER", "PRO", "ORG", "GPE",
                                                  "DEM"};
  if (role == "time") return kTime;
  if (role == "duration") return kDuration;
  if (role == "ordinal") return kOrdinal;
  if (role == "count" || role == "amount" || role == "magnitude") {
    return kCount;
  }
  if (role == "term") return kTerm;
  if (role == "scope") return kScope;
  if (role == "event") return kEvent;
  if (role == "of") return kOf;
  if (role == "theme") return kTheme;
  if (role == "destination" || role == "place") return kPlace;
  if (role == "target") return kTarget;
  return kEntity;
}

// Roles whose value is the words themselves.
bool IsTextRole(absl::string_view role) {
  return role == "text" || role == "content" || role == "charge" ||
         role == "kind" || role == "cue" || role == "facility";
}

struct Window {
  int begin;
  int end;
};

// The clause before `pos` in the tagged text: back to the previous comma,
// semicolon, colon or parenthesis.
Window ClauseBefore(absl::string_view tagged, int pos) {
  int b = pos;
  while (b > 0) {
    const char c = tagged[b - 1];
    if (c == ',' || c == ';' || c == ':' || c == '(') break;
    --b;
  }
  return {b, pos};
}

// Whether a negation governs the trigger that starts at the end of `before`
// (the tagged text up to the trigger). Only the verb group right before the
// trigger counts: a negator ("not", "never", "n't", "no longer", "refused
// to") followed by nothing but auxiliaries, control verbs and adverbs ("did
// not attend", "has not committed to traveling", "was never charged").
// A negation elsewhere in the clause governs another verb ("He did not say
// when she entered"), and "not only" does not negate.
Polarity PolarityOf(absl::string_view before) {
  static const LazyRE2 kNegatedGroup = {
      "(?:\\b(?:not|never|no longer|(?:declined|refused|failed|refuses|"
      "declines|fails|refusing|declining|failing) to)|n't)"
      "(?: (?:will|would|shall|can|could|may|might|must|is|are|was|were|be|"
      "been|being|has|have|had|do|does|did|get|got|gotten|to|yet|ever|even|"
      "also|again|actually|officially|formally|publicly|personally|"
      "immediately|expected|scheduled|set|slated|due|planning|plan|plans|"
      "planned|going|committed|able|allowed|want|wants|wanted|intend|"
      "intends|intended|try|tried|trying|seek|sought|[a-z]+ly))* $"};
  static const LazyRE2 kNotOnly = {"\\bnot only (?:[a-z]+ )*$"};
  const re2::StringPiece b(before.data(), before.size());
  if (RE2::PartialMatch(b, *kNotOnly)) return POSITIVE;
  return RE2::PartialMatch(b, *kNegatedGroup) ? NEGATIVE : POSITIVE;
}

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

// The unit of two counts summed in one enumeration, or false when they do
// not add up: equal units or one missing ("12 Iraqi and 9 Syrian
// fighters"), or two nouns that both name people ("7 officers and 2
// civilians": WordNet's most frequent sense), counted as "person". "7
// people and 12 cows" do not add up.
bool JoinUnits(const std::string& a, const std::string& b, std::string* out) {
  if (a.empty() || b.empty() || a == b) {
    *out = a.empty() ? b : a;
    return true;
  }
  const NounKinds& kinds = NounKinds::Default();
  if (kinds.IsPerson(a) && kinds.IsPerson(b)) {
    *out = "person";
    return true;
  }
  return false;
}

// A count in an enumeration of counted nouns counts them all: "captured 12
// Iraqi and 9 Syrian fighters" (one noun shared) is 21, "killed 3 soldiers,
// 2 soldiers and 4 soldiers" is 9 and "seven officers and two civilians
// were hurt" is 9 people (JoinUnits). `head` is the count's mention in `s`;
// the counts that follow it, or precede it, after at most two words and a
// comma or "and" are added to `value` (bounds too). A range ("between 10
// and 20") is not an enumeration. An enumeration lists one event's victims
// in one noun phrase, so it ends where a clause does: a verb or an
// auxiliary between two counts ("Two people were killed and one child was
// injured": `is_clause_word`) makes them counts of different clauses, and
// a partitive ("Ten people were shot, one of them fatally") or an age is a
// subset or an attribute, never one more member.
void AddEnumeratedCounts(
    const TaggedSentence& tagged, const AnnotatedSentence& s, int head,
    const CountCues& cues,
    const std::function<bool(absl::string_view)>& is_clause_word,
    Value* value) {
  if (!value->has_quantity()) return;
  const std::string& t = tagged.text();
  const int begin = tagged.TagEnd(head);
  static const LazyRE2 kRange = {"\\b(?:between|from) $"};
  const size_t open = t.rfind("⟦", begin);
  if (open == std::string::npos ||
      RE2::PartialMatch(re2::StringPiece(t.data(), open), *kRange)) {
    return;
  }
  if (cues.IsPartitive(tagged, head)) return;
  Quantity sum = value->quantity();
  bool added = false;
  // Adds mention `index` when `gap` (the words between) opens no clause
  // and the units join; false to stop.
  auto add = [&](int index, const std::string& gap) {
    if (index < 0 || index >= static_cast<int>(s.mentions.size()) ||
        index == head || !s.mentions[index].value.has_quantity()) {
      return false;
    }
    for (absl::string_view w : absl::StrSplit(gap, ' ', absl::SkipEmpty())) {
      if (is_clause_word(w)) return false;
    }
    if (cues.IsPartitive(tagged, index) || cues.IsAge(tagged, index)) {
      return false;
    }
    const Quantity& q = s.mentions[index].value.quantity();
    std::string unit;
    if (!JoinUnits(sum.unit(), q.unit(), &unit)) return false;
    sum.set_unit(unit);
    sum.set_value(sum.value() + q.value());
    sum.set_low(sum.low() + q.low());
    sum.set_high(sum.high() + q.high());
    sum.set_approximate(sum.approximate() || q.approximate());
    added = true;
    return true;
  };
  static const LazyRE2 kNext = {
      "^((?: (?:[a-z-]+|⟦DEM#\\d+⟧)){0,2}?)(?:,| and|, and) "
      "⟦(?:NUM|QTY)#(\\d+)⟧"};
  for (int at = begin;;) {
    int index = -1;
    std::string gap;
    if (!RE2::PartialMatch(re2::StringPiece(t.data() + at, t.size() - at),
                           *kNext, &gap, &index) ||
        index <= head || !add(index, gap)) {
      break;
    }
    at = tagged.TagEnd(index);
  }
  static const LazyRE2 kPrevious = {
      "⟦(?:NUM|QTY)#(\\d+)⟧((?: (?:[a-z-]+|⟦DEM#\\d+⟧)){0,2}?)"
      "(?:,| and|, and) $"};
  for (size_t at = open;;) {
    int index = -1;
    std::string gap;
    if (!RE2::PartialMatch(re2::StringPiece(t.data(), at), *kPrevious, &index,
                           &gap) ||
        index >= head || !add(index, gap)) {
      break;
    }
    at = t.rfind("⟦", tagged.TagEnd(index));
    if (at == std::string::npos ||
        RE2::PartialMatch(re2::StringPiece(t.data(), at), *kRange)) {
      break;
    }
  }
  if (added) *value->mutable_quantity() = sum;
}

// Which other episode than the story's main event a news claim reports,
// from the sentence's words before its trigger (`before`, from the start
// of the sentence) and after it (`after`):
// "earlier" for the past perfect ("had captured") and for an event noun
// called earlier ("an earlier raid", "the previous attack"), "other" for
// another of its kind ("another attack", "a second bombing", "thwarted
// yet another attack"), "" for the main event. A verb's object counts
// only when it is an event noun of some frame (`is_event_noun`): "killed
// another man" may be one more victim of the same attack.
std::string OtherEpisode(
    absl::string_view before, absl::string_view after,
    const std::vector<Mention>& mentions,
    const std::function<bool(absl::string_view)>& is_event_noun) {
  // "a second", "the third" (the annotator tags the ordinal; "the first"
  // may be the main event).
  auto later_ordinal = [&](re2::StringPiece text, const RE2& re) {
    int index = -1;
    return RE2::PartialMatch(text, re, &index) && index >= 0 &&
           index < static_cast<int>(mentions.size()) &&
           mentions[index].value.ordinal() >= 2;
  };
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
  static const LazyRE2 kOtherBefore = {
      "\\b(?:another|(?:a|the) (?:second|third|fourth|separate|similar|"
      "further))(?: [a-z-]+)? $"};
  if (RE2::PartialMatch(b, *kEarlierBefore)) return "earlier";
  static const LazyRE2 kOrdinalBefore = {
      "\\b(?:a|the) ⟦ORD#(\\d+)⟧(?: [a-z-]+)? $"};
  if (RE2::PartialMatch(b, *kOtherBefore) ||
      later_ordinal(b, *kOrdinalBefore)) {
    return "other";
  }
  static const LazyRE2 kOtherObject = {
      "^ (?:yet )?(?:another|a (?:second|third|fourth|separate|similar|"
      "further)) ((?:[a-z-]+ ?){1,3})"};
  static const LazyRE2 kOrdinalObject = {
      "^ (?:a|the) ⟦ORD#(\\d+)⟧ ((?:[a-z-]+ ?){1,3})"};
  const re2::StringPiece a(after.data(), after.size());
  std::string words;
  int index = -1;
  if (RE2::PartialMatch(a, *kOtherObject, &words) ||
      (RE2::PartialMatch(a, *kOrdinalObject, &index, &words) &&
       later_ordinal(a, *kOrdinalObject))) {
    // The object's head: one of its first words, or two of them, is an
    // event noun ("another attack", "a second suicide bombing").
    const std::vector<absl::string_view> w =
        absl::StrSplit(words, ' ', absl::SkipEmpty());
    for (size_t i = 0; i < w.size(); ++i) {
      if (is_event_noun(w[i])) return "other";
      if (i + 1 < w.size() &&
          is_event_noun(absl::StrCat(w[i], " ", w[i + 1]))) {
        return "other";
      }
    }
  }
  return "";
}

// The roles a claim has filled so far: a handful, so a linear scan of
// views beats a std::set<std::string> that copies every name. The names
// must outlive the set (rule groups, the frame's roles, literals).
class FilledRoles {
 public:
  bool contains(absl::string_view role) const {
    return std::find(roles_.begin(), roles_.end(), role) != roles_.end();
  }
  void insert(absl::string_view role) {
    if (!contains(role)) roles_.push_back(role);
  }

 private:
  absl::InlinedVector<absl::string_view, 8> roles_;
};

// std::string == "literal" is an out-of-line compare (strlen, then memcmp)
// in C++17; comparing views is inlined.
bool Is(absl::string_view s, absl::string_view literal) { return s == literal; }

// KEY roles a claim may lack: an ordinal's time "scope" (a fifth visit,
// ever) and the "episode" of a news story (empty for its main event).
bool IsOptionalKeyRole(absl::string_view role) {
  return role == "scope" || role == "episode";
}

}  // namespace

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(
    const ExtractorOptions& options) {
  std::unique_ptr<Extractor> x(new Extractor());
  x->options_ = options;
  if (options.gazetteer_path.empty()) {
    ACCORD_ASSIGN_OR_RETURN(x->gazetteer_,
                            Gazetteer::FromTextproto(embedded::kGazetteer));
  } else {
    ACCORD_ASSIGN_OR_RETURN(x->gazetteer_,
                            Gazetteer::FromFile(options.gazetteer_path));
  }
  if (options.lexicon_path.empty()) {
    ACCORD_ASSIGN_OR_RETURN(x->lexicon_,
                            Lexicon::FromTextproto(embedded::kLexicon));
  } else {
    ACCORD_ASSIGN_OR_RETURN(x->lexicon_,
                            Lexicon::FromFile(options.lexicon_path));
  }
  if (options.rules_path.empty() && options.lexicon_path.empty()) {
    // The shipped rules as compiled at build time: no pattern is compiled
    // until a sentence needs it. A smaller pattern memory budget than the
    // table's is refused, and the rules are compiled below instead.
    auto rules = RuleSet::FromTable(embedded::kRuleTable, *x->lexicon_,
                                    options.rule_limits);
    if (rules.ok()) x->rules_ = *std::move(rules);
  }
  if (x->rules_ != nullptr) {
    // Loaded from the table.
  } else if (options.rules_path.empty()) {
    RuleFile file;
    if (!ParseTextproto(embedded::kRules, &file).ok()) {
      return absl::InternalError("embedded rules: malformed textproto");
    }
    ACCORD_ASSIGN_OR_RETURN(
        x->rules_, RuleSet::Compile(file, *x->lexicon_, options.rule_limits));
  } else {
    ACCORD_ASSIGN_OR_RETURN(x->rules_,
                            RuleSet::FromFile(options.rules_path, *x->lexicon_,
                                              options.rule_limits));
  }
  x->annotator_ =
      std::make_unique<Annotator>(x->gazetteer_.get(), options.annotator);
  ACCORD_ASSIGN_OR_RETURN(x->count_cues_,
                          CountCues::FromTextproto(embedded::kCounts));
  x->patient_check_ = std::make_unique<PatientCheck>(x->lexicon_.get());
  x->compound_sense_ = std::make_unique<CompoundSense>(&NounKinds::Default());
  if (options.generic_events) {
    if (x->lexicon_->Find(GenericEvents::kFrame) == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat("lexicon has no frame ",
                                                     GenericEvents::kFrame,
                                                     " for generic claims"));
    }
    ACCORD_ASSIGN_OR_RETURN(
        x->generic_events_,
        GenericEvents::Create(*x->lexicon_, embedded::kGenericEvents,
                              x->count_cues_.get()));
  }
  for (const FrameSpec& f : x->lexicon_->proto().frames()) {
    for (std::string& v : Lexicon::VerbForms(f)) {
      x->all_verb_forms_.insert(v);
      x->verb_forms_[f.name()].insert(std::move(v));
    }
    for (std::string& n : Lexicon::NounForms(f)) {
      x->noun_forms_[f.name()].insert(std::move(n));
    }
  }
  return x;
}

absl::StatusOr<std::vector<Claim>> Extractor::Extract(
    const Document& doc, std::vector<SentenceTrace>* trace,
    int* sentence_count) const {
  const absl::string_view text = doc.text();
  std::vector<AnnotatedSentence> sentences = annotator_->Annotate(doc);
  if (sentence_count != nullptr) {
    *sentence_count = static_cast<int>(sentences.size());
  }

  // Occasions in reading order, for context filling: (sentence, entity id).
  std::vector<std::pair<int, std::string>> occasions;
  for (const AnnotatedSentence& s : sentences) {
    for (const Mention& m : s.mentions) {
      if (Is(m.tag, "EVT") && !absl::StartsWith(m.value.entity_id(), "@")) {
        occasions.push_back({s.index, m.value.entity_id()});
      }
    }
  }
  // An occasion noun with nothing before it refers forward ("to attend
  // celebrations marking ... Victory Day").
  for (AnnotatedSentence& s : sentences) {
    for (Mention& m : s.mentions) {
      if (Is(m.tag, "EVT") && Is(m.value.entity_id(), "@occasion")) {
        for (const auto& [index, id] : occasions) {
          if (index >= s.index) {
            m.value.set_entity_id(id);
            break;
          }
        }
      }
    }
  }

  std::vector<Claim> claims;
  int last_proposal_index = -1;  // index into claims
  for (const AnnotatedSentence& s : sentences) {
    const TaggedSentence tagged = TaggedSentence::Render(text, s);
    const std::string& t = tagged.text();
    std::vector<RuleMatch> matches = rules_->Match(t);
    // Whether the sentence has a TIME tag, for the time-role patterns below;
    // asked once per sentence that has matches.
    const bool has_time_tag =
        !matches.empty() &&
        absl::string_view(t).find("⟦TIME#") != absl::string_view::npos;

    auto span_of = [&](int b, int e) {
      Span span;
      span.set_doc_id(doc.id());
      span.set_begin(tagged.DocOffset(b));
      span.set_end(tagged.DocOffset(e));
      span.set_text(
          std::string(text.substr(span.begin(), span.end() - span.begin())));
      return span;
    };

    // Sentence-level attribution.
    Attribution attribution;
    for (const RuleMatch& m : matches) {
      if (!Is(m.frame->name(), "ATTRIBUTION")) continue;
      for (const RuleMatch::Group& g : m.groups) {
        if (Is(g.role, "speaker") && attribution.speaker().empty()) {
          for (int i : tagged.MentionsIn(g.begin, g.end)) {
            if (IsActorTag(s.mentions[i].tag)) {
              attribution.set_speaker(
                  gazetteer_->ActorId(s.mentions[i].value.entity_id()));
            }
          }
        } else if (absl::StartsWith(g.role, "trigger")) {
          attribution.set_cue(t.substr(g.begin, g.end - g.begin));
        }
      }
    }

    struct Candidate {
      Claim claim;
      int trigger_begin;
      int match_length;
    };
    std::vector<Candidate> found;
    for (const RuleMatch& m : matches) {
      const FrameSpec& frame = *m.frame;
      if (Is(frame.name(), "ATTRIBUTION")) continue;
      Claim claim;
      claim.set_frame(frame.name());
      claim.set_rule(m.rule);
      claim.set_source_id(doc.source().id());
      *claim.mutable_sentence() = span_of(0, static_cast<int>(t.size()));
      int trigger_begin = m.begin, trigger_end = m.end;
      bool have_trigger = false;
      FilledRoles filled;

      for (const RuleMatch::Group& g : m.groups) {
        if (absl::StartsWith(g.role, "trigger")) {
          if (!have_trigger) {
            trigger_begin = g.begin;
            trigger_end = g.end;
            have_trigger = true;
          }
          continue;
        }
        if (filled.contains(g.role)) continue;
        const std::vector<int> inside = tagged.MentionsIn(g.begin, g.end);
        const RoleKind kind = lexicon_->KindOf(frame, g.role);
        Value value;
        if (IsTextRole(g.role)) {
          bool quoted = false;
          for (int i : inside) {
            if (Is(s.mentions[i].tag, "QUOTE")) {
              value.set_text(FoldText(s.mentions[i].value.text()));
              quoted = true;
            }
          }
          if (!quoted) value.set_text(FoldText(span_of(g.begin, g.end).text()));
        } else {
          const absl::Span<const absl::string_view> tags = TagsForRole(g.role);
          std::vector<int> ok;
          for (int i : inside) {
            if (std::find(tags.begin(), tags.end(), s.mentions[i].tag) !=
                tags.end()) {
              ok.push_back(i);
            }
          }
          // A number that states an age is not a count ("Lee, 9, was
          // shot"; "killing a 20-year-old"), nor is "one" in "no one", nor
          // a part of a group counted before ("including two women").
          if (Is(g.role, "count")) {
            ok.erase(std::remove_if(
                         ok.begin(), ok.end(),
                         [&](int i) {
                           return count_cues_->IsAge(tagged, i) ||
                                  count_cues_->IsDenied(tagged, i) ||
                                  count_cues_->IsSubset(tagged, i) ||
                                  count_cues_->IsFrequency(
                                      tagged, i,
                                      s.mentions[i].value.quantity().unit());
                         }),
                     ok.end());
          }
          if (ok.empty()) continue;
          if (kind == SET) {
            // Members: people and places named in the enumeration; a
            // demonym only when it is the whole member.
            // A country that titles a named person ("Kyrgyzstan's
            // president, Sadyr Japarov") is not a member of its own.
            static const LazyRE2 kTitles = {
                "^(?:'s?)? (?:[a-z-]+ ){0,2}?(?:" ACCORD_PERSON_OFFICES
                "),? ⟦(?:PER|PRO)#"};
            std::vector<int> members;
            for (int i : ok) {
              if (Is(s.mentions[i].tag, "DEM")) continue;
              const int tag_end = tagged.TagEnd(i);
              if (Is(s.mentions[i].tag, "GPE") &&
                  RE2::PartialMatch(
                      re2::StringPiece(t.data() + tag_end, t.size() - tag_end),
                      *kTitles)) {
                continue;
              }
              members.push_back(i);
            }
            if (members.empty()) members = ok;
            if (members.size() == 1) {
              value = EntityValueOf(s.mentions[members[0]]);
            } else {
              std::set<std::string> ids;
              for (int i : members) {
                Value member = EntityValueOf(s.mentions[i]);
                member.set_entity_id(gazetteer_->ActorId(member.entity_id()));
                if (ids.insert(member.entity_id()).second) {
                  *value.mutable_set()->add_members() = member;
                }
              }
            }
          } else {
            // The head: for actors the last person named ("his Russian
            // counterpart Vladimir Putin"), for others the first fit.
            int head = ok.front();
            const std::string& first_tag = s.mentions[head].tag;
            if (IsActorTag(first_tag) || Is(first_tag, "DEM")) {
              int best = -1, best_rank = 99;
              for (int i : ok) {
                const std::string& tag = s.mentions[i].tag;
                const int rank = (Is(tag, "PER") || Is(tag, "PRO")) ? 0
                                 : Is(tag, "ORG")                   ? 1
                                 : Is(tag, "GPE")                   ? 2
                                                                    : 3;
                if (rank <= best_rank) {
                  best = i;
                  best_rank = rank;
                }
              }
              head = best;
            } else if (Is(g.role, "of")) {
              for (int i : ok) {
                if (Is(s.mentions[i].tag, "HIS")) {
                  head = i;
                  break;
                }
              }
            }
            const Mention& hm = s.mentions[head];
            if (IsEntityTag(hm.tag)) {
              value = EntityValueOf(hm);
            } else {
              value = hm.value;
            }
            if (Is(g.role, "count")) {
              AddEnumeratedCounts(
                  tagged, s, head, *count_cues_,
                  [this](absl::string_view w) {
                    return count_cues_->IsClauseWord(w) ||
                           all_verb_forms_.contains(w);
                  },
                  &value);
              // "five others", "three other men": besides someone told
              // before, so at least that many in all.
              if (value.has_quantity() &&
                  count_cues_->IsOthers(tagged, head, hm.value.surface())) {
                value.mutable_quantity()->set_high(
                    std::numeric_limits<double>::infinity());
              }
            }
          }
          // A duration inside a theme ("a 72-hour ceasefire") is the
          // theme's length.
          if (Is(g.role, "theme") && !filled.contains("duration")) {
            for (int i : inside) {
              if (Is(s.mentions[i].tag, "DUR")) {
                Argument* a = claim.add_args();
                a->set_role("duration");
                *a->mutable_value() = s.mentions[i].value;
                filled.insert("duration");
                break;
              }
            }
          }
        }
        {
          // A theme's words start at its determiner ("a 30-day ceasefire",
          // not "responded that a 30-day ceasefire").
          int from = g.begin;
          if (Is(g.role, "theme")) {
            static const LazyRE2 kDet = {
                "\\b(?:a|an|the|its|his|her|their|this|that|these|those|"
                "several|numerous|multiple|some|any) "};
            re2::StringPiece group(t.data() + g.begin, g.end - g.begin), det;
            const re2::StringPiece whole = group;
            while (RE2::FindAndConsume(&group, *kDet)) {
              from = static_cast<int>(group.data() - t.data()) - 0;
              // Back up over the determiner itself.
              re2::StringPiece probe(whole.data(), group.data() - whole.data());
              size_t sp = probe.size() >= 2 ? probe.rfind(' ', probe.size() - 2)
                                            : re2::StringPiece::npos;
              from = g.begin + (sp == re2::StringPiece::npos ? 0 : sp + 1);
            }
          }
          value.set_surface(span_of(from, g.end).text());
        }
        Argument* arg = claim.add_args();
        arg->set_role(g.role);
        *arg->mutable_value() = std::move(value);
        filled.insert(g.role);
      }

      auto add_entity = [&](absl::string_view role, const Mention& mention) {
        Argument* arg = claim.add_args();
        arg->set_role(role.data(), role.size());
        *arg->mutable_value() = EntityValueOf(mention);
        filled.insert(role);
      };
      // Subject from the sentence: the nearest person before the match,
      // else the first actor of the sentence.
      if (m.subject_from_sentence && !frame.subject_role().empty() &&
          !filled.contains(frame.subject_role())) {
        const int match_doc = tagged.DocOffset(m.begin);
        static const LazyRE2 kOffice = {
            "^(?:'s?)? (?:" ACCORD_PERSON_OFFICES
            "|foreign minister|head of state|delegation|government)\\b"};
        const Mention* pick = nullptr;
        for (size_t k = 0; k < s.mentions.size(); ++k) {
          const Mention& mention = s.mentions[k];
          if (mention.begin >= match_doc) break;
          if (mention.value.entity_id().empty()) continue;
          const bool person = Is(mention.tag, "PER") || Is(mention.tag, "PRO");
          const int tag_end = tagged.TagEnd(static_cast<int>(k));
          const bool office =
              (Is(mention.tag, "GPE") || Is(mention.tag, "DEM")) &&
              RE2::PartialMatch(
                  re2::StringPiece(t.data() + tag_end, t.size() - tag_end),
                  *kOffice);
          if (person || office) pick = &mention;
        }
        if (pick == nullptr) {
          for (const Mention& mention : s.mentions) {
            if (mention.begin >= match_doc) break;
            if (IsActorTag(mention.tag) && !mention.value.entity_id().empty()) {
              pick = &mention;
              break;
            }
          }
        }
        if (pick != nullptr) add_entity(frame.subject_role(), *pick);
      }
      // Context: the occasion a guest list refers to.
      if (Is(frame.object_role(), "event") && !filled.contains("event") &&
          absl::StrContains(m.rule, "guest_list")) {
        const Mention* pick = nullptr;
        for (const Mention& mention : s.mentions) {
          if (Is(mention.tag, "EVT") &&
              !absl::StartsWith(mention.value.entity_id(), "@")) {
            pick = &mention;
          }
        }
        if (pick != nullptr) {
          add_entity("event", *pick);
        } else {
          std::string latest;
          for (const auto& [index, id] : occasions) {
            if (index <= s.index) latest = id;
          }
          if (!latest.empty()) {
            Argument* arg = claim.add_args();
            arg->set_role("event");
            arg->mutable_value()->set_entity_id(latest);
            filled.insert("event");
          }
        }
      }
      // Time: a TIME within four words after the match, else a
      // sentence-initial time adverbial ("Back in 2015, ...").
      {
        bool declared = false;
        for (const RoleSpec& r : frame.roles())
          declared |= Is(r.name(), "time");
        if (declared && !filled.contains("time")) {
          static const LazyRE2 kAfter = {
              "^,? (?:[a-z-]+ ){0,4}?(?:from |on |in |at |between |during |by "
              "|this |next |last )?⟦TIME#(\\d+)⟧"};
          static const LazyRE2 kInitial = {
              "^(?:[a-z]+ ){0,3}(?:in |on |at )?⟦TIME#(\\d+)⟧,"};
          int index = -1;
          // Inside the match ("attend the May 9 parade"), right after it
          // ("travel to Moscow from May 7 to 10"), or opening the sentence.
          for (int i : tagged.MentionsIn(m.begin, m.end)) {
            if (Is(s.mentions[i].tag, "TIME") && index < 0) index = i;
          }
          const re2::StringPiece rest(t.data() + m.end, t.size() - m.end);
          // Both patterns need a TIME tag: most sentences have none.
          if (index < 0 && has_time_tag &&
              !RE2::PartialMatch(rest, *kAfter, &index)) {
            RE2::PartialMatch(t, *kInitial, &index);
          }
          if (index >= 0 && index < static_cast<int>(s.mentions.size())) {
            Argument* arg = claim.add_args();
            arg->set_role("time");
            *arg->mutable_value() = s.mentions[index].value;
            filled.insert("time");
          }
        }
      }

      // Anaphoric themes ("the offer") take the latest proposal's theme.
      for (Argument& a : *claim.mutable_args()) {
        if (!Is(a.role(), "theme") || !Is(a.value().entity_id(), "@proposal")) {
          continue;
        }
        if (last_proposal_index < 0) break;
        const Claim& proposal = claims[last_proposal_index];
        for (const Argument& pa : proposal.args()) {
          if (Is(pa.role(), "theme")) {
            const std::string surface = a.value().surface();
            *a.mutable_value() = pa.value();
            a.mutable_value()->set_surface(surface);
          }
        }
        if (!filled.contains("duration")) {
          for (const Argument& pa : proposal.args()) {
            if (Is(pa.role(), "duration")) *claim.add_args() = pa;
          }
        }
        break;
      }

      // Every key role must be filled for the claim to be alignable.
      bool complete = true;
      for (const RoleSpec& r : frame.roles()) {
        if (r.kind() == KEY && !filled.contains(r.name()) &&
            !IsOptionalKeyRole(r.name())) {
          complete = false;
        }
      }
      if (!complete) continue;

      // A verb form right after a determiner is a noun: "a shot", "the
      // bomb", "his murder" (unless the frame lists it as a noun, too).
      {
        const std::string word(
            t.substr(trigger_begin, trigger_end - trigger_begin));
        auto verbs = verb_forms_.find(frame.name());
        auto nouns = noun_forms_.find(frame.name());
        const bool verb_only =
            verbs != verb_forms_.end() && verbs->second.contains(word) &&
            (nouns == noun_forms_.end() || !nouns->second.contains(word));
        static const LazyRE2 kDeterminer = {
            "(?:^|[^a-z])(?:a|an|the|one|single|another|this|that|its|their|"
            "our|deadly|fatal|lethal|first|second|final)(?: "
            "⟦(?:NUM|ORD)#\\d+⟧)? "
            "$"};
        if (verb_only &&
            RE2::PartialMatch(re2::StringPiece(t.data(), trigger_begin),
                              *kDeterminer)) {
          continue;
        }
        // The name of a criminal charge is not the event: "charged with
        // murder", "the murder trial", "assault charges" (but "accused of
        // murdering two women" states it, and so does a verb before
        // its object: "detain suspects").
        static const LazyRE2 kChargeBefore = {
            "\\b(?:charged|charge|charges|accused|accusations?|convicted|"
            "conviction|guilty|suspected|suspicion|arrested|indicted|"
            "acquitted|tried|jailed|sentenced|wanted) (?:with|of|on|for) "
            "(?:[^ ,.;:]+ ){0,3}$"};
        static const LazyRE2 kChargeAfter = {
            "^ (?:charges?|trial|case|conviction|counts?|suspects?|"
            "investigation|probe|inquiry)\\b"};
        const bool noun =
            nouns != noun_forms_.end() && nouns->second.contains(word);
        static const LazyRE2 kObjectAfter = {
            "^ (?:(?:and|or|a|an|the|his|her|their|its|two|three|four|"
            "five)\\b|⟦(?:PER|PRO|ORG|GPE|NUM|QTY)#)"};
        const re2::StringPiece after(t.data() + trigger_end,
                                     t.size() - trigger_end);
        const bool charge_name =
            (noun &&
             RE2::PartialMatch(re2::StringPiece(t.data(), trigger_begin),
                               *kChargeBefore) &&
             !RE2::PartialMatch(after, *kObjectAfter)) ||
            (noun && RE2::PartialMatch(after, *kChargeAfter));
        // A frame with an "episode" role keeps what is not its main event
        // in a fact of its own: the charge ("charged with murder": all
        // outlets name the same charge) and an earlier occurrence told for
        // background ("had captured eight men", "an earlier raid"), and
        // another occurrence of its kind ("another attack", "thwarted a
        // second attack").
        bool has_episode = false;
        for (const RoleSpec& r : frame.roles()) {
          has_episode |= Is(r.name(), "episode");
        }
        std::string episode;
        if (charge_name) {
          if (!has_episode) continue;
          episode = "charge";
        } else if (has_episode) {
          episode =
              OtherEpisode(absl::string_view(t.data(), trigger_begin),
                           absl::string_view(after.data(), after.size()),
                           s.mentions, [this](absl::string_view word) {
                             for (const auto& [name, forms] : noun_forms_) {
                               if (forms.contains(std::string(word)))
                                 return true;
                             }
                             return false;
                           });
        }
        if (!episode.empty()) {
          Argument* arg = claim.add_args();
          arg->set_role("episode");
          arg->mutable_value()->set_text(episode);
        }
      }

      // A trigger inside a noun that names something else states no event
      // of the frame: "mug shot", "free agent", "arrest warrant".
      {
        static const absl::flat_hash_set<std::string> kNoNouns;
        auto nouns = noun_forms_.find(frame.name());
        if (compound_sense_->PartOfOtherNoun(
                t, trigger_begin, trigger_end,
                nouns == noun_forms_.end() ? kNoNouns : nouns->second)) {
          continue;
        }
      }
      // Violence done to no living thing is figurative: "executing the
      // philosophy", "hurt feelings".
      const bool verb_trigger = [&] {
        auto verbs = verb_forms_.find(frame.name());
        return verbs != verb_forms_.end() &&
               verbs->second.contains(
                   t.substr(trigger_begin, trigger_end - trigger_begin));
      }();
      // A word that is also the frame's noun ("murder", "killing") may
      // head a noun phrase ("the murder trial"): only a verb-only trigger
      // has its patient right after it.
      const bool verb_only_trigger = [&] {
        auto nouns = noun_forms_.find(frame.name());
        return verb_trigger &&
               (nouns == noun_forms_.end() ||
                !nouns->second.contains(
                    t.substr(trigger_begin, trigger_end - trigger_begin)));
      }();
      if (verb_only_trigger &&
          patient_check_->Figurative(frame.name(), tagged, trigger_begin,
                                     trigger_end)) {
        continue;
      }
      // "fatally wounded" is a killing: no injury.
      if (count_cues_->CancelledByFatalAdverb(
              frame.name(), absl::string_view(t.data(), trigger_begin))) {
        continue;
      }
      // A casualty count the text implies without a number: the people
      // named as the patient, or a singular one ("A man was killed"), as a
      // lower bound.
      if (!filled.contains("count")) {
        bool declared = false;
        for (const RoleSpec& r : frame.roles()) {
          declared |= Is(r.name(), "count");
        }
        // Only a verb has a patient: "died of his injuries a day later"
        // names none.
        const int n = declared && verb_trigger ? count_cues_->ImpliedCount(
                                                     frame.name(), tagged,
                                                     trigger_begin, trigger_end)
                                               : 0;
        if (n > 0) {
          Argument* arg = claim.add_args();
          arg->set_role("count");
          Quantity* q = arg->mutable_value()->mutable_quantity();
          // At least n: the patient named may be one victim of several
          // ("A man was killed" in a shooting that killed two).
          q->set_value(n);
          q->set_low(n);
          q->set_high(std::numeric_limits<double>::infinity());
          arg->mutable_value()->set_surface(
              span_of(trigger_begin, trigger_end).text());
          filled.insert("count");
        }
      }
      *claim.mutable_trigger() = span_of(trigger_begin, trigger_end);
      const Window w = ClauseBefore(t, trigger_begin);
      const absl::string_view window(t.data() + w.begin, w.end - w.begin);
      claim.set_modality(ModalityOf(window));
      claim.set_polarity(
          PolarityOf(absl::string_view(t.data(), trigger_begin)));
      if (!attribution.speaker().empty() || !attribution.cue().empty()) {
        *claim.mutable_attribution() = attribution;
      }
      // Stable argument order: by role name.
      std::stable_sort(claim.mutable_args()->begin(),
                       claim.mutable_args()->end(),
                       [](const Argument& a, const Argument& b) {
                         return a.role() < b.role();
                       });
      found.push_back({std::move(claim), trigger_begin, m.end - m.begin});
    }
    // Several rules may state one event: keep the most specific reading
    // (most arguments, then longest match, then earliest rule).
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate& a, const Candidate& b) {
                       if (a.claim.frame() != b.claim.frame()) {
                         return a.claim.frame() < b.claim.frame();
                       }
                       if (a.trigger_begin != b.trigger_begin) {
                         return a.trigger_begin < b.trigger_begin;
                       }
                       if (a.claim.args_size() != b.claim.args_size()) {
                         return a.claim.args_size() > b.claim.args_size();
                       }
                       return a.match_length > b.match_length;
                     });
    std::vector<Candidate> kept;
    for (Candidate& c : found) {
      if (!kept.empty() && kept.back().claim.frame() == c.claim.frame() &&
          kept.back().trigger_begin == c.trigger_begin) {
        continue;
      }
      kept.push_back(std::move(c));
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Candidate& a, const Candidate& b) {
                       return a.trigger_begin < b.trigger_begin;
                     });
    // Generic claims for the events no frame claim's trigger covers, with
    // the same modality, polarity and attribution (generic_events.h). They
    // are numbered after the sentence's frame claims, in text order, so a
    // frame claim's id does not depend on them.
    if (generic_events_ != nullptr) {
      std::vector<std::pair<int, int>> covered;
      for (const Candidate& c : kept) {
        covered.push_back({c.claim.trigger().begin(), c.claim.trigger().end()});
      }
      for (GenericEvents::Found& f :
           generic_events_->Find(text, tagged, s, covered)) {
        Claim& claim = f.claim;
        claim.set_source_id(doc.source().id());
        *claim.mutable_sentence() = span_of(0, static_cast<int>(t.size()));
        *claim.mutable_trigger() = span_of(f.trigger_begin, f.trigger_end);
        const Window w = ClauseBefore(t, f.trigger_begin);
        claim.set_modality(
            ModalityOf(absl::string_view(t.data() + w.begin, w.end - w.begin)));
        claim.set_polarity(
            PolarityOf(absl::string_view(t.data(), f.trigger_begin)));
        if (!attribution.speaker().empty() || !attribution.cue().empty()) {
          *claim.mutable_attribution() = attribution;
        }
        kept.push_back({std::move(claim), f.trigger_begin,
                        f.trigger_end - f.trigger_begin});
      }
    }
    int n = 0;
    for (Candidate& c : kept) {
      c.claim.set_id(absl::StrCat(doc.id(), "/", s.index, "/", n++));
      claims.push_back(std::move(c.claim));
      if (Is(claims.back().frame(), "PROPOSE")) {
        last_proposal_index = static_cast<int>(claims.size()) - 1;
      }
      if (static_cast<int>(claims.size()) > options_.max_claims_per_document) {
        return absl::ResourceExhaustedError(absl::StrCat(
            doc.path(), ": more than ", options_.max_claims_per_document,
            " claims (--max_claims)"));
      }
    }
    if (trace != nullptr) {
      trace->push_back({s, t, std::move(matches)});
    }
  }
  return claims;
}

}  // namespace accord
