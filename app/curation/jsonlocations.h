#pragma once
// Where each value of a JSON document starts, by its path (countries[2].name.ko), so a problem
// found after QJsonDocument parsed the file (which keeps no positions) can still name the line
// and column. Tolerant: on text that is not JSON it returns what it found before the fault.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace JsonLocations {

// Path -> byte offset of the value. The root is "", members are parent.key (key alone at the
// top), array elements parent[i].
QHash<QString, qsizetype> index(const QByteArray &json);

}  // namespace JsonLocations
