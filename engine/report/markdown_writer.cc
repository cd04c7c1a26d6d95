#include "engine/report/markdown_writer.h"

#include <map>
#include <set>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "engine/report/claim_index.h"
#include "engine/report/conflict_cards.h"
#include "engine/report/labels.h"
#include "engine/report/listed_facts.h"

namespace accord {
namespace {

// Markdown-safe single line: no raw HTML, no table breaks, and no control
// characters (NUL, ESC: terminal escape sequences) from hostile inputs.
std::string Inline(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else if (c == '|') {
      out += "\\|";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += ch;
    }
  }
  return out;
}

// Inline() of each of `ids`, joined by ", ".
template <typename Strings>
std::string InlineJoin(const Strings& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(Inline(id));
  return absl::StrJoin(out, ", ");
}

class Writer {
 public:
  Writer(const Report& report, const ValueComparator& cmp)
      : report_(report), cmp_(cmp), claims_(report) {
    for (const SourceSummary& s : report.sources()) {
      names_[s.source().id()] = s.source().name();
    }
    for (const DocumentSummary& d : report.documents()) docs_[d.id()] = &d;
  }

  // ", published 2025-05-05, <https://...>" for the claim's document.
  std::string Provenance(const std::string& doc_id) const {
    auto it = docs_.find(doc_id);
    if (it == docs_.end()) return "";
    std::string out;
    if (!it->second->published().empty()) {
      absl::StrAppend(&out, ", published ", Inline(it->second->published()));
    }
    if (!it->second->url().empty()) {
      absl::StrAppend(&out, ", <", Inline(it->second->url()), ">");
    }
    return out;
  }

  // Support lines name outlets, not ids.
  std::string NamesForIds(const std::string& line) const {
    return NameSourcesInLine(line, names_);
  }

  // Markdown-safe: names and ids come from metadata and claim files.
  std::string SourceName(const std::string& id) const {
    auto it = names_.find(id);
    return Inline(it == names_.end() || it->second == id
                      ? id
                      : absl::StrCat(it->second, " (", id, ")"));
  }

  std::string Sources(
      const google::protobuf::RepeatedPtrField<std::string>& ids) const {
    std::vector<std::string> out;
    for (const std::string& id : ids) out.push_back(SourceName(id));
    return absl::StrJoin(out, ", ");
  }

  // "> sentence" with the trigger in bold, plus where it is. With `quote`
  // false (a card that already quoted the claim) the sentence is replaced
  // by a pointer to that quote.
  void Evidence(const Claim& c, const std::string& indent, bool quote = true) {
    const Span& s = c.sentence();
    std::string text = quote ? s.text() : "(sentence quoted above)";
    // 64-bit: offsets from claim files may be anywhere in int32's range.
    const int64_t tb = int64_t{c.trigger().begin()} - s.begin();
    const int64_t te = int64_t{c.trigger().end()} - s.begin();
    if (quote && tb >= 0 && te > tb &&
        te <= static_cast<int64_t>(text.size())) {
      text = absl::StrCat(text.substr(0, tb), "**", text.substr(tb, te - tb),
                          "**", text.substr(te));
    }
    const std::string details = absl::StrCat(
        ModalityLabel(c.modality()),
        c.polarity() == NEGATIVE ? ", negated" : "",
        c.attribution().speaker().empty()
            ? ""
            : absl::StrCat(", per ", Inline(c.attribution().speaker())));
    if (s.doc_id().empty() && s.text().empty()) {
      // An external claim without a sentence: its extractor, no quote.
      absl::StrAppend(
          &out_, indent, "- ", SourceName(c.source_id()), " [external claim",
          c.rule().empty() ? "" : absl::StrCat(" by ", Inline(c.rule())), ", ",
          details, "]\n");
      return;
    }
    absl::StrAppend(&out_, indent, "- ", SourceName(c.source_id()), " [",
                    Inline(s.doc_id()), ":", s.begin(), "-", s.end(),
                    Provenance(s.doc_id()), ", ", details, "]: ", Inline(text),
                    "\n");
  }

  void Summary() {
    const RunStats& st = report_.stats();
    absl::StrAppend(
        &out_, "# accord report\n\n", st.documents(), " documents, ",
        report_.sources_size(), " sources, ", st.claims(), " claims, ",
        st.facts(), " facts: ", CardCount(report_.conflicts(), "conflicts"),
        ", ",
        report_.possible_conflicts_size() > 0
            ? absl::StrCat(
                  CardCount(report_.possible_conflicts(), "possible conflicts"),
                  ", ")
            : "",
        st.updates() > 0 ? absl::StrCat(st.updates(), " updated figures, ")
                         : "",
        st.corroborated(), " corroborated, ", st.single_source(),
        " single-source",
        report_.errors_size() > 0
            ? absl::StrCat(", ", report_.errors_size(), " input errors")
            : "",
        ".\n");
  }

  // "2 conflicts": the conflict cards (facts in conflict), plus the
  // disputed roles when a card has several: "2 conflicts (3 disputed
  // roles)". `noun` is "conflicts" or "possible conflicts".
  static std::string CardCount(
      const google::protobuf::RepeatedPtrField<Conflict>& conflicts,
      absl::string_view noun) {
    const size_t cards = GroupConflictsByFact(conflicts).size();
    if (cards == static_cast<size_t>(conflicts.size())) {
      return absl::StrCat(cards, " ", noun);
    }
    return absl::StrCat(cards, " ", noun, " (", conflicts.size(),
                        " disputed roles)");
  }

  void Conflicts() {
    absl::StrAppend(&out_, "\n## Conflicts\n");
    if (report_.conflicts_size() == 0) absl::StrAppend(&out_, "\nNone.\n");
    int n = 0;
    for (const ConflictCard& card : GroupConflictsByFact(report_.conflicts())) {
      ConflictBlock(card, ++n);
    }
  }

  // Conflicts below the run's confidence threshold, after the confident
  // ones. Shown only when there are any.
  void PossibleConflicts() {
    if (report_.possible_conflicts_size() == 0) return;
    absl::StrAppend(&out_,
                    "\n## Possible conflicts\n\nWeak evidence that these "
                    "are disagreements about one event; each says why.\n");
    int n = 0;
    for (const ConflictCard& card :
         GroupConflictsByFact(report_.possible_conflicts())) {
      ConflictBlock(card, ++n);
    }
  }

  // One card per fact: its title and disputed roles, then each role's
  // sides with their sentences (a sentence already quoted in this card is
  // pointed to, not repeated), support and confidence. A card with one role
  // has no role sub-heading.
  void ConflictBlock(const ConflictCard& card, int n) {
    const Fact* fact = claims_.FindFact(card.fact_id);
    absl::StrAppend(
        &out_, "\n### ", n, ". ",
        fact ? FactTitle(*fact, claims_, cmp_) : Inline(card.fact_id), " — ",
        Inline(CardRolesLabel(card)), "\n");
    std::set<std::string> quoted;  // claim ids this card has quoted
    for (const Conflict* role : card.roles) {
      const Conflict& c = *role;
      if (card.roles.size() > 1) {
        absl::StrAppend(&out_, "\n#### ", Inline(c.role()), " — ",
                        ConflictKindLabel(c.kind()), "\n");
      }
      absl::StrAppend(&out_, "\n", Inline(c.explanation()), "\n\n");
      for (const ConflictSide& side : c.sides()) {
        absl::StrAppend(&out_, "- **", Inline(cmp_.Describe(side.value())),
                        "** — ", Sources(side.source_ids()), " (",
                        side.independent_sources(), " independent)\n");
        for (const Claim* claim : claims_.Resolve(side.claim_ids())) {
          Evidence(*claim, "  ", quoted.insert(claim->id()).second);
        }
      }
      if (!c.support_explanation().empty()) {
        // First line: the verdict; then one line per side.
        std::vector<std::string> lines =
            absl::StrSplit(c.support_explanation(), '\n');
        absl::StrAppend(&out_, "\n", Inline(NamesForIds(lines[0])), "\n");
        for (size_t i = 1; i < lines.size(); ++i) {
          absl::StrAppend(&out_, "  - ", Inline(NamesForIds(lines[i])), "\n");
        }
      }
      absl::StrAppend(&out_, "\n", ConfidenceLine(c), "\n");
      for (const std::string& r : c.confidence_reasons()) {
        absl::StrAppend(&out_, "  - ", Inline(r), "\n");
      }
    }
  }

  void Slots(const Fact& f) {
    for (const Slot& slot : f.slots()) {
      std::vector<std::string> parts;
      for (const Candidate& cand : slot.candidates()) {
        std::vector<absl::string_view> sources;
        for (int i : cand.source_indexes()) {
          if (i >= 0 && i < f.source_ids_size()) {
            sources.push_back(f.source_ids(i));
          }
        }
        parts.push_back(absl::StrCat(Inline(cmp_.Describe(cand.value())), " (",
                                     InlineJoin(sources), ")"));
      }
      absl::StrAppend(&out_, "  - ", Inline(slot.role()), ": ",
                      absl::StrJoin(parts, slot.is_set() ? "; " : " ~ "), "\n");
    }
  }

  void Facts(FactStatus status, const char* heading) {
    absl::StrAppend(&out_, "\n## ", heading, "\n");
    int n = 0, unlisted = 0;
    for (const Fact& f : report_.facts()) {
      if (f.status() != status) continue;
      if (!ListedInEditorReport(f)) {
        ++unlisted;
        continue;
      }
      ++n;
      absl::StrAppend(&out_, "\n- **", FactTitle(f, claims_, cmp_), "** — ",
                      Sources(f.source_ids()), "\n");
      Slots(f);
      for (const Claim* c : claims_.Resolve(f.claim_ids())) Evidence(*c, "  ");
    }
    if (n == 0) absl::StrAppend(&out_, "\nNone.\n");
    if (unlisted > 0) {
      absl::StrAppend(&out_, "\n", unlisted, UnlistedGenericNote(), "\n");
    }
  }

  void SourcesTable() {
    absl::StrAppend(
        &out_,
        "\n## Sources\n\n| source | documents | claims | shared "
        "facts | agreeing | depends on |\n|---|---|---|---|---|---|\n");
    for (const SourceSummary& s : report_.sources()) {
      absl::StrAppend(&out_, "| ", SourceName(s.source().id()), " | ",
                      InlineJoin(s.doc_ids()), " | ", s.claims(), " | ",
                      s.shared_facts(), " | ", s.agreeing_facts(), " | ",
                      InlineJoin(s.depends_on()), " |\n");
    }
  }

  void Dependencies() {
    if (report_.dependencies_size() == 0) return;
    absl::StrAppend(&out_, "\n## Source dependence\n\n");
    for (const Dependence& d : report_.dependencies()) {
      absl::StrAppend(
          &out_, "- ", SourceName(d.source_a()), " and ",
          SourceName(d.source_b()), " share wire copy: ",
          static_cast<int>(d.shared_fraction() * 100 + 0.5),
          "% of the smaller article's 8-word runs; longest shared passage ",
          d.longest_run_words(), " words: \"",
          Inline(d.longest_passage().text()), "\"\n");
    }
    // How merging dependent witnesses changed the tallies.
    int changed = 0;
    for (const Conflict& c : report_.conflicts()) {
      for (const ConflictSide& side : c.sides()) {
        if (side.independent_sources() < side.source_ids_size()) {
          if (changed++ == 0) {
            absl::StrAppend(&out_,
                            "\nDependent sources count as one "
                            "witness. Tallies this changed:\n");
          }
          absl::StrAppend(
              &out_, "- ", Inline(c.fact_id()), " ", Inline(c.role()), " = ",
              Inline(cmp_.Describe(side.value())), ": ", side.source_ids_size(),
              " sources, ", side.independent_sources(), " independent\n");
        }
      }
    }
    // Each source's representative: the least of its id and the ids it
    // depends on directly (one pass over the dependencies, not one per fact
    // source: a day's wire has thousands of each).
    absl::flat_hash_map<absl::string_view, absl::string_view> rep_of;
    auto lower = [&rep_of](absl::string_view id, absl::string_view other) {
      auto [it, added] = rep_of.try_emplace(id, id);
      if (other < it->second) it->second = other;
    };
    for (const Dependence& d : report_.dependencies()) {
      lower(d.source_b(), d.source_a());
      lower(d.source_a(), d.source_b());
    }
    for (const Fact& f : report_.facts()) {
      if (f.status() != CORROBORATED) continue;
      std::set<absl::string_view> groups;
      for (const std::string& id : f.source_ids()) {
        auto it = rep_of.find(id);
        groups.insert(it == rep_of.end() ? absl::string_view(id) : it->second);
      }
      if (groups.size() < static_cast<size_t>(f.source_ids_size())) {
        if (changed++ == 0) {
          absl::StrAppend(&out_,
                          "\nDependent sources count as one "
                          "witness. Tallies this changed:\n");
        }
        absl::StrAppend(&out_, "- ", FactTitle(f, claims_, cmp_), ": ",
                        f.source_ids_size(), " sources, ", groups.size(),
                        " independent",
                        groups.size() < 2 ? " (corroboration rests on one "
                                            "wire story)"
                                          : "",
                        "\n");
      }
    }
  }

  void Errors() {
    if (report_.errors_size() == 0) return;
    absl::StrAppend(&out_, "\n## Input errors\n\n");
    for (const DocumentError& e : report_.errors()) {
      absl::StrAppend(&out_, "- ", Inline(e.message()), "\n");
    }
  }

  // Figures that changed as reporting went on: oldest first, the latest
  // named. Shown only when there are any.
  void Updates() {
    if (report_.updates_size() == 0) return;
    absl::StrAppend(&out_, "\n## Updated figures (not conflicts)\n");
    int n = 0;
    for (const Conflict& u : report_.updates()) {
      const Fact* fact = claims_.FindFact(u.fact_id());
      absl::StrAppend(&out_, "\n### ", ++n, ". ",
                      fact ? FactTitle(*fact, claims_, cmp_) : u.fact_id(),
                      " — ", u.role(), "\n\n", Inline(u.explanation()), "\n\n");
      for (const ConflictSide& side : u.sides()) {
        absl::StrAppend(&out_, "- **", Inline(cmp_.Describe(side.value())),
                        "** — ", Sources(side.source_ids()), "\n");
        for (const Claim* claim : claims_.Resolve(side.claim_ids())) {
          Evidence(*claim, "  ");
        }
      }
    }
  }

  std::string Render() {
    Summary();
    Conflicts();
    PossibleConflicts();
    Updates();
    Facts(CORROBORATED, "Corroborated facts");
    Facts(SINGLE_SOURCE, "Single-source claims");
    Dependencies();
    SourcesTable();
    Errors();
    return std::move(out_);
  }

 private:
  const Report& report_;
  const ValueComparator& cmp_;
  std::map<std::string, const DocumentSummary*> docs_;
  const ClaimIndex claims_;
  std::map<std::string, std::string> names_;
  std::string out_;
};

}  // namespace

std::string FactTitle(const Fact& fact, const ClaimIndex& claims,
                      const ValueComparator& comparator) {
  return Inline(FactTitleText(fact, claims, comparator));
}

std::string FactTitleText(const Fact& fact, const ClaimIndex& claims,
                          const ValueComparator& comparator) {
  // Key roles come from the claims' arguments that appear in the key.
  std::vector<std::string> parts;
  std::set<std::string> done;
  const Claim* first = claims.First(fact.claim_ids());
  if (first != nullptr) {
    const Claim& c = *first;
    for (const Argument& a : c.args()) {
      const std::string needle =
          absl::StrCat(a.role(), "=", comparator.Key(a.value(), true));
      const bool in_key = fact.key().find(needle) != std::string::npos ||
                          (fact.key().find("parties=") != std::string::npos &&
                           fact.key().find(comparator.Key(a.value(), true)) !=
                               std::string::npos &&
                           a.value().has_entity_id());
      if (in_key && done.insert(a.role()).second) {
        parts.push_back(
            absl::StrCat(a.role(), ": ", comparator.Describe(a.value())));
      }
    }
  }
  if (parts.empty() && first != nullptr) {
    // Facts keyed by their words (statements): name them by those.
    for (const Argument& a : first->args()) {
      std::string d = comparator.Describe(a.value());
      if (d.size() > 70) d = absl::StrCat(d.substr(0, 67), "...\"");
      parts.push_back(absl::StrCat(a.role(), ": ", d));
    }
  }
  return absl::StrCat(fact.frame(), parts.empty() ? "" : " · ",
                      absl::StrJoin(parts, ", "));
}

std::string RenderMarkdown(const Report& report,
                           const ValueComparator& comparator) {
  return Writer(report, comparator).Render();
}

}  // namespace accord
