#include "core/ApiModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

using namespace clang;
using namespace clang::ast_matchers;
using namespace tensorlife;

namespace {

constexpr const char *Api = R"cpp(
#define TENSORLIFE(f) [[clang::annotate("tensorlife::" f)]]
class TENSORLIFE("session") Session {
 public:
  TENSORLIFE("run(this)") TENSORLIFE("result_borrows(this)") int run();
  TENSORLIFE("close(this)") void close();
};
class Plain {};
template <class T> class TENSORLIFE("tensor") Tensor {};
void print(const Tensor<float>&);
TENSORLIFE("read(0)") void print(const Tensor<float>&);
TENSORLIFE("bogus(0)") void broken(int);
void unannotated(int);
Tensor<float> t;
Session s;
Session &r = s;
Session *p = &s;
Plain plain;
)cpp";

struct Fixture : ::testing::Test {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(Api, {"-std=c++17"});
  ApiModel Model;

  template <class T> const T *find(const char *Name) {
    auto Matches = match(namedDecl(hasName(Name)).bind("d"), AST->getASTContext());
    for (const BoundNodes &M : Matches)
      if (const auto *D = M.getNodeAs<T>("d"))
        return D;
    return nullptr;
  }
};

TEST_F(Fixture, ReadsTypeRoles) {
  EXPECT_EQ(Model.roleOfVariable(find<VarDecl>("s")), TypeRole::Session);
  EXPECT_EQ(Model.roleOfVariable(find<VarDecl>("t")), TypeRole::Tensor); // via the template
  EXPECT_EQ(Model.roleOfVariable(find<VarDecl>("plain")), TypeRole::None);
}

TEST_F(Fixture, LooksThroughReferencesAndPointers) {
  EXPECT_EQ(Model.roleOfVariable(find<VarDecl>("r")), TypeRole::Session);
  EXPECT_EQ(Model.roleOfVariable(find<VarDecl>("p")), TypeRole::Session);
}

TEST_F(Fixture, ReadsSeveralFactsOnOneMethod) {
  const auto *Run = find<CXXMethodDecl>("run");
  ASSERT_NE(Run, nullptr);
  const std::vector<Fact> &Facts = Model.factsOf(Run);
  ASSERT_EQ(Facts.size(), 2u);
  EXPECT_EQ(Facts[0].Kind, FactKind::Run);
  EXPECT_EQ(Facts[1].Kind, FactKind::ResultBorrows);
  EXPECT_TRUE(Facts[1].Operands.at(0).isThis());
}

TEST_F(Fixture, FactsOnAnyRedeclarationApply) {
  const auto *Print = find<FunctionDecl>("print");
  ASSERT_NE(Print, nullptr);
  const std::vector<Fact> &Facts = Model.factsOf(Print->getFirstDecl());
  ASSERT_EQ(Facts.size(), 1u);
  EXPECT_EQ(Facts[0].Kind, FactKind::Read);
  EXPECT_EQ(Facts[0].Operands.at(0).Index, 0);
}

TEST_F(Fixture, UnannotatedFunctionHasNoFacts) {
  EXPECT_TRUE(Model.factsOf(find<FunctionDecl>("unannotated")).empty());
  EXPECT_TRUE(Model.takeProblems().empty());
}

TEST_F(Fixture, MalformedAnnotationIsReportedOnce) {
  const auto *Broken = find<FunctionDecl>("broken");
  EXPECT_TRUE(Model.factsOf(Broken).empty());
  std::vector<ApiModel::Problem> Problems = Model.takeProblems();
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message,
            "malformed annotation 'tensorlife::bogus(0)': unknown tensorlife fact 'bogus'");
  EXPECT_TRUE(Problems[0].Loc.isValid());
  Model.factsOf(Broken); // cached: not reported again
  EXPECT_TRUE(Model.takeProblems().empty());
}

constexpr const char *FunctionTable = R"cpp(
struct Handle;
struct Table {
  void (*release)(Handle *);
  int (*query)(const Handle *, int);
  int plain;
};
)cpp";

constexpr const char *FunctionTableModel = R"json({
  "schema_version": 1, "name": "table",
  "functions": [
    {"name": "Table::release", "facts": ["destroy(0)"]},
    {"name": "Table::query", "params": ["Handle", "int"], "facts": ["read(0)"]},
    {"name": "Table::query", "params": 3, "facts": ["destroy(0)"]}
  ]
})json";

TEST(ApiModelFunctionTable, MembersOfFunctionPointerTypeAreNamedLikeFunctions) {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(FunctionTable, {"-std=c++17"});
  ModelParseResult Parsed = parseModel(FunctionTableModel, "table.json");
  ASSERT_EQ(Parsed.Error, "");
  ApiModel Model(ModelSets{Parsed.Model});
  auto field = [&](const char *Name) {
    auto Matches = match(fieldDecl(hasName(Name)).bind("f"), AST->getASTContext());
    return Matches.empty() ? nullptr : Matches[0].getNodeAs<FieldDecl>("f");
  };
  const std::vector<Fact> &Release = Model.factsOf(field("release"));
  ASSERT_EQ(Release.size(), 1u);
  EXPECT_EQ(Release[0].Kind, FactKind::Destroy);
  // `params` is matched against the member's prototype: the two-parameter entry, not the other.
  const std::vector<Fact> &Query = Model.factsOf(field("query"));
  ASSERT_EQ(Query.size(), 1u);
  EXPECT_EQ(Query[0].Kind, FactKind::Read);
  EXPECT_TRUE(Model.factsOf(field("plain")).empty());
}

} // namespace
