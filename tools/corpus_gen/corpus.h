// A synthetic news corpus for measuring accord at scale without shipping
// data: clusters of 3-20 outlets report one story each, paraphrasing it,
// disagreeing on numbers, dates and guest lists, and some outlets run a
// copy-edited rewrite of a shared wire story. The output depends only on the
// options (same seed, same bytes on every platform).
//
//   CorpusOptions options;
//   options.articles = 1000;
//   GenerateCorpus(options, [](const GeneratedArticle& a) { ... });
//
// Stories are drawn from a vocabulary of event types (visits, meetings,
// ceasefires, attacks with casualties, acquisitions, arrests) written with
// the entities and verbs of accord's built-in gazetteer and lexicon, so the
// built-in rules extract claims from them.
#ifndef ACCORD_TOOLS_CORPUS_GEN_CORPUS_H_
#define ACCORD_TOOLS_CORPUS_GEN_CORPUS_H_

#include <cstdint>
#include <functional>
#include <string>

namespace accord {

struct CorpusOptions {
  // Number of articles to write (the last story may be cut short).
  int64_t articles = 1000;
  uint64_t seed = 1;
  // Outlets per story, inclusive bounds.
  int min_outlets = 3;
  int max_outlets = 20;
  // Filler sentences per article, inclusive bounds: background paragraphs
  // that give articles a realistic size (about 2-4 KB) and state nothing
  // the rules extract.
  int min_filler = 6;
  int max_filler = 12;
};

struct GeneratedArticle {
  // File name without directory: "s000012_07.txt". Unique in a corpus.
  std::string name;
  // The article text (UTF-8, with a headline line).
  std::string text;
  // The NAME.meta sidecar: "source: ...\npublished: YYYY-MM-DD\n".
  std::string meta;
  // The story's event type: "visit", "meeting", "ceasefire", "attack",
  // "acquisition" or "arrest".
  std::string event_type;
  int64_t story = 0;
};

// Calls `sink` once per article, in a fixed order, without keeping the
// corpus in memory.
void GenerateCorpus(const CorpusOptions& options,
                    const std::function<void(const GeneratedArticle&)>& sink);

}  // namespace accord

#endif  // ACCORD_TOOLS_CORPUS_GEN_CORPUS_H_
