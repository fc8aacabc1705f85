// The curator's tools killed at any moment, or meeting a full or read-only disk: the draft and
// `current` are each entirely old or entirely new, and what kiosks show keeps verifying.
#include "contentroot.h"
#include "fixture.h"
#include "mediastore.h"
#include "release.h"
#include "sqlconnection.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kCatalogueBin = QStringLiteral(ASEAN_CATALOGUE_BIN);

// The English titles of a catalogue, in id order: which season it holds.
QString season(const QString &catalogue, QString *error)
{
    SqlConnection db;
    if (!db.open(catalogue, SqlConnection::Mode::ReadOnly)) {
        *error = db.errorString();
        return {};
    }
    if (!db.quickCheck()) {
        *error = QStringLiteral("quick_check: ") + db.errorString();
        return {};
    }
    QSqlQuery q(db.db());
    q.exec(
        QStringLiteral("SELECT value FROM text WHERE entity = 'item' AND field = 'title'"
                       " AND lang = 'en' ORDER BY id"));
    QStringList titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles.join(QLatin1Char('|'));
}

QStringList catalogueArgs(const QString &root, const QStringList &args)
{
    return QStringList{QStringLiteral("--content"), root} + args;
}

}  // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

    // Two seasons of the same twelve items: other titles and other (bigger) photos, so an
    // import has originals to copy and a publish has media to hash.
    static QString writeSeason(Fixture &f, const QString &name, int seed)
    {
        QJsonObject manifest = f.manifest();
        QJsonArray items;
        for (int i = 0; i < 12; ++i) {
            const QString file = QStringLiteral("%1/p%2.jpg").arg(name).arg(i);
            f.writeMedia(file, Fixture::jpeg(QSize(1200, 800), seed + i));
            items.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("item%1").arg(i, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("kind"), QStringLiteral("photo")},
                {QStringLiteral("file"), file},
                {QStringLiteral("country"), QStringLiteral("TH")},
                {QStringLiteral("themes"), QJsonArray{QStringLiteral("food")}},
                {QStringLiteral("licence"), QStringLiteral("CC0-1.0")},
                {QStringLiteral("title"),
                 QJsonObject{
                     {QStringLiteral("en"), QStringLiteral("%1 title %2").arg(name).arg(i)}}},
            });
        }
        manifest.insert(QStringLiteral("items"), items);
        const QString path = f.path() + QLatin1Char('/') + name + QStringLiteral(".json");
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(manifest).toJson());
        return path;
    }

    // Runs `args`, killing it with SIGKILL after `killAfterMs` (or letting it finish when
    // negative). Returns the elapsed time, or -1 if it was killed.
    static qint64 runKilled(const QStringList &args, qint64 killAfterMs)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        p.start(kCatalogueBin, args);
        if (!p.waitForStarted())
            return -2;
        if (killAfterMs >= 0 && !p.waitForFinished(int(killAfterMs))) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        p.waitForFinished(120000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? clock.elapsed() : -3;
    }

private slots:
    void killedAtRandomMomentsLeavesOldOrNew()
    {
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        const QString root = f.contentDir();
        const ContentRoot content(root);
        const auto importArgs = [&](const QString &manifest) {
            return catalogueArgs(root, {QStringLiteral("import"), manifest,
                                        QStringLiteral("--media"), f.mediaDir()});
        };
        const QStringList publish = catalogueArgs(root, {QStringLiteral("publish")});

        // A clean first season, and how long an import and a publish take.
        QString error;
        const qint64 importMs = runKilled(importArgs(writeSeason(f, QStringLiteral("s0"), 0)), -1);
        const qint64 publishMs = runKilled(publish, -1);
        QVERIFY(importMs > 0 && publishMs > 0);
        qInfo("a clean import of 12 new photos takes %lld ms, a publish %lld ms", importMs,
              publishMs);
        QString draftBefore = season(content.draftCatalogue(), &error);
        QString shownBefore = draftBefore;

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        int killedInImport = 0, killedInPublish = 0, newDraft = 0, newShown = 0;
        constexpr int kRounds = 40;
        for (int round = 1; round <= kRounds; ++round) {
            // Each round a new season: new titles and new photos to copy, hash and list.
            const QString name = QStringLiteral("s%1").arg(round);
            const QString manifest = writeSeason(f, name, round * 100);
            const qint64 at = qint64(random.bounded(double(importMs + publishMs) * 1.15));
            bool imported = false;
            if (at < importMs) {
                killedInImport += runKilled(importArgs(manifest), at) == -1;
            } else {
                QVERIFY(runKilled(importArgs(manifest), -1) > 0);
                imported = true;
                killedInPublish += runKilled(publish, at - importMs) == -1;
            }
            const QString where = QStringLiteral("round %1, killed at %2 ms").arg(round).arg(at);
            // The draft: whole, and the old season or the new one, never a mixture.
            const QString draft = season(content.draftCatalogue(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(where + QStringLiteral(": ") + error));
            const bool isNew =
                draft.count(name + QLatin1Char(' ')) == 12 && draft.count(QLatin1Char('|')) == 11;
            QVERIFY2(draft == draftBefore || isNew,
                     qPrintable(where + QStringLiteral(": ") + draft));
            QVERIFY2(!imported || isNew, qPrintable(where));
            newDraft += isNew;
            // Every release under its own name verifies, current included; current shows the
            // season shown before or the draft's.
            for (const ReleaseInfo &r : Release::list(content)) {
                ReleaseInfo info;
                QVERIFY2(Release::verify(content, r.number, Release::Check::Full, &info, &error),
                         qPrintable(where + QStringLiteral(": ") + error));
            }
            const QString shown = season(
                content.releaseDir(content.currentRelease()) + QStringLiteral("/catalogue.sqlite"),
                &error);
            QVERIFY2(shown == shownBefore || shown == draft, qPrintable(where));
            newShown += shown != shownBefore;
            draftBefore = draft;
            shownBefore = shown;
            // No original under a content name that is not that content.
            QDirIterator it(content.mediaDir(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.contains(QLatin1String("/.incoming/")))
                    continue;  // half-copied files wait there, never under a content name
                QVERIFY2(MediaStore::hashFile(file) == QFileInfo(file).completeBaseName(),
                         qPrintable(where + QStringLiteral(": ") + file));
            }
        }
        qInfo(
            "%d kills during import, %d during publish; the draft took the new season %d "
            "times, current %d times",
            killedInImport, killedInPublish, newDraft, newShown);
        QVERIFY(killedInImport > 0);
        QVERIFY(killedInPublish > 0);
        // The next clean run succeeds; nothing left behind stands in its way.
        QVERIFY(runKilled(importArgs(writeSeason(f, QStringLiteral("last"), 9000)), -1) > 0);
        QVERIFY(runKilled(publish, -1) > 0);
        QVERIFY(season(content.releaseDir(content.currentRelease()) +
                           QStringLiteral("/catalogue.sqlite"),
                       &error)
                    .startsWith(QLatin1String("last ")));
    }

    // A content root on a small file system of its own (a mount namespace, as root), so the
    // disk really fills up or really turns read-only under the publish.
    static bool publishOnDisk(const QString &root, const QString &how, QString *output,
                              QString *after)
    {
        const QString script = QStringLiteral(
            "set -e; m=$(mktemp -d); s=$(du -sk \"$1\" | cut -f1);"
            " if [ \"$2\" = full ]; then size=$((s + 40)); else size=$((s * 2 + 1024)); fi;"
            " mount -t tmpfs -o size=${size}k none \"$m\"; cp -a \"$1/.\" \"$m/\";"
            // Full but for 64 KB: enough to open the draft, not for its snapshot.
            " if [ \"$2\" = full ]; then dd if=/dev/zero of=\"$m/spare\" bs=4k count=16;"
            "  dd if=/dev/zero of=\"$m/filler\" bs=4k 2>/dev/null || true; rm \"$m/spare\"; fi;"
            " if [ \"$2\" = readonly ]; then mount -o remount,ro \"$m\"; fi;"
            " set +e; \"$3\" --content \"$m\" publish; echo \"exit $?\";"
            " rm -rf \"$4\"; cp -a \"$m/.\" \"$4/\"");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("unshare"),
                {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                 QStringLiteral("sh"), root, how, kCatalogueBin, *after});
        p.waitForFinished(60000);
        *output = QString::fromUtf8(p.readAll());
        return p.exitCode() == 0 && output->contains(QLatin1String("exit "));
    }

    void aFullOrReadOnlyDiskAbortsPublish_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full") << "full"
                              << "is the disk full or read-only?";
        QTest::newRow("read-only") << "readonly"
                                   << "is the disk full or read-only?";
    }

    void aFullOrReadOnlyDiskAbortsPublish()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        Fixture f;
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        const QString root = f.contentDir();
        QVERIFY(runKilled(catalogueArgs(root, {QStringLiteral("import"),
                                               writeSeason(f, QStringLiteral("one"), 0),
                                               QStringLiteral("--media"), f.mediaDir()}),
                          -1) > 0);
        QVERIFY(runKilled(catalogueArgs(root, {QStringLiteral("publish")}), -1) > 0);
        // The next season is imported (a large draft), then published onto the small disk.
        QVERIFY(runKilled(catalogueArgs(root, {QStringLiteral("import"),
                                               writeSeason(f, QStringLiteral("two"), 50),
                                               QStringLiteral("--media"), f.mediaDir()}),
                          -1) > 0);
        QString output;
        QTemporaryDir after;
        QString afterPath = after.path();
        if (!publishOnDisk(root, how, &output, &afterPath))
            QSKIP(qPrintable(QStringLiteral("needs root and mount namespaces (unshare -m): ") +
                             output));
        qInfo().noquote() << output.section(QLatin1String("asean-catalogue: "), 1).trimmed();
        QVERIFY2(output.contains(QLatin1String("exit 1")), qPrintable(output));
        QVERIFY2(output.contains(expected), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("The current release is unchanged.")),
                 qPrintable(output));
        // What the kiosk would have seen: release 1, whole, and no release 2 under its name.
        const ContentRoot seen(afterPath);
        QCOMPARE(seen.currentRelease(), 1);
        ReleaseInfo info;
        QString error;
        QVERIFY2(Release::verify(seen, 1, Release::Check::Full, &info, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(seen.releaseDir(2)));
        QVERIFY(season(seen.releaseDir(1) + QStringLiteral("/catalogue.sqlite"), &error)
                    .startsWith(QLatin1String("one ")));
    }
};

QTEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
