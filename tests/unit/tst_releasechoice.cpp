// Which release a kiosk shows when the current one cannot be: every open checks the catalogue
// in this process (nothing on disk vouches for it), the newest release that verifies is shown
// with the reason, a read that fails later is logged, counted and never an empty screen, and
// media damaged on disk show as unavailable.
#include "cataloguecli.h"
#include "contentroot.h"
#include "fixture.h"
#include "livereleases.h"
#include "publisher.h"
#include "release.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

class TestReleaseChoice : public QObject {
    Q_OBJECT

    // Two good releases of one photo: 0001 and 0002, the second current.
    static ContentRoot twoReleases(Fixture &f)
    {
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addPhoto(QStringLiteral("a"), QStringLiteral("TH"), QStringLiteral("food"));
        const ContentRoot root(f.contentDir());
        if (!f.publish() || !Publisher(root).publish(QStringLiteral("second")).ok)
            qFatal("cannot publish the fixture");
        return root;
    }

    // Writes `bytes` at `offset` and puts the file's modification time back, as bit rot or a
    // copy tool that keeps times would leave it.
    static bool damage(const QString &path, qint64 offset, const QByteArray &bytes)
    {
        QFile file(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(bytes) < 0)
            return false;
        file.close();
        return file.open(QIODevice::ReadWrite) &&
               file.setFileTime(modified, QFileDevice::FileModificationTime);
    }

    // `current` as a sync or a hand edit may leave it.
    static bool writeCurrent(const ContentRoot &root, const QByteArray &text)
    {
        QFile current(root.currentFile());
        return current.open(QIODevice::WriteOnly) && current.write(text) == text.size();
    }

    static QString catalogueOf(const ContentRoot &root, int number)
    {
        return ContentRoot::catalogueIn(root.releaseDir(number));
    }

private slots:
    void aCatalogueChangedWithItsTimeKeptIsNotShown()
    {
        Fixture f;
        const ContentRoot root = twoReleases(f);
        {
            LiveReleases first;  // a start that verified release 0002
            QVERIFY(first.open(root.path()));
            QCOMPARE(first.shown(), 2);
        }
        QVERIFY(damage(catalogueOf(root, 2), 5000, "\x13\x37"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("checksum")));
        LiveReleases next;
        QVERIFY(next.open(root.path()));
        QCOMPARE(next.shown(), 1);
        QCOMPARE(next.catalogue()->wanted(), 2);
    }

    void theNewestReleaseThatVerifiesIsShown_data()
    {
        QTest::addColumn<QString>("file");  // in release 0002's folder, or a media file
        QTest::addColumn<QString>("reason");
        QTest::newRow("catalogue damaged")
            << QStringLiteral("catalogue.sqlite") << QStringLiteral("does not match its checksum");
        QTest::newRow("release.json not arrived")
            << QStringLiteral("release.json") << QStringLiteral("has not fully arrived");
        QTest::newRow("media not arrived") << QString() << QStringLiteral("media files of release");
    }

    void theNewestReleaseThatVerifiesIsShown()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        Fixture f;
        const ContentRoot root = twoReleases(f);
        if (file == QLatin1String("catalogue.sqlite")) {
            QVERIFY(damage(catalogueOf(root, 2), 5000, "\x13\x37"));
        } else if (!file.isEmpty()) {
            QVERIFY(QFile::remove(root.releaseDir(2) + QLatin1Char('/') + file));
        } else {
            // A photo only release 0002 lists, not there yet: 0001 must not need it.
            f.addPhoto(QStringLiteral("b"), QStringLiteral("TH"), QStringLiteral("food"));
            QVERIFY(f.publish());
            ReleaseInfo info;
            QString error;
            QVERIFY(Release::read(root, 3, &info, &error));
            ReleaseInfo older;
            QVERIFY(Release::read(root, 2, &older, &error));
            for (const ReleaseInfo::Media &m : std::as_const(info.media)) {
                const bool shared =
                    std::any_of(older.media.cbegin(), older.media.cend(),
                                [&m](const ReleaseInfo::Media &o) { return o.path == m.path; });
                if (!shared)
                    QVERIFY(QFile::remove(root.resolve(m.path)));
            }
        }
        const int wanted = root.currentRelease();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(reason)));
        LiveReleases releases;
        QVERIFY(releases.open(root.path()));
        QCOMPARE(releases.shown(), wanted - 1);
        QVERIFY(releases.catalogue()->error().isEmpty());
        const QString why = releases.catalogue()->shownBecause();
        QVERIFY2(why.contains(reason) && why.contains(ContentRoot::releaseName(wanted - 1) +
                                                      QStringLiteral(", the newest that verifies")),
                 qPrintable(why));
        QVERIFY(!releases.catalogue()->catalogue().countries(QStringLiteral("en")).isEmpty());
    }

    void theFullScreenMessageIsOnlyForWhenNoneVerifies()
    {
        Fixture f;
        const ContentRoot root = twoReleases(f);
        QVERIFY(damage(catalogueOf(root, 1), 5000, "\x13\x37"));
        QVERIFY(damage(catalogueOf(root, 2), 5000, "\x13\x37"));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral(".")));
        LiveReleases releases;
        QVERIFY(!releases.open(root.path()));
        const QString error = releases.catalogue()->error();
        QVERIFY2(error.contains(QLatin1String("release 0002 does not match its checksum")) &&
                     error.contains(QLatin1String("no earlier release verifies either")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("No release has been published")));
    }

    void aCurrentThatIsNotAReleaseNumberIsCalledThat()
    {
        Fixture f;
        const ContentRoot root = twoReleases(f);
        QVERIFY(writeCurrent(root, "latest\n"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a release")));
        LiveReleases releases;
        QVERIFY(releases.open(root.path()));
        QCOMPARE(releases.shown(), 2);
        QVERIFY2(releases.catalogue()->shownBecause().contains(
                     QLatin1String("holds \"latest\", which is not a release number")),
                 qPrintable(releases.catalogue()->shownBecause()));

        // With nothing to fall back on, the message says the same, not "none published".
        Fixture empty;
        const ContentRoot bare(empty.contentDir());
        QString error;
        QVERIFY(bare.ensureLayout(&error));
        QVERIFY(writeCurrent(bare, "latest\n"));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("not a release")));
        LiveReleases none;
        QVERIFY(!none.open(bare.path()));
        QVERIFY(!none.catalogue()->error().contains(QLatin1String("No release has been")));
    }

    void aFailedReadIsLoggedCountedAndNeverAnEmptyScreen()
    {
        Fixture f;
        const ContentRoot root = twoReleases(f);
        LiveReleases releases;
        QVERIFY(releases.open(root.path()));
        QCOMPARE(releases.shown(), 2);
        // Damaged under the running kiosk: every page after the first.
        const qint64 size = QFileInfo(catalogueOf(root, 2)).size();
        QVERIFY(damage(catalogueOf(root, 2), 4096, QByteArray(int(size - 4096), '\xee')));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("reading release 0002 failed: .+")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("checksum")));
        QSignalSpy shown(&releases, &LiveReleases::shownChanged);
        QVERIFY(releases.catalogue()->catalogue().countries(QStringLiteral("en")).isEmpty());
        QCOMPARE(releases.catalogue()->readErrors(), 1);
        // Checked again once the read has returned: damaged, so the release before is shown.
        QTRY_COMPARE(releases.shown(), 1);
        QCOMPARE(shown.count(), 1);
        QVERIFY(!releases.catalogue()->catalogue().countries(QStringLiteral("en")).isEmpty());
    }

    void damagedMediaShowAsUnavailable()
    {
        Fixture f;
        const ContentRoot root = twoReleases(f);
        ReleaseInfo info;
        QString error;
        QVERIFY(Release::read(root, 2, &info, &error));
        QVERIFY(!info.media.isEmpty());
        const QString path = info.media.first().path;
        QVERIFY(damage(root.resolve(path), 200, "\x13\x37"));  // same size: only a hash sees it
        LiveReleases releases;
        QVERIFY(releases.open(root.path()));
        QCOMPARE(releases.shown(), 2);  // the catalogue is fine: the first frame is not held up
        QSignalSpy checked(releases.catalogue(), &LiveCatalogue::mediaChecked);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("unavailable")));
        releases.catalogue()->startMediaChecks();
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(checked.first().at(0).toStringList(), QStringList{path});
        QCOMPARE(releases.catalogue()->damagedMedia(), QStringList{path});
    }

    void theCommandLineMarksACurrentThatDoesNotVerify()
    {
        Fixture f;
        const ContentRoot root = twoReleases(f);
        QVERIFY(damage(catalogueOf(root, 2), 5000, "\x13\x37"));
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        QCOMPARE(CatalogueCli::run({QStringLiteral("asean-catalogue"), QStringLiteral("--content"),
                                    root.path(), QStringLiteral("releases")},
                                   outStream, errStream),
                 0);
        outStream.flush();
        errStream.flush();
        QVERIFY2(out.contains(QLatin1String("! 0002")) && out.contains(QLatin1String("  0001")),
                 qPrintable(out));
        QVERIFY2(err.contains(QLatin1String("release 0002 is current but does not verify")),
                 qPrintable(err));
    }
};

QTEST_MAIN(TestReleaseChoice)
#include "tst_releasechoice.moc"
