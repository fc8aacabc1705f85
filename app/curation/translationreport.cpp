#include "translationreport.h"

#include "languages.h"
#include "linguistfile.h"
#include "schedule.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace TranslationReport {

Share interfaceShare(const QString &tsPath, const QString &language)
{
    Share share;
    LinguistFile::read(tsPath, [&share, &language](const LinguistFile::Message &message) {
        ++share.total;
        if (language == QLatin1String("en") || !message.translation.trimmed().isEmpty()) {
            ++share.translated;
            share.reviewed += language == QLatin1String("en") || !message.unfinished;
        } else {
            share.missing << message.source;
        }
    });
    return share;
}

namespace {

// entity/id of the entries whose days are over, and the items of states whose days are, or
// whose themes' days all are.
QSet<QString> over(SqlConnection &catalogue, const QDate &today)
{
    QSet<QString> gone;
    if (Schema::versionOf(catalogue.db()) < Schema::kSchedules)
        return gone;  // a draft from before schedules shows everything
    QSqlQuery q(catalogue.db());
    q.prepare(QStringLiteral(
        "SELECT 'country', code FROM country WHERE shown_until < :d"
        " UNION ALL SELECT 'theme', id FROM theme WHERE shown_until < :d"
        " UNION ALL SELECT 'item', i.id FROM item i WHERE i.shown_until < :d OR i.country IN"
        "  (SELECT code FROM country WHERE shown_until < :d)"
        // under themes only, all of them over
        "  OR (EXISTS (SELECT 1 FROM item_theme x WHERE x.item = i.id) AND NOT EXISTS"
        "  (SELECT 1 FROM item_theme x JOIN theme t ON t.id = x.theme WHERE x.item = i.id"
        "   AND (t.shown_until IS NULL OR t.shown_until >= :d)))"));
    q.bindValue(QStringLiteral(":d"), Schedules::dayText(today));
    q.exec();
    while (q.next())
        gone.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
    return gone;
}

}  // namespace

Share catalogueShare(SqlConnection &catalogue, const QString &language, const QDate &today)
{
    Share share;
    const QSet<QString> gone = over(catalogue, today);
    QSqlQuery english(catalogue.db());
    // A pronunciation is written for one language's readers, not translated, and never
    // falls back: a language without one is not missing anything.
    english.exec(
        QStringLiteral("SELECT entity, id, field FROM text WHERE lang = 'en' "
                       "AND field <> 'pronunciation' ORDER BY entity, id, field"));
    QSqlQuery own(catalogue.db());
    own.prepare(QStringLiteral("SELECT entity, id, field, status FROM text WHERE lang = ?"));
    own.addBindValue(language);
    own.exec();
    QSet<QString> present, reviewed;
    while (own.next()) {
        const QString key = own.value(0).toString() + QLatin1Char('/') + own.value(1).toString() +
                            QLatin1Char(' ') + own.value(2).toString();
        present.insert(key);
        if (own.value(3).toString() == QLatin1String("reviewed"))
            reviewed.insert(key);
    }
    const QString fallback = Languages::fallbackChain(language).value(1);
    while (english.next()) {
        const QString entry =
            english.value(0).toString() + QLatin1Char('/') + english.value(1).toString();
        if (gone.contains(entry))
            continue;
        const QString key = entry + QLatin1Char(' ') + english.value(2).toString();
        ++share.total;
        if (present.contains(key)) {
            ++share.translated;
            share.reviewed += reviewed.contains(key);
        } else {
            share.missing << key + QStringLiteral(" (shows the ") + fallback +
                                 QStringLiteral(" text)");
        }
    }
    return share;
}

namespace {

QJsonObject shareJson(const Share &share)
{
    return {{QStringLiteral("total"), share.total},
            {QStringLiteral("translated"), share.translated},
            {QStringLiteral("reviewed"), share.reviewed},
            {QStringLiteral("missing"), QJsonArray::fromStringList(share.missing)}};
}

QString percent(int part, int total)
{
    return total ? QString::number(100.0 * part / total, 'f', 0) + QLatin1Char('%')
                 : QStringLiteral("-");
}

}  // namespace

QJsonObject toJson(const QList<Language> &report)
{
    QJsonArray languages;
    for (const Language &l : report)
        languages.append(QJsonObject{{QStringLiteral("code"), l.code},
                                     {QStringLiteral("name"), Languages::nativeName(l.code)},
                                     {QStringLiteral("interface"), shareJson(l.interface)},
                                     {QStringLiteral("catalogue"), shareJson(l.catalogue)}});
    return {{QStringLiteral("languages"), languages}};
}

QString toText(const QList<Language> &report)
{
    QString text = QStringLiteral(
        "language            interface: translated  reviewed   catalogue: translated  reviewed\n");
    for (const Language &l : report)
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(l.code, -4)
                    .arg(Languages::nativeName(l.code), -16)
                    .arg(percent(l.interface.translated, l.interface.total), 20)
                    .arg(percent(l.interface.reviewed, l.interface.total), 9)
                    .arg(percent(l.catalogue.translated, l.catalogue.total), 22)
                    .arg(percent(l.catalogue.reviewed, l.catalogue.total), 9);
    for (const Language &l : report) {
        for (const QString &m : l.interface.missing)
            text += QStringLiteral("%1: interface string not translated: %2\n").arg(l.code, m);
        for (const QString &m : l.catalogue.missing)
            text += QStringLiteral("%1: catalogue text missing: %2\n").arg(l.code, m);
    }
    text += QStringLiteral(
        "Reviewed means a native speaker has checked it: in the Linguist files (finished "
        "messages) and in the manifest's \"reviewed\" languages.\n");
    return text;
}

}  // namespace TranslationReport
