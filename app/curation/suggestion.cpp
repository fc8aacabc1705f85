#include "suggestion.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace {

QString folded(const QString &text)
{
    static const QRegularExpression gaps(QStringLiteral("[\\s_]+"));
    return text.trimmed().toLower().replace(gaps, QStringLiteral("-"));
}

// Letters to insert, delete or change to turn one into the other (Levenshtein).
int distance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1,
                                       diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

}  // namespace

namespace Suggestion {

QString nearest(const QString &written, const QStringList &known)
{
    const QString mine = folded(written);
    if (mine.isEmpty() || mine.size() > 64)
        return {};
    QString best;
    int bestDistance = mine.size() <= 4 ? 1 : 2;
    for (const QString &candidate : known) {
        const int d = distance(mine, folded(candidate));
        if (d == 0)
            return candidate;
        if (d <= bestDistance && (best.isEmpty() || d < bestDistance || candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

QString list(QStringList known)
{
    std::sort(known.begin(), known.end());
    const bool more = known.size() > 12;
    return known.mid(0, 12).join(QStringLiteral(", ")) + (more ? QStringLiteral(", …") : QString());
}

}  // namespace Suggestion
