#include "manifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class JsonManifestReader {
public:
    JsonManifestReader(const QString &path, Problems *problems) : m_problems(problems)
    {
        m_manifest.path = path;
    }

    Manifest read()
    {
        QFile file(m_manifest.path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem({}, QStringLiteral("cannot open the manifest (%1); check the path.")
                            .arg(file.errorString()));
            return m_manifest;
        }
        const QByteArray data = file.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            problem(lineColumn(data, error.offset),
                    QStringLiteral("this is not valid JSON (%1); fix the text at this place.")
                        .arg(error.errorString()));
            return m_manifest;
        }
        if (!doc.isObject()) {
            problem({}, QStringLiteral("the manifest must be a JSON object with \"countries\", "
                                       "\"themes\" and \"items\" arrays."));
            return m_manifest;
        }
        const QJsonObject root = doc.object();
        for (const QJsonValue &lang : root.value(QStringLiteral("reviewed")).toArray())
            m_manifest.reviewed.append(lang.toString());
        readArray(root, QStringLiteral("countries"),
                  [this](const QJsonObject &o, const QString &at) { readCountry(o, at); });
        readArray(root, QStringLiteral("themes"),
                  [this](const QJsonObject &o, const QString &at) { readTheme(o, at); });
        readArray(root, QStringLiteral("items"),
                  [this](const QJsonObject &o, const QString &at) { readItem(o, at); });
        return m_manifest;
    }

private:
    static QString lineColumn(const QByteArray &data, int offset)
    {
        const QByteArray before = data.left(offset);
        const int line = before.count('\n') + 1;
        const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return QStringLiteral("%1:%2").arg(line).arg(column);
    }

    void problem(const QString &where, const QString &message)
    {
        m_problems->append({m_manifest.path, where, message});
    }

    template <typename Fn>
    void readArray(const QJsonObject &root, const QString &key, Fn readOne)
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(key, QStringLiteral("\"%1\" must be an array.").arg(key));
            return;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!array.at(i).isObject()) {
                problem(at, QStringLiteral("each entry of \"%1\" must be an object.").arg(key));
                continue;
            }
            readOne(array.at(i).toObject(), at);
        }
    }

    QString string(const QJsonObject &o, const QString &at, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(at + QLatin1Char('.') + key,
                        QStringLiteral("\"%1\" is required; add it.").arg(key));
            return {};
        }
        if (!v.isString()) {
            problem(at + QLatin1Char('.') + key, QStringLiteral("\"%1\" must be text.").arg(key));
            return {};
        }
        return v.toString();
    }

    int integer(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return 0;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            problem(at + QLatin1Char('.') + key,
                    QStringLiteral("\"%1\" must be a whole number.").arg(key));
            return 0;
        }
        return v.toInt();
    }

    void readTexts(const QJsonObject &o, const QString &at, const QStringList &fields, Texts *texts)
    {
        for (const QString &field : fields) {
            const QJsonValue v = o.value(field);
            if (v.isUndefined())
                continue;
            const QString fieldAt = at + QLatin1Char('.') + field;
            if (!v.isObject()) {
                problem(fieldAt,
                        QStringLiteral("\"%1\" must be an object of language codes to "
                                       "texts, for example {\"en\": \"…\", \"ko\": \"…\"}.")
                            .arg(field));
                continue;
            }
            const QJsonObject perLanguage = v.toObject();
            for (auto it = perLanguage.begin(); it != perLanguage.end(); ++it) {
                if (!it.value().isString()) {
                    problem(fieldAt + QLatin1Char('.') + it.key(),
                            QStringLiteral("a text must be a string."));
                    continue;
                }
                (*texts)[field][it.key()] = it.value().toString();
            }
        }
    }

    void readCountry(const QJsonObject &o, const QString &at)
    {
        ManifestCountry c;
        c.where = at;
        c.code = string(o, at, QStringLiteral("code"), true);
        c.order = integer(o, at, QStringLiteral("order"));
        c.nativeName = string(o, at, QStringLiteral("native_name"), true);
        c.joined = string(o, at, QStringLiteral("joined"), true);
        c.accent = string(o, at, QStringLiteral("accent"), true);
        c.flag = string(o, at, QStringLiteral("flag"), false);
        readTexts(o, at,
                  {QStringLiteral("name"), QStringLiteral("capital"), QStringLiteral("languages"),
                   QStringLiteral("description")},
                  &c.texts);
        m_manifest.countries.append(c);
    }

    void readTheme(const QJsonObject &o, const QString &at)
    {
        ManifestTheme t;
        t.where = at;
        t.id = string(o, at, QStringLiteral("id"), true);
        t.order = integer(o, at, QStringLiteral("order"));
        t.accent = string(o, at, QStringLiteral("accent"), true);
        readTexts(o, at, {QStringLiteral("name"), QStringLiteral("description")}, &t.texts);
        m_manifest.themes.append(t);
    }

    void readItem(const QJsonObject &o, const QString &at)
    {
        ManifestItem item;
        item.where = at;
        item.id = string(o, at, QStringLiteral("id"), true);
        item.kind = string(o, at, QStringLiteral("kind"), true);
        item.file = string(o, at, QStringLiteral("file"), true);
        item.poster = string(o, at, QStringLiteral("poster"), false);
        item.country = string(o, at, QStringLiteral("country"), true);
        item.date = string(o, at, QStringLiteral("date"), false);
        item.licence = string(o, at, QStringLiteral("licence"), true);
        item.order = integer(o, at, QStringLiteral("order"));
        const QJsonValue featured = o.value(QStringLiteral("featured"));
        if (!featured.isUndefined() && !featured.isBool())
            problem(at + QStringLiteral(".featured"),
                    QStringLiteral("\"featured\" must be true or false."));
        item.featured = featured.toBool();
        const QJsonValue themes = o.value(QStringLiteral("themes"));
        if (!themes.isUndefined() && !themes.isArray())
            problem(at + QStringLiteral(".themes"),
                    QStringLiteral("\"themes\" must be an array of theme ids."));
        for (const QJsonValue &t : themes.toArray())
            item.themes.append(t.toString());
        readTexts(o, at,
                  {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("place"),
                   QStringLiteral("credit")},
                  &item.texts);
        m_manifest.items.append(item);
    }

    Manifest m_manifest;
    Problems *m_problems;
};

}  // namespace

namespace ManifestReader {

Manifest readJson(const QString &path, Problems *problems)
{
    return JsonManifestReader(path, problems).read();
}

}  // namespace ManifestReader
