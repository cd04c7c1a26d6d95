#include "engine/extract/survivors.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace {

// The claim's count argument, or null.
const Argument* CountOf(const Claim& c) {
  for (const Argument& a : c.args()) {
    if (a.role() == "count" && a.value().has_quantity()) return &a;
  }
  return nullptr;
}

// The claim's exact count, or -1 when it has none, a bound or an estimate.
double ExactCount(const Claim& c) {
  const Argument* a = CountOf(c);
  if (a == nullptr) return -1;
  const Quantity& q = a->value().quantity();
  const bool exact = (q.low() == 0 && q.high() == 0) || q.low() == q.high();
  return exact && !q.approximate() ? q.value() : -1;
}

// Sets the claim's count to exactly `n`, said by `surface`.
void SetCount(double n, const std::string& surface, Claim* c) {
  for (Argument& a : *c->mutable_args()) {
    if (a.role() != "count" || !a.value().has_quantity()) continue;
    Quantity* q = a.mutable_value()->mutable_quantity();
    q->set_value(n);
    q->set_low(n);
    q->set_high(n);
    a.mutable_value()->set_surface(surface);
    return;
  }
}

}  // namespace

Survivors::Survivors(const CountCueFile& cues)
    : survivor_frame_(cues.survivor_frame()),
      wounding_frames_(cues.wounding_frames().begin(),
                       cues.wounding_frames().end()),
      death_frames_(cues.death_frames().begin(), cues.death_frames().end()),
      fatal_adverbs_(cues.fatal_adverbs().begin(), cues.fatal_adverbs().end()),
      grave_conditions_(cues.grave_conditions().begin(),
                        cues.grave_conditions().end()) {}

void Survivors::CountPartitive(std::vector<ClaimCandidate>* kept) const {
  if (survivor_frame_.empty()) return;
  std::vector<ClaimCandidate> added;
  for (size_t i = 0; i < kept->size(); ++i) {
    Claim& total = (*kept)[i].claim;
    if (!wounding_frames_.contains(total.frame())) continue;
    const double n = ExactCount(total);
    if (n <= 0) continue;
    // The fatal part: the next claim of a death frame told by a fatal
    // adverb, before any other total of this frame.
    const Claim* fatal = nullptr;
    for (size_t k = i + 1; k < kept->size(); ++k) {
      const Claim& c = (*kept)[k].claim;
      if (c.frame() == total.frame()) break;
      if (death_frames_.contains(c.frame()) &&
          fatal_adverbs_.contains(absl::AsciiStrToLower(c.trigger().text()))) {
        fatal = &c;
        break;
      }
    }
    if (fatal == nullptr) continue;
    const double m = ExactCount(*fatal);
    if (m <= 0 || m >= n) continue;
    // "Five people, one fatally".
    const std::string surface = absl::StrCat(
        CountOf(total)->value().surface(), ", ",
        CountOf(*fatal)->value().surface(), " ", fatal->trigger().text());
    if (total.frame() == survivor_frame_) {
      SetCount(n - m, surface, &total);
      continue;
    }
    ClaimCandidate hurt = (*kept)[i];
    hurt.claim.set_frame(survivor_frame_);
    hurt.claim.set_rule(absl::StrCat(hurt.claim.rule(), "+survivors"));
    SetCount(n - m, surface, &hurt.claim);
    added.push_back(std::move(hurt));
  }
  if (added.empty()) return;
  for (ClaimCandidate& c : added) kept->push_back(std::move(c));
  std::stable_sort(kept->begin(), kept->end(),
                   [](const ClaimCandidate& a, const ClaimCandidate& b) {
                     return a.trigger_begin < b.trigger_begin;
                   });
}

void Survivors::CountUnnumbered(std::vector<Claim>* claims) const {
  if (survivor_frame_.empty()) return;
  // The sentence part of an id "doc/sentence/n" and its n.
  auto split = [](const std::string& id, int* n) {
    const size_t slash = id.rfind('/');
    if (slash == std::string::npos ||
        !absl::SimpleAtoi(absl::string_view(id).substr(slash + 1), n)) {
      *n = -1;
      return id;
    }
    return id.substr(0, slash);
  };
  absl::flat_hash_map<std::string, int> last;  // the largest n per sentence
  std::vector<size_t> hit;
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (death_frames_.contains(c.frame())) return;
    int n;
    const std::string sentence = split(c.id(), &n);
    int& m = last.try_emplace(sentence, -1).first->second;
    m = std::max(m, n);
    if (wounding_frames_.contains(c.frame()) && c.frame() != survivor_frame_ &&
        c.polarity() != NEGATIVE && CountOf(c) != nullptr) {
      hit.push_back(i);
    }
  }
  for (size_t i : hit) {
    Claim hurt = (*claims)[i];
    int n;
    const std::string sentence = split(hurt.id(), &n);
    hurt.set_id(absl::StrCat(sentence, "/", ++last[sentence]));
    hurt.set_frame(survivor_frame_);
    hurt.set_rule(absl::StrCat(hurt.rule(), "+survivors"));
    // At least that many: the people a report says were shot may be some
    // of those hurt ("one male, who was shot in the legs, and two female
    // victims"), as a named victim is one of those killed.
    for (Argument& a : *hurt.mutable_args()) {
      if (a.role() == "count" && a.value().has_quantity()) {
        a.mutable_value()->mutable_quantity()->set_high(
            std::numeric_limits<double>::infinity());
      }
    }
    claims->push_back(std::move(hurt));
  }
}

void Survivors::DropGraveConditions(std::vector<Claim>* claims) const {
  if (survivor_frame_.empty() || grave_conditions_.empty()) return;
  const bool deaths = std::any_of(
      claims->begin(), claims->end(),
      [this](const Claim& c) { return death_frames_.contains(c.frame()); });
  if (!deaths) return;
  claims->erase(
      std::remove_if(claims->begin(), claims->end(),
                     [this](const Claim& c) {
                       return c.frame() == survivor_frame_ &&
                              grave_conditions_.contains(
                                  absl::AsciiStrToLower(c.trigger().text()));
                     }),
      claims->end());
}

}  // namespace accord
