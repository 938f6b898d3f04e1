#include "extract/dict/pattern.h"

#include <gtest/gtest.h>

namespace dipgraph::dict {
namespace {

Pattern P(std::string_view text) {
  Result<Pattern> p = CompilePattern(text);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? *p : Pattern();
}

TEST(Pattern, TargetAndInfinitive) {
  Pattern p = P("urge $T to $C");
  EXPECT_EQ(p.head, "urge");
  EXPECT_TRUE(p.has_target);
  EXPECT_EQ(p.target_prep, "");
  EXPECT_EQ(p.content, Pattern::kInfinitive);
  EXPECT_EQ(p.content_prep, "to");
}

TEST(Pattern, ObjectNounAndPreposition) {
  Pattern p = P("impose sanction on $T");
  EXPECT_EQ(p.head, "impose");
  EXPECT_EQ(p.object, "sanction");
  EXPECT_EQ(p.particle, "");
  EXPECT_EQ(p.target_prep, "on");
  EXPECT_EQ(p.content, Pattern::kNoContent);
}

TEST(Pattern, ParticleAndPreposition) {
  Pattern p = P("pull out of $T");
  EXPECT_EQ(p.particle, "out");
  EXPECT_EQ(p.object, "");
  EXPECT_EQ(p.target_prep, "of");
  Pattern up = P("step up");
  EXPECT_EQ(up.particle, "up");
  EXPECT_FALSE(up.has_target);
}

// "point out $C" was read as "point" with content after the preposition
// "out", so "pointed a gun their way" and "pointed to the predictions"
// were statements and "pointed out that …" was not.
TEST(Pattern, ParticleBeforeContent) {
  Pattern p = P("point out $C");
  EXPECT_EQ(p.particle, "out");
  EXPECT_EQ(p.content, Pattern::kClause);
  EXPECT_EQ(p.content_prep, "");
  Pattern insist = P("insist on $C");
  EXPECT_EQ(insist.particle, "");
  EXPECT_EQ(insist.content_prep, "on");
}

TEST(Pattern, ContentKinds) {
  EXPECT_EQ(P("say $C").content, Pattern::kClause);
  Pattern tell = P("tell $T $C");
  EXPECT_TRUE(tell.has_target);
  EXPECT_EQ(tell.content, Pattern::kClause);
  Pattern accuse = P("accuse $T of $C");
  EXPECT_EQ(accuse.content, Pattern::kPrepClause);
  EXPECT_EQ(accuse.content_prep, "of");
  EXPECT_EQ(P("call for $C").content_prep, "for");
  Pattern call = P("call on $T to $C");
  EXPECT_EQ(call.target_prep, "on");
  EXPECT_EQ(call.particle, "");
}

TEST(Pattern, LongerShapesKeepTheirSteps) {
  Pattern p = P("call for withdrawal of $T");
  EXPECT_EQ(p.object, "");
  EXPECT_EQ(p.target_prep, "of");
  using S = Pattern::Step;
  EXPECT_EQ(p.steps, (std::vector<S>{{S::kPrep, "for"},
                                     {S::kWord, "withdrawal"},
                                     {S::kPrep, "of"},
                                     {S::kTarget, "$T"}}));
  Pattern urge = P("urge $T to release $C");
  EXPECT_EQ(urge.content, Pattern::kInfinitive);
  Pattern agree = P("agree to cooperate with $T");
  EXPECT_EQ(agree.target_prep, "with");
  EXPECT_EQ(agree.steps.size(), 4u);
  EXPECT_EQ(P("extend olive branch").object, "olive branch");
  EXPECT_EQ(P("call for reform").steps.size(), 2u);
}

TEST(Pattern, Errors) {
  EXPECT_FALSE(CompilePattern("").ok());
  EXPECT_FALSE(CompilePattern("Meet $T").ok());
  EXPECT_FALSE(CompilePattern("meet $X").ok());
  EXPECT_FALSE(CompilePattern("meet $T $T").ok());
  EXPECT_FALSE(CompilePattern("say $C to $T").ok());
  EXPECT_FALSE(CompilePattern("say $C now").ok());
  EXPECT_NE(CompilePattern("meet $X").status().message().find("bad pattern"),
            std::string::npos);
}

}  // namespace
}  // namespace dipgraph::dict
