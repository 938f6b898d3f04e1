#include "python/convert.h"

#include <Python.h>

#include <array>
#include <string_view>

namespace dipgraph::python {
namespace {

using json = nlohmann::ordered_json;

py::object Str(std::string_view s) {
  PyObject* o = PyUnicode_DecodeUTF8(
      s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(o);
}

py::object Steal(PyObject* o) {
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(o);
}

// A key path for messages: "source.id", "action", "content[2]".
std::string Join(const std::string& where, const std::string& key) {
  return where.empty() ? key : where + "." + key;
}

std::string TypeName(py::handle value) { return Py_TYPE(value.ptr())->tp_name; }

}  // namespace

py::object ToPython(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
      return py::none();
    case json::value_t::boolean:
      return py::bool_(value.get<bool>());
    case json::value_t::number_integer:
      return Steal(PyLong_FromLongLong(value.get<int64_t>()));
    case json::value_t::number_unsigned:
      return Steal(PyLong_FromUnsignedLongLong(value.get<uint64_t>()));
    case json::value_t::number_float:
      return Steal(PyFloat_FromDouble(value.get<double>()));
    case json::value_t::string:
      return Str(value.get_ref<const std::string&>());
    case json::value_t::binary:
      return py::none();
    case json::value_t::array: {
      py::list list(value.size());
      size_t i = 0;
      for (const json& item : value) {
        py::object o = ToPython(item);
        PyList_SET_ITEM(list.ptr(), static_cast<Py_ssize_t>(i++),
                        o.release().ptr());
      }
      return list;
    }
    case json::value_t::object: {
      py::dict dict;
      for (const auto& [key, item] : value.items()) {
        py::object k = Str(key), v = ToPython(item);
        if (PyDict_SetItem(dict.ptr(), k.ptr(), v.ptr()) != 0)
          throw py::error_already_set();
      }
      return dict;
    }
  }
  return py::none();
}

Result<json> FromPython(py::handle value, const std::string& where) {
  PyObject* o = value.ptr();
  if (o == Py_None) return json(nullptr);
  if (PyBool_Check(o)) return json(o == Py_True);
  if (PyUnicode_Check(o)) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(o, &size);
    if (!data) {
      PyErr_Clear();
      return InvalidInput(where + ": a string that is not valid UTF-8");
    }
    return json(std::string(data, static_cast<size_t>(size)));
  }
  if (PyLong_Check(o) || (!PyFloat_Check(o) && PyIndex_Check(o))) {
    int overflow = 0;
    py::object index = Steal(PyNumber_Index(o));
    long long v = PyLong_AsLongLongAndOverflow(index.ptr(), &overflow);
    if (overflow != 0) return InvalidInput(where + ": integer out of range");
    return json(static_cast<int64_t>(v));
  }
  if (PyFloat_Check(o)) return json(PyFloat_AS_DOUBLE(o));
  if (PyDict_Check(o)) {
    json out = json::object();
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(o, &pos, &k, &v)) {
      if (!PyUnicode_Check(k))
        return InvalidInput(where + ": a key of type " +
                            TypeName(py::handle(k)) + " (keys are strings)");
      std::string key = py::handle(k).cast<std::string>();
      ASSIGN_OR_RETURN(json item, FromPython(py::handle(v), Join(where, key)));
      out[key] = std::move(item);
    }
    return out;
  }
  if (PyList_Check(o) || PyTuple_Check(o)) {
    json out = json::array();
    py::sequence seq = py::reinterpret_borrow<py::sequence>(value);
    for (size_t i = 0; i < seq.size(); ++i) {
      ASSIGN_OR_RETURN(
          json item, FromPython(seq[i], where + "[" + std::to_string(i) + "]"));
      out.push_back(std::move(item));
    }
    return out;
  }
  if (PyNumber_Check(o) && py::hasattr(value, "__float__"))
    return json(PyFloat_AsDouble(o));
  return InvalidInput(where + ": a value of type " + TypeName(value) +
                      " (expected a dict, list, str, int, float, bool or "
                      "None)");
}

namespace {

// The record's keys as interned Python strings, made once: every event dict
// shares them (as json.loads's dicts share theirs).
enum Key {
  kId,
  kDoc,
  kTitle,
  kSource,
  kDate,
  kSentence,
  kIndex,
  kText,
  kStart,
  kEnd,
  kTarget,
  kAction,
  kLemma,
  kCameo,
  kRoot,
  kLabel,
  kQuadClass,
  kGoldstein,
  kPlover,
  kPattern,
  kContent,
  kAttribution,
  kQuote,
  kNegated,
  kModality,
  kConfidence,
  kMentions,
  kParent,
  kSymmetric,
  kName,
  kCountry,
  kRole,
  kType,
  kUnlisted,
  kKeyCount
};
constexpr const char* kKeyNames[kKeyCount] = {
    "id",         "doc",         "title",     "source",    "date",
    "sentence",   "index",       "text",      "start",     "end",
    "target",     "action",      "lemma",     "cameo",     "root",
    "label",      "quad_class",  "goldstein", "plover",    "pattern",
    "content",    "attribution", "quote",     "negated",   "modality",
    "confidence", "mentions",    "parent",    "symmetric", "name",
    "country",    "role",        "type",      "unlisted"};

PyObject* KeyObject(Key k) {
  static PyObject** keys = [] {
    static PyObject* made[kKeyCount];
    for (int i = 0; i < kKeyCount; ++i)
      made[i] = PyUnicode_InternFromString(kKeyNames[i]);  // kept for ever
    return made;
  }();
  return keys[k];
}

// dict[key] = value, taking the reference of `value`.
void Put(PyObject* dict, Key key, PyObject* value) {
  if (!value) throw py::error_already_set();
  int rc = PyDict_SetItem(dict, KeyObject(key), value);
  Py_DECREF(value);
  if (rc != 0) throw py::error_already_set();
}
PyObject* Text(std::string_view s) {
  return PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()),
                              "replace");
}
PyObject* NewRef(PyObject* o) {
  Py_INCREF(o);
  return o;
}
PyObject* Bool(bool b) { return NewRef(b ? Py_True : Py_False); }

PyObject* NewDict() {
  PyObject* d = PyDict_New();
  if (!d) throw py::error_already_set();
  return d;
}

PyObject* ActorDict(const Actor& a) {
  PyObject* d = NewDict();
  Put(d, kText, Text(a.text));
  Put(d, kId, Text(a.id));
  Put(d, kName, Text(a.name));
  Put(d, kCountry, Text(a.country));
  Put(d, kRole, Text(a.role));
  Put(d, kType, Text(a.type));
  if (a.unlisted) Put(d, kUnlisted, Bool(true));
  return d;
}

// The dict of `e`: the keys, order and values of EventToJsonValue
// (common/event.cc), without building the JSON value. The tests compare
// both forms.
PyObject* EventDict(const Event& e) {
  PyObject* d = NewDict();
  py::object owner = py::reinterpret_steal<py::object>(d);  // on a throw
  Put(d, kId, Text(e.id));
  PyObject* doc = NewDict();
  Put(d, kDoc, doc);  // the dict holds it from here
  Put(doc, kId, Text(e.doc.id));
  Put(doc, kTitle, Text(e.doc.title));
  Put(doc, kSource, Text(e.doc.source));
  Put(doc, kDate, Text(e.doc.date));
  PyObject* sentence = NewDict();
  Put(d, kSentence, sentence);
  Put(sentence, kIndex, PyLong_FromLongLong(e.sentence.index));
  Put(sentence, kText, Text(e.sentence.text));
  Put(sentence, kStart, PyLong_FromLongLong(e.sentence.start));
  Put(sentence, kEnd, PyLong_FromLongLong(e.sentence.end));
  Put(d, kDate, Text(e.date));
  Put(d, kSource, ActorDict(e.source));
  Put(d, kTarget, e.target ? ActorDict(*e.target) : NewRef(Py_None));
  PyObject* action = NewDict();
  Put(d, kAction, action);
  const Action& a = e.action;
  Put(action, kText, Text(a.text));
  Put(action, kLemma, Text(a.lemma));
  Put(action, kCameo, Text(a.cameo));
  Put(action, kRoot, Text(a.root));
  Put(action, kLabel, Text(a.label));
  Put(action, kQuadClass, PyLong_FromLong(a.quad_class));
  Put(action, kGoldstein, PyFloat_FromDouble(a.goldstein));
  Put(action, kPlover, Text(a.plover));
  Put(action, kPattern, Text(a.pattern));
  Put(d, kContent, Text(e.content));
  Put(d, kAttribution, Text(e.attribution));
  Put(d, kQuote, Bool(e.quote));
  Put(d, kNegated, Bool(e.negated));
  Put(d, kModality, Text(e.modality));
  Put(d, kConfidence, PyFloat_FromDouble(e.confidence));
  Put(d, kMentions, PyLong_FromLongLong(e.mentions));
  Put(d, kParent, Text(e.parent));
  Put(d, kSymmetric, Bool(e.symmetric));
  for (const auto& [key, value] : e.extra.items()) {
    py::object k = Str(key), v = ToPython(value);
    if (PyDict_SetItem(d, k.ptr(), v.ptr()) != 0) throw py::error_already_set();
  }
  return owner.release().ptr();
}

}  // namespace

py::list EventsToPython(const std::vector<Event>& events) {
  py::list list(events.size());
  for (size_t i = 0; i < events.size(); ++i)
    PyList_SET_ITEM(list.ptr(), static_cast<Py_ssize_t>(i),
                    EventDict(events[i]));
  return list;
}

Result<Event> EventFromPython(py::handle value, const std::string& where) {
  if (!PyDict_Check(value.ptr()))
    return InvalidInput(where + ": expected a dict (an event), not " +
                        TypeName(value));
  Result<json> j = FromPython(value, "");
  if (!j.ok()) return j.status().Annotate(where);
  Result<Event> event = EventFromJsonValue(*j);
  if (!event.ok()) return event.status().Annotate(where);
  return event;
}

// ---------------------------------------------------------------------------
// Exceptions: one class per StatusCode, all under dipgraph.Error, each also
// under the builtin exception a Python user would catch for it.

namespace {

struct ExceptionClass {
  StatusCode code;
  const char* name;
  PyObject* builtin;  // the second base
  const char* doc;
};

PyObject* error_base = nullptr;
std::array<PyObject*, 7> classes{};  // by StatusCode

}  // namespace

void RegisterExceptions(py::module_& module) {
  error_base = PyErr_NewExceptionWithDoc(
      "dipgraph.Error",
      "Every error dipgraph raises; str(e) is the message the command line "
      "prints (\"file:line: ...\" when input is at fault).",
      nullptr, nullptr);
  if (!error_base) throw py::error_already_set();
  module.attr("Error") = py::handle(error_base);
  const ExceptionClass table[] = {
      {StatusCode::kInvalidInput, "InputError", PyExc_ValueError,
       "Input data is wrong: a malformed event, article or file "
       "(\"file:line: message\")."},
      {StatusCode::kUsage, "UsageError", PyExc_ValueError,
       "An argument is wrong (an unknown level, a bad date)."},
      {StatusCode::kNotFound, "NotFoundError", PyExc_FileNotFoundError,
       "A named file or thing does not exist."},
      {StatusCode::kIoError, "IoError", PyExc_OSError,
       "Reading or writing failed."},
      {StatusCode::kNoResult, "NoResultError", PyExc_LookupError,
       "The work ran but found nothing."},
      {StatusCode::kInternal, "InternalError", PyExc_RuntimeError,
       "A bug in dipgraph: please report it."},
  };
  for (const ExceptionClass& c : table) {
    py::tuple bases =
        py::make_tuple(py::handle(error_base), py::handle(c.builtin));
    std::string qualified = std::string("dipgraph.") + c.name;
    PyObject* cls = PyErr_NewExceptionWithDoc(qualified.c_str(), c.doc,
                                              bases.ptr(), nullptr);
    if (!cls) throw py::error_already_set();
    classes[static_cast<size_t>(c.code)] = cls;
    module.attr(c.name) = py::handle(cls);
  }
}

void Raise(const Status& status) {
  PyObject* cls = classes[static_cast<size_t>(status.code())];
  if (!cls) cls = error_base;
  PyErr_SetString(cls, status.message().c_str());
  throw py::error_already_set();
}

}  // namespace dipgraph::python
