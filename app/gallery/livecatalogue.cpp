#include "livecatalogue.h"

#include "release.h"

#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalogue, "asean.catalogue")

LiveCatalogue::LiveCatalogue(QObject *parent) : QObject(parent)
{
    m_checker.setMaxThreadCount(1);
    m_catalogue.setReadErrorHandler([this](const QString &detail) { readFailed(detail); });
}

LiveCatalogue::~LiveCatalogue()
{
    m_mediaCheck.waitForFinished();
}

void LiveCatalogue::fail(const QString &error)
{
    m_error = error;
    qCCritical(lcCatalogue).noquote() << error;
    emit changed();
}

bool LiveCatalogue::openRelease(const QString &rootPath, int wanted,
                                ReleaseChoice::Fallback fallback)
{
    return openChosen(rootPath, wanted,
                      ReleaseChoice::pick(ContentRoot(rootPath), wanted, fallback), fallback);
}

bool LiveCatalogue::openChosen(const QString &rootPath, int wanted, const ReleaseChoice &choice,
                               ReleaseChoice::Fallback fallback)
{
    const ContentRoot root(rootPath);
    m_rootPath = root.path();  // kept on failure too, so staff can reload once it is repaired
    m_asked = wanted;
    m_wanted = choice.wanted;
    if (choice.number == 0 && fallback == ReleaseChoice::Fallback::None && isReady()) {
        qCWarning(lcCatalogue).noquote()
            << "staying on release" << ContentRoot::releaseName(m_release) << "-" << choice.error;
        return false;
    }
    if (choice.number == 0) {
        QString why = choice.error;
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        fail(tr("The content cannot be shown: %1.").arg(why));
        return false;
    }
    m_draft = false;
    if (!m_catalogue.open(ContentRoot::catalogueIn(root.releaseDir(choice.number)),
                          SqlConnection::Mode::Immutable)) {
        fail(tr("The content cannot be shown: %1.").arg(m_catalogue.errorString()));
        return false;
    }
    if (!choice.why.isEmpty())
        qCWarning(lcCatalogue).noquote() << choice.why;
    m_rechecked = m_rechecked && m_release == choice.number;
    m_release = choice.number;
    m_shownBecause = choice.why;
    m_error.clear();
    m_damagedMedia = choice.missing;
    reportDamaged(choice.number, choice.missing);
    if (m_mediaChecks)
        checkMedia();
    emit changed();
    return true;
}

bool LiveCatalogue::openDraft(const QString &rootPath)
{
    const ContentRoot root(rootPath);
    m_rootPath = root.path();
    m_draft = true;
    m_release = 0;
    m_wanted = 0;
    m_shownBecause.clear();
    m_damagedMedia.clear();
    if (!m_catalogue.openSnapshot(root.draftCatalogue())) {
        fail(tr("The content cannot be shown: %1.").arg(m_catalogue.errorString()));
        return false;
    }
    m_error.clear();
    emit changed();
    return true;
}

void LiveCatalogue::setShowing(const Showing &showing)
{
    m_catalogue.setShowing(showing);
    if (isReady())
        emit changed();
}

void LiveCatalogue::readFailed(const QString &detail)
{
    ++m_readErrors;
    qCCritical(lcCatalogue).noquote()
        << "reading release" << ContentRoot::releaseName(m_release) << "failed:" << detail;
    // Not from inside a model's read: the release is checked again (and another chosen if it
    // no longer verifies) once the read that failed has returned.
    QMetaObject::invokeMethod(
        this,
        [this, detail] {
            if (m_rechecked) {
                fail(tr("The content cannot be shown: %1.")
                         .arg(QStringLiteral("reading release %1 failed again (%2); copy the "
                                             "release again, or roll back")
                                  .arg(ContentRoot::releaseName(m_release), detail)));
                return;
            }
            m_rechecked = true;
            if (m_draft)
                openDraft(m_rootPath);
            else
                openRelease(m_rootPath, m_asked);
        },
        Qt::QueuedConnection);
}

void LiveCatalogue::startMediaChecks()
{
    m_mediaChecks = true;
    if (isReady())
        checkMedia();
}

void LiveCatalogue::checkMedia()
{
    m_mediaCheck.waitForFinished();
    if (m_draft)
        return;  // release.json lists the checksums; the draft has none to check against
    const ContentRoot root(m_rootPath);
    const int number = m_release;
    m_mediaCheck = QtConcurrent::run(&m_checker, [root, number] {
        // Hashing every picture and film must never take a core from the visitor's screen; the
        // pool is this check's alone, so its thread may stay at idle priority.
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        ReleaseInfo info;
        QString error;
        return Release::read(root, number, &info, &error) ? Release::damagedMedia(root, info)
                                                          : QStringList();
    });
    m_mediaCheck.then(this, [this, number](const QStringList &damaged) {
        if (number != m_release)
            return;
        if (damaged != m_damagedMedia)
            reportDamaged(number, damaged);
        m_damagedMedia = damaged;
        emit mediaChecked(damaged);
    });
}

void LiveCatalogue::reportDamaged(int number, const QStringList &damaged)
{
    if (!damaged.isEmpty())
        qCCritical(lcCatalogue).noquote()
            << damaged.size() << "media file(s) of release" << ContentRoot::releaseName(number)
            << "are missing or damaged and show as unavailable, for example" << damaged.first()
            << "- copy the release's media again, or publish again";
}

QString LiveCatalogue::countryOfItem(const QString &itemId)
{
    if (!isReady())
        return {};
    const auto item = m_catalogue.item(itemId, QStringLiteral("en"));
    return item ? item->country : QString();
}

bool LiveCatalogue::hasCountry(const QString &code)
{
    return isReady() && m_catalogue.country(code, QStringLiteral("en")).has_value();
}

bool LiveCatalogue::hasTheme(const QString &themeId)
{
    if (!isReady())
        return false;
    const QList<ThemeRow> themes = m_catalogue.themes(QStringLiteral("en"));
    return std::any_of(themes.cbegin(), themes.cend(),
                       [&themeId](const ThemeRow &theme) { return theme.id == themeId; });
}

QString LiveCatalogue::titleOfItem(const QString &itemId, const QString &language)
{
    if (!isReady())
        return {};
    const auto item = m_catalogue.item(itemId, language);
    return item ? item->title : QString();
}
