#include "engine/dependence/text_dependence.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

namespace accord {
namespace dependence {
namespace {

struct WordSpan {
  int begin;
  int end;
  uint64_t hash;
};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

std::vector<WordSpan> Words(const std::string& text) {
  std::vector<WordSpan> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    while (j < text.size() && IsWordByte(text[j])) {
      unsigned char c = text[j];
      if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
      h = (h ^ c) * 1099511628211ull;
      ++j;
    }
    out.push_back(WordSpan{static_cast<int>(i), static_cast<int>(j), h});
    i = j;
  }
  return out;
}

uint64_t Mix(uint64_t h, uint64_t w) {
  h ^= w + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

// Two non-negative ints in one word, ordered as the pair (a, b) is.
uint64_t Pack(int a, int b) {
  return static_cast<uint64_t>(a) << 32 | static_cast<uint32_t>(b);
}
int High(uint64_t packed) { return static_cast<int>(packed >> 32); }
int Low(uint64_t packed) { return static_cast<int>(packed & 0xffffffffu); }

const std::string& SourceOf(const accord::Document& d) {
  return d.source().id().empty() ? d.id() : d.source().id();
}

}  // namespace

std::vector<SourceDependence> ScoreTextDependence(
    const std::vector<accord::Document>& docs, const DependenceOptions& opts) {
  const int k = std::max(1, opts.shingle_words);
  std::vector<std::vector<WordSpan>> words(docs.size());
  std::vector<int> shingle_count(docs.size(), 0);
  // (hash, doc << 32 | position), sorted: the shingle index. Doc and
  // position are packed into one word (both non-negative, so the order is
  // that of the pair) to sort on two integer compares.
  std::vector<std::pair<uint64_t, uint64_t>> index;
  for (size_t d = 0; d < docs.size(); ++d) {
    words[d] = Words(docs[d].text());
    const int n = static_cast<int>(words[d].size()) - k + 1;
    shingle_count[d] = std::max(0, n);
    for (int p = 0; p < n; ++p) {
      uint64_t h = 0;
      for (int w = 0; w < k; ++w) h = Mix(h, words[d][p + w].hash);
      index.emplace_back(h, Pack(static_cast<int>(d), p));
    }
  }
  std::sort(index.begin(), index.end());

  // Each document's source as a number, in the sorted order of the source
  // names, so that the loops below compare integers instead of names.
  std::map<std::string, int> numbers;
  for (const accord::Document& d : docs) numbers.emplace(SourceOf(d), 0);
  std::vector<const std::string*> source_name;
  for (auto& [name, number] : numbers) {
    number = static_cast<int>(source_name.size());
    source_name.push_back(&name);
  }
  std::vector<int> source_number(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    source_number[d] = numbers.find(SourceOf(docs[d]))->second;
  }
  // Matches of document pairs (a < b): (a << 32 | b, position in a << 32 |
  // position in b), collected flat and sorted once (a map from pair to
  // matches cost a tree walk per match, and wire copies share thousands of
  // shingles).
  std::vector<std::pair<uint64_t, uint64_t>> hits;
  size_t i = 0;
  while (i < index.size()) {
    size_t j = i;
    while (j < index.size() && index[j].first == index[i].first) ++j;
    int distinct_docs = 0;
    for (size_t x = i; x < j; ++x) {
      distinct_docs +=
          x == i || High(index[x].second) != High(index[x - 1].second);
    }
    if (distinct_docs >= 2 && distinct_docs <= opts.max_documents_per_shingle) {
      for (size_t x = i; x < j; ++x) {
        for (size_t y = x + 1; y < j; ++y) {
          const int da = High(index[x].second), db = High(index[y].second);
          if (da == db || source_number[da] == source_number[db]) continue;
          hits.emplace_back(Pack(da, db),
                            Pack(Low(index[x].second), Low(index[y].second)));
        }
      }
    }
    i = j;
  }
  std::sort(hits.begin(), hits.end());

  // By source pair (numbers, so in the order of the names).
  std::map<std::pair<int, int>, SourceDependence> by_source;
  std::vector<std::pair<int, int>> m;
  for (size_t h = 0; h < hits.size();) {
    const uint64_t docs_ab = hits[h].first;
    int da = High(docs_ab), db = Low(docs_ab);
    // The matches of (da, db), sorted and distinct.
    m.clear();
    for (; h < hits.size() && hits[h].first == docs_ab; ++h) {
      const std::pair<int, int> p(High(hits[h].second), Low(hits[h].second));
      if (m.empty() || m.back() != p) m.push_back(p);
    }
    int sa = source_number[da], sb = source_number[db];
    if (sb < sa) {
      std::swap(sa, sb);
      std::swap(da, db);
      for (auto& p : m) std::swap(p.first, p.second);
      std::sort(m.begin(), m.end());
    }
    SourceDependence& dep = by_source[{sa, sb}];
    if (dep.source_a.empty()) {
      dep.source_a = *source_name[sa];
      dep.source_b = *source_name[sb];
    }
    // Distinct positions of the smaller side count as shared shingles.
    std::vector<int> pa, pb;
    for (const auto& p : m) {
      pa.push_back(p.first);
      pb.push_back(p.second);
    }
    std::sort(pb.begin(), pb.end());
    pa.erase(std::unique(pa.begin(), pa.end()), pa.end());
    pb.erase(std::unique(pb.begin(), pb.end()), pb.end());
    const int shared = static_cast<int>(std::min(pa.size(), pb.size()));
    const int smaller =
        std::max(1, std::min(shingle_count[da], shingle_count[db]));
    dep.shared_shingles += shared;
    dep.shared_fraction =
        std::max(dep.shared_fraction, static_cast<double>(shared) / smaller);
    // Merge diagonal runs (pa+1, pb+1) into passages.
    std::vector<bool> used(m.size(), false);
    for (size_t s = 0; s < m.size(); ++s) {
      if (used[s]) continue;
      int a = m[s].first, b = m[s].second, len = 1;
      used[s] = true;
      size_t t = s + 1;
      while (true) {
        auto it = std::lower_bound(m.begin() + t, m.end(),
                                   std::make_pair(a + len, b + len));
        if (it == m.end() || *it != std::make_pair(a + len, b + len)) break;
        used[it - m.begin()] = true;
        t = it - m.begin() + 1;
        ++len;
      }
      SharedPassage p;
      p.doc_a = docs[da].id();
      p.doc_b = docs[db].id();
      p.begin_a = words[da][a].begin;
      p.end_a = words[da][a + len - 1 + k - 1].end;
      p.begin_b = words[db][b].begin;
      p.end_b = words[db][b + len - 1 + k - 1].end;
      p.words = len + k - 1;
      dep.longest_run_words = std::max(dep.longest_run_words, p.words);
      dep.passages.push_back(std::move(p));
    }
  }
  std::vector<SourceDependence> out;
  for (auto& kv : by_source) {
    SourceDependence& dep = kv.second;
    std::stable_sort(dep.passages.begin(), dep.passages.end(),
                     [](const SharedPassage& x, const SharedPassage& y) {
                       return x.words > y.words;
                     });
    dep.dependent = dep.shared_fraction >= opts.min_shared_fraction ||
                    dep.longest_run_words >= opts.min_run_words;
    out.push_back(std::move(dep));
  }
  return out;
}

std::vector<SourceDependence> DetectTextDependence(
    const std::vector<accord::Document>& docs, const DependenceOptions& opts) {
  std::vector<SourceDependence> out;
  for (SourceDependence& d : ScoreTextDependence(docs, opts)) {
    if (d.dependent) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace dependence
}  // namespace accord
