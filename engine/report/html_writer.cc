#include "engine/report/html_writer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/report/claim_index.h"
#include "engine/report/conflict_cards.h"
#include "engine/report/labels.h"
#include "engine/report/listed_facts.h"
#include "engine/report/markdown_writer.h"

namespace accord {
namespace {

// The page's only style sheet. No external resources, no fonts to fetch.
constexpr char kStyle[] = R"css(
:root{--ink:#1d2430;--muted:#5b6473;--line:#dde2ea;--bg:#f5f6f8;--card:#fff;
--red:#b42318;--red-bg:#fdecea;--green:#146c43;--green-bg:#e7f5ee;
--amber:#8a5a00;--amber-bg:#fff4d6;--blue:#1f5fbf;--mark:#ffe58a;--arg:#cfe3ff}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 28px 64px}
header.top{background:#1d2430;color:#fff;padding:18px 28px}
header.top .in{max-width:1180px;margin:0 auto}
header.top h1{margin:0;font-size:22px;letter-spacing:.2px}
header.top h1 span{font-weight:400;color:#aab4c3}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0 4px;padding:0;list-style:none}
.stats li{background:#2b3444;border-radius:8px;padding:6px 12px;color:#dfe5ee}
.stats b{font-size:18px;color:#fff;margin-right:4px}
.stats li.c{background:#7a1c14}.stats li.ok{background:#0f4d31}.stats li.one{background:#5c4300}
nav.toc{margin-top:10px;font-size:14px}
nav.toc a{color:#aeccff;margin-right:16px;text-decoration:none}
nav.toc a:hover{text-decoration:underline}
h2{font-size:19px;margin:34px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h2 .n{display:inline-block;min-width:26px;text-align:center;font-size:13px;
background:var(--ink);color:#fff;border-radius:12px;padding:1px 8px;margin-left:6px;vertical-align:2px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;
padding:14px 18px;margin:12px 0;box-shadow:0 1px 2px rgba(20,30,50,.05)}
.card.conflict{border-left:5px solid var(--red)}
.card.fact{border-left:5px solid var(--green)}
.card h3{margin:0 0 4px;font-size:16px}
.card h4{margin:14px 0 2px;font-size:15px}
.card:target{outline:3px solid var(--blue)}
.badge{display:inline-block;font-size:12px;font-weight:600;text-transform:uppercase;
letter-spacing:.4px;border-radius:4px;padding:1px 7px;margin-right:8px;vertical-align:1px}
.badge.c{background:var(--red-bg);color:var(--red)}
.badge.ok{background:var(--green-bg);color:var(--green)}
.role{color:var(--muted);font-weight:400}
.expl{margin:2px 0 10px;color:var(--muted)}
.support{margin:10px 0 0;font-size:13px;color:var(--muted)}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
.side{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfbfc}
.side .val{font-size:17px;font-weight:700;color:var(--red)}
.who{font-size:13px;color:var(--muted);margin-bottom:6px}
ul.ev{list-style:none;margin:6px 0 0;padding:0}
ul.ev li{margin:8px 0;padding-left:10px;border-left:3px solid var(--line)}
.sentence{unicode-bidi:isolate}
.meta{font-size:12.5px;color:var(--muted);margin-top:2px}
.meta .src{font-weight:600;color:var(--ink)}
.meta a,td a,.slots a{color:var(--blue);text-decoration:none;white-space:nowrap}
.meta a:hover{text-decoration:underline}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px}
mark.arg{background:var(--arg)}
mark.trigger.arg{background:linear-gradient(var(--mark),var(--arg))}
.slots{margin:6px 0;display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;font-size:14px}
.slots dt{color:var(--muted)}.slots dd{margin:0}
.sources-of{font-size:13px;color:var(--muted)}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);
border-radius:10px;overflow:hidden;font-size:14px}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#eef1f5;font-size:12.5px;text-transform:uppercase;letter-spacing:.3px;color:var(--muted)}
tr:last-child td{border-bottom:0}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;width:70px;height:8px;border-radius:4px;background:#e4e7ec;
margin-right:6px;vertical-align:middle;overflow:hidden}
.bar i{display:block;height:100%;background:var(--green)}
.dep{color:var(--amber);font-weight:600}
.none{color:var(--muted);font-style:italic}
.doc{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 20px;margin:14px 0}
.doc h3{margin:0;font-size:17px}
.doc .meta{margin-bottom:10px}
.doc .text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"DejaVu Serif",serif;
font-size:15.5px;line-height:1.65;max-width:78ch}
.sent{background:#fff8dc;border-bottom:1px dotted #c9a800}
.sent:has(a.anchor:target){background:var(--mark);outline:2px solid #e0b400}
a.anchor{scroll-margin-top:80px}
sup.back a{font:600 10px system-ui,sans-serif;color:var(--blue);text-decoration:none;
background:#e8f0fe;border-radius:3px;padding:0 3px;margin-left:2px}
.ctl{color:var(--red);font:11px monospace;border:1px solid var(--red);border-radius:2px}
.errors li{color:var(--red)}
footer.page{color:var(--muted);font-size:12.5px;margin-top:40px}
)css";

// Decodes one well-formed UTF-8 sequence at s[i]; returns its length, or 0
// when the bytes there are ill-formed (same rules as engine/base/utf8.h).
int DecodeUtf8(absl::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char c = p[i];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    *cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    *cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    *cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  if (p[i + 1] < lo || p[i + 1] > hi) return 0;
  for (int k = 1; k < len; ++k) {
    if (k > 1 && (p[i + k] < 0x80 || p[i + k] > 0xBF)) return 0;
    *cp = (*cp << 6) | (p[i + k] & 0x3F);
  }
  return len;
}

// Invisible characters that change how text reads or let one name pose as
// another: direction controls (embeddings, overrides, isolates, marks) and
// zero-width characters. They are shown as a visible marker.
bool IsBidiControl(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         (cp >= 0x200B && cp <= 0x200F) ||  // ZWSP, ZWNJ, ZWJ, LRM, RLM
         (cp >= 0x2060 && cp <= 0x2064) ||  // word joiner, invisible ops
         cp == 0x061C || cp == 0x180E || cp == 0xFEFF;
}

// A half-open byte range of a text to highlight with `cls` bits.
struct Mark {
  int begin;
  int end;
  int bits;
};
constexpr int kTrigger = 1;
constexpr int kArg = 2;

// Escapes `text`, wrapping the byte ranges of `marks` (relative to `text`,
// already clamped) in <mark> elements.
std::string Highlight(absl::string_view text, const std::vector<Mark>& marks) {
  std::vector<int> bits(text.size() + 1, 0);
  for (const Mark& m : marks) {
    for (int i = m.begin; i < m.end; ++i) bits[i] |= m.bits;
  }
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && bits[j] == bits[i]) ++j;
    const absl::string_view run = text.substr(i, j - i);
    if (bits[i] == 0) {
      out += HtmlEscape(run);
    } else {
      const char* cls = bits[i] == kTrigger ? "trigger"
                        : bits[i] == kArg   ? "arg"
                                            : "trigger arg";
      absl::StrAppend(&out, "<mark class=\"", cls, "\">", HtmlEscape(run),
                      "</mark>");
    }
    i = j;
  }
  return out;
}

// Adds a mark for the first occurrence of `needle` in `text`, if any.
void MarkSurface(absl::string_view text, const std::string& needle,
                 std::vector<Mark>* marks) {
  if (needle.empty()) return;
  const size_t at = text.find(needle);
  if (at == absl::string_view::npos) return;
  marks->push_back(
      {static_cast<int>(at), static_cast<int>(at + needle.size()), kArg});
}

class Writer {
 public:
  Writer(const Report& report, const std::vector<Document>& documents,
         const ValueComparator& cmp)
      : report_(report), cmp_(cmp), claims_(report) {
    for (const SourceSummary& s : report.sources()) {
      if (!s.source().name().empty()) {
        names_[s.source().id()] = s.source().name();
      }
    }
    for (const Document& d : documents) docs_.emplace(d.id(), &d);
    for (const Fact& f : report.facts()) {
      for (const std::string& id : f.claim_ids()) claim_fact_.emplace(id, &f);
    }
    conflict_cards_ = GroupConflictsByFact(report.conflicts());
    possible_cards_ = GroupConflictsByFact(report.possible_conflicts());
    int n = 0;
    for (const ConflictCard& card : conflict_cards_) {
      conflict_anchor_.emplace(card.fact_id, absl::StrCat("conflict-", ++n));
    }
    n = 0;
    for (const ConflictCard& card : possible_cards_) {
      conflict_anchor_.emplace(card.fact_id, absl::StrCat("possible-", ++n));
    }
    PlanArticles();
  }

  std::string Render() {
    Head();
    Conflicts();
    PossibleConflicts();
    Updates();
    Facts(CORROBORATED, "corroborated", "Corroborated facts");
    SingleSource();
    SourcesTable();
    Errors();
    Articles();
    absl::StrAppend(
        &out_,
        "<footer class=\"page\">Generated by accord. Highlights: "
        "<mark class=\"trigger\">words stating the event</mark> "
        "<mark class=\"arg\">disputed words</mark>. Article text is shown "
        "as published, escaped; invisible direction controls are shown as "
        "<span class=\"ctl\">[U+202E]</span>.</footer>\n</main>\n</body>\n"
        "</html>\n");
    return std::move(out_);
  }

 private:
  // A sentence of an article that claims point at.
  struct Sentence {
    int begin, end;
    std::vector<const Claim*> claims;
  };

  std::string SourceName(const std::string& id) const {
    auto it = names_.find(id);
    return it == names_.end() ? id : it->second;
  }

  // Support lines name outlets, not ids.
  std::string NamesForIds(const std::string& line) const {
    return NameSourcesInLine(line, names_);
  }

  std::string SourcesHtml(
      const google::protobuf::RepeatedPtrField<std::string>& ids) const {
    std::vector<std::string> out;
    for (const std::string& id : ids) out.push_back(HtmlEscape(SourceName(id)));
    return absl::StrJoin(out, ", ");
  }

  // SourcesHtml of a candidate's sources (positions in `f.source_ids`).
  std::string SourcesHtml(const Fact& f, const Candidate& cand) const {
    std::vector<std::string> out;
    for (int i : cand.source_indexes()) {
      if (i < 0 || i >= f.source_ids_size()) continue;
      out.push_back(HtmlEscape(SourceName(f.source_ids(i))));
    }
    return absl::StrJoin(out, ", ");
  }

  std::string EntityName(const std::string& id) const {
    Value v;
    v.set_entity_id(id);
    return cmp_.Describe(v);
  }

  // Where a claim's "back to its fact" link goes.
  std::string FactAnchor(const Fact& f) const {
    if (f.status() == CONFLICT) {
      auto it = conflict_anchor_.find(f.id());
      if (it != conflict_anchor_.end()) return it->second;
    }
    return HtmlId("fact-", f.id());
  }

  // Groups every claim's sentence by document, dropping offsets outside the
  // document and sentences overlapping an earlier one.
  void PlanArticles() {
    std::set<std::string> seen;
    std::map<std::string, std::map<std::pair<int, int>, Sentence>> by_doc;
    for (const Fact& f : report_.facts()) {
      if (!ListedInEditorReport(f)) continue;  // no card to link back to
      for (const Claim* claim : claims_.Resolve(f.claim_ids())) {
        const Claim& c = *claim;
        if (!seen.insert(c.id()).second) continue;
        auto d = docs_.find(c.sentence().doc_id());
        if (d == docs_.end()) continue;
        const int b = c.sentence().begin(), e = c.sentence().end();
        if (b < 0 || e <= b || e > static_cast<int>(d->second->text().size())) {
          continue;
        }
        Sentence& s = by_doc[d->first][{b, e}];
        s.begin = b;
        s.end = e;
        s.claims.push_back(&c);
      }
    }
    for (auto& [doc, sentences] : by_doc) {
      int last_end = 0;
      for (auto& [range, s] : sentences) {
        if (s.begin < last_end) continue;
        last_end = s.end;
        for (const Claim* c : s.claims) linked_.insert(c->id());
        sentences_[doc].push_back(std::move(s));
      }
    }
  }

  void Head() {
    const RunStats& st = report_.stats();
    absl::StrAppend(
        &out_,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
        "charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<title>accord report: ",
        conflict_cards_.size(), " conflicts across ", report_.sources_size(),
        " sources</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n");
    const int single = st.single_source();
    absl::StrAppend(
        &out_,
        "<header class=\"top\"><div class=\"in\">\n<h1>accord report "
        "<span>· cross-source fact check</span></h1>\n"
        "<ul class=\"stats\" id=\"summary\">"
        "<li><b>",
        report_.sources_size(), "</b> sources</li><li><b>", st.documents(),
        "</b> documents</li><li><b>", st.facts(), "</b> facts</li>",
        "<li class=\"c\"><b>", conflict_cards_.size(), "</b> conflicts</li>",
        "<li class=\"ok\"><b>", st.corroborated(), "</b> corroborated</li>",
        "<li class=\"one\"><b>", single, "</b> single-source claims</li>",
        report_.errors_size() > 0
            ? absl::StrCat("<li class=\"c\"><b>", report_.errors_size(),
                           "</b> input errors</li>")
            : "",
        "</ul>\n<nav class=\"toc\"><a href=\"#conflicts\">Conflicts</a>"
        "<a href=\"#corroborated\">Corroborated</a>"
        "<a href=\"#single\">Single-source</a>"
        "<a href=\"#sources\">Sources</a>"
        "<a href=\"#articles\">Articles</a></nav>\n</div></header>\n<main>\n");
  }

  // The sentence of `c` with its trigger (and `disputed`, when given, the
  // words of that argument) highlighted, and where it is.
  void Evidence(const Claim& c, const Argument* disputed) {
    const Span& s = c.sentence();
    const std::string& text = s.text();
    std::vector<Mark> marks;
    // 64-bit: offsets from claim files may be anywhere in int32's range.
    const int64_t tb = int64_t{c.trigger().begin()} - s.begin();
    const int64_t te = int64_t{c.trigger().end()} - s.begin();
    if (c.trigger().doc_id() == s.doc_id() && tb >= 0 && te > tb &&
        te <= static_cast<int64_t>(text.size())) {
      marks.push_back({static_cast<int>(tb), static_cast<int>(te), kTrigger});
    }
    // The disputed words, when the value came from elsewhere (an earlier
    // sentence the claim refers back to), are named in the meta line.
    std::string elsewhere;
    if (disputed != nullptr) {
      const Value& v = disputed->value();
      const size_t before = marks.size();
      MarkSurface(text, v.surface(), &marks);
      if (marks.size() == before && v.has_set()) {
        for (const Value& m : v.set().members()) {
          MarkSurface(text, m.surface(), &marks);
        }
      }
      if (marks.size() == before && !v.surface().empty()) {
        elsewhere = v.surface();
      }
    }
    // An external claim without a sentence shows its extractor instead of
    // an empty quote.
    const bool external = s.doc_id().empty() && text.empty();
    absl::StrAppend(
        &out_, "<li>",
        external ? absl::StrCat("<div class=\"sentence\"><i>external claim",
                                c.rule().empty() ? "" : " by ",
                                HtmlEscape(c.rule()), "</i></div>")
                 : absl::StrCat("<div class=\"sentence\">",
                                Highlight(text, marks), "</div>"),
        "<div class=\"meta\"><span class=\"src\">",
        HtmlEscape(SourceName(c.source_id())), "</span>");
    // The outlet's link and publication date, on every card.
    if (auto d = docs_.find(s.doc_id()); d != docs_.end()) {
      const std::string& url = d->second->source().url();
      if (absl::StartsWith(url, "https://") ||
          absl::StartsWith(url, "http://")) {
        absl::StrAppend(&out_, " · <a href=\"", HtmlEscape(url),
                        "\" rel=\"noopener\">link</a>");
      }
      if (!d->second->published().empty()) {
        absl::StrAppend(&out_, " · ", HtmlEscape(d->second->published()));
      }
    }
    absl::StrAppend(&out_, " · ", ModalityLabel(c.modality()));
    if (c.polarity() == NEGATIVE) absl::StrAppend(&out_, " · negated");
    if (!c.attribution().speaker().empty()) {
      absl::StrAppend(&out_, " · per ",
                      HtmlEscape(EntityName(c.attribution().speaker())));
    }
    if (!elsewhere.empty()) {
      absl::StrAppend(&out_, " · value from context: <mark class=\"arg\">",
                      HtmlEscape(elsewhere), "</mark>");
    }
    if (linked_.count(c.id())) {
      absl::StrAppend(&out_, " · <a href=\"#", HtmlId("claim-", c.id()),
                      "\">in article ↓</a>");
    } else if (!external) {
      absl::StrAppend(&out_, " · ", HtmlEscape(s.doc_id()));
    }
    absl::StrAppend(&out_, "</div></li>\n");
  }

  // Figures that changed as reporting went on, oldest first; only when
  // there are any.
  void Updates() {
    if (report_.updates_size() == 0) return;
    absl::StrAppend(&out_,
                    "<section id=\"updates\">\n<h2>Updated figures (not "
                    "conflicts)<span class=\"n\">",
                    report_.updates_size(), "</span></h2>\n");
    int n = 0;
    for (const Conflict& u : report_.updates()) {
      const Fact* fact = claims_.FindFact(u.fact_id());
      absl::StrAppend(
          &out_, "<article class=\"card update\" id=\"update-", ++n,
          "\">\n<h3><span class=\"badge\">update</span>",
          HtmlEscape(fact ? FactTitleText(*fact, claims_, cmp_) : u.fact_id()),
          " <span class=\"role\">— ", HtmlEscape(u.role()),
          "</span></h3>\n<p class=\"expl\">", HtmlEscape(u.explanation()),
          "</p>\n<div class=\"sides\">\n");
      for (const ConflictSide& side : u.sides()) {
        absl::StrAppend(&out_, "<div class=\"side\"><div class=\"val\">",
                        HtmlEscape(cmp_.Describe(side.value())),
                        "</div><div class=\"who\">",
                        SourcesHtml(side.source_ids()),
                        "</div>\n<ul class=\"ev\">\n");
        for (const Claim* claim : claims_.Resolve(side.claim_ids())) {
          const Argument* changed = nullptr;
          for (const Argument& a : claim->args()) {
            if (a.role() == u.role()) changed = &a;
          }
          Evidence(*claim, changed);
        }
        absl::StrAppend(&out_, "</ul></div>\n");
      }
      absl::StrAppend(&out_, "</div>\n</article>\n");
    }
    absl::StrAppend(&out_, "</section>\n");
  }

  void Conflicts() {
    absl::StrAppend(&out_,
                    "<section id=\"conflicts\">\n<h2>Conflicts<span "
                    "class=\"n\">",
                    conflict_cards_.size(), "</span></h2>\n");
    if (conflict_cards_.empty()) {
      absl::StrAppend(&out_, "<p class=\"none\">No conflicts.</p>\n");
    }
    int n = 0;
    for (const ConflictCard& card : conflict_cards_) {
      CardHtml(card, absl::StrCat("conflict-", ++n));
    }
    absl::StrAppend(&out_, "</section>\n");
  }

  // Conflicts below the run's confidence threshold, after the confident
  // ones; only when there are any.
  void PossibleConflicts() {
    if (possible_cards_.empty()) return;
    absl::StrAppend(&out_,
                    "<section id=\"possible\">\n<h2>Possible conflicts<span "
                    "class=\"n\">",
                    possible_cards_.size(),
                    "</span></h2>\n<p class=\"none\">Weak evidence that "
                    "these are disagreements about one event; each says "
                    "why.</p>\n");
    int n = 0;
    for (const ConflictCard& card : possible_cards_) {
      CardHtml(card, absl::StrCat("possible-", ++n));
    }
    absl::StrAppend(&out_, "</section>\n");
  }

  // One card per fact: the badge (the roles' conflict kind, or "conflict"
  // when they differ), the title and every disputed role; then per role its
  // explanation, sides, support and confidence, under a role sub-heading
  // when the card has several. Each role's sentences are shown with that
  // role's words highlighted.
  void CardHtml(const ConflictCard& card, const std::string& anchor) {
    const Fact* fact = claims_.FindFact(card.fact_id);
    ConflictKind kind = card.roles[0]->kind();
    std::vector<std::string> roles;
    for (const Conflict* c : card.roles) {
      if (c->kind() != kind) kind = CONFLICT_KIND_UNSPECIFIED;
      if (std::find(roles.begin(), roles.end(), c->role()) == roles.end()) {
        roles.push_back(c->role());
      }
    }
    absl::StrAppend(
        &out_, "<article class=\"card conflict\" id=\"", anchor,
        "\">\n<h3><span class=\"badge c\">", ConflictKindLabel(kind), "</span>",
        HtmlEscape(fact ? FactTitleText(*fact, claims_, cmp_) : card.fact_id),
        " <span class=\"role\">— disputed: ",
        HtmlEscape(absl::StrJoin(roles, ", ")), "</span></h3>\n");
    for (const Conflict* c : card.roles) {
      if (card.roles.size() > 1) {
        absl::StrAppend(&out_, "<h4>", HtmlEscape(c->role()),
                        " <span class=\"role\">· ",
                        ConflictKindLabel(c->kind()), "</span></h4>\n");
      }
      RoleHtml(*c);
    }
    absl::StrAppend(&out_, "</article>\n");
  }

  // One disputed role of a card: explanation, sides, support, confidence.
  void RoleHtml(const Conflict& c) {
    absl::StrAppend(&out_, "<p class=\"expl\">", HtmlEscape(c.explanation()),
                    "</p>\n<div class=\"sides\">\n");
    for (const ConflictSide& side : c.sides()) {
      const int k = side.independent_sources();
      absl::StrAppend(
          &out_, "<div class=\"side\"><div class=\"val\">",
          HtmlEscape(cmp_.Describe(side.value())), "</div><div class=\"who\">",
          SourcesHtml(side.source_ids()), " · ", k, " independent source",
          k == 1 ? "" : "s", "</div>\n<ul class=\"ev\">\n");
      for (const Claim* claim_ptr : claims_.Resolve(side.claim_ids())) {
        const Claim& claim = *claim_ptr;
        const Argument* disputed = nullptr;
        for (const Argument& a : claim.args()) {
          if (a.role() == c.role()) {
            disputed = &a;
            break;
          }
        }
        Evidence(claim, disputed);
      }
      absl::StrAppend(&out_, "</ul></div>\n");
    }
    absl::StrAppend(&out_, "</div>\n");
    if (!c.support_explanation().empty()) {
      // The verdict, then one line per side
      // (engine/reconcile/source_support).
      std::vector<std::string> lines =
          absl::StrSplit(c.support_explanation(), '\n');
      absl::StrAppend(&out_, "<div class=\"support\"><b>",
                      HtmlEscape(NamesForIds(lines[0])), "</b>");
      for (size_t i = 1; i < lines.size(); ++i) {
        absl::StrAppend(&out_, "<br>", HtmlEscape(NamesForIds(lines[i])));
      }
      absl::StrAppend(&out_, "</div>\n");
    }
    absl::StrAppend(&out_, "<div class=\"support\"><b>",
                    HtmlEscape(ConfidenceLine(c)), "</b>");
    for (const std::string& r : c.confidence_reasons()) {
      absl::StrAppend(&out_, "<br>", HtmlEscape(r));
    }
    absl::StrAppend(&out_, "</div>\n");
  }

  void Slots(const Fact& f) {
    if (f.slots_size() == 0) return;
    absl::StrAppend(&out_, "<dl class=\"slots\">");
    for (const Slot& slot : f.slots()) {
      std::vector<std::string> parts;
      for (const Candidate& cand : slot.candidates()) {
        parts.push_back(absl::StrCat(HtmlEscape(cmp_.Describe(cand.value())),
                                     " <span class=\"sources-of\">(",
                                     SourcesHtml(f, cand), ")</span>"));
      }
      absl::StrAppend(&out_, "<dt>", HtmlEscape(slot.role()), "</dt><dd>",
                      absl::StrJoin(parts, slot.is_set() ? "; " : " ~ "),
                      "</dd>");
    }
    absl::StrAppend(&out_, "</dl>\n");
  }

  void Facts(FactStatus status, const char* id, const char* heading) {
    int count = 0;
    for (const Fact& f : report_.facts()) count += f.status() == status;
    absl::StrAppend(&out_, "<section id=\"", id, "\">\n<h2>", heading,
                    "<span class=\"n\">", count, "</span></h2>\n");
    if (count == 0) absl::StrAppend(&out_, "<p class=\"none\">None.</p>\n");
    for (const Fact& f : report_.facts()) {
      if (f.status() != status) continue;
      const int k = f.source_ids_size();
      absl::StrAppend(
          &out_, "<article class=\"card fact\" id=\"", HtmlId("fact-", f.id()),
          "\">\n<h3><span class=\"badge "
          "ok\">",
          k, " sources</span>", HtmlEscape(FactTitleText(f, claims_, cmp_)),
          "</h3>\n<div class=\"who\">", SourcesHtml(f.source_ids()),
          "</div>\n");
      Slots(f);
      absl::StrAppend(&out_, "<ul class=\"ev\">\n");
      for (const Claim* c : claims_.Resolve(f.claim_ids()))
        Evidence(*c, nullptr);
      absl::StrAppend(&out_, "</ul>\n</article>\n");
    }
    absl::StrAppend(&out_, "</section>\n");
  }

  void SingleSource() {
    int count = 0, unlisted = 0;
    for (const Fact& f : report_.facts()) {
      if (f.status() != SINGLE_SOURCE) continue;
      ++(ListedInEditorReport(f) ? count : unlisted);
    }
    absl::StrAppend(&out_,
                    "<section id=\"single\">\n<h2>Single-source claims<span "
                    "class=\"n\">",
                    count, "</span></h2>\n");
    if (unlisted > 0) {
      absl::StrAppend(&out_, "<p class=\"none\">", unlisted,
                      HtmlEscape(UnlistedGenericNote()), "</p>\n");
    }
    if (count == 0) {
      absl::StrAppend(&out_, "<p class=\"none\">None.</p>\n</section>\n");
      return;
    }
    absl::StrAppend(&out_,
                    "<table>\n<thead><tr><th style=\"width:26%\">claim</th>"
                    "<th>source and sentence</th></tr></thead>\n<tbody>\n");
    for (const Fact& f : report_.facts()) {
      if (f.status() != SINGLE_SOURCE || !ListedInEditorReport(f)) continue;
      absl::StrAppend(&out_, "<tr id=\"", HtmlId("fact-", f.id()), "\"><td>",
                      HtmlEscape(FactTitleText(f, claims_, cmp_)));
      Slots(f);
      absl::StrAppend(&out_, "</td><td><ul class=\"ev\">");
      for (const Claim* c : claims_.Resolve(f.claim_ids()))
        Evidence(*c, nullptr);
      absl::StrAppend(&out_, "</ul></td></tr>\n");
    }
    absl::StrAppend(&out_, "</tbody>\n</table>\n</section>\n");
  }

  void SourcesTable() {
    absl::StrAppend(
        &out_, "<section id=\"sources\">\n<h2>Sources<span class=\"n\">",
        report_.sources_size(),
        "</span></h2>\n<table>\n<thead><tr><th>source</th><th>documents</th>"
        "<th>claims</th><th>shared facts</th><th>agreement</th>"
        "<th>depends on</th></tr></thead>\n<tbody>\n");
    for (const SourceSummary& s : report_.sources()) {
      std::vector<std::string> docs;
      for (const std::string& d : s.doc_ids()) {
        docs.push_back(docs_.count(d)
                           ? absl::StrCat("<a href=\"#", HtmlId("doc-", d),
                                          "\">", HtmlEscape(d), "</a>")
                           : HtmlEscape(d));
      }
      std::string agreement = "<span class=\"none\">no shared facts</span>";
      if (s.shared_facts() > 0) {
        const int pct = static_cast<int>(
            std::lround(100.0 * s.agreeing_facts() / s.shared_facts()));
        agreement = absl::StrCat(
            "<span class=\"bar\"><i style=\"width:", std::clamp(pct, 0, 100),
            "%\"></i></span>", pct, "% (", s.agreeing_facts(), "/",
            s.shared_facts(), ")");
      }
      std::vector<std::string> deps;
      for (const std::string& d : s.depends_on()) {
        deps.push_back(HtmlEscape(SourceName(d)));
      }
      absl::StrAppend(
          &out_, "<tr><td><b>", HtmlEscape(SourceName(s.source().id())), "</b>",
          s.source().publisher().empty()
              ? ""
              : absl::StrCat("<br><span class=\"sources-of\">",
                             HtmlEscape(s.source().publisher()), "</span>"),
          "</td><td>", absl::StrJoin(docs, "<br>"), "</td><td class=\"num\">",
          s.claims(), "</td><td class=\"num\">", s.shared_facts(), "</td><td>",
          agreement, "</td><td>",
          deps.empty() ? "<span class=\"none\">independent</span>"
                       : absl::StrCat("<span class=\"dep\">",
                                      absl::StrJoin(deps, ", "), "</span>"),
          "</td></tr>\n");
    }
    absl::StrAppend(&out_, "</tbody>\n</table>\n</section>\n");
  }

  void Errors() {
    if (report_.errors_size() == 0) return;
    absl::StrAppend(&out_,
                    "<section id=\"errors\">\n<h2>Input errors<span "
                    "class=\"n\">",
                    report_.errors_size(),
                    "</span></h2>\n<ul class=\"errors\">\n");
    for (const DocumentError& e : report_.errors()) {
      absl::StrAppend(&out_, "<li>", HtmlEscape(e.message()), "</li>\n");
    }
    absl::StrAppend(&out_, "</ul>\n</section>\n");
  }

  // One article's text with its claim sentences highlighted and anchored.
  void Article(const Document& d) {
    const std::string& text = d.text();
    absl::StrAppend(&out_, "<article class=\"doc\" id=\"",
                    HtmlId("doc-", d.id()), "\">\n<h3>",
                    HtmlEscape(d.title().empty() ? d.id() : d.title()),
                    "</h3>\n<div class=\"meta\"><span class=\"src\">",
                    HtmlEscape(d.source().name().empty() ? d.source().id()
                                                         : d.source().name()),
                    "</span>");
    if (!d.published().empty()) {
      absl::StrAppend(&out_, " · ", HtmlEscape(d.published()));
    }
    absl::StrAppend(&out_, " · ", HtmlEscape(d.id()));
    const std::string& url = d.source().url();
    if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) {
      absl::StrAppend(&out_, " · <a href=\"", HtmlAttr(url),
                      "\" rel=\"noreferrer noopener\">original</a>");
    }
    absl::StrAppend(&out_, "</div>\n<div class=\"text\">");
    // Front matter is metadata (shown in the meta line), not article text.
    int at = 0;
    for (const Removal& r : d.removed()) {
      if (r.reason() == "front matter" && r.begin() == 0 && r.end() > 0 &&
          r.end() <= static_cast<int64_t>(text.size())) {
        at = r.end();
        while (at < static_cast<int>(text.size()) && text[at] == '\n') ++at;
      }
    }
    auto it = sentences_.find(d.id());
    if (it != sentences_.end()) {
      for (const Sentence& s : it->second) {
        if (s.begin < at) continue;  // never inside front matter
        out_ += HtmlEscape(absl::string_view(text).substr(at, s.begin - at));
        std::vector<Mark> marks;
        std::string anchors, backs;
        std::set<std::string> back_seen;
        for (const Claim* c : s.claims) {
          absl::StrAppend(&anchors, "<a class=\"anchor\" id=\"",
                          HtmlId("claim-", c->id()), "\"></a>");
          const Span& t = c->trigger();
          if (t.doc_id() == d.id() && t.begin() >= s.begin &&
              t.end() <= s.end && t.end() > t.begin()) {
            marks.push_back({t.begin() - s.begin, t.end() - s.begin, kTrigger});
          }
          auto f = claim_fact_.find(c->id());
          if (f != claim_fact_.end() &&
              back_seen.insert(f->second->id()).second) {
            absl::StrAppend(&backs, "<a href=\"#", FactAnchor(*f->second),
                            "\" title=\"",
                            HtmlAttr(FactTitleText(*f->second, claims_, cmp_)),
                            "\">", HtmlEscape(f->second->frame()), "</a>");
          }
        }
        absl::StrAppend(
            &out_, "<span class=\"sent\">", anchors,
            Highlight(absl::string_view(text).substr(s.begin, s.end - s.begin),
                      marks),
            "</span>",
            backs.empty()
                ? ""
                : absl::StrCat("<sup class=\"back\">", backs, "</sup>"));
        at = s.end;
      }
    }
    out_ += HtmlEscape(absl::string_view(text).substr(at));
    absl::StrAppend(&out_, "</div>\n</article>\n");
  }

  void Articles() {
    absl::StrAppend(&out_,
                    "<section id=\"articles\">\n<h2>Articles<span "
                    "class=\"n\">",
                    docs_.size(), "</span></h2>\n");
    if (docs_.empty()) {
      absl::StrAppend(&out_,
                      "<p class=\"none\">No article text was given.</p>\n");
    }
    for (const auto& [id, doc] : docs_) Article(*doc);
    absl::StrAppend(&out_, "</section>\n");
  }

  const Report& report_;
  const ValueComparator& cmp_;
  const ClaimIndex claims_;
  std::map<std::string, std::string> names_;
  std::map<std::string, const Document*> docs_;  // sorted: deterministic
  std::map<std::string, const Fact*> claim_fact_;
  std::vector<ConflictCard> conflict_cards_;  // point into report_
  std::vector<ConflictCard> possible_cards_;
  std::map<std::string, std::string> conflict_anchor_;
  std::map<std::string, std::vector<Sentence>> sentences_;
  std::set<std::string> linked_;  // claim ids with an anchor in an article
  std::string out_;
};

}  // namespace

namespace {

// Escapes for text (`attribute` false: bidi controls become a styled marker)
// or for a quoted attribute value (a plain-text marker).
std::string Escape(absl::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp;
    const int len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
        out += static_cast<char>(cp);
        break;
      default:
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
          out += "\xEF\xBF\xBD";
        } else if (IsBidiControl(cp)) {
          const std::string marker =
              absl::StrFormat("[U+%04X]", static_cast<uint32_t>(cp));
          if (attribute) {
            out += marker;
          } else {
            absl::StrAppend(&out, "<span class=\"ctl\">", marker, "</span>");
          }
        } else {
          out.append(text.data() + i, len);
        }
    }
    i += len;
  }
  return out;
}

}  // namespace

std::string HtmlEscape(absl::string_view text) { return Escape(text, false); }

std::string HtmlAttr(absl::string_view text) { return Escape(text, true); }

std::string HtmlId(absl::string_view prefix, absl::string_view name) {
  std::string out(prefix);
  for (const char ch : name) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || c == '-') {
      out += ch;
    } else {
      absl::StrAppend(&out, absl::StrFormat("_%02X", c));
    }
  }
  return out;
}

std::string RenderHtml(const Report& report,
                       const std::vector<Document>& documents,
                       const ValueComparator& comparator) {
  return Writer(report, documents, comparator).Render();
}

}  // namespace accord
