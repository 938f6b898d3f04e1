// The edge between dipgraph's C++ types and Python objects: JSON values to
// and from Python values, events as the dicts of the event record, and
// Status as Python exceptions. Every function here that touches a Python
// object must be called with the GIL held.
#ifndef DIPGRAPH_PYTHON_CONVERT_H_
#define DIPGRAPH_PYTHON_CONVERT_H_

#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/event.h"
#include "common/status.h"

namespace dipgraph::python {

namespace py = pybind11;

// A JSON value as Python: objects become dicts (in the JSON's key order),
// arrays lists, numbers int or float, null None.
py::object ToPython(const nlohmann::ordered_json& value);

// A Python value as JSON: dict (str keys), list, tuple, str, bool, int,
// float, None, and anything with __index__ or __float__ (numpy scalars).
// Anything else is an InvalidInput "WHERE: ..." naming the key path.
Result<nlohmann::ordered_json> FromPython(py::handle value,
                                          const std::string& where);

// Events as a list of dicts in the record's shape: the same keys, order and
// values that `dipgraph extract` writes as JSON Lines.
py::list EventsToPython(const std::vector<Event>& events);

// The event of one dict (or of any mapping FromPython reads), checked as a
// line of a JSON Lines file is; errors are "WHERE: message".
Result<Event> EventFromPython(py::handle value, const std::string& where);

// Creates the exception classes on `module` (dipgraph.Error and its
// subclasses, docs/python.md). REQUIRES: called once, at import.
void RegisterExceptions(py::module_& module);

// Raises the Python exception of `status`'s code with its message (the
// message the CLI prints after "dipgraph COMMAND: "). REQUIRES: !ok().
[[noreturn]] void Raise(const Status& status);

// The value of `result`, or Raise(result.status()).
template <typename T>
T ValueOrRaise(Result<T>&& result) {
  if (!result.ok()) Raise(result.status());
  return std::move(*result);
}
inline void RaiseIfError(const Status& status) {
  if (!status.ok()) Raise(status);
}

}  // namespace dipgraph::python

#endif  // DIPGRAPH_PYTHON_CONVERT_H_
