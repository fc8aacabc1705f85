// A running kiosk and curators publishing beside it: new releases are noticed, checked, and
// shown only when the kiosk says it is idle; damaged or half-copied releases never are.
#include "contentroot.h"
#include "fixture.h"
#include "livereleases.h"
#include "publisher.h"
#include "release.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestReleaseWatch : public QObject {
    Q_OBJECT

    static void makeFixture(Fixture &f)
    {
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
    }

    static void copyTree(const QString &from, const QString &to, const QString &only = {})
    {
        QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = QDir(from).relativeFilePath(file);
            if (!only.isEmpty() && !relative.startsWith(only))
                continue;
            QDir().mkpath(QFileInfo(to + QLatin1Char('/') + relative).absolutePath());
            QFile::copy(file, to + QLatin1Char('/') + relative);
        }
    }

private slots:
    void aNewReleaseWaitsForAnIdleMoment()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        LiveReleases releases;
        QVERIFY(releases.open(root.path()));
        releases.watch(200);
        QSignalSpy pending(&releases, &LiveReleases::pendingChanged);

        const Publisher::Result second = Publisher(root).publish(QStringLiteral("spring"));
        QVERIFY(second.ok);
        QTRY_COMPARE(releases.pending(), 2);
        // Noticed and verified, but a visitor may be in the middle of something: still 1.
        QCOMPARE(releases.catalogue()->release(), 1);
        QTest::qWait(500);
        QCOMPARE(releases.catalogue()->release(), 1);
        QVERIFY(releases.applyPending());  // what the idle reset does
        QCOMPARE(releases.catalogue()->release(), 2);
        QCOMPARE(releases.pending(), 0);
        QVERIFY(releases.catalogue()->error().isEmpty());

        // A rollback by the command line is picked up the same way.
        QString error;
        QVERIFY(root.setCurrentRelease(1, &error));
        QTRY_COMPARE(releases.pending(), 1);
        QVERIFY(releases.applyPending());
        QCOMPARE(releases.catalogue()->release(), 1);
    }

    void curatorsChangingTheirMindIsNotShown()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        LiveReleases releases;
        QVERIFY(releases.open(root.path()));
        releases.watch(200);
        QVERIFY(Publisher(root).publish({}).ok);
        QTRY_COMPARE(releases.pending(), 2);
        QString error;
        QVERIFY(root.setCurrentRelease(1, &error));  // rolled back before the kiosk was idle
        QVERIFY(!releases.applyPending());
        QCOMPARE(releases.catalogue()->release(), 1);
    }

    void aDamagedReleaseIsRefused()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        LiveReleases releases;
        QVERIFY(releases.open(root.path()));
        releases.watch(200);
        QSignalSpy refused(&releases.watcher(), &ReleaseWatch::releaseRefused);
        QSignalSpy ready(&releases.watcher(), &ReleaseWatch::releaseReady);

        // Published and damaged before the event loop runs again, so the kiosk never saw it
        // whole: a disk error, or a sync that wrote over a byte.
        QVERIFY(Publisher(root).publish({}).ok);
        QFile catalogue(root.releaseDir(2) + QStringLiteral("/catalogue.sqlite"));
        QVERIFY(catalogue.open(QIODevice::ReadWrite));
        catalogue.seek(4000);
        catalogue.write("\x13\x37");
        catalogue.close();

        QTRY_COMPARE(refused.count(), 1);
        QVERIFY2(refused.first().at(1).toString().contains(QLatin1String("checksum")),
                 qPrintable(refused.first().at(1).toString()));
        QCOMPARE(refused.first().at(0).toInt(), 2);
        QTest::qWait(800);  // several periodic checks: refused once, not hashed again each time
        QCOMPARE(refused.count(), 1);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(releases.pending(), 0);
        QVERIFY(!releases.applyPending());
        QCOMPARE(releases.catalogue()->release(), 1);
        QVERIFY(releases.catalogue()->isReady());
    }

    void aReleaseStillArrivingIsNotShownUntilWhole()
    {
        // Curators publish in one content root; the hall's kiosk has its own, filled by a
        // file sync that may deliver `current` before the files it names.
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot office(f.contentDir());
        QTemporaryDir hallDir;
        const ContentRoot hall(hallDir.path());
        copyTree(office.path(), hall.path());
        LiveReleases releases;
        QVERIFY(releases.open(hall.path()));
        releases.watch(200);
        QSignalSpy ready(&releases.watcher(), &ReleaseWatch::releaseReady);

        // A new season with a new photo: the sync brings the release and `current` first.
        f.addPhoto(QStringLiteral("b"), QStringLiteral("TH"), QStringLiteral("food"),
                   QSize(80, 60));
        QVERIFY(f.publish());
        copyTree(office.path(), hall.path(), QStringLiteral("releases/0002"));
        QFile::remove(hall.currentFile());
        QFile::copy(office.currentFile(), hall.currentFile());
        QTest::qWait(1000);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(releases.pending(), 0);
        // The media arrive; the next check finds the release whole.
        copyTree(office.path(), hall.path(), QStringLiteral("media"));
        QTRY_COMPARE(releases.pending(), 2);
        QVERIFY(releases.applyPending());
        QCOMPARE(releases.catalogue()->release(), 2);
    }
};

QTEST_MAIN(TestReleaseWatch)
#include "tst_releasewatch.moc"
