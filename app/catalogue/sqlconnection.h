#pragma once
// One named Qt SQL connection to a SQLite file, removed when this object dies.
// Qt allows a connection only on the thread that made it, so each owner makes its own.

#include <QSqlDatabase>
#include <QString>

class SqlConnection {
public:
    enum class Mode { ReadWrite, ReadOnly, Immutable };

    SqlConnection() = default;
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // Opens the file; ReadWrite creates it. Immutable is for published releases, which never
    // change: SQLite then takes no locks and writes no journal beside the file.
    bool open(const QString &path, Mode mode);
    void close();

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }

    // Runs one statement; on failure keeps the driver's message in errorString().
    bool exec(const QString &sql);
    // Runs "PRAGMA quick_check"; true when SQLite answers "ok".
    bool quickCheck();

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
};
