// The HTML report treats every input string as hostile: these tests feed
// articles and claim files carrying markup, attribute breakers, style-sheet
// terminators and odd Unicode, then check the page at the parse level (tags
// and attributes are only the writer's own, text holds no raw markup).
#include "engine/report/html_writer.h"

#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "engine/base/file_util.h"
#include "engine/base/utf8.h"
#include "engine/extract/extractor.h"
#include "engine/pipeline/pipeline.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// Tags and attributes the writer emits. Anything else in a page came from
// input that escaped escaping.
const std::set<std::string>& AllowedTags() {
  static const auto* tags = new std::set<std::string>{
      "html", "head", "meta", "title", "style", "body",    "header",
      "main", "nav",  "h1",   "h2",    "h3",    "span",    "b",
      "ul",   "li",   "a",    "p",     "div",   "section", "article",
      "mark", "dl",   "dt",   "dd",    "table", "thead",   "tbody",
      "tr",   "th",   "td",   "i",     "br",    "sup",     "footer"};
  return *tags;
}
const std::set<std::string>& AllowedAttributes() {
  static const auto* attrs = new std::set<std::string>{
      "lang", "charset", "http-equiv", "content", "name", "class",
      "id",   "href",    "title",      "style",   "rel"};
  return *attrs;
}

// Parses `page` as the writer's restricted HTML and returns every violation:
// unknown tags or attributes, on* handlers, unquoted or markup-carrying
// attribute values, hrefs other than #anchors and http(s) links, raw '>' or
// bare '&' in text, markup inside <style>, ill-formed UTF-8 and invisible
// controls.
std::vector<std::string> Violations(const std::string& page) {
  std::vector<std::string> out;
  if (FirstInvalidUtf8(page) >= 0) out.push_back("ill-formed UTF-8");
  if (absl::StrContains(absl::AsciiStrToLower(page), "<script")) {
    out.push_back("<script");
  }
  if (absl::StrContains(page, "\xE2\x80\xAE")) out.push_back("raw U+202E");
  for (const char c : page) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\n' && c != '\t') {
      out.push_back(absl::StrCat("control character ", static_cast<int>(u)));
    }
  }
  size_t i = 0;
  const size_t n = page.size();
  if (absl::StartsWith(page, "<!DOCTYPE html>")) i = 15;
  int styles = 0;
  while (i < n) {
    if (page[i] == '>') {
      out.push_back(absl::StrCat("raw '>' in text at ", i));
      ++i;
      continue;
    }
    if (page[i] == '&') {
      size_t j = i + 1;
      if (j < n && page[j] == '#') ++j;
      while (j < n && absl::ascii_isalnum(page[j])) ++j;
      if (j == i + 1 || j >= n || page[j] != ';') {
        out.push_back(absl::StrCat("bare '&' at ", i));
      }
      i = j;
      continue;
    }
    if (page[i] != '<') {
      ++i;
      continue;
    }
    // A tag.
    size_t j = i + 1;
    const bool closing = j < n && page[j] == '/';
    if (closing) ++j;
    const size_t name_begin = j;
    while (j < n && absl::ascii_isalnum(page[j])) ++j;
    const std::string tag = page.substr(name_begin, j - name_begin);
    if (!AllowedTags().count(tag)) {
      out.push_back(absl::StrCat("tag <", closing ? "/" : "", tag, "> at ", i));
    }
    // Attributes: name="value" separated by single spaces.
    while (j < n && page[j] != '>') {
      if (page[j] != ' ') {
        out.push_back(absl::StrCat("junk in <", tag, "> at ", j));
        break;
      }
      ++j;
      const size_t attr_begin = j;
      while (j < n && (absl::ascii_isalnum(page[j]) || page[j] == '-')) ++j;
      const std::string attr = page.substr(attr_begin, j - attr_begin);
      if (!AllowedAttributes().count(attr) ||
          absl::StartsWith(absl::AsciiStrToLower(attr), "on")) {
        out.push_back(absl::StrCat("attribute ", attr, " in <", tag, ">"));
      }
      if (j + 1 >= n || page[j] != '=' || page[j + 1] != '"') {
        out.push_back(absl::StrCat("unquoted ", attr, " in <", tag, ">"));
        break;
      }
      j += 2;
      const size_t value_end = page.find('"', j);
      if (value_end == std::string::npos) break;
      const std::string value = page.substr(j, value_end - j);
      if (absl::StrContains(value, "<") || absl::StrContains(value, ">")) {
        out.push_back(absl::StrCat("markup in ", attr, "=\"", value, "\""));
      }
      if (attr == "href" && !absl::StartsWith(value, "#") &&
          !absl::StartsWith(value, "https://") &&
          !absl::StartsWith(value, "http://")) {
        out.push_back(absl::StrCat("href=\"", value, "\""));
      }
      j = value_end + 1;
    }
    if (j >= n) {
      out.push_back("unterminated tag");
      break;
    }
    i = j + 1;
    if (tag == "style" && !closing) {
      // Raw text until </style>: must be the writer's CSS, free of markup.
      ++styles;
      const size_t end = page.find("</style>", i);
      if (end == std::string::npos) {
        out.push_back("unterminated <style>");
        break;
      }
      if (page.substr(i, end - i).find('<') != std::string::npos) {
        out.push_back("markup inside <style>");
      }
      i = end;
    }
  }
  if (styles != 1) out.push_back(absl::StrCat(styles, " <style> elements"));
  return out;
}

TEST(ViolationsTest, FlagsInjectedMarkup) {
  // The checker itself must catch what the writer must never emit.
  const std::string head = "<!DOCTYPE html><style>p{}</style>";
  const struct {
    std::string page;
    std::string want;
  } cases[] = {
      {head + "<p>ok &amp; fine</p>", ""},
      {head + "<script>alert(1)</script>", "<script"},
      {head + "<p onmouseover=\"x\">", "attribute onmouseover"},
      {head + "<p class=\"a\" onclick=\"x\">", "attribute onclick"},
      {head + "<img src=\"x\">", "tag <img>"},
      {head + "<a href=\"javascript:alert(1)\">", "href=\"javascript"},
      {head + "<p class=x>", "unquoted class"},
      {head + "a > b", "raw '>'"},
      {head + "fish & chips", "bare '&'"},
      {"<style></style><style>x</style>", "2 <style>"},
      {head + "\xE2\x80\xAE", "raw U+202E"},
      {head + "\xC3\x28", "ill-formed"},
  };
  for (const auto& c : cases) {
    const std::vector<std::string> v = Violations(c.page);
    if (c.want.empty()) {
      EXPECT_THAT(v, IsEmpty()) << c.page;
    } else {
      ASSERT_FALSE(v.empty()) << c.page;
      bool found = false;
      for (const std::string& s : v) found |= absl::StrContains(s, c.want);
      EXPECT_TRUE(found) << c.page << " -> " << v[0];
    }
  }
}

TEST(HtmlEscapeTest, Table) {
  const struct {
    std::string in, want;
  } cases[] = {
      {"plain text", "plain text"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\" onmouseover='x'", "&quot; onmouseover=&#39;x&#39;"},
      {"AT&T", "AT&amp;T"},
      {"</style>", "&lt;/style&gt;"},
      {"tab\tnew\nline", "tab\tnew\nline"},
      {"bell\x07"
       "esc\x1b",
       "bell\xEF\xBF\xBD"
       "esc\xEF\xBF\xBD"},
      {"C1 \xC2\x85", "C1 \xEF\xBF\xBD"},
      {"emoji \xF0\x9F\x98\x80 ok", "emoji \xF0\x9F\x98\x80 ok"},
      {"caf\xC3\xA9", "caf\xC3\xA9"},
      {"bad \xC3\x28", "bad \xEF\xBF\xBD("},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80",
       "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"cut \xE2\x80", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"rtl \xE2\x80\xAEgpj.exe",
       "rtl <span class=\"ctl\">[U+202E]</span>gpj.exe"},
      // Zero-width and mark characters: "Reu<ZWSP>ters" must not pass for
      // "Reuters".
      {"Reu\xE2\x80\x8Bters", "Reu<span class=\"ctl\">[U+200B]</span>ters"},
      {"a\xE2\x80\x8F"
       "b\xEF\xBB\xBF",
       "a<span class=\"ctl\">[U+200F]</span>b"
       "<span class=\"ctl\">[U+FEFF]</span>"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(HtmlEscape(c.in), c.want) << c.in;
  }
  EXPECT_EQ(HtmlAttr("\xE2\x80\xAE\"<"), "[U+202E]&quot;&lt;");
}

TEST(HtmlIdTest, SafeAndInjective) {
  EXPECT_EQ(HtmlId("claim-", "002_x/3/0"), "claim-002_5Fx_2F3_2F0");
  EXPECT_EQ(HtmlId("c-", "\"><script>"), "c-_22_3E_3Cscript_3E");
  EXPECT_NE(HtmlId("c-", "a_2F"), HtmlId("c-", "a/"));
}

// Hostile strings used in every field of a hand-made report.
const char kHostile[] =
    "<script>alert(1)</script>\" onmouseover=\"alert(2)\" x='</style>"
    "<img src=x onerror=alert(3)>&amp \xE2\x80\xAE\x01\x1b\xF0\x9F\x92\xA5"
    "\xC3\x28\xED\xA0\x80";

Claim HostileClaim(const std::string& id, const std::string& doc_id, int begin,
                   int end) {
  Claim c;
  c.set_id(absl::StrCat(id, kHostile));
  c.set_frame(absl::StrCat("VISIT", kHostile));
  c.set_source_id(absl::StrCat("src", kHostile));
  c.set_modality(PLANNED);
  c.mutable_attribution()->set_speaker(kHostile);
  Argument* a = c.add_args();
  a->set_role(absl::StrCat("agent", kHostile));
  a->mutable_value()->set_text(kHostile);
  a->mutable_value()->set_surface("onmouseover");
  c.mutable_sentence()->set_doc_id(doc_id);
  c.mutable_sentence()->set_begin(begin);
  c.mutable_sentence()->set_end(end);
  c.mutable_sentence()->set_text(kHostile);
  c.mutable_trigger()->set_doc_id(doc_id);
  c.mutable_trigger()->set_begin(begin + 1);
  c.mutable_trigger()->set_end(begin + 9);
  return c;
}

TEST(RenderHtmlTest, HostileReportFieldsAreEscaped) {
  Document doc;
  doc.set_id(absl::StrCat("doc", kHostile));
  doc.set_title(kHostile);
  doc.set_published(kHostile);
  doc.set_text(absl::StrCat(kHostile, "\n", kHostile));
  doc.mutable_source()->set_id(absl::StrCat("src", kHostile));
  doc.mutable_source()->set_name(kHostile);
  doc.mutable_source()->set_url("javascript:alert(4)");
  const int len = static_cast<int>(std::string(kHostile).size());

  Report report;
  SourceSummary* s = report.add_sources();
  *s->mutable_source() = doc.source();
  s->mutable_source()->set_publisher(kHostile);
  s->add_doc_ids(doc.id());
  s->add_depends_on(kHostile);
  s->set_shared_facts(3);
  s->set_agreeing_facts(2);
  for (const FactStatus status : {CONFLICT, CORROBORATED, SINGLE_SOURCE}) {
    Fact* f = report.add_facts();
    f->set_id(absl::StrCat("fact", status, kHostile));
    f->set_frame(kHostile);
    f->set_key(kHostile);
    f->set_status(status);
    f->add_source_ids(kHostile);
    // One claim in range, one with offsets past the end (not linked).
    for (Claim c : {HostileClaim(absl::StrCat(status, "a"), doc.id(), 0, len),
                    HostileClaim(absl::StrCat(status, "b"), doc.id(), len + 1,
                                 9 * len)}) {
      f->add_claim_ids(c.id());
      *report.add_claims() = std::move(c);
    }
    Slot* slot = f->add_slots();
    slot->set_role(kHostile);
    Candidate* cand = slot->add_candidates();
    cand->mutable_value()->set_text(kHostile);
    cand->add_source_indexes(0);  // f->source_ids(0), kHostile
  }
  Conflict* c = report.add_conflicts();
  c->set_fact_id(report.facts(0).id());
  c->set_kind(POLARITY);
  c->set_role(absl::StrCat("agent", kHostile));
  c->set_explanation(kHostile);
  for (int k = 0; k < 2; ++k) {
    ConflictSide* side = c->add_sides();
    side->mutable_value()->set_text(kHostile);
    side->add_source_ids(kHostile);
    side->add_claim_ids(report.facts(0).claim_ids(k));
  }
  report.add_errors()->set_message(kHostile);

  const ValueComparator cmp(nullptr);
  const std::string page = RenderHtml(report, {doc}, cmp);
  EXPECT_THAT(Violations(page), IsEmpty());
  EXPECT_THAT(page, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(page, HasSubstr("&quot; onmouseover=&quot;alert(2)&quot;"));
  EXPECT_THAT(page, HasSubstr("\xF0\x9F\x92\xA5"));  // emoji kept
  EXPECT_THAT(page, HasSubstr("<span class=\"ctl\">[U+202E]</span>"));
  EXPECT_THAT(page, Not(HasSubstr("javascript:")));
  // The in-range claims link to their anchors; the out-of-range ones do not.
  const std::string anchor = HtmlId("claim-", report.facts(1).claim_ids(0));
  EXPECT_THAT(page, HasSubstr(absl::StrCat("id=\"", anchor, "\"")));
  EXPECT_THAT(page, HasSubstr(absl::StrCat("href=\"#", anchor, "\"")));
  EXPECT_THAT(
      page, Not(HasSubstr(absl::StrCat(
                "href=\"#", HtmlId("claim-", report.facts(1).claim_ids(1))))));
}

// Any int32 offsets from a claim file: no crash, no overflow (UBSan).
TEST(RenderHtmlTest, ExtremeOffsetsAreSafe) {
  constexpr int32_t kMax = 2147483647;
  constexpr int32_t kMin = -2147483647 - 1;
  const int32_t offsets[][4] = {
      {kMax, 5, kMin, 3}, {kMin, kMax, kMax, kMin}, {0, 10, kMin, kMax},
      {kMax, kMax, 0, 0}, {-1, -1, -1, -1},         {2, 9, 1, 200},
  };
  Document doc;
  doc.set_id("d");
  doc.set_text("A short article.");
  doc.mutable_source()->set_id("s");
  for (const auto& o : offsets) {
    Report r;
    Fact* f = r.add_facts();
    f->set_id("F#1");
    f->set_frame("REJECT");
    f->set_status(SINGLE_SOURCE);
    f->add_source_ids("s");
    Claim* c = r.add_claims();
    c->set_id("d/0/0");
    c->set_source_id("s");
    c->mutable_sentence()->set_doc_id("d");
    c->mutable_sentence()->set_text("A short");
    c->mutable_sentence()->set_begin(o[0]);
    c->mutable_sentence()->set_end(o[1]);
    c->mutable_trigger()->set_doc_id("d");
    c->mutable_trigger()->set_begin(o[2]);
    c->mutable_trigger()->set_end(o[3]);
    f->add_claim_ids(c->id());
    const std::string page = RenderHtml(r, {doc}, ValueComparator(nullptr));
    EXPECT_THAT(page, HasSubstr("ticle.</div>"));  // the article is shown
  }
}

// A single-source generic EVENT fact is counted in a note, not listed as a
// row; a single-source frame fact is a row.
TEST(RenderHtmlTest, SingleSourceGenericEventsAreNotListed) {
  Document doc;
  doc.set_id("d");
  doc.set_text("A short article.");
  doc.mutable_source()->set_id("s");
  for (const char* frame : {"EVENT", "REJECT"}) {
    const bool listed = std::string(frame) != "EVENT";
    Report r;
    Fact* f = r.add_facts();
    f->set_id("F1");
    f->set_frame(frame);
    f->set_status(SINGLE_SOURCE);
    f->add_source_ids("s");
    Claim* c = r.add_claims();
    c->set_id("d/0/0");
    c->set_frame(frame);
    c->set_source_id("s");
    c->mutable_sentence()->set_doc_id("d");
    c->mutable_sentence()->set_text("A short article.");
    c->mutable_sentence()->set_begin(0);
    c->mutable_sentence()->set_end(16);
    f->add_claim_ids(c->id());
    const std::string page = RenderHtml(r, {doc}, ValueComparator(nullptr));
    EXPECT_EQ(page.find("<tr id=\"fact-F1\">") != std::string::npos, listed)
        << frame;
    EXPECT_EQ(page.find("single-source generic events") != std::string::npos,
              !listed)
        << frame;
    // The article marks only claims whose fact has a row to link back to.
    EXPECT_EQ(page.find("href=\"#fact-F1\"") != std::string::npos, listed)
        << frame;
  }
}

// Real articles through the real pipeline: hostile text in the sentences
// claims are extracted from, in titles and in source names.
TEST(RenderHtmlTest, HostileArticlesThroughPipeline) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  ASSERT_NE(tmp, nullptr);
  const std::string dir = absl::StrCat(tmp, "/hostile");
  ASSERT_EQ(system(absl::StrCat("mkdir -p ", dir).c_str()), 0);
  const std::string payload =
      " <script>alert(1)</script> \" onmouseover=\"alert(2)\" </style>"
      "<b>\xE2\x80\xAE\x01\xF0\x9F\x8E\x89 ";
  const std::string a = absl::StrCat(
      "Chinese President Xi Jinping will travel to Moscow from May 7 to 10",
      payload,
      "to attend Victory Day celebrations, the Kremlin announced Sunday.\n"
      "Xi will meet Russian President Vladimir Putin",
      payload, "on Thursday.\n");
  const std::string b =
      "Chinese President Xi Jinping will visit Moscow from May 8 to 10, the "
      "Kremlin said. Xi will meet Russian President Vladimir Putin on "
      "Thursday.\n";
  ASSERT_TRUE(WriteFileAtomically(dir + "/a.txt", a).ok());
  // Metadata may not hold control characters (the reader rejects them), so
  // its payload is the same without the \x01.
  const std::string meta_payload = absl::StrReplaceAll(payload, {{"\x01", ""}});
  ASSERT_TRUE(WriteFileAtomically(
                  dir + "/a.txt.meta",
                  absl::StrCat("source: Evil", meta_payload, "\ntitle: T",
                               meta_payload, "\nurl: javascript:alert(5)\n"))
                  .ok());
  ASSERT_TRUE(WriteFileAtomically(dir + "/b.txt", b).ok());

  auto extractor = Extractor::CreateDefault();
  ASSERT_TRUE(extractor.ok()) << extractor.status();
  Pipeline pipeline(extractor->get(), PipelineOptions());
  const Inputs in = pipeline.Load({dir});
  ASSERT_EQ(in.documents.size(), 2u);
  const Report report = pipeline.Reconcile(in);
  const std::string page =
      RenderHtml(report, in.documents, pipeline.comparator());

  EXPECT_THAT(Violations(page), IsEmpty());
  EXPECT_THAT(page, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(page, HasSubstr("&quot; onmouseover=&quot;alert(2)&quot;"));
  EXPECT_THAT(page, HasSubstr("&lt;/style&gt;&lt;b&gt;"));
  EXPECT_THAT(page, Not(HasSubstr("javascript:")));
  // Every claim of the hostile article is anchored in its rendering.
  int claims_of_a = 0;
  for (const Claim& c : in.claims) {
    if (c.sentence().doc_id() != "a") continue;
    ++claims_of_a;
    EXPECT_THAT(page, HasSubstr(absl::StrCat("href=\"#",
                                             HtmlId("claim-", c.id()), "\"")));
  }
  EXPECT_GT(claims_of_a, 0) << "the hostile sentences yielded no claims";
}

TEST(RenderHtmlTest, DeterministicAndComplete) {
  Report report;
  report.mutable_stats()->set_conflicts(0);
  const ValueComparator cmp(nullptr);
  const std::string page = RenderHtml(report, {}, cmp);
  EXPECT_EQ(page, RenderHtml(report, {}, cmp));
  EXPECT_THAT(Violations(page), IsEmpty());
  EXPECT_THAT(page, HasSubstr("No conflicts."));
  EXPECT_THAT(page, HasSubstr("No article text was given."));
  EXPECT_TRUE(absl::EndsWith(page, "</html>\n"));
}

}  // namespace
}  // namespace accord

namespace accord {
namespace {

// A conflict card shows each side's outlet, link and date; support lines
// name outlets; an external claim has no empty quote.
TEST(HtmlWriterCardTest, SidesShowOutletLinkDateAndNoEmptyQuote) {
  Document doc;
  doc.set_id("a1");
  doc.mutable_source()->set_id("a1");
  doc.mutable_source()->set_name("Outlet A");
  doc.mutable_source()->set_url("https://a.example/story");
  doc.set_published("2025-05-04");
  doc.set_text("Putin rejected it.");
  Report r;
  *r.add_sources()->mutable_source() = doc.source();
  r.add_sources()->mutable_source()->set_id("llm");
  Fact* f = r.add_facts();
  f->set_id("F");
  f->set_frame("REJECT");
  f->set_status(CONFLICT);
  Conflict* c = r.add_conflicts();
  c->set_fact_id("F");
  c->set_support_explanation("Tied.\nputin: confidence 0.50 from a1 weight 1");
  ConflictSide* s1 = c->add_sides();
  s1->add_source_ids("a1");
  s1->add_claim_ids("a1/0/0");
  Claim* claim = r.add_claims();
  claim->set_id("a1/0/0");
  claim->set_source_id("a1");
  claim->mutable_sentence()->set_doc_id("a1");
  claim->mutable_sentence()->set_end(18);
  claim->mutable_sentence()->set_text("Putin rejected it.");
  ConflictSide* s2 = c->add_sides();
  s2->add_source_ids("llm");
  s2->add_claim_ids("llm/0/0");
  Claim* external = r.add_claims();
  external->set_id("llm/0/0");
  external->set_source_id("llm");
  external->set_rule("gpt-extractor");
  const ValueComparator cmp(nullptr);
  const std::string page = RenderHtml(r, {doc}, cmp);
  EXPECT_TRUE(absl::StrContains(
      page, "<a href=\"https://a.example/story\" rel=\"noopener\">link</a>"))
      << page;
  EXPECT_TRUE(absl::StrContains(page, " · 2025-05-04 · ")) << page;
  EXPECT_TRUE(absl::StrContains(page, "from Outlet A weight 1")) << page;
  EXPECT_TRUE(absl::StrContains(page, "<i>external claim by gpt-extractor</i>"))
      << page;
  EXPECT_FALSE(absl::StrContains(page, "[:0-0")) << page;
}

// One card per fact: a fact disputed on two roles is one card listing both
// in its heading, with a sub-heading per role; the counts are cards.
TEST(HtmlWriterCardTest, OneCardPerFactListsEachDisputedRole) {
  Report r;
  Fact* f = r.add_facts();
  f->set_id("F");
  f->set_frame("REJECT");
  f->set_status(CONFLICT);
  const std::vector<std::pair<std::string, ConflictKind>> roles = {
      {"agent", VALUE_MISMATCH}, {"guests", SET_DIVERGENCE}};
  for (const auto& [role, kind] : roles) {
    Conflict* c = r.add_conflicts();
    c->set_fact_id("F");
    c->set_role(role);
    c->set_kind(kind);
    c->set_explanation("Sources disagree on " + role + ".");
    c->add_sides()->mutable_value()->set_text(role + " one");
    c->add_sides()->mutable_value()->set_text(role + " two");
  }
  r.mutable_stats()->set_conflicts(2);
  const std::string page = RenderHtml(r, {}, ValueComparator(nullptr));
  auto count = [&page](const std::string& needle) {
    size_t n = 0;
    for (size_t at = page.find(needle); at != std::string::npos;
         at = page.find(needle, at + 1)) {
      ++n;
    }
    return n;
  };
  EXPECT_EQ(count("<article class=\"card conflict\""), 1u) << page;
  // Mixed kinds: the badge says "conflict"; each role names its kind.
  EXPECT_THAT(page, HasSubstr("<span class=\"badge c\">conflict</span>REJECT "
                              "<span class=\"role\">— disputed: agent, "
                              "guests</span></h3>"));
  EXPECT_THAT(page, HasSubstr("<h4>agent <span class=\"role\">· value "
                              "mismatch</span></h4>\n<p class=\"expl\">Sources "
                              "disagree on agent.</p>"));
  EXPECT_THAT(page, HasSubstr("<h4>guests <span class=\"role\">· set "
                              "divergence</span></h4>"));
  EXPECT_LT(page.find("<h4>agent"), page.find("<h4>guests"));
  EXPECT_THAT(page, HasSubstr("<title>accord report: 1 conflicts across"));
  EXPECT_THAT(page, HasSubstr("<h2>Conflicts<span class=\"n\">1</span>"));
  EXPECT_EQ(count("id=\"conflict-"), 1u) << page;
  for (const char* value :
       {"agent one", "agent two", "guests one", "guests two"}) {
    EXPECT_THAT(page, HasSubstr(value));
  }
}

TEST(HtmlWriterCardTest, FrontMatterIsNotShownAsArticleText) {
  Document doc;
  doc.set_id("fm");
  doc.set_text("---\nsource: Wire\npublished: 2024-01-02\n---\nHello world.\n");
  Removal* r = doc.add_removed();
  r->set_begin(0);
  r->set_end(42);  // through the closing ---
  r->set_reason("front matter");
  ASSERT_EQ(doc.text().substr(39, 3), "---");
  Report report;
  const ValueComparator cmp(nullptr);
  const std::string page = RenderHtml(report, {doc}, cmp);
  EXPECT_TRUE(absl::StrContains(page, "<div class=\"text\">Hello world."))
      << page;
  EXPECT_FALSE(absl::StrContains(page, "source: Wire")) << page;
}

}  // namespace
}  // namespace accord
