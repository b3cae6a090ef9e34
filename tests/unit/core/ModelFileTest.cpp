#include "core/ApiModel.h"
#include "compat/LlvmCompat.h"
#include "core/ModelFile.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"

#include <gtest/gtest.h>

using namespace clang;
using namespace clang::ast_matchers;
using namespace tensorlife;

namespace {

std::string errorOf(const std::string &Json) {
  ModelParseResult R = parseModel(Json, "test.json");
  EXPECT_EQ(R.Model == nullptr, !R.Error.empty());
  return R.Error;
}

TEST(ModelFile, ParsesTypesFunctionsAndParams) {
  ModelParseResult R = parseModel(R"j({
    "schema_version": 1, "name": "m", "description": "d",
    "types": [{"name": "ns::Session", "role": "session"}],
    "functions": [
      {"name": "ns::Session::close", "facts": ["close(this)"]},
      {"name": "ns::wrap", "params": 2, "facts": ["result_views(0)", "read(1)"]},
      {"name": "ns::wrap", "params": ["*", "std::function"], "facts": ["result_adopts(0,1)"]}
    ]})j",
                                  "m.json");
  ASSERT_EQ(R.Error, "");
  const ModelSet &M = *R.Model;
  EXPECT_EQ(M.Name, "m");
  ASSERT_EQ(M.Types.size(), 1u);
  EXPECT_EQ(M.Types[0].Role, TypeRole::Session);
  ASSERT_EQ(M.Functions.size(), 3u);
  EXPECT_EQ(M.Functions[1].NumParams, 2);
  EXPECT_EQ(M.Functions[1].Facts.size(), 2u);
  EXPECT_EQ(M.Functions[2].ParamTypes, (std::vector<std::string>{"", "std::function"}));
  EXPECT_EQ(M.FunctionIndex.at("ns::wrap").size(), 2u);
}

TEST(ModelFile, ReportsJsonSyntaxErrorsWithPosition) {
  std::string E = errorOf("{\"schema_version\": 1,\n \"name\": }");
  EXPECT_NE(E.find("invalid JSON"), std::string::npos) << E;
  EXPECT_NE(E.find("line 2"), std::string::npos) << E;
}

TEST(ModelFile, ReportsPathAndExpectation) {
  EXPECT_EQ(errorOf(R"j({"schema_version": 1, "name": "m", "typo": 1})j"),
            "/typo: unknown key 'typo' (expected one of '$schema', 'description', 'functions', "
            "'name', 'schema_version', 'types')");
  EXPECT_EQ(errorOf(R"j({"schema_version": 1})j"), "/: missing required key 'name'");
  EXPECT_EQ(errorOf(R"j({"schema_version": "1", "name": "m"})j"),
            "/schema_version: expected an integer, got a string");
  EXPECT_EQ(errorOf(R"j({"schema_version": 2, "name": "m"})j"),
            "/schema_version: unsupported schema version 2 (this tensorlife reads version 1)");
  EXPECT_EQ(errorOf(R"j({"schema_version": 1, "name": "m", "functions": [{"name": "f", "facts": "close(0)"}]})j"),
            "/functions/0/facts: expected an array of fact strings, e.g. [\"close(0)\"], got a string");
  EXPECT_EQ(errorOf(R"j({"schema_version": 1, "name": "m", "types": [{"name": "T", "role": "owner"}]})j"),
            "/types/0/role: unknown role 'owner' (expected one of: session, buffer, scope, tensor, owning_pointer, shared_pointer)");
  EXPECT_EQ(errorOf(R"j({"schema_version": 1, "name": "m", "functions": [{"name": "f", "params": 1, "facts": ["close(1)"]}]})j"),
            "/functions/0/facts/0: operand 1 of 'close(1)' is out of range: the entry has 1 "
            "parameter(s), indices start at 0");
  EXPECT_EQ(errorOf(R"j({"schema_version": 1, "name": "m", "functions": [{"name": "f", "facts": ["session"]}]})j"),
            "/functions/0/facts/0: 'session' is a type role, not a function fact; put it in \"types\"");
}

TEST(ModelFile, TypesMayGiveAnOwningCopy) {
  ModelParseResult R = parseModel(R"j({"schema_version": 1, "name": "m",
    "types": [{"name": "ns::View", "role": "tensor", "owning_copy": "ns::copy_of({})"},
              {"name": "ns::Plain", "role": "tensor"}]})j",
                                  "m.json");
  ASSERT_EQ(R.Error, "");
  EXPECT_EQ(R.Model->Types[0].OwningCopy, "ns::copy_of({})");
  EXPECT_EQ(R.Model->Types[1].OwningCopy, "");
  EXPECT_NE(errorOf(R"j({"schema_version": 1, "name": "m",
    "types": [{"name": "ns::View", "role": "tensor", "owning_copy": "clone()"}]})j")
                .find("/types/0/owning_copy: the template of 'owning_copy' must contain '{}'"),
            std::string::npos);
  EXPECT_NE(errorOf(R"j({"schema_version": 1, "name": "m",
    "types": [{"name": "ns::View", "role": "tensor", "owning_copy": 3}]})j")
                .find("/types/0/owning_copy"),
            std::string::npos);
}

TEST(ModelFile, UnknownFactNamesTheVocabulary) {
  std::string E =
      errorOf(R"j({"schema_version": 1, "name": "m", "functions": [{"name": "f", "facts": ["clos(0)"]}]})j");
  EXPECT_EQ(E.rfind("/functions/0/facts/0: unknown tensorlife fact 'clos'", 0), 0u) << E;
  EXPECT_NE(E.find("result_adopts"), std::string::npos) << E;
}

TEST(ModelFile, RejectsAmbiguousDuplicates) {
  std::string E = errorOf(R"j({"schema_version": 1, "name": "m", "functions": [
      {"name": "f", "params": 1, "facts": []}, {"name": "f", "params": 1, "facts": ["read(0)"]}]})j");
  EXPECT_EQ(E.rfind("/functions/1: duplicate entry for 'f'", 0), 0u) << E;
}

TEST(ModelFile, EveryBuiltinModelParses) {
  std::vector<std::string> Errors;
  const ModelSets &Models = builtinModels(&Errors);
  EXPECT_TRUE(Errors.empty()) << Errors.front();
  std::vector<std::string> Names;
  for (const auto &M : Models)
    Names.push_back(M->Name);
  for (const char *Want : {"tensorflow-c", "tensorflow-cc", "tflite-c", "tflite-cc",
                           "onnxruntime-cxx", "libtorch", "std"})
    EXPECT_NE(std::find(Names.begin(), Names.end(), Want), Names.end()) << Want;
}

TEST(ModelFile, SplitsOptionLists) {
  EXPECT_EQ(splitModelFileList(" a.json, b.json;;c.json "),
            (std::vector<std::string>{"a.json", "b.json", "c.json"}));
  EXPECT_TRUE(splitModelFileList("").empty());
}

constexpr const char *Code = R"cpp(
#include <functional>
#include <memory>
#include <vector>
namespace ns {
inline namespace v2 {
class Session { public: void close(); template <class T> T *data(); Session(int); };
template <class T> class Holder { public: void drop(); };
void wrap(void *p, int n);
void wrap(void *p, const std::function<void(void *)> &d);
}
}
struct Plain { void close(); };
void use() {
  std::vector<float> v;
  v.push_back(1);
  std::unique_ptr<ns::Session> s;
  s.reset();
  ns::Holder<int> h;
  h.drop();
  ns::Session x(1);
  x.data<float>();
}
)cpp";

struct ModelLookup : ::testing::Test {
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"});

  const FunctionDecl *calleeNamed(const char *Name) {
    auto Matches = match(
        callExpr(callee(functionDecl(hasName(Name)).bind("f"))).bind("c"), AST->getASTContext());
    for (const BoundNodes &M : Matches)
      if (const auto *FD = M.getNodeAs<FunctionDecl>("f"); FD && AST->getSourceManager().isInMainFile(M.getNodeAs<CallExpr>("c")->getBeginLoc()))
        return FD;
    return nullptr;
  }
  template <class T> const T *decl(const char *Name) {
    auto Matches = match(namedDecl(hasName(Name)).bind("d"), AST->getASTContext());
    for (const BoundNodes &M : Matches)
      if (const auto *D = M.getNodeAs<T>("d"))
        return D;
    return nullptr;
  }
};

TEST_F(ModelLookup, NamesSkipInlineNamespacesAndTemplateArguments) {
  ASSERT_TRUE(calleeNamed("push_back"));
  EXPECT_EQ(modelName(calleeNamed("push_back")), "std::vector::push_back");
  EXPECT_EQ(modelName(calleeNamed("reset")), "std::unique_ptr::reset");
  EXPECT_EQ(modelName(calleeNamed("drop")), "ns::Holder::drop");
  EXPECT_EQ(modelName(calleeNamed("data")), "ns::Session::data");
  EXPECT_EQ(modelName(decl<CXXConstructorDecl>("Session")), "ns::Session::Session");
}

TEST_F(ModelLookup, BuiltinStdModelApplies) {
  ApiModel Model;
  const std::vector<Fact> &Facts = Model.factsOf(calleeNamed("push_back"));
  ASSERT_EQ(Facts.size(), 2u);
  EXPECT_EQ(Facts[0].Kind, FactKind::Invalidate);
  EXPECT_EQ(Facts[1].Kind, FactKind::Stores);
  const std::vector<Fact> &Reset = Model.factsOf(calleeNamed("reset"));
  ASSERT_EQ(Reset.size(), 2u);
  EXPECT_EQ(Reset[0].Kind, FactKind::Destroy);
  EXPECT_EQ(Reset[1].Kind, FactKind::Reseat);
  EXPECT_EQ(Model.roleOfVariable(decl<VarDecl>("v")), TypeRole::Buffer);
}

TEST_F(ModelLookup, OwningCopyFromAnnotationsAndModels) {
  std::unique_ptr<ASTUnit> Annotated = tooling::buildASTFromCodeWithArgs(R"cpp(
    struct [[clang::annotate("tensorlife::tensor")]] [[clang::annotate("tensorlife::owning_copy({}.copy())")]] T {};
    T t;
  )cpp", {"-std=c++17"});
  ApiModel Model;
  auto VarType = [&](ASTUnit &U, const char *Name) {
    auto Matches = match(varDecl(hasName(Name)).bind("v"), U.getASTContext());
    EXPECT_EQ(Matches.size(), 1u);
    return Matches.front().template getNodeAs<VarDecl>("v")->getType();
  };
  EXPECT_EQ(Model.owningCopyOf(VarType(*Annotated, "t")), "{}.copy()");
  ModelParseResult User = parseModel(R"j({"schema_version": 1, "name": "user",
    "types": [{"name": "ns::Session", "role": "session", "owning_copy": "ns::dup({})"}]})j", "u.json");
  ASSERT_EQ(User.Error, "");
  ApiModel WithUser({User.Model});
  EXPECT_EQ(WithUser.owningCopyOf(decl<VarDecl>("x")->getType()), "ns::dup({})");
  EXPECT_EQ(Model.owningCopyOf(decl<VarDecl>("x")->getType()), "");
  EXPECT_EQ(Model.owningCopyOf(decl<VarDecl>("v")->getType()), "");
}

TEST_F(ModelLookup, UserModelsMatchByNameAndParamsAndOverrideEarlierOnes) {
  ModelParseResult User = parseModel(R"j({"schema_version": 1, "name": "user",
    "types": [{"name": "ns::Session", "role": "session"}, {"name": "ns::Holder", "role": "scope"}],
    "functions": [
      {"name": "ns::Session::close", "facts": ["close(this)"]},
      {"name": "ns::wrap", "params": 2, "facts": ["result_views(0)"]},
      {"name": "ns::wrap", "params": ["*", "std::function"], "facts": ["result_adopts(0,1)"]},
      {"name": "std::vector::push_back", "facts": []}
    ]})j",
                                     "user.json");
  ASSERT_EQ(User.Error, "");
  ApiModel Model({User.Model});
  EXPECT_EQ(Model.roleOfVariable(decl<VarDecl>("x")), TypeRole::Session);
  EXPECT_EQ(Model.roleOfVariable(decl<VarDecl>("h")), TypeRole::Scope); // by template name
  EXPECT_EQ(Model.roleOf(compat::canonicalTypeOf(AST->getASTContext(), decl<CXXRecordDecl>("Plain"))),
            TypeRole::None);
  // The user's entry for push_back replaces the built-in one.
  EXPECT_TRUE(Model.factsOf(calleeNamed("push_back")).empty());

  std::vector<const FunctionDecl *> Wraps;
  for (const BoundNodes &M : match(functionDecl(hasName("wrap")).bind("f"), AST->getASTContext()))
    Wraps.push_back(M.getNodeAs<FunctionDecl>("f"));
  ASSERT_EQ(Wraps.size(), 2u);
  for (const FunctionDecl *W : Wraps) {
    const std::vector<Fact> &Facts = Model.factsOf(W);
    ASSERT_EQ(Facts.size(), 1u);
    bool TakesDeleter = W->getParamDecl(1)->getType()->isReferenceType();
    EXPECT_EQ(Facts[0].Kind, TakesDeleter ? FactKind::ResultAdopts : FactKind::ResultViews);
  }
}

} // namespace
