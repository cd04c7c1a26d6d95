#include "engine/normalize/tokenizer.h"

namespace accord {
namespace {

bool IsAsciiLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Length of the valid UTF-8 sequence at text[i], or 0 when invalid.
int Utf8Length(absl::string_view text, size_t i, unsigned int* code_point) {
  const unsigned char c = text[i];
  int len;
  unsigned int cp;
  if (c < 0x80) {
    *code_point = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (int k = 1; k < len; ++k) {
    const unsigned char cc = text[i + k];
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  *code_point = cp;
  return len;
}

bool IsUnicodeSpace(unsigned int cp) {
  return cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2002 ||
         cp == 0x2003 || cp == 0x200A || cp == 0x3000;
}
bool IsUnicodeDash(unsigned int cp) {
  return cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
         cp == 0x2014 || cp == 0x2015 || cp == 0x2212;
}
bool IsUnicodeApostrophe(unsigned int cp) {
  return cp == 0x2019 || cp == 0x2018;
}

}  // namespace

std::vector<Token> Tokenize(absl::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 1);
  bool space = true;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const unsigned char c = text[i];
    if (IsAsciiSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    Token tok;
    tok.begin = static_cast<int>(i);
    tok.space_before = space;
    space = false;
    if (IsAsciiLetter(c)) {
      tok.kind = Token::kWord;
      tok.capitalized = c >= 'A' && c <= 'Z';
      while (i < n) {
        const unsigned char d = text[i];
        if (IsAsciiLetter(d)) {
          tok.text.push_back(
              static_cast<char>(d >= 'A' && d <= 'Z' ? d - 'A' + 'a' : d));
          ++i;
          continue;
        }
        // An apostrophe between letters stays inside the word: o'clock.
        unsigned int cp = 0;
        int len = 0;
        if (d == '\'') {
          len = 1;
        } else if (d >= 0x80) {
          len = Utf8Length(text, i, &cp);
          if (len == 0 || !IsUnicodeApostrophe(cp)) len = 0;
        }
        if (len > 0 && i + len < n && IsAsciiLetter(text[i + len])) {
          tok.text.push_back('\'');
          i += len;
          continue;
        }
        break;
      }
    } else if (IsAsciiDigit(c)) {
      tok.kind = Token::kDigits;
      while (i < n && IsAsciiDigit(text[i])) tok.text.push_back(text[i++]);
    } else if (c < 0x80) {
      tok.kind = Token::kPunct;
      tok.text.push_back(static_cast<char>(c));
      ++i;
    } else {
      unsigned int cp = 0;
      const int len = Utf8Length(text, i, &cp);
      if (len == 0) {
        // Invalid byte: a punctuation token of its own.
        tok.kind = Token::kPunct;
        tok.text = "\x7f";
        ++i;
      } else if (IsUnicodeSpace(cp)) {
        space = true;
        i += len;
        continue;
      } else {
        tok.kind = Token::kPunct;
        if (IsUnicodeDash(cp)) {
          tok.text = "-";
        } else if (IsUnicodeApostrophe(cp)) {
          tok.text = "'";
        } else {
          tok.text = std::string(text.substr(i, len));
        }
        i += len;
      }
    }
    tok.end = static_cast<int>(i);
    tokens.push_back(std::move(tok));
  }
  return tokens;
}

}  // namespace accord
