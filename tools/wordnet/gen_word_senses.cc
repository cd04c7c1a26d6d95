// gen_word_senses: compiles WordNet's verb and noun databases into the
// table engine/wordnet/word_senses.h reads, as generated C++ (sorted arrays
// of plain integers and one string blob: nothing is parsed at start-up).
//
// For every single-word verb lemma, and every single-word noun lemma whose
// most frequent sense is in one of the lexicographer files given, it
// records: the lexicographer file of the first sense and the set of those of
// all senses, the number of senses, every sense in WordNet's order (synset
// and lexicographer file packed in 32 bits), the first sense's synset and
// its hypernym, and an alignment group: the event the word names, as a
// union of synsets WordNet relates. A verb stands for its first sense; a
// noun's first sense joins the verb sense its word derives from ("robbery"
// -> rob), so the noun's synonyms join too ("quake", "earthquake", "temblor");
// a most specific noun sense that no verb derives joins its hypernym when the
// hypernym's head word names it first (one level, never a chain up the
// hierarchy). It also records the irregular inflections of verb.exc and
// noun.exc (form -> lemma).
//
// Nouns of the NAMING_LEXFILES (communication: "announcement",
// "statement") are listed too, but join a group more narrowly: only the
// most frequent sense of the verb they derive from, when that is in the
// lexicographer file of the sense they derive from ("announcement" ->
// announce), never that rarer sense itself, and no hypernym. Such a file is
// broad (verb.communication holds "sign" and "argue" alike): a rarer verb
// sense joined to its verb's first sense would chain the words whose first
// sense it is into one group.
//
// Usage: gen_word_senses NOUN_LEXFILES NAMING_LEXFILES data.verb index.verb
//            verb.exc data.noun index.noun noun.exc OUT.cc
// where each *_LEXFILES is a comma-separated list of lexicographer file
// numbers ("4,11,19"; NAMING_LEXFILES may be "-" for none).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "engine/wordnet/word_senses_table.h"
#include "tools/wordnet/wordnet_lines.h"

namespace {

// A derivation pointer to a verb: from word `source` of the synset (0 for
// all of them) to word `target` of verb synset `verb`.
struct Derivation {
  int source;
  std::string verb;
  int target;
};

struct Synset {
  int lexfile = 0;
  std::vector<std::string> lemmas;
  std::string hypernym;       // first "@" pointer (noun or verb), or ""
  bool has_hyponyms = false;  // any "~" pointer
  std::vector<Derivation> derivations;
};

struct IndexEntry {
  std::vector<std::string> offsets;  // senses, most frequent first
};

std::string Lemma(std::string w) {
  const size_t paren = w.find('(');
  if (paren != std::string::npos) w.resize(paren);
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
  }
  return w;
}

bool ReadData(const char* path, std::map<std::string, Synset>* out) {
  std::ifstream data(path);
  if (!data) return false;
  std::string line;
  accord::DataLine d;
  while (std::getline(data, line)) {
    if (!accord::ParseDataLine(line, &d)) continue;  // licence header
    Synset& s = (*out)[d.offset];
    s.lexfile = d.lexfile;
    for (const std::string& w : d.words) s.lemmas.push_back(Lemma(w));
    for (const accord::DataLine::Pointer& p : d.pointers) {
      if (p.symbol == "@" && s.hypernym.empty()) s.hypernym = p.target;
      if (p.symbol == "~") s.has_hyponyms = true;
      if (p.symbol == "+" && p.pos == "v") {
        s.derivations.push_back(
            {std::stoi(p.source_target.substr(0, 2), nullptr, 16), p.target,
             std::stoi(p.source_target.substr(2, 2), nullptr, 16)});
      }
    }
  }
  return true;
}

bool ReadIndex(const char* path, std::map<std::string, IndexEntry>* out) {
  std::ifstream index(path);
  if (!index) return false;
  std::string line;
  accord::IndexLine e;
  while (std::getline(index, line)) {
    if (accord::ParseIndexLine(line, &e)) {
      (*out)[e.lemma].offsets = std::move(e.offsets);
    }
  }
  return true;
}

bool ReadExceptions(
    const char* path, char pos,
    std::vector<std::tuple<std::string, char, std::string>>* out) {
  std::ifstream exc(path);
  if (!exc) return false;
  std::string line;
  while (std::getline(exc, line)) {
    std::istringstream in(line);
    std::string form, lemma;
    if (!(in >> form >> lemma)) continue;
    if (form.find('_') != std::string::npos ||
        lemma.find('_') != std::string::npos) {
      continue;
    }
    out->emplace_back(form, pos, lemma);
  }
  return true;
}

// One string blob with every string once, NUL-terminated.
class Blob {
 public:
  uint32_t Add(const std::string& s) {
    auto it = offsets_.find(s);
    if (it != offsets_.end()) return it->second;
    const uint32_t at = static_cast<uint32_t>(bytes_.size());
    bytes_ += s;
    bytes_.push_back('\0');
    offsets_[s] = at;
    return at;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::map<std::string, uint32_t> offsets_;
};

// A synset id unique across parts of speech: the data file offset, with
// the top bit set for verbs.
uint32_t SynsetId(const std::string& offset, bool verb) {
  return static_cast<uint32_t>(std::stoul(offset)) | (verb ? 1u << 31 : 0);
}

// A sense packed as word_senses_table.h's SenseRecord. Exits when the
// offset does not fit its 24 bits (a WordNet larger than 3.0's).
uint32_t PackedSense(const std::string& offset, bool verb, int lexfile) {
  const unsigned long o = std::stoul(offset);
  if (o >= (1ul << 24) || lexfile < 0 || lexfile >= 64) {
    std::fprintf(stderr, "gen_word_senses: offset %s does not fit\n",
                 offset.c_str());
    std::exit(1);
  }
  return static_cast<uint32_t>(o) | static_cast<uint32_t>(lexfile) << 24 |
         (verb ? 1u << 31 : 0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 10) {
    std::fprintf(stderr,
                 "usage: gen_word_senses NOUN_LEXFILES NAMING_LEXFILES "
                 "data.verb index.verb verb.exc data.noun index.noun noun.exc "
                 "OUT.cc\n");
    return 2;
  }
  const auto parse_lexfiles = [](const char* list) {
    std::set<int> numbers;
    std::istringstream in(list);
    std::string n;
    while (std::getline(in, n, ',')) {
      if (n != "-") numbers.insert(std::stoi(n));
    }
    return numbers;
  };
  const std::set<int> event_lexfiles = parse_lexfiles(argv[1]);
  const std::set<int> naming_lexfiles = parse_lexfiles(argv[2]);
  std::set<int> noun_lexfiles = event_lexfiles;
  noun_lexfiles.insert(naming_lexfiles.begin(), naming_lexfiles.end());
  std::map<std::string, Synset> verbs, nouns;
  std::map<std::string, IndexEntry> verb_index, noun_index;
  std::vector<std::tuple<std::string, char, std::string>> exceptions;
  if (!ReadData(argv[3], &verbs) || !ReadIndex(argv[4], &verb_index) ||
      !ReadExceptions(argv[5], 'v', &exceptions) ||
      !ReadData(argv[6], &nouns) || !ReadIndex(argv[7], &noun_index) ||
      !ReadExceptions(argv[8], 'n', &exceptions)) {
    std::fprintf(stderr, "gen_word_senses: cannot read an input file\n");
    return 1;
  }

  struct Record {
    std::string word;
    char pos;
    int first_lexfile;
    uint64_t lexfiles;
    int senses;
    uint32_t synset, hypernym, group;
    std::string group_name;
    // Every sense, most frequent first, packed (word_senses_table.h).
    std::vector<uint32_t> all;
  };
  std::vector<Record> records;
  // Verbs of one word, and of two ("kick_off", "take_over", "break_out"):
  // a verb with its particle names its own event.
  for (const auto& [lemma, entry] : verb_index) {
    if (std::count(lemma.begin(), lemma.end(), '_') > 1 ||
        entry.offsets.empty()) {
      continue;
    }
    Record r{lemma, 'v', 0, 0,  static_cast<int>(entry.offsets.size()),
             0,     0,   0, "", {}};
    for (const std::string& o : entry.offsets) {
      const Synset& v = verbs[o];
      r.lexfiles |= uint64_t{1} << v.lexfile;
      r.all.push_back(PackedSense(o, true, v.lexfile));
    }
    const std::string& first = entry.offsets[0];
    const Synset& s = verbs[first];
    r.first_lexfile = s.lexfile;
    r.synset = SynsetId(first, true);
    r.hypernym = s.hypernym.empty() ? 0 : SynsetId(s.hypernym, true);
    records.push_back(r);
  }
  // Event groups: a union-find over synset ids. A root is a verb synset if
  // the group has one (the verb names the event), else its smallest id.
  std::map<uint32_t, uint32_t> parent;
  auto find = [&](uint32_t x) {
    uint32_t root = x;
    for (auto it = parent.find(root); it != parent.end() && it->second != root;
         it = parent.find(root)) {
      root = it->second;
    }
    while (x != root) {
      auto it = parent.find(x);
      if (it == parent.end()) break;
      x = it->second;
      it->second = root;
    }
    return root;
  };
  auto unite = [&](uint32_t a, uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    const bool a_verb = a >> 31, b_verb = b >> 31;
    if (a_verb != b_verb ? b_verb : b < a) std::swap(a, b);
    parent[a] = a;
    parent[b] = a;
  };
  auto noun_in = [&](const std::set<int>& lexfiles, const std::string& offset) {
    const auto it = nouns.find(offset);
    return it != nouns.end() && lexfiles.count(it->second.lexfile) > 0;
  };
  auto listed_noun = [&](const std::string& offset) {
    return noun_in(noun_lexfiles, offset);
  };
  // A one-word noun whose first sense is in a listed lexicographer file.
  auto listed_word = [&](const std::string& lemma, const IndexEntry& entry) {
    return lemma.find('_') == std::string::npos && !entry.offsets.empty() &&
           listed_noun(entry.offsets[0]);
  };
  std::set<std::string> derived;  // noun synsets joined to a verb
  for (const auto& [lemma, entry] : noun_index) {
    if (!listed_word(lemma, entry)) continue;
    // The verb sense this word of its first sense derives from: "robbery"
    // -> rob (its first sense). A derivation to a rarer verb sense joins
    // that sense, and the verb's first sense only when both are in one
    // lexicographer file (one broad meaning: "attack" -> attack as
    // "aggress" and as "assail", both verb.competition); "fire" (burning)
    // joins fire as "set on fire" (verb.change), never "fired" (shot,
    // verb.contact).
    const std::string& first = entry.offsets[0];
    const Synset& s = nouns[first];
    const int position =
        static_cast<int>(std::find(s.lemmas.begin(), s.lemmas.end(), lemma) -
                         s.lemmas.begin() + 1);
    // A noun of a naming file joins only its verb's most frequent sense,
    // never the rarer sense it derives from, which would chain the words
    // whose first sense that is into the group.
    const bool naming = !noun_in(event_lexfiles, first);
    // ... and only through the synset's head word, so that one noun synset
    // never joins two verbs ("statement" and "account" are one synset).
    if (naming && position != 1) continue;
    for (const Derivation& d : s.derivations) {
      if (d.source != 0 && d.source != position) continue;
      const Synset& v = verbs[d.verb];
      const int t = d.target == 0 ? 1 : d.target;
      const auto vi = t <= static_cast<int>(v.lemmas.size())
                          ? verb_index.find(v.lemmas[t - 1])
                          : verb_index.end();
      if (!naming) unite(SynsetId(first, false), SynsetId(d.verb, true));
      if (vi != verb_index.end() && !vi->second.offsets.empty() &&
          verbs[vi->second.offsets[0]].lexfile == v.lexfile) {
        unite(SynsetId(first, false), SynsetId(vi->second.offsets[0], true));
      }
      derived.insert(first);
      break;
    }
  }
  // A most specific noun sense (no hyponyms) no verb derives joins its
  // hypernym when that is a listed sense its head word names first
  // ("holdup" -> "robbery"), not a rare sense of a common word. Only
  // leaves join, so a group is one sense and its leaves, never a chain up
  // the hierarchy ("game" does not join "activity").
  for (const auto& [offset, s] : nouns) {
    if (derived.count(offset) || s.has_hyponyms || s.hypernym.empty() ||
        !noun_in(event_lexfiles, offset) ||
        !noun_in(event_lexfiles, s.hypernym)) {
      continue;
    }
    const Synset& h = nouns[s.hypernym];
    const auto hi =
        h.lemmas.empty() ? noun_index.end() : noun_index.find(h.lemmas[0]);
    if (hi != noun_index.end() && !hi->second.offsets.empty() &&
        hi->second.offsets[0] == s.hypernym) {
      unite(SynsetId(offset, false), SynsetId(s.hypernym, false));
    }
  }
  auto head_word = [&](uint32_t id) {
    char offset[16];
    std::snprintf(offset, sizeof offset, "%08u", id & 0x7fffffffu);
    const Synset& s = (id >> 31) ? verbs[offset] : nouns[offset];
    return s.lemmas.empty() ? std::string("?") : s.lemmas[0];
  };
  for (const auto& [lemma, entry] : noun_index) {
    if (!listed_word(lemma, entry)) continue;
    const std::string& first = entry.offsets[0];
    const Synset& s = nouns[first];
    Record r{lemma,
             'n',
             s.lexfile,
             0,
             static_cast<int>(entry.offsets.size()),
             SynsetId(first, false),
             0,
             0,
             "",
             {}};
    for (const std::string& o : entry.offsets) {
      const Synset& n = nouns[o];
      r.lexfiles |= uint64_t{1} << n.lexfile;
      r.all.push_back(PackedSense(o, false, n.lexfile));
    }
    r.hypernym = s.hypernym.empty() ? 0 : SynsetId(s.hypernym, false);
    records.push_back(r);
  }
  for (Record& r : records) {
    r.group = find(r.synset);
    r.group_name = head_word(r.group);
  }
  std::sort(records.begin(), records.end(),
            [](const Record& a, const Record& b) {
              return std::tie(a.word, a.pos) < std::tie(b.word, b.pos);
            });
  std::sort(exceptions.begin(), exceptions.end());
  exceptions.erase(std::unique(exceptions.begin(), exceptions.end()),
                   exceptions.end());

  Blob blob;
  std::ostringstream body;
  body << "// Generated by tools/wordnet/gen_word_senses from WordNet 3.0.\n"
          "// Do not edit.\n"
          "#include \"engine/wordnet/word_senses_table.h\"\n\n"
          "namespace accord {\nnamespace wordnet_internal {\n\n";
  // Words of 64 bytes or more are never looked up (word_senses.cc).
  records.erase(
      std::remove_if(records.begin(), records.end(),
                     [](const Record& r) { return r.word.size() >= 64; }),
      records.end());
  std::vector<uint32_t> buckets(accord::wordnet_internal::kLemmaBucketCount +
                                1);
  body << "extern const LemmaRecord kLemmas[] = {\n";
  int last_bucket = 0;
  uint32_t sense_count = 0;  // senses of the records written so far
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    const int bucket =
        accord::wordnet_internal::LemmaBucket(r.word.data(), r.word.size());
    if (bucket < last_bucket) {
      std::fprintf(stderr, "gen_word_senses: bucket order broken at %s\n",
                   r.word.c_str());
      return 1;
    }
    while (last_bucket < bucket) buckets[++last_bucket] = i;
    body << "{" << blob.Add(r.word) << "u," << blob.Add(r.group_name) << "u,"
         << r.synset << "u," << r.hypernym << "u," << r.group << "u,"
         << sense_count << "u," << r.lexfiles << "ull,'" << r.pos << "',"
         << r.first_lexfile << "," << std::min(r.senses, 255) << ","
         << r.word.size() << "},\n";
    sense_count += std::min(static_cast<int>(r.all.size()), 255);
  }
  while (last_bucket < accord::wordnet_internal::kLemmaBucketCount) {
    buckets[++last_bucket] = records.size();
  }
  body << "};\nextern const size_t kLemmaCount = " << records.size() << ";\n\n";
  // buckets[b] is where bucket b begins (bucket 0 at 0).
  body << "extern const uint32_t kLemmaBuckets[kLemmaBucketCount + 1] = {";
  for (size_t b = 0; b < buckets.size(); ++b) {
    body << (b % 12 == 0 ? "\n" : " ") << buckets[b] << "u,";
  }
  body << "\n};\n\n";
  // Each record's senses, in record order (first_sense above).
  body << "extern const SenseRecord kSenses[] = {\n";
  for (const Record& r : records) {
    const size_t n = std::min(r.all.size(), size_t{255});
    for (size_t i = 0; i < n; ++i) body << r.all[i] << "u,";
    body << "\n";
  }
  body << "};\nextern const size_t kSenseCount = " << sense_count << ";\n\n";
  body << "extern const ExceptionRecord kExceptions[] = {\n";
  for (const auto& [form, pos, lemma] : exceptions) {
    if (form.size() >= 64 || lemma.size() >= 64) continue;
    body << "{" << blob.Add(form) << "u," << blob.Add(lemma) << "u,'" << pos
         << "'," << form.size() << "," << lemma.size() << "},\n";
  }
  body << "};\nextern const size_t kExceptionCount = " << exceptions.size()
       << ";\n\n";
  // The blob as a string literal in pieces (one per 64 bytes); octal escapes
  // for NUL and anything outside printable ASCII.
  body << "extern const char kStrings[] =\n";
  const std::string& b = blob.bytes();
  for (size_t i = 0; i < b.size(); i += 64) {
    body << "\"";
    for (size_t j = i; j < std::min(b.size(), i + 64); ++j) {
      const unsigned char c = b[j];
      if (c == '"' || c == '\\') {
        body << '\\' << c;
      } else if (c >= 32 && c < 127 && c != '?') {
        body << c;
      } else {
        char esc[8];
        std::snprintf(esc, sizeof esc, "\\%03o", c);
        body << esc;
      }
    }
    body << "\"\n";
  }
  body << ";\nextern const size_t kStringsSize = " << b.size() << ";\n\n";
  body << "}  // namespace wordnet_internal\n}  // namespace accord\n";

  std::ofstream out(argv[9]);
  out << body.str();
  if (!out) {
    std::fprintf(stderr, "gen_word_senses: cannot write %s\n", argv[9]);
    return 1;
  }
  return 0;
}
