#pragma once
// What QML knows of the running kiosk as a whole: the catalogue it shows, the language the
// visitor chose, and the version. One instance per program, made by KioskApp before QML loads.

#include "livecatalogue.h"
#include "pinlock.h"
#include "releasewatch.h"
#include "sleepschedule.h"
#include "wordbreaktranslator.h"

#include <QElapsedTimer>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <map>
#include <memory>

class QQmlEngine;
class QJSEngine;

class Kiosk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(LiveCatalogue *catalogue READ catalogue CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    // Languages a visitor can choose here, in the order offered, and the hall's default.
    Q_PROPERTY(QStringList languages READ languages NOTIFY configChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage NOTIFY configChanged)
    // Seconds without input before the "Still there?" countdown; 0 turns idle reset off.
    Q_PROPERTY(int idleSeconds READ idleSeconds NOTIFY configChanged)
    // Outside opening hours: the screen is black and nothing renders.
    Q_PROPERTY(bool asleep READ asleep NOTIFY asleepChanged)
    // Full screen, no cursor, cannot be closed.
    Q_PROPERTY(bool kioskMode READ kioskMode NOTIFY configChanged)
    // Pan-and-zoom and transitions off, for visitors who are troubled by motion.
    Q_PROPERTY(
        bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    // After repeated crashes (see RunLedger): an older, proven release and no video.
    Q_PROPERTY(bool safeMode READ safeMode NOTIFY configChanged)
    Q_PROPERTY(bool videoAllowed READ videoAllowed NOTIFY configChanged)
    // A newer current release, verified, waiting for an idle moment to be shown (0: none).
    Q_PROPERTY(int pendingRelease READ pendingRelease NOTIFY pendingReleaseChanged)

public:
    // No default argument: Qt 6.4 prefers a default constructor over create(), and QML must
    // get the one instance the program made.
    explicit Kiosk(QObject *parent);

    static Kiosk *create(QQmlEngine *engine, QJSEngine *);
    // The instance create() hands to QML; KioskApp and test set-ups call this first.
    static void setInstance(Kiosk *kiosk);

    LiveCatalogue *catalogue() { return &m_catalogue; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString version() const;
    QStringList languages() const { return m_languages; }
    QString defaultLanguage() const { return m_defaultLanguage; }
    int idleSeconds() const { return m_idleSeconds; }
    bool kioskMode() const { return m_kioskMode; }
    bool asleep() const { return m_sleep.asleep(); }
    SleepSchedule &sleepSchedule() { return m_sleep; }
    // The staff PIN pad: "accepted", "wrong", "locked" or "nopin" (no PIN has been set).
    Q_INVOKABLE QString tryPin(const QString &pin);
    Q_INVOKABLE int pinTriesLeft() const { return m_pinLock.triesLeft(); }
    // Seconds until the pad unlocks; 0 when it is not locked.
    Q_INVOKABLE int pinLockSeconds() const;
    void setPinHash(const QString &hash) { m_pinLock = PinLock(hash); }

    // Facts for the staff panel (release, uptime, memory, disk, last error, hall file).
    Q_INVOKABLE QVariantMap staffFacts() const;
    // Reads the current release again (after a publish or a repair); in safe mode the proven
    // release stays.
    Q_INVOKABLE void reloadContent();
    // Makes the release before the one shown current again and shows it; an empty string on
    // success, else a sentence for staff.
    Q_INVOKABLE QString rollBack();
    // Starts noticing releases curators make current (see ReleaseWatch).
    void watchReleases(int checkIntervalMs = 60 * 1000);
    int pendingRelease() const { return m_pendingRelease; }
    // Shows the pending release; QML calls it only when no visitor is in the middle of a visit
    // (the attract loop, or asleep). False when there was nothing (still valid) to show.
    Q_INVOKABLE bool applyPendingRelease();
    ReleaseWatch &releaseWatch() { return m_releaseWatch; }
    // What was read from the hall file (or the defaults), for the staff panel.
    void setHallFile(const QString &path, const QStringList &summary, const QStringList &problems)
    {
        m_hallFile = path;
        m_hallSummary = summary;
        m_hallProblems = problems;
    }
    struct SafeMode {
        bool on = false;
        int crashes = 0;
        int windowMinutes = 0;
        int release = 0;  // 0: no proven release, the current one is shown
    };
    void setSafeMode(const SafeMode &safe);
    bool safeMode() const { return m_safe.on; }
    bool videoAllowed() const { return !m_safe.on; }

    void configure(const QStringList &languages, const QString &defaultLanguage, int idleSeconds,
                   bool kioskMode);
    // Called with every touch, click or key, anywhere (see IdleWatch).
    void noteInput() { emit input(); }
    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced);

    // The language's name in itself, for the picker.
    Q_INVOKABLE QString nativeName(const QString &language) const;
    // A whole number written the chosen language's way (QLocale: Burmese digits in Burmese).
    Q_INVOKABLE QString formatNumber(int number) const;

    // An interface string in a language other than the current one (the attract screen says
    // "Touch to explore" in every offered language in turn).
    Q_INVOKABLE QString translate(const QString &language, const QString &context,
                                  const QString &source);

signals:
    void languageChanged();
    void reducedMotionChanged();
    void configChanged();
    void asleepChanged();
    void input();
    void pendingReleaseChanged();

private:
    LiveCatalogue m_catalogue;
    ReleaseWatch m_releaseWatch;
    int m_pendingRelease = 0;
    QString m_language = QStringLiteral("en");
    WordBreakTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
    QStringList m_languages = {QStringLiteral("ko"), QStringLiteral("en")};
    bool m_reducedMotion = false;
    QString m_defaultLanguage = QStringLiteral("en");
    int m_idleSeconds = 90;
    bool m_kioskMode = false;
    SleepSchedule m_sleep;
    PinLock m_pinLock{QString()};
    QString m_hallFile;
    QStringList m_hallSummary;
    QStringList m_hallProblems;
    SafeMode m_safe;
    QElapsedTimer m_uptime;
    std::map<QString, std::unique_ptr<WordBreakTranslator>> m_otherTranslators;
};
