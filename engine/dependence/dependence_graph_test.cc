#include "engine/dependence/dependence_graph.h"

#include "gtest/gtest.h"

namespace accord {
namespace dependence {
namespace {

TEST(DependenceGraphTest, IndependentSupport) {
  SourceDependence ab{"a", "b"};
  ab.dependent = true;
  SourceDependence bc{"b", "c"};
  bc.dependent = true;
  SourceDependence de{"d", "e"};  // scored but not dependent
  DependenceGraph g = DependenceGraph::FromPairs({ab, bc, de});
  struct Case {
    std::vector<std::string> ids;
    int want;
  } cases[] = {
      {{}, 0},
      {{"a"}, 1},
      {{"a", "b", "c"}, 1},
      {{"a", "c", "d", "e"}, 3},
      {{"x", "x"}, 1},
  };
  for (const Case& c : cases) EXPECT_EQ(g.IndependentSupport(c.ids), c.want);
  EXPECT_EQ(g.Representative("c"), "a");
  EXPECT_EQ(g.Representative("zz"), "zz");
  EXPECT_EQ(g.Clusters(),
            (std::vector<std::vector<std::string>>{{"a", "b", "c"}}));
}

}  // namespace
}  // namespace dependence
}  // namespace accord
