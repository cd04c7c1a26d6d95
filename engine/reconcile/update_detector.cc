#include "engine/reconcile/update_detector.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/data/embedded_data.h"

namespace accord {
namespace {

// Lower-cases ASCII and turns every other non-letter byte into a space, so
// whole-word cues match as " cue " with single spaces.
std::string Words(absl::string_view text) {
  std::string out = " ";
  for (char c : text) {
    const bool letter = absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
                        static_cast<unsigned char>(c) >= 0x80;
    const char w =
        letter ? absl::ascii_tolower(static_cast<unsigned char>(c)) : ' ';
    if (w == ' ' && out.back() == ' ') continue;
    out.push_back(w);
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

// One side of a conflict as the detector sees it.
struct SideInfo {
  int index = 0;         // into Conflict.sides
  std::string earliest;  // publication times of its claims' documents
  std::string latest;
  bool all_dated = true;
  bool revision_cue = false;  // a sentence marks the newer figure
  bool earlier_cue = false;   // a sentence marks the older figure
};

// The cue phrases of a cue list, each as Words() gives it.
std::vector<std::string> ParseCues(absl::string_view cues) {
  std::vector<std::string> out;
  for (absl::string_view line : absl::StrSplit(cues, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    out.push_back(Words(line));
  }
  return out;
}

bool HasCue(const std::vector<std::string>& cues, absl::string_view sentence) {
  const std::string words = Words(sentence);
  for (const std::string& cue : cues) {
    if (words.find(cue) != std::string::npos) return true;
  }
  return false;
}

const Claim* FindClaim(const std::vector<Claim>& claims,
                       const std::string& id) {
  auto it = std::lower_bound(
      claims.begin(), claims.end(), id,
      [](const Claim& c, const std::string& x) { return c.id() < x; });
  return it != claims.end() && it->id() == id ? &*it : nullptr;
}

// Which of two sides the sentences mark as the newer figure (0 or 1), or -1
// when the cues do not tell: a side is marked newer by a revision cue it
// alone has, or by an older-figure cue the other side alone has; the two
// must not point opposite ways.
int NewerByCues(const SideInfo& a, const SideInfo& b) {
  auto vote = [](bool x, bool y) { return x == y ? -1 : (x ? 0 : 1); };
  const int by_revision = vote(a.revision_cue, b.revision_cue);
  const int by_earlier = vote(b.earlier_cue, a.earlier_cue);
  if (by_revision >= 0 && by_earlier >= 0 && by_revision != by_earlier) {
    return -1;
  }
  return by_revision >= 0 ? by_revision : by_earlier;
}

std::string DescribeQuantity(const Value& v) {
  if (!v.surface().empty()) return v.surface();
  return absl::StrCat(v.quantity().value());
}

}  // namespace

UpdateDetector::UpdateDetector(absl::string_view newer_cues,
                               absl::string_view older_cues)
    : newer_cues_(ParseCues(newer_cues)), older_cues_(ParseCues(older_cues)) {}

const UpdateDetector& UpdateDetector::Default() {
  static const UpdateDetector* const kDefault =
      new UpdateDetector(embedded::kRevisionCues, embedded::kEarlierFigureCues);
  return *kDefault;
}

bool UpdateDetector::HasRevisionCue(absl::string_view sentence) const {
  return HasCue(newer_cues_, sentence);
}

bool UpdateDetector::HasEarlierFigureCue(absl::string_view sentence) const {
  return HasCue(older_cues_, sentence);
}

bool UpdateDetector::PublishedBefore(absl::string_view a, absl::string_view b) {
  if (a.empty() || b.empty()) return false;
  const absl::string_view day_a = a.substr(0, 10);
  const absl::string_view day_b = b.substr(0, 10);
  if (day_a != day_b) return day_a < day_b;
  return a.size() > 10 && b.size() > 10 && a < b;
}

void UpdateDetector::MoveUpdates(const std::vector<Document>& documents,
                                 const std::vector<Claim>& claims,
                                 Alignment* alignment) const {
  absl::flat_hash_map<absl::string_view, absl::string_view> published;
  for (const Document& d : documents) published[d.id()] = d.published();

  std::vector<Conflict> kept;
  std::set<std::string> moved_facts;
  for (Conflict& c : alignment->conflicts) {
    bool numeric = c.kind() == VALUE_MISMATCH && c.sides_size() >= 2;
    std::vector<SideInfo> sides;
    for (int i = 0; numeric && i < c.sides_size(); ++i) {
      const ConflictSide& side = c.sides(i);
      numeric = side.value().has_quantity();
      SideInfo info;
      info.index = i;
      for (const std::string& id : side.claim_ids()) {
        const Claim* claim = FindClaim(claims, id);
        if (claim == nullptr) continue;
        auto it = published.find(claim->trigger().doc_id());
        const absl::string_view p =
            it == published.end() ? absl::string_view() : it->second;
        if (p.empty()) info.all_dated = false;
        if (info.earliest.empty() || PublishedBefore(p, info.earliest)) {
          info.earliest = std::string(p);
        }
        if (info.latest.empty() || PublishedBefore(info.latest, p)) {
          info.latest = std::string(p);
        }
        const std::string& sentence = claim->sentence().text();
        if (HasRevisionCue(sentence)) info.revision_cue = true;
        if (HasEarlierFigureCue(sentence)) info.earlier_cue = true;
      }
      sides.push_back(std::move(info));
    }
    bool update = false;
    if (numeric) {
      // (a) Each side reported strictly after the one before.
      std::sort(sides.begin(), sides.end(),
                [](const SideInfo& x, const SideInfo& y) {
                  return PublishedBefore(x.earliest, y.earliest);
                });
      update = true;
      for (size_t i = 0; i < sides.size(); ++i) {
        if (!sides[i].all_dated ||
            (i > 0 &&
             !PublishedBefore(sides[i - 1].latest, sides[i].earliest))) {
          update = false;
        }
      }
      // (b) Two figures, one of them marked as the newer (a revision) or
      // the other as the older ("originally"): the newer is the later.
      if (!update && sides.size() == 2) {
        const int newer = NewerByCues(sides[0], sides[1]);
        if (newer >= 0) {
          if (newer == 0) std::swap(sides[0], sides[1]);
          update = true;
        }
      }
    }
    if (!update) {
      kept.push_back(std::move(c));
      continue;
    }
    Conflict u;
    u.set_fact_id(c.fact_id());
    u.set_kind(UPDATE);
    u.set_role(c.role());
    std::vector<std::string> steps;
    for (const SideInfo& s : sides) {
      *u.add_sides() = c.sides(s.index);
      steps.push_back(absl::StrCat(
          DescribeQuantity(c.sides(s.index).value()),
          s.earliest.empty() ? "" : absl::StrCat(" (", s.earliest, ")")));
    }
    u.set_preferred_side(u.sides_size() - 1);
    u.set_explanation(absl::StrCat(
        "The ", c.role(), " changed as reporting went on: ",
        absl::StrJoin(steps, ", then "), "; the latest figure is ",
        DescribeQuantity(u.sides(u.sides_size() - 1).value()), "."));
    moved_facts.insert(c.fact_id());
    alignment->updates.push_back(std::move(u));
  }
  alignment->conflicts = std::move(kept);

  std::set<std::string> still_conflicted;
  for (const Conflict& c : alignment->conflicts) {
    still_conflicted.insert(c.fact_id());
  }
  for (Fact& f : alignment->facts) {
    if (f.status() == CONFLICT && moved_facts.count(f.id()) &&
        !still_conflicted.count(f.id())) {
      f.set_status(UPDATED);
    }
  }
}

}  // namespace accord
