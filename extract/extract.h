// The extract stage: articles in, events out.
//
// This header is the stage's public contract. Today it offers the CAMEO
// codebook; the syntax layer, dictionaries and the event coder join it as
// they land (see docs/ and the issues).
#ifndef DIPGRAPH_EXTRACT_EXTRACT_H_
#define DIPGRAPH_EXTRACT_EXTRACT_H_

#include "extract/dict/codebook.h"

#endif  // DIPGRAPH_EXTRACT_EXTRACT_H_
