#include "manifest.h"

#include "jsonlocations.h"
#include "textsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class JsonManifestReader {
public:
    JsonManifestReader(const QString &path, Manifest *manifest, Problems *problems)
        : m_path(path), m_manifest(manifest), m_problems(problems)
    {
        m_manifest->files.append(path);
    }

    void read(const QByteArray &data)
    {
        const qsizetype invalid = TextSource::firstInvalidUtf8(data);
        if (invalid >= 0) {
            problemAtOffset(data, invalid,
                            QStringLiteral("this is not UTF-8 text; save the file as UTF-8."));
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            problemAtOffset(data, error.offset,
                            QStringLiteral("this is not valid JSON (%1); fix the text at this "
                                           "place.")
                                .arg(error.errorString()));
            return;
        }
        if (!doc.isObject()) {
            problem({}, QStringLiteral("the manifest must be a JSON object with \"countries\", "
                                       "\"themes\" and \"items\" arrays."));
            return;
        }
        indexLocations(data);
        const QJsonObject root = doc.object();
        for (const QJsonValue &lang : root.value(QStringLiteral("reviewed")).toArray())
            m_manifest->reviewed.append(lang.toString());
        readArray(root, QStringLiteral("countries"),
                  [this](const QJsonObject &o, const QString &at) { readCountry(o, at); });
        readArray(root, QStringLiteral("themes"),
                  [this](const QJsonObject &o, const QString &at) { readTheme(o, at); });
        readArray(root, QStringLiteral("items"),
                  [this](const QJsonObject &o, const QString &at) { readItem(o, at); });
    }

private:
    // Paths are numbered across all files of a manifest (a second file's first item is
    // items[N]); the file's own index is shifted to match.
    void indexLocations(const QByteArray &data)
    {
        const QHash<QString, qsizetype> offsets = JsonLocations::index(data);
        const TextSource::LineIndex lines(data);
        const QList<QPair<QString, qsizetype>> shifts = {
            {QStringLiteral("countries["), m_manifest->numbered.value(QStringLiteral("countries"))},
            {QStringLiteral("themes["), m_manifest->numbered.value(QStringLiteral("themes"))},
            {QStringLiteral("items["), m_manifest->numbered.value(QStringLiteral("items"))},
        };
        for (auto it = offsets.begin(); it != offsets.end(); ++it) {
            QString path = it.key();
            if (path.isEmpty())
                continue;  // the whole file: named without a line
            for (const auto &[prefix, shift] : shifts) {
                if (shift == 0 || !path.startsWith(prefix))
                    continue;
                const qsizetype close = path.indexOf(QLatin1Char(']'));
                const int index = path.mid(prefix.size(), close - prefix.size()).toInt();
                path = prefix + QString::number(index + shift) + path.mid(close);
            }
            const TextSource::Position p = lines.positionOf(it.value());
            m_manifest->locations.insert(path, {m_path, p.line, p.column, false, {}});
        }
    }

    void problemAtOffset(const QByteArray &data, qsizetype offset, const QString &message)
    {
        const TextSource::Position p = TextSource::positionOf(data, offset);
        m_problems->append(
            {m_path, QStringLiteral("%1:%2").arg(p.line).arg(p.column), {}, message});
    }

    void problem(const QString &where, const QString &message)
    {
        Problem p = m_manifest->problemAt(where, message);
        if (p.file != m_path)  // a whole-file problem of this file, not of an earlier one
            p = {m_path, {}, where, message};
        m_problems->append(p);
    }

    template <typename Fn>
    void readArray(const QJsonObject &root, const QString &key, Fn readOne)
    {
        const qsizetype first = m_manifest->numbered.value(key);
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(key, QStringLiteral("\"%1\" must be an array.").arg(key));
            return;
        }
        const QJsonArray array = value.toArray();
        m_manifest->numbered[key] = first + array.size();
        for (int i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(key).arg(first + i);
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

    std::optional<int> integer(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            problem(at + QLatin1Char('.') + key,
                    QStringLiteral("\"%1\" must be a whole number.").arg(key));
            return std::nullopt;
        }
        return v.toInt();
    }

    bool boolean(const QJsonObject &o, const QString &at, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isBool())
            problem(at + QLatin1Char('.') + key,
                    QStringLiteral("\"%1\" must be true or false.").arg(key));
        return v.toBool();
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

    // "reviewed": ["th", "ko"] on an entry: its texts in these languages were reviewed.
    QStringList languages(const QJsonObject &o, const QString &at)
    {
        const QJsonValue v = o.value(QStringLiteral("reviewed"));
        QStringList list;
        if (v.isUndefined())
            return list;
        if (!v.isArray()) {
            problem(at + QStringLiteral(".reviewed"),
                    QStringLiteral("\"reviewed\" must be an array of language codes."));
            return list;
        }
        for (const QJsonValue &lang : v.toArray())
            list.append(lang.toString());
        return list;
    }

    // "from", "until" and "halls" (an array of hall names), as for every kind of entry.
    Schedule schedule(const QJsonObject &o, const QString &at)
    {
        Schedule schedule{string(o, at, QStringLiteral("from"), false),
                          string(o, at, QStringLiteral("until"), false),
                          {}};
        const QJsonValue halls = o.value(QStringLiteral("halls"));
        if (!halls.isUndefined() && !halls.isArray())
            problem(at + QStringLiteral(".halls"),
                    QStringLiteral("\"halls\" must be an array of hall names, for example "
                                   "[\"seoul\", \"jeju\"]."));
        for (const QJsonValue &hall : halls.toArray())
            schedule.halls.append(hall.toString());
        return schedule;
    }

    void readCountry(const QJsonObject &o, const QString &at)
    {
        ManifestCountry c;
        c.where = at;
        // "remove": true takes the entry out of the catalogue; it needs its code alone.
        c.remove = boolean(o, at, QStringLiteral("remove"));
        c.code = string(o, at, QStringLiteral("code"), true);
        c.order = integer(o, at, QStringLiteral("order"));
        c.nativeName = string(o, at, QStringLiteral("native_name"), !c.remove);
        c.joined = string(o, at, QStringLiteral("joined"), !c.remove);
        c.accent = string(o, at, QStringLiteral("accent"), !c.remove);
        c.flag = string(o, at, QStringLiteral("flag"), false);
        c.language = string(o, at, QStringLiteral("language"), false);
        readTexts(o, at, ManifestReader::countryTextFields(), &c.texts);
        c.reviewed = languages(o, at);
        c.schedule = schedule(o, at);
        m_manifest->countries.append(c);
    }

    void readTheme(const QJsonObject &o, const QString &at)
    {
        ManifestTheme t;
        t.where = at;
        t.remove = boolean(o, at, QStringLiteral("remove"));
        t.id = string(o, at, QStringLiteral("id"), true);
        t.order = integer(o, at, QStringLiteral("order"));
        t.accent = string(o, at, QStringLiteral("accent"), !t.remove);
        readTexts(o, at, ManifestReader::themeTextFields(), &t.texts);
        t.reviewed = languages(o, at);
        t.schedule = schedule(o, at);
        m_manifest->themes.append(t);
    }

    void readItem(const QJsonObject &o, const QString &at)
    {
        ManifestItem item;
        item.where = at;
        item.remove = boolean(o, at, QStringLiteral("remove"));
        item.id = string(o, at, QStringLiteral("id"), true);
        item.kind = string(o, at, QStringLiteral("kind"), !item.remove);
        item.file = string(o, at, QStringLiteral("file"), !item.remove);
        item.poster = string(o, at, QStringLiteral("poster"), false);
        item.country = string(o, at, QStringLiteral("country"), !item.remove);
        item.date = string(o, at, QStringLiteral("date"), false);
        item.licence = string(o, at, QStringLiteral("licence"), !item.remove);
        item.order = integer(o, at, QStringLiteral("order"));
        item.featured = boolean(o, at, QStringLiteral("featured"));
        const QJsonValue themes = o.value(QStringLiteral("themes"));
        if (!themes.isUndefined() && !themes.isArray())
            problem(at + QStringLiteral(".themes"),
                    QStringLiteral("\"themes\" must be an array of theme ids."));
        for (const QJsonValue &t : themes.toArray())
            item.themes.append(t.toString());
        readTexts(o, at, ManifestReader::itemTextFields(), &item.texts);
        item.reviewed = languages(o, at);
        item.schedule = schedule(o, at);
        item.featuredFrom = string(o, at, QStringLiteral("featured_from"), false);
        item.featuredUntil = string(o, at, QStringLiteral("featured_until"), false);
        m_manifest->items.append(item);
    }

    QString m_path;
    Manifest *m_manifest;
    Problems *m_problems;
};

}  // namespace

namespace ManifestReader {

void readJsonData(const QByteArray &data, const QString &path, Manifest *manifest,
                  Problems *problems)
{
    JsonManifestReader(path, manifest, problems).read(data);
}

void readJson(const QString &path, Manifest *manifest, Problems *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        manifest->files.append(path);
        problems->append({path,
                          {},
                          {},
                          QStringLiteral("cannot open the manifest (%1); check the path.")
                              .arg(file.errorString())});
        return;
    }
    readJsonData(file.readAll(), path, manifest, problems);
}

}  // namespace ManifestReader
