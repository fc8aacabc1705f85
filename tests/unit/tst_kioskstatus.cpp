// asean-kiosk --status: prints status.json, and says so when the kiosk that wrote it is no
// longer running (the file keeps its last words after a crash or a stop).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestKioskStatus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    void writeStatus(qint64 pid)
    {
        QFile file(m_dir.filePath(QStringLiteral("status.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), pid},
                                             {QStringLiteral("written"),
                                              QStringLiteral("2026-11-29T10:00:00")}})
                       .toJson());
    }

    // Exit code, standard output, standard error.
    static std::tuple<int, QString, QString> status(const QString &state)
    {
        QProcess p;
        p.start(QStringLiteral(ASEAN_KIOSK_BIN),
                {QStringLiteral("--status"), QStringLiteral("--state"), state});
        p.waitForFinished();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void aKioskThatStoppedIsNamed_data()
    {
        QTest::addColumn<bool>("exited");
        QTest::newRow("the process is gone") << true;
        QTest::newRow("the pid is another program's now") << false;
    }

    void aKioskThatStoppedIsNamed()
    {
        QFETCH(bool, exited);
        qint64 pid = QCoreApplication::applicationPid();
        if (exited) {
            QProcess gone;
            gone.start(QStringLiteral("true"), QStringList());
            QVERIFY(gone.waitForStarted());
            pid = gone.processId();
            QVERIFY(gone.waitForFinished());
        }
        writeStatus(pid);
        const auto [code, out, err] = status(m_dir.path());
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QLatin1String("\"pid\"")), qPrintable(out));
        QVERIFY2(err.contains(QStringLiteral("process %1").arg(pid)), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("no longer running")), qPrintable(err));
    }

    void aRunningKioskIsNotQuestioned()
    {
        // A process named asean-kiosk, as the kernel knows it.
        const QString kiosk = m_dir.filePath(QStringLiteral("asean-kiosk"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), kiosk));
        QProcess running;
        running.start(kiosk, {QStringLiteral("30")});
        QVERIFY(running.waitForStarted());
        const qint64 pid = running.processId();
        writeStatus(pid);
        const auto [code, out, err] = status(m_dir.path());
        running.kill();
        running.waitForFinished();
        QCOMPARE(code, 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY2(out.contains(QString::number(pid)), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestKioskStatus)
#include "tst_kioskstatus.moc"
