// Reads lines of the WordNet 3.0 database files: index.noun / index.verb (a
// lemma and its synset offsets, most frequent sense first) and data.noun /
// data.verb (a synset: its lexicographer file, words and pointers). Shared
// by the build-time table generators in tools/wordnet.
//
//   IndexLine e;
//   if (ParseIndexLine(line, &e)) first_sense[e.lemma] = e.offsets[0];
//   DataLine d;
//   if (ParseDataLine(line, &d)) synsets[d.offset] = ...;
#ifndef ACCORD_TOOLS_WORDNET_WORDNET_LINES_H_
#define ACCORD_TOOLS_WORDNET_WORDNET_LINES_H_

#include <string>
#include <vector>

namespace accord {

struct IndexLine {
  std::string lemma;                 // as written: lower case, '_' for spaces
  std::vector<std::string> offsets;  // synset offsets, by sense frequency
};

// Parses `line` ("lemma pos synset_cnt p_cnt [ptr...] sense_cnt
// tagsense_cnt offset...") into `out`. False for the licence header (lines
// starting with a space), empty lines and lines without an offset. Pure.
bool ParseIndexLine(const std::string& line, IndexLine* out);

struct DataLine {
  struct Pointer {
    std::string symbol;         // "@" hypernym, "~" hyponym, "+" derivation
    std::string target;         // synset offset
    std::string pos;            // "n", "v", ...
    std::string source_target;  // four hex digits: source and target word
  };
  std::string offset;
  int lexfile = 0;                 // lex_filenum: noun.person = 18, ...
  std::vector<std::string> words;  // as written: "free_agent", "able(a)"
  std::vector<Pointer> pointers;
};

// Parses a data.* line ("offset lex_filenum ss_type w_cnt word lex_id ...
// p_cnt pointer... | gloss") into `out`. False for the licence header and
// empty lines. Pure.
bool ParseDataLine(const std::string& line, DataLine* out);

}  // namespace accord

#endif  // ACCORD_TOOLS_WORDNET_WORDNET_LINES_H_
