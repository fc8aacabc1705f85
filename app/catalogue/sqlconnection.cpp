#include "sqlconnection.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("asean-%1").arg(counter.fetchAndAddRelaxed(1));
}
}  // namespace

SqlConnection::~SqlConnection()
{
    close();
}

bool SqlConnection::open(const QString &path, Mode mode)
{
    close();
    m_name = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    switch (mode) {
        case Mode::ReadWrite:
            m_db.setDatabaseName(path);
            break;
        case Mode::ReadOnly:
            m_db.setDatabaseName(path);
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            break;
        case Mode::Immutable: {
            QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            url.setQuery(QStringLiteral("immutable=1"));
            m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            break;
        }
    }
    if (mode != Mode::ReadWrite && !QFileInfo(path).isFile()) {
        m_error = QStringLiteral("%1 does not exist").arg(path);
        close();
        return false;
    }
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        close();
        return false;
    }
    // A file that is not a database opens fine; the first read tells.
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        close();
        return false;
    }
    return true;
}

void SqlConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool SqlConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SqlConnection::quickCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    const QString answer = q.value(0).toString();
    if (answer != QLatin1String("ok")) {
        m_error = answer;
        return false;
    }
    return true;
}
