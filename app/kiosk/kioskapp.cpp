#include "kioskapp.h"

#include "bootstrap.h"
#include "contentroot.h"
#include "fonts.h"
#include "hallconfig.h"
#include "health.h"
#include "idlewatch.h"
#include "kioskplaces.h"
#include "kioskroot.h"
#include "log.h"
#include "mediaimageprovider.h"
#include "mediaurl.h"
#include "pinlock.h"
#include "pinprompt.h"
#include "processinfo.h"
#include "runledger.h"
#include "scenecapture.h"
#include "standardoutput.h"
#include "statefolder.h"
#include "systemvoice.h"
#include "termination.h"
#include "watchdog.h"
#include "wholefile.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_IMPORT_QML_PLUGIN(Asean_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Asean_TextPlugin)
Q_IMPORT_QML_PLUGIN(Asean_HallPlugin)
Q_IMPORT_QML_PLUGIN(Asean_GalleryPlugin)
Q_IMPORT_QML_PLUGIN(Asean_VoicePlugin)
Q_IMPORT_QML_PLUGIN(Asean_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Asean_UiPlugin)

Q_LOGGING_CATEGORY(lcApp, "asean.app")
// Start-up phases with their times: QT_LOGGING_RULES="asean.startup.debug=true".
Q_LOGGING_CATEGORY(lcStartup, "asean.startup", QtInfoMsg)

namespace {

HallConfig loadHall(const KioskOptions &options)
{
    if (options.config.isEmpty())
        return HallConfig();
    HallConfig hall = HallConfig::load(options.config);
    for (const QString &problem : std::as_const(hall.problems))
        qCWarning(lcApp).noquote() << problem;
    return hall;
}

// This kiosk's own folder, with what an older version kept in the content root moved into it.
// Empty, or why it cannot be written: then the kiosk shows its content all the same.
QString prepareState(const KioskPlaces &places)
{
    const StateFolder state(places.state);
    QString error;
    if (!state.make(&error))
        return error;
    const QStringList moved = state.adoptFrom(places.content);
    if (!Log::toFolder(state.logFolder()))
        qCWarning(lcApp).noquote() << "cannot write the log in" << state.logFolder();
    for (const QString &line : moved)
        qCInfo(lcApp).noquote() << "state:" << line;
    return {};
}

// The kiosk's clock: the real one, or one that started at --clock and runs on.
LiveReleases::Clock clockOf(const KioskOptions &options)
{
    if (!options.clock.isValid())
        return [] { return QDateTime::currentDateTime(); };
    const qint64 offset = QDateTime::currentDateTime().msecsTo(options.clock);
    qCInfo(lcApp).noquote() << "the kiosk's clock starts at" << options.clock.toString(Qt::ISODate)
                            << "(--clock)";
    return [offset] { return QDateTime::currentDateTime().addMSecs(offset); };
}

}  // namespace

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
    const HallConfig hall = loadHall(options);
    const KioskPlaces places = KioskPlaces::resolve(options, hall);
    QElapsedTimer clock;
    clock.start();
    const ContentRoot root(places.content);
    // A preview writes nothing: not into the content root (no demo, no state moved out of it),
    // nor into a state folder a hall's kiosk may share (its run ledger, status and PIN).
    if (options.draft)
        return startPreview(options, places, hall, error);
    const Bootstrap::Result prepared = Bootstrap::prepare(root, Bootstrap::bundledDemoManifest());
    if (prepared.filledFromDemo)
        qCInfo(lcApp).noquote() << "filled" << root.path() << "with the demo content as release 1";
    const QString stateError = prepareState(places);

    Fonts::install();
    std::unique_ptr<KioskSession> session(new KioskSession);
    session->m_root = std::make_unique<KioskRoot>();
    KioskRoot &kiosk = *session->m_root;
    session->noteStateError(&session->m_recoveryError, stateError);
    kiosk.languages()->setOffered(hall.languages);
    kiosk.languages()->setHallDefault(hall.defaultLanguage);
    const LiveReleases::Clock kioskClock = clockOf(options);
    kiosk.hall()->sleepSchedule().setClock(kioskClock);
    kiosk.hall()->configure(hall);
    kiosk.hall()->setKioskMode(options.kiosk);
    kiosk.releases()->followDays(hall.hallId, kioskClock);
    AccessChoices access = hall.access;
    access.reducedMotion |= options.reducedMotion;
    access.highContrast |= options.highContrast;
    access.lowReach |= options.lowReach;
    if (options.textScale)
        access.textScale = options.textScale;
    kiosk.accessibility()->setDefaults(access);
    QString noVoice;
    kiosk.speech()->setVoice(SystemVoice::make(kiosk.speech(), &noVoice), noVoice);
    kiosk.accessibility()->setMount(hall.screen);
    kiosk.staffCall()->setCommand(hall.staffCallCommand);
    const StateFolder state(places.state);
    session->beginRun(state, hall.recovery);
    QFile pinFile(state.pinFile());
    if (pinFile.open(QIODevice::ReadOnly))
        kiosk.staff()->setPinHash(QString::fromLatin1(pinFile.readAll()).trimmed());
    session->m_idle = std::make_unique<IdleWatch>();
    QObject::connect(session->m_idle.get(), &IdleWatch::input, kiosk.hall(), &Hall::noteInput);
    qCDebug(lcStartup) << "content root ready" << clock.elapsed() << "ms";
    // Hashing and checking the release's catalogue (about 150 ms for 10,000 items) runs while
    // the interface loads; nothing is drawn before both are done.
    // A content root it cannot use is said on the screen as well as in the log: an exit would
    // only have systemd restart a blank screen until its start limit.
    ReleaseChoice refused;
    refused.error = prepared.error;
    const QFuture<ReleaseChoice> chosen =
        prepared.ok ? kiosk.releases()->choose(root.path()) : QtFuture::makeReadyFuture(refused);
    if (!session->loadInterface(options, places, hall.defaultLanguage, error))
        return nullptr;
    qCDebug(lcStartup) << "interface loaded" << clock.elapsed() << "ms";
    // A catalogue that cannot be opened is shown to staff on screen, not a reason to exit.
    kiosk.releases()->open(root.path(), chosen.result());
    kiosk.releases()->watch();
    qCDebug(lcStartup) << "release opened" << clock.elapsed() << "ms";
    // After loading, so the screens see the change from home, as they do on every later one.
    session->openRoute(options);
    session->m_health = std::make_unique<Health>(session->m_window, kiosk.staff(),
                                                 state.statusFile(), state.metricsFile());
    QObject::connect(session->m_health.get(), &Health::written, session->m_window,
                     [session = session.get()](const QString &error) {
                         session->noteStateError(&session->m_statusError,
                                                 StateFolder::unwritable(error));
                     });
    session->m_health->write();
    // Monitoring hears of a visitor's call for staff now, not at the next minute.
    QObject::connect(kiosk.staffCall(), &StaffCall::called, session->m_health.get(),
                     &Health::write);
    session->m_watchdog = std::make_unique<Watchdog>(session->m_window);
    // The proven time counts from the first frame on screen.
    QObject::connect(
        session->m_window, &QQuickWindow::frameSwapped, session->m_window,
        [proven = &session->m_proven, shown = kiosk.releases()->catalogue()] {
            qCInfo(lcApp) << "first frame presented";
            proven->start();
            shown->startMediaChecks();
        },
        Qt::SingleShotConnection);
    return session;
}

std::unique_ptr<KioskSession> KioskSession::startPreview(const KioskOptions &options,
                                                         const KioskPlaces &places,
                                                         const HallConfig &hall, QString *error)
{
    const ContentRoot root(places.content);
    if (!QFileInfo::exists(root.draftCatalogue())) {
        *error = QStringLiteral(
                     "there is no draft to preview in %1; import sheets into it first "
                     "(asean-catalogue --content %1 import FOLDER)")
                     .arg(root.path());
        return nullptr;
    }
    Fonts::install();
    std::unique_ptr<KioskSession> session(new KioskSession);
    session->m_root = std::make_unique<KioskRoot>();
    KioskRoot &kiosk = *session->m_root;
    kiosk.languages()->setOffered(hall.languages);
    kiosk.languages()->setHallDefault(hall.defaultLanguage);
    kiosk.hall()->configure(hall);
    kiosk.releases()->followDays(hall.hallId, clockOf(options));
    kiosk.accessibility()->setReducedMotion(options.reducedMotion);
    session->m_idle = std::make_unique<IdleWatch>();
    QObject::connect(session->m_idle.get(), &IdleWatch::input, kiosk.hall(), &Hall::noteInput);
    if (!session->loadInterface(options, places, hall.defaultLanguage, error))
        return nullptr;
    if (!kiosk.releases()->openDraft(root.path())) {
        *error = kiosk.releases()->catalogue()->error();
        return nullptr;
    }
    qCInfo(lcApp).noquote() << "previewing the draft of" << root.path()
                            << "(not published; nothing is written)";
    session->openRoute(options);
    return session;
}

void KioskSession::beginRun(const StateFolder &state, const RecoveryPolicy &recovery)
{
    // Crash recovery: three deaths in ten minutes and this start shows the last release that
    // ran well, without video (see RunLedger).
    m_ledger = std::make_unique<RunLedger>(state.runLedgerFile());
    const RunLedger::Decision start = m_ledger->begin(recovery, QDateTime::currentDateTime());
    noteStateError(&m_recoveryError, StateFolder::unwritable(start.error));
    LiveReleases *releases = m_root->releases();
    if (start.safeMode) {
        qCCritical(lcApp).noquote() << start.reason;
        releases->setSafeMode(
            {true, start.abnormalExits, recovery.windowSeconds / 60, start.release});
    }
    m_proven.setSingleShot(true);
    m_proven.setInterval(std::chrono::seconds(recovery.provenSeconds));
    QObject::connect(&m_proven, &QTimer::timeout, releases, [this, releases] {
        QString error;
        if (releases->catalogue()->isReady() && !m_ledger->markProven(releases->shown(), &error))
            noteStateError(&m_recoveryError, StateFolder::unwritable(error));
    });
}

void KioskSession::noteStateError(QString *held, const QString &error)
{
    // Crash recovery stays off once a start or a proven release went unrecorded; status is back
    // as soon as it is written again.
    if (held == &m_recoveryError && !held->isEmpty())
        return;
    const auto why = [this] { return m_recoveryError.isEmpty() ? m_statusError : m_recoveryError; };
    const QString before = why();
    *held = error;
    if (why() == before)
        return;
    if (why().isEmpty())
        qCInfo(lcApp) << "crash recovery and status are on again";
    else
        qCCritical(lcApp).noquote() << "crash recovery and status are off:" << why();
    m_root->staff()->setStateError(why());
}

void KioskSession::openRoute(const KioskOptions &options)
{
    Router &router = *m_root->router();
    Router::Section section = options.kiosk ? Router::Section::Attract : Router::Section::Home;
    QString id;
    if (!options.route.isEmpty())
        Router::parse(options.route, &section, &id);
    LiveCatalogue &catalogue = *m_root->releases()->catalogue();
    const QString country =
        section == Router::Section::Item ? catalogue.countryOfItem(id) : QString();
    // A place the catalogue does not have is said, not swapped for another (the viewer would
    // show the first item, a state's page would be empty).
    const bool missing = (section == Router::Section::Item && country.isEmpty()) ||
                         (section == Router::Section::Country && !catalogue.hasCountry(id)) ||
                         (section == Router::Section::Theme && !catalogue.hasTheme(id));
    if (missing && catalogue.isReady()) {
        const QString kind = section == Router::Section::Item      ? QStringLiteral("item")
                             : section == Router::Section::Country ? QStringLiteral("member state")
                                                                   : QStringLiteral("theme");
        qCWarning(lcApp).noquote()
            << QStringLiteral("--open %1: %2 has no %3 \"%4\"; showing the home screen instead")
                   .arg(options.route,
                        catalogue.isDraft() ? QStringLiteral("the draft")
                                            : QStringLiteral("release ") +
                                                  ContentRoot::releaseName(catalogue.release()),
                        kind, id);
        router.goHomeForMissing(section, id);
        return;
    }
    // Opened directly: show the item among its state's photos, and go back there.
    if (!country.isEmpty())
        router.go(Router::Section::Country, country);
    router.go(section, id);
}

bool KioskSession::loadInterface(const KioskOptions &options, const KioskPlaces &places,
                                 const QString &defaultLanguage, QString *error)
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QQmlApplicationEngine &engine = *m_engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    m_images = new MediaImageProvider(places.content, places.cache);
    engine.addImageProvider(QLatin1String(MediaUrl::kProvider), m_images);
    QObject::connect(m_root->releases()->catalogue(), &LiveCatalogue::mediaChecked, m_images,
                     &MediaImageProvider::setUnavailable);
    m_root->languages()->setEngine(&engine);
    m_root->languages()->setCurrent(options.language.isEmpty() ? defaultLanguage
                                                               : options.language);
    engine.setInitialProperties({{QStringLiteral("width"), options.size.width()},
                                 {QStringLiteral("height"), options.size.height()},
                                 {QStringLiteral("kiosk"), QVariant::fromValue(m_root.get())}});
    engine.load(QUrl(QStringLiteral("qrc:/Asean/Ui/Main.qml")));
    m_window = engine.rootObjects().isEmpty()
                   ? nullptr
                   : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!m_window) {
        *error = QStringLiteral("the interface could not be loaded (see the log)");
        return false;
    }
    if (options.kiosk) {
        // No pointer on a touch screen, and no way out: closing is refused in Main.qml.
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        m_window->setFlags(m_window->flags() | Qt::FramelessWindowHint);
        m_window->showFullScreen();
    }
    return true;
}

KioskSession::~KioskSession()
{
    // Reaching here is an orderly end; a crash or SIGKILL never does.
    QString error;
    if (m_ledger && !m_ledger->markCleanExit(QDateTime::currentDateTime(), &error))
        qCCritical(lcApp).noquote()
            << "this orderly end could not be recorded:" << StateFolder::unwritable(error);
    m_health.reset();
    if (m_images)
        m_images->shutdown();
    m_engine.reset();
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
        auto *capture = new SceneCapture(session->window(), options.screenshot, options.backdrop,
                                         &session->engine());
        QObject::connect(capture, &SceneCapture::done, &app, &QCoreApplication::exit);
    }
    return app.exec();
}

int printStatus(const KioskOptions &options)
{
    QFile file(StateFolder(KioskPlaces::resolve(options).state).statusFile());
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr,
                     "asean-kiosk: no status in %s; is the kiosk running with this state "
                     "folder (--state)?\n",
                     qPrintable(file.fileName()));
        return 1;
    }
    const QByteArray status = file.readAll();
    StandardOutput::device().write(status);
    // The file keeps a stopped kiosk's last words: say so, or they read as a running one's.
    const qint64 pid =
        QJsonDocument::fromJson(status).object().value(QLatin1String("pid")).toInteger();
    if (pid <= 0 || ProcessInfo::name(pid) != ProcessInfo::name()) {
        std::fprintf(stderr,
                     "asean-kiosk: the kiosk that wrote this status (process %lld) is no longer "
                     "running, so it tells how things were when it stopped. Start the kiosk "
                     "again, and look in its log for why it stopped.\n",
                     pid);
        return 1;
    }
    return 0;
}

int setPin(const KioskOptions &options)
{
    QString problem;
    const QString pin = PinPrompt::readTwice(&problem);
    if (problem.isEmpty() && !Pin::problem(pin).isEmpty())
        problem =
            QStringLiteral("that PIN is ") + Pin::problem(pin) + QStringLiteral("; choose another");
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "asean-kiosk: %s. Nothing was changed.\n", qPrintable(problem));
        return 2;
    }
    const StateFolder state(KioskPlaces::resolve(options).state);
    QString error;
    // Written whole with its mode (WholeFile): a full disk leaves the old PIN, never an empty one.
    if (state.make(&error) && !WholeFile::write(state.pinFile(), Pin::hash(pin).toLatin1() + '\n',
                                                Access::Private, &error))
        error = StateFolder::unwritable(error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "asean-kiosk: %s. Nothing was changed.\n", qPrintable(error));
        return 1;
    }
    StandardOutput::device().write(
        QStringLiteral("The staff PIN is set (stored as a salted hash in %1).\n")
            .arg(state.pinFile())
            .toUtf8());
    return 0;
}

}  // namespace KioskApp
