#include "engine/annotate/gazetteer.h"

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/data/embedded_data.h"
#include "engine/normalize/tokenizer.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace accord {
namespace {

std::vector<std::string> Ids(const Gazetteer& g, const std::string& text) {
  std::vector<std::string> out;
  for (const GazetteerMatch& m : g.FindAll(text)) {
    out.push_back((m.demonym ? "dem:" : "") + m.entity->id());
  }
  return out;
}

class EmbeddedGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gaz_ = Gazetteer::FromTextproto(embedded::kGazetteer).value().release();
  }
  static Gazetteer* gaz_;
};
Gazetteer* EmbeddedGazetteerTest::gaz_ = nullptr;

struct Case {
  std::string text;
  std::vector<std::string> want;
};

TEST_F(EmbeddedGazetteerTest, FindsNamesAliasesAndDemonyms) {
  const Case cases[] = {
      {"Zelenskyy met Zelenskiy",
       {"volodymyr_zelenskyy", "volodymyr_zelenskyy"}},
      {"Chinese President Xi Jinping", {"dem:china", "xi_jinping"}},
      {"Xinhua reported", {}},  // no match inside a word
      {"Turkmenistan\xE2\x80\x99s leader", {"turkmenistan"}},  // curly 's
      {"a 30-day CEASEFIRE", {"ceasefire"}},  // nouns in any case
      {"the Kremlin said", {"kremlin"}},
      {"in World War Two", {"world_war_ii"}},
      {"the Great Patriotic War", {"world_war_ii"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Ids(*gaz_, c.text), c.want) << c.text;
  }
}

TEST_F(EmbeddedGazetteerTest, ContainmentAndMetonymy) {
  EXPECT_TRUE(gaz_->IsPartOf("moscow", "russia"));
  EXPECT_TRUE(gaz_->IsPartOf("red_square", "russia"));
  EXPECT_FALSE(gaz_->IsPartOf("russia", "moscow"));
  EXPECT_EQ(gaz_->ActorId("beijing"), "china");
  EXPECT_EQ(gaz_->ActorId("kremlin"), "russia");
  EXPECT_EQ(gaz_->ActorId("xi_jinping"), "xi_jinping");
}

TEST(GazetteerTest, RejectsInconsistentData) {
  const std::string bad[] = {
      "entities { id: \"a\" name: \"A\" } entities { id: \"a\" name: \"B\" }",
      "entities { id: \"a\" name: \"Same\" } entities { id: \"b\" name: "
      "\"Same\" }",
      "entities { id: \"a\" name: \"A\" part_of: \"nowhere\" }",
      "entities { id: ",
  };
  for (const std::string& text : bad) {
    EXPECT_FALSE(Gazetteer::FromTextproto(text).ok()) << text;
  }
}

// FindAll as it was written with two RE2 alternations (kept here as the
// reference for the literal scan that replaced them): the leftmost match of
// the longest-first alternation, kept when it lies between word edges.
class ReferenceGazetteer {
 public:
  explicit ReferenceGazetteer(absl::string_view textproto) {
    google::protobuf::TextFormat::ParseFromString(std::string(textproto),
                                                  &file_);
    std::vector<std::string> names, nouns;
    for (const Entity& e : file_.entities()) {
      std::vector<std::string> forms(e.aliases().begin(), e.aliases().end());
      forms.push_back(e.name());
      const bool noun =
          std::all_of(forms.begin(), forms.end(), [](const std::string& f) {
            return std::none_of(f.begin(), f.end(), absl::ascii_isupper);
          });
      for (const std::string& f : forms) {
        if (f.empty()) continue;
        if ((noun ? nouns_ : names_).emplace(f, e.id()).second) {
          (noun ? nouns : names).push_back(f);
        }
      }
      for (const std::string& d : e.demonyms()) {
        demonyms_.emplace(d, e.id());
        names.push_back(d);
      }
    }
    names_re_ = Compile(names, false);
    nouns_re_ = Compile(nouns, true);
  }

  std::vector<std::string> FindAll(absl::string_view text) const {
    struct Hit {
      int b, e;
      std::string id;
    };
    std::vector<Hit> found;
    auto word_at = [&](size_t i) {
      const unsigned char c = text[i];
      if (c < 0x80) return absl::ascii_isalnum(c) != 0;
      if (c == 0xE2 && i + 1 < text.size() &&
          (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
           static_cast<unsigned char>(text[i + 1]) == 0x81)) {
        return false;
      }
      return !(c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xA0);
    };
    auto scan = [&](const RE2& re, bool lower) {
      re2::StringPiece input(text.data(), text.size());
      re2::StringPiece m;
      size_t pos = 0;
      while (pos <= text.size() &&
             re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        const int b = static_cast<int>(m.data() - text.data());
        const int e = b + static_cast<int>(m.size());
        size_t p = b - 1;
        while (b > 0 && p > 0 &&
               (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) {
          --p;
        }
        const bool left_ok = b == 0 || !word_at(p);
        const bool right_ok = e == static_cast<int>(text.size()) || !word_at(e);
        if (left_ok && right_ok && e > b) {
          std::string key(m.data(), m.size());
          if (lower) key = absl::AsciiStrToLower(key);
          const auto& map = lower ? nouns_ : names_;
          if (auto it = map.find(key); it != map.end()) {
            found.push_back({b, e, it->second});
          } else if (auto d = demonyms_.find(key); d != demonyms_.end()) {
            found.push_back({b, e, "dem:" + d->second});
          }
          pos = e;
        } else {
          pos = b + 1;
          while (pos < text.size() &&
                 (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
            ++pos;
          }
        }
      }
    };
    scan(*names_re_, false);
    scan(*nouns_re_, true);
    std::sort(found.begin(), found.end(), [](const Hit& a, const Hit& b) {
      return (a.e - a.b) != (b.e - b.b) ? (a.e - a.b) > (b.e - b.b) : a.b < b.b;
    });
    std::vector<Hit> kept;
    for (const Hit& h : found) {
      if (std::none_of(kept.begin(), kept.end(),
                       [&](const Hit& k) { return h.b < k.e && k.b < h.e; })) {
        kept.push_back(h);
      }
    }
    std::sort(kept.begin(), kept.end(),
              [](const Hit& a, const Hit& b) { return a.b < b.b; });
    std::vector<std::string> out;
    for (const Hit& h : kept) out.push_back(absl::StrCat(h.b, "-", h.e, h.id));
    return out;
  }

  // Every form, for building test texts.
  std::vector<std::string> Forms() const {
    std::vector<std::string> out;
    for (const auto* map : {&names_, &nouns_, &demonyms_}) {
      for (const auto& [form, id] : *map) out.push_back(form);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  static std::unique_ptr<RE2> Compile(std::vector<std::string> forms,
                                      bool case_insensitive) {
    std::sort(forms.begin(), forms.end(),
              [](const std::string& a, const std::string& b) {
                return a.size() != b.size() ? a.size() > b.size() : a < b;
              });
    std::vector<std::string> quoted;
    for (const std::string& f : forms) quoted.push_back(RE2::QuoteMeta(f));
    RE2::Options options;
    options.set_case_sensitive(!case_insensitive);
    options.set_max_mem(64 << 20);
    return std::make_unique<RE2>(
        absl::StrCat("(", absl::StrJoin(quoted, "|"), ")"), options);
  }

  GazetteerFile file_;
  absl::flat_hash_map<std::string, std::string> names_, nouns_, demonyms_;
  std::unique_ptr<RE2> names_re_, nouns_re_;
};

std::vector<std::string> Spans(const Gazetteer& g, absl::string_view text,
                               bool with_tokens = false) {
  std::vector<std::string> out;
  const std::vector<GazetteerMatch> found =
      with_tokens ? g.FindAll(text, Tokenize(text)) : g.FindAll(text);
  for (const GazetteerMatch& m : found) {
    out.push_back(absl::StrCat(m.begin, "-", m.end, m.demonym ? "dem:" : "",
                               m.entity->id()));
  }
  return out;
}

// Random texts of forms (whole, cut, in other cases), letters, word edges,
// typographic characters, the two non-ASCII characters RE2 folds to 'k'
// and 's', and stray UTF-8 bytes.
void ExpectSameAsRe2(absl::string_view textproto, int texts) {
  const std::unique_ptr<Gazetteer> owned =
      Gazetteer::FromTextproto(textproto).value();
  const Gazetteer& gaz = *owned;
  const ReferenceGazetteer ref(textproto);
  const std::vector<std::string> forms = ref.Forms();
  const std::vector<std::string> pieces = {" ",
                                           " ",
                                           ", ",
                                           "-",
                                           "'s ",
                                           "a",
                                           "Z",
                                           "x",
                                           "7",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\x9C",
                                           "\xC2\xA0",
                                           "\xC3\xA9",
                                           "\xE2\x84\xAA",
                                           "\xC5\xBF",
                                           "\x80",
                                           "\xE2",
                                           ".",
                                           "_",
                                           "'",
                                           "\xE2\x80\x98",
                                           "the "};
  std::mt19937 rng(20261123);
  for (int t = 0; t < texts; ++t) {
    std::string text;
    const int n = 1 + rng() % 12;
    for (int i = 0; i < n; ++i) {
      if (rng() % 2 == 0) {
        std::string f = forms[rng() % forms.size()];
        switch (rng() % 5) {
          case 0:
            f = f.substr(0, 1 + rng() % f.size());
            break;
          case 1:
            f = absl::AsciiStrToUpper(f);
            break;
          case 2:
            f[0] = absl::ascii_toupper(f[0]);
            break;
        }
        text += f;
      } else {
        text += pieces[rng() % pieces.size()];
      }
    }
    ASSERT_EQ(Spans(gaz, text), ref.FindAll(text)) << "text: " << text;
    ASSERT_EQ(Spans(gaz, text, /*with_tokens=*/true), ref.FindAll(text))
        << "text: " << text;
  }
}

TEST(GazetteerTest, LiteralScanMatchesRe2OnEmbeddedData) {
  ExpectSameAsRe2(embedded::kGazetteer, 20000);
}

TEST(GazetteerTest, TokenWalkMatchesRe2) {
  // Forms starting with ASCII letters and digits only, so FindAll with
  // tokens walks them; apostrophes split words for the gazetteer but not
  // for the tokenizer.
  ExpectSameAsRe2(
      R"pb(
        entities { id: "ob" name: "O'Brien" aliases: "Brien" aliases: "O" }
        entities { id: "s" name: "s" aliases: "t" aliases: "3M" }
        entities { id: "kiosk" name: "kiosk" aliases: "kiosks" aliases: "ks" }
        entities { id: "x" name: "Xi Jinping" aliases: "Xi" demonyms: "Xin" }
        entities { id: "n7" name: "7" aliases: "7x" aliases: "a7" }
      )pb",
      20000);
}

TEST(GazetteerTest, LiteralScanMatchesRe2OnEdgeCases) {
  // Prefix forms, forms with 'k' and 's' (RE2 folds U+212A and U+017F to
  // them), a form starting with a non-word character, and a non-ASCII noun
  // (which keeps the noun scan on RE2), also as first byte.
  ExpectSameAsRe2(
      R"pb(
        entities { id: "xi" name: "Xi Jinping" aliases: "Xi" aliases: "X" }
        entities { id: "xin" name: "Xinhua" demonyms: "Xin" }
        entities { id: "us" name: "U.S." aliases: ".US" aliases: "US-led" }
        entities { id: "kiosk" name: "kiosk" aliases: "kiosks" aliases: "ks" }
        entities { id: "ska" name: "ska" aliases: "s" aliases: "k" }
        entities { id: "ed" name: "Édouard Philippe" aliases: "Édouard" }
      )pb",
      20000);
  ExpectSameAsRe2(
      R"pb(
        entities { id: "cafe" name: "café" aliases: "cafe" }
        entities { id: "elan" name: "élan" aliases: "über" }
        entities { id: "kiosk" name: "kiosk" aliases: "kiosks" }
        entities { id: "erdogan" name: "Erdoğan" aliases: "Erdogan" }
      )pb",
      5000);
}

}  // namespace
}  // namespace accord
