#pragma once
// What a curator most likely meant: a message that says what would be valid names the nearest
// valid value when there is one ("Festivals" -> festivals, "Daily life" -> daily-life,
// "fod" -> food), and the valid values themselves.

#include <QString>
#include <QStringList>

namespace Suggestion {

// The value of `known` closest to `written`: the same apart from capitals, spaces or
// underscores for dashes, or within two letters' difference (one for short words). Empty when
// none is that close.
QString nearest(const QString &written, const QStringList &known);

// "food, festivals, dress": sorted, at most twelve, then "…".
QString list(QStringList known);

}  // namespace Suggestion
