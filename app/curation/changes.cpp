#include "changes.h"

#include "languages.h"

namespace {

QString languageOf(const QString &column)
{
    return column.mid(column.lastIndexOf(QLatin1Char('_')) + 1);
}

// Counts each text of `before` and `after` (the texts of one entry, either possibly absent)
// per language; returns how many differ.
int compareTexts(const QMap<QString, QString> &before, const QMap<QString, QString> &after,
                 QMap<QString, CatalogueChanges::Texts> *languages)
{
    int differ = 0;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd())
            ++(*languages)[languageOf(it.key())].added;
        else if (*old != *it)
            ++(*languages)[languageOf(it.key())].changed;
        else
            continue;
        ++differ;
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key())) {
            ++(*languages)[languageOf(it.key())].removed;
            ++differ;
        }
    }
    return differ;
}

CatalogueChanges::Kind compare(const QMap<QString, CatalogueEntry> &before,
                               const QMap<QString, CatalogueEntry> &after,
                               QMap<QString, CatalogueChanges::Texts> *languages)
{
    CatalogueChanges::Kind kind;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd()) {
            kind.added.append(it.key());
            compareTexts({}, it->texts, languages);
        } else if (*old != *it) {
            kind.changed.append(it.key());
            kind.texts += compareTexts(old->texts, it->texts, languages);
        }
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key())) {
            kind.removed.append(it.key());
            compareTexts(it->texts, {}, languages);
        }
    }
    return kind;
}

// "1 new item" or "5 new items": English plurals of the words used here.
QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString kindLine(const CatalogueChanges::Kind &kind, const QString &one, const QString &many)
{
    QString changed = QStringLiteral("%1 changed").arg(kind.changed.size());
    if (kind.texts > 0)
        changed += QStringLiteral(" (%1)").arg(
            counted(kind.texts, QStringLiteral("text"), QStringLiteral("texts")));
    return QStringLiteral("%1, %2, %3 removed")
        .arg(
            counted(kind.added.size(), QStringLiteral("new ") + one, QStringLiteral("new ") + many),
            changed)
        .arg(kind.removed.size());
}

}  // namespace

CatalogueChanges CatalogueChanges::between(const CatalogueEntries &before,
                                           const CatalogueEntries &after)
{
    CatalogueChanges changes;
    changes.countries = compare(before.countries, after.countries, &changes.languages);
    changes.themes = compare(before.themes, after.themes, &changes.languages);
    changes.items = compare(before.items, after.items, &changes.languages);
    return changes;
}

QStringList CatalogueChanges::lines(bool perLanguage) const
{
    QStringList lines;
    if (!items.isEmpty())
        lines.append(kindLine(items, QStringLiteral("item"), QStringLiteral("items")));
    if (!themes.isEmpty())
        lines.append(kindLine(themes, QStringLiteral("theme"), QStringLiteral("themes")));
    if (!countries.isEmpty())
        lines.append(
            kindLine(countries, QStringLiteral("member state"), QStringLiteral("member states")));
    if (!perLanguage)
        return lines;
    QStringList each;
    for (const QString &language : Languages::all()) {
        const Texts texts = languages.value(language);
        QStringList counts;
        if (texts.added)
            counts.append(QStringLiteral("%1 new").arg(texts.added));
        if (texts.changed)
            counts.append(QStringLiteral("%1 changed").arg(texts.changed));
        if (texts.removed)
            counts.append(QStringLiteral("%1 removed").arg(texts.removed));
        if (!counts.isEmpty())
            each.append(language + QLatin1Char(' ') + counts.join(QStringLiteral(", ")));
    }
    if (!each.isEmpty())
        lines.append(QStringLiteral("texts: ") + each.join(QStringLiteral("; ")));
    return lines;
}
