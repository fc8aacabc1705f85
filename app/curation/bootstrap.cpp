#include "bootstrap.h"

#include "contentroot.h"
#include "importer.h"
#include "publisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// Removes what an unfinished fill made, its marker last; the root is then empty again.
void startOver(const ContentRoot &root, const QString &marker)
{
    for (const QString &dir :
         {root.draftDir(), root.mediaDir(), root.releasesDir(), root.cacheDir()})
        QDir(dir).removeRecursively();
    QFile::remove(root.currentFile());
    QFile::remove(marker);
}

}  // namespace

namespace Bootstrap {

Result prepare(const ContentRoot &root, const QString &demoManifest)
{
    Result result;
    // Set while the demo goes in: a first start cut short (killed by a start timeout, power
    // lost) left this, and the fill starts over instead of showing a root with no release.
    const QString filling = root.path() + QStringLiteral("/.filling-demo");
    if (root.state() == ContentRoot::State::ContentRoot && QFileInfo::exists(filling))
        startOver(root, filling);
    if (root.state() == ContentRoot::State::ContentRoot) {
        result.ok = true;  // a curated root: whatever is wrong in it is shown to staff, not fixed
        return result;
    }
    if (!root.ensureLayout(&result.error))
        return result;
    QFile marker(filling);
    if (!marker.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral(
                           "cannot write in %1 (%2); check that the content folder is "
                           "writable.")
                           .arg(root.path(), marker.errorString());
        return result;
    }
    marker.close();
    if (demoManifest.isEmpty() || !QFileInfo::exists(demoManifest)) {
        result.error = QStringLiteral(
                           "The bundled demo content was not found (%1); build the "
                           "project again or give a content root with --content.")
                           .arg(demoManifest);
        return result;
    }
    const Importer::Report report = Importer(root).importManifest(demoManifest);
    if (!report.ok()) {
        result.error = QStringLiteral("The demo content could not be imported: %1")
                           .arg(report.problems.first().toString());
        return result;
    }
    const Publisher::Result published = Publisher(root).publish(QStringLiteral("Demo content"));
    if (!published.ok) {
        result.error = published.error;
        return result;
    }
    QFile::remove(filling);
    result.ok = true;
    result.filledFromDemo = true;
    return result;
}

QString bundledDemoManifest()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {appDir + QStringLiteral("/../share/asean-halls/demo/manifest.json"),
          QStringLiteral(ASEAN_BUILD_DEMO_DIR "/manifest.json")}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    }
    return QStringLiteral(ASEAN_BUILD_DEMO_DIR "/manifest.json");
}

}  // namespace Bootstrap
