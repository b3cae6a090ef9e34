#include "core/Fact.h"

#include <gtest/gtest.h>

using namespace tensorlife;

TEST(FactParser, ParsesThisOperand) {
  ParsedFact P = parseFact("close(this)");
  ASSERT_EQ(P.Error, "");
  ASSERT_EQ(P.Facts.size(), 1u);
  EXPECT_EQ(P.Facts[0].Kind, FactKind::Close);
  ASSERT_EQ(P.Facts[0].Operands.size(), 1u);
  EXPECT_TRUE(P.Facts[0].Operands[0].isThis());
}

TEST(FactParser, ParsesParameterListWithSpaces) {
  ParsedFact P = parseFact(" result_depends( 0 , 2 ) ");
  ASSERT_EQ(P.Error, "");
  ASSERT_EQ(P.Facts.size(), 1u);
  EXPECT_EQ(P.Facts[0].Kind, FactKind::ResultDepends);
  ASSERT_EQ(P.Facts[0].Operands.size(), 2u);
  EXPECT_EQ(P.Facts[0].Operands[0].Index, 0);
  EXPECT_EQ(P.Facts[0].Operands[1].Index, 2);
}

TEST(FactParser, ParsesFactWithoutOperands) {
  ParsedFact P = parseFact("result_in_scope");
  ASSERT_EQ(P.Error, "");
  EXPECT_EQ(P.Facts.at(0).Kind, FactKind::ResultInScope);
  EXPECT_TRUE(P.Facts.at(0).Operands.empty());
}

TEST(FactParser, ParsesOutParameterResult) {
  ParsedFact P = parseFact("result_out(6)");
  ASSERT_EQ(P.Error, "");
  EXPECT_EQ(P.Facts.at(0).Kind, FactKind::ResultOut);
  EXPECT_EQ(P.Facts.at(0).Operands.at(0).Index, 6);
  EXPECT_NE(parseFact("result_out").Error, "");
  EXPECT_NE(parseFact("result_out(1, 2)").Error, "");
}

TEST(FactParser, ParsesTypeRoles) {
  EXPECT_EQ(parseFact("session").Role, TypeRole::Session);
  EXPECT_EQ(parseFact("buffer").Role, TypeRole::Buffer);
  EXPECT_EQ(parseFact("scope").Role, TypeRole::Scope);
  EXPECT_EQ(parseFact("tensor").Role, TypeRole::Tensor);
  EXPECT_TRUE(parseFact("tensor").Facts.empty());
}

TEST(FactParser, RejectsUnknownFact) {
  EXPECT_EQ(parseFact("dispose(0)").Error, "unknown tensorlife fact 'dispose'");
}

TEST(FactParser, RejectsMissingOperands) {
  EXPECT_NE(parseFact("close").Error.find("expects operands"), std::string::npos);
  EXPECT_NE(parseFact("close(this").Error.find("expects operands"), std::string::npos);
}

TEST(FactParser, RejectsBadOperand) {
  EXPECT_EQ(parseFact("release(that)").Error,
            "operand 'that' of 'release' is neither 'this' nor a parameter index");
  EXPECT_NE(parseFact("release()").Error, "");
  EXPECT_NE(parseFact("release(-1)").Error, "");
}

TEST(FactParser, RejectsTooManyOperands) {
  EXPECT_EQ(parseFact("close(0,1)").Error, "fact 'close' takes exactly one operand");
}

TEST(FactParser, RejectsOperandsOnTypeRoleAndNullaryFact) {
  EXPECT_NE(parseFact("session(0)").Error, "");
  EXPECT_NE(parseFact("result_in_scope(0)").Error, "");
}

TEST(FactParser, SpellingRoundTrips) {
  for (const char *Text : {"close", "release", "open", "run", "read", "result_borrows",
                           "result_depends", "result_views", "result_shares"}) {
    ParsedFact P = parseFact(std::string(Text) + "(this)");
    ASSERT_EQ(P.Error, "") << Text;
    EXPECT_STREQ(spelling(P.Facts.at(0).Kind), Text);
  }
  EXPECT_STREQ(spelling(TypeRole::Buffer), "buffer");
}

TEST(FactParser, ParsesTwoOperandAdopts) {
  ParsedFact P = parseFact("result_adopts(0, 2)");
  ASSERT_EQ(P.Error, "");
  ASSERT_EQ(P.Facts.size(), 1u);
  EXPECT_EQ(P.Facts[0].Kind, FactKind::ResultAdopts);
  ASSERT_EQ(P.Facts[0].Operands.size(), 2u);
  EXPECT_EQ(P.Facts[0].Operands[1].Index, 2);
  EXPECT_EQ(parseFact("result_adopts(0)").Error, "fact 'result_adopts' takes exactly 2 operands");
}

TEST(FactParser, ParsesOwningCopyTemplate) {
  ParsedFact P = parseFact(" owning_copy( {}.clone() ) ");
  ASSERT_EQ(P.Error, "");
  EXPECT_EQ(P.OwningCopy, "{}.clone()");
  EXPECT_EQ(P.Role, TypeRole::None);
  EXPECT_TRUE(P.Facts.empty());
  EXPECT_EQ(parseFact("owning_copy(ns::deep_copy({}))").OwningCopy, "ns::deep_copy({})");
}

TEST(FactParser, OwningCopyNeedsATemplateWithAHole) {
  EXPECT_NE(parseFact("owning_copy").Error.find("expects a template"), std::string::npos);
  EXPECT_NE(parseFact("owning_copy(x.clone())").Error.find("must contain '{}'"), std::string::npos);
}

TEST(FactParser, PrintedFactsParseBack) {
  // Every fact of the table, with operands of each kind its arity allows.
  for (int K = static_cast<int>(FactKind::Close); K <= static_cast<int>(FactKind::EndsElements);
       ++K) {
    std::string Name = spelling(static_cast<FactKind>(K));
    bool Parsed = false;
    for (const std::string &Operands : {std::string(), std::string("(this)"), std::string("(3)"),
                                        std::string("(0, this)"), std::string("(1,2,10)")}) {
      ParsedFact P = parseFact(Name + Operands);
      if (!P.Error.empty())
        continue;
      Parsed = true;
      ASSERT_EQ(P.Facts.size(), 1u);
      std::string Printed = printFact(P.Facts[0]);
      ParsedFact Again = parseFact(Printed);
      ASSERT_EQ(Again.Error, "") << Printed;
      ASSERT_EQ(Again.Facts.size(), 1u);
      EXPECT_EQ(Again.Facts[0].Kind, P.Facts[0].Kind) << Printed;
      EXPECT_EQ(Again.Facts[0].Operands, P.Facts[0].Operands) << Printed;
      EXPECT_EQ(printFact(Again.Facts[0]), Printed);
    }
    EXPECT_TRUE(Parsed) << Name;
  }
  EXPECT_EQ(printFact(parseFact(" result_depends( 0 , this ) ").Facts.at(0)),
            "result_depends(0,this)");
  EXPECT_EQ(printFact(parseFact("result_in_scope").Facts.at(0)), "result_in_scope");
}
