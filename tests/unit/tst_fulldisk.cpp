// A really full file system (a small tmpfs, see tests/support/smalldisk.h): what could not be
// written is said, with a non-zero exit from the programs, and every old file survives byte for
// byte. Once, status.json, the run ledger, the staff PIN and `current` became empty files and a
// cut-short thumbnail was kept and shown half grey.
#include "contentroot.h"
#include "derivedimage.h"
#include "fixture.h"
#include "health.h"
#include "log.h"
#include "runledger.h"
#include "runprogram.h"
#include "smalldisk.h"
#include "staff.h"

#include <QBuffer>
#include <QDirIterator>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot read)");
}

// Every file under `dir` (hidden ones too) with its bytes.
QMap<QString, QByteArray> filesIn(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.insert(QDir(dir).relativeFilePath(file), read(file));
    }
    return files;
}

// A photo whose thumbnail is larger than any write buffer: noise does not compress.
QByteArray noisyJpeg(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, random.generate() | 0xff000000);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

}  // namespace

class TestFullDisk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void theStaffPinSurvives()
    {
        SmallDisk disk;
        if (!disk.problem().isEmpty())
            QSKIP(qPrintable(disk.problem()));
        const QString state = disk.path() + QStringLiteral("/state");
        const QStringList setPin = {QStringLiteral("--set-pin"), QStringLiteral("--state"), state};
        const ProgramRun first =
            runProgram(QStringLiteral(ASEAN_KIOSK_BIN), setPin, "2468\n2468\n");
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        const QByteArray pin = read(state + QStringLiteral("/staff.pin"));
        QVERIFY(disk.fill());
        const ProgramRun second =
            runProgram(QStringLiteral(ASEAN_KIOSK_BIN), setPin, "1357\n1357\n");
        QVERIFY2(second.exitCode == 1, qPrintable(second.output));
        QVERIFY2(second.output.contains(QLatin1String("No space left on device")),
                 qPrintable(second.output));
        QVERIFY2(second.output.contains(QLatin1String("Nothing was changed")),
                 qPrintable(second.output));
        QVERIFY2(!second.output.contains(QLatin1String("is set")), qPrintable(second.output));
        QCOMPARE(read(state + QStringLiteral("/staff.pin")), pin);
        QCOMPARE(filesIn(state).keys(), QStringList{QStringLiteral("staff.pin")});
    }

    void theRunLedgerSurvives()
    {
        SmallDisk disk;
        if (!disk.problem().isEmpty())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.path() + QStringLiteral("/runs.json");
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < 3; ++i) {
            RunLedger run(path);
            run.begin(RecoveryPolicy(), now.addSecs(i));
            run.markProven(2);
        }
        const QByteArray runs = read(path);
        QVERIFY(runs.contains("proven_release"));
        QVERIFY(disk.fill());
        RunLedger run(path);
        const RunLedger::Decision decision = run.begin(RecoveryPolicy(), now.addSecs(10));
        // Three deaths are still read: the full disk takes nothing away.
        QVERIFY(decision.safeMode);
        QVERIFY2(decision.error.contains(QLatin1String("No space left on device")),
                 qPrintable(decision.error));
        QCOMPARE(read(path), runs);
        QString error;
        QVERIFY(!run.markCleanExit(now.addSecs(11), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(read(path), runs);
        QCOMPARE(filesIn(disk.path()).keys(),
                 (QStringList{QStringLiteral(".filler"), QStringLiteral("runs.json")}));
    }

    void theStatusAndMetricsSurvive()
    {
        SmallDisk disk;
        if (!disk.problem().isEmpty())
            QSKIP(qPrintable(disk.problem()));
        const QString path = disk.path() + QStringLiteral("/status.json");
        const QString metricsPath = disk.path() + QStringLiteral("/metrics/asean_kiosk.prom");
        QQuickWindow window;
        Staff staff;
        Health health(&window, &staff, path, metricsPath);
        QVERIFY(health.write());
        const QByteArray status = read(path);
        const QByteArray metrics = read(metricsPath);
        QVERIFY(status.contains("\"pid\""));
        QVERIFY(metrics.contains("asean_kiosk_up 1"));
        QVERIFY(disk.fill());
        QVERIFY(!health.write());
        QCOMPARE(read(path), status);
        QCOMPARE(read(metricsPath), metrics);
        QCOMPARE(filesIn(disk.path()).keys(),
                 (QStringList{QStringLiteral(".filler"), QStringLiteral("metrics/asean_kiosk.prom"),
                              QStringLiteral("status.json")}));
    }

    // With every amount of space left, from none to more than the picture needs: the cache
    // holds the whole picture under its name or nothing, never a part.
    void aCachedPictureIsWholeOrAbsent()
    {
        SmallDisk disk;
        if (!disk.problem().isEmpty())
            QSKIP(qPrintable(disk.problem()));
        const QString original = m_dir.filePath(QStringLiteral("c0ffee.jpg"));
        QFile file(original);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(noisyJpeg(QSize(1600, 1000)));
        file.close();
        const QSize size(480, 326);
        QString error;
        const QImage expected = DerivedImage::load(original, size, m_dir.filePath("cache"), &error);
        const QMap<QString, QByteArray> whole = filesIn(m_dir.filePath("cache"));
        QCOMPARE(whole.size(), 1);
        QVERIFY(whole.first().size() > 40 * 1024);
        int kept = 0;
        for (qint64 spare = 0; spare <= whole.first().size() + 8192; spare += 4096) {
            const QString cache = disk.path() + QStringLiteral("/cache%1").arg(spare);
            disk.empty();
            // Its folders exist; then the disk fills up but for `spare` bytes.
            QVERIFY(DerivedImage::load(original, size, cache, &error) == expected);
            for (const QString &name : filesIn(cache).keys())
                QVERIFY(QFile::remove(cache + QLatin1Char('/') + name));
            QVERIFY(disk.fill(spare));
            const QImage image = DerivedImage::load(original, size, cache, &error);
            QVERIFY2(image == expected, qPrintable(QStringLiteral("%1 bytes spare").arg(spare)));
            const QMap<QString, QByteArray> files = filesIn(cache);
            QVERIFY2(files.isEmpty() || files == whole,
                     qPrintable(QStringLiteral("%1 bytes spare: %2")
                                    .arg(spare)
                                    .arg(files.keys().join(QLatin1Char(' ')))));
            kept += !files.isEmpty();
        }
        QVERIFY(kept > 0);  // the last rounds had room enough
    }

    // The curator's commands say so, and `current` is unchanged.
    void rollBackAndExportSayTheyCouldNotWrite()
    {
        SmallDisk disk(8192);
        if (!disk.problem().isEmpty())
            QSKIP(qPrintable(disk.problem()));
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("th-one"), QStringLiteral("TH"), QStringLiteral("food"));
        const QString root = disk.path() + QStringLiteral("/content");
        const QString manifest = f.writeManifest();
        const QString tool = QStringLiteral(ASEAN_CATALOGUE_BIN);
        for (const QStringList &step :
             {QStringList{QStringLiteral("import"), manifest, QStringLiteral("--media"),
                          f.mediaDir()},
              QStringList{QStringLiteral("publish")},
              QStringList{QStringLiteral("publish"), QStringLiteral("--force")}}) {
            const ProgramRun ran =
                runProgram(tool, QStringList{QStringLiteral("--content"), root} + step);
            QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
        }
        const QByteArray current = read(ContentRoot(root).currentFile());
        QCOMPARE(current, QByteArray("0002\n"));
        QVERIFY(disk.fill());
        const ProgramRun back =
            runProgram(tool, {QStringLiteral("--content"), root, QStringLiteral("rollback")});
        QVERIFY2(back.exitCode == 1, qPrintable(back.output));
        QVERIFY2(back.output.contains(QLatin1String("No space left on device")),
                 qPrintable(back.output));
        QCOMPARE(read(ContentRoot(root).currentFile()), current);
        // An export onto a full disk of its own (the draft must be readable: SQLite needs room
        // for its shared memory file).
        disk.empty();
        SmallDisk out;
        QVERIFY(out.fill());
        const ProgramRun exported =
            runProgram(tool, {QStringLiteral("--content"), root, QStringLiteral("export"),
                              out.path() + QStringLiteral("/sheets")});
        QVERIFY2(exported.exitCode == 1, qPrintable(exported.output));
        QVERIFY2(exported.output.contains(QLatin1String("No space left on device")),
                 qPrintable(exported.output));
    }

    // Output sent to a full disk (/dev/full stands for one) is an error too, not a success
    // with nothing written.
    void outputToAFullDiskFails_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("asean-catalogue init")
            << QStringLiteral(ASEAN_CATALOGUE_BIN)
            << QStringList{QStringLiteral("--content"), m_dir.filePath(QStringLiteral("content")),
                           QStringLiteral("init")};
        QTest::newRow("asean-kiosk --status")
            << QStringLiteral(ASEAN_KIOSK_BIN)
            << QStringList{QStringLiteral("--status"), QStringLiteral("--state"),
                           m_dir.filePath(QStringLiteral("state"))};
        QTest::newRow("asean-kiosk --version")
            << QStringLiteral(ASEAN_KIOSK_BIN) << QStringList{QStringLiteral("--version")};
    }

    void outputToAFullDiskFails()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QDir().mkpath(m_dir.filePath(QStringLiteral("state")));
        QFile status(m_dir.filePath(QStringLiteral("state/status.json")));
        QVERIFY(status.open(QIODevice::WriteOnly));
        status.write(QByteArray(70000, ' ') + "{}\n");
        status.close();
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(program, args);
        QVERIFY(p.waitForFinished());
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 1, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("cannot write")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("No space left on device")), qPrintable(err));
    }

    // Last: the log's handler stays installed. A full disk loses lines, and says so; the files
    // kept are never emptied, and rotation goes on once there is room.
    void theLogSaysItLosesLinesAndKeepsItsFiles()
    {
        SmallDisk disk;
        if (!disk.problem().isEmpty())
            QSKIP(qPrintable(disk.problem()));
        const QString folder = disk.path() + QStringLiteral("/logs");
        const QString log = folder + QStringLiteral("/kiosk.log");
        Log::install();
        QVERIFY(Log::toFolder(folder, 8000, 2));
        const QString line(60, QLatin1Char('x'));
        // Just after a rotation: what the full disk leaves room for (a page's rest) stays well
        // under the limit, so nothing rotates while it is full.
        for (int i = 0; i < 500 && !QFile::exists(log + QStringLiteral(".1")); ++i)
            qInfo().noquote() << "before" << i << line;
        for (int i = 0; i < 10; ++i)
            qInfo().noquote() << "since" << i << line;
        const QByteArray newest = read(log);
        const QByteArray older = read(log + QStringLiteral(".1"));
        QVERIFY(!newest.isEmpty() && !older.isEmpty());
        QVERIFY(disk.fill());
        for (int i = 0; i < 150; ++i)
            qInfo().noquote() << "while full" << i << line;
        QVERIFY(read(log).startsWith(newest));
        QCOMPARE(read(log + QStringLiteral(".1")), older);
        const QString problems = Log::recentErrors().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("cannot write the log")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("No space left on device")), qPrintable(problems));
        // Room again: the next rotation moves the files on whole.
        disk.empty();
        const QByteArray full = read(log);
        for (int i = 0; i < 500 && !QFile::exists(log + QStringLiteral(".2")); ++i)
            qInfo().noquote() << "after" << i << line;
        QCOMPARE(read(log + QStringLiteral(".2")), older);
        QVERIFY(read(log + QStringLiteral(".1")).startsWith(full));
        QVERIFY(read(log).contains("after"));
    }
};

int main(int argc, char **argv)
{
    SmallDisk::enterMountNamespace(argv);
    QGuiApplication app(argc, argv);
    TestFullDisk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulldisk.moc"
