#include "SyntaxHighlight.h"

#include "clang/Basic/IdentifierTable.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/TokenKinds.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Token.h"

#include <optional>

namespace tensorlife::scan {

std::string htmlEscape(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    case '\0': Out += "&#xFFFD;"; break;
    default: Out += C;
    }
  }
  return Out;
}

namespace {

struct Span {
  size_t Begin, End;
  const char *Class;
};

/// The highlighted spans of \p Source, in order and disjoint, from clang's raw lexer (no
/// preprocessing: macros and includes are not expanded, which is what a reader sees).
std::vector<Span> spansOf(const std::string &Source) {
  clang::LangOptions Lang;
  Lang.CPlusPlus = Lang.CPlusPlus11 = Lang.CPlusPlus14 = Lang.CPlusPlus17 = Lang.CPlusPlus20 = true;
  Lang.LineComment = Lang.Bool = Lang.WChar = true;
  clang::IdentifierTable Identifiers(Lang);
  // The lexer needs a null-terminated buffer: std::string's is.
  const char *Begin = Source.c_str(), *End = Begin + Source.size();
  clang::Lexer Lex(clang::SourceLocation(), Lang, Begin, Begin, End);
  Lex.SetCommentRetentionState(true);

  std::vector<Span> Spans;
  std::optional<size_t> Directive; // start of the current preprocessor line
  size_t LastEnd = 0;
  clang::Token Tok;
  while (true) {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(clang::tok::eof))
      break;
    size_t TokEnd = Lex.getBufferLocation() - Begin;
    size_t TokBegin = TokEnd - Tok.getLength();
    if (Directive && Tok.isAtStartOfLine()) {
      Spans.push_back({*Directive, LastEnd, "p"});
      Directive.reset();
    }
    LastEnd = TokEnd;
    if (Directive)
      continue;
    const char *Class = nullptr;
    if (Tok.is(clang::tok::hash) && Tok.isAtStartOfLine()) {
      Directive = TokBegin;
      continue;
    }
    if (Tok.is(clang::tok::comment))
      Class = "c";
    else if (Tok.is(clang::tok::numeric_constant))
      Class = "n";
    else if (clang::tok::isLiteral(Tok.getKind())) // strings and characters
      Class = "s";
    else if (Tok.is(clang::tok::raw_identifier) &&
             Identifiers.get(Tok.getRawIdentifier()).getTokenID() != clang::tok::identifier)
      Class = "k";
    if (Class)
      Spans.push_back({TokBegin, TokEnd, Class});
  }
  if (Directive)
    Spans.push_back({*Directive, LastEnd, "p"});
  return Spans;
}

} // namespace

std::vector<std::string> highlightCpp(llvm::StringRef Text) {
  std::string Source = Text.str();
  std::vector<Span> Spans = spansOf(Source);
  std::vector<std::string> Lines(1);
  size_t Next = 0;                 // the next span to open
  const char *Open = nullptr;      // the class of the span we are in
  size_t OpenEnd = 0;
  for (size_t I = 0; I < Source.size(); ++I) {
    if (Open && I == OpenEnd) {
      Lines.back() += "</span>";
      Open = nullptr;
    }
    if (!Open && Next < Spans.size() && Spans[Next].Begin == I) {
      Open = Spans[Next].Class;
      OpenEnd = Spans[Next].End;
      ++Next;
      Lines.back() += std::string("<span class=\"") + Open + "\">";
    }
    char C = Source[I];
    if (C == '\n' || (C == '\r' && I + 1 < Source.size() && Source[I + 1] == '\n')) {
      if (C == '\r')
        ++I;
      if (Open)
        Lines.back() += "</span>";
      Lines.emplace_back();
      if (Open && I + 1 < OpenEnd)
        Lines.back() += std::string("<span class=\"") + Open + "\">";
      else
        Open = nullptr;
      continue;
    }
    Lines.back() += htmlEscape(llvm::StringRef(&C, 1));
  }
  if (Open)
    Lines.back() += "</span>";
  // A final line end does not start another line.
  if (Lines.size() > 1 && Lines.back().empty())
    Lines.pop_back();
  return Lines;
}

} // namespace tensorlife::scan
