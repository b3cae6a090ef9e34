// The JSON Schema of API models (docs/model.schema.json) spells the same vocabulary as the
// parser's tables: every role, and every fact with its arity.
#include "core/Fact.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace tensorlife;

namespace {

nlohmann::json schema() {
  std::ifstream In(TENSORLIFE_SOURCE_DIR "/docs/model.schema.json");
  EXPECT_TRUE(In.good());
  return nlohmann::json::parse(In);
}

TEST(VocabularyTest, SchemaRolesAreTheRoleTable) {
  nlohmann::json Roles = schema()["properties"]["types"]["items"]["properties"]["role"]["enum"];
  EXPECT_EQ(Roles.get<std::vector<std::string>>(), roleNames());
}

TEST(VocabularyTest, SchemaFactPatternIsBuiltFromTheFactTable) {
  nlohmann::json Fact = schema()["definitions"]["fact"];
  EXPECT_EQ(Fact["pattern"].get<std::string>(), factSchemaPattern());
  // The description lists every fact by name.
  std::string Description = Fact["description"].get<std::string>();
  std::string Names = factNames();
  for (size_t Start = 0; Start < Names.size();) {
    size_t Comma = Names.find(", ", Start);
    std::string Name = Names.substr(Start, Comma - Start);
    EXPECT_NE(Description.find(Name), std::string::npos) << Name;
    Start = Comma == std::string::npos ? Names.size() : Comma + 2;
  }
}

TEST(VocabularyTest, EveryRoleParsesAsATypeFact) {
  for (const std::string &Name : roleNames()) {
    ParsedFact P = parseFact(Name);
    EXPECT_EQ(P.Error, "") << Name;
    EXPECT_EQ(spelling(P.Role), Name);
  }
}

} // namespace
