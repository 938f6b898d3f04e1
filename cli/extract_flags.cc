#include "cli/extract_flags.h"

#include "cli/commands.h"

namespace dipgraph::cli {

void RegisterExtractFlags(CLI::App* app, ExtractOptions* opt) {
  app->add_option("--model", opt->model,
                  "Syntax model file (default: data/model/en_ewt.dgm)");
  app->add_option("--dict", opt->dict,
                  "Root dictionary file (default: data/dict/dipgraph.dict)");
  AddRanged(app, "--max-sentence-tokens", &opt->max_sentence_tokens,
            "Cut longer sentences into pieces", size_t{10}, size_t{100000});
  app->add_flag("--keep-targetless", opt->keep_targetless,
                "Also emit acts with no target actor (attacks, appeals, "
                "praise, accusations …); statements are always kept");
  app->add_flag("--general-patterns", opt->general_patterns,
                "A verb whose frame fits none of its patterns takes the "
                "lemma's most general one, at lower confidence (the event's "
                "action.pattern says so)");
}

}  // namespace dipgraph::cli
