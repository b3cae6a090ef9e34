#include "tlrt/graph.h"

#include "graph_data.h"

#include <atomic>
#include <stdexcept>
#include <string>

namespace tlrt {

namespace detail {

std::size_t GraphData::index(Node n) const {
  if (n.GraphId != Id || n.Index >= Nodes.size())
    throw std::invalid_argument("node does not belong to this graph");
  return n.Index;
}

Node GraphData::add_node(NodeDef def) {
  Nodes.push_back(std::move(def));
  return Node(Id, Nodes.size() - 1);
}

std::vector<float> GraphData::evaluate(std::size_t index) const {
  const NodeDef &N = Nodes[index];
  if (N.Kind == Op::Constant)
    return N.Values;
  std::vector<float> Out = evaluate(N.A);
  const std::vector<float> B = evaluate(N.B);
  for (std::size_t I = 0; I < Out.size(); ++I)
    Out[I] = N.Kind == Op::Add ? Out[I] + B[I] : Out[I] * B[I];
  return Out;
}

} // namespace detail

// Graph ids only tell graphs apart; they are not shown to users.
static int next_graph_id() {
  static std::atomic<int> Last{0};
  return ++Last;
}

Graph::Graph()
    : Data(std::make_shared<detail::GraphData>(
          detail::GraphData{next_graph_id(), {}})) {}

Node Graph::constant(std::vector<float> values) {
  std::size_t Size = values.size();
  return Data->add_node(
      {detail::GraphData::Op::Constant, std::move(values), 0, 0, Size});
}

Node Graph::constant(std::initializer_list<float> values) {
  return constant(std::vector<float>(values));
}

static Node binary(detail::GraphData &g, detail::GraphData::Op op,
                   const char *name, Node a, Node b) {
  std::size_t A = g.index(a), B = g.index(b);
  if (g.Nodes[A].Size != g.Nodes[B].Size)
    throw std::invalid_argument(std::string(name) + ": size mismatch (" +
                                std::to_string(g.Nodes[A].Size) + " vs " +
                                std::to_string(g.Nodes[B].Size) + ")");
  return g.add_node({op, {}, A, B, g.Nodes[A].Size});
}

Node Graph::add(Node a, Node b) {
  return binary(*Data, detail::GraphData::Op::Add, "Graph::add", a, b);
}

Node Graph::mul(Node a, Node b) {
  return binary(*Data, detail::GraphData::Op::Mul, "Graph::mul", a, b);
}

} // namespace tlrt
