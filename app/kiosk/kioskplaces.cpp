#include "kioskplaces.h"

#include "contentroot.h"
#include "hallconfig.h"
#include "kioskoptions.h"
#include "statefolder.h"

#include <QDir>
#include <QStandardPaths>

KioskPlaces KioskPlaces::resolve(const KioskOptions &options, const HallConfig &hall)
{
    KioskPlaces places;
    places.content =
        ContentRoot(!options.content.isEmpty() ? options.content
                    : !hall.contentRoot.isEmpty()
                        ? hall.contentRoot
                        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .path();
    places.state =
        QDir::cleanPath(!options.state.isEmpty() ? options.state : StateFolder::defaultPath());
    const QString systemdCache = qEnvironmentVariable("CACHE_DIRECTORY").section(':', 0, 0);
    places.cache =
        QDir::cleanPath(!options.cache.isEmpty() ? options.cache
                        : !systemdCache.isEmpty()
                            ? systemdCache
                            : QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    return places;
}

KioskPlaces KioskPlaces::resolve(const KioskOptions &options)
{
    return resolve(options,
                   options.config.isEmpty() ? HallConfig() : HallConfig::load(options.config));
}
