// The list models QML binds to, each under QAbstractItemModelTester.
#include "acrossaseanmodel.h"
#include "contentroot.h"
#include "countrymodel.h"
#include "fixture.h"
#include "importer.h"
#include "itemmodel.h"
#include "livecatalogue.h"
#include "mediakind.h"
#include "publisher.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

// A model on the current release of `root`, watched by QAbstractItemModelTester all its life.
template <typename Model>
struct Tested {
    explicit Tested(const QString &root)
    {
        if (!live.openRelease(root))
            qFatal("cannot open %s", qPrintable(root));
        model.setCatalogue(&live);
    }
    LiveCatalogue live{nullptr};
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

class TestModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_demo;
    Fixture m_many;

private slots:
    void initTestCase()
    {
        const ContentRoot root(m_demo.path());
        QVERIFY(Importer(root).importManifest(demoManifest()).ok());
        QVERIFY(Publisher(root).publish(QStringLiteral("demo")).ok);

        m_many.addCountry(QStringLiteral("TH"), QStringLiteral("Thailand"));
        QJsonObject &vn = m_many.addCountry(QStringLiteral("VN"), QStringLiteral("Viet Nam"));
        // A name in English and Korean, a capital in Korean only: the fallback chain's end.
        vn.insert(QStringLiteral("name"),
                  QJsonObject{{QStringLiteral("en"), QStringLiteral("Viet Nam")},
                              {QStringLiteral("ko"), QStringLiteral("베트남")}});
        vn.insert(QStringLiteral("capital"),
                  QJsonObject{{QStringLiteral("ko"), QStringLiteral("하노이")}});
        m_many.addTheme(QStringLiteral("food"), QStringLiteral("Food"));
        m_many.addTheme(QStringLiteral("nature"), QStringLiteral("Nature"));
        for (int i = 0; i < 130; ++i)
            m_many.addPhoto(QStringLiteral("th-%1").arg(i, 3, 10, QLatin1Char('0')),
                            QStringLiteral("TH"),
                            i % 2 ? QStringLiteral("food") : QStringLiteral("nature"), QSize(8, 8));
        m_many.addPhoto(QStringLiteral("vn-1"), QStringLiteral("VN"), QStringLiteral("food"),
                        QSize(8, 8));
        QVERIFY(m_many.publish());
    }

    void countriesInOrderWithTheirFacts()
    {
        Tested<CountryModel> tested(m_demo.path());
        auto &model = tested.model;
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.count(), 11);
        QCOMPARE(model.data(model.index(0), CountryModel::CodeRole).toString(),
                 QStringLiteral("BN"));
        QCOMPARE(model.data(model.index(10), CountryModel::CodeRole).toString(),
                 QStringLiteral("VN"));
        const QModelIndex th = model.index(model.indexOf(QStringLiteral("TH")));
        QCOMPARE(model.data(th, CountryModel::NameRole).toString(), QStringLiteral("Thailand"));
        QCOMPARE(model.data(th, CountryModel::NativeNameRole).toString(),
                 QStringLiteral("ประเทศไทย"));
        QCOMPARE(model.data(th, CountryModel::JoinedRole).toDate(), QDate(1967, 8, 8));
        QVERIFY(model.data(th, CountryModel::AccentRole).value<QColor>().isValid());
        QVERIFY(model.data(th, CountryModel::FlagRole)
                    .toString()
                    .startsWith(QLatin1String("image://media/media/")));
        QVERIFY(model.data(th, CountryModel::PhotoRole)
                    .toString()
                    .startsWith(QLatin1String("image://media/")));
        QVERIFY(model.data(th, CountryModel::ItemCountRole).toInt() >= 6);
        QCOMPARE(model.get(th.row(), QStringLiteral("capital")).toString(),
                 QStringLiteral("Bangkok"));
        QVERIFY(!model.get(th.row(), QStringLiteral("nonsense")).isValid());
    }

    void languageAndFallback()
    {
        Tested<CountryModel> tested(m_demo.path());
        auto &model = tested.model;
        model.setLanguage(QStringLiteral("ko"));
        const QModelIndex th = model.index(model.indexOf(QStringLiteral("TH")));
        QCOMPARE(model.data(th, CountryModel::NameRole).toString(), QStringLiteral("태국"));
        QCOMPARE(model.data(th, CountryModel::CapitalRole).toString(), QStringLiteral("방콕"));
        // Indonesian texts are not in the demo yet: English stands in, never a gap.
        model.setLanguage(QStringLiteral("id"));
        QCOMPARE(
            model.data(model.index(model.indexOf(QStringLiteral("TH"))), CountryModel::NameRole)
                .toString(),
            QStringLiteral("Thailand"));
    }

    // Guards the chain's last step: a text in neither the chosen language nor English shows in
    // Korean, not as a gap.
    void koreanIsTheLastFallback()
    {
        Tested<CountryModel> tested(m_many.contentDir());
        auto &model = tested.model;
        model.setLanguage(QStringLiteral("th"));
        const QModelIndex vn = model.index(model.indexOf(QStringLiteral("VN")));
        QCOMPARE(model.data(vn, CountryModel::CapitalRole).toString(), QStringLiteral("하노이"));
        // English still comes before Korean.
        QCOMPARE(model.data(vn, CountryModel::NameRole).toString(), QStringLiteral("Viet Nam"));
    }

    void oneCountryByCode()
    {
        Tested<CountryModel> tested(m_demo.path());
        auto &model = tested.model;
        model.setCode(QStringLiteral("KH"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.get(0, QStringLiteral("nativeName")).toString(), QStringLiteral("កម្ពុជា"));
        model.setCode(QStringLiteral("ZZ"));
        QCOMPARE(model.rowCount(), 0);
    }

    // A native name the visitor already reads in the name is not shown a second time.
    void aNativeNameIsNotTheNameTwice()
    {
        Tested<CountryModel> tested(m_demo.path());
        auto &model = tested.model;
        const auto nativeName = [&model](const char *code) {
            return model.get(model.indexOf(QLatin1String(code)), QStringLiteral("nativeName"))
                .toString();
        };
        QCOMPARE(nativeName("ID"), QString());
        QCOMPARE(nativeName("BN"), QString());
        QCOMPARE(nativeName("SG"), QStringLiteral("Singapura"));
        model.setLanguage(QStringLiteral("ms"));
        QCOMPARE(nativeName("SG"), QString());
        QCOMPARE(nativeName("MY"), QString());
        QCOMPARE(nativeName("TH"), QStringLiteral("ประเทศไทย"));
    }

    void itemsArriveAPageAtATime()
    {
        LiveCatalogue live(nullptr);
        QVERIFY(live.openRelease(m_many.contentDir()));
        ItemModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setCatalogue(&live);
        QCOMPARE(model.count(), 131);
        QCOMPARE(model.rowCount(), ItemModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});  // asked twice before the loop runs: still one page
        QCOMPARE(model.rowCount(), ItemModel::kPageSize);
        QTRY_COMPARE(model.rowCount(), 2 * ItemModel::kPageSize);
        QCOMPARE(inserted.count(), 1);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 131);
        QVERIFY(!model.canFetchMore({}));

        model.setCountry(QStringLiteral("TH"));
        QCOMPARE(model.count(), 130);
        model.setTheme(QStringLiteral("food"));
        QCOMPARE(model.count(), 65);
        QCOMPARE(model.rowCount(), ItemModel::kPageSize);
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, ItemModel::KindRole).toInt(), int(MediaKind::Photo));
        QCOMPARE(model.data(first, ItemModel::CountryRole).toString(), QStringLiteral("TH"));
        QCOMPARE(model.data(first, ItemModel::WidthRole).toInt(), 8);
        QVERIFY(model.data(first, ItemModel::SourceRole)
                    .toString()
                    .startsWith(QLatin1String("image://media/")));
        QVERIFY(!model.data(first, ItemModel::VideoRole).toUrl().isValid());
    }

    void aPageScheduledBeforeAFilterChangeIsDropped()
    {
        LiveCatalogue live(nullptr);
        QVERIFY(live.openRelease(m_many.contentDir()));
        ItemModel model;
        model.setCatalogue(&live);
        model.fetchMore({});
        model.setCountry(QStringLiteral("VN"));
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), ItemModel::IdRole).toString(), QStringLiteral("vn-1"));
    }

    void itemModelPassesTheTester()
    {
        Tested<ItemModel> tested(m_many.contentDir());
        auto &model = tested.model;
        // The tester fetches more after every change: pages keep arriving until all are in.
        QTRY_COMPARE(model.rowCount(), 131);
        model.setTheme(QStringLiteral("nature"));
        QTRY_COMPARE(model.rowCount(), 65);
        model.setLanguage(QStringLiteral("ko"));
        QCOMPARE(model.rowCount(), 65);
    }

    void languageSwitchKeepsRowsInPlace()
    {
        Tested<ItemModel> tested(m_many.contentDir());
        auto &model = tested.model;
        QTRY_COMPARE(model.rowCount(), 131);
        const int rows = model.rowCount();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(QStringLiteral("ko"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(model.data(model.index(0), ItemModel::TitleRole)
                    .toString()
                    .startsWith(QStringLiteral("제목")));
    }

    void videosCarryAFileUrlAndAPoster()
    {
        Tested<ItemModel> tested(m_demo.path());
        auto &model = tested.model;
        QTRY_VERIFY(!model.canFetchMore({}));
        int videos = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            if (model.data(index, ItemModel::KindRole).toInt() != MediaKind::Video)
                continue;
            ++videos;
            const QUrl url = model.data(index, ItemModel::VideoRole).toUrl();
            QVERIFY(url.isLocalFile());
            QVERIFY(QFileInfo::exists(url.toLocalFile()));
            QVERIFY(model.data(index, ItemModel::SourceRole)
                        .toString()
                        .endsWith(QLatin1String(".jpg")));
        }
        QVERIFY(videos >= 3);
    }

    // Across ASEAN: beside tom yum goong, one dish from each other state, in the states' order.
    void acrossAseanShowsTheThemeInTheOtherStates()
    {
        Tested<AcrossAseanModel> tested(m_demo.path());
        auto &model = tested.model;
        QSignalSpy shared(&model, &AcrossAseanModel::sharedThemeChanged);
        model.setItemId(QStringLiteral("th-tom-yum"));
        QCOMPARE(model.sharedTheme(), QStringLiteral("food"));
        QCOMPARE(shared.count(), 1);
        QStringList ids, countries;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            ids << model.data(index, AcrossAseanModel::IdRole).toString();
            countries << model.data(index, AcrossAseanModel::CountryRole).toString();
            QVERIFY(model.data(index, AcrossAseanModel::FlagRole)
                        .toString()
                        .startsWith(QLatin1String("image://media/")));
            QVERIFY(!model.data(index, AcrossAseanModel::SourceRole).toString().isEmpty());
        }
        QCOMPARE(countries,
                 (QStringList{"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TL", "VN"}));
        QCOMPARE(ids.at(1), QStringLiteral("kh-fish-amok"));
        QCOMPARE(model.data(model.index(1), AcrossAseanModel::TitleRole).toString(),
                 QStringLiteral("Fish amok"));
        QCOMPARE(model.data(model.index(1), AcrossAseanModel::CountryNameRole).toString(),
                 QStringLiteral("Cambodia"));
        // A new language keeps the rows (and the rail's place).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setLanguage(QStringLiteral("ko"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.data(model.index(1), AcrossAseanModel::TitleRole).toString(),
                 QStringLiteral("피시 아목"));
        // A state's featured item stands for it: Thailand's festival is Loy Krathong.
        model.setItemId(QStringLiteral("mm-thingyan"));
        QCOMPARE(model.sharedTheme(), QStringLiteral("festivals"));
        // (Thailand's row comes before Timor-Leste's and Viet Nam's.)
        QCOMPARE(model.get(model.rowCount() - 3, QStringLiteral("itemId")).toString(),
                 QStringLiteral("th-loy-krathong"));
        // A theme the item does not have falls back to its own.
        model.setTheme(QStringLiteral("nature"));
        QCOMPARE(model.sharedTheme(), QStringLiteral("festivals"));
        model.setItemId(QStringLiteral("no-such-item"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.sharedTheme(), QString());
    }

    // In its own words: the title in the state's language and script, with a pronunciation for
    // the visitor when the catalogue has one, unless the visitor reads that language already.
    void titlesInTheirOwnWords()
    {
        Tested<ItemModel> tested(m_demo.path());
        auto &model = tested.model;
        model.setCountry(QStringLiteral("TH"));
        model.setTheme(QStringLiteral("food"));
        QCOMPARE(model.rowCount(), 1);
        const auto role = [&](int r) {
            return model.data(model.index(0), r).toString().remove(QChar(0x200B));
        };
        QCOMPARE(role(ItemModel::NativeTitleRole), QStringLiteral("ต้มยำกุ้ง"));
        QCOMPARE(role(ItemModel::NativeLanguageRole), QStringLiteral("th"));
        QCOMPARE(role(ItemModel::PronunciationRole), QStringLiteral("tom yam kung"));
        // The Korean title is 똠얌꿍 already: the same pronunciation is not shown twice.
        model.setLanguage(QStringLiteral("ko"));
        QCOMPARE(role(ItemModel::NativeTitleRole), QStringLiteral("ต้มยำกุ้ง"));
        QCOMPARE(role(ItemModel::PronunciationRole), QString());
        model.setLanguage(QStringLiteral("km"));  // no Khmer pronunciation in the demo
        QCOMPARE(role(ItemModel::NativeTitleRole), QStringLiteral("ต้มยำกุ้ง"));
        QCOMPARE(role(ItemModel::PronunciationRole), QString());
        model.setLanguage(QStringLiteral("th"));
        QCOMPARE(role(ItemModel::NativeTitleRole), QString());
        QCOMPARE(role(ItemModel::PronunciationRole), QString());
        model.setLanguage(QStringLiteral("ko"));
        model.setCountry(QStringLiteral("KH"));
        QCOMPARE(role(ItemModel::PronunciationRole), QStringLiteral("아목 뜨라이"));
        // Phở is Phở in English too: not shown twice.
        model.setLanguage(QStringLiteral("en"));
        model.setCountry(QStringLiteral("VN"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(role(ItemModel::NativeTitleRole), QString());
    }

    void noCatalogueMeansNoRows()
    {
        LiveCatalogue live(nullptr);
        CountryModel countries;
        ItemModel items;
        countries.setCatalogue(&live);
        items.setCatalogue(&live);
        QCOMPARE(countries.rowCount(), 0);
        QCOMPARE(items.count(), 0);
        QVERIFY(!items.canFetchMore({}));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
