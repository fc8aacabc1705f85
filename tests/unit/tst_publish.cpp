// Publishing releases and verifying them as a kiosk does before it shows one.
#include "contentroot.h"
#include "fixture.h"
#include "livecatalogue.h"
#include "publisher.h"
#include "release.h"
#include "releases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

class TestPublish : public QObject {
    Q_OBJECT

    static void flipByte(const QString &path, qint64 offset)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(offset);
        char c = 0;
        file.getChar(&c);
        file.seek(offset);
        file.putChar(char(c ^ 0x5a));
    }

    static void makeFixture(Fixture &f)
    {
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addCountry(QStringLiteral("VN"), QStringLiteral("Viet Nam"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        f.addPhoto(QStringLiteral("b"), QStringLiteral("VN"), QStringLiteral("food"));
    }

    // Releases 1 and 2 of the same fixture, 2 current.
    static bool publishTwice(Fixture &f)
    {
        makeFixture(f);
        return f.publish() && f.publish();
    }

private slots:
    void publishMakesAVerifiedCurrentRelease()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        QCOMPARE(root.currentRelease(), 1);
        ReleaseInfo info;
        QString error;
        QVERIFY2(Release::verify(root, 1, Release::Check::Full, &info, &error), qPrintable(error));
        QCOMPARE(info.number, 1);
        QCOMPARE(info.countries, 2);
        QCOMPARE(info.items, 2);
        QCOMPARE(info.media.size(), 2);
        QCOMPARE(info.note, QStringLiteral("test"));
        QVERIFY(info.created.isValid());
        // No staging folder or journal is left behind.
        QCOMPARE(QDir(root.releasesDir())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("0001")});
        QCOMPARE(QDir(root.releaseDir(1)).entryList(QDir::Files),
                 (QStringList{QStringLiteral("catalogue.sqlite"), QStringLiteral("release.json")}));
    }

    void aSecondPublishKeepsTheFirst()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        const Publisher::Result second = Publisher(root).publish(QStringLiteral("second"));
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.number, 2);
        QCOMPARE(root.currentRelease(), 2);
        QCOMPARE(Release::list(root).size(), 2);
    }

    void publishWithoutADraftChangesNothing()
    {
        QTemporaryDir dir;
        const ContentRoot root(dir.path());
        const Publisher::Result r = Publisher(root).publish({});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("import your sheets first")), qPrintable(r.error));
        QCOMPARE(root.currentRelease(), 0);
    }

    void damagedReleasesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("catalogue bytes") << "catalogue"
                                         << "does not match its checksum";
        QTest::newRow("truncated catalogue") << "truncate"
                                             << "does not match its checksum";
        QTest::newRow("media file") << "media"
                                    << "missing or damaged";
        QTest::newRow("no release.json") << "json"
                                         << "has not fully arrived";
    }

    void damagedReleasesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        ReleaseInfo info;
        QString error;
        QVERIFY(Release::verify(root, 1, Release::Check::Full, &info, &error));
        const QString catalogue = root.releaseDir(1) + QStringLiteral("/catalogue.sqlite");
        if (damage == QLatin1String("catalogue")) {
            flipByte(catalogue, 5000);
        } else if (damage == QLatin1String("truncate")) {
            QFile::resize(catalogue, 2048);
        } else if (damage == QLatin1String("media")) {
            flipByte(root.resolve(info.media.first().path), 10);
        } else {
            QFile::remove(root.releaseDir(1) + QStringLiteral("/release.json"));
        }
        const Release::Check check =
            damage == QLatin1String("media") ? Release::Check::Full : Release::Check::Quick;
        QVERIFY(!Release::verify(root, 1, check, &info, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));

        if (damage != QLatin1String("media")) {
            // The kiosk's catalogue refuses it with a sentence for staff.
            LiveCatalogue live(nullptr);
            QSignalSpy changed(&live, &LiveCatalogue::changed);
            QVERIFY(!live.openRelease(root.path()));
            QVERIFY(!live.isReady());
            QCOMPARE(changed.count(), 1);
            QVERIFY2(live.error().contains(QLatin1String("Roll back")), qPrintable(live.error()));
        }
    }

    // Every open hashes and checks the catalogue in this process: no stamp is left anywhere a
    // cache writer could forge it, and a byte changed with the file's time kept is caught.
    void nothingOnDiskVouchesForARelease()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        {
            LiveCatalogue live(nullptr);
            QVERIFY(live.openRelease(root.path()));
        }
        QVERIFY(QDir(root.cacheDir()).entryList({QStringLiteral("verified-*")}).isEmpty());
        const QString catalogue = root.releaseDir(1) + QStringLiteral("/catalogue.sqlite");
        const QDateTime modified = QFileInfo(catalogue).lastModified();
        flipByte(catalogue, 5000);
        QFile file(catalogue);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        LiveCatalogue live(nullptr);
        QVERIFY(!live.openRelease(root.path()));
        QVERIFY2(live.error().contains(QLatin1String("checksum")), qPrintable(live.error()));
    }

    void rollBackGoesToTheReleaseBefore()
    {
        Fixture f;
        QVERIFY(publishTwice(f));
        const ContentRoot root(f.contentDir());
        QCOMPARE(root.currentRelease(), 2);
        const Releases::RollBack back = Releases::rollBack(root, 2);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.from, 2);
        QCOMPARE(back.to, 1);
        QCOMPARE(root.currentRelease(), 1);
        // Forward again, by number, as `rollback 2` does.
        const Releases::RollBack forward = Releases::rollBack(root, 1, 2);
        QVERIFY2(forward.ok, qPrintable(forward.error));
        QCOMPARE(forward.to, 2);
        QCOMPARE(root.currentRelease(), 2);
    }

    void rollBackWithoutAnEarlierReleaseSaysWhatToDo()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(f.publish());
        const ContentRoot root(f.contentDir());
        const Releases::RollBack back = Releases::rollBack(root, 1);
        QVERIFY(!back.ok);
        QCOMPARE(back.to, 0);
        QVERIFY2(back.error.contains(QLatin1String("no release before 0001")),
                 qPrintable(back.error));
        QVERIFY2(back.error.contains(QLatin1String("publish")), qPrintable(back.error));
        QCOMPARE(root.currentRelease(), 1);
    }

    void rollBackRefusesADamagedRelease()
    {
        Fixture f;
        QVERIFY(publishTwice(f));
        const ContentRoot root(f.contentDir());
        ReleaseInfo info;
        QString error;
        QVERIFY(Release::read(root, 1, &info, &error));
        // Same size, other bytes: only hashing every file (Release::Check::Full) sees it.
        flipByte(root.resolve(info.media.first().path), 10);
        QVERIFY(Release::verify(root, 1, Release::Check::Quick, &info, &error));
        const Releases::RollBack back = Releases::rollBack(root, 2);
        QVERIFY(!back.ok);
        QCOMPARE(back.to, 1);
        QVERIFY2(back.error.contains(QLatin1String("release 0001 cannot be used")),
                 qPrintable(back.error));
        QVERIFY2(back.error.contains(QLatin1String("current release is unchanged")),
                 qPrintable(back.error));
        QCOMPARE(root.currentRelease(), 2);
    }

    void releaseJsonRoundTrips()
    {
        ReleaseInfo info;
        info.number = 7;
        info.created = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
        info.note = QStringLiteral("가을 전시");
        info.schema = 2;
        info.countries = 10;
        info.items = 63;
        info.catalogueSha256 = QString(64, QLatin1Char('a'));
        info.media.append({QStringLiteral("media/ab/x.jpg"), QString(64, QLatin1Char('b')), 1234});
        ReleaseInfo back;
        QString error;
        QVERIFY(ReleaseInfo::fromJson(info.toJson(), &back, &error));
        QCOMPARE(back.number, 7);
        QCOMPARE(back.created, info.created);
        QCOMPARE(back.note, info.note);
        QCOMPARE(back.media.first().bytes, 1234);
        QVERIFY(!ReleaseInfo::fromJson("{\"number\": 1}", &back, &error));
    }
};

QTEST_MAIN(TestPublish)
#include "tst_publish.moc"
