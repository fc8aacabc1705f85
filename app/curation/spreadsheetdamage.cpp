#include "spreadsheetdamage.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace {

struct Script {
    QChar::Script script;
    const char *name;
};

// Languages whose texts are in a script of their own; the others are written in Latin
// letters, where a lost script shows only as question marks.
const QHash<QString, Script> &scripts()
{
    static const QHash<QString, Script> map = {
        {QStringLiteral("ko"), {QChar::Script_Hangul, "Korean"}},
        {QStringLiteral("th"), {QChar::Script_Thai, "Thai"}},
        {QStringLiteral("km"), {QChar::Script_Khmer, "Khmer"}},
        {QStringLiteral("lo"), {QChar::Script_Lao, "Lao"}},
        {QStringLiteral("my"), {QChar::Script_Myanmar, "Burmese"}},
    };
    return map;
}

QString shown(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

}  // namespace

namespace SpreadsheetDamage {

QString lostScript(const QString &text, const QString &language)
{
    static const QString cause = QStringLiteral(
        "a sheet saved as \"CSV\" instead of \"CSV UTF-8\" turns letters into "
        "question marks; save it again as CSV UTF-8 or as a workbook (.xlsx) and "
        "import it again.");
    int marks = 0;
    int visible = 0;
    bool ownScript = false;
    const auto script = scripts().constFind(language);
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c))
            continue;
        ++visible;
        marks += c == U'?' || c == U'\uFFFD';
        ownScript =
            ownScript || (script != scripts().constEnd() && QChar::script(c) == script->script);
    }
    if (visible == 0)
        return {};
    if (marks >= 2 && marks * 2 >= visible)
        return QStringLiteral("\"%1\" is mostly question marks: %2").arg(shown(text), cause);
    if (script != scripts().constEnd() && !ownScript)
        return QStringLiteral("\"%1\" has no %2 letter: it is in the wrong column, or %3")
            .arg(shown(text), QLatin1String(script->name), cause);
    return {};
}

QString excelDate(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2}|\\d{4})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    int year = m.captured(4).toInt();
    if (m.captured(4).size() == 2)
        year += year < 30 ? 2000 : 1900;  // as Excel reads two-digit years
    const int first = m.captured(1).toInt();
    const int second = m.captured(3).toInt();
    QStringList readings;
    for (const QDate &d : {QDate(year, first, second), QDate(year, second, first)})
        if (d.isValid() && !readings.contains(d.toString(Qt::ISODate)))
            readings.append(d.toString(Qt::ISODate));
    if (readings.isEmpty())
        return {};
    std::sort(readings.begin(), readings.end());
    if (readings.size() == 1)
        return QStringLiteral("Excel changed this date; write %1.").arg(readings.first());
    return QStringLiteral("Excel changed this date; write %1 or %2 (which?)")
        .arg(readings.at(0), readings.at(1));
}

}  // namespace SpreadsheetDamage
