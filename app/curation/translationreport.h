#pragma once
// `asean-catalogue translations`: per language, how much of the interface and of the catalogue
// is translated, how much of it a native speaker has reviewed, and what is missing (so visitors
// see the fallback, chosen language -> English -> Korean, in its place).

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class SqlConnection;

namespace TranslationReport {

struct Share {
    int total = 0;
    int translated = 0;
    int reviewed = 0;
    QStringList missing;  // what falls back, one line each
};

struct Language {
    QString code;
    Share interface;
    Share catalogue;
};

// Interface strings of the Linguist file `tsPath` (English, the source, is complete and
// reviewed by definition; elsewhere type="unfinished" means not reviewed).
Share interfaceShare(const QString &tsPath, const QString &language);
// Catalogue texts in `language` against every text the catalogue has in English, of the
// entries that will be shown: not those whose last day (and not the items whose member
// state's last day) is before `today`.
Share catalogueShare(SqlConnection &catalogue, const QString &language, const QDate &today);

QJsonObject toJson(const QList<Language> &report);
QString toText(const QList<Language> &report);

}  // namespace TranslationReport
