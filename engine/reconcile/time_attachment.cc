#include "engine/reconcile/time_attachment.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "absl/strings/string_view.h"
#include "re2/re2.h"

namespace accord {

const Value* ClaimTime(const Claim& c) {
  for (const Argument& a : c.args()) {
    if (a.role() == "time" && a.value().has_time()) return &a.value();
  }
  return nullptr;
}

namespace {

// The offset in `text` of the occurrence of `phrase` nearest to `near`, or
// -1 when there is none.
int NearestOccurrence(const std::string& text, const std::string& phrase,
                      int near) {
  int best = -1;
  for (size_t at = text.find(phrase); at != std::string::npos;
       at = text.find(phrase, at + 1)) {
    const int a = static_cast<int>(at);
    if (best < 0 || std::abs(a - near) < std::abs(best - near)) best = a;
  }
  return best;
}

// A claim of a sentence, placed: offsets relative to the sentence.
struct Placed {
  int index;  // in the run's claims
  int trigger_begin, trigger_end;
};

// Whether `gap`, the text between two triggers, coordinates them ("shot
// and wounded", "arrested, charged"): they share what follows.
bool Coordinates(absl::string_view gap) {
  static const LazyRE2 kCoordination = {"^[ ,]*(?:and|or|then)?[ ,]*$"};
  return RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()),
                        *kCoordination);
}

// Whether the time phrase at [at, end) of `text` modifies the noun after
// it ("the May 11 shooting", "Monday's shooting", "last week's attack"):
// a determiner before it, or a possessive right after it.
bool PreModifies(const std::string& text, int at, int end) {
  static const LazyRE2 kDeterminerBefore = {
      "(?i)(?:^|\\W)(?:the|a|an|this|that|his|her|their|its)\\s+$"};
  static const LazyRE2 kPossessiveAfter = {"^(?:'s|’s|s'|')"};
  if (end < static_cast<int>(text.size()) &&
      RE2::PartialMatch(re2::StringPiece(text.data() + end, text.size() - end),
                        *kPossessiveAfter)) {
    return true;
  }
  return RE2::PartialMatch(re2::StringPiece(text.data(), at),
                           *kDeterminerBefore);
}

}  // namespace

std::vector<bool> TimesOfOtherClaims(const std::vector<Claim>& claims) {
  std::vector<bool> foreign(claims.size(), false);
  // Claims sharing one time phrase: (document, sentence, phrase offset,
  // phrase) -> the claims.
  std::map<std::tuple<std::string, int64_t, int, std::string>,
           std::vector<Placed>>
      groups;
  for (int i = 0; i < static_cast<int>(claims.size()); ++i) {
    const Claim& c = claims[i];
    const Value* t = ClaimTime(c);
    if (t == nullptr || t->surface().empty()) continue;
    const std::string& text = c.sentence().text();
    const int64_t tb = c.trigger().begin() - c.sentence().begin();
    const int64_t te = c.trigger().end() - c.sentence().begin();
    if (tb < 0 || te < tb || te > static_cast<int64_t>(text.size())) continue;
    const int at = NearestOccurrence(text, t->surface(), static_cast<int>(tb));
    if (at < 0) continue;
    groups[{c.trigger().doc_id(), c.sentence().begin(), at, t->surface()}]
        .push_back({i, static_cast<int>(tb), static_cast<int>(te)});
  }
  for (auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    const int at = std::get<2>(key);
    const int end = at + static_cast<int>(std::get<3>(key).size());
    const std::string& text = claims[members.front().index].sentence().text();
    // Nearest trigger first: those before the phrase by their end,
    // descending.
    std::sort(members.begin(), members.end(),
              [](const Placed& a, const Placed& b) {
                return a.trigger_end > b.trigger_end;
              });
    const Placed* owner = nullptr;
    if (PreModifies(text, at, end)) {
      // The noun the phrase modifies: the first trigger after it, with no
      // clause punctuation between.
      for (const Placed& p : members) {
        if (p.trigger_begin < end) continue;
        const absl::string_view gap(text.data() + end, p.trigger_begin - end);
        if (gap.find_first_of(",;:.") != absl::string_view::npos) continue;
        if (owner == nullptr || p.trigger_begin < owner->trigger_begin) {
          owner = &p;
        }
      }
    }
    if (owner == nullptr) {
      for (const Placed& p : members) {
        if (p.trigger_end <= at) {
          owner = &p;
          break;
        }
      }
    }
    // A phrase before every trigger opens the sentence's scope: it stays
    // with every claim.
    if (owner == nullptr) continue;
    // The owner's trigger, the triggers overlapping it ("shot and killed",
    // "shot") and those coordinated with it keep the phrase.
    int left = owner->trigger_begin;
    for (const Placed& p : members) {
      const bool overlaps = p.trigger_begin < owner->trigger_end &&
                            owner->trigger_begin < p.trigger_end;
      bool coordinated = false;
      if (!overlaps && p.trigger_end <= left) {
        coordinated = Coordinates(absl::string_view(text.data() + p.trigger_end,
                                                    left - p.trigger_end));
        if (coordinated) left = p.trigger_begin;
      }
      if (!overlaps && !coordinated) foreign[p.index] = true;
    }
  }
  return foreign;
}

}  // namespace accord
