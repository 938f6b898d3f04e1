// Importers: TABARI and PETRARCH dictionaries -> dipgraph's format
// (docs/dictionaries.md), for `dipgraph dict import`.
//
//   ASSIGN_OR_RETURN(std::string out,
//                    ImportDictionary("tabari", "old.actors", text));
//
// Actor files (TABARI .actors, PETRARCH/Phoenix *.actors.txt): a name line
// `UNITED_STATES [USA]`, `+ALIAS` lines, and codes `[CODE]`, `[CODE <DATE]`,
// `[CODE >DATE]`, `[CODE DATE-DATE]` (YYMMDD or YYYYMMDD) on the name line or
// on lines of their own. One undated code gives an `actor` entry; dated codes
// give a `person` with dated roles (an undated code among them is the
// fallback role).
//
// Verb files (TABARI .verbs, PETRARCH2 CAMEO verb dictionary): blocks headed
// `--- WORD [CODE] ---` (PETRARCH) or by a verb line `WORD [CODE]` (TABARI),
// synonym lines `WORD`, `+PHRASAL_VERB {forms}`, and pattern lines
// `- * OF [1121]` where `*` is the verb, `+` the target, `(PREP ...)` a
// prepositional phrase and `{A B}` a compound. Patterns are grouped per code:
// `verb 1121 | accuse of $T`. What cannot be expressed (words before the
// verb, bad codes) is listed as comments at the end, with its file:line.
#ifndef DIPGRAPH_EXTRACT_DICT_IMPORT_H_
#define DIPGRAPH_EXTRACT_DICT_IMPORT_H_

#include <string>
#include <string_view>

#include "common/status.h"

namespace dipgraph::dict {

// `from` is "tabari" or "petrarch"; actors or verbs is told from the text.
Result<std::string> ImportDictionary(std::string_view from,
                                     const std::string& file,
                                     std::string_view text);
Result<std::string> ImportActors(const std::string& file,
                                 std::string_view text);
Result<std::string> ImportVerbs(const std::string& file, std::string_view text);
// True when `text` looks like a verb dictionary.
bool LooksLikeVerbs(std::string_view text);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_IMPORT_H_
