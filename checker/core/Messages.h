// The wording of findings. Kept apart from the analysis so that it reads as one specification.
#ifndef TENSORLIFE_CORE_MESSAGES_H
#define TENSORLIFE_CORE_MESSAGES_H

#include "core/Fact.h"
#include "core/Finding.h"
#include "core/LifetimeState.h"

#include <string>
#include <vector>

namespace tensorlife {

/// An object as the messages name it: its role and its variable name (or source text).
struct NamedObject {
  TypeRole Role;
  std::string Name;
  bool Temporary = false;
  bool ElementOf = false; // an element of the container named
  std::string Noun = {}; // the type's own noun ("interpreter"), "" for its role's name
};

/// Which check reports an end: closing or destroying a session is a close, the rest are releases.
Category categoryOf(DeathKind Kind, TypeRole OwnerRole);

/// "'out' is read after session 'sess' was closed". \p Causes are sorted by location, all of
/// one category, and the first one decides the wording; owners with the same relation are listed.
/// How a use reads in "... is <participle> after ...": run, read, written.
const char *participle(FactKind Verb);

std::string useMessage(const NamedObject &Used, const char *Verb,
                       const std::vector<std::pair<Cause, NamedObject>> &Causes);

/// "returned tensor 't' views buffer 'v', which is destroyed when 'ramp' returns". \p Causes are
/// sorted by location; the first one decides the wording. \p Earlier: they came before the
/// return ("which is destroyed before 'fill' returns").
std::string escapeMessage(const std::string &Subject,
                          const std::vector<std::pair<Cause, NamedObject>> &Causes,
                          const std::string &Function, bool Earlier = false);

/// "buffer 'v' is a local of 'ramp', declared here", at the owner's declaration.
std::string escapeNote(const Cause &C, const NamedObject &Owner, const std::string &Function);

/// "session 'sess' was closed here".
std::string endNote(const Cause &C, const NamedObject &Owner);

} // namespace tensorlife

#endif
