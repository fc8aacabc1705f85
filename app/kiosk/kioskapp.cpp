#include "kioskapp.h"

#include "bootstrap.h"
#include "contentroot.h"
#include "fonts.h"
#include "kiosk.h"
#include "mediaimageprovider.h"
#include "mediaurl.h"
#include "scenecapture.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Asean_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Asean_UiPlugin)

Q_LOGGING_CATEGORY(lcApp, "asean.app")
// Start-up phases with their times: QT_LOGGING_RULES="asean.startup.debug=true".
Q_LOGGING_CATEGORY(lcStartup, "asean.startup", QtInfoMsg)

std::unique_ptr<KioskSession> KioskSession::start(const KioskOptions &options, QString *error)
{
    const QString rootPath = options.content.isEmpty()
                                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                 : options.content;
    QElapsedTimer clock;
    clock.start();
    const ContentRoot root(rootPath);
    const Bootstrap::Result prepared = Bootstrap::prepare(root, Bootstrap::bundledDemoManifest());
    if (!prepared.ok) {
        *error = prepared.error;
        return nullptr;
    }
    if (prepared.filledFromDemo)
        qCInfo(lcApp).noquote() << "filled" << root.path() << "with the demo content as release 1";

    Fonts::install();
    std::unique_ptr<KioskSession> session(new KioskSession);
    session->m_kiosk = std::make_unique<Kiosk>(nullptr);
    Kiosk &kiosk = *session->m_kiosk;
    Kiosk::setInstance(&kiosk);
    // A catalogue that cannot be opened is shown to staff on screen, not a reason to exit.
    qCDebug(lcStartup) << "content root ready" << clock.elapsed() << "ms";
    kiosk.catalogue()->openRelease(root.path());
    qCDebug(lcStartup) << "release opened" << clock.elapsed() << "ms";

    session->m_engine = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *session->m_engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    session->m_images = new MediaImageProvider(root.path());
    engine.addImageProvider(QLatin1String(MediaUrl::kProvider), session->m_images);
    engine.setInitialProperties({{QStringLiteral("width"), options.size.width()},
                                 {QStringLiteral("height"), options.size.height()},
                                 {QStringLiteral("route"), options.route}});
    Kiosk::create(&engine, nullptr)->setLanguage(options.language);
    kiosk.setReducedMotion(options.reducedMotion);
    engine.load(QUrl(QStringLiteral("qrc:/Asean/Ui/Main.qml")));
    qCDebug(lcStartup) << "interface loaded" << clock.elapsed() << "ms";
    session->m_window = engine.rootObjects().isEmpty()
                            ? nullptr
                            : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!session->m_window) {
        *error = QStringLiteral("the interface could not be loaded (see the log)");
        return nullptr;
    }
    QObject::connect(
        session->m_window, &QQuickWindow::frameSwapped, session->m_window,
        [] { qCInfo(lcApp) << "first frame presented"; }, Qt::SingleShotConnection);
    return session;
}

KioskSession::~KioskSession()
{
    if (m_images)
        m_images->shutdown();
    m_engine.reset();
    Kiosk::setInstance(nullptr);
}

namespace KioskApp {

int run(QGuiApplication &app, const KioskOptions &options)
{
    QString error;
    const std::unique_ptr<KioskSession> session = KioskSession::start(options, &error);
    if (!session) {
        std::fprintf(stderr, "asean-kiosk: %s\n", qPrintable(error));
        return 1;
    }
    if (!options.screenshot.isEmpty()) {
        auto *capture = new SceneCapture(session->window(), options.screenshot, &session->engine());
        QObject::connect(capture, &SceneCapture::done, &app, &QCoreApplication::exit);
    }
    return app.exec();
}

}  // namespace KioskApp
