#include "releasewatch.h"

#include "contentroot.h"
#include "release.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcRelease, "asean.release")

ReleaseWatch::ReleaseWatch(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    m_periodic.setInterval(60 * 1000);
    connect(&m_settle, &QTimer::timeout, this, &ReleaseWatch::check);
    connect(&m_periodic, &QTimer::timeout, this, &ReleaseWatch::check);
    connect(&m_files, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_files, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_verifying, &QFutureWatcher<Verdict>::finished, this, &ReleaseWatch::finished);
}

ReleaseWatch::~ReleaseWatch()
{
    m_verifying.waitForFinished();
}

void ReleaseWatch::watch(const QString &rootPath, int shown)
{
    const ContentRoot root(rootPath);
    m_root = root.path();
    m_shown = shown;
    // `current` is replaced by rename: the root folder changes, the old file goes away.
    m_files.addPath(m_root);
    if (QFileInfo::exists(root.releasesDir()))
        m_files.addPath(root.releasesDir());
    m_periodic.start();
}

ReleaseWatch::Verdict ReleaseWatch::verify(const QString &rootPath, int number)
{
    const ContentRoot root(rootPath);
    Verdict v;
    v.number = number;
    v.signature = QString::number(number) + QLatin1Char('/') + Release::signature(root, number);
    ReleaseInfo info;
    QString error;
    if (!Release::read(root, number, &info, &error)) {
        v.kind = Verdict::Kind::Incomplete;
        v.reason = error;
        return v;
    }
    const QStringList missing = Release::missingMedia(root, info);
    if (!missing.isEmpty()) {
        v.kind = Verdict::Kind::Incomplete;
        v.reason = QStringLiteral("%1 of its %2 media files have not arrived yet, for example %3")
                       .arg(missing.size())
                       .arg(info.media.size())
                       .arg(missing.first());
        return v;
    }
    if (!Release::verify(root, number, Release::Check::Full, &info, &error)) {
        v.kind = Verdict::Kind::Damaged;
        v.reason = error;
    }
    return v;
}

void ReleaseWatch::check()
{
    const ContentRoot root(m_root);
    if (m_files.directories().size() < 2 && QFileInfo::exists(root.releasesDir()))
        m_files.addPath(root.releasesDir());
    const int current = root.currentRelease();
    if (current != m_ready)
        m_ready = 0;  // current moved on (or back) before the kiosk was idle
    if (current == 0 || current == m_shown || current == m_ready || m_verifying.isRunning())
        return;
    // A damaged release is hashed again only when its files change, not every minute.
    if (!m_refusedSignature.isEmpty() &&
        m_refusedSignature ==
            QString::number(current) + QLatin1Char('/') + Release::signature(root, current))
        return;
    m_verifying.setFuture(QtConcurrent::run(&ReleaseWatch::verify, m_root, current));
}

void ReleaseWatch::finished()
{
    const Verdict v = m_verifying.result();
    const QString name = ContentRoot::releaseName(v.number);
    switch (v.kind) {
        case Verdict::Kind::Ready:
            m_ready = v.number;
            m_refusedSignature.clear();
            m_incompleteReason.clear();
            qCInfo(lcRelease).noquote()
                << "release" << name
                << "is current and verified; it is shown at the next idle moment";
            emit releaseReady(v.number);
            break;
        case Verdict::Kind::Incomplete:
            // Files still arriving (a sync in progress): wait, say so once.
            if (v.reason != m_incompleteReason)
                qCInfo(lcRelease).noquote()
                    << "release" << name << "is not complete yet:" << v.reason << "- staying on"
                    << ContentRoot::releaseName(m_shown) << "until it is";
            m_incompleteReason = v.reason;
            break;
        case Verdict::Kind::Damaged:
            if (v.signature != m_refusedSignature) {
                qCCritical(lcRelease).noquote()
                    << "release" << name << "is damaged and refused:" << v.reason << "- staying on"
                    << ContentRoot::releaseName(m_shown) + QStringLiteral(";")
                    << "publish again or copy the release again";
                emit releaseRefused(v.number, v.reason);
            }
            m_refusedSignature = v.signature;
            break;
    }
}
