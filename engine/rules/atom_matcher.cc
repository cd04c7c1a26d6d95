#include "engine/rules/atom_matcher.h"

#include <algorithm>
#include <deque>

namespace accord {
namespace {

unsigned char Fold(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

}  // namespace

AtomMatcher::AtomMatcher(const std::vector<std::string>& atoms)
    : num_atoms_(static_cast<int>(atoms.size())) {
  // Byte classes: one per distinct folded byte that occurs in some atom, so
  // the table is states x (alphabet + 1) rather than states x 256.
  for (const std::string& atom : atoms) {
    for (unsigned char c : atom) {
      const unsigned char f = Fold(c);
      if (class_[f] == 0) class_[f] = static_cast<uint8_t>(num_classes_++);
    }
  }
  for (int c = 'A'; c <= 'Z'; ++c) class_[c] = class_[c - 'A' + 'a'];

  // The trie. -1 marks a missing edge until the failure pass fills it.
  // It has at most one state per atom byte, plus the root: reserving that
  // spares the copies of a growing table.
  size_t max_states = 1;
  for (const std::string& atom : atoms) max_states += atom.size();
  delta_.reserve(max_states * num_classes_);
  output_.reserve(max_states);
  delta_.assign(num_classes_, -1);
  output_.assign(1, -1);
  std::vector<int32_t> same_next(atoms.size(), -1);  // duplicate atoms
  for (const std::string& atom : atoms) {
    length_.push_back(static_cast<int32_t>(atom.size()));
  }
  for (int i = 0; i < num_atoms_; ++i) {
    if (atoms[i].empty()) continue;
    int s = 0;
    for (unsigned char c : atoms[i]) {
      const size_t edge = static_cast<size_t>(s) * num_classes_ + class_[c];
      if (delta_[edge] < 0) {
        delta_[edge] = num_states_++;
        delta_.resize(static_cast<size_t>(num_states_) * num_classes_, -1);
        output_.push_back(-1);
      }
      s = delta_[edge];
    }
    if (output_[s] >= 0) same_next[i] = output_[s];
    output_[s] = i;
  }
  same_next_ = std::move(same_next);

  // Failure links in breadth-first order turn the trie into a complete DFA;
  // out_link_ chains each state to the longest proper suffix with an output.
  std::vector<int32_t> fail(num_states_, 0);
  out_link_.assign(num_states_, -1);
  std::deque<int> queue;
  for (int c = 0; c < num_classes_; ++c) {
    int32_t& t = delta_[c];
    if (t < 0) {
      t = 0;
    } else {
      queue.push_back(t);
    }
  }
  while (!queue.empty()) {
    const int s = queue.front();
    queue.pop_front();
    for (int c = 0; c < num_classes_; ++c) {
      int32_t& t = delta_[static_cast<size_t>(s) * num_classes_ + c];
      const int32_t via_fail =
          delta_[static_cast<size_t>(fail[s]) * num_classes_ + c];
      if (t < 0) {
        t = via_fail;
        continue;
      }
      fail[t] = via_fail;
      out_link_[t] = output_[via_fail] >= 0 ? via_fail : out_link_[via_fail];
      queue.push_back(t);
    }
  }
}

void AtomMatcher::FindAll(absl::string_view text,
                          std::vector<int>* found) const {
  found->clear();
  int state = 0;
  for (unsigned char c : text) {
    state = Next(state, c);
    for (int s = output_[state] >= 0 ? state : out_link_[state]; s >= 0;
         s = out_link_[s]) {
      for (int atom = output_[s]; atom >= 0; atom = same_next_[atom]) {
        found->push_back(atom);
      }
    }
  }
  std::sort(found->begin(), found->end());
  found->erase(std::unique(found->begin(), found->end()), found->end());
}

void AtomMatcher::FindAllLast(absl::string_view text, std::vector<int>* found,
                              std::vector<int>* last_start) const {
  // (atom, start) of every occurrence; later occurrences of one atom start
  // later, so after a stable sort by atom the last pair of each run wins.
  std::vector<std::pair<int, int>> hits;
  int state = 0;
  const int n = static_cast<int>(text.size());
  for (int i = 0; i < n; ++i) {
    state = Next(state, static_cast<unsigned char>(text[i]));
    for (int s = output_[state] >= 0 ? state : out_link_[state]; s >= 0;
         s = out_link_[s]) {
      for (int atom = output_[s]; atom >= 0; atom = same_next_[atom]) {
        hits.emplace_back(atom, i + 1 - length_[atom]);
      }
    }
  }
  std::sort(hits.begin(), hits.end());
  found->clear();
  last_start->clear();
  for (size_t i = 0; i < hits.size(); ++i) {
    if (i + 1 < hits.size() && hits[i + 1].first == hits[i].first) continue;
    found->push_back(hits[i].first);
    last_start->push_back(hits[i].second);
  }
}

}  // namespace accord
