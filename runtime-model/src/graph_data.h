// The nodes of a Graph, shared by the Graph handle and its sessions.
#ifndef TLRT_SRC_GRAPH_DATA_H
#define TLRT_SRC_GRAPH_DATA_H

#include "tlrt/graph.h"

#include <cstddef>
#include <vector>

namespace tlrt::detail {

struct GraphData {
  enum class Op { Constant, Add, Mul };
  struct NodeDef {
    Op Kind;
    std::vector<float> Values; // Constant only.
    std::size_t A = 0, B = 0;  // Operand indices of Add and Mul.
    std::size_t Size = 0;
  };

  /// Throws std::invalid_argument unless `n` is a node of this graph.
  std::size_t index(Node n) const;
  Node add_node(NodeDef def);
  std::vector<float> evaluate(std::size_t index) const;

  int Id;
  std::vector<NodeDef> Nodes;
};

} // namespace tlrt::detail

#endif // TLRT_SRC_GRAPH_DATA_H
