#include "bootstrap.h"

#include "contentroot.h"
#include "importer.h"
#include "publisher.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Bootstrap {

Result prepare(const ContentRoot &root, const QString &demoManifest)
{
    Result result;
    const ContentRoot::State state = root.state();
    if (state == ContentRoot::State::ContentRoot) {
        result.ok = true;  // a curated root: whatever is wrong in it is shown to staff, not fixed
        return result;
    }
    if (!root.ensureLayout(&result.error))
        return result;
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
