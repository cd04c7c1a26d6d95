// gen_noun_kinds: compiles WordNet's noun database into the table
// engine/wordnet/noun_kinds.h reads: every noun lemma with the kinds its
// senses have (a person, an animal, a social group, anything else), and
// the kind of its most frequent sense; a body part is a kind of its own
// (index.noun lists senses by frequency), and the irregular plurals of those
// nouns. Run by a genrule at build time, so accord needs no WordNet files at
// run time.
//
// Usage: gen_noun_kinds data.noun index.noun noun.exc OUT.cc
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tools/wordnet/wordnet_lines.h"

namespace {

// Synset offsets of the roots (WordNet 3.0): person.n.01, animal.n.01,
// social_group.n.01, body_part.n.01.
constexpr char kPerson[] = "00007846";
constexpr char kAnimal[] = "00015388";
constexpr char kGroup[] = "07950920";
constexpr char kBodyPart[] = "05220461";

// Kind bits; kept in sync with engine/wordnet/noun_kinds.h.
constexpr int kPersonBit = 1, kAnimalBit = 2, kGroupBit = 4, kBodyPartBit = 8,
              kOtherBit = 16;

struct Synset {
  std::vector<std::string> lemmas;
  std::vector<std::string> hyponyms;  // "~" pointers (not instances)
};

std::string Lemma(std::string w) {
  // Adjective markers "(a)", "(p)", "(ip)" follow some lemmas.
  const size_t paren = w.find('(');
  if (paren != std::string::npos) w.resize(paren);
  for (char& c : w) {
    if (c == '_') c = ' ';
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
  }
  return w;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr,
                 "usage: gen_noun_kinds data.noun index.noun noun.exc "
                 "OUT.cc\n");
    return 2;
  }
  std::ifstream data(argv[1]);
  if (!data) {
    std::fprintf(stderr, "gen_noun_kinds: cannot read %s\n", argv[1]);
    return 1;
  }
  std::map<std::string, Synset> synsets;
  std::string line;
  for (accord::DataLine d; std::getline(data, line);) {
    if (!accord::ParseDataLine(line, &d)) continue;  // licence header
    Synset& s = synsets[d.offset];
    for (const std::string& w : d.words) s.lemmas.push_back(Lemma(w));
    for (const accord::DataLine::Pointer& p : d.pointers) {
      if (p.symbol == "~" && p.pos == "n") s.hyponyms.push_back(p.target);
    }
  }
  if (synsets.count(kPerson) == 0 || synsets.count(kAnimal) == 0 ||
      synsets.count(kGroup) == 0 || synsets.count(kBodyPart) == 0) {
    std::fprintf(stderr, "gen_noun_kinds: %s is not WordNet 3.0 data.noun\n",
                 argv[1]);
    return 1;
  }
  std::map<std::string, int> synset_kind;
  auto mark = [&](const std::string& root, int bit) {
    std::vector<std::string> stack = {root};
    std::set<std::string> seen;
    while (!stack.empty()) {
      const std::string o = stack.back();
      stack.pop_back();
      if (!seen.insert(o).second) continue;
      synset_kind[o] |= bit;
      auto it = synsets.find(o);
      if (it == synsets.end()) continue;
      for (const std::string& h : it->second.hyponyms) stack.push_back(h);
    }
  };
  mark(kPerson, kPersonBit);
  mark(kAnimal, kAnimalBit);
  mark(kGroup, kGroupBit);
  mark(kBodyPart, kBodyPartBit);
  auto kind_of = [&](const std::string& offset) {
    auto k = synset_kind.find(offset);
    return k == synset_kind.end() ? kOtherBit : k->second;
  };
  std::map<std::string, int> lemma_kinds;
  for (const auto& [offset, s] : synsets) {
    for (const std::string& l : s.lemmas) lemma_kinds[l] |= kind_of(offset);
  }
  // The most frequent sense's kind, from index.noun.
  std::map<std::string, int> first_kind;
  std::ifstream index(argv[2]);
  if (!index) {
    std::fprintf(stderr, "gen_noun_kinds: cannot read %s\n", argv[2]);
    return 1;
  }
  for (accord::IndexLine e; std::getline(index, line);) {
    if (accord::ParseIndexLine(line, &e)) {
      first_kind[Lemma(e.lemma)] = kind_of(e.offsets[0]);
    }
  }
  // Irregular plurals ("children child") of lemmas in the table.
  std::map<std::string, std::string> plurals;
  std::ifstream exc(argv[3]);
  if (!exc) {
    std::fprintf(stderr, "gen_noun_kinds: cannot read %s\n", argv[3]);
    return 1;
  }
  while (std::getline(exc, line)) {
    std::istringstream in(line);
    std::string form, base;
    if (!(in >> form >> base)) continue;
    form = Lemma(form);
    base = Lemma(base);
    if (lemma_kinds.count(base) && !lemma_kinds.count(form)) {
      plurals.emplace(form, base);
    }
  }
  // One entry per line, sorted by bytes: "lemma\tKF" (K = 'A' + the kind
  // bits of all senses, F = 'A' + those of the most frequent sense) or
  // "form\t=base" for an irregular plural.
  std::vector<std::string> entries;
  for (const auto& [l, bits] : lemma_kinds) {
    if (l.find('\t') != std::string::npos || l.find('\n') != std::string::npos)
      continue;
    auto f = first_kind.find(l);
    const int first = f == first_kind.end() ? bits : f->second;
    entries.push_back(l + "\t" + static_cast<char>('A' + bits) +
                      static_cast<char>('A' + first));
  }
  for (const auto& [form, base] : plurals) {
    entries.push_back(form + "\t=" + base);
  }
  std::sort(entries.begin(), entries.end());
  std::ofstream out(argv[4], std::ios::binary);
  out << "// Generated by tools/wordnet/gen_noun_kinds from WordNet 3.0\n"
         "// (Princeton University; Debian wordnet-base). Do not edit.\n"
         "#include \"absl/strings/string_view.h\"\n"
         "namespace accord {\nnamespace wordnet_internal {\n"
         "extern const absl::string_view kNounKinds;\n"
         "static const char kData[] =\n";
  for (const std::string& e : entries) {
    out << "    \"";
    for (char c : e + "\n") {
      if (c == '\\' || c == '"') {
        out << '\\' << c;
      } else if (c == '\n') {
        out << "\\n";
      } else if (c == '\t') {
        out << "\\t";
      } else {
        out << c;
      }
    }
    out << "\"\n";
  }
  out << "    ;\nconst absl::string_view kNounKinds(kData, sizeof(kData) - "
         "1);\n"
         "}  // namespace wordnet_internal\n}  // namespace accord\n";
  if (!out) {
    std::fprintf(stderr, "gen_noun_kinds: cannot write %s\n", argv[4]);
    return 1;
  }
  return 0;
}
