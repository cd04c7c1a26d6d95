#include "engine/rules/atom_matcher.h"

#include <algorithm>
#include <cstring>
#include <deque>

#include "absl/strings/str_cat.h"

namespace accord {
namespace {

unsigned char Fold(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

// The blob (Serialize), in 32-bit words of native byte order: a header, the
// 256 byte classes, then the tables.
constexpr uint32_t kMagic = 0x316d6361;  // "acm1" when little-endian
enum Header : size_t {
  kMagicWord,
  kStatesWord,
  kClassesWord,
  kAtomsWord,
  kFingerprintLow,
  kFingerprintHigh,
  kHeaderWords
};
constexpr size_t kClassWords = 256 / 4;
constexpr size_t kTablesWord = kHeaderWords + kClassWords;

// Words of a blob for these sizes: next_, output_, out_link_, same_next_,
// length_ after the header and classes.
uint64_t BlobWords(uint64_t states, uint64_t classes, uint64_t atoms) {
  return kTablesWord + states * classes + 2 * states + 2 * atoms;
}

// FNV-1a over each atom's length and bytes: says which atom list a blob was
// built for.
uint64_t Fingerprint(const std::vector<std::string>& atoms) {
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](unsigned char byte) {
    h ^= byte;
    h *= 1099511628211ull;
  };
  for (const std::string& atom : atoms) {
    const uint32_t n = static_cast<uint32_t>(atom.size());
    for (int shift = 0; shift < 32; shift += 8) mix((n >> shift) & 0xFF);
    for (unsigned char c : atom) mix(c);
  }
  return h;
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
  std::vector<int32_t> delta, output;
  delta.reserve(max_states * num_classes_);
  output.reserve(max_states);
  delta.assign(num_classes_, -1);
  output.assign(1, -1);
  std::vector<int32_t> same_next(atoms.size(), -1);  // duplicate atoms
  for (int i = 0; i < num_atoms_; ++i) {
    if (atoms[i].empty()) continue;
    int s = 0;
    for (unsigned char c : atoms[i]) {
      const size_t edge = static_cast<size_t>(s) * num_classes_ + class_[c];
      if (delta[edge] < 0) {
        delta[edge] = num_states_++;
        delta.resize(static_cast<size_t>(num_states_) * num_classes_, -1);
        output.push_back(-1);
      }
      s = delta[edge];
    }
    if (output[s] >= 0) same_next[i] = output[s];
    output[s] = i;
  }

  // Failure links in breadth-first order turn the trie into a complete DFA;
  // out_link chains each state to the longest proper suffix with an output.
  std::vector<int32_t> fail(num_states_, 0);
  std::vector<int32_t> out_link(num_states_, -1);
  std::deque<int> queue;
  for (int c = 0; c < num_classes_; ++c) {
    int32_t& t = delta[c];
    if (t < 0) {
      t = 0;
    } else {
      queue.push_back(t);
    }
  }
  std::vector<int32_t> order = {0};  // states in breadth-first order
  order.insert(order.end(), queue.begin(), queue.end());
  while (!queue.empty()) {
    const int s = queue.front();
    queue.pop_front();
    for (int c = 0; c < num_classes_; ++c) {
      int32_t& t = delta[static_cast<size_t>(s) * num_classes_ + c];
      const int32_t via_fail =
          delta[static_cast<size_t>(fail[s]) * num_classes_ + c];
      if (t < 0) {
        t = via_fail;
        continue;
      }
      fail[t] = via_fail;
      out_link[t] = output[via_fail] >= 0 ? via_fail : out_link[via_fail];
      queue.push_back(t);
      order.push_back(t);
    }
  }
  Renumber(order, delta, output, out_link, same_next, atoms);
}

void AtomMatcher::Renumber(const std::vector<int32_t>& order,
                           const std::vector<int32_t>& delta,
                           const std::vector<int32_t>& output,
                           const std::vector<int32_t>& out_link,
                           const std::vector<int32_t>& same_next,
                           const std::vector<std::string>& atoms) {
  // Text keeps the automaton near the root: numbered breadth-first, the
  // shallow states' rows are adjacent in memory and stay in cache. Each
  // entry also says whether its target has an output (bit 0), so the scan
  // reads output_ only where an atom ends. Breadth-first numbering also
  // puts every suffix link below its state (a suffix is shallower), which
  // View() checks so that a blob cannot make the scan loop.
  const size_t states = num_states_, classes = num_classes_;
  storage_.assign(BlobWords(states, classes, num_atoms_), 0);
  uint32_t* w = storage_.data();
  const uint64_t fingerprint = Fingerprint(atoms);
  w[kMagicWord] = kMagic;
  w[kStatesWord] = static_cast<uint32_t>(states);
  w[kClassesWord] = static_cast<uint32_t>(classes);
  w[kAtomsWord] = static_cast<uint32_t>(num_atoms_);
  w[kFingerprintLow] = static_cast<uint32_t>(fingerprint);
  w[kFingerprintHigh] = static_cast<uint32_t>(fingerprint >> 32);
  std::memcpy(w + kHeaderWords, class_, sizeof(class_));
  uint32_t* next = w + kTablesWord;
  int32_t* new_output = reinterpret_cast<int32_t*>(next + states * classes);
  int32_t* new_out_link = new_output + states;
  int32_t* new_same_next = new_out_link + states;
  int32_t* length = new_same_next + num_atoms_;
  std::vector<int32_t> number(states);
  for (size_t i = 0; i < states; ++i) number[order[i]] = static_cast<int>(i);
  for (size_t i = 0; i < states; ++i) {
    const int s = order[i];
    new_output[i] = output[s];
    new_out_link[i] = out_link[s] >= 0 ? number[out_link[s]] : -1;
    for (size_t c = 0; c < classes; ++c) {
      const int t = delta[s * classes + c];
      const bool reports = output[t] >= 0 || out_link[t] >= 0;
      next[i * classes + c] =
          static_cast<uint32_t>(number[t]) << 1 | (reports ? 1u : 0u);
    }
  }
  for (int a = 0; a < num_atoms_; ++a) {
    new_same_next[a] = same_next[a];
    length[a] = static_cast<int32_t>(atoms[a].size());
  }
  SetTables(storage_.data());
}

void AtomMatcher::SetTables(const uint32_t* words) {
  words_ = words;
  num_states_ = static_cast<int>(words[kStatesWord]);
  num_classes_ = static_cast<int>(words[kClassesWord]);
  num_atoms_ = static_cast<int>(words[kAtomsWord]);
  num_words_ = BlobWords(num_states_, num_classes_, num_atoms_);
  std::memcpy(class_, words + kHeaderWords, sizeof(class_));
  const size_t states = num_states_;
  next_ = words + kTablesWord;
  output_ = reinterpret_cast<const int32_t*>(next_ + states * num_classes_);
  out_link_ = output_ + states;
  same_next_ = out_link_ + states;
  length_ = same_next_ + num_atoms_;
}

std::string AtomMatcher::Serialize() const {
  return std::string(reinterpret_cast<const char*>(words_),
                     num_words_ * sizeof(uint32_t));
}

absl::StatusOr<std::unique_ptr<AtomMatcher>> AtomMatcher::View(
    absl::string_view blob, const std::vector<std::string>& atoms) {
  auto error = [](absl::string_view what) {
    return absl::InvalidArgumentError(absl::StrCat("atom automaton: ", what));
  };
  if (blob.size() % 4 != 0 || blob.size() < kTablesWord * 4) {
    return error("truncated");
  }
  std::unique_ptr<AtomMatcher> m(new AtomMatcher());
  const uint32_t* words = reinterpret_cast<const uint32_t*>(blob.data());
  if (reinterpret_cast<uintptr_t>(blob.data()) % alignof(uint32_t) != 0) {
    m->storage_.resize(blob.size() / 4);
    std::memcpy(m->storage_.data(), blob.data(), blob.size());
    words = m->storage_.data();
  }
  if (words[kMagicWord] != kMagic) {
    return error("not an automaton (or of the other byte order)");
  }
  const uint64_t states = words[kStatesWord], classes = words[kClassesWord],
                 num_atoms = words[kAtomsWord];
  if (states < 1 || states > (1u << 30) || classes < 1 || classes > 256) {
    return error("bad state or class count");
  }
  if (num_atoms != atoms.size()) {
    return error(
        absl::StrCat("built for ", num_atoms, " atoms, not ", atoms.size()));
  }
  if (BlobWords(states, classes, num_atoms) != blob.size() / 4) {
    return error("size does not match its counts");
  }
  const uint64_t fingerprint = Fingerprint(atoms);
  if (words[kFingerprintLow] != static_cast<uint32_t>(fingerprint) ||
      words[kFingerprintHigh] != static_cast<uint32_t>(fingerprint >> 32)) {
    return error("built for other atoms");
  }
  m->SetTables(words);
  for (int b = 0; b < 256; ++b) {
    if (m->class_[b] >= classes) return error("byte class out of range");
  }
  const uint32_t max_entry = static_cast<uint32_t>(states << 1);
  for (uint64_t i = 0; i < states * classes; ++i) {
    if (m->next_[i] >= max_entry) return error("transition out of range");
  }
  for (uint64_t s = 0; s < states; ++s) {
    if (m->output_[s] < -1 || m->output_[s] >= static_cast<int64_t>(num_atoms))
      return error("output out of range");
    // Below its state: following links always ends.
    if (m->out_link_[s] < -1 || m->out_link_[s] >= static_cast<int64_t>(s))
      return error("suffix link out of order");
  }
  for (uint64_t a = 0; a < num_atoms; ++a) {
    if (m->same_next_[a] < -1 || m->same_next_[a] >= static_cast<int64_t>(a))
      return error("duplicate-atom link out of order");
    if (m->length_[a] != static_cast<int64_t>(atoms[a].size())) {
      return error("atom length differs");
    }
  }
  return m;
}

void AtomMatcher::FindAll(absl::string_view text,
                          std::vector<int>* found) const {
  found->clear();
  uint32_t entry = 0;
  for (unsigned char c : text) {
    entry = Next(entry, c);
    if ((entry & 1) == 0) continue;
    const int state = static_cast<int>(entry >> 1);
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
  uint32_t entry = 0;
  const int n = static_cast<int>(text.size());
  for (int i = 0; i < n; ++i) {
    entry = Next(entry, static_cast<unsigned char>(text[i]));
    if ((entry & 1) == 0) continue;
    const int state = static_cast<int>(entry >> 1);
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
