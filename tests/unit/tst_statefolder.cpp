// A kiosk's own folder: where it is by default, and how the state an older version kept in the
// content root is adopted without losing what either side has.
#include "statefolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

}  // namespace

class TestStateFolder : public QObject {
    Q_OBJECT

private slots:
    void defaultPathFollowsSystemdThenXdg()
    {
        qputenv("STATE_DIRECTORY", "/var/lib/asean-kiosk:/var/lib/other");
        QCOMPARE(StateFolder::defaultPath(), QStringLiteral("/var/lib/asean-kiosk"));
        qunsetenv("STATE_DIRECTORY");
        qputenv("XDG_STATE_HOME", "/srv/state");
        QCOMPARE(StateFolder::defaultPath(), QStringLiteral("/srv/state/asean-kiosk"));
        qputenv("XDG_STATE_HOME", "relative/is/ignored");
        QCOMPARE(StateFolder::defaultPath(),
                 QDir::homePath() + QStringLiteral("/.local/state/asean-kiosk"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(StateFolder::defaultPath(),
                 QDir::homePath() + QStringLiteral("/.local/state/asean-kiosk"));
    }

    void adoptsOldStateWithoutOverwritingNewer()
    {
        QTemporaryDir dir;
        const QString content = dir.filePath(QStringLiteral("content"));
        QVERIFY(write(content + QStringLiteral("/runs.json"), "old runs"));
        QVERIFY(write(content + QStringLiteral("/staff.pin"), "old pin"));
        QVERIFY(write(content + QStringLiteral("/status.json"), "old status"));
        QVERIFY(write(content + QStringLiteral("/logs/kiosk.log"), "old log"));
        QVERIFY(write(content + QStringLiteral("/logs/kiosk.log.1"), "older log"));
        QVERIFY(write(content + QStringLiteral("/current"), "1\n"));
        const StateFolder state(dir.filePath(QStringLiteral("state")));
        QString error;
        QVERIFY(state.make(&error));
        // A PIN set in the state folder since is newer than the one in the content root.
        QVERIFY(write(state.pinFile(), "new pin"));

        const QStringList moved = state.adoptFrom(content);
        QCOMPARE(moved.size(), 4);
        QCOMPARE(read(state.runLedgerFile()), QByteArray("old runs"));
        QCOMPARE(read(state.statusFile()), QByteArray("old status"));
        QCOMPARE(read(state.pinFile()), QByteArray("new pin"));
        QCOMPARE(read(state.logFolder() + QStringLiteral("/kiosk.log.1")), QByteArray("older log"));
        // What was not moved stays where it was; the content itself is never touched.
        QCOMPARE(read(content + QStringLiteral("/staff.pin")), QByteArray("old pin"));
        QCOMPARE(read(content + QStringLiteral("/current")), QByteArray("1\n"));
        QVERIFY(!QFile::exists(content + QStringLiteral("/logs")));
        QCOMPARE(state.adoptFrom(content), QStringList());
    }

    void unusableFolderSaysWhatToDo()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("file")), "x"));
        QString error;
        QVERIFY(!StateFolder(dir.filePath(QStringLiteral("file/state"))).make(&error));
        QVERIFY2(error.contains(QLatin1String("--state DIR")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStateFolder)
#include "tst_statefolder.moc"
