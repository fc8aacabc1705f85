// A catalogue that can forget: `asean-catalogue remove`, and rows of sheets and JSON whose
// `remove` says yes, on real content roots. Removals are checked like an import and written all
// or nothing; a published release keeps what it had, and prune frees an original only once no
// kept release shows it.
#include "cataloguecall.h"
#include "contentroot.h"
#include "fixture.h"
#include "sqlconnection.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

class TestRemove : public QObject {
    Q_OBJECT

    QString m_out;
    QString m_err;

    int cli(const Fixture &f, const QStringList &args)
    {
        return callCatalogue(QStringList{QStringLiteral("--content"), f.contentDir()} + args,
                             &m_out, &m_err);
    }

    // The ids of a catalogue's rows of `table` (item, theme, country).
    static QStringList ids(const QString &catalogue, const QString &table)
    {
        SqlConnection db;
        if (!db.open(catalogue, SqlConnection::Mode::ReadOnly))
            return {QStringLiteral("cannot open ") + catalogue};
        QSqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                   .arg(table == QLatin1String("country") ? QStringLiteral("code")
                                                          : QStringLiteral("id"),
                        table));
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

    static int rows(const QString &catalogue, const QString &sql)
    {
        SqlConnection db;
        db.open(catalogue, SqlConnection::Mode::ReadOnly);
        QSqlQuery q(db.db());
        q.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }

    // Whether the content root's media store holds the original of the fixture's `file`.
    static bool stored(const Fixture &f, const QString &file)
    {
        QFile source(f.mediaDir() + QLatin1Char('/') + file);
        source.open(QIODevice::ReadOnly);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256).toHex());
        QDirIterator it(ContentRoot(f.contentDir()).mediaDir(), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            if (QFileInfo(it.next()).completeBaseName() == hash)
                return true;
        return false;
    }

    // Two states and two themes; Timor-Leste's two items, Thailand's one; published once.
    static void twoStates(Fixture &f)
    {
        f.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"), 1);
        f.addCountry(QStringLiteral("TL"), QStringLiteral("Timor-Leste"), 2);
        f.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        f.addTheme(QStringLiteral("crafts"), QStringLiteral("Crafts"));
        f.addPhoto(QStringLiteral("th-tom-yum"), QStringLiteral("TH"), QStringLiteral("food"));
        f.addPhoto(QStringLiteral("tl-tais"), QStringLiteral("TL"), QStringLiteral("crafts"));
        f.addPhoto(QStringLiteral("tl-batar-daan"), QStringLiteral("TL"), QStringLiteral("food"));
        QVERIFY(f.publish());
    }

private slots:
    void anItemLeavesTheDraftButNotTheRelease()
    {
        Fixture f;
        twoStates(f);
        const ContentRoot root(f.contentDir());
        QCOMPARE(
            cli(f, {QStringLiteral("remove"), QStringLiteral("item"), QStringLiteral("tl-tais")}),
            0);
        QVERIFY2(m_out.contains(QLatin1String("Removed 1 entries")), qPrintable(m_out));
        QCOMPARE(ids(root.draftCatalogue(), QStringLiteral("item")),
                 QStringList({"th-tom-yum", "tl-batar-daan"}));
        QCOMPARE(rows(root.draftCatalogue(),
                      QStringLiteral("SELECT count(*) FROM text WHERE id = 'tl-tais'")),
                 0);
        // Release 1 keeps it, so prune keeps its original.
        const QString first = ContentRoot::catalogueIn(root.releaseDir(1));
        QVERIFY(ids(first, QStringLiteral("item")).contains(QStringLiteral("tl-tais")));
        QCOMPARE(cli(f, {QStringLiteral("publish"), QStringLiteral("--keep"), QStringLiteral("2")}),
                 0);
        QVERIFY(!ids(ContentRoot::catalogueIn(root.releaseDir(2)), QStringLiteral("item"))
                     .contains(QStringLiteral("tl-tais")));
        QCOMPARE(cli(f, {QStringLiteral("prune")}), 0);
        QVERIFY(stored(f, QStringLiteral("photos/tl-tais.jpg")));
        QVERIFY(stored(f, QStringLiteral("photos/tl-batar-daan.jpg")));
        // Once no kept release shows it, prune frees it (the same draft again: --force).
        QCOMPARE(cli(f, {QStringLiteral("publish"), QStringLiteral("--force"),
                         QStringLiteral("--keep"), QStringLiteral("1")}),
                 0);
        QCOMPARE(cli(f, {QStringLiteral("prune")}), 0);
        QVERIFY(!stored(f, QStringLiteral("photos/tl-tais.jpg")));
        QVERIFY(stored(f, QStringLiteral("photos/tl-batar-daan.jpg")));
    }

    void aStateOrThemeInUseStaysAndItsItemsAreListed()
    {
        Fixture f;
        twoStates(f);
        const QString draft = ContentRoot(f.contentDir()).draftCatalogue();
        QCOMPARE(cli(f, {QStringLiteral("remove"), QStringLiteral("state"), QStringLiteral("TL")}),
                 1);
        QVERIFY2(m_err.contains(QLatin1String("member state TL: the member state \"TL\" cannot be "
                                              "removed while items use it: tl-batar-daan, "
                                              "tl-tais.")),
                 qPrintable(m_err));
        QVERIFY2(m_err.contains(QLatin1String("nothing was removed")), qPrintable(m_err));
        // All or nothing: the theme nobody uses is not removed either.
        QCOMPARE(cli(f, {QStringLiteral("remove"), QStringLiteral("theme"),
                         QStringLiteral("crafts"), QStringLiteral("nonesuch")}),
                 1);
        QVERIFY2(m_err.contains(QLatin1String("items use it: tl-tais.")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QLatin1String("there is no theme \"nonesuch\"")),
                 qPrintable(m_err));
        QCOMPARE(ids(draft, QStringLiteral("country")), QStringList({"TH", "TL"}));
        QCOMPARE(ids(draft, QStringLiteral("theme")), QStringList({"crafts", "food"}));
        // With its items gone, the state goes.
        QCOMPARE(cli(f, {QStringLiteral("remove"), QStringLiteral("item"),
                         QStringLiteral("tl-tais"), QStringLiteral("tl-batar-daan")}),
                 0);
        QCOMPARE(cli(f, {QStringLiteral("remove"), QStringLiteral("state"), QStringLiteral("TL")}),
                 0);
        QCOMPARE(
            cli(f, {QStringLiteral("remove"), QStringLiteral("theme"), QStringLiteral("crafts")}),
            0);
        QCOMPARE(ids(draft, QStringLiteral("country")), QStringList({"TH"}));
        QCOMPARE(ids(draft, QStringLiteral("theme")), QStringList({"food"}));
        QCOMPARE(rows(draft, QStringLiteral("SELECT count(*) FROM text WHERE id IN ('TL', "
                                            "'crafts')")),
                 0);
        QCOMPARE(cli(f, {QStringLiteral("validate")}), 0);
    }

    // A sheet's `remove` column: a yes row needs its id alone, and goes with the rest of the
    // sheet, all or nothing.
    void aSheetRowSaysRemove()
    {
        Fixture f;
        twoStates(f);
        const QString draft = ContentRoot(f.contentDir()).draftCatalogue();
        const auto sheet = [&f](const QByteArray &rows) {
            const QString path = f.path() + QStringLiteral("/items.csv");
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write("id,kind,file,country,licence,title_en,remove\n" + rows);
            return path;
        };
        QCOMPARE(
            cli(f, {QStringLiteral("import"), sheet("tl-tais,,,,,,yes\nth-tom-yum,,,,,,perhaps\n"),
                    QStringLiteral("--media"), f.mediaDir()}),
            1);
        QVERIFY2(m_err.contains(QLatin1String("items.csv:3:")) &&
                     m_err.contains(QLatin1String("\"remove\" must be yes or no.")),
                 qPrintable(m_err));
        QVERIFY(ids(draft, QStringLiteral("item")).contains(QStringLiteral("tl-tais")));
        QCOMPARE(cli(f, {QStringLiteral("import"),
                         sheet("tl-tais,,,,,,yes\n"
                               "tl-new,photo,photos/tl-tais.jpg,XX,CC0-1.0,New,no\n"),
                         QStringLiteral("--media"), f.mediaDir()}),
                 1);  // no state XX: nothing changes, the removal neither
        QVERIFY(ids(draft, QStringLiteral("item")).contains(QStringLiteral("tl-tais")));
        QCOMPARE(cli(f, {QStringLiteral("import"), sheet("tl-tais,,,,,,yes\n"),
                         QStringLiteral("--media"), f.mediaDir()}),
                 0);
        // The import's summary counts the removal with the rest of what it changes.
        QCOMPARE(m_out, QStringLiteral("Imported 0 member states, 0 themes and 0 items into the "
                                       "draft:\n"
                                       "  0 new items, 0 changed, 1 removed\n"
                                       "  texts: ko 1 removed; en 1 removed\n"
                                       "Look at the draft with 'asean-kiosk --content %1 --draft', "
                                       "then publish it.\n")
                            .arg(ContentRoot(f.contentDir()).path()));
        QCOMPARE(ids(draft, QStringLiteral("item")), QStringList({"th-tom-yum", "tl-batar-daan"}));
    }

    // JSON's "remove": true, in the same manifest that moves a state's last item elsewhere.
    void aJsonEntrySaysRemove()
    {
        Fixture f;
        twoStates(f);
        const QString draft = ContentRoot(f.contentDir()).draftCatalogue();
        QJsonObject moved = f.manifest()
                                .value(QStringLiteral("items"))
                                .toArray()
                                .at(2)
                                .toObject();  // tl-batar-daan
        moved.insert(QStringLiteral("country"), QStringLiteral("TH"));
        const QJsonObject manifest{
            {QStringLiteral("countries"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("TL")},
                                    {QStringLiteral("remove"), true}}}},
            {QStringLiteral("items"),
             QJsonArray{moved, QJsonObject{{QStringLiteral("id"), QStringLiteral("tl-tais")},
                                           {QStringLiteral("remove"), true}}}}};
        const QString path = f.path() + QStringLiteral("/remove.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(manifest).toJson());
        file.close();
        QCOMPARE(cli(f, {QStringLiteral("import"), path, QStringLiteral("--media"), f.mediaDir()}),
                 0);
        QCOMPARE(ids(draft, QStringLiteral("country")), QStringList({"TH"}));
        QCOMPARE(ids(draft, QStringLiteral("item")), QStringList({"th-tom-yum", "tl-batar-daan"}));
    }
};

QTEST_GUILESS_MAIN(TestRemove)
#include "tst_remove.moc"
