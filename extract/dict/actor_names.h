// The actor names a network labels its nodes with, from a dictionary: the
// one place that says which entries name an actor (used by the CLI's
// network commands and the Python module alike).
#ifndef DIPGRAPH_EXTRACT_DICT_ACTOR_NAMES_H_
#define DIPGRAPH_EXTRACT_DICT_ACTOR_NAMES_H_

#include <string>
#include <utility>
#include <vector>

#include "common/status.h"

namespace dipgraph::dict {

// {code, name} of each actor entry of the dictionary at `path` ("": the
// shipped data/dict/dipgraph.dict), in file order. Metonyms, places and
// adjectives are left out: they stand for an actor, they do not name it
// ("Moscow", "Syrian").
//
// The names are cached per dictionary in $DIPGRAPH_CACHE_DIR (default
// $XDG_CACHE_HOME/dipgraph, else ~/.cache/dipgraph; "off": no cache), valid
// while every file the dictionary was read from keeps its contents (checked
// by size and hash on each call), so a cached list is always the one a load
// gives. A cache that cannot be written is left out silently.
Result<std::vector<std::pair<std::string, std::string>>> LoadActorNames(
    const std::string& path);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_ACTOR_NAMES_H_
