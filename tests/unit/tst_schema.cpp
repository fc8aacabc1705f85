// Schema creation, each migration step, rollback of a failed step, refusal of newer files.
#include "catalogue.h"
#include "contentroot.h"
#include "fixture.h"
#include "schema.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSchema : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_n++)); }

    static bool hasObject(QSqlDatabase &db, const QString &name)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A copy of a checked-in catalogue (tests/data/catalogues, see make-catalogues.sh there),
    // so that nothing changes the file itself.
    QString copyOf(const QString &name)
    {
        const QString copy = newPath();
        QFile::copy(QStringLiteral(ASEAN_SOURCE_DIR "/tests/data/catalogues/") + name, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        return copy;
    }

    // The rows of `table` in `columns`, each as compact JSON, sorted.
    static QStringList rowsOf(QSqlDatabase &db, const QString &table, const QStringList &columns)
    {
        QSqlQuery q(db);
        QStringList rows;
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(", "), table)))
            return {q.lastError().text()};
        while (q.next()) {
            QJsonObject row;
            for (const QString &column : columns) {
                const QVariant v = q.value(column);
                row.insert(column,
                           v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
            }
            rows << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        }
        rows.sort();
        return rows;
    }

private slots:
    void createsTheLatestSchema()
    {
        SqlConnection c;
        QVERIFY(c.open(newPath(), SqlConnection::Mode::ReadWrite));
        QCOMPARE(Schema::versionOf(c.db()), 0);
        const Schema::Result r = Schema::migrate(c.db());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.from, 0);
        QCOMPARE(r.to, Schema::latestVersion());
        QCOMPARE(Schema::versionOf(c.db()), Schema::latestVersion());
        for (const char *table :
             {"media", "country", "theme", "item", "item_theme", "text", "text_search"})
            QVERIFY2(hasObject(c.db(), QLatin1String(table)), table);
        // Running it again is a no-op.
        QVERIFY(Schema::migrate(c.db()).ok);
    }

    void everyStepMigratesToTheLatest_data()
    {
        QTest::addColumn<int>("start");
        for (int v = 0; v < Schema::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void everyStepMigratesToTheLatest()
    {
        QFETCH(int, start);
        SqlConnection c;
        QVERIFY(c.open(newPath(), SqlConnection::Mode::ReadWrite));
        QVERIFY(Schema::migrate(c.db(), start).ok);
        QCOMPARE(Schema::versionOf(c.db()), start);
        if (start >= 1) {
            // Data written by an old program survives and, from v2, is searchable.
            QVERIFY(
                c.exec(QStringLiteral("INSERT INTO text (entity, id, field, lang, value) VALUES"
                                      " ('item', 'x', 'title', 'th', 'ลอยกระทง')")));
        }
        const Schema::Result r = Schema::migrate(c.db());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.from, start);
        QCOMPARE(Schema::versionOf(c.db()), Schema::latestVersion());
        if (start >= 1) {
            QSqlQuery q(c.db());
            QVERIFY(q.exec(
                QStringLiteral("SELECT id FROM text_search WHERE text_search MATCH 'กระทง'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("x"));
        }
    }

    // Step 4: a v3 catalogue keeps its states, which have no home language until a curator
    // gives one; a pronunciation is a text like any other (field "pronunciation").
    void homeLanguageArrivesEmptyAndPronunciationsAreTexts()
    {
        SqlConnection c;
        QVERIFY(c.open(newPath(), SqlConnection::Mode::ReadWrite));
        QVERIFY(Schema::migrate(c.db(), 3).ok);
        QVERIFY(
            c.exec(QStringLiteral("INSERT INTO country (code, sort_order, native_name, joined,"
                                  " accent) VALUES ('TH', 1, 'ประเทศไทย', '1967-08-08',"
                                  " '#112233')")));
        const Schema::Result r = Schema::migrate(c.db());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.to, Schema::latestVersion());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT language IS NULL, native_name FROM country")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QCOMPARE(q.value(1).toString(), QStringLiteral("ประเทศไทย"));
        QVERIFY(c.exec(QStringLiteral("UPDATE country SET language = 'th'")));
        QVERIFY(
            c.exec(QStringLiteral("INSERT INTO text (entity, id, field, lang, value) VALUES"
                                  " ('item', 'x', 'pronunciation', 'ko', '똠얌꿍')")));
    }

    void searchIndexFollowsEdits()
    {
        SqlConnection c;
        QVERIFY(c.open(newPath(), SqlConnection::Mode::ReadWrite));
        QVERIFY(Schema::migrate(c.db()).ok);
        QVERIFY(
            c.exec(QStringLiteral("INSERT INTO text (entity, id, field, lang, value) VALUES"
                                  " ('item', 'a', 'title', 'ko', '러이 끄라통 축제')")));
        QVERIFY(c.exec(QStringLiteral("UPDATE text SET value = '송끄란 물 축제' WHERE id = 'a'")));
        QSqlQuery q(c.db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM text_search WHERE text_search MATCH '끄라통'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM text_search WHERE text_search MATCH '송끄란'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Guards that a step failing half way leaves nothing of the statements that did run.
    void failedStepIsRolledBack()
    {
        SqlConnection c;
        QVERIFY(c.open(newPath(), SqlConnection::Mode::ReadWrite));
        QVERIFY(Schema::migrate(c.db(), 1).ok);
        // Step 2 makes text_search, fills it, adds its insert trigger, then its delete trigger:
        // a trigger of that name already there fails the step after three statements ran.
        QVERIFY(
            c.exec(QStringLiteral("CREATE TRIGGER text_search_delete AFTER DELETE ON text"
                                  " BEGIN SELECT 1; END")));
        const Schema::Result r = Schema::migrate(c.db());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("rolled back")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("text_search_delete")), qPrintable(r.error));
        QCOMPARE(Schema::versionOf(c.db()), 1);
        QVERIFY2(!hasObject(c.db(), QStringLiteral("text_search")), "the step's table stayed");
        QVERIFY2(!hasObject(c.db(), QStringLiteral("text_search_insert")),
                 "the step's first trigger stayed");
        QVERIFY(hasObject(c.db(), QStringLiteral("text_search_delete")));  // not the step's
    }

    // Kiosks are updated before the office publishes again: a release made by the program
    // before schema 4 is still shown, through an upgraded copy, and the release is not touched.
    void aReleaseFromAnOlderProgramIsStillShown()
    {
        Fixture fixture;
        fixture.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        fixture.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        fixture.addPhoto(QStringLiteral("th-tom-yum"), QStringLiteral("TH"),
                         QStringLiteral("food"));
        QVERIFY(fixture.publish());
        const QString release =
            ContentRoot::catalogueIn(ContentRoot(fixture.contentDir()).releaseDir(1));
        {
            // What the program before schema 4 published: no home language column, and none
            // of schema 5's schedules.
            SqlConnection old;
            QVERIFY(old.open(release, SqlConnection::Mode::ReadWrite));
            QSqlQuery q(old.db());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE country DROP COLUMN language")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX item_shown")));
            for (const char *column :
                 {"country DROP COLUMN shown_from", "country DROP COLUMN shown_until",
                  "country DROP COLUMN halls", "theme DROP COLUMN shown_from",
                  "theme DROP COLUMN shown_until", "theme DROP COLUMN halls",
                  "item DROP COLUMN shown_from", "item DROP COLUMN shown_until",
                  "item DROP COLUMN featured_from", "item DROP COLUMN featured_until"})
                QVERIFY2(q.exec(QStringLiteral("ALTER TABLE ") + QLatin1String(column)), column);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        }
        const QByteArray before = fileBytes(release);

        Catalogue shown;
        QVERIFY2(shown.open(release, SqlConnection::Mode::Immutable),
                 qPrintable(shown.errorString()));
        const QList<CountryRow> countries = shown.countries(QStringLiteral("en"));
        QCOMPARE(countries.size(), 1);
        QCOMPARE(countries.first().name, QStringLiteral("Thailand"));
        QCOMPARE(shown.items({}, QStringLiteral("en"), 0, 100).size(), 1);
        QCOMPARE(fileBytes(release), before);
    }

    // Every catalogue version this program once wrote, checked in: each later schema step must
    // bring every row of the draft and of a release through (the pattern of KDE Elisa's
    // databaseinterfacetest), and a kiosk still shows the release.
    void checkedInCataloguesKeepEveryRow_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("rows");
        const QDir data(QStringLiteral(ASEAN_SOURCE_DIR "/tests/data/catalogues"));
        const QStringList dumps = data.entryList({QStringLiteral("rows-schema*.json")});
        QVERIFY(!dumps.isEmpty());
        for (const QString &dump : dumps) {
            const QString version = dump.mid(11).chopped(5);
            for (const char *kind : {"draft", "release"}) {
                const QString file = QStringLiteral("%1-schema%2.sqlite").arg(kind, version);
                QTest::newRow(qPrintable(file)) << file << dump;
            }
        }
    }

    void checkedInCataloguesKeepEveryRow()
    {
        QFETCH(QString, file);
        QFETCH(QString, rows);
        QFile dump(QStringLiteral(ASEAN_SOURCE_DIR "/tests/data/catalogues/") + rows);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(dump.readAll()).object();
        QVERIFY(expected.size() >= 6);
        const QString path = copyOf(file);
        {
            // As the kiosk shows a release: through an upgraded copy when it is older.
            Catalogue shown;
            QVERIFY2(shown.open(path, SqlConnection::Mode::Immutable),
                     qPrintable(shown.errorString()));
            QStringList names;
            for (const CountryRow &country : shown.countries(QStringLiteral("tet")))
                names << country.name;
            QCOMPARE(names, QStringList({"Tailándia", "Timor-Leste"}));
            QCOMPARE(shown.items({}, QStringLiteral("en"), 0, 100).size(), 2);
            // Rows from before schedules are shown on every day in every hall (step 5).
            shown.setShowing({QDate(2028, 2, 29), QStringLiteral("jeju")});
            QCOMPARE(shown.countries(QStringLiteral("en")).size(), 2);
            QCOMPARE(shown.themes(QStringLiteral("en")).size(), 2);
            QCOMPARE(shown.items({}, QStringLiteral("en"), 0, 100).size(), 2);
            ItemFilter attract;
            attract.featuredOnly = true;
            QCOMPARE(shown.itemCount(attract), 1);  // th-tom-yum, featured without days
        }
        // As the office's draft is opened: brought to the latest schema in place.
        SqlConnection c;
        QVERIFY(c.open(path, SqlConnection::Mode::ReadWrite));
        const Schema::Result migrated = Schema::migrate(c.db());
        QVERIFY2(migrated.ok, qPrintable(migrated.error));
        QCOMPARE(Schema::versionOf(c.db()), Schema::latestVersion());
        for (auto table = expected.begin(); table != expected.end(); ++table) {
            const QJsonArray wanted = table.value().toArray();
            QVERIFY2(!wanted.isEmpty(), qPrintable(table.key()));
            const QStringList columns = wanted.first().toObject().keys();
            QStringList want;
            for (const QJsonValue &row : wanted)
                want << QString::fromUtf8(
                    QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact));
            want.sort();
            QCOMPARE(rowsOf(c.db(), table.key(), columns), want);
        }
    }

    void refusesANewerDatabase()
    {
        const QString path = newPath();
        {
            SqlConnection c;
            QVERIFY(c.open(path, SqlConnection::Mode::ReadWrite));
            QVERIFY(Schema::migrate(c.db()).ok);
            QVERIFY(c.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
            const Schema::Result r = Schema::migrate(c.db());
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QLatin1String("Update the ASEAN Halls software")),
                     qPrintable(r.error));
            QCOMPARE(Schema::versionOf(c.db()), Schema::latestVersion() + 1);
        }
        Catalogue catalogue;
        QVERIFY(!catalogue.open(path, SqlConnection::Mode::ReadOnly));
        QVERIFY2(catalogue.errorString().contains(QLatin1String("newer program")),
                 qPrintable(catalogue.errorString()));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        SqlConnection c;
        QVERIFY(!c.open(path, SqlConnection::Mode::ReadOnly));
        QVERIFY(!c.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
