#include "core/LifetimeAnalysis.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace clang;
using namespace clang::ast_matchers;
using namespace tensorlife;

namespace {

constexpr const char *Code = R"cpp(
#define TENSORLIFE(f) [[clang::annotate("tensorlife::" f)]]
class TENSORLIFE("session") Session {
 public:
  TENSORLIFE("run(this)") int run();
  TENSORLIFE("close(this)") void close();
};
void finish(Session &s, int) { s.close(); }
int use(Session &s) {
  finish(s, 0);
  return s.run();
}
int twice(int x) { return 2 * x; }
void maybe_finish(Session &s, bool really) {
  if (really)
    s.close();
  s.run();
}
void finish_either_way(Session &s, bool early) {
  if (early) {
    s.close();
    return;
  }
  s.run();
  s.close();
}
)cpp";

struct LifetimeAnalysis : ::testing::Test {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"});
  ASTContext &Ctx = AST->getASTContext();
  ApiModel Model;

  const FunctionDecl *function(const char *Name) {
    return selectFirst<FunctionDecl>(
        "f", match(functionDecl(hasName(Name), isDefinition()).bind("f"), Ctx));
  }
};

TEST_F(LifetimeAnalysis, AnalysingAHelperSummarisesItForItsCallers) {
  AnalysisContext AC(Model);
  const FunctionDecl *Finish = function("finish");
  ASSERT_TRUE(Finish);
  EXPECT_TRUE(analyzeFunction(*Finish, Ctx, AC).empty());
  auto Recorded = AC.Summaries.find(Finish);
  ASSERT_NE(Recorded, AC.Summaries.end());
  // The same facts as a summary made on demand, and the one a caller gets.
  AnalysisContext OnDemand(Model);
  const std::vector<Fact> &Expected = factsOfCallee(*Finish, Ctx, OnDemand);
  ASSERT_EQ(Expected.size(), 1u);
  EXPECT_EQ(Expected[0].Kind, FactKind::Close);
  EXPECT_EQ(Expected[0].Operands[0].Index, 0);
  ASSERT_EQ(Recorded->second.size(), Expected.size());
  EXPECT_EQ(Recorded->second[0].Kind, Expected[0].Kind);
  EXPECT_EQ(Recorded->second[0].Operands, Expected[0].Operands);
  EXPECT_EQ(&factsOfCallee(*Finish, Ctx, AC), &Recorded->second);
  // And the caller uses it.
  std::vector<Finding> Findings = analyzeFunction(*function("use"), Ctx, AC);
  ASSERT_EQ(Findings.size(), 1u);
  EXPECT_EQ(Findings[0].Cat, Category::UseAfterClose);
}

TEST_F(LifetimeAnalysis, AFunctionCallingNothingModelledIsSummarisedAsDoingNothing) {
  AnalysisContext AC(Model);
  const FunctionDecl *Twice = function("twice");
  ASSERT_TRUE(Twice);
  EXPECT_TRUE(analyzeFunction(*Twice, Ctx, AC).empty());
  auto Recorded = AC.Summaries.find(Twice);
  ASSERT_NE(Recorded, AC.Summaries.end());
  EXPECT_TRUE(Recorded->second.empty());
}

} // namespace

TEST_F(LifetimeAnalysis, WhatHoldsOnEveryPathIsKeptApart) {
  AnalysisContext AC(Model);
  auto Spelled = [](const std::vector<Fact> &Facts) {
    std::vector<std::string> Out;
    for (const Fact &F : Facts)
      Out.push_back(printFact(F));
    std::sort(Out.begin(), Out.end());
    return Out;
  };
  const FunctionDecl *Maybe = function("maybe_finish");
  ASSERT_TRUE(Maybe);
  analyzeFunction(*Maybe, Ctx, AC);
  // A close on some paths is in the summary of this unit, not in what holds on every path.
  EXPECT_EQ(Spelled(AC.Summaries.at(Maybe)), (std::vector<std::string>{"close(0)", "run(0)"}));
  EXPECT_EQ(Spelled(AC.EveryPathSummaries.at(Maybe)), std::vector<std::string>{"run(0)"});
  // A close on each of two paths is on every path.
  const FunctionDecl *Either = function("finish_either_way");
  ASSERT_TRUE(Either);
  analyzeFunction(*Either, Ctx, AC);
  EXPECT_EQ(Spelled(AC.EveryPathSummaries.at(Either)), std::vector<std::string>{"close(0)"});
}
