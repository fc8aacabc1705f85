// Qt Quick Test runner: the QML components against a real release made from the demo content.
#include "contentroot.h"
#include "fixture.h"
#include "fonts.h"
#include "importer.h"
#include "kioskroot.h"
#include "mediaimageprovider.h"
#include "mediaurl.h"
#include "pinlock.h"
#include "publisher.h"
#include "recordingvoice.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <map>
#include <memory>

Q_IMPORT_QML_PLUGIN(Asean_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Asean_TextPlugin)
Q_IMPORT_QML_PLUGIN(Asean_HallPlugin)
Q_IMPORT_QML_PLUGIN(Asean_GalleryPlugin)
Q_IMPORT_QML_PLUGIN(Asean_VoicePlugin)
Q_IMPORT_QML_PLUGIN(Asean_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Asean_UiPlugin)

// What the QML tests are given (as the singleton TestContent in module Asean.Test): the content
// root with the demo's two releases, the staff PIN's hash, and fresh kiosk roots for Main. Each
// test makes the kiosk's objects it needs itself.
class TestContent : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString rootPath MEMBER rootPath CONSTANT)
    Q_PROPERTY(QString pinHash MEMBER pinHash CONSTANT)

public:
    QString rootPath;
    QString pinHash;

    // A fresh kiosk root for a test that runs Main itself; the JavaScript engine owns it.
    Q_INVOKABLE KioskRoot *newKiosk() { return new KioskRoot; }
    // The same, speaking through a RecordingVoice; said() tells what it was asked to say.
    Q_INVOKABLE KioskRoot *newSpokenKiosk()
    {
        auto *kiosk = new KioskRoot;
        kiosk->speech()->setVoice(new RecordingVoice(kiosk->speech()));
        return kiosk;
    }
    // What the kiosk's RecordingVoice was asked to say, in order: {text, language, cutOff}.
    Q_INVOKABLE QVariantList said(KioskRoot *kiosk)
    {
        QVariantList said;
        const auto *voice = dynamic_cast<RecordingVoice *>(kiosk->speech()->findChild<Voice *>());
        for (const RecordingVoice::Said &s : voice->said())
            said << QVariantMap{{"text", s.text}, {"language", s.language}, {"cutOff", s.cutOff}};
        return said;
    }

    // A content root with `count` member states (ASEAN's ten, then Timor-Leste), and nothing
    // else: for layouts that must hold for ten states and for eleven.
    Q_INVOKABLE QString statesRoot(int count)
    {
        static const QStringList codes = {"BN", "KH", "ID", "LA", "MY", "MM",
                                          "PH", "SG", "TH", "VN", "TL"};
        std::unique_ptr<Fixture> &fixture = m_states[count];
        if (!fixture) {
            fixture = std::make_unique<Fixture>();
            for (int i = 0; i < count; ++i)
                fixture->addCountry(codes.value(i), QStringLiteral("State ") + codes.value(i), i);
            if (!fixture->publish())
                return {};
        }
        return fixture->contentDir();
    }

    Q_INVOKABLE bool setCurrentRelease(int number)
    {
        QString error;
        return ContentRoot(rootPath).setCurrentRelease(number, &error);
    }

private:
    std::map<int, std::unique_ptr<Fixture>> m_states;
};

class Setup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestContent m_content;
    MediaImageProvider *m_images = nullptr;

public slots:
    void applicationAvailable()
    {
        Fonts::install();
        const ContentRoot root(m_dir.path());
        // Two releases, so the staff panel has one to roll back to.
        if (!Importer(root).importManifest(demoManifest()).ok() ||
            !Publisher(root).publish(QStringLiteral("test")).ok ||
            !Publisher(root).publish(QStringLiteral("again")).ok)
            qFatal("cannot prepare the demo releases");
        m_content.rootPath = root.path();
        // A file that claims to be a video and is not, for the "cannot be played" case.
        QFile broken(root.path() + QStringLiteral("/broken.mp4"));
        if (broken.open(QIODevice::WriteOnly))
            broken.write(QByteArray("\0\0\0\x18"
                                    "ftypmp42",
                                    12) +
                         QByteArray(4096, '\x55'));
        // The staff PIN pad's test PIN (few iterations: the hashing cost is tested elsewhere).
        m_content.pinHash = Pin::hash(QStringLiteral("2468"), 2000);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        qmlRegisterSingletonInstance("Asean.Test", 1, 0, "TestContent", &m_content);
        m_images = new MediaImageProvider(m_dir.path(), ContentRoot(m_dir.path()).cacheDir());
        engine->addImageProvider(QLatin1String(MediaUrl::kProvider), m_images);
    }

    void cleanupTestCase()
    {
        if (m_images)
            m_images->shutdown();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(asean_qml, Setup)
#include "tst_qml.moc"
