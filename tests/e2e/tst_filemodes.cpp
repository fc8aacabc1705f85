// Modes that do not depend on the caller's umask: the real programs run under umask 000, as a
// careless shell or service would start them, and every file and folder they make has the mode
// docs/architecture.md gives it. Once releases, `current`, the run ledger, status.json, the logs
// and the verification stamps came out world-writable this way.
#include "fixture.h"
#include "kioskrun.h"
#include "runprogram.h"

#include <sys/stat.h>

#include <QDirIterator>
#include <QTest>

namespace {

// "path: 0666, expected 0644" for each file or folder under `dir` (and `dir` itself) whose mode
// is not `fileMode` (or `mediaMode` under media/) or `folderMode`, or what `named` gives its
// relative path ("." is `dir`).
QStringList wrongModes(const QString &dir, mode_t fileMode, mode_t folderMode, mode_t mediaMode = 0,
                       const QHash<QString, mode_t> &named = {})
{
    QStringList wrong;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    QStringList paths = {dir};
    while (it.hasNext())
        paths << it.next();
    for (const QString &path : std::as_const(paths)) {
        struct stat info;
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            continue;
        const QString relative = QDir(dir).relativeFilePath(path);
        mode_t expected = S_ISDIR(info.st_mode) ? folderMode : fileMode;
        if (mediaMode && S_ISREG(info.st_mode) && relative.startsWith(QLatin1String("media/")))
            expected = mediaMode;
        expected = named.value(relative, expected);
        if ((info.st_mode & 07777) != expected)
            wrong << QStringLiteral("%1: %2, expected %3")
                         .arg(path, QString::number(info.st_mode & 07777, 8),
                              QString::number(expected, 8));
    }
    return wrong;
}

}  // namespace

class TestFileModes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // Every program below inherits it.
        ::umask(0);
    }

    void everyFileHasItsOwnMode()
    {
        const QString content = m_dir.filePath(QStringLiteral("content"));
        const QString state = m_dir.filePath(QStringLiteral("state"));
        const QString cache = m_dir.filePath(QStringLiteral("cache"));
        const QString sheets = m_dir.filePath(QStringLiteral("sheets"));
        const QString tool = QStringLiteral(ASEAN_CATALOGUE_BIN);
        const QStringList places = {QStringLiteral("--content"), content,
                                    QStringLiteral("--state"),   state,
                                    QStringLiteral("--cache"),   cache};
        // The first start fills the content root with the demo (import and publish), writes
        // its state and caches the pictures it shows.
        const KioskRun::Run first =
            KioskRun::runKiosk(places, m_dir.filePath(QStringLiteral("first.png")));
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        for (const QStringList &step :
             {QStringList{QStringLiteral("publish"), QStringLiteral("--force"),
                          QStringLiteral("--note"), QStringLiteral("spring")},
              QStringList{QStringLiteral("rollback")},
              QStringList{QStringLiteral("export"), sheets}}) {
            const ProgramRun ran =
                runProgram(tool, QStringList{QStringLiteral("--content"), content} + step);
            QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
        }
        const ProgramRun pin = runProgram(
            QStringLiteral(ASEAN_KIOSK_BIN),
            {QStringLiteral("--set-pin"), QStringLiteral("--state"), state}, "2468\n2468\n");
        QVERIFY2(pin.exitCode == 0, qPrintable(pin.output));
        // The second start verifies the release rolled back to, and stamps it.
        const KioskRun::Run second =
            KioskRun::runKiosk(places, m_dir.filePath(QStringLiteral("second.png")));
        QVERIFY2(second.exitCode == 0, qPrintable(second.output));

        for (const char *name : {"status.json", "runs.json", "staff.pin", "logs/kiosk.log",
                                 "metrics/asean_kiosk.prom"})
            QVERIFY2(QFile::exists(state + QLatin1Char('/') + QLatin1String(name)), name);
        QVERIFY(QFile::exists(content + QStringLiteral("/current")));
        QVERIFY(!QDir(content + QStringLiteral("/media")).isEmpty());
        QVERIFY(!QDir(cache).isEmpty());
        QVERIFY(::mkdir(QFile::encodeName(m_dir.filePath(QStringLiteral("shots"))).constData(),
                        0700) == 0);
        for (const char *shot : {"first.png", "first.png.json", "second.png", "second.png.json"})
            QVERIFY(QFile::rename(m_dir.filePath(QLatin1String(shot)),
                                  m_dir.filePath(QStringLiteral("shots/") + QLatin1String(shot))));
        const QStringList wrong = wrongModes(m_dir.filePath(QStringLiteral("shots")), 0644, 0700) +
                                  wrongModes(content, 0644, 0755, 0444) +
                                  // node_exporter reads the metrics through the state folder
                                  wrongModes(state, 0600, 0700, 0,
                                             {{QStringLiteral("."), 0711},
                                              {QStringLiteral("metrics"), 0755},
                                              {QStringLiteral("metrics/asean_kiosk.prom"), 0644}}) +
                                  wrongModes(cache, 0644, 0755) + wrongModes(sheets, 0644, 0755);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
