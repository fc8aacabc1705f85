#include "kioskapp.h"

#include "bootstrap.h"
#include "contentroot.h"
#include "fonts.h"
#include "hallconfig.h"
#include "health.h"
#include "idlewatch.h"
#include "kiosk.h"
#include "log.h"
#include "mediaimageprovider.h"
#include "mediaurl.h"
#include "pinlock.h"
#include "runledger.h"
#include "scenecapture.h"
#include "termination.h"
#include "watchdog.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_IMPORT_QML_PLUGIN(Asean_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Asean_GalleryPlugin)
Q_IMPORT_QML_PLUGIN(Asean_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Asean_UiPlugin)

Q_LOGGING_CATEGORY(lcApp, "asean.app")
// Start-up phases with their times: QT_LOGGING_RULES="asean.startup.debug=true".
Q_LOGGING_CATEGORY(lcStartup, "asean.startup", QtInfoMsg)

std::unique_ptr<KioskSession> KioskSession::start(const KioskOptions &options, QString *error)
{
#ifdef __GLIBC__
    // Pictures come and go all day: 8-21 MB screen-sized decodes (and their copies in a software
    // GL driver). glibc raises its mmap threshold to the largest block freed, after which such
    // blocks come from its heaps and, freed among smaller live ones, stay resident: the soak
    // grew by 200 MB that malloc_trim() gave back. A fixed threshold gives each large block its
    // own mapping, returned to the system as soon as the picture goes.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    HallConfig hall;
    if (!options.config.isEmpty()) {
        hall = HallConfig::load(options.config);
        for (const QString &problem : std::as_const(hall.problems))
            qCWarning(lcApp).noquote() << problem;
    }
    const QString rootPath =
        !options.content.isEmpty() ? options.content
        : !hall.contentRoot.isEmpty()
            ? hall.contentRoot
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
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
    // Without a hall file the demo speaks English first, as it always has.
    const QString defaultLanguage =
        options.config.isEmpty() ? QStringLiteral("en") : hall.defaultLanguage;
    kiosk.configure(hall.languages, defaultLanguage, hall.idleSeconds, options.kiosk);
    kiosk.sleepSchedule().configure(hall.hours, hall.displayOffCommand, hall.displayOnCommand);
    kiosk.setHallFile(options.config, hall.summary(), hall.problems);
    if (!Log::toFolder(root.path() + QStringLiteral("/logs")))
        qCWarning(lcApp).noquote() << "cannot write the log in" << root.path() + "/logs";
    // Crash recovery: three deaths in ten minutes and this start shows the last release that
    // ran well, without video (see RunLedger).
    session->m_ledger = std::make_unique<RunLedger>(RunLedger::fileOf(root.path()));
    const RunLedger::Decision start =
        session->m_ledger->begin(hall.recovery, QDateTime::currentDateTime());
    if (start.safeMode) {
        qCCritical(lcApp).noquote() << start.reason;
        kiosk.setSafeMode(
            {true, start.abnormalExits, hall.recovery.windowSeconds / 60, start.release});
    }
    QFile pinFile(root.path() + QStringLiteral("/staff.pin"));
    if (pinFile.open(QIODevice::ReadOnly))
        kiosk.setPinHash(QString::fromLatin1(pinFile.readAll()).trimmed());
    session->m_idle = std::make_unique<IdleWatch>();
    QObject::connect(session->m_idle.get(), &IdleWatch::input, &kiosk, &Kiosk::noteInput);
    Kiosk::setInstance(&kiosk);
    // A catalogue that cannot be opened is shown to staff on screen, not a reason to exit.
    qCDebug(lcStartup) << "content root ready" << clock.elapsed() << "ms";
    kiosk.catalogue()->openRelease(root.path(), start.release);
    kiosk.watchReleases();
    qCDebug(lcStartup) << "release opened" << clock.elapsed() << "ms";
    session->m_proven.setSingleShot(true);
    session->m_proven.setInterval(std::chrono::seconds(hall.recovery.provenSeconds));
    QObject::connect(&session->m_proven, &QTimer::timeout, &kiosk,
                     [ledger = session->m_ledger.get(), &kiosk] {
                         if (kiosk.catalogue()->isReady())
                             ledger->markProven(kiosk.catalogue()->release());
                     });

    session->m_engine = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *session->m_engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    session->m_images = new MediaImageProvider(root.path());
    engine.addImageProvider(QLatin1String(MediaUrl::kProvider), session->m_images);
    engine.setInitialProperties(
        {{QStringLiteral("width"), options.size.width()},
         {QStringLiteral("height"), options.size.height()},
         {QStringLiteral("route"), !options.route.isEmpty() ? options.route
                                   : options.kiosk          ? QStringLiteral("attract")
                                                            : QStringLiteral("home")}});
    Kiosk::create(&engine, nullptr)
        ->setLanguage(options.language.isEmpty() ? defaultLanguage : options.language);
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
    if (options.kiosk) {
        // No pointer on a touch screen, and no way out: closing is refused in Main.qml.
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        session->m_window->setFlags(session->m_window->flags() | Qt::FramelessWindowHint);
        session->m_window->showFullScreen();
    }
    session->m_health =
        std::make_unique<Health>(session->m_window, &kiosk, Health::statusFileOf(root.path()));
    session->m_health->write();
    session->m_watchdog = std::make_unique<Watchdog>(session->m_window);
    // The proven time counts from the first frame on screen.
    QObject::connect(
        session->m_window, &QQuickWindow::frameSwapped, session->m_window,
        [proven = &session->m_proven] {
            qCInfo(lcApp) << "first frame presented";
            proven->start();
        },
        Qt::SingleShotConnection);
    return session;
}

KioskSession::~KioskSession()
{
    // Reaching here is an orderly end; a crash or SIGKILL never does.
    if (m_ledger)
        m_ledger->markCleanExit(QDateTime::currentDateTime());
    m_health.reset();
    if (m_images)
        m_images->shutdown();
    m_engine.reset();
    Kiosk::setInstance(nullptr);
}

namespace KioskApp {

int run(QGuiApplication &app, const KioskOptions &options)
{
    Termination::quitOnSignals(app);
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

namespace {

QString contentRootOf(const KioskOptions &options)
{
    if (!options.content.isEmpty())
        return options.content;
    const HallConfig hall =
        options.config.isEmpty() ? HallConfig() : HallConfig::load(options.config);
    return !hall.contentRoot.isEmpty()
               ? hall.contentRoot
               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

}  // namespace

QString pinFileOf(const KioskOptions &options)
{
    return ContentRoot(contentRootOf(options)).path() + QStringLiteral("/staff.pin");
}

int printStatus(const KioskOptions &options)
{
    QFile file(Health::statusFileOf(ContentRoot(contentRootOf(options)).path()));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr,
                     "asean-kiosk: no status in %s; is the kiosk running on this content root?\n",
                     qPrintable(file.fileName()));
        return 1;
    }
    std::fwrite(file.readAll().constData(), 1, size_t(file.size()), stdout);
    return 0;
}

int setPin(const KioskOptions &options)
{
    std::fprintf(stderr, "New staff PIN (4 to 12 digits): ");
    char line[64] = {};
    const QString pin =
        std::fgets(line, sizeof line, stdin) ? QString::fromLatin1(line).trimmed() : QString();
    std::fprintf(stderr, "\n");
    if (!Pin::isAcceptable(pin)) {
        std::fprintf(stderr, "asean-kiosk: a staff PIN is 4 to 12 digits; nothing was changed.\n");
        return 2;
    }
    const QString path = pinFileOf(options);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Pin::hash(pin).toLatin1() + '\n') < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "asean-kiosk: cannot write %s (%s); nothing was changed.\n",
                     qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    std::printf("The staff PIN is set (stored as a salted hash in %s).\n", qPrintable(path));
    return 0;
}

}  // namespace KioskApp
