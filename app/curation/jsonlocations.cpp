#include "jsonlocations.h"

#include "textsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

class Scanner {
public:
    explicit Scanner(const QByteArray &json) : m_json(json) {}

    QHash<QString, qsizetype> run()
    {
        m_at = TextSource::bomLength(m_json);  // QJsonDocument accepts one; it is no value
        value(QString(), 0);
        return m_index;
    }

private:
    // Deeper than Qt's own parser accepts; stops a hostile file from exhausting the stack.
    static constexpr int kMaxDepth = 1100;

    static bool isDelimiter(char c)
    {
        return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    bool more() const { return m_at < m_json.size(); }
    char peek() const { return more() ? m_json.at(m_at) : '\0'; }

    void skipSpace()
    {
        while (more() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    // Skips a string and returns its decoded text (keys need it).
    bool string(QString *text)
    {
        const qsizetype start = m_at++;
        while (more() && peek() != '"')
            m_at += peek() == '\\' ? 2 : 1;
        if (!more())
            return false;
        ++m_at;
        if (text) {
            // Let Qt decode the escapes of this one string.
            const QByteArray quoted = '[' + m_json.mid(start, m_at - start) + ']';
            *text = QJsonDocument::fromJson(quoted).array().at(0).toString();
        }
        return true;
    }

    bool value(const QString &path, int depth)
    {
        skipSpace();
        if (!more() || depth > kMaxDepth)
            return false;
        m_index.insert(path, m_at);
        const char c = peek();
        if (c == '{')
            return object(path, depth);
        if (c == '[')
            return array(path, depth);
        if (c == '"')
            return string(nullptr);
        // number, true, false, null: up to the next delimiter
        while (more() && !isDelimiter(peek()))
            ++m_at;
        return true;
    }

    bool object(const QString &path, int depth)
    {
        ++m_at;
        for (;;) {
            skipSpace();
            if (peek() == '}') {
                ++m_at;
                return true;
            }
            QString key;
            if (peek() != '"' || !string(&key))
                return false;
            skipSpace();
            if (peek() != ':')
                return false;
            ++m_at;
            if (!value(path.isEmpty() ? key : path + QLatin1Char('.') + key, depth + 1))
                return false;
            skipSpace();
            if (peek() == ',')
                ++m_at;
            else if (peek() != '}')
                return false;
        }
    }

    bool array(const QString &path, int depth)
    {
        ++m_at;
        for (int i = 0;; ++i) {
            skipSpace();
            if (peek() == ']') {
                ++m_at;
                return true;
            }
            if (!value(QStringLiteral("%1[%2]").arg(path).arg(i), depth + 1))
                return false;
            skipSpace();
            if (peek() == ',')
                ++m_at;
            else if (peek() != ']')
                return false;
        }
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_index;
};

}  // namespace

namespace JsonLocations {

QHash<QString, qsizetype> index(const QByteArray &json)
{
    return Scanner(json).run();
}

}  // namespace JsonLocations
