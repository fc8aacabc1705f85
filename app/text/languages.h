#pragma once
// The languages the catalogue can hold and the fallback chain used when a text is missing.

#include <QString>
#include <QStringList>

namespace Languages {

// Every language the catalogue and the interface know, in the hall's default order.
const QStringList &all();

bool isKnown(const QString &code);

// The language's name in itself (한국어, English, ไทย, ...), for the language picker.
QString nativeName(const QString &code);

// The QLocale name that writes the language's dates and numbers: the code itself, or a
// neighbour's where Qt knows no locale for it (Tetum through Timor-Leste's Portuguese).
QString localeName(const QString &code);

// The chosen language, then English, then Korean, without repeats.
QStringList fallbackChain(const QString &code);

}  // namespace Languages
