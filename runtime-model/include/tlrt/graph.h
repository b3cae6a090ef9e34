// Graph mode: ops are recorded as nodes and evaluated by a Session.
#ifndef TLRT_GRAPH_H
#define TLRT_GRAPH_H

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <vector>

namespace tlrt {

namespace detail {
struct GraphData;
} // namespace detail

/// A symbolic handle to an op of one Graph. A default-constructed Node belongs
/// to no graph: using it throws std::invalid_argument.
class Node {
public:
  Node() = default;

private:
  friend class Graph;
  friend struct detail::GraphData;
  Node(int graph, std::size_t index) : GraphId(graph), Index(index) {}

  int GraphId = 0;
  std::size_t Index = 0;
};

/// A handle, like TF_Graph*: copies share the same graph, and sessions keep it
/// alive, so a Graph may be destroyed before the sessions built from it.
/// Adding two nodes of different sizes or of another graph throws
/// std::invalid_argument.
class Graph {
public:
  Graph();
  // Declared so that a move copies: a moved-from Graph stays usable.
  Graph(const Graph &) = default;
  Graph &operator=(const Graph &) = default;

  Node constant(std::vector<float> values);
  Node constant(std::initializer_list<float> values);
  Node add(Node a, Node b);
  Node mul(Node a, Node b);

private:
  friend class Session;
  std::shared_ptr<detail::GraphData> Data;
};

} // namespace tlrt

#endif // TLRT_GRAPH_H
