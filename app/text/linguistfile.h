#pragma once
// The messages of one Qt Linguist file (translations/asean_<language>.ts, in the resources at
// :/ts): what the curators' translations report counts and where voice guidance finds an
// interface string's words in another language.

#include <QString>
#include <functional>

namespace LinguistFile {

struct Message {
    QString source;           // the English text in the code
    QString translation;      // empty when not translated; a plural's forms run together
    bool unfinished = false;  // translated, not yet reviewed by a native speaker
};

// Calls `each` for every message of the file at `path`; false when it cannot be read.
bool read(const QString &path, const std::function<void(const Message &)> &each);

}  // namespace LinguistFile
