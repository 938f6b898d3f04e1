// Reads events from a file with the installed library and counts them.
#include <dipgraph/common/event_io.h>
#include <dipgraph/extract/extract.h>
#include <dipgraph/graph/graph.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  dipgraph::EventStats stats;
  dipgraph::Status s = dipgraph::ReadEvents(argv[1], [&](dipgraph::Event&& e) {
    stats.Add(e);
    return dipgraph::Status::Ok();
  });
  if (!s.ok()) {
    std::cerr << s.message() << "\n";
    return 2;
  }
  auto book = dipgraph::Codebook::LoadDefault();
  std::cout << stats.events() << " events, codebook "
            << (book.ok() ? book->codes().size() : 0) << " codes\n";
  return 0;
}
