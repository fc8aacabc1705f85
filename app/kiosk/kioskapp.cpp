#include "kioskapp.h"

#include "bootstrap.h"
#include "contentroot.h"
#include "fonts.h"
#include "kiosk.h"
#include "mediaimageprovider.h"
#include "mediaurl.h"
#include "scenecapture.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Asean_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Asean_UiPlugin)

Q_LOGGING_CATEGORY(lcApp, "asean.app")

namespace KioskApp {

int run(QGuiApplication &app, const KioskOptions &options)
{
    const QString rootPath = options.content.isEmpty()
                                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                 : options.content;
    const ContentRoot root(rootPath);
    const Bootstrap::Result prepared = Bootstrap::prepare(root, Bootstrap::bundledDemoManifest());
    if (!prepared.ok) {
        std::fprintf(stderr, "asean-kiosk: %s\n", qPrintable(prepared.error));
        return 1;
    }
    if (prepared.filledFromDemo)
        qCInfo(lcApp).noquote() << "filled" << root.path() << "with the demo content as release 1";

    Fonts::install();

    Kiosk kiosk(nullptr);
    Kiosk::setInstance(&kiosk);
    // A catalogue that cannot be opened is shown to staff on screen, not a reason to exit.
    kiosk.catalogue()->openRelease(root.path());

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    auto *images = new MediaImageProvider(root.path());
    engine.addImageProvider(QLatin1String(MediaUrl::kProvider), images);
    engine.setInitialProperties({{QStringLiteral("width"), options.size.width()},
                                 {QStringLiteral("height"), options.size.height()},
                                 {QStringLiteral("route"), options.route}});
    Kiosk::create(&engine, nullptr)->setLanguage(options.language);
    kiosk.setReducedMotion(options.reducedMotion);
    engine.load(QUrl(QStringLiteral("qrc:/Asean/Ui/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "asean-kiosk: the interface could not be loaded (see the log)\n");
        return 1;
    }
    if (!options.screenshot.isEmpty()) {
        auto *capture = new SceneCapture(window, options.screenshot, &engine);
        QObject::connect(capture, &SceneCapture::done, &app, &QCoreApplication::exit);
    }
    const int code = app.exec();
    images->shutdown();
    return code;
}

}  // namespace KioskApp
