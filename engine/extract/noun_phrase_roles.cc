#include "engine/extract/noun_phrase_roles.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "engine/annotate/mention.h"
#include "engine/extract/tagged_tokens.h"
#include "engine/wordnet/word_senses.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

// At most this many tokens before the noun are read as its pre-modifiers:
// "two additional life sentences", "a new 20-year prison sentence".
constexpr int kMaxModifiers = 4;

}  // namespace

NounPhraseRoles::NounPhraseRoles(const Lexicon& lexicon, const RoleTags* tags,
                                 const FrameForms* forms)
    : tags_(tags), forms_(forms) {
  const LexiconFile& lex = lexicon.proto();
  openers_.insert(lex.determiners().begin(), lex.determiners().end());
  openers_.insert(lex.pronouns().begin(), lex.pronouns().end());
  openers_.insert(lex.phrase_ends().begin(), lex.phrase_ends().end());
  for (const RoleType& type : lex.role_types()) {
    words_[type.role()].insert(type.words().begin(), type.words().end());
  }
}

bool NounPhraseRoles::Opens(absl::string_view w) const {
  if (openers_.contains(w) || absl::EndsWith(w, "'s") ||
      absl::EndsWith(w, "'")) {
    return true;
  }
  WordSenses::Sense sense;
  return WordSenses::Find(w, WordSenses::kVerb, &sense) &&
         (sense.form == WordSenses::kPast || sense.form == WordSenses::kGerund);
}

void NounPhraseRoles::Fill(const SentenceView& view, const FrameSpec& frame,
                           int begin, int end, Claim* claim) const {
  if (frame.occurrence_roles_size() == 0) return;
  const std::string& t = view.t();
  if (begin < 0 || end > static_cast<int>(t.size()) || begin >= end) return;
  const std::vector<TaggedToken>& tokens = view.tokens();
  int first = -1, last = -1;  // the trigger's tokens
  for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
    if (tokens[i].begin >= begin && tokens[i].end <= end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0 || tokens[last].kind != TaggedToken::kWord) return;
  const std::string trigger =
      absl::AsciiStrToLower(absl::string_view(t).substr(begin, end - begin));
  if (!forms_->IsNounForm(frame.name(), trigger) &&
      !forms_->IsNounForm(frame.name(), tokens[last].text)) {
    return;
  }
  // Pre-modifiers, nearest first: the trigger's own words before its head
  // ("life" in "life sentence"), then the words and tags before it up to
  // the phrase's opener.
  std::vector<const TaggedToken*> modifiers;
  for (int i = last - 1; i >= first; --i) modifiers.push_back(&tokens[i]);
  for (int i = first - 1; i >= 0 && first - i <= kMaxModifiers; --i) {
    const TaggedToken& tok = tokens[i];
    if (tok.kind == TaggedToken::kPunct) break;
    if (tok.kind == TaggedToken::kWord && Opens(tok.text)) break;
    modifiers.push_back(&tok);
  }
  // A place right after the noun: "in" (the) (one word) <place>.
  const TaggedToken* after = nullptr;
  {
    int i = last + 1;
    if (i < static_cast<int>(tokens.size()) &&
        tokens[i].kind == TaggedToken::kWord && tokens[i].text == "in") {
      ++i;
      if (i < static_cast<int>(tokens.size()) &&
          tokens[i].kind == TaggedToken::kWord && tokens[i].text == "the") {
        ++i;
      }
      if (i + 1 < static_cast<int>(tokens.size()) &&
          tokens[i].kind == TaggedToken::kWord && !Opens(tokens[i].text) &&
          tokens[i + 1].kind == TaggedToken::kTag) {
        ++i;  // "in central Athens"
      }
      if (i < static_cast<int>(tokens.size()) &&
          tokens[i].kind == TaggedToken::kTag) {
        after = &tokens[i];
      }
    }
  }
  const std::vector<Mention>& mentions = view.mentions();
  auto value_of = [&](const TaggedToken& tok, const std::string& role,
                      Value* v) {
    if (tok.kind == TaggedToken::kWord) {
      auto it = words_.find(role);
      if (it == words_.end() || !it->second.contains(tok.text)) return false;
      v->set_text(std::string(tok.text));
      v->set_surface(std::string(tok.text));
      return true;
    }
    if (tok.kind != TaggedToken::kTag || tok.mention < 0 ||
        tok.mention >= static_cast<int>(mentions.size())) {
      return false;
    }
    const std::vector<std::string>& accepted = tags_->TagsFor(frame, role);
    if (std::find(accepted.begin(), accepted.end(), tok.text) ==
        accepted.end()) {
      return false;
    }
    const Mention& m = mentions[tok.mention];
    *v = IsEntityTag(m.tag) ? EntityValueOf(m) : m.value;
    return true;
  };
  for (const std::string& role : frame.occurrence_roles()) {
    if (HasArg(*claim, role) || tags_->IsText(frame, role)) continue;
    Value v;
    bool found = false;
    for (const TaggedToken* tok : modifiers) {
      if ((found = value_of(*tok, role, &v))) break;
    }
    if (!found && after != nullptr && IsEntityTag(after->text)) {
      found = value_of(*after, role, &v);
    }
    if (!found) continue;
    Argument* arg = claim->add_args();
    arg->set_role(role);
    *arg->mutable_value() = std::move(v);
  }
}

}  // namespace accord
